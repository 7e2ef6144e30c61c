/* Private interface of the tree-based event coder.
 *
 * The coder reads a dependency tree (ng_i_tree, built from the syntax stage's
 * ng_parse by tree.c, or from CoNLL-U by the tests) and the actor mentions,
 * and runs one stage after another on each parsed sentence:
 *
 *   triggers.c   lemma (+ object) -> the rules of data/en/events.tsv that fire
 *   arguments.c  source and target mentions from dependency paths
 *   modality.c   negation, modals, plans, demands (data/en/modality.tsv)
 *   emit.c       CAMEO row, dedupe, location, confidence -> ng_event
 *
 * No stage calls back up the pipeline; the orchestrator (src/extract) owns
 * ng_extract. The rules live in the lexicon (rules.c loads them). */
#ifndef NG_I_CODER_H
#define NG_I_CODER_H

#include <string.h>

#include "newsgraph/extract.h"
#include "lexicon/lexicon_i.h"

/* ------------------------------------------------------------ the tree */

/* The dependency relations the coder reads; every other label is R_OTHER. */
enum {
	R_OTHER = 0, R_NSUBJ, R_NSUBJ_PASS, R_CSUBJ, R_OBJ, R_IOBJ, R_OBL, R_OBL_AGENT, R_OBL_TMOD,
	R_NMOD, R_NMOD_POSS, R_CASE, R_CONJ, R_CC, R_APPOS, R_ACL, R_ACL_RELCL, R_XCOMP, R_CCOMP,
	R_ADVCL, R_AUX, R_AUX_PASS, R_COP, R_ADVMOD, R_DET, R_AMOD, R_COMPOUND, R_COMPOUND_PRT,
	R_FLAT, R_MARK, R_ROOT, R_PARATAXIS, R_PUNCT, R_NUMMOD, R_EXPL, R_FIXED, R_COUNT
};
/* R_* of a UD label ("nsubj:pass", "flat:name"); R_OTHER when unknown. */
uint8_t ng_i_rel_of(const char *label, size_t n);

typedef struct ng_i_ttok {
	const char *lemma;    /* lower-case lemma ("" when not analysed) */
	const char *xpos;     /* Penn tag ("VBN"), "_" when not analysed */
	uint32_t lhash;       /* ng_i_hash_bytes of the lemma */
	int32_t head;         /* document token index, -1 for the root */
	int32_t first_child;  /* first dependent in token order, -1 */
	int32_t next_sibling; /* next dependent of the same head, -1 */
	uint8_t rel;          /* R_* */
	uint8_t upos;         /* ng_upos */
	uint8_t level;        /* NG_SYNTAX_SKIP, _TAG, _PARSE */
} ng_i_ttok;

/* One entry per document token. */
typedef struct ng_i_tree {
	ng_i_ttok *t;
	size_t n;
	/* the document's sentences (borrowed; NULL when unknown): no arc leaves its
	   sentence, so a repair relinks one sentence, not the document */
	const ng_sentence *sents;
	size_t nsents;
} ng_i_tree;

/* From the syntax stage's parse (lemmas lower-cased into `arena`). */
ng_status ng_i_tree_from_parse(ng_i_tree *out, const ng_parse *p, const struct ng_i_rules *rules,
                               ng_i_arena *arena);
/* Rebuilds first_child/next_sibling from head (tokens in order). O(n). */
void ng_i_tree_link(ng_i_tree *t);
/* The same for the sentence that holds token i only (the whole tree when the
 * tree has no sentences or an arc leaves that sentence). O(sentence). */
void ng_i_tree_link_at(ng_i_tree *t, size_t i);
/* Undoes parser slips the coder knows (a name read as a compound of a time
 * phrase: "meet France tomorrow"). O(n). */
struct ng_i_dates;
/* Undoes parser slips the coder knows (a name read as part of a time phrase;
 * a day word read as a verb's subject or object: "X today praised Y", "lifted
 * Friday a blockade"); `doc` and `dates` (may be NULL) give the day words. */
void ng_i_tree_repair(ng_i_tree *t, const ng_document *doc, const struct ng_i_dates *dates);
/* Undoes tagger slips the coder knows from its rules: a past tense read as an
 * adjective on its object ("guerrillas [wounded] two soldiers"), when the verb
 * starts an event rule. O(n) plus a relink per repair. */
struct ng_i_rules;
void ng_i_tree_repair_verbs(ng_i_tree *t, const struct ng_i_rules *R, ng_i_arena *arena);
/* Undoes parser slips around the names the mentions stage found (a name read
 * as a dependent of its own titles). O(mentions + their words). */
void ng_i_tree_repair_names(ng_i_tree *t, const ng_document *doc, const ng_mention *m, size_t nm);
/* The repairs by id, so that each can be measured alone against gold trees
 * (`newsgraph parse --repair=ID,...`, bench/repair_accuracy.sh). The *_some
 * forms run only the repairs whose bits are set in `mask`. */
