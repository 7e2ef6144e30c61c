/* The shallow event coder: verb and noun triggers per sentence, source and
 * target from the actor mentions around them, modality from the words before. */
#include <pthread.h>
#include <stdio.h>
#include <strings.h>
#include "events_i.h"
#include "events/dates_i.h"
#include "document/document_i.h"
#include "lexicon/names_i.h"

/* ------------------------------------------------------- function words */

enum {
	W_BE = 1u << 0,       /* is, was, been: passive voice */
	W_HAVE = 1u << 1,
	W_NEG = 1u << 2,      /* not, never, no */
	W_NEGVERB = 1u << 3,  /* refused (to), failed (to) */
	W_PLAN = 1u << 4,     /* will, 'll, shall */
	W_PLANTO = 1u << 5,   /* set/expected/scheduled ... to */
	W_HYPO = 1u << 6,     /* must, could, would, should, if */
	W_SUBORD = 1u << 7,   /* clause boundary for the subject search */
	W_REL = 1u << 8,      /* who, which, that (relative pronoun) */
	W_PREP = 1u << 9,     /* a preposition */
	W_OWNPREP = 1u << 10, /* of, from: "officials from Jordan" */
	W_LOCPREP = 1u << 11, /* in, at, near: locations */
	W_CONJ = 1u << 12,    /* and, or */
	W_DET = 1u << 13,     /* the, a, both, its */
	W_BY = 1u << 14,
	W_TO = 1u << 15,
	W_DEMAND = 1u << 16,  /* must, should, has to: a demand in reported speech */
	W_ADV = 1u << 17,     /* also, already: skipped between subject and verb */
	W_HYPOTO = 1u << 18,  /* calls (for), wants (to): what follows is not yet real */
	W_ART = 1u << 19,     /* the, a, its: what follows is a noun, not a verb */
	W_FIRST = 1u << 20,   /* we, I: in a quotation, the speaker */
	W_WOULD = 1u << 21,   /* would: the future of reported speech, else a condition */
	W_PRON = 1u << 22,    /* he, she, it, they: in a reported clause, the speaker */
	W_TRYTO = 1u << 23,   /* tried, began (to): the infinitive happened */
	W_UNLESS = 1u << 24,  /* unless: a plan under a condition is a threat */
	W_DO = 1u << 25,      /* staged, held, began (a strike): the subject does the event noun */
	W_OUT = 1u << 26,     /* out, off, away: "ordered out of X" has no object */
	W_OFFER = 1u << 27    /* invitation, offer: "rejected an invitation to attend X" */
};

static const struct {
	const char *w;
	uint32_t c;
} word_classes[] = {
	{"is", W_BE}, {"are", W_BE}, {"was", W_BE}, {"were", W_BE}, {"be", W_BE}, {"been", W_BE},
	{"being", W_BE}, {"am", W_BE}, {"get", W_BE}, {"got", W_BE},
	{"has", W_HAVE | W_DEMAND}, {"have", W_HAVE | W_DEMAND}, {"had", W_HAVE}, {"having", W_HAVE},
	{"not", W_NEG}, {"n't", W_NEG}, {"never", W_NEG}, {"no", W_NEG}, {"nor", W_NEG},
	{"cannot", W_NEG}, {"without", W_NEG}, {"didn't", W_NEG}, {"doesn't", W_NEG}, {"don't", W_NEG},
	{"won't", W_NEG | W_PLAN}, {"wouldn't", W_NEG}, {"hasn't", W_NEG}, {"haven't", W_NEG},
	{"hadn't", W_NEG}, {"isn't", W_NEG}, {"wasn't", W_NEG}, {"weren't", W_NEG}, {"can't", W_NEG},
	{"couldn't", W_NEG}, {"refused", W_NEGVERB}, {"refuses", W_NEGVERB}, {"refuse", W_NEGVERB},
	{"declined", W_NEGVERB}, {"declines", W_NEGVERB}, {"decline", W_NEGVERB}, {"failed", W_NEGVERB},
	{"fails", W_NEGVERB}, {"fail", W_NEGVERB}, {"unable", W_NEGVERB}, {"denied", W_NEGVERB},
	{"denies", W_NEGVERB},
	{"will", W_PLAN}, {"'ll", W_PLAN}, {"shall", W_PLAN}, {"set", W_PLANTO}, {"expected", W_PLANTO},
	{"scheduled", W_PLANTO}, {"due", W_PLANTO}, {"going", W_PLANTO}, {"plans", W_PLANTO},
	{"plan", W_PLANTO}, {"planned", W_PLANTO}, {"planning", W_PLANTO}, {"intends", W_PLANTO},
	{"intend", W_PLANTO}, {"intended", W_PLANTO}, {"aims", W_PLANTO}, {"aim", W_PLANTO},
	{"poised", W_PLANTO}, {"prepared", W_PLANTO}, {"preparing", W_PLANTO}, {"ready", W_PLANTO},
	{"agreed", W_PLANTO}, {"agree", W_PLANTO}, {"agrees", W_PLANTO}, {"promised", W_PLANTO},
	{"pledged", W_PLANTO}, {"vowed", W_PLANTO}, {"offered", W_PLANTO},
	{"must", W_HYPO | W_DEMAND}, {"could", W_HYPO}, {"would", W_WOULD}, {"should", W_HYPO | W_DEMAND},
	{"might", W_HYPO}, {"may", W_HYPO}, {"can", W_HYPO}, {"if", W_HYPO | W_SUBORD},
	{"unless", W_HYPO | W_SUBORD | W_UNLESS}, {"whether", W_HYPO | W_SUBORD}, {"ought", W_HYPO | W_DEMAND},
	{"needs", W_DEMAND}, {"need", W_DEMAND},
	{"calls", W_HYPOTO}, {"called", W_HYPOTO}, {"call", W_HYPOTO}, {"calling", W_HYPOTO},
	{"urged", W_HYPOTO}, {"urges", W_HYPOTO}, {"urge", W_HYPOTO}, {"urging", W_HYPOTO},
	{"wants", W_HYPOTO}, {"want", W_HYPOTO}, {"wanted", W_HYPOTO}, {"asked", W_HYPOTO},
	{"asks", W_HYPOTO}, {"demanded", W_HYPOTO}, {"demands", W_HYPOTO}, {"demand", W_HYPOTO},
	{"hope", W_HYPOTO}, {"hopes", W_HYPOTO}, {"hoped", W_HYPOTO}, {"hoping", W_HYPOTO},
	{"sought", W_HYPOTO}, {"seeks", W_HYPOTO}, {"seek", W_HYPOTO}, {"seeking", W_HYPOTO},
	{"threatened", W_HYPOTO}, {"threatens", W_HYPOTO}, {"threaten", W_HYPOTO},
	{"threatening", W_HYPOTO}, {"proposed", W_HYPOTO}, {"proposes", W_HYPOTO},
	{"appealed", W_HYPOTO}, {"appealing", W_HYPOTO}, {"asking", W_HYPOTO}, {"ask", W_HYPOTO},
	{"pleaded", W_HYPOTO}, {"pressed", W_HYPOTO}, {"pressing", W_HYPOTO},
	{"that", W_SUBORD | W_REL}, {"which", W_SUBORD | W_REL}, {"who", W_SUBORD | W_REL},
	{"whom", W_SUBORD | W_REL}, {"whose", W_SUBORD | W_REL}, {"while", W_SUBORD},
	{"because", W_SUBORD}, {"although", W_SUBORD}, {"though", W_SUBORD}, {"when", W_SUBORD},
	{"whereas", W_SUBORD}, {"since", W_SUBORD}, {"until", W_SUBORD}, {"where", W_SUBORD},
	{"but", W_SUBORD}, {"so", W_SUBORD}, {"then", W_SUBORD}, {"as", W_SUBORD | W_PREP},
	{"after", W_SUBORD | W_PREP}, {"before", W_SUBORD | W_PREP}, {"following", W_PREP},
	{"of", W_PREP | W_OWNPREP}, {"from", W_PREP | W_OWNPREP}, {"in", W_PREP | W_LOCPREP},
	{"at", W_PREP | W_LOCPREP}, {"near", W_PREP | W_LOCPREP}, {"inside", W_PREP | W_LOCPREP},
	{"across", W_PREP | W_LOCPREP}, {"throughout", W_PREP | W_LOCPREP},
	{"within", W_PREP | W_LOCPREP}, {"outside", W_PREP | W_LOCPREP}, {"around", W_PREP | W_LOCPREP},
	{"on", W_PREP}, {"to", W_PREP | W_TO}, {"with", W_PREP}, {"by", W_PREP | W_BY},
	{"for", W_PREP}, {"against", W_PREP}, {"into", W_PREP}, {"over", W_PREP}, {"under", W_PREP},
	{"between", W_PREP}, {"among", W_PREP}, {"during", W_PREP}, {"about", W_PREP},
	{"than", W_PREP}, {"via", W_PREP}, {"through", W_PREP}, {"toward", W_PREP},
	{"towards", W_PREP}, {"amid", W_PREP}, {"despite", W_PREP}, {"like", W_PREP},
	{"and", W_CONJ}, {"or", W_CONJ}, {"&", W_CONJ}, {"we", W_FIRST}, {"i", W_FIRST},
	{"tried", W_TRYTO}, {"tries", W_TRYTO}, {"attempted", W_TRYTO}, {"attempts", W_TRYTO},
	{"began", W_TRYTO}, {"begun", W_TRYTO}, {"begins", W_TRYTO}, {"started", W_TRYTO},
	{"continued", W_TRYTO}, {"continues", W_TRYTO}, {"managed", W_TRYTO}, {"helped", W_TRYTO},
	{"moved", W_TRYTO}, {"went", W_TRYTO},
	{"staged", W_DO}, {"stage", W_DO}, {"stages", W_DO}, {"staging", W_DO}, {"held", W_DO},
	{"hold", W_DO}, {"holds", W_DO}, {"holding", W_DO}, {"launched", W_DO}, {"launch", W_DO},
	{"launches", W_DO}, {"conducted", W_DO}, {"conduct", W_DO}, {"conducts", W_DO},
	{"mounted", W_DO}, {"resumed", W_DO}, {"resume", W_DO}, {"kept", W_DO}, {"waged", W_DO},
	{"wage", W_DO}, {"joined", W_DO}, {"organized", W_DO}, {"organised", W_DO},
	{"intensified", W_DO}, {"escalated", W_DO}, {"continuing", W_DO}, {"continue", W_DO},
	{"begin", W_DO}, {"beginning", W_DO}, {"start", W_DO}, {"starting", W_DO}, {"ended", W_DO},
	{"end", W_DO}, {"ends", W_DO}, {"called", W_DO}, {"call", W_DO}, {"made", W_DO},
	{"make", W_DO}, {"renewed", W_DO}, {"reiterated", W_DO}, {"repeated", W_DO},
	{"invitation", W_OFFER}, {"invitations", W_OFFER}, {"offer", W_OFFER}, {"offers", W_OFFER},
	{"proposal", W_OFFER}, {"proposals", W_OFFER}, {"request", W_OFFER}, {"requests", W_OFFER},
	{"bid", W_OFFER}, {"plea", W_OFFER}, {"appeal", W_OFFER}, {"appeals", W_OFFER},
	{"out", W_PREP | W_OUT}, {"off", W_OUT}, {"away", W_OUT},
	{"willing", W_PLANTO}, {"able", W_PLANTO}, {"eager", W_PLANTO}, {"determined", W_PLANTO},
	{"he", W_PRON}, {"she", W_PRON}, {"it", W_PRON}, {"they", W_PRON},
	{"the", W_DET | W_ART}, {"a", W_DET | W_ART}, {"an", W_DET | W_ART}, {"both", W_DET}, {"its", W_DET | W_ART},
	{"their", W_DET | W_ART}, {"his", W_DET | W_ART}, {"her", W_DET | W_ART}, {"all", W_DET}, {"each", W_DET},
	{"this", W_DET | W_ART}, {"these", W_DET | W_ART}, {"those", W_DET | W_ART}, {"other", W_DET}, {"several", W_DET},
	{"also", W_ADV}, {"already", W_ADV}, {"reportedly", W_ADV}, {"recently", W_ADV},
	{"again", W_ADV}, {"now", W_ADV}, {"still", W_ADV}, {"later", W_ADV}, {"earlier", W_ADV},
	{"yesterday", W_ADV}, {"today", W_ADV}, {"jointly", W_ADV}, {"officially", W_ADV},
	{"formally", W_ADV}, {"repeatedly", W_ADV}, {"allegedly", W_ADV}, {"finally", W_ADV},
	{"publicly", W_ADV}, {"separately", W_ADV}, {"once", W_ADV}, {"even", W_ADV},
	{"just", W_ADV}, {"first", W_ADV}, {"openly", W_ADV}, {"strongly", W_ADV},
	{"sharply", W_ADV}, {"immediately", W_ADV}, {"reluctantly", W_ADV},
};

#define WC_SLOTS 1024
static struct {
	uint32_t hash, cls;
} wc_table[WC_SLOTS];
static pthread_once_t wc_once = PTHREAD_ONCE_INIT;

static void wc_init(void)
{
	for (size_t i = 0; i < sizeof word_classes / sizeof *word_classes; i++) {
		uint32_t h = ng_i_token_hash(word_classes[i].w, strlen(word_classes[i].w));
		size_t j = ng_i_mix64(h) & (WC_SLOTS - 1);
		while (wc_table[j].cls && wc_table[j].hash != h)
			j = (j + 1) & (WC_SLOTS - 1);
		wc_table[j].hash = h;
		wc_table[j].cls |= word_classes[i].c;
	}
}

static inline uint32_t wclass(uint32_t h)
{
	size_t j = ng_i_mix64(h) & (WC_SLOTS - 1);
	while (wc_table[j].cls) {
		if (wc_table[j].hash == h)
			return wc_table[j].cls;
		j = (j + 1) & (WC_SLOTS - 1);
	}
	return 0;
}

/* ------------------------------------------------------------- context */

/* One matched trigger. */
typedef struct match {
	uint32_t pat;
	uint32_t t0, tlast;  /* anchor token; last literal token of the pattern */
	uint32_t tend;       /* first token after the whole match (including slots) */
	int32_t src[8], tgt[8];
	uint8_t nsrc, ntgt;
	uint8_t explicit_tgt, explicit_src;
	int32_t rsrc;        /* the source the coder settled on, for coordinated verbs */
	ng_modality rmod;
} match;

