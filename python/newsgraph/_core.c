/* newsgraph._core: the C extension over libnewsgraph.
 *
 * Thin on purpose: a Session holds the dictionaries (and the syntax models)
 * and runs the library's extraction; a Graph holds an ng_graph. Everything
 * the CLI prints (events, mentions, graph.json) comes from the library's own
 * writers, so Python sees exactly the CLI's fields. The GIL is released
 * while C code runs; errors raise newsgraph.Error with the library's message.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsgraph/newsgraph.h"

static PyObject *Error; /* newsgraph.Error */

static PyObject *raise_ng(const char *msg)
{
	PyErr_SetString(Error, msg && *msg ? msg : "newsgraph: unknown error");
	return NULL;
}

/* ------------------------------------------------------------ Session */

typedef struct {
	PyObject_HEAD
	ng_lexicon *lex;
	ng_syntax_model *syntax;
} Session;

static void Session_dealloc(Session *self)
{
	ng_lexicon_free(self->lex);
	ng_syntax_model_free(self->syntax);
	Py_TYPE(self)->tp_free((PyObject *)self);
}

static int Session_init(Session *self, PyObject *args, PyObject *kw)
{
	static char *kwlist[] = {"data_dir", NULL};
	const char *dir = NULL;
	if (!PyArg_ParseTupleAndKeywords(args, kw, "|z", kwlist, &dir))
		return -1;
	if (!dir)
		dir = ng_lexicon_default_dir();
	ng_lexicon *lex = NULL;
	ng_syntax_model *syn = NULL;
	ng_status st;
	char msg[1024] = "";
	Py_BEGIN_ALLOW_THREADS
	st = ng_lexicon_new(&lex);
	if (!st)
		st = ng_lexicon_load_dir(lex, dir);
	if (!st)
		st = ng_syntax_model_load(&syn, dir);
	if (st)
		snprintf(msg, sizeof msg, "%s", ng_error_last());
	Py_END_ALLOW_THREADS
	if (st) {
		ng_lexicon_free(lex);
		ng_syntax_model_free(syn);
		raise_ng(msg);
		return -1;
	}
	ng_lexicon_free(self->lex);
	ng_syntax_model_free(self->syntax);
	self->lex = lex;
	self->syntax = syn;
	return 0;
}

/* A document's fields, copied out of Python objects so that the GIL can be
 * released while C works on them. */
typedef struct doc_args {
	const char *id, *text, *date, *url;
	Py_ssize_t len;
} doc_args;

/* Runs extraction (events = 1) or mention finding (events = 0) on one text
 * and returns the library's JSON Lines as a Python str. */
static PyObject *run_one(Session *self, const doc_args *d, int events, int all_names)
{
	if (!self->lex)
		return raise_ng("newsgraph: session not initialised");
	char *buf = NULL;
	size_t len = 0;
	char msg[1024] = "";
	ng_status st = NG_OK;
	Py_BEGIN_ALLOW_THREADS
	ng_document *doc = NULL;
	ng_extraction *x = NULL;
	ng_document_options dopts = NG_DOCUMENT_OPTIONS_INIT;
	ng_extract_options xo = NG_EXTRACT_OPTIONS_INIT;
	xo.syntax = self->syntax;
	xo.structural = 0; /* as `newsgraph extract`: events only, no structural links (build keeps them) */
	st = ng_document_new(&doc, d->id, d->text, (size_t)d->len, d->date, d->url, &dopts);
	if (!st)
		st = events      ? ng_extract(&x, self->lex, doc, &xo)
		     : all_names ? ng_extract_mentions(&x, self->lex, doc, &xo)
		                 : ng_extract_entities(&x, self->lex, doc, &xo);
	if (!st && !events && !all_names) {
		/* as `newsgraph entities`: actors only, no place that only locates,
		 * no news outlet cited as a source, no name in passing (all_names
		 * keeps them) */
		size_t k = 0;
		for (size_t i = 0; i < x->nmentions; i++)
			if (ng_mention_is_actor(&x->mentions[i]))
				x->mentions[k++] = x->mentions[i];
		x->nmentions = k;
	}
	if (!st) {
		FILE *f = open_memstream(&buf, &len);
		if (!f) {
			st = NG_ENOMEM;
			snprintf(msg, sizeof msg, "out of memory");
		} else {
			st = events ? ng_write_events_jsonl(f, x) : ng_write_mentions_jsonl(f, x);
			if (fclose(f) != 0 && !st) {
				st = NG_ENOMEM;
				snprintf(msg, sizeof msg, "out of memory");
			}
		}
	}
	if (st && !msg[0])
		snprintf(msg, sizeof msg, "%s", ng_error_last());
	ng_extraction_free(x);
	ng_document_free(doc);
	Py_END_ALLOW_THREADS
	if (st) {
		free(buf);
		return raise_ng(msg);
	}
	PyObject *r = PyUnicode_DecodeUTF8(buf ? buf : "", (Py_ssize_t)len, "replace");
	free(buf);
	return r;
}