enum {
	NG_I_REPAIR_TIME_COMPOUND, NG_I_REPAIR_RELATIVE_SUBJECT, NG_I_REPAIR_SUBJECT_ON_AUX,
	NG_I_REPAIR_SPLIT_SUBJECT, NG_I_REPAIR_TWO_SUBJECTS, NG_I_REPAIR_OPENING_PHRASE,
	NG_I_REPAIR_NOMINAL_ROOT_VERB, NG_I_REPAIR_FLOATING_QUANTIFIER, NG_I_REPAIR_INFINITIVE_CONJUNCT,
	NG_I_REPAIR_COMMA_LIST, NG_I_REPAIR_INFINITIVE_COMPLEMENT, NG_I_REPAIR_CONJUNCT_AFTER_CLAUSE,
	NG_I_REPAIR_VERB_CONJUNCT_OF_NOUN, NG_I_REPAIR_QUOTE_SPEAKER, NG_I_REPAIR_DAY_ARGUMENT,
	NG_I_REPAIR_BARE_AGENT, NG_I_REPAIR_PARTICIPLE_TITLE, NG_I_REPAIR_REPORTED_OBJECT,
	NG_I_REPAIR_TRAILING_REPORT, NG_I_REPAIR_ADJECTIVE_VERB, NG_I_REPAIR_SUBORDINATE_CLAUSE,
	NG_I_REPAIR_LIST_AFTER_CLAUSE, NG_I_REPAIR_NOUN_CONJUNCT_OF_VERB, NG_I_REPAIR_MARKED_GERUND_SUBJECT,
	NG_I_REPAIR_UNMARKED_OBJECT, NG_I_REPAIR_GOVERNED_INFINITIVE,
	NG_I_REPAIR_PREDICATE_ADJECTIVE, NG_I_REPAIR_APPOSITIVE_SUBJECT, NG_I_REPAIR_UNJOINED_COMPLEMENT,
	NG_I_REPAIR_FRONTED_SUBJECT, NG_I_REPAIR_REPORTED_OBLIQUE, NG_I_REPAIR_LISTED_SPEAKER,
	NG_I_REPAIR_BETWEEN_PAIR, NG_I_REPAIR_CONJUNCT_OBJECT, NG_I_REPAIR_AGENT_PHRASE,
	NG_I_REPAIR_REDUCED_RELATIVE, NG_I_REPAIR_COMMA_PARTICIPLE, NG_I_REPAIR_QUOTED_PREDICATE,
	NG_I_REPAIR_SUBJECT_NOUN_VERB, NG_I_REPAIR_MEANS_GERUND,
	NG_I_REPAIR_CONJOINED_CLAUSE, NG_I_REPAIR_ZERO_RELATIVE, NG_I_REPAIR_TRAILING_SPEAKER,
	NG_I_REPAIR_OBJECT_BEFORE_SPEAKER, NG_I_REPAIR_BRACKETED_SUBJECT, NG_I_REPAIR_COMPOUND_SUBJECT,
	NG_I_REPAIR_DAY_PHRASE, NG_I_REPAIR_PARTICIPLE_SUBJECT, NG_I_REPAIR_CONJUNCT_COMPOUND,
	NG_I_REPAIR_PARTICIPLE_VERB, NG_I_REPAIR_COUNT
};
#define NG_I_REPAIR_BIT(id) (UINT64_C(1) << (id))
#define NG_I_REPAIR_ALL ((UINT64_C(1) << NG_I_REPAIR_COUNT) - 1u)
_Static_assert(NG_I_REPAIR_COUNT < 64, "a repair mask is one bit per repair in a uint64_t");
/* "comma-list" for NG_I_REPAIR_COMMA_LIST; NULL past the end. */
const char *ng_i_repair_name(unsigned id);
void ng_i_tree_repair_some(ng_i_tree *t, const ng_document *doc, const struct ng_i_dates *dates, uint64_t mask);
void ng_i_tree_repair_verbs_some(ng_i_tree *t, const struct ng_i_rules *R, ng_i_arena *arena, uint64_t mask);
void ng_i_tree_free(ng_i_tree *t);

/* ------------------------------------------------------------ the rules */

enum { POS_VERB = 'V', POS_NOUN = 'N', POS_ADJ = 'A', POS_LIGHT = 'L', POS_DERIVED = 'R' };

/* What the trigger's object must be for the rule to fire. */
enum { OBJ_ANY = 0, OBJ_ACTOR, OBJ_THING, OBJ_LEMMAS, OBJ_NONE, OBJ_PRED,
       OBJ_PRED_LEMMAS, /* "as:terrorist": a predicate said of the object names one of the lemmas */
       OBJ_SCORE, /* "@score": a result of a game follows the object ("beat Chelsea 2-1") */
       OBJ_PERSON, /* "@person": the object names a person ("beat Smith": a contest) */
       OBJ_NAME, /* "@name": the object is an actor's name, no description ("beat Chelsea", not "beat
                   Palestinian detainees") */
       OBJ_BARE, /* "@bare": no object, no clause and no oblique ("Uganda refused.") */
       OBJ_CIVIL, /* "@civil": no sense by the object; the trigger's sense when the sides the
                    chosen rule found are unarmed (rule sides.civil, ng_i_side_sense) */
       OBJ_QUESTION, /* "@question": a clausal complement that is a question ("'...?' he asked";
                        rule obj.question) */
       OBJ_CTL, /* "@ctl": a noun whose ctl.nmod:P target role finds its phrase ("a call *on X* to
                   act": the appeal, not a phone call; rule obj.ctl) */
       OBJ_ABSTRACT, /* "@abstract": the object (of a noun: the head of its "on"/"against" phrase)
                       is a noun of an abstraction, kind abstract of en/abstract-nouns.tsv ("attacked
                       the cost of X", "an attack on Tory plans"; rule obj.abstract) */
       OBJ_CLAUSE /* "@clause": no object, a clausal complement (ccomp) instead ("demonstrated that
                     X ...", "demonstrate why ..."; rule obj.clause) */,
       OBJ_COMPOUND /* "@compound": no object, and a subject with a conjunct ("X and Y agree
                       that ..."; PETRARCH's '% *', rule petr.compound) */ };

/* One role path: where an argument is found from the trigger. */
typedef struct ng_i_role {
	uint8_t rel;        /* R_NSUBJ, R_OBJ, R_IOBJ, R_OBL, R_NMOD, R_NMOD_POSS, R_AMOD (adjective or
	                       compound modifier naming a country), R_XCOMP ("support": subject of the
	                       light verb whose object the event noun is) */
	uint8_t via_obj;    /* look from the trigger's object (1: "hold talks with $T"), its
	                       clausal complement (2: "offered to hand X over to $T") or the light
	                       verb whose object the event noun is (3: "put pressure on $T"), or the
	                       first actor inside the object's phrase (4, obj.deep), or the subject
	                       of a condition clause on the act or its complement (5, cond.subj:
	                       "threatened to strike unless $T withdrew"), or the first actor inside
	                       the complement clause past its subject (6, comp.deep: "promised to
	                       continue aid to $T"), or who did the act that caused it (10, cause:
	                       "killed in *Turkish* shelling"), or the first actor inside the P
	                       oblique (12, obl.deep:P: "blamed attacks on militants on *X's* soil") */
	uint32_t prep;      /* hash of the case word for R_OBL/R_NMOD ("with"), 0 = any */
} ng_i_role;

