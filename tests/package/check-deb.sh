#!/usr/bin/env bash
# Builds the Debian package from a configured and built tree, then checks what a user
# would get: its metadata and dependencies (dpkg-deb --info), the files and where they
# go (dpkg-deb --contents), the menu entry and AppStream metainfo, and that the binary
# unpacked into a throwaway root runs.
#   tests/package/check-deb.sh BUILD_DIR VERSION
# Exits 77 (a skip for ctest) when the Debian tools are missing.
set -euo pipefail

build_dir=${1:?usage: check-deb.sh BUILD_DIR VERSION}
version=${2:?usage: check-deb.sh BUILD_DIR VERSION}
app_id=org.conferenceplanner.ConferencePlanner

for tool in dpkg-deb dpkg-shlibdeps cpack; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is missing (apt-get install dpkg-dev cmake)"
        exit 77
    fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# The package, in a folder of its own so parallel runs never share cpack's staging area.
if ! cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack could not build the package"
    exit 1
fi
debs=("$work"/out/*.deb)
[ ${#debs[@]} -eq 1 ] || { fail "expected one .deb, got: ${debs[*]}"; exit 1; }
deb=${debs[0]}
echo "built $(basename "$deb")"

info=$(dpkg-deb --info "$deb")
echo "$info" | grep -q "^ Package: conference-planner$" || fail "package name"
echo "$info" | grep -q "^ Version: $version$" || fail "version is not $version"
depends=$(echo "$info" | sed -n 's/^ Depends: //p')
# From dpkg-shlibdeps (the libraries linked) and the explicit run-time plugins and fonts.
for dependency in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6printsupport6 libc6 \
    libical3 libqt6network6 libqt6keychain1 ca-certificates libqt6sql6-sqlite libqt6svg6 libopencc-data fonts-noto-cjk fonts-symbola qt6-translations-l10n; do
    echo "$depends" | grep -qE "(^|, )$dependency( |,|$)" || fail "Depends lacks $dependency: $depends"
done

contents=$(dpkg-deb --contents "$deb" | awk '{ print $NF }')
for path in ./usr/bin/conference-planner \
    ./usr/libexec/conference-planner/conference-planner-gui \
    ./usr/share/applications/$app_id.desktop \
    ./usr/share/metainfo/$app_id.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/$app_id.svg \
    ./usr/share/doc/conference-planner/copyright; do
    echo "$contents" | grep -qx "$path" || fail "missing $path"
done
echo "$contents" | grep -vE '^\./usr/' | grep -vx './' && fail "files outside /usr"

root="$work/root"
dpkg-deb -x "$deb" "$root"
desktop="$root/usr/share/applications/$app_id.desktop"
for key in 'Name' 'Name\[zh_TW\]' 'Comment' 'Comment\[zh_TW\]' 'MimeType' "Icon=$app_id\$" \
    'Exec=conference-planner %F$'; do
    grep -qE "^$key" "$desktop" || fail "desktop entry lacks $key"
done
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate"
else
    echo "note: desktop-file-validate missing (desktop-file-utils); entry not validated"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" \
        || fail "appstreamcli validate"
else
    echo "note: appstreamcli missing (appstream); metainfo not validated"
fi

output=$("$root/usr/bin/conference-planner" --version) || fail "--version exited with $?"
[ "$output" = "conference-planner $version" ] || fail "--version printed \"$output\""
# The installed binary finds the graphical binary from where it is installed. The
# commands that only touch the database do without QtGui and the keyring.
readelf -d "$root/usr/bin/conference-planner" | grep -qE 'NEEDED.*(libQt6Gui|libQt6Widgets|keychain)' \
    && fail "/usr/bin/conference-planner links QtGui, QtWidgets or QtKeychain"
output=$("$root/usr/bin/conference-planner" conferences --database "$work/check.sqlite") \
    || fail "conference-planner conferences exited with $?"
echo "$output" | grep -q '^gtc-2025' || fail "conference-planner conferences printed \"$output\""
# An export is the graphical binary's: found where the package puts it, beside no
# build folder.
"$root/usr/bin/conference-planner" export --all --format md -o "$work/agenda.md" \
    --database "$work/check.sqlite" >/dev/null || fail "conference-planner export exited with $?"
grep -q '^# ' "$work/agenda.md" 2>/dev/null || fail "conference-planner export wrote no agenda"
output=$("$root/usr/libexec/conference-planner/conference-planner-gui" --version) \
    || fail "conference-planner-gui --version exited with $?"
[ "$output" = "conference-planner $version" ] || fail "conference-planner-gui --version printed \"$output\""

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "package checks passed"
