/* Private layout of the name dictionaries (countries, actors, agent nouns):
 * actor records and a token-sequence table keyed by token hashes, shared by
 * the loaders (src/lexicon) and the mention recogniser (src/mentions). */
#ifndef NG_I_NAMES_H
#define NG_I_NAMES_H

#include "lexicon/lexicon_i.h"
#include "newsgraph/document.h"

#define NG_I_NAME_MAX_TOKENS 16

/* One actor known to the dictionaries. Strings live in the lexicon arena. */
typedef struct ng_i_actor {
	const char *id, *label;
	ng_actor_type type;
	char country[4], sector[4];
	const char *office;  /* "prime minister": the office the person holds, or NULL */
	const char *acronym; /* "IDF" or NULL */
	const char *parent;  /* id of the parent actor or NULL */
	const char *capital; /* countries: the capital's name, or NULL */
	const char *adjectives; /* actors.tsv: "Muslim|Islamic", its adjectives ("a|b"), or NULL */
	const char *names;      /* actors.tsv: its names column ("a|b"), or NULL */
	uint32_t dated_first, ndated; /* its date-restricted codes (PETRARCH dictionaries): names->dated */
} ng_i_actor;

/* A code an actor holds between two dates (a PETRARCH/TABARI actors dictionary's
   "[HOBGOV 20121109-20130119]", "[HOBELI >20130119]"; from and to are YYYYMMDD, 0 for
   open), or its undated default ("[HOB]": undated set). */
typedef struct ng_i_dated {
	long from, to;
	int undated;
	char country[4], sector[4];
} ng_i_dated;

/* What a dictionary phrase stands for. */
enum {
	NG_I_W_NAME = 0, /* a name of actor `ref` */
	NG_I_W_ADJ,      /* a demonym or adjective of country `ref` ("Qatari", "Israelis"), or of a
	                    people or community of actors.tsv ("Muslim", attribute adjectives=) */
	NG_I_W_PLACE,    /* a city of country `ref` ("Doha"); the capital has NG_I_EF_CAPITAL */
	NG_I_W_AGENT,    /* agent noun `ref` in the singular */
	NG_I_W_AGENT_PL, /* agent noun `ref` in the plural */
	NG_I_W_DROPPED   /* dropped by an aliases file: matches nothing */
};

/* Entry flags. */
enum {
	NG_I_EF_CS = 1u << 0,       /* case-sensitive: matches only as written (ALL CAPS in the file) */
	NG_I_EF_CAPITAL = 1u << 1,  /* the capital of its country */
	NG_I_EF_PLURAL = 1u << 2    /* demonym in the plural ("Israelis") */
};

/* A phrase of the dictionary, at the end of its token sequence. */
typedef struct ng_i_entry {
	uint32_t ref;      /* actor index (NAME, ADJ, PLACE) or agent index (AGENT*) */
	uint8_t what;      /* NG_I_W_* */
	uint8_t flags;     /* NG_I_EF_* */
	uint8_t ntok;
	uint8_t pad_;
	const char *form;  /* the phrase as written (for case-sensitive matching) */
	int32_t next;      /* next entry with the same token sequence, -1 at the end */
} ng_i_entry;

/* Agent flags (agents.tsv `flags`). */
enum {
	NG_I_AF_TITLE = 1u << 0,
	NG_I_AF_OFFICE = 1u << 1,
	NG_I_AF_HONORIFIC = 1u << 2,
	NG_I_AF_GROUP = 1u << 3,
	NG_I_AF_ORG = 1u << 4
};

typedef struct ng_i_agent {
	const char *noun;  /* singular, lower case */
	char sector[4];
	unsigned flags;    /* NG_I_AF_* */
} ng_i_agent;

/* Slot of the token-sequence table: key = hash chain of the tokens so far. */
typedef struct ng_i_seq_slot {
	uint64_t key;  /* 0 = empty */
	int32_t head;  /* first entry ending here, -1 when the sequence is only a prefix */
	uint32_t longer; /* 1 << what of every phrase longer than the sequence that begins with it
	                    (a look-up for other kinds can stop here; dropped entries keep their bit) */
} ng_i_seq_slot;

