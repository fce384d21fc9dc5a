#!/usr/bin/env bash
# Installs the Debian package on a clean Debian 12 (bookworm) as a user would, and starts
# it from its menu entry in English and in Traditional Chinese:
#   - makes a minimal bookworm root with debootstrap (kept as a tarball for later runs),
#   - installs the package there with apt and --no-install-recommends, so its Depends
#     alone are resolved from the mirror: a missing one shows up here,
#   - checks the installed menu entry, metainfo, icon and Qt plugins, runs
#     `--version` and the `conferences` command,
#   - then, with the test tools added (Xvfb, xdotool, xwd, netpbm, locales, GLib's gio),
#     launches the menu entry with `gio launch` once per language, each with a fresh
#     HOME so the first start follows the system locale, waits for the window titles,
#     and takes screenshots (first start, and the window after Escape closes the
#     Getting Started dialog),
#   - and once more in Chinese with the Recommends added, as a default install has them.
#
#   sudo tests/package/clean-install.sh PACKAGE.deb [SCREENSHOT_DIR]
#
# SCREENSHOT_DIR defaults to /tmp/deb-shots. Needs root, debootstrap and a Debian mirror.
# Environment:
#   CLEAN_INSTALL_MIRROR           Debian mirror (default http://deb.debian.org/debian)
#   CLEAN_INSTALL_SECURITY_MIRROR  security mirror (default http://deb.debian.org/debian-security;
#                                  empty: none)
#   CLEAN_INSTALL_CACHE            where the pristine root (a tarball) and the downloaded
#                                  packages are kept between runs
#                                  (default /var/cache/conference-planner-clean-install)
#   CLEAN_INSTALL_FRESH=1          make the pristine root again
#   CLEAN_INSTALL_KEEP=1           keep the installed root afterwards (its path is printed)
#   CLEAN_INSTALL_TMPFS=0          install on disk rather than in a tmpfs (needs ~1 GB of
#                                  memory); a kept root is always on disk
set -euo pipefail

usage="usage: clean-install.sh PACKAGE.deb [SCREENSHOT_DIR]"
deb=${1:?$usage}
shots=${2:-/tmp/deb-shots}
mirror=${CLEAN_INSTALL_MIRROR:-http://deb.debian.org/debian}
security_mirror=${CLEAN_INSTALL_SECURITY_MIRROR-http://deb.debian.org/debian-security}
cache=${CLEAN_INSTALL_CACHE:-/var/cache/conference-planner-clean-install}
suite=bookworm
tarball=$cache/$suite-minbase.tar

die() {
    echo "FAIL: $*" >&2
    exit 1
}

[ "$(id -u)" -eq 0 ] || die "needs root (debootstrap, chroot and mounts)"
for tool in debootstrap chroot mount umount dpkg-deb tar findmnt; do
    command -v "$tool" >/dev/null || die "$tool is missing (apt-get install debootstrap)"
done
[ -f "$deb" ] || die "no package at $deb"
deb=$(realpath "$deb")
[ "$(dpkg-deb -f "$deb" Package)" = conference-planner ] || die "$deb is not conference-planner"
version=$(dpkg-deb -f "$deb" Version)
start_time=$(date +%s)

# Anything still mounted under a root must never be deleted with it.
mounted_under() {
    findmnt -rn -o TARGET | awk -v root="$1" 'index($0, root "/") == 1 || $0 == root' | grep -q .
}
remove_root() {
    if mounted_under "$1"; then
        echo "warning: $1 still has mounts; left in place" >&2
        return 1
    fi
    rm -rf --one-file-system "$1"
}

# The pristine root, made once: a later run unpacks it in seconds.
mkdir -p "$cache/archives"
if [ "${CLEAN_INSTALL_FRESH:-}" = 1 ] || [ ! -f "$tarball" ]; then
    echo "== debootstrap --variant=minbase $suite from $mirror"
    build_root=$(mktemp -d "$cache/debootstrap.XXXXXX")
    if ! debootstrap --variant=minbase --cache-dir="$cache/archives" "$suite" "$build_root" \
        "$mirror" >"$cache/debootstrap.log" 2>&1; then
        tail -n 30 "$cache/debootstrap.log" >&2
        remove_root "$build_root" || true
        die "debootstrap failed (log: $cache/debootstrap.log)"
    fi
    tar --numeric-owner -C "$build_root" -cf "$tarball.new" .
    mv "$tarball.new" "$tarball"
    remove_root "$build_root"
fi

root=$(mktemp -d /var/tmp/conference-planner-clean-install.XXXXXX)
mounts=()
cleanup() {
    local status=$?
    local i process
    # Whatever is still running in the root (the application, Xvfb) was started here.
    for process in /proc/[0-9]*; do
        if [ "$(readlink "$process/root" 2>/dev/null)" = "$root" ]; then
            kill -9 "${process#/proc/}" 2>/dev/null || true
        fi
    done
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
        umount "${mounts[i]}" 2>/dev/null || umount -l "${mounts[i]}" || true
    done
    if [ "${CLEAN_INSTALL_KEEP:-}" = 1 ]; then
        echo "root kept in $root"
    else
        remove_root "$root" || true
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mount_in_root() { # TARGET MOUNT-ARGUMENTS...
    local target=$root$1
    shift
    mkdir -p "$target"
    mount "$@" "$target"
    mounts+=("$target")
}

# In memory unless kept: writing and then deleting the 800 MB of an installed root on
# disk takes as long as the test itself.
if [ "${CLEAN_INSTALL_KEEP:-}" != 1 ] && [ "${CLEAN_INSTALL_TMPFS:-1}" = 1 ]; then
    mount -t tmpfs -o size=4g,mode=755 tmpfs "$root"
    mounts+=("$root")
fi
echo "== unpacking the pristine $suite root into $root"
tar --numeric-owner -C "$root" -xpf "$tarball"
{
    echo "deb $mirror $suite main"
    echo "deb $mirror $suite-updates main"
    [ -z "$security_mirror" ] || echo "deb $security_mirror $suite-security main"
} >"$root/etc/apt/sources.list"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
# No service of the packages installed may start on the host.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
# The package cache is the host's folder, which the sandbox user _apt cannot write.
echo 'APT::Sandbox::User "root";' >"$root/etc/apt/apt.conf.d/99clean-install"

mount_in_root /proc -t proc proc
mount_in_root /sys -t sysfs sysfs
mount_in_root /dev/pts -t devpts -o newinstance,ptmxmode=0666 devpts
mount_in_root /dev/shm -t tmpfs tmpfs
mount_in_root /var/cache/apt/archives --bind "$cache/archives"

cp "$deb" "$root/tmp/"
cp "$(dirname "$(realpath "$0")")/clean-install-inside.sh" "$root/tmp/"
echo "== inside the $suite root"
chroot "$root" /usr/bin/env -i \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME=/root TERM=dumb DEBIAN_FRONTEND=noninteractive \
    bash /tmp/clean-install-inside.sh "/tmp/$(basename "$deb")" "$version" /tmp/shots

mkdir -p "$shots"
cp "$root"/tmp/shots/*.png "$shots/"
echo "screenshots in $shots:"
ls -1 "$shots"/*.png
echo "clean install passed in $(($(date +%s) - start_time)) s"
