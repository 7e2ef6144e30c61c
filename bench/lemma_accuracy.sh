#!/usr/bin/env bash
# Lemma accuracy of the lemmatizer alone, on GOLD tags: fills the lemma column
# of the EWT dev and test splits and of the GUM news documents from their own
# UPOS and XPOS columns
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
	"$build/libnewsgraph.a" -lutf8proc -lm -o "$tmp/lemma_driver"
gum="$data/treebanks/ud-english-gum"
sets=("EWT-dev:$ewt/en_ewt-ud-dev.conllu" "EWT-test:$ewt/en_ewt-ud-test.conllu")
if [ -f "$gum/en_gum-ud-test.conllu" ]; then
	python3 "$here/gum_news.py" "$tmp/gold-gum-news.conllu" "$gum"/en_gum-ud-{train,dev,test}.conllu 2>/dev/null
	sets+=("GUM-news:$tmp/gold-gum-news.conllu")
fi
for s in "${sets[@]}"; do
	name="${s%%:*}" gold="${s#*:}"
	"$tmp/lemma_driver" "$root/data" < "$gold" > "$tmp/$name.conllu"
	printf '%-9s ' "$name"
	python3 "$here/conllu_score.py" --json "$gold" "$tmp/$name.conllu" |
		python3 -c 'import json,sys; s=json.load(sys.stdin); print("words %d  lemma accuracy %.4f" % (s["words"], s["Lemma"]))'
done
