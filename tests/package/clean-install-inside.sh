#!/usr/bin/env bash
# The part of clean-install.sh that runs inside the clean Debian root, as root:
#   clean-install-inside.sh PACKAGE.deb VERSION SHOT_DIR
set -euo pipefail

deb=${1:?}
version=${2:?}
shots=${3:?}
app_id=org.conferenceplanner.ConferencePlanner
desktop=/usr/share/applications/$app_id.desktop
metainfo=/usr/share/metainfo/$app_id.metainfo.xml
# Titles of the bundled conference (resources/conferences/gtc-2025.json) and of the
# application, as the window shows them: "<conference> — <application>".
title_en="NVIDIA GTC 2025: AI Conference for Developers — Conference Planner"
title_zh="開發人員人工智慧大會|NVIDIA GTC 2025 — 大會行程規劃"
dialog_en="Getting Started — Conference Planner"
dialog_zh="入門說明 — 大會行程規劃"

step() { echo "== $*"; }
die() {
    echo "FAIL: $*" >&2
    exit 1
}

step "apt-get install --no-install-recommends $(basename "$deb")"
apt-get update -q
apt-get install -y -q --no-install-recommends "$deb"
dpkg-query -W -f '${Status}\n' conference-planner | grep -x "install ok installed" >/dev/null \
    || die "conference-planner is not installed"

step "installed files"
[ -x /usr/bin/conference-planner ] || die "no /usr/bin/conference-planner"
gui=/usr/libexec/conference-planner/conference-planner-gui
[ -x $gui ] || die "no $gui"
[ -f "$metainfo" ] || die "no $metainfo"
grep -q "<id>$app_id</id>" "$metainfo" || die "$metainfo does not name $app_id"
[ -f "$desktop" ] || die "no $desktop"
grep -qx 'Name\[zh_TW\]=大會行程規劃' "$desktop" || die "$desktop lacks Name[zh_TW]=大會行程規劃"
grep -qx 'Comment\[zh_TW\]=.*' "$desktop" || die "$desktop lacks Comment[zh_TW]"
icon=$(sed -n 's/^Icon=//p' "$desktop")
ls /usr/share/icons/hicolor/*/apps/"$icon".* >/dev/null 2>&1 \
    || die "the menu entry's icon $icon is not in the hicolor theme"
[ -f /usr/share/doc/conference-planner/copyright ] \
    || die "no /usr/share/doc/conference-planner/copyright"

step "libraries and the Qt plugins loaded at run time"
# Qt finds these by name at run time, so dpkg-shlibdeps cannot see them: the X11
# platform plugin, the SQLite driver, and the SVG icon engine that draws the icon.
for binary in /usr/bin/conference-planner $gui /usr/lib/*/qt6/plugins/platforms/libqxcb.so \
    /usr/lib/*/qt6/plugins/sqldrivers/libqsqlite.so \
    /usr/lib/*/qt6/plugins/iconengines/libqsvgicon.so; do
    [ -f "$binary" ] || die "$binary is not installed"
    missing=$(ldd "$binary" | grep 'not found' || true)
    [ -z "$missing" ] || die "$binary lacks libraries: $missing"
    echo "ok $binary ($(dpkg -S "$binary" | cut -d: -f1))"
done

step "a font with Traditional Chinese glyphs"
# fc-list comes with fontconfig, a tool that brings no Chinese font of its own.
command -v fc-list >/dev/null || apt-get install -y -q --no-install-recommends fontconfig
fonts=$(fc-list :lang=zh-tw family)
[ -n "$fonts" ] || die "no font covers zh-tw: Chinese text would show as boxes"
echo "sans-serif for zh-tw: $(fc-match 'sans-serif:lang=zh-tw' family)"

step "conference-planner --version"
output=$(conference-planner --version)
[ "$output" = "conference-planner $version" ] || die "--version printed \"$output\""
echo "$output"

step "conference-planner conferences"
output=$(HOME=$(mktemp -d) conference-planner conferences)
echo "$output"
echo "$output" | grep "gtc-2025" >/dev/null || die "the bundled conference is not listed"
echo "$output" | grep "NVIDIA GTC 2025" >/dev/null || die "the bundled conference has no English title"

step "test tools (not needed by the package)"
before=$(dpkg-query -W -f '${Package}\n' | wc -l)
apt-get install -y -q --no-install-recommends xvfb xdotool x11-utils x11-apps netpbm \
    locales libglib2.0-bin desktop-file-utils appstream >/tmp/tools.log 2>&1 \
    || {
        tail -n 30 /tmp/tools.log
        die "could not install the test tools"
    }
echo "$(($(dpkg-query -W -f '${Package}\n' | wc -l) - before)) packages added"
printf 'en_US.UTF-8 UTF-8\nzh_TW.UTF-8 UTF-8\n' >/etc/locale.gen
locale-gen >/dev/null