enum {
	RF_SYMMETRIC = 1u << 0,  /* coordinated actors act on each other: "X and Y met" */
	RF_NEEDTARGET = 1u << 1, /* no event without a target */
	RF_REPORT = 1u << 2,     /* a reporting verb: no event; its clause complement is reported speech */
	RF_SOLO = 1u << 3,       /* an event noun that needs no target: "Egypt's mediation" */
	RF_STRUCTURAL = 1u << 4, /* leads, member_of, part_of */
	RF_NONE = 1u << 5,       /* a sense that is no event: "meet a target" */
	RF_USER = 1u << 6,       /* from a user's --verbs dictionary: wins over the shipped rules */
	RF_ABROAD = 1u << 7,     /* crosses a border: none between actors of one country ("returned to Washington") */
	RF_MUTUAL = 1u << 8,     /* the target acts on the source too: "X met with Y" */
	RF_REPLY = 1u << 9,      /* a reply to an accusation ("denied the allegations"): with no target of
	                            its own, its target is who last accused, charged or acted against
	                            its source in this sentence or the two before, or the author named in
	                            an adverbial clause on it, or for criminal charges the story's state */
	RF_TERRITORY = 1u << 10, /* an act of a state on those in its territory ("arrested"): in the
	                            passive with no agent, the state the act happens in is its source */
	RF_PURPOSE = 1u << 11,   /* with no target of its own, the target of the act its purpose
	                            infinitive names ("a hunger strike to demand X's resignation") */
	RF_PATIENT = 1u << 13,   /* a person as the possessor or compound of the noun, with no target of
	                            its own, is its target ("Kennedy's assassination", "the Kennedy slaying") */
	RF_HOLDER = 1u << 14,    /* a release or freedom demanded (critic36): with no target of its own,
	                            its target is the state the story is about, who holds the person
	                            ("demanded the release of X"), unless that is the own country of
	                            the person or country that demands it */
	RF_COMPLEMENT = 1u << 12 /* not written in the data: set when one of the rule's target roles
	                            reads its clausal complement (comp.*): "alleges [X has failed]" */
};

#define NG_I_MAX_ROLES 14
#define NG_I_MAX_CAND 64 /* candidates of one sentence */
typedef struct ng_i_rule {
	const char *id;          /* stable id: "meet.v", "hold.talks" */
	const char *relation;    /* NULL: from the CAMEO table by code */
	char cameo[8];
	char cameo2[8];          /* "A:B" in the cameo column: B, the target's act on the source (flag
	                            mutual; PETRARCH's "[032:033]": X arrives in Y, Y hosts X) */
	uint8_t pos;             /* POS_* */
	uint8_t obj;             /* OBJ_* */
	uint8_t nsrc, ntgt;
	uint32_t obj_first, nobj;/* OBJ_LEMMAS, OBJ_PRED_LEMMAS: lemma hashes in rules->hashes */
	uint32_t pred_case;      /* OBJ_PRED_LEMMAS: hash of the case word of an oblique predicate ("as") */
	ng_i_role src[NG_I_MAX_ROLES], tgt[NG_I_MAX_ROLES];
	uint32_t flags;          /* RF_* */
	uint32_t line;
	uint32_t trigger_hash;
	int32_t next;            /* next rule with the same trigger lemma, -1 */
	uint32_t chain_flags;    /* flags of this rule and of all after it in the chain (OR): a
	                            repair asks "has this lemma a reporting rule?" of every verb */
} ng_i_rule;

/* Argument resolution (data/en/arguments.tsv, resolve.c): how a word that
 * names no actor stands for one. */
enum { ARG_PRONOUN = 1, ARG_SPEAKER, ARG_AGENT, ARG_PAIR, ARG_PAIRCUE, ARG_DEMONYM, ARG_GROUP, ARG_TIMED, ARG_BARE, ARG_PAIRCASE, ARG_OBJMARK, ARG_KIN, ARG_ANAPHOR, ARG_DEFINITE, ARG_SUBSUMES, ARG_ACT, ARG_REACTION, ARG_QUANTITY, ARG_LIGHTNOUN, ARG_CAPITAL, ARG_CHARGE, ARG_LOCATED, ARG_MEASURE, ARG_REPEAT, ARG_CLAUSEMARK, ARG_DOCUMENT, ARG_BEHALF, ARG_THINGAGENT, ARG_DERIVED, ARG_CULPRIT, ARG_INSTRUMENT, ARG_ORGAN, ARG_SEAT, ARG_PROMISE, ARG_ACCUSATION, ARG_RECIPROCAL, ARG_FLOW, ARG_CAUSE, ARG_EXAMPLE, ARG_ARMED, ARG_ABSTRACT, ARG_AMOUNT, ARG_AFFILIATE, ARG_CONTEST, ARG_SAMEFORM, ARG_KIND_END };
/* argwords[].kinds holds one bit per kind */
_Static_assert(ARG_KIND_END <= 64, "more argument kinds than bits in ng_i_argword.kinds");
enum { ARGW_ANY = 0, ARGW_PERSON, ARGW_THING, ARGW_PLURAL, ARGW_COUNTRY };
#define NG_I_ARG_MAX_SECTORS 16
typedef struct ng_i_argrule {
	const char *id;      /* "arg.he" */
	uint8_t kind;        /* ARG_* */
	uint8_t what;        /* ARGW_*: what a pronoun or pair noun refers to */
	uint8_t nsectors;
	char sectors[NG_I_ARG_MAX_SECTORS][4]; /* ARG_AGENT: the agent sectors that stand for the state;
	                                          ARG_GROUP: for the story's armed group, whose sector
	                                          is one of them too; ARG_BARE: CAMEO roots exempt;
	                                          ARG_SUBSUMES: CAMEO roots subsumed;
	                                          ARG_ACT: the CAMEO roots of the acts the noun may
	                                          refer back to (none: any); ARG_REACTION: the CAMEO
	                                          codes (prefixes) of the rules that react to an act */
	uint32_t verbs[8];   /* ARG_DERIVED: lemma hashes of the verbs the row's noun derives from;
	                        ARG_RECIPROCAL: token hashes of the words that close the phrase;
	                        ARG_AFFILIATE: token hashes of the case words of the phrase */
	uint8_t nverbs;
} ng_i_argrule;
typedef struct ng_i_argword {
	uint32_t hash;       /* ng_i_token_hash of the word */
	uint16_t rule;       /* index into args */
	int32_t next;        /* the next argword of the same hash (in file order), -1 */
	uint64_t kinds;      /* the first of a hash: bit 1 << ARG_* of each kind of its chain */
} ng_i_argword;