typedef struct ctx {
	const ng_lexicon *lex;
	const ng_document *doc;
	struct ng_extraction *x;
	const ng_extract_options *opts;
	ng_i_verbs_view vw;
	const struct ng_i_verbs *verbs;
	/* per document, indexed by token */
	int32_t *mcover;   /* mention covering the token, -1 */
	uint32_t *cls;     /* word class bits */
	uint8_t *trig;     /* 1 when the token is a trigger's literal */
	uint8_t *quoted;   /* 1 inside a quotation */
	uint8_t *evnoun;   /* 1 when the token anchors an event-noun pattern */
	/* per sentence */
	match *m;
	size_t nm, cm;
	size_t ev_cap;
	uint32_t sb, se;   /* token range of the sentence */
	size_t sent;
	size_t sent_first_event;
	int unless;        /* the sentence has "unless": "will withdraw unless" is a threat */
	size_t agent_ev[16]; /* events of agent nouns without a target in this sentence */
	unsigned nagent_ev;
	/* mentions by sentence, so that finding one of a sentence costs the
	 * sentence, not the document: the mentions of sentence s that existed
	 * before coding are mby[mstart[s] .. mstart[s + 1]) in index order; those
	 * place_as_country appends are chained from madd_head[s] through
	 * madd_next[i - nm0] */
	uint32_t *mby;
	size_t *mstart;
	int32_t *madd_head;
	int32_t *madd_next;
	size_t nm0, madd_cap; /* mentions before coding; capacity of madd_next */
	size_t mcap;          /* allocated length of x->mentions */
} ctx;

static inline const ng_token *tok(const ctx *c, uint32_t t)
{
	return &c->doc->tokens[t];
}

static inline int tok_is(const ctx *c, uint32_t t, char ch)
{
	const ng_token *k = tok(c, t);
	return k->end - k->start == 1 && c->doc->text[k->start] == ch;
}

static int ends_with(const ctx *c, uint32_t t, const char *suf)
{
	const ng_token *k = tok(c, t);
	size_t n = k->end - k->start, m = strlen(suf);
	return n > m + 1 && memcmp(c->doc->text + k->end - m, suf, m) == 0;
}

/* Whether token t is one of the (lower-case) words of a NULL-terminated list. */
static int word_in(const ctx *c, uint32_t t, const char *const *list)
{
	const ng_token *k = tok(c, t);
	size_t n = k->end - k->start;
	for (; *list; list++)
		if (strlen(*list) == n && strncasecmp(c->doc->text + k->start, *list, n) == 0)
			return 1;
	return 0;
}

/* Quotation marks: " “ ” « » */
static int quote_kind(const ctx *c, uint32_t t)
{
	const ng_token *k = tok(c, t);
	const unsigned char *s = (const unsigned char *)c->doc->text + k->start;
	size_t n = k->end - k->start;
	if (n == 1 && s[0] == '"')
		return 3; /* either */
	if (n == 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0x9C)
		return 1; /* opening */
	if (n == 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0x9D)
		return 2; /* closing */
	if (n == 2 && s[0] == 0xC2 && s[1] == 0xAB)
		return 1;
	if (n == 2 && s[0] == 0xC2 && s[1] == 0xBB)
		return 2;
	return 0;
}

/* Clause punctuation: stops the subject and object searches. */
static int is_hard_punct(const ctx *c, uint32_t t)
{
	const ng_token *k = tok(c, t);
	if (k->kind != NG_TOK_PUNCT)
		return 0;
	if (quote_kind(c, t))
		return 1;
	char ch = c->doc->text[k->start];
	if (k->end - k->start == 1)
		return ch == ';' || ch == ':' || ch == '(' || ch == ')' || ch == '.' || ch == '!' || ch == '?' ||
		       ch == '[' || ch == ']';
	return 1; /* dashes and other marks */
}

/* A lone '-' between spaces is a dash: "CITY (Agency) - X said". It ends a
 * subject search (a dateline names no actor of the sentence) but an object
 * may follow it ("two airlines - X and Y"). */
static int is_lone_dash(const ctx *c, uint32_t t)
{
	const ng_token *k = tok(c, t);
	return k->kind == NG_TOK_PUNCT && k->end - k->start == 1 && c->doc->text[k->start] == '-';
}

/* Nouns after a country that make it the origin of a business or a
 * currency, not the state: "the US company", "a Japanese car maker",
 * "US dollars", "UK shares". */
static const char *const commerce_nouns[] = {
	"company", "companies", "firm", "firms", "carrier", "carriers", "giant", "giants", "bank",
	"banks", "airline", "airlines", "maker", "makers", "manufacturer", "manufacturers", "retailer",
	"retailers", "insurer", "insurers", "lender", "lenders", "conglomerate", "subsidiary", "unit",
	"operator", "operators", "brand", "brands", "chain", "supermarket", "supermarkets", "carmaker",
	"carmakers", "dollar", "dollars", "pound", "pounds", "euro", "euros", "yen", "currency",
	"shares", "stocks", "bonds", "stock", "investors", "consumers", "shoppers", "exporters",
	"importers", "producers", "businesses", "business", "economy", "economies", "market",
	"markets", NULL};

/* A country named only to qualify what follows: "the US company", "US
 * dollars", and "India's HCL" where the possessive's owner is the company,
 * not the state. Such a mention is not an actor of an event. */
static int country_modifier(const ctx *c, const ng_mention *m)
{
	if (m->type != NG_ACTOR_COUNTRY || m->kind == NG_MENTION_PRONOUN)
		return 0;
	uint32_t u = m->tok_end;
	if (u >= c->se)
		return 0;
	if (tok(c, m->tok_end - 1)->flags & NG_TF_POSS) {
		/* "India's HCL Technologies", "Britain's highest court" */
		for (uint32_t v = u; v < u + 5 && v < c->se; v++) {
			int32_t mj = c->mcover[v];
			if (mj >= 0) {
				ng_actor_type ty = c->x->mentions[mj].type;
				return c->x->mentions[mj].actor && c->x->mentions[mj].tok_begin == v &&
				       (ty == NG_ACTOR_ORGANIZATION || ty == NG_ACTOR_PERSON || ty == NG_ACTOR_GROUP);
			}
			const ng_token *k = tok(c, v);
			if (v == u && (k->kind != NG_TOK_WORD || !(k->flags & (NG_TF_LOWER | NG_TF_CAP))))
				continue; /* the 's itself */
			static const char *const s_[] = {"s", "'s", NULL};
			if (v == u && word_in(c, v, s_))
				continue;
			if (k->kind != NG_TOK_WORD || c->cls[v] || c->trig[v] || !(k->flags & NG_TF_LOWER))
				return 0;
		}
		return 0;
	}
	/* up to two lower-case modifiers: "the US software company" */
	for (uint32_t v = u; v < u + 3 && v < c->se; v++) {
		const ng_token *k = tok(c, v);
		if (k->kind != NG_TOK_WORD || !(k->flags & NG_TF_LOWER) || c->mcover[v] >= 0)
			return 0;
		if (word_in(c, v, commerce_nouns))
			return 1;
		if (c->cls[v] || c->trig[v])
			return 0;
	}
	return 0;
}

/* Someone close to an actor is not that actor: "Brown ally", "Brown's
 * aide", "an adviser to/of Brown". (Not "deputy": "Shin Bet deputy head" is
 * an official of the agency.) */
static const char *const proxy_nouns[] = {
	"ally", "allies", "aide", "aides", "adviser", "advisers", "advisor", "advisors",
	"confidant", "confidante", "friend", "friends", "critic", "critics", "rival", "rivals",
	"opponent", "opponents", "supporter", "supporters", "loyalist", "loyalists", "backer",
	"backers", "biographer", "lieutenant", "lieutenants", "associate", "associates",
	"wife", "husband", "son", "daughter", "brother", "sister", NULL};
/* The role after an organisation named by a former holder of it: "a former
 * Home Office minister" is a person, not the Home Office. */
static const char *const role_nouns[] = {
	"minister", "ministers", "secretary", "official", "officials", "spokesman",
	"spokeswoman", "chief", "chairman", "boss", "head", "director", "executive", "leader",
	"adviser", "advisor", "aide", "mp", "mps", "member", "members", "employee", "staff",
	"worker", "officer", "officers", "president", "governor", "envoy", "ambassador", "judge",
	"manager", "diplomat", NULL};

static int proxy_mention(const ctx *c, const ng_mention *m)
{
	uint32_t a = m->tok_end;
	/* "Brown ally", "Brown's ally" */
	if (a < c->se && word_in(c, a, proxy_nouns) && (tok(c, a)->flags & NG_TF_LOWER))
		return 1;
	/* "an ally of Brown", "an adviser to Brown" */
	static const char *const of_[] = {"of", "to", NULL};
	uint32_t b = m->tok_begin;
	if (b >= c->sb + 2 && word_in(c, b - 1, of_) && word_in(c, b - 2, proxy_nouns))
		return 1;
	/* "a former Home Office minister" */
	static const char *const former_[] = {"former", "ex", "then", NULL};
	if (m->type != NG_ACTOR_PERSON && b > c->sb && word_in(c, b - 1, former_) && a < c->se &&
	    word_in(c, a, role_nouns))
		return 1;
	return 0;
}

static int mention_ok(const ctx *c, int32_t mi)
{
	if (mi < 0)
		return 0;
	const ng_mention *m = &c->x->mentions[mi];
	return m->actor != NULL && !country_modifier(c, m) && !proxy_mention(c, m);
}

static int is_place(const ctx *c, int32_t mi)
{
	return c->x->mentions[mi].type == NG_ACTOR_PLACE;
}

/* The token before a mention is a locative preposition: "in Cairo". */
static int mention_located(const ctx *c, int32_t mi)
{
	uint32_t b = c->x->mentions[mi].tok_begin;
	for (int k = 0; k < 3 && b > c->sb; k++) {
		b--;
		uint32_t w = c->cls[b];
		if (w & W_LOCPREP)
			return 1;
		if (w & W_DET)
			continue;
		return 0;
	}
	return 0;
}

/* The first actor mention starting in [t, t+window) that is not a place,
 * stopping at clause punctuation, subordinators and other triggers.
 * Returns the mention or -1; *after is the token after it. */
static int32_t find_mention_right_x(const ctx *c, uint32_t t, unsigned window, int allow_loc,
                                    char evroot, uint32_t *after)
{
	int inf = 0; /* crossed "an invitation to attend": the infinitive's object is the object */
	for (unsigned k = 0; k < window && t < c->se; k++, t++) {
		int32_t mi = c->mcover[t];
		if (mi >= 0) {
			/* a place after "in", "at" is where it happened, not who it happened to;
			 * "its" in "its war with X" is a determiner, not the object */
			if (!mention_ok(c, mi) || (!allow_loc && mention_located(c, mi)) ||
			    (c->x->mentions[mi].kind == NG_MENTION_PRONOUN && (c->cls[t] & W_DET))) {
				t = c->x->mentions[mi].tok_end - 1;
				continue;
			}
			/* "Hamas leader Yahya Sinwar": the last name of the noun phrase is its head */
			uint32_t e = c->x->mentions[mi].tok_end;
			for (uint32_t u = e; u < e + 2 && u < c->se; u++) {
				int32_t mj = c->mcover[u];
				if (mj >= 0) {
					if (c->x->mentions[mj].type == NG_ACTOR_PERSON && mention_ok(c, mj))
						mi = mj;
					break;
				}
				const ng_token *tk = tok(c, u);
				if (tk->kind != NG_TOK_WORD || c->cls[u] || !(tk->flags & NG_TF_LOWER) || c->trig[u])
					break;
			}
			*after = c->x->mentions[mi].tok_end;
			return mi;
		}
		if (is_hard_punct(c, t) || tok_is(c, t, ','))
			return -1;
		uint32_t w = c->cls[t];
		/* "pounds the grid as the EU readies sanctions": a new clause */
		if (w & W_SUBORD)
			return -1;
		/* "welcomed the killing of X": X belongs to the noun; but "launch an
		 * offensive in its war with X" restates the same kind of event */
		/* "rejected an invitation to attend a meeting of X", "accepted an offer to
		 * visit X": agreeing to or rejecting an offer is about what the offer names */
		if ((evroot == 1 + 3 || evroot == 1 + 12) && (w & W_OFFER) && t + 2 < c->se &&
		    (c->cls[t + 1] & W_TO) && tok(c, t + 2)->kind == NG_TOK_WORD && c->mcover[t + 2] < 0 &&
		    !(c->cls[t + 2] & W_DET)) {
			t += 2;
			k += 2;
			inf = 1;
			continue;
		}
		if (inf && c->evnoun[t]) {
			for (size_t i = 0; i < c->nm; i++) /* over the noun's own words */
				if (c->m[i].t0 == t && c->m[i].tlast > t) {
					k += c->m[i].tlast - t;
					t = c->m[i].tlast;
					break;
				}
			continue;
		}
		if (c->evnoun[t] && k > 0 && evroot && c->evnoun[t] == (uint8_t)evroot) {
			for (size_t i = 0; i < c->nm; i++) /* over the noun's own words: "war with" */
				if (c->m[i].t0 == t && c->m[i].tlast > t) {
					k += c->m[i].tlast - t;
					t = c->m[i].tlast;
					break;
				}
			continue;
		}
		if (c->trig[t] || (c->evnoun[t] && k > 0))
			return -1;
		if ((w & W_TO) && t + 1 < c->se && !(c->cls[t + 1] & (W_DET)) && c->mcover[t + 1] < 0 &&
		    tok(c, t + 1)->kind == NG_TOK_WORD && k > 0)
			return -1; /* "to" + verb: an infinitive clause begins */
	}
	return -1;
}

static int32_t find_mention_right(const ctx *c, uint32_t t, unsigned window, int allow_loc,
                                  uint32_t *after)
{
	return find_mention_right_x(c, t, window, allow_loc, 0, after);
}

/* Whether a place after "in"/"at" may be the object of an event of this code
 * when nothing else is: "imposed a curfew in Algiers", "suspended aid deliveries
 * in Baghdad", "will evacuate settlements in Gaza". Meetings, visits and
 * cooperation happen somewhere without acting on the place; appeals and
 * statements address people. */
static int code_takes_place(const char *code)
{
	if (!code[0] || !code[1])
		return 0;
	if (code[0] == '0')
		return code[1] == '3' || code[1] == '5' || code[1] == '7' || code[1] == '8' || code[1] == '9';
	/* abductions, assaults, killings and assassinations have people as victims:
	 * "a strike killed two fighters in southern X" did not kill X */
	if (code[0] == '1' && code[1] == '8' && code[2] && code[2] != '0' && code[2] != '3')
		return 0;
	return code[0] == '1' || code[0] == '2';
}

