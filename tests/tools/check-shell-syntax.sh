#!/usr/bin/env bash
# Every shell script of the project parses (bash -n): a script run only now and then,
# such as the benchmarks' run.sh, must not be found broken on the day it is needed.
# usage: check-shell-syntax.sh SOURCE_DIR
set -euo pipefail
cd "$1"
status=0
while IFS= read -r -d '' script; do
    if ! bash -n "$script"; then
        echo "not valid bash: $script" >&2
        status=1
    fi
done < <(find . -path ./build\* -prune -o \( -name '*.sh' -o -path ./.ci/run \) -type f -print0)
exit $status
