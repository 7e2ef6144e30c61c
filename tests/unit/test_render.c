/* Unit tests of the diagrams and the HTML report: graphs built by hand with
 * names that break naive quoting, rendered through Graphviz and read back. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include "newsgraph/graph.h"
#include "newsgraph/render.h"

#define NASTY "A \"quoted\" {brace} <angle> \\back\\slash & \\N"
#define TRAILING "ends with a backslash\\"
#define EVIDENCE "She said \\N \"no\" </script> <b>&amp; C:\\temp\\new & more"

/* The test graph: rank 1 nasty, 2 Greek, 3 Japanese, 4 the trailing backslash,
 * 5 a plain minor actor. */
static ng_graph *make_graph(void)
{
	ng_graph *g = NULL;
	assert_int_equal(ng_graph_new(&g), NG_OK);
	struct {
		const char *id, *label;
		ng_actor_type t;
		const char *country;
	} nodes[] = {
	    {"nasty", NASTY, NG_ACTOR_PERSON, "USA"},
	    {"greece", "Ελλάδα", NG_ACTOR_COUNTRY, "GRC"},
	    {"tokyo", "東京", NG_ACTOR_PLACE, "JPN"},
	    {"back\\slash\\", TRAILING, NG_ACTOR_GROUP, NULL},
	    {"minor", "Minor Org", NG_ACTOR_ORGANIZATION, NULL},
	};
	for (size_t i = 0; i < 5; i++) {
		ng_node_spec s = {nodes[i].id, nodes[i].label, nodes[i].t, nodes[i].country, NULL, nodes[i].label, 5 - i};
		uint32_t idx;
		assert_int_equal(ng_graph_add_node(g, &s, &idx), NG_OK);
		assert_int_equal(idx, i);
		ng_node *n = ng_graph_node_mut(g, i);
		n->rank = (uint32_t)i + 1;
		n->score[NG_M_COMPOSITE] = 1.0 - 0.2 * (double)i;
		n->score[NG_M_PAGERANK] = 0.3 - 0.05 * (double)i;
		n->score[NG_M_DEGREE] = 3;
		n->community = i < 3 ? 0 : 1;
	}
	ng_evidence ev = {"doc-1", "2024-03-01", 2, 10, 60, EVIDENCE, "", ""};
	/* 0 -> 1 cooperation x3, 1 -> 2 conflict planned, 0 -> 3 neutral hypothetical,
	 * 2 -> 0 negated, 3 -> 4 (4 is left out when drawing the top 4) */
	assert_int_equal(ng_graph_add_event(g, 0, 1, "meet", "040", 1.0, 3, NG_MOD_ASSERTED, 0, &ev), NG_OK);
	assert_int_equal(ng_graph_add_event(g, 1, 2, "threaten", "130", -4.4, 1, NG_MOD_PLANNED, 0, &ev), NG_OK);
	assert_int_equal(ng_graph_add_event(g, 0, 3, "say", "010", 0, 1, NG_MOD_HYPOTHETICAL, 0, NULL), NG_OK);
	assert_int_equal(ng_graph_add_event(g, 2, 0, "attack", "190", -10, 1, NG_MOD_NEGATED, 0, NULL), NG_OK);
	assert_int_equal(ng_graph_add_event(g, 3, 4, "rel \\with\\ <slashes>", "020", 0.5, 1, NG_MOD_ASSERTED, 0, NULL),
	                 NG_OK);
	return g;
}

/* Decodes the XML character data s[0..n) (the five named entities and
 * numeric references) into a malloc'd string. */
static char *xml_decode(const char *s, size_t n)
{
	char *out = malloc(n + 1), *q = out;
	assert_non_null(out);
	for (size_t i = 0; i < n;) {
		if (s[i] != '&') {
			*q++ = s[i++];
			continue;
		}
		const char *semi = memchr(s + i, ';', n - i);
		assert_non_null(semi);
		size_t len = (size_t)(semi - (s + i)) + 1;
		unsigned long cp = 0;
		if (strncmp(s + i, "&amp;", len) == 0)
			cp = '&';
		else if (strncmp(s + i, "&lt;", len) == 0)
			cp = '<';
		else if (strncmp(s + i, "&gt;", len) == 0)
			cp = '>';
		else if (strncmp(s + i, "&quot;", len) == 0)
			cp = '"';
		else if (strncmp(s + i, "&apos;", len) == 0)
			cp = '\'';
		else if (s[i + 1] == '#')
			cp = s[i + 2] == 'x' ? strtoul(s + i + 3, NULL, 16) : strtoul(s + i + 2, NULL, 10);
		else
			fail_msg("unknown entity in %.*s", (int)len, s + i);
		if (cp < 0x80)
			*q++ = (char)cp;
		else if (cp < 0x800) {
			*q++ = (char)(0xC0 | (cp >> 6));
			*q++ = (char)(0x80 | (cp & 0x3F));
		} else {
			*q++ = (char)(0xE0 | (cp >> 12));
			*q++ = (char)(0x80 | ((cp >> 6) & 0x3F));
			*q++ = (char)(0x80 | (cp & 0x3F));
		}
		i += len;
	}
	*q = '\0';
	return out;
}