/* The object of a verb: first the nearest actor within a short window (not a
 * place where it happened); failing that, the first actor through the object's
 * noun phrase and its prepositional chain ("suspended part of a military aid
 * program for X", "blew up power lines leading into X"), where a place may be
 * the object of events that act on places. */
static int32_t find_object(const ctx *c, const ng_i_vpat *p, uint32_t t, unsigned window, int allow_loc,
                           uint32_t *after)
{
	int32_t mi = find_mention_right_x(c, t, window, allow_loc, 0, after);
	if (mi >= 0 || (p->flags & NG_I_VP_STRUCTURAL))
		return mi;
	char root = p->cameo[0] ? (char)(1 + (p->cameo[0] - '0') * 10 + (p->cameo[1] - '0')) : 0;
	return find_mention_right_x(c, t, 14, allow_loc || code_takes_place(p->cameo), root, after);
}

/* A word that may stand between a list separator and a name: "the", "evil". */
static int modifier_word(const ctx *c, uint32_t t)
{
	const ng_token *k = tok(c, t);
	if (k->kind != NG_TOK_WORD || c->trig[t] || c->mcover[t] >= 0)
		return 0;
	uint32_t w = c->cls[t];
	return (w & W_DET) || (!w && (k->flags & NG_TF_LOWER));
}

/* Mentions coordinated after mention `mi`: ", Y, and Z", "and Y", "or Y". */
static void coordinate_right(const ctx *c, int32_t mi, int32_t *out, uint8_t *n, uint32_t *after)
{
	uint32_t t = c->x->mentions[mi].tok_end;
	uint8_t n0 = *n;
	uint32_t after0 = *after;
	int conj = 0;
	while (*n < 8 && t < c->se) {
		uint32_t u = t;
		int sep = 0;
		for (int k = 0; k < 5 && u < c->se; k++) {
			if (tok_is(c, u, ',') || (c->cls[u] & W_CONJ)) {
				if (c->cls[u] & W_CONJ)
					conj = 1;
				sep = 1;
				u++;
				continue;
			}
			if (sep && modifier_word(c, u)) { /* ", the awful Fornost" */
				u++;
				continue;
			}
			break;
		}
		if (!sep || u >= c->se)
			break;
		int32_t mj = c->mcover[u];
		if (mj < 0 || c->x->mentions[mj].tok_begin != u || !mention_ok(c, mj))
			break;
		out[(*n)++] = mj;
		t = c->x->mentions[mj].tok_end;
		*after = t;
		if (conj)
			return;
	}
	/* "X, Y" without a closing "and"/"or" is no list: "If X attacks Y, Z would ..." */
	if (!conj) {
		*n = n0;
		*after = after0;
	}
}

/* Mentions coordinated before mention `mi`: "X and Y", "X, Y and Z". */
static void coordinate_left(const ctx *c, int32_t mi, int32_t *out, uint8_t *n)
{
	uint32_t t = c->x->mentions[mi].tok_begin;
	while (*n < 8 && t > c->sb) {
		uint32_t u = t - 1;
		int sep = 0;
		/* "and the evil awful Gondor" */
		for (int k = 0; k < 3 && u > c->sb && modifier_word(c, u); k++)
			u--;
		/* the separator next to the mention must be a conjunction, or a comma
		 * in a list already closed by one: "X, Y and Z" */
		if (!(c->cls[u] & W_CONJ) && !(*n > 1 && tok_is(c, u, ',')))
			return;
		for (int k = 0; k < 3 && u > c->sb; k++) {
			if (tok_is(c, u, ',') || (c->cls[u] & W_CONJ)) {
				sep = 1;
				u--;
				continue;
			}
			break;
		}
		if (!sep)
			return;
		int32_t mj = c->mcover[u];
		if (mj < 0 || !mention_ok(c, mj))
			return;
		/* "talks in Cairo and Doha": a mention after a preposition is not a
		 * subject, unless it says where a group is from: "lawmakers in X and Y" */
		uint32_t b = c->x->mentions[mj].tok_begin;
		if (b > c->sb && (c->cls[b - 1] & W_PREP)) {
			if (!((c->cls[b - 1] & (W_LOCPREP | W_OWNPREP)) && b >= c->sb + 2 &&
			      tok(c, b - 2)->kind == NG_TOK_WORD && !c->cls[b - 2] && !c->trig[b - 2] &&
			      (tok(c, b - 2)->flags & NG_TF_LOWER)))
				return;
			out[(*n)++] = mj;
			return;
		}
		out[(*n)++] = mj;
		t = b;
	}
}

/* The mention starting at b follows "and"/"or" after a mention that is the
 * object of a preposition: "between X and Y", "with X and Y". */
static int conjunct_of_prep(const ctx *c, uint32_t b)
{
	if (b < c->sb + 2)
		return 0;
	int32_t mj = c->mcover[b - 2];
	if (mj < 0)
		return 0;
	uint32_t a = c->x->mentions[mj].tok_begin;
	return a > c->sb && (c->cls[a - 1] & W_PREP) && !(c->cls[a - 1] & (W_LOCPREP | W_OWNPREP | W_SUBORD));
}

/* A comma-delimited aside ending at the comma `t`: ", Israel's intelligence
 * agency,", ", who ...,", ", representing ...,". Returns the token of the
 * opening comma or UINT32_MAX. */
static uint32_t aside_start(const ctx *c, uint32_t t)
{
	uint32_t lim = t > c->sb + 14 ? t - 14 : c->sb;
	for (uint32_t u = t; u-- > lim;) {
		if (tok_is(c, u, ',')) {
			if (u == c->sb)
				return UINT32_MAX;
			uint32_t first = u + 1;
			if (first >= t)
				return UINT32_MAX;
			/* the aside follows a mention (apposition) or starts with who/which or a participle */
			const ng_token *f = tok(c, first);
			const char *s = c->doc->text + f->start;
			size_t n = f->end - f->start;
			int part = (n > 4 && memcmp(s + n - 3, "ing", 3) == 0) ||
			           (n > 3 && memcmp(s + n - 2, "ed", 2) == 0);
			if ((c->cls[first] & W_REL) || part)
				return u;
			/* an apposition is a noun phrase: "X, Israel's spy agency," */
			if (c->mcover[u - 1] >= 0 &&
			    ((c->cls[first] & W_ART) || c->mcover[first] >= 0 || (f->flags & NG_TF_CAP))) {
				/* a verb makes it a clause; an event noun does not ("X, an ally
				   in the war against Y,") */
				for (uint32_t v = first; v < t; v++) {
					if (!c->trig[v])
						continue;
					int noun = 0;
					for (size_t i = 0; i < c->nm && !noun; i++)
						noun = c->m[i].t0 <= v && v <= c->m[i].tlast &&
						       (c->vw.pats[c->m[i].pat].flags & NG_I_VP_NOMINAL);
					if (!noun)
						return UINT32_MAX;
				}
				return u;
			}
			return UINT32_MAX;
		}
		if (is_hard_punct(c, u))
			return UINT32_MAX;
	}
	return UINT32_MAX;
}

/* Whether the word at t heads an event noun ("a strike in X", "an attack in
 * X", "a blast in X"): a place after it and "in" is where the event happened. */
static int event_noun(const ctx *c, uint32_t t)
{
	static const char *const extra[] = {"explosion", "explosions", "blast", "blasts", "incident",
	                                    "incidents", "shootout", "ambush", "bombing", "bombings", NULL};
	const ng_token *k = tok(c, t);
	if (k->kind != NG_TOK_WORD)
		return 0;
	if (word_in(c, t, extra))
		return 1;
	const uint32_t *cand;
	size_t nc = ng_i_verbs_lookup(c->verbs, k->hash, &cand);
	for (size_t i = 0; i < nc; i++) {
		uint32_t f = c->vw.pats[cand[i]].flags;
		if ((f & NG_I_VP_NOMINAL) && !(f & (NG_I_VP_AGENT | NG_I_VP_STRUCTURAL)))
			return 1;
	}
	return 0;
}

/* "as X targeted", "after X attacked", ", with X set to meet": a mention
 * opening a subordinate or absolute clause, followed only by auxiliaries before
 * the verb, is that clause's subject, not the object of a preposition. */
static int clause_opener(const ctx *c, uint32_t b)
{
	static const char *const with_[] = {"with", NULL};
	if (b <= c->sb)
		return 0;
	uint32_t p = b - 1;
	if ((c->cls[p] & W_SUBORD) && (c->cls[p] & W_PREP))
		return 1;
	return word_in(c, p, with_) && (p == c->sb || tok_is(c, p - 1, ','));
}

/* The subject of the trigger at t0: the nearest actor mention to the left in
 * the clause. Fills srcs (with coordinated subjects); returns how many. */
static uint8_t find_subject_x(const ctx *c, uint32_t t0, int32_t *srcs, int weak_ok);

static uint8_t find_subject(const ctx *c, uint32_t t0, int32_t *srcs)
{
	return find_subject_x(c, t0, srcs, 0);
}

/* weak_ok: failing a subject, the object of a preposition or of an earlier
 * verb will do. Only the patient of a passive takes one ("a camp for
 * refugees was attacked"); an agent never does ("fire between X and Y
 * threatened", "he was not worried by X's move and threatened"). */
static uint8_t find_subject_x(const ctx *c, uint32_t t0, int32_t *srcs, int weak_ok)
{
	int32_t own = -1, weak = -1;
	uint32_t t = t0;
	uint8_t n = 0;
	int steps = 0;
	int adjacent = 1; /* only auxiliaries and adverbs so far */
	/* "X directed Y to visit Z": the subject of an infinitive is the object of the verb before */
	int infinitive = t0 > c->sb && (c->cls[t0 - 1] & W_TO);
	while (t > c->sb && steps++ < 30) {
		t--;
		if (infinitive && c->trig[t] == 1 && (own >= 0 || weak >= 0))
			break;
		/* "X said the hospital was hit": the speaker is not the reported clause's subject */
		if (c->trig[t] == 2 && (t + 1 < t0 || ends_with(c, t0, "ing")))
			break; /* "X said fighting continued": the gerund is the clause's subject */
		int32_t mi = c->mcover[t];
		if (mi >= 0) {
			const ng_mention *m = &c->x->mentions[mi];
			uint32_t b = m->tok_begin;
			uint32_t pw = b > c->sb ? c->cls[b - 1] : 0;
			/* "talks in Cairo": a place after a preposition is no subject */
			if (!mention_ok(c, mi) || (is_place(c, mi) && (pw & W_PREP))) {
				t = b;
				adjacent = 0;
				continue;
			}
			/* the object of an earlier verb; a reporting verb's clause is not one */
			int after_trigger = b > c->sb && c->trig[b - 1] == 1;
			if (pw & W_OWNPREP) {
				if (own < 0)
					own = mi;
			} else if (adjacent && clause_opener(c, b)) {
				srcs[n++] = mi;
				coordinate_left(c, mi, srcs, &n);
				return n;
			} else if (infinitive && after_trigger && m->tok_end + 1 == t0) {
				/* "urged X to support", but not "blockade X from Monday to demand" */
				srcs[n++] = mi;
				return n;
			} else if (infinitive && after_trigger) {
				/* the object of the main verb: the purpose belongs to its subject */
			} else if ((pw & W_PREP) || after_trigger) {
				if (weak < 0 && !(pw & W_LOCPREP))
					weak = mi;
				/* "rebels in the Ivory Coast blocked": the country of a group */
				if (own < 0 && (pw & W_LOCPREP) && c->x->mentions[mi].type == NG_ACTOR_COUNTRY && b >= c->sb + 2 &&
				    tok(c, b - 2)->kind == NG_TOK_WORD && !c->cls[b - 2] && !c->trig[b - 2] && !event_noun(c, b - 2) &&
				    (tok(c, b - 2)->flags & NG_TF_LOWER))
					own = mi;
			} else if ((pw & W_CONJ) && conjunct_of_prep(c, b)) {
				/* "fire between X and Y threatened": the object of a preposition */
			} else {
				srcs[n++] = mi;
				coordinate_left(c, mi, srcs, &n);
				return n;
			}
			t = b;
			adjacent = 0;
			continue;
		}
		uint32_t w = c->cls[t];
		if (tok_is(c, t, ',')) {
			uint32_t a = aside_start(c, t);
			if (a != UINT32_MAX && (adjacent || own < 0)) {
				t = a;
				continue;
			}
			if (own >= 0 || weak >= 0)
				break;
			/* "In response, X said": the subject is after the comma, already passed */
			break;
		}
		if (tok_is(c, t, ')')) { /* "the Umma (Nation) party said" */
			uint32_t u = t;
			while (u > c->sb && t - u < 8 && !tok_is(c, u, '('))
				u--;
			if (tok_is(c, u, '(')) {
				t = u;
				continue;
			}
		}
		if (is_lone_dash(c, t)) {
			/* "The demand - filed by X - was rejected": an aside between two dashes */
			uint32_t lim = t > c->sb + 20 ? t - 20 : c->sb, open = UINT32_MAX;
			for (uint32_t u = t; u > lim && open == UINT32_MAX; u--) {
				if (is_lone_dash(c, u - 1))
					open = u - 1;
				else if (is_hard_punct(c, u - 1) && !tok_is(c, u - 1, ')') && !tok_is(c, u - 1, '('))
					break;
			}
			if (open != UINT32_MAX && open > c->sb) {
				t = open;
				adjacent = 0;
				continue;
			}
			break;
		}
		if (is_hard_punct(c, t))
			break;
		if (w & W_REL) {
			/* "X, who met Y": the relative pronoun's antecedent */
			if (adjacent || t + 1 == t0) {
				uint32_t u = t;
				if (u > c->sb && tok_is(c, u - 1, ','))
					u--;
				if (u > c->sb && c->mcover[u - 1] >= 0 && mention_ok(c, c->mcover[u - 1]) &&
				    !is_place(c, c->mcover[u - 1])) {
					srcs[n++] = c->mcover[u - 1];
					return n;
				}
			}
			break;
		}
		if ((w & W_SUBORD) && !(w & W_PREP))
			break;
		/* "X and Y clash as a convoy is attacked": "as", "after", "before" with a
		 * finite clause (an auxiliary before the verb) start a new clause; "after
		 * talks with X" is a phrase the search may cross */
		if ((w & W_SUBORD) && (w & W_PREP)) {
			int clause = 0;
			for (uint32_t u = t + 1; u < t0 && !clause; u++)
				clause = (c->cls[u] & (W_BE | W_HAVE | W_PLAN | W_WOULD)) != 0;
			if (clause)
				break;
		}
		if (!(w & (W_BE | W_HAVE | W_NEG | W_PLAN | W_HYPO | W_ADV | W_TO | W_PLANTO)))
			adjacent = 0;
	}
	if (own >= 0) {
		srcs[n++] = own;
		return n;
	}
	if (weak >= 0 && weak_ok) {
		srcs[n++] = weak;
		return n;
	}
	return 0;
}

