#!/usr/bin/env bash
# Conference Planner's everyday commands, from a clean Debian 12 machine:
#   ./dev.sh run [ARGS...]   install what is missing, build, open the planner
#   ./dev.sh test            install what is missing, build, run the whole test suite
#   ./dev.sh sanitize        the whole test suite under AddressSanitizer and
#                            UndefinedBehaviorSanitizer (build in build-sanitize/)
#   ./dev.sh tsan            the whole test suite under ThreadSanitizer (build in build-tsan/)
#   ./dev.sh fuzz [SECONDS]  each programme reader under libFuzzer for SECONDS
#                            (default 20; build in build-fuzz/, see tests/fuzz/run.sh)
#   ./dev.sh packages        the Debian packages the commands above install
# All are incremental: a second run only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${BUILD_DIR:-build}
# The build, and what the program loads at run time (the SQLite driver, the SVG icon
# plugin, a font with Traditional Chinese and one with emoji for PDF and print, Qt's
# own catalogues; QtKeychain keeps the CalDAV password in the desktop's keyring).
PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6network6 ca-certificates libqt6svg6
    libgl-dev libsqlite3-dev
    libexpat1-dev libical-dev libopencc-dev qtkeychain-qt6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    fonts-noto-cjk fonts-symbola
)
# The programs the tests and the package check run, each with its package.
REQUIRED_PROGRAMS=tests/tools/required-programs
mapfile -t TEST_PACKAGES < <(awk '!/^#/ && NF { print $2 }' "$REQUIRED_PROGRAMS" | sort -u)
mapfile -t PACKAGES < <(printf '%s\n' "${PACKAGES[@]}" "${TEST_PACKAGES[@]}" | awk '!seen[$0]++')
# libFuzzer and the sanitizer run-times of clang, for `fuzz` only.
FUZZ_PACKAGES=(clang libclang-rt-14-dev)

missing_packages() {
    command -v dpkg-query >/dev/null || return 0
    local p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"
    done
}

ensure_packages() {
    local missing
    missing=$(missing_packages "$@" | tr '\n' ' ')
    [ -z "${missing// /}" ] && return 0
    local install="apt-get install -y --no-install-recommends $missing"
    if [ "$(id -u)" -eq 0 ]; then
        echo "Installing: $missing" >&2
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive $install
    elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        echo "Installing with sudo: $missing" >&2
        sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive $install
    else
        echo "These packages are missing. Install them, then run this again:" >&2
        echo "  sudo apt-get update && sudo $install" >&2
        exit 1
    fi
}

# Names each program a test runs that is not on this machine, with its package: a test
# must never fail, or silently skip, because dev.sh forgot to install something.
check_required_programs() {
    local program package used_by missing=0
    while read -r program package used_by; do
        command -v "$program" >/dev/null && continue
        echo "Missing program: $program (Debian package $package), run by $used_by" >&2
        missing=1
    done < <(awk '!/^#/ && NF' "$REQUIRED_PROGRAMS")
    [ "$missing" -eq 0 ] || { echo "Install the packages named above, then run this again." >&2; exit 1; }
}

# Configures BUILD_DIR with the given options the first time, then builds what changed.
build() {
    if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
        cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    fi
    cmake --build "$BUILD_DIR" --parallel
}

# The whole suite in BUILD_DIR, headless, with any further ctest options.
run_suite() {
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$BUILD_DIR" --output-on-failure \
        --parallel "$(nproc 2>/dev/null || echo 2)" "$@"
}

case "${1:-}" in
run)
    shift
    ensure_packages "${PACKAGES[@]}"
    build
    exec "$BUILD_DIR/conference-planner" "$@"
    ;;
test)
    ensure_packages "${PACKAGES[@]}"
    check_required_programs
    build
    run_suite
    ;;
sanitize)
    ensure_packages "${PACKAGES[@]}"
    BUILD_DIR=${SANITIZE_BUILD_DIR:-build-sanitize}
    build -DPLANNER_SANITIZE=ON -DPLANNER_BENCHMARKS=OFF
    # Any report fails its test. Leaks inside Qt's and the system's libraries,
    # which are not instrumented, are listed in tests/sanitizers/lsan.supp.
    # The package check is left to `test`: it only repackages the same binary.
    ASAN_OPTIONS=detect_leaks=1 \
        LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0" \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        run_suite -LE package --timeout 600
    ;;
tsan)
    ensure_packages "${PACKAGES[@]}"
    BUILD_DIR=${TSAN_BUILD_DIR:-build-tsan}
    build -DPLANNER_TSAN=ON -DPLANNER_BENCHMARKS=OFF
    # Any report fails its test. tests/sanitizers/tsan.supp is kept empty: a race is
    # fixed, not suppressed. Debian's Qt is not built with ThreadSanitizer, so the
    # locks inside it (futexes) are invisible and its own threads (QtTest's watchdog,
    # the thread pool, font loading) look racy: calls from uninstrumented libraries
    # are not checked (ignore_noninstrumented_modules); every access our code makes is.
    # QProcess forks the tests' helper programs from a process with threads; the child
    # only executes another program, so TSan may let it (die_after_fork=0).
    TSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/tsan.supp:ignore_noninstrumented_modules=1:die_after_fork=0:halt_on_error=1:second_deadlock_stack=1" \
        run_suite -LE package --timeout 900
    ;;
fuzz)
    shift
    ensure_packages "${PACKAGES[@]}" "${FUZZ_PACKAGES[@]}"
    FUZZ_BUILD_DIR=${FUZZ_BUILD_DIR:-build-fuzz} exec tests/fuzz/run.sh "$@"
    ;;
packages)
    printf '%s\n' "${PACKAGES[@]}" "${FUZZ_PACKAGES[@]}"
    ;;
*)
    echo "usage: $0 run [ARGS...] | test | sanitize | tsan | fuzz [SECONDS] | packages" >&2
    exit 2
    ;;
esac