/* Modality cues (data/en/modality.tsv). */
enum {
	MW_AUX = 1, MW_NEG, MW_MARK, MW_GOVERNOR,
	MW_DEMAND, /* an auxiliary that makes a reported clause the speaker's demand ("must") */
	MW_THREAT, /* a governor whose complement is a threat, not an act ("threatened to strike") */
	MW_ULTIMATUM, /* the mark of a condition that makes a planned act a threat ("will withdraw unless") */
	MW_REFUSAL,   /* a governor whose complement is an act refused ("refused to deploy") */
	MW_CONDITION, /* a subordinator whose clause makes an act its speaker announces for itself a
	                 threat ("said it would expel X if ...") */
	MW_CONTRAST,  /* a coordinator that keeps the first conjunct's negation from the next ("will not
	                 attack X but support Y") */
	MW_FAULT,     /* a predicate that, heading a reported clause, finds fault with the clause's
	                 subject ("said Ukraine had violated the truce": criticizes Ukraine) */
	MW_DENIAL,    /* a predicate that, heading a reported clause about a thing said, denies it
	                 ("'This is completely false,' X said": X rejects, a reply) */
	MW_INTENT,    /* a governor whose complement its subject states it will do ("promised to
	                 continue aid", "is willing to withdraw"): an expression of intent */
	MW_EPITHET,   /* an adjective that, modifying a noun an actor owns in a reported clause,
	                 finds fault with the actor ("said it was time to stop Israel's cruel attacks") */
	MW_PLEA,      /* an auxiliary or the verb heading a reported clause that makes it the speaker's
	                 appeal ("said Washington should act", "needs to act": appeals, not demands) */
	MW_OBJECT,    /* a verb whose object (or passive subject) the event noun is, that sets its
	                 modality ("postponed their meeting", "the visit was cancelled") */
	MW_PENDING,   /* the word right before an infinitive's "to" that says the act has not
	                 happened ("has yet to meet", "is yet to accept") */
	MW_CEASED,    /* a comparative adverb that a negation word before it makes the act's
	                 negation ("will no longer recognize X") */
	MW_NEGREJECT, /* a verb of acceptance whose act, negated, with both its actors, is the
	                 rejection of its target ("does not recognize X's claim": rejects X) */
	MW_LIGHTFAULT, /* a verb whose object, a fault word, is the clause's predicate ("posed a
	                  grave threat", "constitutes a violation"): a copula for the fault */
	MW_FAULTCASE, /* the case word of a copular predicate event noun that finds fault with the
	                 subject ("X was behind the attacks") */
	MW_ATTRIBUTION, /* the case word of an oblique that names who says the clause ("according
	                   to X"): the clause is X's reported speech */
	MW_SPEECH,    /* a verb with an event rule of its own whose clause complement is still its
	                 subject's saying: with no target of its own, the clause is read as reported
	                 speech ("warned that X's ties with Y are dangerous": criticizes X and Y) */
	MW_ABSENT,    /* the case word of an event noun that says it did not take place ("ended
	                 *without* a deal") */
	MW_BREACH,    /* a verb that, with an object of kind pledge, finds fault as a fault word does
	                 ("said X had broken the truce", rule fault.breach) */
	MW_PLEDGE     /* an undertaking or a rule that a verb of kind breach breaks ("promise", "law") */
};
typedef struct ng_i_modword {
	uint32_t hash;
	uint8_t where;    /* MW_* */
	uint8_t modality; /* ng_modality */
	uint8_t reported; /* modality under a reporting verb instead (would -> planned), 0 = same */
	int32_t next;     /* the next cue of the same hash (in file order), -1 */
	uint32_t kinds;   /* the first of a hash: bit 1 << MW_* of each cue of its chain */
} ng_i_modword;
/* Rows of a table found by their word's hash (the argument words, the modality
 * cues): open addressing from a hash to the first row of that hash, whose own
 * chain holds the others in file order. */
#define NG_I_HINDEX_SLOTS 8192 /* 4,096 different words (arguments.tsv has about 210 and
                                  abstract-nouns.tsv 2,050, modality.tsv 170) */
typedef struct ng_i_hindex {
	uint32_t hash[NG_I_HINDEX_SLOTS];
	int32_t first[NG_I_HINDEX_SLOTS]; /* 1 + the first row of the hash, 0 for an empty slot */
	uint32_t n;                       /* distinct hashes */
} ng_i_hindex;
/* The first row of hash h, -1 when none. */
int32_t ng_i_hindex_first(const ng_i_hindex *x, uint32_t h);
/* Row w of hash h: the first row of h found before it (w goes on its chain), or
 * -1 when w is the first (now indexed), -2 when the index is full. */
