#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The checks after the normal build and suite (README's test command calls this):
#  1. each libFuzzer target (tests/fuzz) for FUZZ_SECONDS (default 60) from the seed corpus
#     in tests/fuzz/corpus/<reader>; a crash fails the run and leaves crash-* in build-fuzz/;
#  2. the whole suite built with AddressSanitizer + UndefinedBehaviorSanitizer (build-sanitize/),
#     run without the package and PostgreSQL tests;
#  3. with RUN_TIDY=1 only: the program built with clang++ and warnings as errors (build-tidy/),
#     then clang-tidy (.clang-tidy) over the sources of core, core/io, ui and app; any finding
#     fails the run, the log is build/clang-tidy.log. Not part of CI yet: on the 2-core CI machine
#     it takes ~35 minutes (the clang++ build and ~20 minutes of clang-tidy), which the 90-minute
#     budget does not hold beside the rest.
# The README's test command builds the program and the suite with warnings as errors
# (ONESTREET_WERROR) before it calls this.
# Needs clang, clang-tidy and libclang-rt-14-dev besides the build's packages. SKIP_FUZZ=1 or
# SKIP_SANITIZE=1 leave a part out.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${JOBS:-2}
seconds=${FUZZ_SECONDS:-60}

if [ "${SKIP_FUZZ:-0}" != 1 ]; then
    cmake -S tests/fuzz -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build build-fuzz -j"$jobs"
    for reader in csv xlsx; do
        found=build-fuzz/found-$reader # new inputs go here, the kept corpus stays as it is
        mkdir -p "$found"
        echo "+ fuzz_$reader for ${seconds}s"
        (cd build-fuzz && "./fuzz_$reader" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=1024 \
            -print_final_stats=1 "found-$reader" "../tests/fuzz/corpus/$reader") 2>&1 |
            grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written|Done )' || true
        if ls build-fuzz/crash-* build-fuzz/leak-* build-fuzz/timeout-* build-fuzz/oom-* >/dev/null 2>&1; then
            echo "fuzz_$reader found a failing input: $(ls build-fuzz/crash-* build-fuzz/leak-* build-fuzz/timeout-* build-fuzz/oom-* 2>/dev/null)" >&2
            exit 1
        fi
    done
fi

if [ "${SKIP_SANITIZE:-0}" != 1 ]; then
    flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -O1 -g1"
    cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=Sanitize -DCMAKE_CXX_FLAGS_SANITIZE="$flags" \
        -DCMAKE_EXE_LINKER_FLAGS_SANITIZE="-fsanitize=address,undefined" -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON
    cmake --build build-sanitize -j"$jobs"
    # Leaks: Qt's plugin and font caches live until exit; a leak report there is noise.
    (cd build-sanitize && ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
        QT_QPA_PLATFORM=offscreen ctest -j"$jobs" --output-on-failure -LE 'package|postgres')
fi

if [ "${RUN_TIDY:-0}" = 1 ]; then
    # Its own build folder, compiled by clang++ with warnings as errors (clang cannot read GCC's
    # precompiled headers, and the compile database then has clang's flags); the program only,
    # not the tests. Then clang-tidy over every .cpp of core, core/io, ui and app.
    cmake -S . -B build-tidy -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON -DONESTREET_WERROR=ON -DBUILD_TESTING=OFF >/dev/null
    cmake --build build-tidy -j"$jobs" --target onestreet
    mkdir -p build
    echo "+ clang-tidy over core, core/io, ui and app (log: build/clang-tidy.log)"
    if ! run-clang-tidy-14 -p build-tidy -j "$jobs" -quiet "^$PWD/(core|ui|app)/.*\\.cpp\$" \
        >build/clang-tidy.log 2>&1; then
        grep -E '(warning|error):' build/clang-tidy.log | sort -u >&2 || true
        echo "clang-tidy found something: build/clang-tidy.log" >&2
        exit 1
    fi
fi