/* The modality of the trigger at t0 from the words before it in its clause. */
static ng_modality modality_of(const ctx *c, uint32_t t0, uint32_t tend)
{
	int neg = 0, hypo = 0, plan = 0;
	uint32_t t = t0;
	for (int k = 0; k < 7 && t > c->sb; k++) {
		t--;
		if (is_hard_punct(c, t) || tok_is(c, t, ','))
			break;
		uint32_t w = c->cls[t];
		const ng_token *tk = tok(c, t);
		size_t n = tk->end - tk->start;
		if ((w & W_NEG) ||
		    (n > 3 && memcmp(c->doc->text + tk->end - 3, "n't", 3) == 0))
			neg = 1;
		if ((w & W_NEGVERB) && t + 1 < c->se && (c->cls[t + 1] & W_TO))
			neg = 1;
		/* "X denied (that) he met Y": the complement of a denial did not happen */
		{
			static const char *const deny_[] = {"deny", "denies", "denied", "denying", NULL};
			if (k > 0 && word_in(c, t, deny_))
				neg = 1;
		}
		if (w & W_HYPO)
			hypo = 1;
		if (w & W_WOULD) {
			/* "X said they would boycott": a plan; "X would meet Y if": a condition */
			int reported = 0;
			for (uint32_t u = c->sb; u < t && !reported; u++)
				reported = c->trig[u] == 2;
			if (reported)
				plan = 1;
			else
				hypo = 1;
		}
		if (w & W_PLAN)
			plan = 1;
		if ((w & W_PLANTO) && t + 1 < c->se && (c->cls[t + 1] & W_TO))
			plan = 1;
		if (w & W_HYPOTO)
			hypo = 1;
		if ((w & W_SUBORD) && !(w & W_PREP))
			break;
		if (c->mcover[t] >= 0 && k > 3)
			break;
	}
	/* "appealed for X to be freed", "asking for troops to be pulled out": an
	 * infinitive after "for X" is wished for, not done */
	uint32_t v = t0;
	if (v > c->sb && (c->cls[v - 1] & W_BE))
		v--;
	if (!hypo && v > c->sb && (c->cls[v - 1] & W_TO)) {
		static const char *const for_[] = {"for", NULL};
		for (uint32_t u = v - 1; u-- > c->sb && v - u < 10;) {
			if (is_hard_punct(c, u) || tok_is(c, u, ',') || c->trig[u])
				break;
			if (word_in(c, u, for_)) {
				hypo = 1;
				break;
			}
		}
	}
	/* "X will not meet" and "no talks" */
	if (neg)
		return NG_MOD_NEGATED;
	if (hypo)
		return NG_MOD_HYPOTHETICAL;
	/* an infinitive has not happened yet: "directed X to visit Y"; but "tried to" did */
	int inf = t0 > c->sb && (c->cls[t0 - 1] & W_TO) && c->trig[t0] == 1 &&
	          !(t0 > c->sb + 1 && (c->cls[t0 - 2] & W_TRYTO));
	if (plan || inf)
		return NG_MOD_PLANNED;
	(void)tend;
	return NG_MOD_ASSERTED;
}

/* ------------------------------------------------------------ matching */

/* Matches pattern p at anchor t0. Fills *mt on success. */
static int match_pattern(const ctx *c, uint32_t pi, uint32_t t0, match *mt)
{
	const ng_i_vpat *p = &c->vw.pats[pi];
	const ng_i_vel *els = c->vw.els + p->el_first;
	/* before the anchor, right to left, loosely (within 4 tokens each) */
	uint32_t lt = t0;
	for (int k = (int)p->npre - 1; k >= 0; k--) {
		const ng_i_vel *e = &els[k];
		int found = 0;
		for (int d = 0; d < 4 && lt > c->sb; d++) {
			lt--;
			if (ng_i_vel_has(&c->vw, e, tok(c, lt)->hash)) {
				found = 1;
				break;
			}
		}
		if (!found)
			return 0;
	}
	memset(mt, 0, sizeof *mt);
	mt->pat = pi;
	mt->t0 = t0;
	mt->tlast = t0;
	uint32_t t = t0 + 1;
	unsigned gap = 0;
	for (uint16_t k = p->npre + 1; k < p->nel; k++) {
		const ng_i_vel *e = &els[k];
		if (e->type == NG_I_EL_GAP) {
			gap = e->gap;
			continue;
		}
		if (e->type == NG_I_EL_WORDS) {
			uint32_t u = t;
			int found = 0;
			for (unsigned d = 0; d <= gap && u < c->se; d++, u++) {
				if (ng_i_vel_has(&c->vw, e, tok(c, u)->hash)) {
					found = 1;
					break;
				}
				if (is_hard_punct(c, u) || tok_is(c, u, ','))
					break;
			}
			gap = 0;
			if (!found) {
				if (e->opt)
					continue;
				return 0;
			}
			mt->tlast = u;
			t = u + 1;
			continue;
		}
		if (e->type == NG_I_EL_TARGET || e->type == NG_I_EL_SOURCE) {
			uint32_t after = t;
			int last = k + 1 == p->nel;
			/* "arrive in $T": the pattern's own preposition may be locative */
			int allow_loc = t > t0 && mt->tlast + 1 == t && (c->cls[t - 1] & W_LOCPREP);
			int32_t mi = find_mention_right(c, t, 6 + gap, allow_loc, &after);
			gap = 0;
			if (mi < 0) {
				if (last)
					break;
				return 0;
			}
			int32_t *arr = e->type == NG_I_EL_TARGET ? mt->tgt : mt->src;
			uint8_t *n = e->type == NG_I_EL_TARGET ? &mt->ntgt : &mt->nsrc;
			if (*n < 8) {
				arr[(*n)++] = mi;
				coordinate_right(c, mi, arr, n, &after);
			}
			if (e->type == NG_I_EL_TARGET)
				mt->explicit_tgt = 1;
			else
				mt->explicit_src = 1;
			t = after;
			continue;
		}
	}
	mt->tend = t;
	mt->rsrc = -1;
	return 1;
}

/* An -ing form right after a lower-case common noun: "lines leading into". */
static int reduced_relative(const ctx *c, uint32_t t)
{
	if (t <= c->sb || !ends_with(c, t, "ing"))
		return 0;
	uint32_t u = t - 1;
	const ng_token *k = tok(c, u);
	if (k->kind != NG_TOK_WORD || !(k->flags & NG_TF_LOWER) || c->cls[u] || c->trig[u] || c->mcover[u] >= 0)
		return 0;
	/* "kept attacking", "currently attacking" */
	if (ends_with(c, u, "ed") || ends_with(c, u, "ly") || ends_with(c, u, "ing"))
		return 0;
	/* only when the noun is the object of an earlier event verb ("blew up
	 * lines leading into X"); "a resolution calling for" speaks for its author */
	for (int d = 0; d < 12 && u > c->sb; d++) {
		u--;
		if (is_hard_punct(c, u) || tok_is(c, u, ','))
			return 0;
		if (c->trig[u] == 1)
			return 1;
	}
	return 0;
}

/* The pattern's object slot follows its anchor directly: "attack $T". */
static int direct_object(const ctx *c, const ng_i_vpat *p)
{
	const ng_i_vel *els = c->vw.els + p->el_first;
	return p->nel == p->npre + 2 && els[p->npre + 1].type == NG_I_EL_TARGET;
}

/* Verb forms that are also nouns of economic and political prose. */
static const char *const noun_verbs[] = {
	"demand", "supply", "attack", "strike", "deal", "support", "aid", "protest", "release", "ban",
	"fire", "visit", "raid", "boycott", "embargo", "blockade", "appeal", "pledge", "offer", "bid",
	"claim", "cut", "control", "threat", "block", "freeze", "sanction", "shift", "increase",
	"rise", "fall", "meet", "boost", "cooperate", "help", "loan", "grant", "import", "export",
	"purchase", "order", "return", "crackdown", "protection", "warning", NULL};

/* Event nouns that stay nouns after "to" ("a threat to X" is caught by the
 * article rule; these are read after "to" only as nouns). */
static const char *const noun_only[] = {"talks", NULL};
static const char *const help_words[] = {"help", "helps", "helped", "helping", NULL};

/* Token t modifies a following noun: an adjective or a singular common noun
 * ("domestic demand", "consumer demand", "power supply"). A plural noun or a
 * pronoun may be a subject ("workers demand", "they strike"). */
static int noun_modifier(const ctx *c, uint32_t t)
{
	const ng_token *k = tok(c, t);
	if (k->kind != NG_TOK_WORD || !(k->flags & NG_TF_LOWER) || c->cls[t] || c->trig[t] || c->mcover[t] >= 0)
		return 0;
	if (k->flags & NG_TF_DIGIT)
		return 0;
	size_t n = k->end - k->start;
	const char *w = c->doc->text + k->start;
	if (n < 3 || w[n - 1] == 's' || ends_with(c, t, "ly") || ends_with(c, t, "ed"))
		return 0;
	/* collective and irregular-plural subjects */
	static const char *const subj[] = {"people", "police", "men", "women", "children", "staff", "public",
	                                   "military", "government", "army", "media", "who", "which",
	                                   "that", "they", "we", "you", "i", "often", "regularly", "jointly",
	                                   "together", "then", "must", "will", "to", "and", "or", "not",
	                                   "never", "always", "usually", "sometimes", "rarely", "both",
	                                   "youth", "leadership", "opposition", "junta", "regime", "cabinet",
	                                   "parliament", "congress", "senate", "committee", "council",
	                                   "union", "alliance", "coalition", "party", "group", "team",
	                                   "crew", "force", "militia", "navy", "administration",
	                                   "management", "board", "court", "jury", NULL};
	return !word_in(c, t, subj);
}

/* Finds every trigger of the sentence, the best pattern per anchor. */
static ng_status find_triggers(ctx *c)
{
	c->nm = 0;
	for (uint32_t t = c->sb; t < c->se; t++) {
		const ng_token *k = tok(c, t);
		if (k->kind != NG_TOK_WORD)
			continue;
		const uint32_t *cand;
		size_t nc = ng_i_verbs_lookup(c->verbs, k->hash, &cand);
		if (!nc)
			continue;
		match best, cur;
		int have = 0;
		int best_score = -1;
		for (size_t i = 0; i < nc; i++) {
			const ng_i_vpat *p = &c->vw.pats[cand[i]];
			/* a trigger inside a mention only counts for agent nouns ("Qatari mediators") */
			if (c->mcover[t] >= 0 && !(p->flags & NG_I_VP_AGENT))
				continue;
			if ((p->flags & NG_I_VP_AGENT) && c->mcover[t] < 0)
				continue;
			if ((p->flags & NG_I_VP_STRUCTURAL) && !c->opts->structural)
				continue;
			/* "the head of", "an attack": after an article a verb form is a noun */
			if (!(p->flags & (NG_I_VP_NOMINAL | NG_I_VP_AGENT)) && t > c->sb &&
			    (c->cls[t - 1] & W_ART))
				continue;
			/* "a series of bombs": after a preposition (other than "to") too */
			if (!(p->flags & (NG_I_VP_NOMINAL | NG_I_VP_AGENT | NG_I_VP_PETRARCH)) && t > c->sb &&
			    (c->cls[t - 1] & W_PREP) && !(c->cls[t - 1] & (W_TO | W_SUBORD)))
				continue;
			/* "power lines leading into X", "refugees fleeing X": a participle
			 * after a common noun modifies that noun; its subject is no actor */
			if (!(p->flags & (NG_I_VP_NOMINAL | NG_I_VP_AGENT | NG_I_VP_PETRARCH)) && reduced_relative(c, t))
				continue;
			/* "urged them to release detained protesters": a participle between a
			 * verb and a common noun describes the noun */
			if (!(p->flags & (NG_I_VP_NOMINAL | NG_I_VP_AGENT | NG_I_VP_PETRARCH)) && t > c->sb &&
			    c->trig[t - 1] == 1 && c->nm && c->m[c->nm - 1].tlast == t - 1 &&
			    !(c->vw.pats[c->m[c->nm - 1].pat].flags & (NG_I_VP_NOMINAL | NG_I_VP_AGENT)) &&
			    !(c->m[c->nm - 1].t0 > c->sb && c->mcover[c->m[c->nm - 1].t0 - 1] >= 0) && /* "an X strike killed" */
			    ends_with(c, t, "ed") && t + 1 < c->se && !c->cls[t + 1] &&
			    c->mcover[t + 1] < 0 && tok(c, t + 1)->kind == NG_TOK_WORD &&
			    (tok(c, t + 1)->flags & NG_TF_LOWER))
				continue;
			/* "domestic demand", "consumer demand", "power supply": a verb form that is
			 * also a noun, after an adjective or a singular noun (a subject would
			 * need the -s form), is the noun */
			if (!(p->flags & (NG_I_VP_NOMINAL | NG_I_VP_AGENT | NG_I_VP_PETRARCH)) && t > c->sb &&
			    word_in(c, t, noun_verbs) && noun_modifier(c, t - 1))
				continue;
			/* "to help deal with the debt": after "to" or a modal an event noun is a verb */
			if ((p->flags & NG_I_VP_NOMINAL) && t > c->sb &&
			    ((c->cls[t - 1] & (W_TO | W_HYPO | W_WOULD | W_PLAN | W_DEMAND)) || word_in(c, t - 1, help_words)) &&
			    !(c->cls[t - 1] & W_HAVE) &&
			    !word_in(c, t, noun_only))
				continue;
			/* "must not be held back", "cut back": "back" after a verb is a particle */
			static const char *const back[] = {"back", NULL};
			if (!(p->flags & NG_I_VP_PETRARCH) && t > c->sb && word_in(c, t, back) && !(c->cls[t - 1] & ~(uint32_t)W_DO) &&
			    c->mcover[t - 1] < 0 && tok(c, t - 1)->kind == NG_TOK_WORD &&
			    (tok(c, t - 1)->flags & NG_TF_LOWER))
				continue;
			if (!match_pattern(c, cand[i], t, &cur))
				continue;
			/* a dictionary loaded later takes precedence (PETRARCH files given on
			 * the command line over the shipped verbs.tsv); then the most specific */
			int score = p->gen * 4096 + p->weight * 4 + (cur.ntgt ? 2 : 0) + (cur.nsrc ? 2 : 0);
			if (score > best_score) {
				best = cur;
				best_score = score;
				have = 1;
			}
		}
		if (!have)
			continue;
		NG_I_VEC_GROW(c->m, c->nm, c->cm, 1, oom);
		c->m[c->nm++] = best;
		for (uint32_t u = t; u <= best.tlast; u++)
			c->trig[u] = (c->vw.pats[best.pat].flags & NG_I_VP_REPORT) ? 2 : 1;
		t = best.tlast;
	}
	return NG_OK;
oom:
	return ng_i_error(NG_ENOMEM, "out of memory coding events");
}