int32_t ng_i_hindex_add(ng_i_hindex *x, uint32_t h, int32_t w);

/* A filter of the hashes of a short list scanned word by word (the modality cues, the
   words of arguments.tsv): one bit of 1,024 set for each hash in the list, so that a word
   whose bit is clear, most words of a sentence, skips the scan. */
#define NG_I_HFILTER_WORDS 16
static inline uint32_t ng_i_hfilter_bit(uint32_t h) { return (h * 0x9E3779B1u) >> 22; }
static inline void ng_i_hfilter_add(uint64_t *f, uint32_t h)
{
	uint32_t b = ng_i_hfilter_bit(h);
	f[b >> 6] |= 1ULL << (b & 63);
}
static inline int ng_i_hfilter_may(const uint64_t *f, uint32_t h)
{
	uint32_t b = ng_i_hfilter_bit(h);
	return (int)(f[b >> 6] >> (b & 63) & 1);
}

struct ng_i_rules {
	ng_i_rule *rules;
	size_t len, cap;
	uint32_t *hashes;
	size_t nhashes, hcap;
	ng_i_strmap index;      /* trigger lemma -> first rule index ("turn down": a phrasal verb) */
	ng_i_strmap phrasal;    /* the verb of a phrasal trigger ("turn" of "turn down") -> 1 */
	int32_t rule_demand;    /* 1 + the derived rule "demand" (pos R), 0 when none */
	int32_t rule_threat;    /* 1 + the derived rule "threat" */
	int32_t rule_refusal;   /* 1 + the derived rule "refusal" */
	int32_t rule_criticism; /* 1 + the derived rule "criticism" */
	int32_t rule_denial;    /* 1 + the derived rule "denial" */
	int32_t rule_plea;      /* 1 + the derived rule "plea" (a reported appeal) */
	float confidence[8];    /* by CONF_* class (data/en/confidence.tsv); 0 = not given */
	uint32_t place_roots;   /* bit r: in CAMEO root r a place stands for its state (places.tsv) */
	ng_i_modword *mods;
	size_t nmods, mcap;
	ng_i_argrule *args;
	size_t nargs, args_cap;
	ng_i_argword *argwords;
	size_t nargwords, argwords_cap;
	uint64_t mods_filter[NG_I_HFILTER_WORDS];     /* the hashes of mods (ng_i_hfilter_*) */
	ng_i_hindex mods_index;                       /* a cue's rows found here, not by a scan of mods */
	uint64_t argwords_filter[NG_I_HFILTER_WORDS]; /* the hashes of argwords */
	ng_i_hindex argwords_index;                   /* word_rule finds a word's rows here, not by a scan */
	ng_i_arena arena;
};

/* Does a derived rule read a reporting verb's clause as an event of its own
 * (a demand, fault, denial or plea said)? Then reporting verbs are candidates. */
static inline int ng_i_rules_report_derives(const struct ng_i_rules *r)
{
	return r->rule_demand || r->rule_criticism || r->rule_denial || r->rule_plea;
}

/* The first rule whose trigger lemma has hash h (chain by ->next); -1 when none. */
int32_t ng_i_rules_first(const struct ng_i_rules *r, const char *lemma, size_t n);
/* The same with the lemma's hash h (ng_i_hash_bytes(lemma, n): a tree token's lhash). */
int32_t ng_i_rules_first_h(const struct ng_i_rules *r, const char *lemma, size_t n, uint32_t h);
/* The flags (RF_*) of all rules of the lemma with hash h (OR); 0 when none. */
uint32_t ng_i_rules_lemma_flags(const struct ng_i_rules *r, const char *lemma, size_t n, uint32_t h);
/* Is lemma the verb of a phrasal trigger ("turn" of "turn down")? */
int ng_i_rules_phrasal(const struct ng_i_rules *r, const char *lemma, size_t n);
/* The modality cue of a lemma at a place (MW_*), or NULL. */
/* The kinds (a bit 1 << MW_* each) of the modality.tsv rows of the word of lemma hash `hash`, in one
 * look-up; 0 for none. */
unsigned ng_i_rules_modkinds(const struct ng_i_rules *r, uint32_t hash);
const ng_i_modword *ng_i_rules_modword(const struct ng_i_rules *r, uint32_t hash, uint8_t where);
/* Does a rule coded `cameo` react to an act (kind reaction of arguments.tsv)? */
int ng_i_arg_reaction(const struct ng_i_rules *r, const char *cameo);
/* Is the word of token hash `hash` one of arguments.tsv's words of kind `kind` (ARG_*)? */
int ng_i_arg_word_is(const struct ng_i_rules *r, uint32_t hash, uint8_t kind);
/* The row of that kind listing the word, or NULL. */
const ng_i_argrule *ng_i_arg_word_row(const struct ng_i_rules *r, uint32_t hash, uint8_t kind);
/* Whether the word hashed is a pronoun of a person (a kind pronoun row of what person: "he"). */
int ng_i_person_pronoun(const struct ng_i_rules *r, uint32_t hash);
/* The kinds (a bit 1 << ARG_* each) of the arguments.tsv rows of the word of hash `hash` (a
   form's or a lemma's); 0 for none. */
uint64_t ng_i_arg_word_kinds(const struct ng_i_rules *r, uint32_t hash);
/* Whether a source found by `path` (as --explain shows it) makes no event without a
 * target, for a rule coded `cameo` (kind bare of arguments.tsv, but for the roots it exempts). */
int ng_i_bare_path(const struct ng_i_rules *r, const char *path, const char *cameo);
/* Whether an event of relation `rel` makes one coded `cameo` of the same pair in its
 * sentence redundant (kind subsumes of arguments.tsv: a kill is the attack that killed). */
int ng_i_subsumes(const struct ng_i_rules *r, const char *rel, const char *cameo);
/* Whether a promise coded `rel` from its complement (kind promise of arguments.tsv) gives way to
 * an act coded `cameo` in that complement ("vowed to destroy X": no agreement with X). */
