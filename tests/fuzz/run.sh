#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in a build folder of their own and runs
# each for a short fixed time, seeded with the fixtures of tests/data, the bundled
# conference and, where present, the real schedules of ../shared/data (read in
# place through symbolic links, never copied).
#   tests/fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]
# Environment: FUZZ_BUILD_DIR (default build-fuzz), FUZZ_JOBS (default: nproc).
# A crash, leak, sanitizer report, time-out or memory blow-up fails the run; the
# input that caused it is left in $FUZZ_BUILD_DIR/findings/.
set -euo pipefail
cd "$(dirname "$0")/../.."
SOURCE_DIR=$PWD
BUILD_DIR=${FUZZ_BUILD_DIR:-build-fuzz}
SECONDS_PER_TARGET=${1:-20}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(digestreader pentabarfreader schedulejsonreader
    schedule2jsonreader icalendarreader plannerjsonreader programmereader)

if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
    CXX=clang++ cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DPLANNER_FUZZ=ON -DBUILD_TESTING=OFF
fi
cmake --build "$BUILD_DIR" --target fuzzers --parallel "${FUZZ_JOBS:-$(nproc 2>/dev/null || echo 2)}"

SHARED=$SOURCE_DIR/../shared/data
seeds_for() {
    case "$1" in
    digestreader) ls "$SOURCE_DIR"/tests/data/*.md ;;
    pentabarfreader) ls "$SOURCE_DIR"/tests/data/*.xml "$SHARED"/*.xml ;;
    schedulejsonreader) ls "$SOURCE_DIR"/tests/data/*.json "$SHARED"/*.schedule.json ;;
    schedule2jsonreader) ls "$SOURCE_DIR"/tests/data/*.json ;;
    icalendarreader) ls "$SOURCE_DIR"/tests/data/*.ics "$SHARED"/*.ics ;;
    plannerjsonreader) ls "$SOURCE_DIR"/resources/conferences/*.json ;;
    programmereader)
        ls "$SOURCE_DIR"/tests/data/*.* "$SOURCE_DIR"/resources/conferences/*.json \
            "$SHARED"/*.xml "$SHARED"/*.json "$SHARED"/*.ics
        ;;
    esac 2>/dev/null || true
    ls "$SOURCE_DIR"/tests/data/hostile/* 2>/dev/null || true
}

mkdir -p "$BUILD_DIR/findings"
summary=()
status=0
for target in "${TARGETS[@]}"; do
    corpus=$BUILD_DIR/corpus/$target
    rm -rf "$corpus/seeds"
    mkdir -p "$corpus/seeds" "$corpus/found"
    for seed in $(seeds_for "$target"); do
        ln -sf "$(realpath "$seed")" "$corpus/seeds/$(basename "$seed")"
    done
    dict=$SOURCE_DIR/tests/fuzz/$target.dict
    dict_option=()
    [ -f "$dict" ] && dict_option=(-dict="$dict")
    log=$BUILD_DIR/findings/$target.log
    echo "== fuzz_$target for ${SECONDS_PER_TARGET}s"
    # -max_len keeps each run fast: large seeds are cut, which still reaches their
    # opening and the error paths of a truncated file. A fixed seed makes the short
    # CI run repeatable (the same code finds the same things); FUZZ_SEED=0 picks a
    # random one for longer runs by hand.
    if ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$BUILD_DIR/tests/fuzz/fuzz_$target" "$corpus/found" "$corpus/seeds" \
        "${dict_option[@]}" -max_total_time="$SECONDS_PER_TARGET" -timeout=10 \
        -rss_limit_mb=2048 -malloc_limit_mb=1024 -max_len=131072 \
        -seed="${FUZZ_SEED:-1}" \
        -artifact_prefix="$BUILD_DIR/findings/$target-" -print_final_stats=1 \
        >"$log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
        cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
        summary+=("fuzz_$target: ${runs:-?} runs in ${SECONDS_PER_TARGET}s, coverage ${cov:-?} edges")
    else
        status=1
        tail -60 "$log"
        summary+=("fuzz_$target: FAILED, see $log and $BUILD_DIR/findings/")
    fi
done
printf '%s\n' "${summary[@]}"
exit $status
