# The libFuzzer targets: one per parser entry point (shared by CMakeLists.txt
# for the fuzz build and replay.cmake for the ordinary test build).
set(NG_FUZZ_TARGETS
  fuzz_document    # ng_document_new on arbitrary bytes
  fuzz_extract     # ng_document_new + ng_extract with the shipped lexicon
  fuzz_jsonl       # JSON Lines documents (ng_reader_open/next)
  fuzz_graph_json  # ng_read_graph_json_buffer, write/read round trip
  fuzz_gdelt       # ng_gdelt_read
  fuzz_triples     # ng_triples_read
  fuzz_lexicon     # ng_lexicon_load_buffer, every dictionary format
  fuzz_corrections # ng_corrections_parse, then ng_graph_correct and the writers
  fuzz_syntax      # ng_syntax_annotate_conllu (odd sizes), ng_parse_document (even sizes)
)