int ng_i_promise_voided(const struct ng_i_rules *r, const char *rel, const char *cameo);
/* Whether the first arguments.tsv row of kind `kind` lists a CAMEO root or code that `cameo`
 * starts with (kind instrument: the acts a weapon carries out; accusation: the verbs whose
 * participle names an act's doer). */
int ng_i_arg_kind_root(const struct ng_i_rules *r, uint8_t kind, const char *cameo);
/* Whether the first arguments.tsv row of kind `kind` lists sector `sector` (kind armed). */
int ng_i_arg_kind_sector(const struct ng_i_rules *r, uint8_t kind, const char *sector);
int ng_i_capital_root(const struct ng_i_rules *r, const char *cameo);
/* Whether a located phrase names the target of an event coded `cameo` (the roots of the kind
 * located row of arguments.tsv; every code when it lists none). */
int ng_i_located_root(const struct ng_i_rules *r, const char *cameo);
static inline int ng_i_rule_has_obj(const struct ng_i_rules *r, const ng_i_rule *u, uint32_t h)
{
	for (uint32_t i = 0; i < u->nobj; i++)
		if (r->hashes[u->obj_first + i] == h)
			return 1;
	return 0;
}

/* ------------------------------------------------------------ the stages */

/* A candidate event inside one sentence. */
typedef struct ng_i_cand {
	int32_t rule;        /* index into rules */
	int32_t orig_rule;   /* the rule that found the actors (differs for derived rules) */
	int32_t trigger;     /* token */
	int32_t obj;         /* the token of the object that chose the sense, -1 */
	int32_t src[4], tgt[4];
	uint8_t nsrc, ntgt;
	int32_t location;    /* mention, -1 */
	uint8_t modality;
	uint8_t intent;      /* a planned act its actor states it will do (ng_i_stated_intent): coded
	                        as CAMEO's expression of intent (03) or threat (13), emit.c */
	uint8_t src_path, tgt_path; /* which role found them (index + 1), 0 none, 255 the speaker */
	uint8_t src_how;     /* how the subject was found: 1 own, 2 passive agent, 3 control, 4 relative
	                        clause or participle, 5 coordinated verb, 6 light verb, 7 a finite verb
	                        the parser left without one (the actor before it) */
	int32_t alt[4];      /* the other rules that matched, best first, of the chosen rule's
	                        CAMEO root: tried in turn when the chosen one cannot code */
	int32_t altobj[4];
	uint8_t nalt;
	int32_t civil;       /* the trigger's @civil rule + 1 (rule sides.civil), 0 none */
	uint8_t contest;     /* a force its sides do in a game (rule sides.contest): no event */
	int32_t eaten_by;    /* an event noun whose verb chose its sense ("signed an agreement"): that
	                        verb's candidate, which stands for it when it finds a source; -1 none */
	const char *src_res, *tgt_res; /* the arguments.tsv row that resolved them, or NULL */
	float confidence;
	uint8_t fate;        /* why ng_i_emit coded nothing from it (CAND_*), for NG_TRACE_EVENTS */
} ng_i_cand;

/* ng_i_cand.fate: what ng_i_emit did with a candidate. */
enum { CAND_CODED = 0, CAND_REPORT, CAND_NO_TARGET, CAND_BARE, CAND_NO_SOURCE, CAND_PAIRCASE, CAND_PROMISED, CAND_CONTEST };

typedef struct ng_i_coder {
	const ng_lexicon *lex;
	const struct ng_i_rules *rules;
	const ng_document *doc;
	struct ng_extraction *x;
	const ng_i_tree *tree;
	const int32_t *mcover;   /* token -> mention covering it, -1 */
	size_t ev_cap;
	unsigned structural;     /* emit structural links */
	ng_i_arena *arena;       /* for explain paths */
	unsigned explain;
	/* places.c: mentions by sentence, so that finding a country mention of a
	 * sentence costs the sentence, not the document. The mentions that existed
	 * before coding are mby[mstart[s] .. mstart[s + 1]); those stand-ins append
	 * are chained from madd_head[s] through madd_next[i - nm0]. Built by
	 * ng_i_places_index, freed by ng_i_places_free. */
	uint32_t *mby;
	size_t *mstart;
	int32_t *madd_head, *madd_next;
	size_t nm0, madd_cap, mcap; /* mentions before coding; capacities */
	char story_state[4];        /* resolve.c: the country the document names most, once found (a
	                               copy: the mentions array grows while coding), "" none */
	int story_done;
	int32_t story_group;        /* resolve.c: a mention of the armed group the document names
	                               most (index before coding), -1 none; story_group_done once found */
	int story_group_done;
	int32_t *pron_res;          /* resolve.c: token -> the mention an it/they there was read as
	                               when coding an argument, -1 (places.c allocates it) */
	const struct ng_i_cand *cand; /* the candidates of the sentence being coded, in token order
	                                 (resolve.c: an act noun refers back to one before it) */
	size_t ncand;
	struct ng_i_cand *back;     /* those of the up to three sentences before it that kept their
	                               place after emission (nback, room 3 * NG_I_MAX_CAND), oldest
	                               first: act nouns (the sentence before), arg.act.derived */
	size_t nback;
} ng_i_coder;

/* modality.c: a quote continued in a sentence of its own ([b, e), no reporting
   verb) by the speaker of the quote before it: the criticism its clause makes,
   into *k (1), or 0. */
int ng_i_quote_fault(ng_i_coder *c, uint32_t b, uint32_t e, int32_t speaker, ng_i_cand *k);
/* modality.c, rule fault.attributed: "According to X, Y has violated ...": X criticizes Y. */
int ng_i_attributed_fault(ng_i_coder *c, uint32_t b, uint32_t e, ng_i_cand *k);
/* triggers.c: the candidates of tokens [b, e) (one per firing rule and trigger). */
size_t ng_i_find_triggers(const ng_i_coder *c, uint32_t b, uint32_t e, ng_i_cand *out, size_t cap);
/* After arguments: drops an event noun whose verb found a source (not one that names both
   its sides, ng_i_pair_sides), else that verb
   (eaten_by); a verb that found no target it needs gives way to a noun that stands
   alone (solo); returns the new count. */