/* Whether some element <tag ...>TEXT</tag> of the SVG has exactly `want` as
 * its decoded text. */
static int svg_has_text(const char *svg, const char *tag, const char *want)
{
	char open[32], close[32];
	snprintf(open, sizeof open, "<%s", tag);
	snprintf(close, sizeof close, "</%s>", tag);
	for (const char *p = strstr(svg, open); p; p = strstr(p + 1, open)) {
		const char *gt = strchr(p, '>'), *end = strstr(p, close);
		if (!gt || !end || end < gt)
			continue;
		char *t = xml_decode(gt + 1, (size_t)(end - gt - 1));
		int ok = strcmp(t, want) == 0;
		free(t);
		if (ok)
			return 1;
	}
	return 0;
}

/* Whether some xlink:title="..." attribute of the SVG, decoded, contains `want`. */
static int svg_tooltip_contains(const char *svg, const char *want)
{
	const char *key = "xlink:title=\"";
	for (const char *p = strstr(svg, key); p; p = strstr(p + 1, key)) {
		const char *v = p + strlen(key), *end = strchr(v, '"');
		if (!end)
			break;
		char *t = xml_decode(v, (size_t)(end - v));
		int ok = strstr(t, want) != NULL;
		free(t);
		if (ok)
			return 1;
	}
	return 0;
}

static size_t count(const char *hay, const char *needle)
{
	size_t n = 0;
	for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
		n++;
	return n;
}

static void test_svg_names_exact(void **state)
{
	(void)state;
	ng_graph *g = make_graph();
	ng_render_options o = NG_RENDER_OPTIONS_INIT;
	o.top = 0;
	char *svg = NULL;
	size_t len = 0;
	assert_int_equal(ng_render_data(&svg, &len, g, "svg", &o), NG_OK);
	assert_int_equal(strlen(svg), len);
	/* labels come out exactly: no \N expansion, backslashes literal */
	assert_true(svg_has_text(svg, "text", NASTY));
	assert_true(svg_has_text(svg, "text", "Ελλάδα"));
	assert_true(svg_has_text(svg, "text", "東京"));
	assert_true(svg_has_text(svg, "text", TRAILING));
	assert_true(svg_has_text(svg, "text", "rel \\with\\ <slashes>"));
	/* one <title> per node, the actor id */
	assert_true(svg_has_text(svg, "title", "nasty"));
	assert_true(svg_has_text(svg, "title", "greece"));
	/* tooltips: evidence and aliases come out exactly */
	assert_true(svg_tooltip_contains(svg, EVIDENCE));
	assert_true(svg_tooltip_contains(svg, "aliases: " NASTY));
	assert_true(svg_tooltip_contains(svg, "doc-1 #2 2024-03-01 [asserted]: "));
	/* no raw markup from the data */
	assert_null(strstr(svg, "<angle>"));
	assert_null(strstr(svg, "</script>"));
	free(svg);
	ng_graph_free(g);
}

static void test_svg_style(void **state)
{
	(void)state;
	ng_graph *g = make_graph();
	ng_render_options o = NG_RENDER_OPTIONS_INIT;
	char *svg = NULL;
	size_t len = 0;
	assert_int_equal(ng_render_data(&svg, &len, g, "svg", &o), NG_OK);
	/* ids and classes the report links to */
	for (int i = 0; i < 5; i++) {
		char id[32];
		snprintf(id, sizeof id, "id=\"node_%d\"", i);
		assert_non_null(strstr(svg, id));
	}
	assert_non_null(strstr(svg, "class=\"node actor person\""));
	assert_non_null(strstr(svg, "class=\"node actor country\""));
	assert_non_null(strstr(svg, "class=\"edge relation cooperation asserted\""));
	assert_non_null(strstr(svg, "class=\"edge relation conflict planned\""));
	assert_non_null(strstr(svg, "class=\"edge relation neutral hypothetical\""));
	/* colours by Goldstein sign, dashes by modality */
	assert_non_null(strstr(svg, "stroke=\"#1e8449\""));
	assert_non_null(strstr(svg, "stroke=\"#c0392b\""));
	assert_non_null(strstr(svg, "stroke-dasharray=\"5,2\""));
	assert_non_null(strstr(svg, "stroke-dasharray=\"1,5\""));
	/* shapes by type: person ellipse, organisation box, country double octagon */
	assert_non_null(strstr(svg, "<ellipse"));
	/* label with the count; the legend */
	assert_true(svg_has_text(svg, "text", "meet ×3"));
	assert_true(svg_has_text(svg, "text", "threaten (planned)"));
	assert_true(svg_has_text(svg, "text", "not attack"));
	assert_non_null(strstr(svg, ">Legend<"));
	assert_true(svg_has_text(svg, "text", "person (oval)"));
	/* node size grows with the score */
	free(svg);
	ng_graph_free(g);
}

