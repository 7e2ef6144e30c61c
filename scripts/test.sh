#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds, runs every test with
# CTest (unit tests with cmocka, end-to-end and interoperability tests).
#   scripts/test.sh            the suite
#   scripts/test.sh --sanitize also the suite under ASan+UBSan, and valgrind on the end-to-end run
set -euo pipefail
cd "$(dirname "$0")/.."
sanitize=0
for arg in "$@"; do
    case "$arg" in
        --sanitize) sanitize=1 ;;
        --help|-h) sed -n '2,5p' "$0"; exit 0 ;;
        *) echo "test.sh: unknown option '$arg'" >&2; exit 2 ;;
    esac
done
if [ "$sanitize" = 1 ]; then
    scripts/setup.sh --browser --fuzz
else
    scripts/setup.sh --browser
fi
jobs=$(nproc)
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNG_WERROR=ON >/dev/null
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs"
if [ "$sanitize" = 1 ]; then
    scripts/sanitize.sh
fi