/* ------------------------------------------------------------- emitting */

static const char *actor_of(const ctx *c, int32_t mi)
{
	return mi < 0 ? NULL : c->x->mentions[mi].actor;
}

static int same_actor(const ctx *c, int32_t a, int32_t b)
{
	if (a < 0 || b < 0)
		return 0;
	const char *x = actor_of(c, a), *y = actor_of(c, b);
	return x == y || (x && y && strcmp(x, y) == 0);
}

/* CAMEO codes a promise or plan to cooperate as "express intent" (03x): a
 * planned meeting is 036, a pledge of aid 033; and a stated plan to punish or
 * attack as a threat (13x). The relation keeps its name and the modality says
 * "planned". */
static const char *intent_code(const char *code)
{
	/* a stated future sanction, repression or attack is a threat (13x) */
	if (code[0] == '1' && code[1] >= '4' && code[1] <= '9') {
		static const struct {
			const char *prefix, *threat;
		} threats[] = {{"161", "1313"}, {"162", "1311"}, {"163", "1312"}, {"16", "131"},
		               {"172", "132"}, {"17", "137"}, {"18", "1383"}, {"191", "1381"},
		               {"192", "1382"}, {"19", "1384"}, {"14", "133"}};
		for (size_t i = 0; i < sizeof threats / sizeof *threats; i++)
			if (strncmp(code, threats[i].prefix, strlen(threats[i].prefix)) == 0)
				return threats[i].threat;
		return code;
	}
	if (code[0] == '2' && code[1] == '0')
		return "1385";
	if (code[0] != '0' || code[1] < '4' || code[1] > '8')
		return code;
	switch (code[1]) {
	case '4': return strncmp(code, "045", 3) == 0 ? "039" : "036";
	case '5': return "032";
	case '6': return "031";
	case '7': return "033";
	default: return strncmp(code, "0841", 4) == 0 ? "0353" : "035";
	}
}

static ng_status emit(ctx *c, const ng_i_vpat *p, int32_t src, int32_t tgt, ng_modality mod)
{
	if (src < 0 && tgt < 0)
		return NG_OK;
	if (same_actor(c, src, tgt))
		return NG_OK;
	const char *rel = p->relation;
	const char *code = p->cameo;
	const ng_i_cameo_row *row = code[0] ? ng_i_cameo_find_nearest(c->lex->cameo, code) : NULL;
	if (!rel)
		rel = row ? row->relation : ng_i_cameo_relation_fallback(code);
	/* CAMEO 18 is violence by non-state armed groups, 19 conventional military force */
	if (strcmp(code, "190") == 0 && src >= 0 && !(p->flags & NG_I_VP_PETRARCH)) {
		const ng_mention *m = &c->x->mentions[src];
		static const char irregular[][4] = {"REB", "INS", "UAF", "CRM", "RAD", "SEP"};
		int irr = m->type == NG_ACTOR_GROUP;
		for (size_t k = 0; k < sizeof irregular / sizeof *irregular && !irr; k++)
			irr = strcmp(m->sector, irregular[k]) == 0;
		if (irr) {
			code = "180";
			row = ng_i_cameo_find_nearest(c->lex->cameo, code);
		}
	}
	if (mod == NG_MOD_PLANNED && code[0] && !(p->flags & NG_I_VP_PETRARCH)) {
		code = c->unless ? "130" : intent_code(code);
		row = ng_i_cameo_find_nearest(c->lex->cameo, code);
	}
	struct ng_extraction *x = c->x;
	/* one event per (source, relation, target) per sentence */
	for (size_t i = c->sent_first_event; i < x->nevents; i++) {
		const ng_event *e = &x->events[i];
		if (strcmp(e->relation, rel) != 0)
			continue;
		int s_same = (e->source < 0 && src < 0) || same_actor(c, e->source, src);
		int t_same = (e->target < 0 && tgt < 0) || same_actor(c, e->target, tgt);
		if (s_same && t_same)
			return NG_OK;
	}
	NG_I_VEC_GROW(x->events, x->nevents, c->ev_cap, 1, oom);
	ng_event *e = &x->events[x->nevents++];
	memset(e, 0, sizeof *e);
	e->sentence = (uint32_t)c->sent;
	e->relation = rel;
	snprintf(e->cameo, sizeof e->cameo, "%s", code);
	e->goldstein = row ? row->goldstein : 0.0;
	e->modality = mod;
	e->source = src;
	e->target = tgt;
	const ng_sentence *s = &c->doc->sentences[c->sent];
	e->ev_start = s->start;
	e->ev_end = s->end;
	e->structural = (p->flags & NG_I_VP_STRUCTURAL) ? 1 : 0;
	if ((p->flags & NG_I_VP_AGENT) && tgt < 0 && c->nagent_ev < sizeof c->agent_ev / sizeof *c->agent_ev)
		c->agent_ev[c->nagent_ev++] = x->nevents - 1;
	return NG_OK;
oom:
	return ng_i_error(NG_ENOMEM, "out of memory coding events");
}

/* "Egyptian mediators met a Hamas delegation": the agent noun only says who
 * the actor is; when the mention takes part in another event of the sentence,
 * its own targetless event ("Egypt mediates") is dropped. Alone ("Qatari
 * mediators said ...") it stays. */
static void drop_agent_echoes(ctx *c)
{
	struct ng_extraction *x = c->x;
	if (!c->nagent_ev)
		return;
	uint8_t drop[16] = {0};
	int any = 0;
	for (unsigned a = 0; a < c->nagent_ev; a++) {
		size_t i = c->agent_ev[a];
		int32_t m = x->events[i].source;
		if (m < 0)
			continue;
		for (size_t j = c->sent_first_event; j < x->nevents && !drop[a]; j++) {
			int is_agent = 0;
			for (unsigned b = 0; b < c->nagent_ev; b++)
				is_agent |= c->agent_ev[b] == j;
			if (!is_agent && (x->events[j].source == m || x->events[j].target == m))
				drop[a] = 1;
		}
		any |= drop[a];
	}
	if (!any)
		return;
	size_t w = c->sent_first_event;
	for (size_t j = c->sent_first_event; j < x->nevents; j++) {
		int d = 0;
		for (unsigned a = 0; a < c->nagent_ev; a++)
			d |= drop[a] && c->agent_ev[a] == j;
		if (!d)
			x->events[w++] = x->events[j];
	}
	x->nevents = w;
	c->nagent_ev = 0;
}

/* ------------------------------------------------- places as countries */

/* CAMEO roots where a named place stands for its country's government:
 * statements, appeals, intentions, consultations and visits, cooperation,
 * aid, yielding, demands, disapproval, rejection, threats, protests and
 * reductions of relations (sanctions), 01-14 and 16. Military posture (15),
 * coercion (17) and material conflict (18-20) act on the place itself: a city
 * can be shelled or put under curfew. */
static int code_is_diplomatic(const char *code)
{
	if (!code[0] || !code[1])
		return 0;
	if (code[0] == '0')
		return code[1] >= '1' && code[1] <= '9';
	return code[0] == '1' && ((code[1] >= '0' && code[1] <= '4') || code[1] == '6');
}

static int is_country_mention(const ng_mention *o, const char *id, const char *sector)
{
	return o->type == NG_ACTOR_COUNTRY && o->actor && strcmp(o->actor, id) == 0 && strcmp(o->sector, sector) == 0;
}

/* The participant a place mention of a diplomatic or verbal event stands for:
 * the index of a mention of the place's country, or -1 to keep the place.
 * "Peskov accused Kyiv", "Moscow was ready to talk", "will travel to Berlin"
 * (CAMEO codes a visit between actors: the host is the country). A capital
 * stands for its government (sector GOV) as source or target; another city
 * only as a target (the country it belongs to), never as a source ("Rustaveli
 * Avenue demanded" is not Georgia demanding). A place after "in"/"at" is where
 * it happened and stays what the matcher made of it. The country is a mention
 * of it in the same sentence when there is one, otherwise a new mention with
 * the place's span appended to x->mentions. Cost: O(mentions of the
 * sentence), amortised. */
static ng_status place_as_country(ctx *c, int32_t mi, int as_source, int32_t *out)
{
	struct ng_extraction *x = c->x;
	*out = -1;
	const ng_mention *m = &x->mentions[mi];
	if (m->type != NG_ACTOR_PLACE || !m->country[0] || !c->lex->names || !m->label)
		return NG_OK;
	if (mention_located(c, mi))
		return NG_OK;
	long ci = ng_i_names_actor(c->lex->names, m->country);
	if (ci < 0)
		return NG_OK;
	const ng_i_actor *ca = &c->lex->names->actors[ci];
	if (ca->type != NG_ACTOR_COUNTRY || !ca->id || !ca->label)
		return NG_OK;
	int capital = ca->capital && strcasecmp(ca->capital, m->label) == 0;
	if (as_source && !capital)
		return NG_OK;
	const char *sector = capital ? "GOV" : "";
	/* O(mentions of the sentence): the index built in ng_i_events_run */
	uint32_t s = m->sentence;
	if (s < c->doc->nsentences) {
		for (size_t k = c->mstart[s]; k < c->mstart[s + 1]; k++)
			if (is_country_mention(&x->mentions[c->mby[k]], ca->id, sector)) {
				*out = (int32_t)c->mby[k];
				return NG_OK;
			}
		for (int32_t j = c->madd_head[s]; j >= 0; j = c->madd_next[(size_t)j - c->nm0])
			if (is_country_mention(&x->mentions[j], ca->id, sector)) {
				*out = j;
				return NG_OK;
			}
	}
	ng_i_arena *arena = x->priv_;
	if (!arena)
		return NG_OK;
	char *id = ng_i_arena_strdup(arena, ca->id), *label = ng_i_arena_strdup(arena, ca->label);
	if (!id || !label)
		return ng_i_error(NG_ENOMEM, "out of memory coding events");
	if (x->nmentions == c->mcap) { /* geometric growth: amortised O(1) per mention */
		size_t cap = c->mcap < 16 ? 16 : 2 * c->mcap;
		ng_mention *grown = realloc(x->mentions, cap * sizeof *grown);
		if (!grown)
			return ng_i_error(NG_ENOMEM, "out of memory coding events");
		x->mentions = grown;
		c->mcap = cap;
	}
	size_t added = x->nmentions - c->nm0;
	if (added == c->madd_cap) {
		size_t cap = c->madd_cap < 16 ? 16 : 2 * c->madd_cap;
		int32_t *next = realloc(c->madd_next, cap * sizeof *next);
		if (!next)
			return ng_i_error(NG_ENOMEM, "out of memory coding events");
		c->madd_next = next;
		c->madd_cap = cap;
	}
	m = &x->mentions[mi];
	ng_mention *n = &x->mentions[x->nmentions];
	*n = *m;
	n->type = NG_ACTOR_COUNTRY;
	n->actor = id;
	n->label = label;
	snprintf(n->country, sizeof n->country, "%s", ca->id);
	snprintf(n->sector, sizeof n->sector, "%s", sector);
	if (s < c->doc->nsentences) {
		c->madd_next[added] = c->madd_head[s];
		c->madd_head[s] = (int32_t)x->nmentions;
	}
	*out = (int32_t)x->nmentions++;
	return NG_OK;
}

/* Rewrites the place participants of this sentence's diplomatic events to
 * their countries (unless the country is the other participant), then drops
 * the events that became repeats of an earlier one of the sentence. */
static ng_status places_to_countries(ctx *c)
{
	struct ng_extraction *x = c->x;
	int changed = 0;
	for (size_t i = c->sent_first_event; i < x->nevents; i++) {
		ng_event *e = &x->events[i];
		if (e->structural || !code_is_diplomatic(e->cameo))
			continue;
		int32_t r;
		ng_status st;
		if (e->source >= 0) {
			if ((st = place_as_country(c, e->source, 1, &r)))
				return st;
			/* "Iraqi Kurds protested in Kirkuk": Iraq acting on itself says
			 * less than the place, which stays */
			if (r >= 0 && !same_actor(c, r, e->target)) {
				x->events[i].source = r;
				changed = 1;
			}
		}
		if (x->events[i].target >= 0) {
			if ((st = place_as_country(c, x->events[i].target, 0, &r)))
				return st;
			if (r >= 0 && !same_actor(c, r, x->events[i].source)) {
				x->events[i].target = r;
				changed = 1;
			}
		}
	}
	if (!changed)
		return NG_OK;
	size_t w = c->sent_first_event;
	for (size_t j = c->sent_first_event; j < x->nevents; j++) {
		const ng_event *e = &x->events[j];
		int keep = 1;
		for (size_t k = c->sent_first_event; k < w && keep; k++) {
			const ng_event *o = &x->events[k];
			if (strcmp(o->relation, e->relation) != 0)
				continue;
			int s_same = (o->source < 0 && e->source < 0) || same_actor(c, o->source, e->source);
			int t_same = (o->target < 0 && e->target < 0) || same_actor(c, o->target, e->target);
			keep = !(s_same && t_same);
		}
		if (keep)
			x->events[w++] = x->events[j];
	}
	x->nevents = w;
	return NG_OK;
}

/* Passive voice: "was attacked (by X)", "X, attacked by Y". */
static int is_passive(const ctx *c, const match *mt)
{
	uint32_t t = mt->t0;
	const ng_token *k = tok(c, t);
	size_t n = k->end - k->start;
	if (n > 3 && memcmp(c->doc->text + k->end - 3, "ing", 3) == 0)
		return 0;
	if (mt->tlast + 1 < c->se && (c->cls[mt->tlast + 1] & W_BY) && mt->tlast == t)
		return 1;
	for (int d = 0; d < 3 && t > c->sb; d++) {
		t--;
		uint32_t w = c->cls[t];
		if (w & W_BE)
			return 1;
		if (w & (W_ADV | W_NEG))
			continue;
		break;
	}
	return 0;
}

