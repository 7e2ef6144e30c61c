#!/usr/bin/env bash
# The Python package: installs ./python into a fresh venv (Debian's Python,
# --system-site-packages, offline) against this build, then runs its pytest
# suite (python/tests). Exits 77 when Debian's Python or pytest is missing,
# and in the sanitizer build (a Python process cannot load an ASan library).
set -euo pipefail
src=${NG_SOURCE_DIR:?NG_SOURCE_DIR is not set}
build=$(dirname "${NG_BIN:?NG_BIN is not set}")
case "${NG_EXTRA_CFLAGS:-}" in *sanitize*)
    echo "python_package: skipped in the sanitizer build"; exit 77 ;;
esac
py=/usr/bin/python3
if [ ! -x "$py" ] || ! "$py" -c "import pytest, venv, setuptools" 2>/dev/null; then
    echo "python_package: Debian's python3 with pytest and setuptools is needed (scripts/setup.sh)"
    exit 77
fi
venv="$build/python-venv"
rm -rf "$venv"
"$py" -m venv --system-site-packages "$venv"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# build from a copy so that the source tree gets no build/ or egg-info folders
cp -r "$src/python" "$work/python"
NEWSGRAPH_BUILD_DIR="$build" NEWSGRAPH_SOURCE_DIR="$src" \
    "$venv/bin/python" -m pip install --quiet --no-index --no-build-isolation "$work/python"
cd "$work"
NEWSGRAPH_BUILD_DIR="$build" NEWSGRAPH_SOURCE_DIR="$src" \
    "$venv/bin/python" -m pytest -q -p no:cacheprovider "$src/python/tests"