step "desktop-file-validate and appstreamcli validate"
desktop-file-validate "$desktop" || die "desktop-file-validate $desktop"
appstreamcli validate --no-net "$metainfo" || die "appstreamcli validate $metainfo"

step "conference-planner conferences, in zh_TW"
output=$(HOME=$(mktemp -d) LANG=zh_TW.UTF-8 conference-planner conferences)
echo "$output"
echo "$output" | grep "開發人員人工智慧大會" >/dev/null || die "the conference title is not in Chinese"

# X servers also listen on abstract sockets, which a chroot shares with the host: let
# Xvfb pick a display number no other server uses.
step "Xvfb"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>/tmp/xvfb.display >/tmp/xvfb.log 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
    [ -s /tmp/xvfb.display ] && break
    sleep 0.2
done
[ -s /tmp/xvfb.display ] || die "Xvfb did not start: $(cat /tmp/xvfb.log)"
DISPLAY=:$(cat /tmp/xvfb.display)
export DISPLAY
echo "DISPLAY=$DISPLAY"
xdpyinfo >/dev/null 2>&1 || die "Xvfb did not start: $(cat /tmp/xvfb.log)"

# The id of the visible window titled exactly $1, waiting up to 60 s for it.
wait_for_window() {
    local id
    for _ in $(seq 120); do
        for id in $(xdotool search --onlyvisible --name . 2>/dev/null); do
            if [ "$(xdotool getwindowname "$id" 2>/dev/null)" = "$1" ]; then
                echo "$id"
                return 0
            fi
        done
        sleep 0.5
    done
    return 1
}
window_names() { # windows may close while they are listed
    for id in $(xdotool search --onlyvisible --name . 2>/dev/null); do
        xdotool getwindowname "$id" 2>/dev/null || true
    done
}
screenshot() { # FILE
    mkdir -p "$shots"
    xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng >"$shots/$1"
    echo "screenshot $shots/$1"
}

# Starts the menu entry as a desktop does, in a fresh home with the system language
# LANG, and checks the windows' titles: the first start follows the system locale.
start_from_menu() { # NAME LANG MAIN-TITLE DIALOG-TITLE
    local name=$1 lang=$2 title=$3 dialog_title=$4
    local home log window dialog pid
    step "menu entry, LANG=$lang"
    home=$(mktemp -d "/tmp/home-$name.XXXXXX")
    log=/tmp/app-$name.log
    mkdir -m 700 "$home/runtime"
    env -i PATH="$PATH" HOME="$home" XDG_RUNTIME_DIR="$home/runtime" DISPLAY="$DISPLAY" \
        LANG="$lang" gio launch "$desktop" >"$log" 2>&1 || die "gio launch: $(cat "$log")"
    window=$(wait_for_window "$title") \
        || die "no window titled \"$title\"; windows: $(window_names); log: $(cat "$log")"
    echo "window: $(xdotool getwindowname "$window")"
    dialog=$(wait_for_window "$dialog_title") \
        || die "no dialog titled \"$dialog_title\"; windows: $(window_names)"
    echo "dialog: $(xdotool getwindowname "$dialog")"
    xprop -id "$window" _NET_WM_ICON | grep "_NET_WM_ICON(CARDINAL)" >/dev/null \
        || die "the window has no icon (the SVG icon engine, libqt6svg6?)"
    sleep 2
    screenshot "$name-first-start.png"
    xdotool windowfocus --sync "$dialog" key Escape
    for _ in $(seq 40); do
        window_names | grep -x "$dialog_title" >/dev/null || break
        sleep 0.25
    done
    sleep 1
    screenshot "$name-window.png"
    pid=$(xdotool getwindowpid "$window")
    kill "$pid"
    for _ in $(seq 40); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.25
    done
    ! kill -0 "$pid" 2>/dev/null || die "the application did not quit on SIGTERM"
    if grep -E "platform plugin|QSqlDatabase|Cannot load|cannot open|not found" "$log"; then
        die "the application reported a problem (above)"
    fi
}

start_from_menu en en_US.UTF-8 "$title_en" "$dialog_en"
start_from_menu zh_TW zh_TW.UTF-8 "$title_zh" "$dialog_zh"

# A default `apt install` adds the Recommends too (the Wayland platform plugin); the
# window must start the same with them.
step "the package's Recommends, as a default apt install adds them"
recommends=$(dpkg-query -W -f '${Recommends}' conference-planner \
    | sed 's/([^)]*)//g; s/|[^,]*//g; s/,/ /g')
# shellcheck disable=SC2086 # one word per package
apt-get install -y -q --no-install-recommends $recommends >/tmp/recommends.log 2>&1 || {
    tail -n 30 /tmp/recommends.log
    die "could not install the Recommends: $recommends"
}
echo "installed: $recommends"
start_from_menu zh_TW-recommends zh_TW.UTF-8 "$title_zh" "$dialog_zh"