/* The speaker of a quotation in the sentence: "..., the Hamas official
 * added." / "X said: “...”". -1 when none. */
static int32_t quote_speaker(const ctx *c)
{
	for (size_t i = 0; i < c->nm; i++) {
		const match *mt = &c->m[i];
		const ng_i_vpat *p = &c->vw.pats[mt->pat];
		if (!(p->flags & NG_I_VP_REPORT) || c->quoted[mt->t0])
			continue;
		/* subject before the verb, or "said X" after it */
		int32_t s[8];
		uint32_t t = mt->t0;
		if (t > c->sb && c->mcover[t - 1] >= 0 && mention_ok(c, c->mcover[t - 1]))
			return c->mcover[t - 1];
		uint8_t n = find_subject(c, t, s);
		if (n)
			return s[0];
		/* "she told the parliament": the object of "told" is the listener */
		static const char *const tell[] = {"told", "tell", "tells", "telling", NULL};
		if (word_in(c, mt->t0, tell))
			continue;
		uint32_t after;
		int32_t mi = find_mention_right(c, mt->tlast + 1, 4, 0, &after);
		if (mi >= 0)
			return mi;
	}
	return -1;
}

/* The subjects of a reporting verb that introduce the clause starting at
 * token b: "X and Y announced they would ...". Returns how many (at most 8). */
static uint8_t report_speakers_before(const ctx *c, uint32_t b, int32_t *out)
{
	for (size_t i = c->nm; i-- > 0;) {
		const match *mt = &c->m[i];
		if (mt->tlast >= b)
			continue;
		if (!(c->vw.pats[mt->pat].flags & NG_I_VP_REPORT))
			return 0;
		for (uint32_t t = mt->tlast + 1; t < b; t++)
			if (is_hard_punct(c, t))
				return 0;
		return find_subject(c, mt->t0, out);
	}
	return 0;
}

/* The subject of a reporting verb that introduces the clause starting at
 * token b: "X said (that) Y must ...". -1 when none. */
static int32_t report_speaker_before(const ctx *c, uint32_t b)
{
	for (size_t i = c->nm; i-- > 0;) {
		const match *mt = &c->m[i];
		if (mt->tlast >= b)
			continue;
		if (!(c->vw.pats[mt->pat].flags & NG_I_VP_REPORT))
			return -1;
		for (uint32_t t = mt->tlast + 1; t < b; t++)
			if (is_hard_punct(c, t))
				return -1;
		int32_t s[8];
		return find_subject(c, mt->t0, s) ? s[0] : -1;
	}
	return -1;
}

/* ------------------------------------------------------- object senses */

/* The object's head noun decides the sense of some verbs: one meets a
 * target (no meeting), attacks a decision (a criticism, not an assault),
 * strikes a deal (an agreement), fires a manager, withdraws a bid, receives a
 * letter, supplies customers or gives an option (none of them an event
 * between actors). relation NULL and cameo "" drop the event. */
static const char *const os_meet_v[] = {"meet", "meets", "met", "meeting", NULL};
static const char *const os_meet_n[] = {
	"target", "targets", "deadline", "deadlines", "demand", "demands", "expectation",
	"expectations", "concern", "concerns", "cost", "costs", "criteria", "criterion", "standard",
	"standards", "requirement", "requirements", "need", "needs", "goal", "goals", "obligation",
	"obligations", "challenge", "challenges", "commitment", "commitments", "condition",
	"conditions", "forecast", "forecasts", "estimate", "estimates", "bill", "bills", "payment",
	"payments", "shortfall", "terms", "objective", "objectives", "promise", "promises", "pledge",
	"aim", "aims", "benchmark", "benchmarks", "quota", "quotas", "rule", "rules", "threshold",
	"thresholds", "limit", "limits", "test", "tests", "timetable", "timetables", "budget",
	"budgets", "shortfalls", "term", "pledges", "specification", "specifications", "order",
	"orders", NULL};
static const char *const os_attack_v[] = {"attack", "attacks", "attacked", "attacking", "assault",
                                          "assaulted", "lambast", "lambasted", "blast", "blasted",
                                          "blasts", NULL};
static const char *const os_attack_n[] = {
	"decision", "decisions", "plan", "plans", "policy", "policies", "proposal", "proposals",
	"ruling", "rulings", "idea", "ideas", "bill", "law", "laws", "move", "moves", "budget",
	"comments", "remarks", "record", "report", "scheme", "schemes", "reform", "reforms",
	"handling", "approach", "stance", "claim", "claims", "plans", "strategy", "record",
	"performance", "leadership", "spending", "tax", "taxes", "cuts", "figures", "manifesto",
	"campaign", "response", "failure", "failures", "legislation", "measures", "proposals",
	"judgment", "judgement", "verdict", "deal", "speech", "statement", "tactics", "views",
	"rhetoric", "pledge", "pledges", "promises", "agenda", "rise", "increase", NULL};
static const char *const os_strike_v[] = {"strike", "strikes", "struck", "striking", NULL};
static const char *const os_strike_deal[] = {"deal", "deals", "agreement", "agreements", "accord",
                                             "bargain", "pact", NULL};
static const char *const os_strike_none[] = {"balance", "chord", "note", "tone", "blow", "gold",
                                             "lucky", "pose", "match", NULL};
static const char *const os_fire_v[] = {"fire", "fires", "fired", "firing", "sack", "sacks",
                                        "sacked", "sacking", NULL};
static const char *const os_fire_n[] = {
	"manager", "managers", "coach", "boss", "bosses", "chief", "executive", "executives",
	"staff", "worker", "workers", "employee", "employees", "director", "directors", "head",
	"chairman", "secretary", "aide", "aides", "adviser", "advisers", "advisor", "striker",
	"player", "players", "imagination", "imaginations", "enthusiasm", "debate", "interest",
	"starting", "warning", "salvo", "questions", "question", "letter", "email", NULL};
static const char *const os_withdraw_v[] = {"withdraw", "withdraws", "withdrew", "withdrawn",
                                            "withdrawing", NULL};
static const char *const os_withdraw_n[] = {
	"bid", "bids", "offer", "offers", "application", "applications", "claim", "claims",
	"complaint", "complaints", "lawsuit", "lawsuits", "suit", "case", "money", "cash", "funds",
	"deposit", "deposits", "product", "products", "drug", "drugs", "advert", "adverts", "advertising",
	"allegation", "allegations", "remark", "remarks", "comment", "comments", "name", "candidacy",
	"nomination", "amendment", "motion", "savings", "licence", "license", "shares", "listing",
	"medicine", "statement", "resignation", NULL};
static const char *const os_receive_v[] = {"receive", "receives", "received", "receiving", NULL};
static const char *const os_receive_n[] = {
	"letter", "letters", "payment", "payments", "money", "cash", "sum", "call", "calls", "report",
	"reports", "bid", "bids", "offer", "offers", "award", "awards", "bonus", "bonuses",
	"compensation", "funding", "grant", "grants", "loan", "loans", "order", "orders", "complaint",
	"complaints", "request", "requests", "email", "emails", "message", "messages", "copy",
	"invitation", "petition", "treatment", "care", "benefit", "benefits", "salary", "pension",
	"pensions", "support", "backing", "approval", "boost", "share", "stake", "refund", "fee",
	"fees", "dividend", "dividends", "sentence", "reply", "response", "phone", NULL};
static const char *const os_supply_v[] = {"supply", "supplies", "supplied", "supplying", "give",
                                          "gives", "gave", "given", "giving", "provide", "provides",
                                          "provided", "providing", NULL};
static const char *const os_supply_n[] = {
	"teams", "team", "clubs", "customers", "customer", "clients", "client", "shops", "stores",
	"retailers", "supermarkets", "airlines", "carmakers", "manufacturers", "kit", "kits", "shirts",
	"parts", "components", "chips", "right", "rights", "option", "options", "chance", "chances",
	"opportunity", "go-ahead", "evidence", "details", "figures", "warning", "assurance",
	"assurances", "time", "boost", "lift", "way", "impression", "interview", "interviews",
	"speech", "answer", "answers", "lead", "edge", "advantage", "indication", "update", "details",
	"insight", "reason", "reasons", "priority", "thought", "credit", "view", "views", "example",
	"account", "breakdown", "clue", "clues", "idea", "sense", "power", "powers", "say",
	"services", "service", "information", "access", "evidence", "testimony", NULL};

/* "refused to comment": declining to speak is no rejection of an actor */
static const char *const os_refuse_v[] = {"refuse", "refuses", "refused", "refusing", "decline",
                                          "declines", "declined", "declining", NULL};
static const char *const os_refuse_n[] = {
	"say", "comment", "comments", "confirm", "discuss", "reveal", "disclose", "speculate",
	"elaborate", "answer", "name", "identify", "specify", "detail", "divulge", "explain",
	"respond", "deny", "admit", "repeat", "publish", "release", "give", "put", "set", "go",
	"budge", "rule", NULL};
/* "signed a motion": a document signed alone is no agreement between actors
 * (kept when a co-signer follows "with") */
static const char *const os_sign_v[] = {"sign", "signs", "signed", "signing", NULL};
static const char *const os_sign_n[] = {
	"motion", "motions", "petition", "petitions", "letter", "letters", "pledge", "pledges",
	"book", "books", "autograph", "autographs", "register", "form", "forms", "cheque", "cheques",
	"contract", "contracts", "card", "cards", "statement", "declaration", "manifesto", "will",
	"confession", "document", "documents", "application", "applications", "order", "orders",
	"warrant", "warrants", "bill", "bills", "copy", "copies", "note", "notes", "waiver", NULL};
/* "launched an advertising campaign", "launched its new phone": a campaign of
 * words or a product is no attack (read at the first such modifier) */
static const char *const os_launch_v[] = {"launch", "launches", "launched", "launching", NULL};
static const char *const os_launch_n[] = {
	"information", "advertising", "advert", "adverts", "ad", "marketing", "publicity",
	"poster", "posters", "awareness", "recruitment", "media", "television", "tv", "press",
	"leaflet", "leafleting", "fundraising", "election", "electoral", "charm", "sales", "online",
	"internet", "web", "email", "billboard", "letter-writing", "petition", "consultation",
	"education", "educational", "health", "safety", "anti-smoking", "literacy", "legal",
	"lobbying", "membership", "voter", "registration", "product", "products", "phone",
	"phones", "handset", "handsets", "service", "services", "website", "brand", "brands",
	"model", "models", "version", "range", "console", "device", "devices", "fund", "funds",
	"bid", "offer", "scheme", "initiative", "appeal", "challenge", "book", "album", "film",
	"game", "games", NULL};
/* "released its new phone", "hits US shops": a product reaching the market */
static const char *const os_release_v[] = {"release", "releases", "released", "releasing",
                                           "unveil", "unveils", "unveiled", NULL};
static const char *const os_release_n[] = {
	"phone", "phones", "handset", "handsets", "console", "consoles", "game", "games", "device",
	"devices", "version", "versions", "model", "models", "album", "albums", "single", "film",
	"films", "movie", "figures", "results", "data", "statistics", "details", "statement",
	"report", "reports", "update", "updates", "software", "product", "products", "range",
	"information", "document", "documents", "papers", "book", "record", "records", "song",
	"songs", "dvd", "video", "videos", "player", "players", "computer", "computers", "chip",
	"chips", "car", "cars", "drug", "drugs", "earnings", "profits", "forecast", "forecasts",
	"guidance", "accounts", "minutes", "list", "study", "survey", "review", "plans", "plan",
	"proposals", "budget", "manifesto", "funds", "money", "cash", "edition", "patch", "format",
	"tablet", "laptop", NULL};
static const char *const os_hit_v[] = {"hit", "hits", "hitting", NULL};
static const char *const os_hit_n[] = {
	"shops", "shop", "stores", "store", "shelves", "market", "markets", "streets", "screens",
	"cinemas", "theatres", "airwaves", "headlines", "record", "records", "high", "highs", "low",
	"lows", "peak", "buffers", "jackpot", "charts", "chart", "button",
	"ground", "road", "mark", "milestone", "level", "levels", "sales", "profits", "earnings",
	"shares", "stocks", "prices", "demand", "trading", "results", "figures", "bottom", "top",
	"wall", "snag", "snags", "problems", "trouble", "difficulties", "turbulence", "speed",
	NULL};

static const struct obj_sense {
	const char *const *verbs;
	const char *const *nouns;
	const char *relation; /* NULL with cameo "": no event */
	const char *cameo;
	int past_mention;     /* the noun may follow the first object: "gave Umbro the right" */
	int keep_with;        /* kept when a target follows "with": "signed a letter with Y" */
} obj_senses[] = {
	{os_meet_v, os_meet_n, NULL, "", 0, 0},
	{os_attack_v, os_attack_n, "criticizes", "111", 0, 0},
	{os_strike_v, os_strike_deal, "agrees", "057", 0, 0},
	{os_strike_v, os_strike_none, NULL, "", 0, 0},
	{os_fire_v, os_fire_n, NULL, "", 0, 0},
	{os_withdraw_v, os_withdraw_n, NULL, "", 0, 0},
	{os_receive_v, os_receive_n, NULL, "", 0, 0},
	{os_supply_v, os_supply_n, NULL, "", 1, 0},
	{os_refuse_v, os_refuse_n, NULL, "", 0, 0},
	{os_sign_v, os_sign_n, NULL, "", 0, 1},
	{os_launch_v, os_launch_n, NULL, "", 0, 0},
	{os_release_v, os_release_n, NULL, "", 0, 0},
	{os_hit_v, os_hit_n, NULL, "", 0, 0},
};

/* The object sense of the verb of match mt, or NULL when its object does not
 * change its sense. Reads the head of the noun phrase after the verb (past
 * articles, possessives and lower-case modifiers; stops at a preposition,
 * clause punctuation or another trigger); for a passive, the subject noun
 * before it ("the target was met"). */
