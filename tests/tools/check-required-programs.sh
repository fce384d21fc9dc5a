#!/usr/bin/env bash
# Fails when a test or a test script calls a program that dev.sh does not install, so a
# clean Debian 12 keeps passing `./dev.sh test`. A program counts as provided when it is
# listed in tests/tools/required-programs, when its package is one dev.sh installs, or
# when its package is part of every Debian system (Priority: required, the minbase set).
#   tests/tools/check-required-programs.sh SOURCE_DIR
# Exits 77 (a skip for ctest) where dpkg-query is missing, as it cannot name packages.
set -euo pipefail

source_dir=${1:?usage: check-required-programs.sh SOURCE_DIR}
manifest=$source_dir/tests/tools/required-programs
command -v dpkg-query >/dev/null || { echo "SKIP: dpkg-query is missing"; exit 77; }

listed=$(awk '!/^#/ && NF { print $1 }' "$manifest")
dev_packages=$("$source_dir/dev.sh" packages)

# The programs the C++ tests start: literals given to QProcess or findExecutable, and
# absolute paths of programs.
cpp_programs() {
    grep -hE '(\.start\(|findExecutable\(|execute\()QStringLiteral\("' \
        "$source_dir"/tests/*.cpp "$source_dir"/tests/*.h "$source_dir"/tests/*/*.cpp \
        | sed -nE 's/.*(\.start|findExecutable|execute)\(QStringLiteral\("([^"]+)"\).*/\2/p'
    grep -hoE 'QStringLiteral\("/(usr/)?s?bin/[^"]+"\)' \
        "$source_dir"/tests/*.cpp "$source_dir"/tests/*.h "$source_dir"/tests/*/*.cpp \
        | sed -E 's/QStringLiteral\("(.*)"\)/\1/'
}

# Every word outside comments, in the scripts that ctest and CI run, that names a program
# on this machine. (tests/bench/run.sh and tests/package/clean-install*.sh are run by hand
# and say what they need.)
script_words() {
    find "$source_dir/tests" "$source_dir/.ci" -type f \( -name '*.sh' -o -name '*.cmake' -o -name run \) \
        ! -path '*/bench/run.sh' ! -name 'clean-install*' -print0 \
        | xargs -0 sed -E 's/(^|[[:space:]])#.*$//' \
        | grep -oE '(^|[^[:alnum:]_./$-])[[:alpha:]][[:alnum:]_.+-]*' \
        | sed -E 's/^[^[:alpha:]]//' | sort -u
}

# The package that owns a program. With merged /usr, dpkg may know it under /bin.
package_of() {
    local candidate owner
    for candidate in "$1" "$(readlink -f "$1")" "/bin/${1##*/}" "/usr/bin/${1##*/}" \
        "/sbin/${1##*/}" "/usr/sbin/${1##*/}"; do
        owner=$(dpkg-query -S "$candidate" 2>/dev/null | head -n1 | cut -d: -f1) || true
        [ -n "$owner" ] && { echo "$owner"; return 0; }
    done
    return 0
}

provided() {
    local program=$1 package=$2
    grep -qxF "$program" <<<"$listed" && return 0
    [ -n "$package" ] || return 0 # built here or not from a package: nothing to install
    grep -qxF "$package" <<<"$dev_packages" && return 0
    [ "$(dpkg-query -W -f='${Priority}' "$package" 2>/dev/null)" = required ]
}

# The planner's own commands, which the scripts pass to it as words
# (`conference-planner import FILE`): ImageMagick's `import` is not meant.
planner_commands="conferences sessions bookmark note import export backup restore publish help"

failures=0
check() {
    local program=$1 origin=$2 path package
    [ "$origin" = script ] && [[ " $planner_commands " == *" $program "* ]] && return 0
    case $(type -t "$program" 2>/dev/null || true) in
    builtin | keyword) return 0 ;;
    esac
    path=$(command -v "$program" 2>/dev/null) || {
        if [ "$origin" = C++ ] && ! grep -qxF "$program" <<<"$listed"; then
            echo "FAIL: a test runs $program, which is neither installed here nor listed in" \
                "tests/tools/required-programs" >&2
            failures=$((failures + 1))
        fi
        return 0
    }
    [ -x "$path" ] && [ -f "$path" ] || return 0
    case $path in "$source_dir"/* | */build*/*) return 0 ;; esac
    package=$(package_of "$path")
    provided "$program" "$package" && return 0
    echo "FAIL: a test ($origin) runs $program from the package $package, which dev.sh does" \
        "not install: add it to tests/tools/required-programs" >&2
    failures=$((failures + 1))
}

while read -r program; do check "$program" C++; done < <(cpp_programs | sort -u)
while read -r word; do check "$word" script; done < <(script_words)

# And every listed program is there once dev.sh has run.
while read -r program package _; do
    command -v "$program" >/dev/null \
        || { echo "FAIL: $program (package $package) is listed but missing" >&2; failures=$((failures + 1)); }
done < <(awk '!/^#/ && NF' "$manifest")

[ "$failures" -eq 0 ] || exit 1
echo "every program the tests run is installed by dev.sh"