static PyObject *session_run(Session *self, PyObject *args, PyObject *kw, int events)
{
	static char *kwlist[] = {"text", "id", "date", "url", "all_names", NULL};
	doc_args d = {"-", NULL, NULL, NULL, 0};
	int all_names = 0;
	if (!PyArg_ParseTupleAndKeywords(args, kw, "s#|zzzp", kwlist, &d.text, &d.len, &d.id, &d.date, &d.url,
	                                 &all_names))
		return NULL;
	if (!d.id)
		d.id = "-";
	return run_one(self, &d, events, all_names);
}

static PyObject *Session_extract(Session *self, PyObject *args, PyObject *kw)
{
	return session_run(self, args, kw, 1);
}

static PyObject *Session_entities(Session *self, PyObject *args, PyObject *kw)
{
	return session_run(self, args, kw, 0);
}

/* ---------------------------------------------------------------- Graph */

typedef struct {
	PyObject_HEAD
	ng_graph *g;
} Graph;

static PyTypeObject GraphType;

static void Graph_dealloc(Graph *self)
{
	ng_graph_free(self->g);
	Py_TYPE(self)->tp_free((PyObject *)self);
}

static Graph *graph_wrap(ng_graph *g)
{
	Graph *o = PyObject_New(Graph, &GraphType);
	if (!o) {
		ng_graph_free(g);
		return NULL;
	}
	o->g = g;
	return o;
}

static int Graph_init(Graph *self, PyObject *args, PyObject *kw)
{
	if (!PyArg_ParseTuple(args, ""))
		return -1;
	ng_graph *g = NULL;
	if (ng_graph_new(&g)) {
		raise_ng(ng_error_last());
		return -1;
	}
	ng_graph_free(self->g);
	self->g = g;
	return 0;
}

/* Session.build(docs): docs is a sequence of (id, text, date, url) tuples
 * (date and url may be None). Extracts every document, in order, into one
 * graph, then sorts and analyses it as `newsgraph build` does. */
static PyObject *Session_build(Session *self, PyObject *args)
{
	PyObject *seq;
	if (!PyArg_ParseTuple(args, "O", &seq))
		return NULL;
	PyObject *fast = PySequence_Fast(seq, "build() takes a sequence of (id, text, date, url) tuples");
	if (!fast)
		return NULL;
	Py_ssize_t n = PySequence_Fast_GET_SIZE(fast);
	doc_args *docs = PyMem_Calloc((size_t)(n ? n : 1), sizeof *docs);
	if (!docs) {
		Py_DECREF(fast);
		return PyErr_NoMemory();
	}
	for (Py_ssize_t i = 0; i < n; i++) {
		PyObject *t = PySequence_Fast_GET_ITEM(fast, i);
		if (!PyArg_ParseTuple(t, "zs#zz;each document is (id, text, date, url)", &docs[i].id, &docs[i].text,
		                      &docs[i].len, &docs[i].date, &docs[i].url)) {
			PyMem_Free(docs);
			Py_DECREF(fast);
			return NULL;
		}
		if (!docs[i].id)
			docs[i].id = "-";
	}
	ng_graph *g = NULL;
	char msg[1024] = "";
	ng_status st;
	Py_BEGIN_ALLOW_THREADS
	st = ng_graph_new(&g);
	ng_document_options dopts = NG_DOCUMENT_OPTIONS_INIT;
	ng_extract_options xo = NG_EXTRACT_OPTIONS_INIT;
	xo.syntax = self->syntax;
	for (Py_ssize_t i = 0; !st && i < n; i++) {
		ng_document *doc = NULL;
		ng_extraction *x = NULL;
		st = ng_document_new(&doc, docs[i].id, docs[i].text, (size_t)docs[i].len, docs[i].date, docs[i].url,
		                     &dopts);
		if (!st)
			st = ng_extract(&x, self->lex, doc, &xo);
		if (!st)
			st = ng_graph_add_extraction(g, x);
		if (st)
			snprintf(msg, sizeof msg, "%s: %s", docs[i].id, ng_error_last());
		ng_extraction_free(x);
		ng_document_free(doc);
	}
	if (!st) {
		ng_analysis_options ao = NG_ANALYSIS_OPTIONS_INIT;
		st = ng_graph_sort(g);
		if (!st)
			st = ng_analyze(g, &ao);
		if (st)
			snprintf(msg, sizeof msg, "%s", ng_error_last());
	}
	Py_END_ALLOW_THREADS
	PyMem_Free(docs);
	Py_DECREF(fast);
	if (st) {
		ng_graph_free(g);
		return raise_ng(msg);
	}
	return (PyObject *)graph_wrap(g);
}