static const struct obj_sense *object_sense(const ctx *c, const match *mt, int passive)
{
	const struct obj_sense *os = NULL;
	for (size_t i = 0; i < sizeof obj_senses / sizeof *obj_senses; i++)
		if (word_in(c, mt->t0, obj_senses[i].verbs)) {
			os = &obj_senses[i];
			/* several entries may share the verbs: try each */
			const struct obj_sense *hit = NULL;
			for (size_t j = i; j < sizeof obj_senses / sizeof *obj_senses && !hit; j++) {
				if (obj_senses[j].verbs != os->verbs)
					continue;
				const struct obj_sense *o = &obj_senses[j];
				if (passive) {
					uint32_t u = mt->t0;
					for (int d = 0; d < 4 && u > c->sb; d++) {
						u--;
						if (c->cls[u] & (W_BE | W_HAVE | W_ADV | W_NEG | W_HYPO | W_PLAN | W_WOULD))
							continue;
						if (word_in(c, u, o->nouns))
							hit = o;
						break;
					}
					continue;
				}
				int passed = 0;
				/* from the verb: "launch ... campaign" reads the modifiers its
				 * pattern passed over */
				for (uint32_t u = mt->t0 + 1; u < mt->tlast + 8 && u < c->se; u++) {
					int32_t mi = c->mcover[u];
					if (mi >= 0) {
						const ng_mention *m = &c->x->mentions[mi];
						/* "attacked the government's plans", "met its targets": the owner
						 * of the object */
						if ((tok(c, m->tok_end - 1)->flags & NG_TF_POSS) ||
						    (m->kind == NG_MENTION_PRONOUN && (c->cls[u] & W_DET))) {
							u = m->tok_end - 1;
							continue;
						}
						/* "hits US shops": a country qualifying the object */
						if (country_modifier(c, m)) {
							u = m->tok_end - 1;
							continue;
						}
						if (o->past_mention && !passed) {
							passed = 1;
							u = m->tok_end - 1;
							continue;
						}
						break;
					}
					const ng_token *k = tok(c, u);
					if (k->flags & NG_TF_DIGIT)
						continue;
					if (k->kind != NG_TOK_WORD) {
						static const char *const s_[] = {"'s", "\u2019s", NULL};
						if (word_in(c, u, s_))
							continue;
						break;
					}
					if (word_in(c, u, o->nouns)) {
						hit = o;
						break;
					}
					/* "more than 150 teams" */
					static const char *const qty[] = {"more", "than", "less", "fewer", "some", "about",
					                                  "around", "over", "nearly", "almost", "up", "to",
					                                  NULL};
					if ((k->flags & NG_TF_DIGIT) || word_in(c, u, qty))
						continue;
					uint32_t w = c->cls[u];
					if (w & ~(uint32_t)(W_DET | W_ART | W_ADV))
						break;
					if ((c->trig[u] && u > mt->tlast) || !(k->flags & NG_TF_LOWER))
						break;
				}
			}
			return hit;
		}
	return NULL;
}

static ng_status code_sentence(ctx *c)
{
	ng_status st = find_triggers(c);
	if (st)
		return st;
	int32_t speaker = -2; /* not yet looked up */
	for (size_t i = 0; i < c->nm; i++) {
		match *mt = &c->m[i];
		const ng_i_vpat *p = &c->vw.pats[mt->pat];
		if (p->flags & NG_I_VP_REPORT)
			continue;
		int32_t srcs[8], tgts[8];
		uint8_t ns = 0, nt = 0;
		int inh_first = 0;
		ng_modality inh_mod0 = NG_MOD_ASSERTED;
		int nominal = (p->flags & (NG_I_VP_NOMINAL | NG_I_VP_AGENT)) != 0;
		int passive = !nominal && !(p->flags & NG_I_VP_ACTIVE) && is_passive(c, mt);
		for (uint8_t k = 0; k < mt->ntgt; k++)
			tgts[nt++] = mt->tgt[k];
		for (uint8_t k = 0; k < mt->nsrc; k++)
			srcs[ns++] = mt->src[k];
		/* "expelled two Russian diplomats": a name inside the pattern's own words */
		if (!nt && !(p->flags & NG_I_VP_AGENT))
			for (uint32_t u = mt->t0 + 1; u <= mt->tlast && !nt; u++)
				if (c->mcover[u] >= 0 && mention_ok(c, c->mcover[u]))
					tgts[nt++] = c->mcover[u];
		if (p->flags & NG_I_VP_AGENT) {
			if (!ns)
				srcs[ns++] = c->mcover[mt->t0];
		} else if (nominal && (p->flags & NG_I_VP_STRUCTURAL)) {
			/* "X, the leader of Y", "X is a member of Y" */
			uint32_t u = mt->t0;
			while (u > c->sb && (c->cls[u - 1] & W_DET))
				u--;
			if (u > c->sb && (tok_is(c, u - 1, ',') || (c->cls[u - 1] & W_BE)))
				u--;
			else
				u = c->sb;
			if (u > c->sb && c->mcover[u - 1] >= 0 && mention_ok(c, c->mcover[u - 1]))
				srcs[ns++] = c->mcover[u - 1];
		} else if (nominal) {
			/* "Italy announced a suspension of links with X": the announcer */
			if (!ns && !(p->flags & NG_I_VP_SOLO)) {
				uint32_t u = mt->t0;
				for (int d = 0; d < 4 && u > c->sb; d++) {
					int32_t pm = c->mcover[u - 1];
					/* "reiterated its demand": the possessive before the noun */
					if (pm >= 0 && c->x->mentions[pm].kind == NG_MENTION_PRONOUN && (c->cls[u - 1] & W_DET)) {
						u--;
						continue;
					}
					if (!modifier_word(c, u - 1))
						break;
					u--;
				}
				/* "X staged a hunger strike", "X launched a mediation effort": the
				 * subject of a verb of doing does the event the noun names */
				/* "X struck a deal with Y": a deal struck is a deal made */
				int struck = u > c->sb && word_in(c, u - 1, os_strike_v);
				if (u > c->sb && (c->trig[u - 1] != 1 || struck) && ((c->cls[u - 1] & (W_DO | W_TRYTO)) || struck) &&
				    !(c->cls[u - 1] & W_PREP)) {
					int32_t s2[8];
					uint8_t n2 = find_subject(c, u - 1, s2);
					for (uint8_t k = 0; k < n2 && ns < 8; k++)
						srcs[ns++] = s2[k];
				}
				/* "X announced sanctions": the announcer; but "X said fighting
				 * continued": a verb of saying introduces a clause whose subject
				 * the noun is */
				static const char *const say[] = {"said", "says", "say", "saying", "told", "tells",
				                                  "added", "adds", "insisted", "insists", "claimed",
				                                  "claims", "argued", "argues", "noted", "notes",
				                                  "stressed", "stresses", "explained", "wrote", NULL};
				if (!ns && u > c->sb && c->trig[u - 1] == 2 && !(u == mt->t0 && word_in(c, u - 1, say))) {
					for (size_t k = 0; k < i; k++)
						if (c->m[k].tlast == u - 1) {
							int32_t s2[8];
							if (find_subject(c, c->m[k].t0, s2))
								srcs[ns++] = s2[0];
							break;
						}
				}
			}
			/* "Hamas's attack", "Israeli strikes", "the Israeli campaign" */
			if (!ns && mt->t0 > c->sb) {
				uint32_t u = mt->t0 - 1;
				for (int d = 0; d < 3; d++) {
					int32_t mi = c->mcover[u];
					if (mi >= 0) {
						if (mention_ok(c, mi)) {
							uint32_t b = c->x->mentions[mi].tok_begin;
							if (!(b > c->sb && (c->cls[b - 1] & W_LOCPREP))) {
								srcs[ns++] = mi;
								coordinate_left(c, mi, srcs, &ns);
							}
						}
						break;
					}
					const ng_token *k = tok(c, u);
					if (k->kind != NG_TOK_WORD || c->cls[u] || c->trig[u] || u == c->sb)
						break;
					u--;
				}
			}
		} else if (passive) {
			/* "was attacked by X": X acts on the subject */
			uint32_t after;
			uint32_t b = mt->tlast + 1;
			if (!ns && b < c->se && (c->cls[b] & W_BY)) {
				int32_t mi = find_mention_right(c, b + 1, 4, 0, &after);
				if (mi >= 0) {
					srcs[ns++] = mi;
					coordinate_right(c, mi, srcs, &ns, &after);
				}
			}
			/* the explicit slot found the agent itself: "attacked $T" read "attacked by X";
			 * after a passive verb a direct object slot finds no patient either:
			 * "was arrested in Lebanon for collaborating with X" */
			if (ns || mt->tlast == mt->t0)
				nt = 0;
			/* "was arrested in Lebanon", "put under investigation in Italy": the
			 * state where an arrest, a ban or an inquiry happens carried it out */
			if (!ns && (p->cameo[0] == '1' ? (p->cameo[1] == '6' || p->cameo[1] == '7')
			                               : (p->cameo[0] == '0' && p->cameo[1] == '9'))) {
				for (uint32_t u = mt->tlast + 1; u < mt->tlast + 3 && u + 1 < c->se; u++) {
					if (!(c->cls[u] & W_LOCPREP))
						continue;
					int32_t mi = c->mcover[u + 1];
					if (mi >= 0 && mention_ok(c, mi) && c->x->mentions[mi].type == NG_ACTOR_COUNTRY &&
					    c->x->mentions[mi].tok_begin == u + 1)
						srcs[ns++] = mi;
					break;
				}
			}
			if (!nt)
				nt = find_subject_x(c, mt->t0, tgts, 1);
		} else {
			/* "X must commit to ..., withdraw from ...": the subject of the verb before */
			if (!ns && i > 0) {
				uint32_t u = mt->t0;
				while (u > c->sb && (c->cls[u - 1] & (W_ADV | W_HYPO | W_PLAN)))
					u--;
				const match *pm = &c->m[i - 1];
				if (u > c->sb && (tok_is(c, u - 1, ',') || (c->cls[u - 1] & W_CONJ)) && pm->rsrc >= 0 &&
				    mt->t0 - pm->tend < 14 && !(c->vw.pats[pm->pat].flags & NG_I_VP_NOMINAL)) {
					srcs[ns++] = pm->rsrc;
					inh_first = 1;
					inh_mod0 = pm->rmod;
				}
			}
			/* "X met Y before flying to Z", "X offered to host Y": a gerund after a
			 * subordinator and an infinitive right after a verb share its subject */
			if (!ns && i > 0) {
				const match *pm = &c->m[i - 1];
				uint32_t t0 = mt->t0;
				int pverb = pm->rsrc >= 0 && !(c->vw.pats[pm->pat].flags & (NG_I_VP_NOMINAL | NG_I_VP_AGENT)) &&
				            pm->tlast < t0 && t0 - pm->tlast < 20;
				int gerund = t0 > c->sb && ends_with(c, t0, "ing") && (c->cls[t0 - 1] & W_SUBORD) &&
				             !(c->cls[t0 - 1] & W_REL);
				int inf = t0 > c->sb && (c->cls[t0 - 1] & W_TO) &&
				          (pm->tlast + 2 == t0 || (pm->tlast + 1 == t0 && (c->cls[pm->tlast] & W_TO)));
				for (uint32_t u = pm->tlast + 1; pverb && u < t0; u++)
					if (is_hard_punct(c, u))
						pverb = 0;
				if (pverb && (gerund || inf))
					srcs[ns++] = pm->rsrc;
			}
			if (!ns)
				ns = find_subject(c, mt->t0, srcs);
			if (!ns) {
				/* "X said they would ...": an unresolved pronoun is the speaker */
				uint32_t u = mt->t0;
				for (int d = 0; d < 5 && u > c->sb; d++) {
					u--;
					uint32_t w = c->cls[u];
					if ((w & W_PRON) && c->mcover[u] < 0) {
						ns = report_speakers_before(c, u, srcs);
						break;
					}
					if (!(w & (W_BE | W_HAVE | W_NEG | W_PLAN | W_HYPO | W_ADV | W_TO | W_PLANTO |
					           W_WOULD | W_NEGVERB | W_HYPOTO)))
						break;
				}
			}
			/* "West Africans ordered out of Nigeria": a verb whose object follows it
			 * directly has none when a preposition follows */
			int noobj = !(p->flags & NG_I_VP_PETRARCH) && direct_object(c, p) && mt->tlast + 1 < c->se &&
			            (c->cls[mt->tlast + 1] & (W_OWNPREP | W_OUT));
			if (!nt && !mt->explicit_tgt && !(p->flags & NG_I_VP_INTRANS) && !noobj) {
				uint32_t after;
				/* PETRARCH reads the object through its noun phrase:
				 * "welcomed the resumption of formal diplomatic ties with X" */
				unsigned win = (p->flags & NG_I_VP_PETRARCH) ? 10 : 6;
				int32_t mi = find_object(c, p, mt->tlast + 1, win, (p->flags & NG_I_VP_LOCTARGET) != 0, &after);
				if (mi >= 0) {
					tgts[nt++] = mi;
					coordinate_right(c, mi, tgts, &nt, &after);
				}
			}
		}
		/* "threatened to ban X", "demanded that Y ...": the object of the clause after it */
		if (!nt && !nominal && !passive && i + 1 < c->nm && (c->cls[mt->tlast] & (W_TO | W_REL)) &&
		    c->m[i + 1].t0 <= mt->tlast + 3) {
			const match *nx = &c->m[i + 1];
			for (uint8_t k = 0; k < nx->ntgt && nt < 8; k++)
				tgts[nt++] = nx->tgt[k];
			if (!nt && !(c->vw.pats[nx->pat].flags & NG_I_VP_INTRANS)) {
				uint32_t after;
				const ng_i_vpat *np = &c->vw.pats[nx->pat];
				int32_t mi = find_object(c, np, nx->tlast + 1, 6, (np->flags & NG_I_VP_LOCTARGET) != 0, &after);
				if (mi >= 0) {
					tgts[nt++] = mi;
					coordinate_right(c, mi, tgts, &nt, &after);
				}
			}
			if (!nt && (c->cls[mt->tlast] & W_REL) && nx->t0 > mt->tlast + 1) {
				/* "demanded that Hamas renounce": the subject of the clause */
				uint32_t after;
				int32_t mi = find_mention_right(c, mt->tlast + 1, 3, 0, &after);
				if (mi >= 0)
					tgts[nt++] = mi;
			}
		}
		/* "staged demonstrations to demand reforms from X", "began a hunger strike
		 * to protest against X": a protest is against whom its purpose names */
		if (!nt && p->cameo[0] == '1' && p->cameo[1] == '4' && i + 1 < c->nm) {
			const match *nx = &c->m[i + 1];
			const ng_i_vpat *np = &c->vw.pats[nx->pat];
			int ok = nx->t0 > mt->tlast + 1 && nx->t0 - mt->tlast <= 10 && (c->cls[nx->t0 - 1] & W_TO) &&
			         np->cameo[0] == '1' && np->cameo[1] <= '4';
			for (uint32_t u = mt->tlast + 1; ok && u < nx->t0; u++)
				if (is_hard_punct(c, u) || tok_is(c, u, ','))
					ok = 0;
			if (ok) {
				for (uint8_t k = 0; k < nx->ntgt && nt < 8; k++)
					tgts[nt++] = nx->tgt[k];
				if (!nt && !(np->flags & NG_I_VP_INTRANS)) {
					uint32_t after;
					int32_t mi = find_object(c, np, nx->tlast + 1, 6, 0, &after);
					if (mi >= 0) {
						tgts[nt++] = mi;
						coordinate_right(c, mi, tgts, &nt, &after);
					}
				}
			}
		}
		int inherited = inh_first;
		ng_modality inh_mod = inh_mod0;
		if (!ns && !nominal && !passive) {
			/* "we will ..." inside a quotation: the speaker */
			uint32_t u = mt->t0;
			int first = 0, coord = 0;
			for (int d = 0; d < 4 && u > c->sb; d++) {
				u--;
				uint32_t w = c->cls[u];
				if (w & W_FIRST) {
					first = 1;
					break;
				}
				if (tok_is(c, u, ',') || (w & W_CONJ)) {
					coord = 1;
					break;
				}
				if (!(w & (W_BE | W_HAVE | W_NEG | W_PLAN | W_HYPO | W_ADV | W_TO)))
					break;
			}
			if (first && c->quoted[mt->t0]) {
				if (speaker == -2)
					speaker = quote_speaker(c);
				if (speaker >= 0)
					srcs[ns++] = speaker;
			}
			/* "X must commit to ..., withdraw from ...": the subject of the verb before */
			if (coord && i > 0) {
				const match *pm = &c->m[i - 1];
				if (pm->rsrc >= 0 && mt->t0 - pm->tend < 14 && !(c->vw.pats[pm->pat].flags & NG_I_VP_NOMINAL)) {
					srcs[ns++] = pm->rsrc;
					inherited = 1;
					inh_mod = pm->rmod;
				}
			}
		}
		/* an active verb needs its subject; a noun its object (unless it stands alone) */
		if (!nominal && !passive && !ns)
			continue;
		if (nominal && !nt && !(p->flags & NG_I_VP_SOLO))
			continue;
		if ((p->flags & NG_I_VP_NEEDTARGET) && !nt)
			continue;
		if ((p->flags & NG_I_VP_STRUCTURAL) && (!ns || !nt))
			continue;
		if (!ns && !nt)
			continue;
		/* "met its targets", "attacked the decision", "struck a deal" */
		ng_i_vpat alt;
		if (!(p->flags & (NG_I_VP_PETRARCH | NG_I_VP_NOMINAL | NG_I_VP_AGENT))) {
			const struct obj_sense *os = object_sense(c, mt, passive);
			if (os && os->keep_with) {
				static const char *const with_[] = {"with", "alongside", NULL};
				for (uint8_t k = 0; k < nt && os; k++) {
					uint32_t b = c->x->mentions[tgts[k]].tok_begin;
					if (b > c->sb && word_in(c, b - 1, with_))
						os = NULL;
				}
			}
			if (os && !os->relation)
				continue;
			if (os) {
				alt = *p;
				alt.relation = os->relation;
				snprintf(alt.cameo, sizeof alt.cameo, "%s", os->cameo);
				p = &alt;
			}
		}
		ng_modality mod = modality_of(c, mt->t0, mt->tend);
		if (inherited && mod == NG_MOD_ASSERTED)
			mod = inh_mod;
		mt->rsrc = ns ? srcs[0] : -1;
		mt->rmod = mod;
		/* "X and Y clash near Z", "X and Y signed the deal in Z": coordinated
		 * subjects of a reciprocal verb act on each other; the place after a
		 * locative preposition is where, not whom */
		if ((p->flags & NG_I_VP_SYMMETRIC) && ns >= 2 && nt) {
			int all_loc = 1;
			for (uint8_t b = 0; b < nt && all_loc; b++)
				all_loc = tgts[b] >= 0 && is_place(c, tgts[b]) && mention_located(c, tgts[b]);
			if (all_loc)
				nt = 0;
		}
		if ((p->flags & (NG_I_VP_SYMMETRIC | NG_I_VP_PETRARCH)) && !nt && ns >= 2) {
			for (uint8_t a = 0; a < ns; a++)
				for (uint8_t b = 0; b < ns; b++)
					if (a != b && (st = emit(c, p, srcs[a], srcs[b], mod)))
						return st;
			continue;
		}
		if ((p->flags & NG_I_VP_SYMMETRIC) && !ns && nt >= 2) {
			for (uint8_t a = 0; a < nt; a++)
				for (uint8_t b = 0; b < nt; b++)
					if (a != b && (st = emit(c, p, tgts[a], tgts[b], mod)))
						return st;
			continue;
		}
		if (!ns)
			srcs[ns++] = -1;
		if (!nt)
			tgts[nt++] = -1;
		for (uint8_t a = 0; a < ns; a++)
			for (uint8_t b = 0; b < nt; b++)
				if ((st = emit(c, p, srcs[a], tgts[b], mod)))
					return st;
	}
	/* demands in reported speech: “..., but Israel must withdraw,” the official
	 * said; X said Y must withdraw */
	for (uint32_t t = c->sb; t + 1 < c->se; t++) {
		if (!(c->cls[t] & W_DEMAND))
			continue;
		if ((c->cls[t] & W_HAVE) && !(c->cls[t + 1] & W_TO))
			continue; /* "has" alone is no demand; "has to" is */
		if ((c->cls[t] & W_DEMAND) && !(c->cls[t] & (W_HYPO | W_HAVE)) && !(c->cls[t + 1] & W_TO))
			continue; /* "needs to" */
		int32_t subj[8];
		uint8_t nsubj = find_subject(c, t, subj);
		if (!nsubj)
			continue;
		uint32_t first = c->x->mentions[subj[0]].tok_begin;
		for (uint8_t k = 1; k < nsubj; k++)
			if (c->x->mentions[subj[k]].tok_begin < first)
				first = c->x->mentions[subj[k]].tok_begin;
		if (t - first > 10)
			continue; /* "Israel must": the subject stands right before the modal */
		int32_t who = -1;
		if (c->quoted[t]) {
			if (speaker == -2)
				speaker = quote_speaker(c);
			who = speaker;
		} else {
			who = report_speaker_before(c, first);
		}
		if (who < 0)
			continue;
		static const ng_i_vpat demand = {.relation = "demands", .cameo = "10"};
		for (uint8_t k = 0; k < nsubj; k++)
			if ((st = emit(c, &demand, who, subj[k], NG_MOD_ASSERTED)))
				return st;
	}
	return NG_OK;
}