/* Cue phrases of mention-cues.tsv. */
enum {
	NG_I_CUE_LOCATIVE = 0, /* "in": the name after it says where */
	NG_I_CUE_CREDIT,       /* "contributed to this report": a credit line */
	NG_I_CUE_THING,        /* "act": the last word of a law, a festival */
	NG_I_CUE_CITED_BY,     /* "told", "according to": an outlet after it is cited */
	NG_I_CUE_CITES,        /* "reported", "survey": an outlet before it is cited */
	NG_I_CUE_AFFILIATION,  /* "of", "at": the body after a person quoted */
	NG_I_CUE_MODIFIER,     /* "the", "its": a name between it and a noun qualifies the noun */
	NG_I_CUE_PLACE_NOUN,   /* "reef", "prison": a name before it is a place */
	NG_I_CUE_THING_NOUN,   /* "ship", "website": a name in apposition to it is a thing */
	NG_I_CUE_JOINS,        /* "on", "for": joins an organisation's name to the name after it */
	NG_I_CUE_CITY_BODY,    /* "mayor": a capital's own body, not its country's */
	NG_I_CUE_SITE,         /* "in": a state's name after it may only say where */
	NG_I_CUE_OBLIQUE,      /* "to", "for": a body named once after it is named in passing */
	NG_I_CUE_PAST,         /* "former": an agent noun it qualifies no longer speaks for its body */
	NG_I_CUE_OWNED,        /* "border", "missile": a state's possessive before it acts */
	NG_I_CUE_ONCE_ACTS,    /* "from", "by": a state named once after it acts */
	NG_I_CUE_BODY_ACTS,    /* "of", "by": a body the dictionary does not know acts after it */
	NG_I_CUE_LEADER_BODY,  /* "administration": after a leader's name, the leader's state */
	NG_I_CUE_OUTLET_STAFF, /* "correspondent": the body whose name qualifies it is an outlet */
	NG_I_CUE_PEOPLE,       /* "Muslims": the last word of a name of an unnamed collective */
	NG_I_CUE_HYPHEN_OWNER, /* "led": "Saudi-led" stands for the actor before the hyphen */
	NG_I_CUE_HYPHEN_PROXY, /* "backed": "Iran-backed" names no act of the actor, only a tie */
	NG_I_CUE_SHARE,        /* "half", "percent": a part of a people, counted, before "of" */
	NG_I_CUE_ONCE_ORIGIN,  /* "from": a state named once after it acts only for an event or agent noun */
	NG_I_CUE_FROM_GIVER,   /* "received": a verb whose "from" phrase names who gives */
	NG_I_CUE_PORTFOLIO,    /* "minister": the last word of a title whose portfolio a name before it names */
	NG_I_CUE_REGION,       /* "northern": before a state's name, a region of it */
	NG_I_CUE_ORGAN,        /* "Senate": a name any state's body may have */
	NG_I_CUE_PORTFOLIO_WORD, /* "justice": a word that names a portfolio before "and" */
	NG_I_CUE_NOT_PREFIX,   /* "non": before a hyphen and a name, not that actor */
	NG_I_CUE_NCLASSES
};
#define NG_I_CUE_MAX_TOKENS 6
typedef struct ng_i_cue {
	uint32_t hash[NG_I_CUE_MAX_TOKENS];
	uint8_t ntok, cls;
} ng_i_cue;

/* Word classes of en/name-words.tsv, bits of one word's set; the order is
 * that of ng_i_wclass_names. */
enum {
	NG_I_WC_FUNCTION = 1u << 0,      /* function: never the first word of a name */
	NG_I_WC_CALENDAR = 1u << 1,      /* calendar: weekdays, months, time zones */
	NG_I_WC_PARTICLE = 1u << 2,      /* particle: "bin", "van" inside a person's name */
	NG_I_WC_ORG_SUFFIX = 1u << 3,    /* org-suffix: last word of an organisation's name */
	NG_I_WC_PLACE_SUFFIX = 1u << 4,  /* place-suffix: last word of a place's name */
	NG_I_WC_PLACE_PREFIX = 1u << 5,  /* place-prefix: first word of a place's name */
	NG_I_WC_GROUP_HEAD = 1u << 6,    /* group-head: "the group" refers back */
	NG_I_WC_PLACE_CUE = 1u << 7,     /* place-cue: a word before a place */
	NG_I_WC_SPEECH = 1u << 8,        /* speech-verb: "X said" */
	NG_I_WC_EVENT = 1u << 9,         /* event-suffix: last word of an event's name */
	NG_I_WC_EVENT_NOUN = 1u << 10,   /* event-noun: "an Indian proposal" */
	NG_I_WC_CLAUSE = 1u << 11,       /* clause-opener */
	NG_I_WC_MVERB = 1u << 12,        /* metonym-verb: "Washington said" */
	NG_I_WC_NOUN_S = 1u << 13,       /* plural-noun: "Doha talks" */
	NG_I_WC_ADVERB = 1u << 14,       /* inner-adverb */
	NG_I_WC_BODY_HEAD = 1u << 15,    /* body-head: "the ministry" refers back alone */
	NG_I_WC_COPULA = 1u << 16,       /* copula */
	NG_I_WC_WILLING = 1u << 17,      /* willing: "Moscow was ready to" */
	NG_I_WC_SETTLEMENT = 1u << 18,   /* settlement: "the town of X" */
	NG_I_WC_FIRM_CUE = 1u << 19,     /* firm-cue: "X shares fell" */
	NG_I_WC_GROUP_PLACE = 1u << 20,  /* group-place: "rebels *in* the Ivory Coast" */
	NG_I_WC_GROUP_ORIGIN = 1u << 21, /* group-origin: "soldiers *from* Rwanda" */
	NG_I_WC_MEMBER_QUAL = 1u << 22,  /* member-qualifier: "*Senior* Tories", "*Many* Labour MPs" */
	NG_I_WC_NCLASSES = 23,
	NG_I_WC_COMMON = 1u << 30        /* not a class of name-words.tsv: an ordinary word of common-words.txt */
};
typedef struct ng_i_wclass {
	uint32_t hash; /* token hash of the word, 0 = empty slot */
	uint32_t cls;  /* NG_I_WC_* bits */
} ng_i_wclass;

