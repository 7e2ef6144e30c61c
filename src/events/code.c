/* The event coder over a parsed document: for every parsed sentence with an
 * actor mention, triggers -> arguments -> modality -> emission.
 * Time: O(tokens) with a small constant (per-sentence candidate arrays are
 * bounded). */
#include "coder_i.h"

#include <stdio.h>
#include <stdlib.h>

/* NG_TRACE_EVENTS=1 in the environment: one line on stderr for every sentence the coder
 * skips and for every candidate it finds, with its fate, so that misses can be counted by
 * kind (a trigger that found no target, no trigger at all, ...) without reading outputs.
 * Tab-separated: doc, sentence start and end bytes, then "skip", why and a detail (for an
 * unparsed sentence what the gate of extract.c missed: no-actor-word, verb-tagged-noun,
 * report-no-cue, no-trigger-word; else "-"), or "cand", the
 * rule id, the trigger's bytes, the source and target actor ids ("-" none), the fate. */
static const char *const fate_name[] = {"coded", "report", "no-target", "bare", "no-source", "paircase", "promised", "sides.contest"};

static void trace_actor(const ng_extraction *x, const int32_t *m, uint8_t n)
{
	if (!n)
		fputs("-", stderr);
	for (uint8_t i = 0; i < n; i++)
		fprintf(stderr, "%s%s", i ? "|" : "", m[i] >= 0 && (size_t)m[i] < x->nmentions && x->mentions[m[i]].actor
		                                             ? x->mentions[m[i]].actor : "?");
}

static void trace_skip(const ng_document *doc, const ng_sentence *sn, const char *why, const char *detail)
{
	flockfile(stderr);
	fprintf(stderr, "ngtrace\t%s\t%u\t%u\tskip\t%s\t%s\n", doc->id ? doc->id : "", sn->start, sn->end, why, detail);
	funlockfile(stderr);
}

/* Why a tagged sentence was not parsed: a word right after a mention that would start a
   rule as a verb but was tagged a noun ("Both X and Y reject claims": "reject" a compound
   of "claims"), a rule's word without the other words it needs, a reporting verb with no
   cue, or no word that starts a rule */
static const char *trace_no_trigger(const ng_i_coder *c, uint32_t b, uint32_t e)
{
	for (uint32_t t = b + 1; t < e; t++)
		if (c->mcover[t - 1] >= 0 && c->mcover[t] < 0 && c->tree->t[t].upos == NG_UPOS_NOUN &&
		    ng_i_token_may_trigger_h(c->rules, c->tree->t[t].lemma, strlen(c->tree->t[t].lemma), c->tree->t[t].lhash,
		                             NG_UPOS_VERB) == 1)
			return "verb-tagged-noun";
	/* a word that starts a rule whose object or light-verb noun the sentence lacks ("have"
	   without "talks": ng_i_token_may_fire) */
	for (uint32_t t = b; t < e; t++)
		if (ng_i_token_may_trigger_h(c->rules, c->tree->t[t].lemma, strlen(c->tree->t[t].lemma), c->tree->t[t].lhash,
		                             c->tree->t[t].upos) == 1)
			return "rule-words-absent";
	/* a reporting verb with no demand, fault or denial cue ("X claimed Y was in touch with ...") */
	for (uint32_t t = b; t < e; t++)
		if (ng_i_token_may_trigger_h(c->rules, c->tree->t[t].lemma, strlen(c->tree->t[t].lemma), c->tree->t[t].lhash,
		                             c->tree->t[t].upos) == 2)
			return "report-no-cue";
	return "no-trigger-word";
}

static void trace_cands(const ng_i_coder *c, const ng_sentence *sn, const ng_i_cand *k, size_t n, const char *stage)
{
	flockfile(stderr);
	for (size_t i = 0; i < n; i++) {
		const ng_token *t = &c->doc->tokens[k[i].trigger];
		fprintf(stderr, "ngtrace\t%s\t%u\t%u\t%s\t%s\t%u\t%u\t", c->doc->id ? c->doc->id : "", sn->start, sn->end,
		        stage, c->rules->rules[k[i].rule].id, t->start, t->end);
		trace_actor(c->x, k[i].src, k[i].nsrc);
		fputc('\t', stderr);
		trace_actor(c->x, k[i].tgt, k[i].ntgt);
		fprintf(stderr, "\t%s\n", stage[1] == 'a' ? fate_name[k[i].fate] : "-");
	}
	funlockfile(stderr);
}

/* Keeps the candidates of sentence s after those of the sentences before it,
 * dropping those more than three sentences back (and the oldest when the room
 * is full): an act noun refers back to one of the sentence before (rule
 * arg.act.*), a derived act noun ("the extension") to one of the three before
 * (arg.act.derived, resolve.c). */
static void keep_back(ng_i_coder *c, size_t s, const ng_i_cand *cand, size_t n)
{
	size_t w = 0, room = 3 * NG_I_MAX_CAND;
	for (size_t i = 0; i < c->nback; i++)
		if (ng_i_sentence_of(c->doc, c->back[i].trigger) + 3 > s)
			c->back[w++] = c->back[i];
	if (n > room)
		n = room;
	if (w + n > room) { /* the oldest make way */
		size_t drop = w + n - room;
		memmove(c->back, c->back + drop, (w - drop) * sizeof *c->back);
		w -= drop;
	}
	memcpy(c->back + w, cand, n * sizeof *cand);
	c->nback = w + n;
}

