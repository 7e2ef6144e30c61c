/**
 * @file newsgraph.h
 * libnewsgraph: news text to a knowledge graph of who does what to whom.
 *
 * The data flows one way, one header per stage:
 * reader (io.h) -> document (document.h) -> syntax (syntax.h) -> mentions, actors and events
 * (lexicon.h, extract.h) -> graph (graph.h) -> analysis (analysis.h) ->
 * writers (io.h, render.h).
 */
#ifndef NEWSGRAPH_H
#define NEWSGRAPH_H

#include "common.h"
#include "document.h"
#include "syntax.h"
#include "lexicon.h"
#include "extract.h"
#include "graph.h"
#include "analysis.h"
#include "io.h"
#include "render.h"

#endif