struct ng_i_names {
	ng_i_actor *actors;
	size_t nactors, actors_cap;
	ng_i_dated *dated; /* the actors' date-restricted codes, each actor's in file order */
	size_t ndated, dated_cap;
	ng_i_strmap actor_ids; /* id -> actor index */
	ng_i_agent *agents;
	size_t nagents, agents_cap;
	ng_i_entry *entries;
	size_t nentries, entries_cap;
	ng_i_seq_slot *slots;
	size_t slots_cap, slots_used; /* power of two */
	size_t countries, names;      /* counts for ng_lexicon_stats */
	unsigned max_tokens;          /* longest phrase, in tokens */
	ng_i_cue *cues;               /* mention-cues.tsv, grouped by class in the order read */
	size_t ncues, cues_cap;
	size_t cue_begin[NG_I_CUE_NCLASSES + 1]; /* class c's cues: cues[cue_begin[c] .. cue_begin[c + 1]) */
	ng_i_wclass *wclass;          /* open-addressing map of en/name-words.tsv and common-words.txt */
	size_t wclass_cap, nwclass;   /* power of two */
};

/* The sequence key after appending a token hash to `key` (start with NG_I_SEQ_SEED). */
#define NG_I_SEQ_SEED 0x9E3779B97F4A7C15ULL
static inline uint64_t ng_i_seq_next(uint64_t key, uint32_t tok_hash)
{
	uint64_t k = ng_i_mix64(key ^ ((uint64_t)tok_hash * 0x100000001B3ULL));
	return k ? k : 1;
}

/* Looks a sequence key up: returns the slot or NULL when no phrase starts so. */
static inline const ng_i_seq_slot *ng_i_names_find(const struct ng_i_names *nm, uint64_t key)
{
	if (!nm || !nm->slots)
		return NULL;
	size_t mask = nm->slots_cap - 1, i = (size_t)key & mask;
	for (;;) {
		const ng_i_seq_slot *s = &nm->slots[i];
		if (s->key == key)
			return s;
		if (s->key == 0)
			return NULL;
		i = (i + 1) & mask;
	}
}

/* Is the one-token phrase with token hash h an agent noun of the dictionary
   ("leader", "officials")? */
static inline int ng_i_names_agent_word(const struct ng_i_names *nm, uint32_t h)
{
	const ng_i_seq_slot *sl = ng_i_names_find(nm, ng_i_seq_next(NG_I_SEQ_SEED, h));
	for (int32_t e = sl ? sl->head : -1; e >= 0; e = nm->entries[e].next)
		if (nm->entries[e].what == NG_I_W_AGENT || nm->entries[e].what == NG_I_W_AGENT_PL)
			return 1;
	return 0;
}

/* Is the one-word phrase of token hash h a cue of class cls (NG_I_CUE_*) of
   mention-cues.tsv? */
static inline int ng_i_names_cue_word(const struct ng_i_names *nm, unsigned cls, uint32_t h)
{
	for (size_t q = nm ? nm->cue_begin[cls] : 0; nm && q < nm->cue_begin[cls + 1]; q++)
		if (nm->cues[q].ntok == 1 && nm->cues[q].hash[0] == h)
			return 1;
	return 0;
}

/* The word classes (NG_I_WC_* bits) of a token hash, 0 when none. */
static inline uint32_t ng_i_names_wclass(const struct ng_i_names *nm, uint32_t h)
{
	if (!nm || !nm->wclass_cap || !h)
		return 0;
	size_t mask = nm->wclass_cap - 1, i = h & mask;
	while (nm->wclass[i].hash) {
		if (nm->wclass[i].hash == h)
			return nm->wclass[i].cls;
		i = (i + 1) & mask;
	}
	return 0;
}

/* Is the token hash that of a common lower-case word (common-words.txt)? */
static inline int ng_i_names_common(const struct ng_i_names *nm, uint32_t h)
{
	return (ng_i_names_wclass(nm, h) & NG_I_WC_COMMON) != 0;
}

/* Does the text of tokens [b, e) match `form` as written (ignoring spaces)? */
int ng_i_names_form_matches(const ng_document *doc, size_t b, size_t e, const char *form);
/* The first token written in lower case where `form` has a capital, or -1. */
long ng_i_names_form_case_conflict(const ng_document *doc, size_t b, size_t e, const char *form);

/* Index of the actor with this id, or -1. */
long ng_i_names_actor(const struct ng_i_names *nm, const char *id);
/* The code actor `ref` holds on date `ymd` (YYYYMMDD): the first of its
   date-restricted codes whose dates hold it, else its undated one; NULL when it
   has none of them (then its own country and sector hold). */
const ng_i_dated *ng_i_names_dated(const struct ng_i_names *nm, long ref, long ymd);

#endif
