#!/usr/bin/env python3
"""bench/conllu_score.py on a hand-written gold file and perturbed copies of it:
every score moves by exactly the words changed, relation subtypes do not count
for LAS, and files that do not align are refused with both files' lines named."""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.environ.get("NG_SOURCE_DIR", os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
SCORE = os.path.join(ROOT, "bench", "conllu_score.py")
GOLD = os.path.join(ROOT, "tests", "fixtures", "conllu", "gold.conllu")
WORDS = 14  # words of the fixture (the token didn't is not one; did and n't are)


def run(*args):
    return subprocess.run([sys.executable, SCORE] + list(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True)


def scores(tmp, edit):
    """Scores of a copy of the gold file whose word lines went through edit(sent, id, cols)."""
    path = os.path.join(tmp, "sys.conllu")
    sent = 0
    with open(GOLD, encoding="utf-8") as f, open(path, "w", encoding="utf-8") as out:
        for line in f:
            if line.startswith("# sent_id"):
                sent += 1
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                cols = edit(sent, cols[0], cols) or cols
                line = "\t".join(cols) + "\n"
            out.write(line)
    r = run("--json", GOLD, path)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def set_col(sent, wid, col, value):
    def edit(s, w, cols):
        if s == sent and w == wid:
            cols = list(cols)
            cols[col] = value
            return cols
        return None
    return edit


def check(got, want):
    for k, v in want.items():
        if abs(got[k] - v) > 1e-6:
            raise AssertionError("%s: got %s, want %s (all: %s)" % (k, got[k], v, got))


def main():
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        cases = [
            ("identical", lambda s, w, c: None, {"UPOS": 1, "XPOS": 1, "Lemma": 1, "UAS": 1, "LAS": 1}),
            ("one UPOS", set_col(1, "2", 3, "PROPN"), {"UPOS": 13 / 14, "XPOS": 1, "LAS": 1}),
            ("one XPOS", set_col(2, "1", 4, "NN"), {"XPOS": 13 / 14, "UPOS": 1}),
            ("one lemma", set_col(2, "3", 2, "held"), {"Lemma": 13 / 14, "UAS": 1}),
            ("one head", set_col(1, "1", 6, "7"), {"UAS": 13 / 14, "LAS": 13 / 14, "UPOS": 1}),
            ("a subtype only", set_col(2, "1", 7, "nsubj"), {"UAS": 1, "LAS": 1}),
            ("another subtype", set_col(2, "2", 7, "aux:tense"), {"LAS": 1}),
            ("one relation", set_col(1, "7", 7, "obl"), {"UAS": 1, "LAS": 13 / 14}),
            ("head and relation", lambda s, w, c: set_col(1, "4", 6, "2")(s, w, set_col(1, "4", 7, "obj")(s, w, c) or c),
             {"UAS": 13 / 14, "LAS": 13 / 14}),
            ("every head", lambda s, w, c: c[:6] + ["0"] + c[7:], {"UAS": 2 / 14, "LAS": 2 / 14, "UPOS": 1}),
        ]
        for name, edit, want in cases:
            try:
                got = scores(tmp, edit)
                assert got["words"] == WORDS, got
                check(got, want)
            except AssertionError as e:
                print("FAIL %s: %s" % (name, e))
                failures += 1
        # a gold lemma "_" accepts any lemma (as the 2018 script does)
        path = os.path.join(tmp, "gold_.conllu")
        with open(GOLD, encoding="utf-8") as f, open(path, "w", encoding="utf-8") as out:
            out.write(f.read().replace("\tmayor\tmayor\t", "\tmayor\t_\t"))
        r = run("--json", path, GOLD)
        if r.returncode != 0 or json.loads(r.stdout)["Lemma"] != 1:
            print("FAIL gold lemma _: %s %s" % (r.stdout, r.stderr))
            failures += 1
        # files that do not align
        text = open(GOLD, encoding="utf-8").read()
        bad = {
            "another word": (text.replace("\tmayor\tmayor\t", "\tmajor\tmajor\t"), "word 2 \"mayor\" against 2 \"major\""),
            "a missing sentence": (text.split("\n\n")[0] + "\n\n", "2 sentences"),
            "a missing word": (text.replace("6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n", ""), "a sentence of 6 words against one of 5"),
            "a short line": (text.replace("\tDefinite=Def|PronType=Art\t2\tdet\t_\t_", "\t2"), "expected 10 columns"),
        }
        for name, (content, msg) in bad.items():
            path = os.path.join(tmp, "bad.conllu")
            with open(path, "w", encoding="utf-8") as out:
                out.write(content)
            r = run(GOLD, path)
            if r.returncode != 1 or msg not in r.stderr or (name != "a short line" and "gold.conllu" not in r.stderr):
                print("FAIL %s: rc %d, stderr %r" % (name, r.returncode, r.stderr))
                failures += 1
        r = run(GOLD)
        if r.returncode != 2:
            print("FAIL usage: rc %d" % r.returncode)
            failures += 1
        r = run(GOLD, GOLD)
        if r.returncode != 0 or "LAS" not in r.stdout or "1.0000" not in r.stdout:
            print("FAIL table: %r" % r.stdout)
            failures += 1
    print("conllu_score: %d failures" % failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
