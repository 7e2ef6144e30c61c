#!/usr/bin/env python3
"""Writes one synthetic news document with N distinct people and N distinct
organisations to stdout, for the scaling of actor resolution (bench/README.md):
each person is named in full ("Tavo Mirela Quonsed"), later by the last two
words of the name and by the surname; each organisation is named in full
("the Bralo Kemit Union") and later by its acronym ("BKU"). Names are made of
seeded random syllables, so two runs give the same bytes. Usage:
gen_names.py N."""
import random
import sys

SYL = ["ba", "ke", "lo", "mi", "nu", "ra", "se", "ti", "vo", "za", "dre", "qua", "sho", "pel",
       "gan", "mor", "tis", "vek", "lun", "dar"]
VERB = ["met", "criticized", "praised", "urged", "thanked", "warned"]


def word(rng):
    return "".join(rng.choice(SYL) for _ in range(rng.randint(3, 4))).capitalize()


def main():
    n = int(sys.argv[1])
    rng = random.Random(4242)
    seen = set()

    def fresh():
        while True:
            w = word(rng)
            if w not in seen:
                seen.add(w)
                return w
    people = [(fresh(), fresh(), fresh()) for _ in range(n)]
    orgs = [(fresh(), fresh()) for _ in range(n)]
    out = []
    for i in range(n):
        p, o = people[i], orgs[i]
        out.append(f"{' '.join(p)} met leaders of the {o[0]} {o[1]} Union in the capital on Monday.")
    for i in range(n):
        p, o, q = people[i], orgs[i], people[(i * 7 + 3) % n]
        acr = o[0][0] + o[1][0] + "U"
        out.append(f"{p[1]} {p[2]} {rng.choice(VERB)} {q[2]} after the talks, and the {acr} said it would respond.")
    text = ""
    for k, s in enumerate(out):
        text += s + ("\n\n" if k % 5 == 4 else " ")
    sys.stdout.write(text)


if __name__ == "__main__":
    main()