ng_status ng_i_events_code(struct ng_extraction *x, const ng_lexicon *lex, const ng_document *doc,
                           const ng_i_tree *tree, const ng_extract_options *opts)
{
	if (!x || !lex || !doc || !tree)
		return ng_i_error(NG_EINVAL, "ng_i_events_code: NULL argument");
	if (!lex->rules || !doc->ntokens || !x->nmentions)
		return NG_OK;
	size_t nt = doc->ntokens < tree->n ? doc->ntokens : tree->n;
	int32_t *mcover = malloc(nt * sizeof *mcover);
	if (!mcover)
		return ng_i_error(NG_ENOMEM, "out of memory coding events");
	for (size_t i = 0; i < nt; i++)
		mcover[i] = -1;
	for (size_t i = 0; i < x->nmentions; i++) {
		const ng_mention *m = &x->mentions[i];
		if (m->role == NG_ROLE_SOURCE || m->role == NG_ROLE_THING)
			continue; /* a news outlet cited, a reporter or a thing: not a participant */
		for (uint32_t t = m->tok_begin; t < m->tok_end && t < nt; t++)
			if (mcover[t] < 0)
				mcover[t] = (int32_t)i;
	}
	ng_i_coder c;
	memset(&c, 0, sizeof c);
	c.lex = lex;
	c.rules = lex->rules;
	c.doc = doc;
	c.x = x;
	c.tree = tree;
	c.mcover = mcover;
	c.ev_cap = x->nevents;
	c.structural = opts ? opts->structural : 1;
	c.explain = opts ? opts->explain : 0;
	c.arena = x->priv_;
	ng_status st = ng_i_places_index(&c);
	ng_i_cand cand[NG_I_MAX_CAND];
	c.back = malloc(3 * NG_I_MAX_CAND * sizeof *c.back); /* NULL: act nouns look in their own sentence only */
	const int trace = getenv("NG_TRACE_EVENTS") != NULL;
	int32_t quote_speaker = -1; /* the speaker of the last quote, in sentence quote_sent */
	size_t quote_sent = (size_t)-2;
	for (size_t s = 0; s < doc->nsentences && !st; s++) {
		const ng_sentence *sn = &doc->sentences[s];
		uint32_t b = sn->tok_begin, e = sn->tok_end > nt ? (uint32_t)nt : sn->tok_end;
		if (b >= e || tree->t[b].level < NG_SYNTAX_PARSE) {
			if (trace)
				/* untagged: the gate saw no actor word; tagged only: no trigger word */
				trace_skip(doc, sn, b >= e ? "empty" : "unparsed",
				           b >= e ? "-" : tree->t[b].level == NG_SYNTAX_SKIP ? "no-actor-word" : trace_no_trigger(&c, b, e));
			continue;
		}
		int any = 0;
		for (uint32_t t = b; t < e && !any; t++)
			any = mcover[t] >= 0 || ng_i_token_may_resolve(lex, doc->tokens[t].hash);
		if (!any) {
			if (trace)
				trace_skip(doc, sn, "no-actor", "-");
			continue;
		}
		size_t n = ng_i_find_triggers(&c, b, e, cand, NG_I_MAX_CAND);
		c.cand = cand;
		c.ncand = n;
		for (size_t i = 0; i < n && !st; i++) {
			if ((st = ng_i_find_arguments(&c, &cand[i])))
				break;
			if ((st = ng_i_fall_back(&c, &cand[i])))
				break;
			if ((st = ng_i_side_sense(&c, &cand[i])))
				break;
			ng_i_contest_sense(&c, &cand[i], b, e);
			cand[i].modality = ng_i_find_modality(&c, &cand[i]);
			ng_i_derive(&c, &cand[i]);
		}
		/* after all have their actors: the reporting verb's speaker is known */
		for (size_t i = 0; i < n && !st; i++)
			cand[i].intent = (uint8_t)ng_i_stated_intent(&c, &cand[i]);
		if (st)
			break;
		/* the speaker of a quote, whose next sentence, a quote with no reporting
		   verb of its own, goes on with it */
		int32_t speaker = -1;
		for (size_t i = 0; i < n && speaker < 0; i++)
			if ((c.rules->rules[cand[i].orig_rule].flags & RF_REPORT) && cand[i].nsrc)
				speaker = cand[i].src[0];
		int opens = ng_i_quote_marks(&c, (int32_t)b - 1, (int32_t)b + 1) == 1;
		if (speaker < 0 && opens && quote_sent + 1 == s && n < NG_I_MAX_CAND &&
		    ng_i_quote_fault(&c, b, e, quote_speaker, &cand[n]))
			n++;
		/* "According to X, Y has violated ...": X's words (rule fault.attributed) */
		if (speaker < 0 && n < NG_I_MAX_CAND && ng_i_attributed_fault(&c, b, e, &cand[n]))
			n++;
		/* a quote of its own, or the close of one opened sentences before ("... ,” he said.": rule
		   quote.closing) */
		if (speaker >= 0 && ng_i_quote_marks(&c, (int32_t)b - 1, (int32_t)e) >= 1) {
			quote_speaker = speaker;
			quote_sent = s;
		} else if (speaker < 0 && opens && quote_sent + 1 == s) {
			quote_sent = s; /* the quote goes on */
		}
		if (trace)
			trace_cands(&c, sn, cand, n, "found");
		c.ncand = 0; /* drop_eaten compacts the array: no act noun reads it from here on */
		n = ng_i_drop_eaten(&c, cand, n);
		size_t first = x->nevents;
		st = ng_i_emit(&c, (uint32_t)s, cand, n);
		if (trace && !st)
			trace_cands(&c, sn, cand, n, "fate");
		if (!st)
			st = ng_i_places(&c, first);
		if (!st)
			st = ng_i_emit_finish(&c, first);
		/* keep them: an act noun of the next sentence, or a derived act noun
		   of the next three, may refer back to one */
		if (c.back)
			keep_back(&c, s, cand, n);
	}
	ng_i_places_free(&c);
	free(c.back);
	free(mcover);
	return st;
}