/* The mentions-by-sentence index of ctx (a stable counting sort): O(mentions
 * + sentences) time and memory. */
static ng_status index_mentions(ctx *c)
{
	const struct ng_extraction *x = c->x;
	size_t ns = c->doc->nsentences;
	c->nm0 = c->mcap = x->nmentions;
	c->mstart = calloc(ns + 1, sizeof *c->mstart);
	c->mby = malloc((x->nmentions ? x->nmentions : 1) * sizeof *c->mby);
	c->madd_head = malloc((ns ? ns : 1) * sizeof *c->madd_head);
	if (!c->mstart || !c->mby || !c->madd_head)
		return ng_i_error(NG_ENOMEM, "out of memory coding events");
	for (size_t s = 0; s < ns; s++)
		c->madd_head[s] = -1;
	for (size_t i = 0; i < x->nmentions; i++)
		if (x->mentions[i].sentence < ns)
			c->mstart[x->mentions[i].sentence + 1]++;
	for (size_t s = 0; s < ns; s++)
		c->mstart[s + 1] += c->mstart[s];
	size_t *fill = malloc((ns ? ns : 1) * sizeof *fill);
	if (!fill)
		return ng_i_error(NG_ENOMEM, "out of memory coding events");
	memcpy(fill, c->mstart, ns * sizeof *fill);
	for (size_t i = 0; i < x->nmentions; i++)
		if (x->mentions[i].sentence < ns)
			c->mby[fill[x->mentions[i].sentence]++] = (uint32_t)i;
	free(fill);
	return NG_OK;
}

ng_status ng_i_events_run(struct ng_extraction *x, const ng_lexicon *lex, const ng_document *doc,
                          const struct ng_extract_options *opts)
{
	ng_extract_options defaults = NG_EXTRACT_OPTIONS_INIT;
	if (!opts)
		opts = &defaults;
	if (!x || !lex || !doc)
		return ng_i_error(NG_EINVAL, "ng_i_events_run: NULL argument");
	pthread_once(&wc_once, wc_init);
	ng_status st = NG_OK;
	ctx c;
	memset(&c, 0, sizeof c);
	c.lex = lex;
	c.doc = doc;
	c.x = x;
	c.opts = opts;
	c.verbs = lex->verbs;
	c.ev_cap = x->nevents;
	ng_i_verbs_view_get(lex->verbs, &c.vw);
	if (!lex->verbs || !c.vw.npats || !doc->ntokens || !x->nmentions)
		return NG_OK;
	size_t nt = doc->ntokens;
	c.mcover = malloc(nt * sizeof *c.mcover);
	c.cls = malloc(nt * sizeof *c.cls);
	c.trig = calloc(nt, 1);
	c.quoted = calloc(nt, 1);
	c.evnoun = calloc(nt, 1);
	if (!c.mcover || !c.cls || !c.trig || !c.quoted || !c.evnoun) {
		st = ng_i_error(NG_ENOMEM, "out of memory coding events");
		goto done;
	}
	for (size_t i = 0; i < nt; i++) {
		c.mcover[i] = -1;
		c.cls[i] = doc->tokens[i].kind == NG_TOK_WORD ? wclass(doc->tokens[i].hash) : 0;
	}
	for (size_t i = 0; i < x->nmentions; i++) {
		const ng_mention *m = &x->mentions[i];
		for (uint32_t t = m->tok_begin; t < m->tok_end && t < nt; t++)
			if (c.mcover[t] < 0)
				c.mcover[t] = (int32_t)i;
	}
	if ((st = index_mentions(&c)))
		goto done;
	/* events of an existing array are kept; ours are appended */
	for (size_t s = 0; s < doc->nsentences; s++) {
		const ng_sentence *sn = &doc->sentences[s];
		c.sb = sn->tok_begin;
		c.se = sn->tok_end > nt ? (uint32_t)nt : sn->tok_end;
		if (c.sb >= c.se)
			continue;
		/* a sentence without an actor mention has no event */
		int any = 0;
		for (uint32_t t = c.sb; t < c.se && !any; t++)
			any = c.mcover[t] >= 0;
		if (!any)
			continue;
		/* quotations: tokens between an opening and a closing mark */
		int inq = 0;
		for (uint32_t t = c.sb; t < c.se; t++) {
			int q = quote_kind(&c, t);
			if (q == 1 || (q == 3 && !inq))
				inq = 1;
			else if (q == 2 || (q == 3 && inq))
				inq = 0;
			else
				c.quoted[t] = (uint8_t)inq;
		}
		for (uint32_t t = c.sb; t < c.se; t++) {
			const uint32_t *cand;
			size_t ncand = doc->tokens[t].kind == NG_TOK_WORD
			                   ? ng_i_verbs_lookup(c.verbs, doc->tokens[t].hash, &cand)
			                   : 0;
			for (size_t i = 0; i < ncand; i++) {
				unsigned f = c.vw.pats[cand[i]].flags;
				if ((f & NG_I_VP_NOMINAL) && !(f & (NG_I_VP_STRUCTURAL | NG_I_VP_SOLO))) {
					/* the event's CAMEO root, so that a verb may read through a
					 * noun restating its own kind of event */
					const char *cd = c.vw.pats[cand[i]].cameo;
					c.evnoun[t] = cd[0] && cd[1] ? (uint8_t)(1 + (cd[0] - '0') * 10 + (cd[1] - '0')) : 255;
					break;
				}
			}
		}
		c.sent = s;
		c.sent_first_event = x->nevents;
		c.unless = 0;
		for (uint32_t t = c.sb; t < c.se && !c.unless; t++)
			c.unless = (c.cls[t] & W_UNLESS) != 0;
		c.nagent_ev = 0;
		if ((st = code_sentence(&c)))
			goto done;
		drop_agent_echoes(&c);
		if ((st = places_to_countries(&c)))
			goto done;
	}
done:
	free(c.mcover);
	free(c.cls);
	free(c.trig);
	free(c.quoted);
	free(c.evnoun);
	free(c.m);
	free(c.mby);
	free(c.mstart);
	free(c.madd_head);
	free(c.madd_next);
	return st;
}

ng_status ng_extract(ng_extraction **out, const ng_lexicon *lex, const ng_document *doc,
                     const ng_extract_options *opts)
{
	if (!out)
		return ng_i_error(NG_EINVAL, "ng_extract: NULL out");
	*out = NULL;
	ng_extraction *x = NULL;
	ng_status st = ng_extract_mentions(&x, lex, doc, opts);
	if (st)
		goto done;
	st = ng_i_events_run(x, lex, doc, opts);
	if (st || (st = ng_i_dates_resolve(x, lex, doc)))
		goto done;
	*out = x;
	x = NULL;
done:
	ng_extraction_free(x);
	return st;
}

/* Relation names by CAMEO root, for codes cameo.tsv does not list. */
const char *ng_i_cameo_relation_fallback(const char *code)
{
	static const char *const roots[21] = {
		"states", "states", "appeals", "agrees", "meets", "supports", "cooperates", "aids",
		"yields", "investigates", "demands", "criticizes", "rejects", "threatens", "protests",
		"mobilizes", "sanctions", "coerces", "attacks", "attacks", "attacks"};
	if (!code || code[0] < '0' || code[0] > '2' || code[1] < '0' || code[1] > '9')
		return "states";
	int r = (code[0] - '0') * 10 + (code[1] - '0');
	if (r > 20)
		return "states";
	if (strcmp(code, "0841") == 0)
		return "releases";
	if (strncmp(code, "173", 3) == 0)
		return "arrests";
	if (strncmp(code, "183", 3) == 0 || strncmp(code, "194", 3) == 0 || strncmp(code, "195", 3) == 0)
		return "strikes";
	if (strncmp(code, "1823", 4) == 0 || strncmp(code, "186", 3) == 0)
		return "kills";
	if (r == 4 && code[2]) {
		switch (code[2]) {
		case '1': return "consults";
		case '2': return "visits";
		case '5': return "mediates";
		case '6': return "negotiates";
		default: return "meets";
		}
	}
	return roots[r];
}