size_t ng_i_drop_eaten(const ng_i_coder *c, ng_i_cand *cand, size_t n);
/* When the rule a trigger chose finds no actors to code with, the next rule of its CAMEO
   root that matched and does ("attacked the camp": the PETRARCH sense of "camp" needs a
   target, attack.v does not); the chosen rule when none does. */
ng_status ng_i_fall_back(ng_i_coder *c, ng_i_cand *k);
/* Rule sides.civil: when the trigger has an @civil rule and the sides the chosen rule found
   are unarmed (no side of a sector of the kind armed row of arguments.tsv, no country or place
   of no sector, no people a noun describes but the state's agents, and a person or body of
   another sector, or a person of none against a body or a state's organ), that rule codes it, its actors found again by its own roles ("Howard and
   Blair clashed": a row, not a battle). */
ng_status ng_i_side_sense(ng_i_coder *c, ng_i_cand *k);
/* Rule sides.contest: marks k (contest = 1: no event) when its force is a move in a game, its sides
   all players, clubs or teams of no sector and sentence [b, e) naming a game (kind contest of
   arguments.tsv, or a score). */
void ng_i_contest_sense(const ng_i_coder *c, ng_i_cand *k, uint32_t b, uint32_t e);
/* 1 when a lemma tagged `upos` starts an event rule of that part of speech,
 * 2 when it is a reporting verb (an event only with a demand cue in its
 * clause), 0 otherwise (the triggers stage fires on the same lemma and part of
 * speech: the parse keeps the tags). */
int ng_i_token_may_trigger(const struct ng_i_rules *r, const char *lemma, uint8_t upos);
/* The same with the lemma's length n and hash h (ng_i_hash_bytes: a tree token's lhash). */
int ng_i_token_may_trigger_h(const struct ng_i_rules *r, const char *lemma, size_t n, uint32_t h, uint8_t upos);
/* The rules of a lemma tagged `upos` in a sentence whose lemma hashes are
 * lem[0..nlem) (ng_i_token_may_trigger_h, finer), as bits: NG_I_MAY_FIRE when
 * one may fire there, that is an event rule that names no object, predicate
 * or modifier lemmas or one some word of the sentence has ("have talks" needs
 * "talk"), that is no light verb (its event noun starts a rule of its own)
 * and, when structural links are off, no structural one; NG_I_MAY_REPORT when
 * a reporting verb's rule comes first; NG_I_MAY_EVENT when
 * ng_i_token_may_trigger_h would return 1 (an event rule comes first, whether
 * it may fire or not); lem NULL: no sentence, no rule ruled out by its
 * words. Decides which sentences `extract` parses. */
enum { NG_I_MAY_FIRE = 1, NG_I_MAY_REPORT = 2, NG_I_MAY_EVENT = 4 };
unsigned ng_i_token_may_fire(const struct ng_i_rules *r, const char *lemma, size_t n, uint32_t h, uint8_t upos,
                             const uint32_t *lem, size_t nlem, int structural);
/* Whether a rule of part of speech POS_* fires on a token tagged `upos`. */
static inline int ng_i_pos_ok(uint8_t rule_pos, uint8_t upos)
{
	switch (rule_pos) {
	case POS_VERB: return upos == NG_UPOS_VERB;
	case POS_NOUN: return upos == NG_UPOS_NOUN;
	case POS_ADJ: return upos == NG_UPOS_ADJ || upos == NG_UPOS_VERB;
	default: return 0;
	}
}
/* arguments.c: does noun token tok start an event rule ("attack", "withdrawal")? Its "by"
 * phrase names who did it. */
/* The noun a measure object o counts (kind measure of arguments.tsv: "fired *dozens
 * of* rockets"), through measures of measures; -1 (triggers.c). */
int32_t ng_i_measured_obj(const ng_i_coder *c, int32_t o);
int ng_i_event_noun(const ng_i_coder *c, int32_t tok);
/* arguments.c: fills src/tgt/location of a candidate (may add mentions: resolve.c). */
ng_status ng_i_find_arguments(ng_i_coder *c, ng_i_cand *k);
/* resolve.c: the mentions (at most 2) that token tok, which names no actor,
 * stands for; *rule the id of the arguments.tsv row. May append mentions. */
typedef struct ng_i_resolving {
	int symmetric;       /* the rule is reciprocal: a plural pronoun may stand for two actors */
	const int32_t *excl; /* mentions of the other side: their actors are not candidates */
	uint8_t nexcl;
	int reaction;        /* the target of a rule that reacts to an act (kind reaction of
	                        arguments.tsv): an act noun there stands for the act's actor */
	int32_t trigger;     /* the trigger of the candidate whose argument it is */
	int strike;          /* the target of an act that keeps the place it strikes (a class not in
	                        places.tsv) */
	int located;         /* and of a root of kind located of arguments.tsv, where a common noun
	                        stands for the place that locates it ("fired at targets in $T") */
} ng_i_resolving;
/* The sentence of document token tok (binary search). */
uint32_t ng_i_sentence_of(const ng_document *doc, int32_t tok);
ng_status ng_i_resolve(ng_i_coder *c, int32_t tok, const ng_i_resolving *rs, int32_t *out, uint8_t *n,
                       const char **rule);
/* May a token (by its ng_token hash) stand for an actor through resolve.c?
 * Decides, with the mentions, which sentences to parse and code. */