/* Graph.from_json(text, name): a graph read from graph.json or extract's
 * JSON Lines, as `newsgraph merge` reads them. */
static PyObject *Graph_from_json(PyObject *cls, PyObject *args)
{
	const char *buf, *name = "<graph>";
	Py_ssize_t len;
	if (!PyArg_ParseTuple(args, "s#|s", &buf, &len, &name))
		return NULL;
	ng_graph *g = NULL;
	char msg[1024] = "";
	ng_status st;
	Py_BEGIN_ALLOW_THREADS
	st = ng_read_graph_json_buffer(&g, name, buf, (size_t)len);
	if (st)
		snprintf(msg, sizeof msg, "%s", ng_error_last());
	Py_END_ALLOW_THREADS
	if (st)
		return raise_ng(msg);
	return (PyObject *)graph_wrap(g);
}

/* Graph.merge_from(other): adds other's actors, events and documents. */
static PyObject *Graph_merge_from(Graph *self, PyObject *args)
{
	Graph *other;
	if (!PyArg_ParseTuple(args, "O!", &GraphType, &other))
		return NULL;
	if (other == self)
		return raise_ng("newsgraph: cannot merge a graph into itself");
	ng_status st;
	char msg[1024] = "";
	Py_BEGIN_ALLOW_THREADS
	st = ng_graph_merge(self->g, other->g);
	if (st)
		snprintf(msg, sizeof msg, "%s", ng_error_last());
	Py_END_ALLOW_THREADS
	if (st)
		return raise_ng(msg);
	Py_RETURN_NONE;
}

/* Graph.analyze(): sorts and analyses, as build and merge do before writing. */
static PyObject *Graph_analyze(Graph *self, PyObject *args)
{
	ng_status st;
	char msg[1024] = "";
	Py_BEGIN_ALLOW_THREADS
	ng_analysis_options ao = NG_ANALYSIS_OPTIONS_INIT;
	st = ng_graph_sort(self->g);
	if (!st)
		st = ng_analyze(self->g, &ao);
	if (st)
		snprintf(msg, sizeof msg, "%s", ng_error_last());
	Py_END_ALLOW_THREADS
	if (st)
		return raise_ng(msg);
	Py_RETURN_NONE;
}

/* Graph.write(path, format): one of "json", "graphml", "ranking-csv",
 * "nodes-csv" (with edges_path), "svg", "png", "pdf", "dot", "html". */
