#!/bin/bash
# Commands timed in turns, so that all meet the same state of the host: a device's
# gain is the same row with and without it, round by round.
#
#   tests/bench/alternate.sh [-n ROUNDS] [-p 'PREPARE'] A 'COMMAND A' B 'COMMAND B' ...
#
# Each round runs every command once, in an order rotated by one each round (a
# run may find caches warmed by the one before). PREPARE runs before each timed
# command, untimed (a fresh copy of a database, a sync); $NAME in it is the name of
# the command about to run. Each command runs under bash; its wall time, from
# bash's own clock, is the figure. Prints the min / median / max of each and the
# ratio of its median to the first command's.
set -euo pipefail

rounds=15
prepare=:
while getopts 'n:p:' option; do
    case $option in
    n) rounds=$OPTARG ;;
    p) prepare=$OPTARG ;;
    *) exit 2 ;;
    esac
done
shift $((OPTIND - 1))
if [ $# -lt 4 ] || [ $(($# % 2)) -ne 0 ]; then
    sed -n '5p' "$0" >&2
    exit 2
fi
names=()
commands=()
while [ $# -gt 0 ]; do
    names+=("$1")
    commands+=("$2")
    shift 2
done
count=${#names[@]}

samples=$(mktemp)
trap 'rm -f "$samples"' EXIT
for ((round = 0; round < rounds; ++round)); do
    for ((turn = 0; turn < count; ++turn)); do
        which=$(((round + turn) % count))
        NAME=${names[$which]} bash -c "$prepare" >/dev/null
        start=${EPOCHREALTIME//[!0-9]/}
        bash -c "${commands[$which]}" >/dev/null
        end=${EPOCHREALTIME//[!0-9]/}
        echo "$which $((end - start))" >>"$samples"
    done
done

first=
for ((which = 0; which < count; ++which)); do
    read -r low median high < <(awk -v wanted="$which" '$1 == wanted { print $2 / 1000 }' "$samples" \
        | sort -n | awk '{ v[n++] = $1 }
            END { m = n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2
                  printf "%.1f %.1f %.1f\n", v[0], m, v[n - 1] }')
    first=${first:-$median}
    awk -v name="${names[$which]}" -v m="$median" -v lo="$low" -v hi="$high" -v f="$first" \
        -v n="$rounds" 'BEGIN { printf "%-24s median %9.1f ms (%.1f-%.1f)  ratio %.3f  %d runs\n",
            name, m, lo, hi, m / f, n }'
done
