#!/usr/bin/env bash
# Installs what newsgraph needs to build and test on Debian 12 (or Ubuntu), and
# nothing that is already there. Runs apt-get as root, or through sudo.
#   scripts/setup.sh           build and test dependencies
#   scripts/setup.sh --browser also Chromium, for the HTML report's browser test
#   scripts/setup.sh --fuzz    also clang's sanitizer and libFuzzer runtimes
set -euo pipefail

packages=(build-essential cmake pkg-config libigraph-dev libgraphviz-dev graphviz libcjson-dev
          libcmocka-dev python3 python3-networkx iso-codes fonts-dejavu-core fonts-wqy-zenhei
          wordnet-base)
for arg in "$@"; do
    case "$arg" in
        --browser) packages+=(chromium) ;;
        --fuzz) packages+=(clang libclang-rt-dev valgrind) ;;
        --help|-h) sed -n '2,6p' "$0"; exit 0 ;;
        *) echo "setup.sh: unknown option '$arg'" >&2; exit 2 ;;
    esac
done

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "setup.sh: everything needed is installed"
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup.sh: no apt-get here. Install these packages by hand: ${missing[*]}" >&2
    exit 1
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo=(sudo)
    else
        echo "setup.sh: need root to install: ${missing[*]}" >&2
        echo "setup.sh: run as root, or install sudo, or install them by hand" >&2
        exit 1
    fi
fi
echo "setup.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup.sh: done"