int ng_i_token_may_resolve(const ng_lexicon *lex, uint32_t hash);
/* Whether a word is an agent noun of arguments.tsv (kind agent or group): "government", "militants". */
int ng_i_agent_word(const ng_lexicon *lex, uint32_t hash);
/* Appends a mention made by the coder (chained into its sentence's list). */
/* A new mention over token tok (sentence s) of the state the story is about,
 * sector `sector`; *out -1 when the story names none or it is country `not`. */
ng_status ng_i_story_state_mention(ng_i_coder *c, int32_t tok, uint32_t s, const char *sector, const char *not,
                                   int32_t *out);
ng_status ng_i_mention_append(ng_i_coder *c, const ng_mention *m, int32_t *out);
/* The mention that a token stands for (itself, or one of its name parts), -1. */
int32_t ng_i_mention_of(const ng_i_coder *c, int32_t tok);
/* ctl.nmod:P of noun t (rule arg.ctl-noun): the P phrase an infinitive after it has for its
   subject ("a call *for X* to act"); -1 when none. */
int32_t ng_i_ctl_nmod(const ng_i_tree *tr, int32_t t, uint32_t prep);
/* Are mentions a and b (-1: none) both of one resolved actor (the same id)? */
static inline int ng_i_one_actor(const ng_i_coder *c, int32_t a, int32_t b)
{
	const char *p = a >= 0 ? c->x->mentions[a].actor : NULL, *q = b >= 0 ? c->x->mentions[b].actor : NULL;
	return p && q && strcmp(p, q) == 0;
}
/* The mention that is the subject of a verb (own or inherited), -1. */
int32_t ng_i_subject_of(const ng_i_coder *c, int32_t verb);
/* Whether a quotation mark stands between tokens a and b (a direct quote). */
int ng_i_quoted(const ng_i_coder *c, int32_t a, int32_t b);
/* The country whose demonym adjective token k is ("Freedonian"), -1. */
long ng_i_demonym_word(const ng_i_coder *c, int32_t k);
/* How many quotation marks stand between tokens a and b. */
int ng_i_quote_marks(const ng_i_coder *c, int32_t a, int32_t b);
/* modality.c */
uint8_t ng_i_find_modality(const ng_i_coder *c, const ng_i_cand *k);
/* A threatened act becomes the threat; a reported "must" the speaker's demand
 * (the rules "threat" and "demand" of events.tsv). */
void ng_i_derive(ng_i_coder *c, ng_i_cand *k);
/* 1 when planned act k is an intention its actor states: its governor is an intent word
 * of modality.tsv ("pledged to send aid"), or it is reported by its own actor ("Syria
 * said it would withdraw"). */
int ng_i_stated_intent(const ng_i_coder *c, const ng_i_cand *k);
/* emit.c: whether candidate q, an event noun of a symmetric rule, names both its sides
 * coordinated in a phrase of its own sentence after a case word of kind paircase ("talks
 * between X and Y"): the event is theirs, whoever else hosts it. */
int ng_i_pair_sides(const ng_i_coder *c, const ng_i_cand *q);
/* emit.c: appends the events of the candidates of one sentence. */
ng_status ng_i_emit(ng_i_coder *c, uint32_t sentence, ng_i_cand *k, size_t n);
/* After places (places.c): the sentence's events (from `first`) once more one per pair and
 * class, and none that another subsumes (kind subsumes of arguments.tsv). */
ng_status ng_i_emit_finish(ng_i_coder *c, size_t first);

/* Classes of events for the confidence table: how sure the path that found
 * the actors is. */
enum {
	CONF_VERB_BOTH = 0, /* a verb, its own subject (or agent) and a target */
	CONF_VERB_SOURCE,   /* a verb and its own subject, no target */
	CONF_INHERITED,     /* the subject inherited (control, coordination, relative clause) */
	CONF_NOUN_BOTH,     /* an event noun with source and target */
	CONF_NOUN_SOURCE,   /* an event noun with only a source */
	CONF_DERIVED,       /* a reported demand or a threat */
	CONF_HYPO,          /* anything not asserted */
	CONF_COUNT
};

/* The case word (lemma hash) of nominal dependent t ("with" of "with Egypt"), 0 when none. */
static inline uint32_t ng_i_case_of(const ng_i_tree *tr, int32_t t)
{
	/* a participle used as a case word gives way to a case word after it, next to the
	   noun: "including *by* X" (rule arg.case-participle) */
	for (int32_t c = tr->t[t].first_child; c >= 0; c = tr->t[c].next_sibling)
		if (tr->t[c].rel == R_CASE) {
			int32_t d = tr->t[c].next_sibling;
			if (tr->t[c].xpos && tr->t[c].xpos[0] == 'V' && d >= 0 && d < t && tr->t[d].rel == R_CASE)
				continue;
			return tr->t[c].lhash;
		}
	return 0;
}

/* tree.c: is token k of doc a double quote mark (ASCII or typographic)? */
int ng_i_quote_mark(const ng_document *doc, size_t k);
/* tree.c: the same, single quote marks too (', ‘, ’, and `` '' of treebank text). */
int ng_i_any_quote_mark(const ng_document *doc, size_t k);

/* rules.c: the rules part of a lexicon, created on first use. */
ng_status ng_i_rules_get(struct ng_i_rules **out, ng_lexicon *lex);
/* places.c: places of this sentence's events (from `first` on) that stand for their state. */
ng_status ng_i_places(ng_i_coder *c, size_t first);
ng_status ng_i_places_locate(ng_i_coder *c, size_t first);
ng_status ng_i_places_index(ng_i_coder *c);
int ng_i_place_is_capital(const ng_i_coder *c, int32_t mi);
int ng_i_root_reads_places(const struct ng_i_rules *r, const char *code);
void ng_i_places_free(ng_i_coder *c);

/* The whole coder on the parsed sentences of a document (code.c). */
ng_status ng_i_events_code(struct ng_extraction *x, const ng_lexicon *lex, const ng_document *doc,
                           const ng_i_tree *tree, const ng_extract_options *opts);

#endif