static void test_top_and_clusters(void **state)
{
	(void)state;
	ng_graph *g = make_graph();
	ng_render_options o = NG_RENDER_OPTIONS_INIT;
	o.top = 2;
	o.clusters = 1;
	char *svg = NULL;
	size_t len = 0;
	assert_int_equal(ng_render_data(&svg, &len, g, "svg", &o), NG_OK);
	assert_non_null(strstr(svg, "id=\"node_0\""));
	assert_non_null(strstr(svg, "id=\"node_1\""));
	assert_null(strstr(svg, "id=\"node_2\""));
	assert_null(strstr(svg, "id=\"node_4\""));
	assert_int_equal(count(svg, "class=\"node "), 2);
	assert_int_equal(count(svg, "class=\"edge "), 1); /* only 0 -> 1 */
	assert_non_null(strstr(svg, "top 2 of 5 actors"));
	/* both drawn actors are in community 0: one cluster */
	assert_int_equal(count(svg, "class=\"cluster community\""), 1);
	assert_true(svg_has_text(svg, "text", "community 0"));
	free(svg);

	/* ranks all 0: the top by mentions (node 0 has the most) */
	for (size_t i = 0; i < 5; i++)
		ng_graph_node_mut(g, i)->rank = 0;
	o.top = 1;
	o.clusters = 0;
	assert_int_equal(ng_render_data(&svg, &len, g, "svg", &o), NG_OK);
	assert_non_null(strstr(svg, "id=\"node_0\""));
	assert_int_equal(count(svg, "class=\"node "), 1);
	free(svg);
	ng_graph_free(g);
}

static void test_dot_output(void **state)
{
	(void)state;
	ng_graph *g = make_graph();
	ng_render_options o = NG_RENDER_OPTIONS_INIT;
	char *dot = NULL;
	size_t len = 0;
	assert_int_equal(ng_render_data(&dot, &len, g, "dot", &o), NG_OK);
	assert_non_null(strstr(dot, "digraph newsgraph {"));
	assert_non_null(strstr(dot, "layout=dot"));
	/* the node id quoted by cgraph, the label an HTML-like label */
	assert_non_null(strstr(dot, "nasty"));
	assert_non_null(strstr(dot, "label=<A &quot;quoted&quot; {brace} &lt;angle&gt; \\\\back\\\\slash &amp; \\\\N>"));
	/* a trailing backslash would escape cgraph's closing quote: a space keeps it readable */
	assert_non_null(strstr(dot, "\"back\\slash\\ \""));
	assert_null(strstr(dot, "\"back\\slash\\\""));
	assert_non_null(strstr(dot, "tooltip="));
	free(dot);
	ng_graph_free(g);
}

static void test_png_pdf(void **state)
{
	(void)state;
	ng_graph *g = make_graph();
	ng_render_options o = NG_RENDER_OPTIONS_INIT;
	char *data = NULL;
	size_t len = 0;
	assert_int_equal(ng_render_data(&data, &len, g, "png", &o), NG_OK);
	assert_true(len > 1000);
	assert_memory_equal(data, "\x89PNG\r\n\x1a\n", 8);
	unsigned w = (unsigned)((unsigned char)data[16] << 24 | (unsigned char)data[17] << 16 |
	                        (unsigned char)data[18] << 8 | (unsigned char)data[19]);
	assert_true(w > 100 && w < 20000);
	free(data);
	assert_int_equal(ng_render_data(&data, &len, g, "pdf", &o), NG_OK);
	assert_memory_equal(data, "%PDF-", 5);
	free(data);
	ng_graph_free(g);
}

