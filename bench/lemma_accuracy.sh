#!/usr/bin/env bash
# Lemma accuracy of the lemmatizer alone, on GOLD tags: fills the lemma column
# of the EWT dev and test splits from their own UPOS and XPOS columns
# (bench/lemma_driver.c) and scores them with bench/conllu_score.py (a gold
# lemma "_" accepts any lemma, as in CoNLL 2018). Tune on dev only.
#   bench/lemma_accuracy.sh [BUILD_DIR]   (default: build; needs libnewsgraph.a)
# Exits 77 when the treebank is absent.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
data="${NG_SHARED_DATA:-$root/../shared/data}"
ewt="$data/treebanks/ud-english-ewt"
build="${1:-$root/build}"
if [ ! -f "$ewt/en_ewt-ud-test.conllu" ]; then
	echo "lemma_accuracy.sh: EWT not found under $ewt: skipped"
	exit 77
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cc -std=c11 -O2 -D_POSIX_C_SOURCE=200809L -I"$root/include" -I"$root/src" "$here/lemma_driver.c" \
	"$build/libnewsgraph.a" -lm -o "$tmp/lemma_driver"
for split in dev test; do
	"$tmp/lemma_driver" "$root/data" < "$ewt/en_ewt-ud-$split.conllu" > "$tmp/$split.conllu"
	printf 'EWT %-5s ' "$split"
	python3 "$here/conllu_score.py" --json "$ewt/en_ewt-ud-$split.conllu" "$tmp/$split.conllu" |
		python3 -c 'import json,sys; s=json.load(sys.stdin); print("words %d  lemma accuracy %.4f" % (s["words"], s["Lemma"]))'
done
