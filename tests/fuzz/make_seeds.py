#!/usr/bin/env python3
"""Writes the hand-made seed inputs of every fuzz corpus (tests/fuzz/corpus/).

Every seed is written here from scratch (no text from the evaluation data):
short sentences in the style of news reports, and structurally valid or
deliberately broken records of each input format. Re-running it rewrites the
seeds (seed-*) and leaves the inputs libFuzzer merged in alone."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))

SENTENCES = [
    "Israeli forces struck a school in Gaza on Monday, the civil defense agency said.",
    "Prime Minister Benjamin Netanyahu met Qatari mediators in Doha on Tuesday.",
    "Hamas rejected the proposal, and the group said it would not release the hostages.",
    "The United States did not condemn Russia's strike on Kyiv.",
    "U.S. Secretary of State Antony Blinken will visit Cairo next week.",
    "Egypt and Qatar are mediating talks between Israel and Hamas.",
    "\u201cWe will respond,\u201d Iran\u2019s foreign minister said. He did not elaborate.",
    "President Emmanuel Macron of France called Ukraine's Volodymyr Zelensky.",
    "The ministry said 1,580 people were killed; 3.5 million were displaced.",
    "BREAKING NEWS\nThe U.N. Security Council may vote on a ceasefire.",
    "Dr. al-Thani's office said the talks in Doha could resume if Israel agreed.",
    "Turkish police arrested 12 protesters in Ankara; the interior ministry denied it.",
]


def w(target, name, data):
    d = os.path.join(HERE, "corpus", target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(d, "seed-" + name), "wb") as f:
        f.write(data)


def documents():
    for i, s in enumerate(SENTENCES):
        w("fuzz_document", "sent%02d" % i, s)
        w("fuzz_extract", "sent%02d" % i, s)
    w("fuzz_extract", "article", " ".join(SENTENCES[:6]) + "\n\n" + " ".join(SENTENCES[6:]))
    w("fuzz_extract", "pronouns", "Netanyahu met Blinken. He said his government would not yield. "
      "The prime minister rejected it. Its leaders agreed.")
    w("fuzz_extract", "modality", "Russia might attack Ukraine. Iran plans to meet Egypt. "
      "China did not criticize India. If Israel strikes, Hezbollah will respond.")
    w("fuzz_document", "cp1252", b"Caf\xe9 owners said \x93no\x94 \x96 the mayor\x92s plan failed.")
    w("fuzz_document", "invalid_utf8", b"bad \xc3\x28 seq \xa0\xa1 \xf0\x28\x8c\x28 end \xed\xa0\x80.")
    w("fuzz_document", "nul", b"Hamas\x00 said\x00\x00 no. Israel agreed.")
    w("fuzz_document", "bom_crlf", "\ufeffHeadline here\r\nFirst line. Second line!\r\n")
    w("fuzz_document", "scripts", "\u0625\u0633\u0631\u0627\u0626\u064a\u0644 \u4e2d\u56fd \U0001F600 "
      "\u00c9lys\u00e9e \u2014 na\u00efve \u2019s \u2018quoted\u2019.")
    w("fuzz_document", "abbrev", "Gen. Smith of the U.S.A. met Mr. Jones at 5 p.m. on Jan. 3. Then they left...")
    w("fuzz_document", "longword", "x" * 3000 + ". " + "word " * 600)
    w("fuzz_document", "numbers", "1,580 3.5 -4 1.2.3 12,34,567 $5bn 10% 2024-01-02")


def jsonl():
    docs = [json.dumps({"id": "a%d" % i, "text": s, "date": "2024-03-%02d" % (i + 1),
                        "url": "https://example.org/%d" % i}) for i, s in enumerate(SENTENCES[:4])]
    w("fuzz_jsonl", "good", "\n".join(docs) + "\n")
    w("fuzz_jsonl", "bom_blank", "\ufeff" + docs[0] + "\n\n  \r\n" + docs[1])
    w("fuzz_jsonl", "types", '{"id": 7, "text": "Iran met Iraq."}\n{"id": 1.5, "text": "x"}\n'
      '{"id": [1], "text": "y"}\n{"text": 3}\n{"id": "z"}\n{"text": "ok", "date": 20240101}\n'
      '{"text": "ok", "url": {}}\n{"text": "ok", "date": "2024-02-30"}\n'
      '{"text": "ok", "date": "2024-01-02T10:00:00Z"}\n')
    w("fuzz_jsonl", "dupkeys", '{"id": "a", "id": "b", "text": "t"}\n{"text": "a", "text": "b"}\n')
    w("fuzz_jsonl", "nesting", "[" * 2000 + "\n" + '{"text": ' + "[" * 500 + "]" * 500 + "}\n")
    w("fuzz_jsonl", "escapes", '{"id": "e", "text": "a\\u0000b \\ud83d\\ude00 \\ud800 \\"q\\" \\n\\t\\/"}\n'
      '{"id": "f", "text": "\\uZZZZ"}\n{"text": "trail"} x\nnot json\n{}\n[]\nnull\n')
    w("fuzz_jsonl", "big", json.dumps({"id": "big", "text": "word " * 1200}) + "\n")
    w("fuzz_jsonl", "nulls", '{"id": null, "text": "", "date": null, "url": null}\n')


def graph_json():
    nodes = [
        {"id": "ISR", "label": "Israel", "type": "country", "country": "ISR", "sector": "",
         "aliases": ["Israel", "Israeli"], "mentions": 5},
        {"id": "hamas", "label": "Hamas", "type": "group", "country": "PSE", "sector": "REB",
         "aliases": ["Hamas"], "mentions": 3},
        {"id": "QAT", "label": "Qatar", "type": "country", "country": "QAT", "sector": "",
         "aliases": ["Qatar"], "mentions": 2},
    ]
    links = [
        {"source": "ISR", "target": "hamas", "relation": "strikes", "cameo": "195", "goldstein": -10.0,
         "count": 2, "modality": "asserted", "structural": False,
         "evidence": [{"doc": "d1", "date": "2024-01-02", "sentence": 0, "start": 0, "end": 20,
                       "text": "Israel struck Hamas.", "source_sector": "MIL", "target_sector": ""}]},
        {"source": "QAT", "target": "hamas", "relation": "mediates", "cameo": "045", "goldstein": 5.0,
         "count": 1, "modality": "planned", "structural": False, "evidence": []},
    ]
    g = {"directed": True, "multigraph": True, "graph": {"documents": 2, "unattributed": 1},
         "nodes": nodes, "links": links}
    w("fuzz_graph_json", "small", json.dumps(g, indent=1))
    w("fuzz_graph_json", "empty", json.dumps({"directed": True, "multigraph": True, "graph": {},
                                               "nodes": [], "links": []}))
    bad = dict(g, links=[dict(links[0], source="nobody")])
    w("fuzz_graph_json", "dangling", json.dumps(bad))
    w("fuzz_graph_json", "types", json.dumps(dict(g, nodes=[dict(nodes[0], mentions="x")])))
    w("fuzz_graph_json", "truncated", json.dumps(g)[:150])
    w("fuzz_graph_json", "deep", "[" * 5000)


def gdelt():
    def row(n, a1="ISRAEL", c1="ISR", a2="HAMAS", c2="PSEREB", code="190", gs="-10", url=True):
        col = [""] * n
        col[0] = "1000001"; col[1] = "20240102"; col[2] = "202401"; col[3] = "2024"; col[4] = "2024.0027"
        col[5] = c1; col[6] = a1; col[7] = c1[:3]; col[12] = c1[3:6]
        col[15] = c2; col[16] = a2; col[17] = c2[:3]; col[22] = c2[3:6]
        col[25] = "1"; col[26] = code; col[27] = code[:3]; col[28] = code[:2]; col[29] = "4"
        col[30] = gs; col[31] = "2"; col[32] = "1"; col[33] = "2"; col[34] = "-3.5"
        if url and n in (58, 61):
            col[n - 1] = "https://example.org/a"
        return "\t".join(col)
    # first byte: keep_self flag
    w("fuzz_gdelt", "v2", "\x00" + "\n".join([row(61), row(61, "QATAR", "QAT", "EGYPT", "EGYGOV", "045", "5"),
                                               row(61, "", "", "HAMAS", "PSEREB")]) + "\n")
    w("fuzz_gdelt", "v1", "\x01" + "\n".join([row(57), row(57, "ISRAEL", "ISR", "ISRAEL", "ISRMIL")]) + "\n")
    w("fuzz_gdelt", "v1url", "\x00" + row(58) + "\r\n")
    w("fuzz_gdelt", "badcode", "\x00" + row(61, code="XYZ") + "\n")
    w("fuzz_gdelt", "badgs", "\x00" + row(61, gs="nan") + "\n" + row(61, gs="99") + "\n")
    w("fuzz_gdelt", "fewcols", "\x00a\tb\tc\n")


def triples():
    w("fuzz_triples", "csv", "\x00source,relation,target\nIsrael,strikes,Hamas\nQatar,mediates,Hamas\n"
      "\"Egypt, Arab Republic\",meets,\"The \"\"Quartet\"\"\"\n")
    w("fuzz_triples", "csv_more", "\x00source,relation,target,date,cameo,count,modality\n"
      "Iran,threatens,Israel,2024-01-02,138,3,planned\nA,b\n,,\n")
    w("fuzz_triples", "jsonl", "\x01" + "\n".join(json.dumps(t) for t in [
        {"source": "Israel", "relation": "strikes", "target": "Hamas"},
        {"source": "<b>", "relation": "meets", "target": "</script>"},
        {"source": 1, "relation": None},
    ]) + "\n")
    w("fuzz_triples", "nasty", "\x00source,relation,target\n\"a\nb\",meets,\"c\"\"d\"\n\"unterminated,meets,x\n")


def lexicon():
    # first byte: format (0 countries, 1 actors, 2 agents, 3 verbs, 4 cameo,
    # 5 PETRARCH actors, 6 PETRARCH agents, 7 PETRARCH verbs)
    w("fuzz_lexicon", "countries", "\x00# code\tlabel\tnames\tadjectives\tplaces\n"
      "ISR\tIsrael\tIsrael|State of Israel\tIsraeli|Israelis\tJerusalem|Tel Aviv\n"
      "USA\tUnited States\tUnited States|USA|US|U.S.|America\tAmerican|Americans\tWashington|New York\n"
      "XKX\tKosovo\tKosovo\t-\tPristina\n")
    w("fuzz_lexicon", "countries_bad", "\x00ISR\tIsrael\n")
    w("fuzz_lexicon", "actors", "\x01hamas\tgroup\tPSE\tREB\tHamas\tHamas|Islamic Resistance Movement\n"
      "benjamin-netanyahu\tperson\tISR\tGOV\tBenjamin Netanyahu\tBenjamin Netanyahu|Netanyahu|Bibi\t"
      "office=prime minister;until=2099-01-01\n"
      "idf\torganization\tISR\tMIL\tIsrael Defense Forces\tIDF|Israel Defense Forces\tacronym=IDF;parent=ISR\n"
      "un\torganization\t-\tIGO\tUnited Nations\tUN|United Nations\n")
    w("fuzz_lexicon", "actors_bad", "\x01x\tnotatype\tZZZ\tGOVT\tX\tX\tbad\n")
    w("fuzz_lexicon", "agents", "\x02prime minister\tGOV\tprime ministers\ttitle,office\n"
      "forces\tMIL\t-\tgroup\nmediator\tGOV\tmediators\tgroup\nmr\t-\t-\thonorific\nministry\tGOV\tministries\torg\n"
      "Israeli forces struck Gaza. Prime Minister Netanyahu met mediators.\n")
    w("fuzz_lexicon", "verbs", "\x03# pattern\tcode\nmeet\t040\nstrike\t195\n")
    w("fuzz_lexicon", "cameo", "\x04# code\trelation\tgoldstein\tdescription\n"
      "040\tmeets\t1.0\tConsult, not specified\n045\tmediates\t5.0\tMediate\n"
      "195\tstrikes\t-10\tEmploy aerial weapons\n190\tattacks\t-10.0\tUse conventional military force\n")
    w("fuzz_lexicon", "cameo_bad", "\x04040\tmeets\tlots\tx\n")
    w("fuzz_lexicon", "petrarch_actors", "\x05"
      "ISRAEL_  [ISR]\n+ISRAELI_\n+JEWISH_STATE_\nBENJAMIN_NETANYAHU_  [ISRGOV 19960618-19990706] [ISRGOV >20090331]\n"
      "+NETANYAHU_\n+BIBI_\nHAMAS_ [PSEREB]\n# comment\nUNITED_NATIONS_ [IGOUNO] ; UN\n+U.N._\n")
    w("fuzz_lexicon", "petrarch_agents", "\x06PRESIDENT [~GOV]\nPOLICE_OFFICER {POLICE_OFFICERS } [~COP]\n"
      "REBEL [~REB] \nMILITARY [~MIL]\nSOLDIER [~MIL] # note\n!minist! [~GOV]\n")
    w("fuzz_lexicon", "petrarch_verbs", "\x07--- MEET [040] ---\nMEET\nMET\n- * WITH + [040] # meet with\n"
      "- $ * + [040]\n--- ATTACK [190] ---\nATTACK {ATTACKED ATTACKING}\n- * + [190]\n"
      "--- STRIKE [195] ---\nSTRIKE\n- * + WITH AIR_STRIKE [195]\n")
    w("fuzz_lexicon", "petrarch_verbs_bad", "\x07--- BROKEN [\nMEET\n- * WITH [\n")
    w("fuzz_lexicon", "petrarch_actors_bad", "\x05ISRAEL [ISR\n+\n[ISR]\nX [ISR <>20090101]\n")


if __name__ == "__main__":
    documents(); jsonl(); graph_json(); gdelt(); triples(); lexicon()
    print("seeds written under", os.path.join(HERE, "corpus"), file=sys.stderr)