static void test_formats_and_errors(void **state)
{
	(void)state;
	assert_string_equal(ng_render_format_for("a/b.SVG", NULL), "svg");
	assert_string_equal(ng_render_format_for("x.png", NULL), "png");
	assert_string_equal(ng_render_format_for("x.gv", NULL), "gv");
	assert_string_equal(ng_render_format_for("x.svg", "pdf"), "pdf");
	assert_string_equal(ng_render_format_for("-", NULL), "svg");
	assert_null(ng_render_format_for("x.jpeg", NULL));
	assert_null(ng_render_format_for("dir.d/noext", NULL));

	ng_graph *g = make_graph();
	ng_render_options o = NG_RENDER_OPTIONS_INIT;
	char *data = NULL;
	size_t len = 0;
	o.layout = "spring";
	assert_int_equal(ng_render_data(&data, &len, g, "svg", &o), NG_EINVAL);
	assert_non_null(strstr(ng_error_last(), "spring"));
	assert_null(data);
	o.layout = NULL;
	assert_int_equal(ng_render_data(&data, &len, g, "bmp", &o), NG_EINVAL);
	/* more nodes than allowed: a clear refusal, not a hang */
	o.top = 0;
	o.max_nodes = 3;
	assert_int_equal(ng_render_data(&data, &len, g, "svg", &o), NG_ELIMIT);
	assert_non_null(strstr(ng_error_last(), "--top"));
	/* DOT is not laid out: no limit */
	assert_int_equal(ng_render_data(&data, &len, g, "dot", &o), NG_OK);
	free(data);
	ng_graph_free(g);

	/* an empty graph draws an empty diagram */
	ng_graph *e = NULL;
	assert_int_equal(ng_graph_new(&e), NG_OK);
	ng_render_options d = NG_RENDER_OPTIONS_INIT;
	assert_int_equal(ng_render_data(&data, &len, e, "svg", &d), NG_OK);
	assert_non_null(strstr(data, "No actors to draw"));
	free(data);
	ng_graph_free(e);
}

static void test_invalid_utf8(void **state)
{
	(void)state;
	ng_graph *g = NULL;
	assert_int_equal(ng_graph_new(&g), NG_OK);
	ng_node_spec a = {"a", "bad \xC3\x28 byte\x01", NG_ACTOR_PERSON, NULL, NULL, NULL, 1};
	ng_node_spec b = {"b\xFF", "ok", NG_ACTOR_UNKNOWN, NULL, NULL, NULL, 1};
	uint32_t ia, ib;
	assert_int_equal(ng_graph_add_node(g, &a, &ia), NG_OK);
	assert_int_equal(ng_graph_add_node(g, &b, &ib), NG_OK);
	ng_evidence ev = {"d", NULL, 0, 0, 1, "x\xE0\x80\x80y", "", ""};
	assert_int_equal(ng_graph_add_event(g, ia, ib, "r", NULL, 0, 1, NG_MOD_ASSERTED, 0, &ev), NG_OK);
	char *svg = NULL;
	size_t len = 0;
	assert_int_equal(ng_render_data(&svg, &len, g, "svg", NULL), NG_OK);
	assert_true(svg_has_text(svg, "text", "bad \xEF\xBF\xBD( byte "));
	assert_true(svg_tooltip_contains(svg, "x\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDy"));
	free(svg);
	ng_graph_free(g);
}

/* Names in `dir` other than "." and "..", at most 8, joined by spaces. */
static void list_dir(char *out, size_t cap, const char *dir)
{
	DIR *d = opendir(dir);
	assert_non_null(d);
	out[0] = '\0';
	struct dirent *de;
	while ((de = readdir(d)))
		if (strcmp(de->d_name, ".") && strcmp(de->d_name, "..")) {
			strncat(out, de->d_name, cap - strlen(out) - 2);
			strcat(out, " ");
		}
	closedir(d);
}