static PyObject *Graph_write(Graph *self, PyObject *args, PyObject *kw)
{
	static char *kwlist[] = {"path", "format", "edges_path", "top", NULL};
	const char *path, *fmt, *edges = NULL;
	Py_ssize_t top = 40;
	if (!PyArg_ParseTupleAndKeywords(args, kw, "ss|zn", kwlist, &path, &fmt, &edges, &top))
		return NULL;
	if (top < 0) {
		PyErr_SetString(PyExc_ValueError, "top must be >= 0");
		return NULL;
	}
	ng_status st;
	char msg[1024] = "";
	int known = 1;
	Py_BEGIN_ALLOW_THREADS
	ng_render_options ro = NG_RENDER_OPTIONS_INIT;
	ro.top = (size_t)top;
	if (strcmp(fmt, "json") == 0)
		st = ng_write_graph_json(self->g, path);
	else if (strcmp(fmt, "graphml") == 0)
		st = ng_write_graphml(self->g, path);
	else if (strcmp(fmt, "ranking-csv") == 0)
		st = ng_write_ranking_csv(self->g, path);
	else if (strcmp(fmt, "nodes-csv") == 0 && edges)
		st = ng_write_csv(self->g, path, edges);
	else if (strcmp(fmt, "html") == 0)
		st = ng_write_report(self->g, path, &ro);
	else if (!strcmp(fmt, "svg") || !strcmp(fmt, "png") || !strcmp(fmt, "pdf") || !strcmp(fmt, "dot")) {
		ro.format = fmt;
		st = ng_render(self->g, path, &ro);
	} else {
		known = 0;
		st = NG_EINVAL;
	}
	if (st && known)
		snprintf(msg, sizeof msg, "%s", ng_error_last());
	Py_END_ALLOW_THREADS
	if (!known) {
		PyErr_Format(PyExc_ValueError, "unknown format '%s'", fmt);
		return NULL;
	}
	if (st)
		return raise_ng(msg);
	Py_RETURN_NONE;
}

static PyObject *text_or_none(const char *s)
{
	if (!s || !*s)
		Py_RETURN_NONE;
	return PyUnicode_DecodeUTF8(s, (Py_ssize_t)strlen(s), "replace");
}

/* Graph.rank(by, top): [(id, label, type, country, sector, mentions, rank,
 * {measure: score})] ordered by `by`, as the ranking table lists them. */
static PyObject *Graph_rank(Graph *self, PyObject *args)
{
	const char *by = "composite";
	Py_ssize_t top = 0;
	if (!PyArg_ParseTuple(args, "|sn", &by, &top))
		return NULL;
	int m = ng_measure_parse(by);
	if (m < 0) {
		PyErr_Format(PyExc_ValueError, "unknown measure '%s'", by);
		return NULL;
	}
	size_t *order = NULL;
	ng_status st;
	char msg[1024] = "";
	Py_BEGIN_ALLOW_THREADS
	st = ng_rank(&order, self->g, (ng_measure)m);
	if (st)
		snprintf(msg, sizeof msg, "%s", ng_error_last());
	Py_END_ALLOW_THREADS
	if (st)
		return raise_ng(msg);
	size_t n = ng_graph_node_count(self->g);
	if (top > 0 && (size_t)top < n)
		n = (size_t)top;
	PyObject *list = PyList_New(0);
	for (size_t i = 0; list && i < n; i++) {
		const ng_node *nd = ng_graph_node(self->g, order[i]);
		PyObject *scores = PyDict_New();
		for (int k = 0; scores && k < NG_M_COUNT; k++) {
			PyObject *v = PyFloat_FromDouble(nd->score[k]);
			if (!v || PyDict_SetItemString(scores, ng_measure_name((ng_measure)k), v)) {
				Py_XDECREF(v);
				Py_CLEAR(scores);
				break;
			}
			Py_DECREF(v);
		}
		PyObject *row = scores ? Py_BuildValue("(NNNNNKnN)", text_or_none(nd->id), text_or_none(nd->label),
		                                       text_or_none(ng_actor_type_name(nd->type)),
		                                       text_or_none(nd->country), text_or_none(nd->sector),
		                                       (unsigned long long)nd->mentions, (Py_ssize_t)(i + 1), scores)
		                       : NULL;
		if (!row || PyList_Append(list, row)) {
			Py_XDECREF(row);
			Py_CLEAR(list);
			break;
		}
		Py_DECREF(row);
	}
	free(order);
	return list;
}

static PyObject *Graph_counts(Graph *self, PyObject *unused)
{
	return Py_BuildValue("(nnK)", (Py_ssize_t)ng_graph_node_count(self->g),
	                     (Py_ssize_t)ng_graph_edge_count(self->g), (unsigned long long)ng_graph_documents(self->g));
}

