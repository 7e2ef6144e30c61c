#!/usr/bin/env bash
# Accuracy of the tagger, lemmatizer and parser on gold tokenisation: runs
# `newsgraph parse --input conllu` on the EWT dev and test splits and on the GUM
# news documents (sent_id GUM_news_*, extracted from GUM's three files into a
# temporary file), and scores each with bench/conllu_score.py (CoNLL 2018 style:
# every word, punctuation included; LAS on the universal part of the relation).
# Tune on EWT dev only. Bars (issue 12): EWT test UPOS >= 0.94, UAS >= 0.86,
# LAS >= 0.83; GUM news LAS >= 0.78.
#   bench/parse_accuracy.sh [NEWSGRAPH]   (default: build/newsgraph)
# NG_PARSE_ARGS="--parser cascade" (or --greedy, --beam-width 4, ...): parse's
# parser options (default: parse's default parser).
# Exits 77 when ../shared/data (or $NG_SHARED_DATA) is absent.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
data="${NG_SHARED_DATA:-$root/../shared/data}"
ewt="$data/treebanks/ud-english-ewt"
gum="$data/treebanks/ud-english-gum"
bin="${1:-${NG_BIN:-$root/build/newsgraph}}"
if [ ! -f "$ewt/en_ewt-ud-test.conllu" ] || [ ! -f "$gum/en_gum-ud-test.conllu" ]; then
	echo "parse_accuracy.sh: treebanks not found under $data/treebanks: skipped"
	exit 77
fi
if ! "$bin" parse --help >/dev/null 2>&1; then
	echo "parse_accuracy.sh: $bin has no working parse command: build it first" >&2
	exit 1
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 "$here/gum_news.py" "$tmp/gold-gum-news.conllu" "$gum"/en_gum-ud-{train,dev,test}.conllu 2>/dev/null
printf '%-10s %7s %7s %7s %7s %7s %7s %8s\n' set words UPOS XPOS Lemma UAS LAS seconds
for set in ewt-dev ewt-test gum-news; do
	case "$set" in
	ewt-dev) gold="$ewt/en_ewt-ud-dev.conllu" ;;
	ewt-test) gold="$ewt/en_ewt-ud-test.conllu" ;;
	gum-news) gold="$tmp/gold-gum-news.conllu" ;;
	esac
	t0=$(date +%s.%N)
	# shellcheck disable=SC2086 # NG_PARSE_ARGS: parser options, word-split
	nice -n 10 "$bin" parse --input conllu ${NG_PARSE_ARGS:-} "$gold" > "$tmp/$set.conllu"
	t1=$(date +%s.%N)
	python3 "$here/conllu_score.py" --json "$gold" "$tmp/$set.conllu" > "$tmp/$set.json"
	python3 - "$tmp/$set.json" "$set" "$(echo "$t1 - $t0" | bc -l)" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
print("%-10s %7d %7.4f %7.4f %7.4f %7.4f %7.4f %8.2f" % (sys.argv[2], s["words"], s["UPOS"], s["XPOS"],
      s["Lemma"], s["UAS"], s["LAS"], float(sys.argv[3])))
PY
done
python3 - "$tmp/ewt-test.json" "$tmp/gum-news.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1]))
g = json.load(open(sys.argv[2]))
bars = [("EWT test UPOS", t["UPOS"], 0.94), ("EWT test UAS", t["UAS"], 0.86),
        ("EWT test LAS", t["LAS"], 0.83), ("GUM news LAS", g["LAS"], 0.78)]
print("bars: " + ", ".join("%s %.4f %s %.2f" % (n, v, ">=" if v >= b else "<", b) for n, v, b in bars))
PY