static void test_atomic_files(void **state)
{
	(void)state;
	char dir[] = "/tmp/ng_render_test_XXXXXX";
	assert_non_null(mkdtemp(dir));
	char path[256], names[512];
	ng_graph *g = make_graph();
	ng_render_options o = NG_RENDER_OPTIONS_INIT;

	/* success: exactly the file */
	snprintf(path, sizeof path, "%s/out.svg", dir);
	assert_int_equal(ng_render(g, path, &o), NG_OK);
	list_dir(names, sizeof names, dir);
	assert_string_equal(names, "out.svg ");
	remove(path);

	/* the target is a directory: rename fails, the temporary file is removed */
	snprintf(path, sizeof path, "%s/taken.png", dir);
	assert_int_equal(mkdir(path, 0700), 0);
	assert_int_equal(ng_render(g, path, &o), NG_EIO);
	list_dir(names, sizeof names, dir);
	assert_string_equal(names, "taken.png ");
	assert_int_equal(ng_write_report(g, path, &o), NG_EIO);
	list_dir(names, sizeof names, dir);
	assert_string_equal(names, "taken.png ");
	rmdir(path);

	/* a directory that does not exist */
	snprintf(path, sizeof path, "%s/missing/out.pdf", dir);
	assert_int_equal(ng_render(g, path, &o), NG_EIO);
	assert_non_null(strstr(ng_error_last(), "missing/out.pdf"));

	/* a limit error writes nothing */
	o.top = 0;
	o.max_nodes = 2;
	snprintf(path, sizeof path, "%s/big.svg", dir);
	assert_int_equal(ng_render(g, path, &o), NG_ELIMIT);
	snprintf(path, sizeof path, "%s/x.jpeg", dir);
	assert_int_equal(ng_render(g, path, NULL), NG_EINVAL);
	list_dir(names, sizeof names, dir);
	assert_string_equal(names, "");
	rmdir(dir);
	ng_graph_free(g);
}

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *s = malloc((size_t)n + 1);
	assert_non_null(s);
	assert_int_equal(fread(s, 1, (size_t)n, f), (size_t)n);
	s[n] = '\0';
	fclose(f);
	return s;
}

static void test_report(void **state)
{
	(void)state;
	char dir[] = "/tmp/ng_report_test_XXXXXX", path[128];
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/report.html", dir);
	ng_graph *g = make_graph();
	ng_graph_add_documents(g, 1);
	assert_int_equal(ng_write_report(g, path, NULL), NG_OK);
	char *h = slurp(path);
	assert_non_null(strstr(h, "<!DOCTYPE html>"));
	assert_null(strstr(h, "<?xml"));
	assert_int_equal(count(h, "<svg"), 1);
	assert_non_null(strstr(h, "id=\"ranking-table\""));
	assert_non_null(strstr(h, "<th>Actor</th>"));
	assert_non_null(strstr(h, "id=\"actor-0\""));
	assert_non_null(strstr(h, "href=\"#actor-1\""));
	/* evidence escaped: the only </script> are ours (the filters' data and the code) */
	assert_int_equal(count(h, "</script>"), 2);
	assert_int_equal(count(h, "<script type=\"application/json\" id=\"ng-data\">"), 1);
	/* the data block escapes < in names and sentences, so none can close it */
	{
		const char *d = strstr(h, "id=\"ng-data\">"), *e = d ? strstr(d, "</script>") : NULL;
		assert_non_null(e);
		for (const char *p = d + 15; p < e; p++)
			assert_true(*p != '<');
	}
	/* the filters */
	assert_non_null(strstr(h, "id=\"f-q\""));
	assert_non_null(strstr(h, "id=\"f-actor\""));
	assert_non_null(strstr(h, "id=\"f-relation\""));
	assert_non_null(strstr(h, "She said \\N &quot;no&quot; &lt;/script&gt; &lt;b&gt;&amp;amp; C:\\temp\\new &amp; more"));
	assert_non_null(strstr(h, "A &quot;quoted&quot; {brace} &lt;angle&gt; \\back\\slash &amp; \\N"));
	assert_non_null(strstr(h, "Ελλάδα"));
	/* self-contained: no external resources */
	assert_null(strstr(h, "http://www.w3.org/1999/xhtml\" src"));
	assert_null(strstr(h, "<link"));
	assert_null(strstr(h, "src=\"http"));
	assert_null(strstr(h, "@import"));
	free(h);

	/* too large to draw: the report is still written, without the diagram */
	ng_render_options o = NG_RENDER_OPTIONS_INIT;
	o.top = 0;
	o.max_nodes = 2;
	assert_int_equal(ng_write_report(g, path, &o), NG_OK);
	h = slurp(path);
	assert_null(strstr(h, "<svg"));
	assert_non_null(strstr(h, "No diagram: "));
	assert_non_null(strstr(h, "id=\"ranking-table\""));
	free(h);
	remove(path);
	rmdir(dir);
	ng_graph_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_svg_names_exact), cmocka_unit_test(test_svg_style),
	    cmocka_unit_test(test_top_and_clusters), cmocka_unit_test(test_dot_output),
	    cmocka_unit_test(test_png_pdf),         cmocka_unit_test(test_formats_and_errors),
	    cmocka_unit_test(test_invalid_utf8),    cmocka_unit_test(test_atomic_files),
	    cmocka_unit_test(test_report),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
