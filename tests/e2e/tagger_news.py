"""The tagger on news-style sentences (tests/syntax/news-tags.txt): past-tense
verbs after a capitalised subject, names that look like verbs, headlines in
title case and capitals. Tags them with the shipped model through
`parse --input conllu` (the given tokens) and fails on any word whose universal
tag differs from the one the file expects; fails when fewer words are right
than the file's floor (the misses are printed either way).

  python3 tests/e2e/tagger_news.py [--bin NEWSGRAPH] [--all]
--all prints every sentence's tags, not only the misses."""
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
src = os.environ.get("NG_SOURCE_DIR", os.path.dirname(os.path.dirname(here)))
args = sys.argv[1:]
bin_ = os.environ.get("NG_BIN", os.path.join(src, "build", "newsgraph"))
if "--bin" in args:
    bin_ = args[args.index("--bin") + 1]
show_all = "--all" in args
data = os.environ.get("NG_DATA_DIR", os.path.join(src, "data"))
if not os.path.exists(os.path.join(data, "models", "tagger.ngm")):
    print("skip: no data/models/tagger.ngm")
    sys.exit(77)

sents = []  # (tokens, {index: upos})
floor = None
with open(os.path.join(src, "tests", "syntax", "news-tags.txt"), encoding="utf-8") as f:
    for line in f:
        line = line.strip()
        if line.startswith("# floor:"):
            floor = int(line.split(":")[1])
        if not line or line.startswith("#"):
            continue
        toks, want = [], {}
        for t in line.split():
            form, slash, tag = t.rpartition("/")
            if slash and form and tag.isupper():
                want[len(toks)] = tag
                toks.append(form)
            else:
                toks.append(t)
        sents.append((toks, want))

with tempfile.TemporaryDirectory() as tmp:
    gold = os.path.join(tmp, "in.conllu")
    with open(gold, "w", encoding="utf-8") as f:
        for k, (toks, _) in enumerate(sents):
            f.write("# sent_id = news-%d\n# text = %s\n" % (k + 1, " ".join(toks)))
            for i, t in enumerate(toks):
                f.write("%d\t%s\t_\t_\t_\t_\t_\t_\t_\t_\n" % (i + 1, t))
            f.write("\n")
    out = subprocess.run([bin_, "parse", "--data", data, "--input", "conllu", gold], capture_output=True,
                         text=True)
    if out.returncode != 0:
        print("FAIL: parse exited %d: %s" % (out.returncode, out.stderr.strip()[:300]))
        sys.exit(1)

got, cur = [], []
for line in out.stdout.splitlines():
    if not line:
        if cur:
            got.append(cur)
        cur = []
    elif line[0].isdigit():
        c = line.split("\t")
        if "-" not in c[0] and "." not in c[0]:
            cur.append(c[3])
if cur:
    got.append(cur)
if len(got) != len(sents):
    print("FAIL: %d sentences in, %d out" % (len(sents), len(got)))
    sys.exit(1)

checked = missed = 0
for (toks, want), tags in zip(sents, got):
    bad = [i for i, w in want.items() if tags[i] != w]
    checked += len(want)
    missed += len(bad)
    if bad or show_all:
        print("%s %s" % ("FAIL:" if bad else "ok:  ", " ".join(
            "%s/%s%s" % (t, g, "(want %s)" % want[i] if i in bad else "") for i, (t, g) in enumerate(zip(toks, tags)))))
right = checked - missed
print("tagger_news: %d of %d words right (%d sentences); floor %s" % (right, checked, len(sents), floor))
if floor is None or right < floor:
    print("FAIL: fewer words right than the floor")
    sys.exit(1)
