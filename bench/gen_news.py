#!/usr/bin/env python3
"""Writes SIZE bytes of synthetic news-like English text to stdout, for the
scaling benchmark: sentences of named actors, places and verbs that code as
events (diplomatic verbs with place participants, attacks, meetings), in a
fixed pseudo-random order (seeded), one paragraph per few sentences. With
--one-line the text has no newline and no sentence punctuation at all (the
worst case for the sentence splitter). Usage: gen_news.py SIZE [--one-line]."""
import random
import sys

SUBJ = ["Egyptian officials", "Israeli forces", "The Kremlin", "Moscow", "Washington", "Beijing",
        "French diplomats", "The United Nations", "Hamas", "President Biden", "Germany", "Kyiv",
        "Turkish police", "Iranian leaders", "The European Union", "Japan", "Paris", "London"]
VERB = ["met", "accused", "criticized", "praised", "attacked", "urged", "visited", "warned",
        "thanked", "condemned", "called on", "threatened", "signed a deal with", "talked with"]
OBJ = ["Kyiv", "Moscow", "Berlin", "a Hamas delegation", "Cairo", "Syrian rebels", "Tehran",
       "the Chinese government", "Beirut", "Damascus", "Israel", "Lebanon", "Ankara", "Rome"]
TAIL = ["on Monday", "in Cairo", "in Geneva", "after talks", "over the border dispute",
        "in a statement", "on Tuesday", "during a visit to Rome", ""]


def main():
    size = int(sys.argv[1])
    one_line = "--one-line" in sys.argv[2:]
    rng = random.Random(12345)
    out, n, k = [], 0, 0
    while n < size:
        s = " ".join(w for w in (rng.choice(SUBJ), rng.choice(VERB), rng.choice(OBJ), rng.choice(TAIL)) if w)
        if one_line:
            s += " and "
        else:
            k += 1
            s += ".\n\n" if k % 5 == 0 else ". "
        out.append(s)
        n += len(s)
    text = "".join(out)[:size]
    sys.stdout.write(text)


if __name__ == "__main__":
    main()
