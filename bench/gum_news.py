#!/usr/bin/env python3
"""Writes the GUM news documents (sent_id GUM_news_*) of the given CoNLL-U
files to OUT, for scoring out of domain. Never write OUT inside the project.

Usage: bench/gum_news.py OUT GUM.conllu...
"""
import sys


def main():
    if len(sys.argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    nsent = 0
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for path in sys.argv[2:]:
            block = []
            with open(path, encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        block.append(line)
                        continue
                    if any(l.startswith("# sent_id = GUM_news") for l in block):
                        out.writelines(block)
                        out.write("\n")
                        nsent += 1
                    block = []
            if any(l.startswith("# sent_id = GUM_news") for l in block):
                out.writelines(block)
                out.write("\n")
                nsent += 1
    print("gum_news.py: %d sentences" % nsent, file=sys.stderr)
    return 0 if nsent else 1


if __name__ == "__main__":
    sys.exit(main())