static PyMethodDef Session_methods[] = {
	{"extract", (PyCFunction)(void (*)(void))Session_extract, METH_VARARGS | METH_KEYWORDS,
	 "extract(text, id=None, date=None, url=None) -> str: events as JSON Lines"},
	{"entities", (PyCFunction)(void (*)(void))Session_entities, METH_VARARGS | METH_KEYWORDS,
	 "entities(text, id=None, date=None, url=None, all_names=False) -> str: mentions as JSON Lines"},
	{"build", (PyCFunction)Session_build, METH_VARARGS,
	 "build([(id, text, date, url), ...]) -> Graph, sorted and analysed"},
	{NULL, NULL, 0, NULL}};

static PyTypeObject SessionType = {
	PyVarObject_HEAD_INIT(NULL, 0).tp_name = "newsgraph._core.Session",
	.tp_basicsize = sizeof(Session),
	.tp_flags = Py_TPFLAGS_DEFAULT,
	.tp_doc = "Session(data_dir=None): dictionaries and models loaded once",
	.tp_new = PyType_GenericNew,
	.tp_init = (initproc)Session_init,
	.tp_dealloc = (destructor)Session_dealloc,
	.tp_methods = Session_methods,
};

static PyMethodDef Graph_methods[] = {
	{"from_json", (PyCFunction)Graph_from_json, METH_VARARGS | METH_CLASS,
	 "from_json(text, name='<graph>') -> Graph: graph.json or extract JSON Lines"},
	{"merge_from", (PyCFunction)Graph_merge_from, METH_VARARGS, "merge_from(other): add another graph"},
	{"analyze", (PyCFunction)Graph_analyze, METH_NOARGS, "analyze(): sort and compute every measure"},
	{"write", (PyCFunction)(void (*)(void))Graph_write, METH_VARARGS | METH_KEYWORDS,
	 "write(path, format, edges_path=None, top=40)"},
	{"rank", (PyCFunction)Graph_rank, METH_VARARGS, "rank(by='composite', top=0) -> list of tuples"},
	{"counts", (PyCFunction)Graph_counts, METH_NOARGS, "counts() -> (actors, relations, documents)"},
	{NULL, NULL, 0, NULL}};

static PyTypeObject GraphType = {
	PyVarObject_HEAD_INIT(NULL, 0).tp_name = "newsgraph._core.Graph",
	.tp_basicsize = sizeof(Graph),
	.tp_flags = Py_TPFLAGS_DEFAULT,
	.tp_doc = "Graph(): an actor graph (empty)",
	.tp_new = PyType_GenericNew,
	.tp_init = (initproc)Graph_init,
	.tp_dealloc = (destructor)Graph_dealloc,
	.tp_methods = Graph_methods,
};

static PyObject *core_version(PyObject *m, PyObject *unused) { return PyUnicode_FromString(ng_version()); }

static PyObject *core_default_data_dir(PyObject *m, PyObject *unused)
{
	return PyUnicode_FromString(ng_lexicon_default_dir());
}

static PyMethodDef core_methods[] = {
	{"version", core_version, METH_NOARGS, "the library version"},
	{"default_data_dir", core_default_data_dir, METH_NOARGS, "the data folder the library finds by itself"},
	{NULL, NULL, 0, NULL}};

static struct PyModuleDef core_module = {PyModuleDef_HEAD_INIT, "newsgraph._core",
                                         "C extension over libnewsgraph", -1, core_methods, NULL, NULL,
                                         NULL, NULL};

PyMODINIT_FUNC PyInit__core(void)
{
	if (PyType_Ready(&SessionType) < 0 || PyType_Ready(&GraphType) < 0)
		return NULL;
	PyObject *m = PyModule_Create(&core_module);
	if (!m)
		return NULL;
	Error = PyErr_NewException("newsgraph.Error", NULL, NULL);
	Py_INCREF(&SessionType);
	Py_INCREF(&GraphType);
	if (!Error || PyModule_AddObject(m, "Error", Error) ||
	    PyModule_AddObject(m, "Session", (PyObject *)&SessionType) ||
	    PyModule_AddObject(m, "Graph", (PyObject *)&GraphType)) {
		Py_DECREF(m);
		return NULL;
	}
	return m;
}
