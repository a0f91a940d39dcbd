/*
 * The report as DOCX: each example's report opened with libzip and parsed
 * with libxml2 and held against its document tree (page, title, headings,
 * paragraphs, tables with their header rows and merged cells, charts,
 * styles, fonts, footers, content types, properties); a hand-built tree of
 * text full of markup characters and odd Unicode comes back intact; the
 * bytes are the same every time, dated by SOURCE_DATE_EPOCH; a library
 * failure is a finding; and LibreOffice turns each example into a PDF that
 * says what the tree says.
 */
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <sys/stat.h>
#include <zip.h>

#include "report_fixture.h"

#include "render/docx.h"
#include "ziping.h"

static const char *const examples[] = {"shaoguan-kx-2023", "baiyun-kx-2023", "taoyuan-kx-2023"};
enum { N_EXAMPLES = sizeof examples / sizeof examples[0] };

/* ---- an example's report ---- */

static zp_bytes render_with(const zp_report *r, zp_docx_charts charts)
{
    zp_bytes b;
    zp_diags diags;
    zp_diags_init(&diags);
    bool ok = zp_render_report_docx(r, charts, &b, &diags);
    if (!ok)
        zp_diags_print(&diags, stderr);
    assert_true(ok);
    assert_int_equal(diags.count, 0);
    zp_diags_free(&diags);
    assert_non_null(b.data);
    assert_true(b.len > 22);
    return b;
}

static zp_bytes render(const zp_report *r)
{
    return render_with(r, ZP_DOCX_CHARTS_NATIVE);
}

/* ---- the package ---- */

typedef struct pkg {
    zip_t *zip;
    zp_bytes bytes;
} pkg;

static pkg open_pkg(zp_bytes b)
{
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *src = zip_source_buffer_create(b.data, b.len, 0, &err);
    assert_non_null(src);
    zip_t *z = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err);
    if (!z)
        fail_msg("not a ZIP: %s", zip_error_strerror(&err));
    zip_error_fini(&err);
    return (pkg){z, b};
}

static void close_pkg(pkg *p)
{
    zip_discard(p->zip); /* frees the source too */
    free(p->bytes.data);
}

/* An entry's bytes, NUL-terminated; NULL when it is absent. */
static char *entry(const pkg *p, const char *name, size_t *len)
{
    zip_stat_t st;
    if (zip_stat(p->zip, name, 0, &st) != 0)
        return NULL;
    zip_file_t *f = zip_fopen(p->zip, name, 0);
    assert_non_null(f);
    char *data = malloc(st.size + 1);
    assert_int_equal(zip_fread(f, data, st.size), (zip_int64_t)st.size);
    zip_fclose(f);
    data[st.size] = '\0';
    if (len)
        *len = st.size;
    return data;
}

/* A part parsed, with the namespaces the queries use. */
typedef struct xml {
    xmlDocPtr doc;
    xmlXPathContextPtr ctx;
} xml;

static xml parse(const pkg *p, const char *name)
{
    size_t len = 0;
    char *data = entry(p, name, &len);
    if (!data)
        fail_msg("no part %s", name);
    xmlDocPtr doc = xmlReadMemory(data, (int)len, name, "UTF-8", XML_PARSE_NONET | XML_PARSE_NOERROR);
    free(data);
    if (!doc)
        fail_msg("%s is not well-formed XML", name);
    xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
    static const char *const ns[][2] = {
        {"w", ZP_NS_W},
        {"r", ZP_NS_R},
        {"wp", ZP_NS_WP},
        {"a", ZP_NS_A},
        {"c", ZP_NS_C},
        {"pic", ZP_NS_PIC},
        {"rel", ZP_NS_PKG_REL},
        {"ct", "http://schemas.openxmlformats.org/package/2006/content-types"},
        {"cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"},
        {"dc", "http://purl.org/dc/elements/1.1/"},
        {"dcterms", "http://purl.org/dc/terms/"},
    };
    for (size_t i = 0; i < sizeof ns / sizeof ns[0]; i++)
        xmlXPathRegisterNs(ctx, BAD_CAST ns[i][0], BAD_CAST ns[i][1]);
    return (xml){doc, ctx};
}

static void unparse(xml *x)
{
    xmlXPathFreeContext(x->ctx);
    xmlFreeDoc(x->doc);
}

static xmlXPathObjectPtr eval(const xml *x, xmlNodePtr at, const char *expr)
{
    x->ctx->node = at ? at : xmlDocGetRootElement(x->doc);
    xmlXPathObjectPtr o = xmlXPathEvalExpression(BAD_CAST expr, x->ctx);
    if (!o)
        fail_msg("bad XPath %s", expr);
    return o;
}

static int count_at(const xml *x, xmlNodePtr at, const char *expr)
{
    xmlXPathObjectPtr o = eval(x, at, expr);
    /* libxml2 may give an empty node set as NULL */
    int n = o->type != XPATH_NODESET ? -1 : o->nodesetval ? o->nodesetval->nodeNr : 0;
    xmlXPathFreeObject(o);
    return n;
}

static int count(const xml *x, const char *expr)
{
    return count_at(x, NULL, expr);
}

/* string(expr), malloc'd. */
static char *str_at(const xml *x, xmlNodePtr at, const char *expr)
{
    char full[512];
    snprintf(full, sizeof full, "string(%s)", expr);
    xmlXPathObjectPtr o = eval(x, at, full);
    char *s = strdup(o->stringval ? (const char *)o->stringval : "");
    xmlXPathFreeObject(o);
    return s;
}

#define assert_xpath_string(x, expr, want)                                                     \
    do {                                                                                       \
        char *got_ = str_at((x), NULL, (expr));                                                \
        if (strcmp(got_, (want)))                                                              \
            fail_msg("%s: got \"%s\", want \"%s\"", (expr), got_, (want));                     \
        free(got_);                                                                            \
    } while (0)

/* The nodes of expr, as a node set the caller frees. */
static xmlXPathObjectPtr nodes(const xml *x, xmlNodePtr at, const char *expr)
{
    xmlXPathObjectPtr o = eval(x, at, expr);
    assert_int_equal(o->type, XPATH_NODESET);
    return o;
}

static int n_of(xmlXPathObjectPtr o)
{
    return o->nodesetval ? o->nodesetval->nodeNr : 0;
}

static xmlNodePtr node_of(xmlXPathObjectPtr o, int i)
{
    return o->nodesetval->nodeTab[i];
}

/* A node's text: its w:t (and DrawingML c:v) content, joined. */
static char *text_of(xmlNodePtr n)
{
    xmlChar *c = xmlNodeGetContent(n);
    char *s = strdup(c ? (const char *)c : "");
    xmlFree(c);
    return s;
}

static void assert_text(xmlNodePtr n, const char *want, const char *what)
{
    char *got = text_of(n);
    if (strcmp(got, want))
        fail_msg("%s: got \"%s\", want \"%s\"", what, got, want);
    free(got);
}

static void assert_spans_text(xmlNodePtr n, const zp_doc_spans *sp, const char *what)
{
    char *want = zp_doc_spans_text(sp);
    assert_text(n, want, what);
    free(want);
}

/* ---- what the tree holds ---- */

static size_t blocks_of(const zp_report *r, zp_doc_block_kind kind)
{
    size_t n = 0;
    for (size_t i = 0; i < r->n_blocks; i++)
        n += r->blocks[i].kind == kind;
    return n;
}

static const zp_doc_cell *cell_at(const zp_doc_table *t, size_t r, size_t c)
{
    return &t->cells[r * t->n_cols + c];
}

static size_t clamp_span(int span, size_t at, size_t limit)
{
    size_t s = span > 1 ? (size_t)span : 1;
    return at + s > limit ? limit - at : s;
}

/* ---- the checks ---- */

static void check_page(const xml *doc)
{
    assert_xpath_string(doc, "/w:document/w:body/w:sectPr/w:pgSz/@w:w", "11906");
    assert_xpath_string(doc, "/w:document/w:body/w:sectPr/w:pgSz/@w:h", "16838");
    /* 37, 35, 28, 26 mm at 1440 / 25.4 twips a millimetre, rounded. */
    assert_xpath_string(doc, "/w:document/w:body/w:sectPr/w:pgMar/@w:top", "2098");
    assert_xpath_string(doc, "/w:document/w:body/w:sectPr/w:pgMar/@w:bottom", "1984");
    assert_xpath_string(doc, "/w:document/w:body/w:sectPr/w:pgMar/@w:left", "1587");
    assert_xpath_string(doc, "/w:document/w:body/w:sectPr/w:pgMar/@w:right", "1474");
}

static void check_title(const xml *doc, const zp_report *r)
{
    xmlXPathObjectPtr o = nodes(doc, NULL, "/w:document/w:body/*[1]");
    assert_int_equal(n_of(o), 1);
    xmlNodePtr p = node_of(o, 0);
    assert_string_equal((const char *)p->name, "p");
    char *style = str_at(doc, p, "w:pPr/w:pStyle/@w:val");
    assert_string_equal(style, "Title");
    free(style);
    assert_text(p, r->title, "title");
    xmlXPathFreeObject(o);
}

/* Headings in order, with their levels; body paragraphs (Normal: no pPr)
 * in order. */
static void check_text_blocks(const xml *doc, const zp_report *r)
{
    xmlXPathObjectPtr h = nodes(doc, NULL,
                                "/w:document/w:body/w:p[starts-with(w:pPr/w:pStyle/@w:val,'Heading')]");
    xmlXPathObjectPtr p = nodes(doc, NULL, "/w:document/w:body/w:p[not(w:pPr)]");
    assert_int_equal(n_of(h), blocks_of(r, ZP_BLOCK_HEADING));
    assert_int_equal(n_of(p), blocks_of(r, ZP_BLOCK_PARAGRAPH));
    int ih = 0, ip = 0;
    for (size_t i = 0; i < r->n_blocks; i++) {
        const zp_doc_block *b = &r->blocks[i];
        if (b->kind == ZP_BLOCK_HEADING) {
            xmlNodePtr n = node_of(h, ih++);
            char *style = str_at(doc, n, "w:pPr/w:pStyle/@w:val");
            char want[16];
            snprintf(want, sizeof want, "Heading%d", b->level);
            assert_string_equal(style, want);
            free(style);
            assert_spans_text(n, &b->content, "heading");
        } else if (b->kind == ZP_BLOCK_PARAGRAPH) {
            assert_spans_text(node_of(p, ip++), &b->content, "paragraph");
        }
    }
    xmlXPathFreeObject(h);
    xmlXPathFreeObject(p);
}

static void check_table(const xml *doc, xmlNodePtr tbl, const zp_doc_table *t)
{
    assert_int_equal(count_at(doc, tbl, "w:tr"), (int)t->n_rows);
    assert_int_equal(count_at(doc, tbl, "w:tr[w:trPr/w:cantSplit]"), (int)t->n_rows);
    assert_int_equal(count_at(doc, tbl, "w:tr[w:trPr/w:tblHeader]"), (int)t->n_header_rows);
    assert_int_equal(count_at(doc, tbl, "w:tblGrid/w:gridCol"), (int)t->n_cols);
    char *sum = str_at(doc, tbl, "sum(w:tblGrid/w:gridCol/@w:w)");
    assert_string_equal(sum, "8845"); /* the text block: 156 mm */
    free(sum);

    /* What the tree's spans make: gridSpan on every row a wide cell
     * covers, vMerge restart on a tall cell, continue under it. */
    int want_grid = 0, want_restart = 0, want_continue = 0, want_bold = 0, want_right = 0;
    for (size_t r = 0; r < t->n_rows; r++) {
        for (size_t c = 0; c < t->n_cols; c++) {
            const zp_doc_cell *x = cell_at(t, r, c);
            if (x->covered)
                continue;
            size_t rs = clamp_span(x->rowspan, r, t->n_rows), cs = clamp_span(x->colspan, c, t->n_cols);
            if (cs > 1)
                want_grid += (int)rs;
            if (rs > 1) {
                want_restart++;
                want_continue += (int)rs - 1;
            }
            bool body = r >= t->n_header_rows && x->content.count;
            want_bold += body && x->bold;
            want_right += body && x->align == ZP_ALIGN_RIGHT;
        }
    }
    assert_int_equal(count_at(doc, tbl, "w:tr/w:tc/w:tcPr/w:gridSpan"), want_grid);
    assert_int_equal(count_at(doc, tbl, "w:tr/w:tc/w:tcPr/w:vMerge[@w:val='restart']"), want_restart);
    assert_int_equal(count_at(doc, tbl, "w:tr/w:tc/w:tcPr/w:vMerge[@w:val='continue']"), want_continue);
    assert_int_equal(count_at(doc, tbl, "w:tr[not(w:trPr/w:tblHeader)]/w:tc[w:p/w:r/w:rPr/w:b]"),
                     want_bold);
    assert_int_equal(count_at(doc, tbl,
                              "w:tr[not(w:trPr/w:tblHeader)]/w:tc[w:p/w:r][w:p/w:pPr/w:pStyle/@w:val='TableNumber']"),
                     want_right);
    /* Widths are the grid's; a cell's alignment is its style's. */
    assert_int_equal(count_at(doc, tbl, "w:tr/w:tc/w:tcPr/w:tcW | w:tr/w:tc/w:p/w:pPr/w:jc"), 0);

    /* Row by row: the grid is whole, and the cells that start there
     * hold the tree's text, in order. */
    xmlXPathObjectPtr rows = nodes(doc, tbl, "w:tr");
    for (size_t r = 0; r < t->n_rows; r++) {
        xmlNodePtr tr = node_of(rows, (int)r);
        char *cols = str_at(doc, tr, "count(w:tc[not(w:tcPr/w:gridSpan)]) + sum(w:tc/w:tcPr/w:gridSpan/@w:val)");
        char want_cols[16];
        snprintf(want_cols, sizeof want_cols, "%zu", t->n_cols);
        assert_string_equal(cols, want_cols);
        free(cols);
        xmlXPathObjectPtr tcs = nodes(doc, tr, "w:tc[not(w:tcPr/w:vMerge[@w:val='continue'])]");
        int k = 0;
        for (size_t c = 0; c < t->n_cols; c++) {
            const zp_doc_cell *x = cell_at(t, r, c);
            if (x->covered)
                continue;
            assert_true(k < n_of(tcs));
            assert_spans_text(node_of(tcs, k++), &x->content, "table cell");
        }
        assert_int_equal(k, n_of(tcs));
        xmlXPathFreeObject(tcs);
    }
    xmlXPathFreeObject(rows);
}

static void check_tables(const xml *doc, const zp_report *r)
{
    xmlXPathObjectPtr tbls = nodes(doc, NULL, "/w:document/w:body/w:tbl");
    assert_int_equal(n_of(tbls), blocks_of(r, ZP_BLOCK_TABLE));
    xmlXPathObjectPtr caps = nodes(doc, NULL, "/w:document/w:body/w:p[w:pPr/w:pStyle/@w:val='TableCaption']");
    int k = 0, kc = 0;
    for (size_t i = 0; i < r->n_blocks; i++) {
        if (r->blocks[i].kind != ZP_BLOCK_TABLE)
            continue;
        const zp_doc_table *t = r->blocks[i].table;
        check_table(doc, node_of(tbls, k++), t);
        if (t->caption)
            assert_text(node_of(caps, kc++), t->caption, "table caption");
    }
    assert_int_equal(kc, n_of(caps));
    xmlXPathFreeObject(tbls);
    xmlXPathFreeObject(caps);
}

static void check_chart_part(const pkg *p, const zp_doc_chart *ch, size_t n)
{
    char name[64], expr[160];
    snprintf(name, sizeof name, "word/charts/chart%zu.xml", n);
    xml c = parse(p, name);
    assert_int_equal(count(&c, "/c:chartSpace/c:chart/c:plotArea"), 1);
    assert_int_equal(count(&c, "//c:externalData"), 0);
    const char *plot = ch->kind == ZP_CHART_SHARES ? "c:pieChart"
                       : ch->kind == ZP_CHART_HBARS ? "c:barChart[c:barDir/@val='bar']"
                                                    : "c:barChart[c:barDir/@val='col']";
    snprintf(expr, sizeof expr, "/c:chartSpace/c:chart/c:plotArea/%s", plot);
    assert_int_equal(count(&c, expr), 1);
    size_t n_series = ch->kind == ZP_CHART_SHARES && ch->n_series > 1 ? 1 : ch->n_series;
    xmlXPathObjectPtr sers = nodes(&c, NULL, "//c:ser");
    assert_int_equal(n_of(sers), n_series);
    char num[64];
    for (size_t s = 0; s < n_series; s++) {
        xmlNodePtr ser = node_of(sers, (int)s);
        const zp_doc_series *se = &ch->series[s];
        char *sname = str_at(&c, ser, "c:tx/c:v");
        assert_string_equal(sname, se->name ? se->name : "");
        free(sname);
        xmlXPathObjectPtr cats = nodes(&c, ser, "c:cat/c:strLit/c:pt/c:v");
        assert_int_equal(n_of(cats), ch->n_categories);
        for (size_t k = 0; k < ch->n_categories; k++) {
            assert_text(node_of(cats, (int)k), ch->categories[k], "chart category");
            snprintf(expr, sizeof expr, "c:val/c:numLit/c:pt[@idx='%zu']/c:v", k);
            char *v = str_at(&c, ser, expr);
            const char *want = se->texts[k] && *se->texts[k] ? zp_dec_format(se->values[k], false, num, sizeof num) : "";
            assert_string_equal(v, want);
            free(v);
        }
        xmlXPathFreeObject(cats);
    }
    xmlXPathFreeObject(sers);
    if (ch->kind != ZP_CHART_SHARES && ch->axis_max.units > 0)
        assert_xpath_string(&c, "//c:valAx/c:scaling/c:max/@val", zp_dec_format(ch->axis_max, false, num, sizeof num));
    unparse(&c);
}

static void check_charts(const pkg *p, const xml *doc, const xml *rels, const zp_report *r)
{
    xmlXPathObjectPtr frames = nodes(doc, NULL, "//w:drawing/wp:inline/a:graphic/a:graphicData/c:chart");
    xmlXPathObjectPtr caps = nodes(doc, NULL, "/w:document/w:body/w:p[w:pPr/w:pStyle/@w:val='Caption']");
    assert_int_equal(n_of(frames), blocks_of(r, ZP_BLOCK_CHART));
    size_t n = 0;
    int kc = 0;
    for (size_t i = 0; i < r->n_blocks; i++) {
        if (r->blocks[i].kind != ZP_BLOCK_CHART)
            continue;
        const zp_doc_chart *ch = r->blocks[i].chart;
        n++;
        char want[64], expr[128];
        /* The frame names the chart's relationship, which names its part. */
        char *rid = str_at(doc, node_of(frames, (int)n - 1), "@r:id");
        snprintf(want, sizeof want, "rIdChart%zu", n);
        assert_string_equal(rid, want);
        snprintf(expr, sizeof expr, "/rel:Relationships/rel:Relationship[@Id='%s']/@Target", rid);
        snprintf(want, sizeof want, "charts/chart%zu.xml", n);
        assert_xpath_string(rels, expr, want);
        free(rid);
        check_chart_part(p, ch, n);
        if (ch->caption)
            assert_text(node_of(caps, kc++), ch->caption, "chart caption");
    }
    assert_int_equal(kc, n_of(caps));
    xmlXPathFreeObject(frames);
    xmlXPathFreeObject(caps);
}

static void check_styles(const pkg *p)
{
    xml s = parse(p, "word/styles.xml");
#define STYLE(id) "/w:styles/w:style[@w:styleId='" id "']"
    assert_xpath_string(&s, STYLE("Title") "/w:rPr/w:rFonts/@w:eastAsia", "方正小标宋简体");
    assert_xpath_string(&s, STYLE("Title") "/w:rPr/w:sz/@w:val", "44");
    assert_xpath_string(&s, STYLE("Title") "/w:pPr/w:jc/@w:val", "center");
    assert_xpath_string(&s, STYLE("Normal") "/w:rPr/w:rFonts/@w:eastAsia", "仿宋_GB2312");
    assert_xpath_string(&s, STYLE("Normal") "/w:rPr/w:sz/@w:val", "32");
    assert_xpath_string(&s, STYLE("Normal") "/w:pPr/w:spacing/@w:lineRule", "exact");
    char *line = str_at(&s, NULL, STYLE("Normal") "/w:pPr/w:spacing/@w:line");
    assert_true(atoi(line) >= 560 && atoi(line) <= 580);
    free(line);
    assert_xpath_string(&s, STYLE("Normal") "/w:pPr/w:ind/@w:firstLineChars", "200");
    assert_xpath_string(&s, STYLE("Heading1") "/w:rPr/w:rFonts/@w:eastAsia", "黑体");
    assert_xpath_string(&s, STYLE("Heading2") "/w:rPr/w:rFonts/@w:eastAsia", "楷体_GB2312");
    assert_xpath_string(&s, STYLE("Heading3") "/w:rPr/w:rFonts/@w:eastAsia", "仿宋_GB2312");
    assert_int_equal(count(&s, STYLE("Heading3") "/w:rPr/w:b"), 1);
    for (int i = 1; i <= 3; i++) {
        char expr[128], want[4];
        snprintf(expr, sizeof expr, STYLE("Heading%d") "/w:pPr/w:outlineLvl/@w:val", i);
        snprintf(want, sizeof want, "%d", i - 1);
        assert_xpath_string(&s, expr, want);
        snprintf(expr, sizeof expr, STYLE("Heading%d") "/w:name/@w:val", i);
        snprintf(want, sizeof want, "%d", i);
        char *name = str_at(&s, NULL, expr);
        assert_string_equal(name + strlen("heading "), want);
        free(name);
    }
    assert_xpath_string(&s, STYLE("TableText") "/w:rPr/w:sz/@w:val", "24");
    assert_xpath_string(&s, STYLE("TableText") "/w:pPr/w:spacing/@w:lineRule", "auto");
    assert_int_equal(count(&s, STYLE("Caption") "/w:rPr/w:b"), 1);
    assert_xpath_string(&s, STYLE("Caption") "/w:pPr/w:jc/@w:val", "center");
    assert_xpath_string(&s, STYLE("TableUnit") "/w:pPr/w:jc/@w:val", "right");
    assert_xpath_string(&s, STYLE("TableNumber") "/w:pPr/w:jc/@w:val", "right");
    assert_xpath_string(&s, STYLE("TableNumber") "/w:basedOn/@w:val", "TableText");
    assert_xpath_string(&s, STYLE("TableCenter") "/w:pPr/w:jc/@w:val", "center");
    assert_int_equal(count(&s, STYLE("TableGrid") "/w:tblPr/w:tblBorders/*[@w:val='single']"), 6);
    assert_xpath_string(&s, STYLE("Footer") "/w:rPr/w:rFonts/@w:eastAsia", "宋体");
    assert_xpath_string(&s, STYLE("Footer") "/w:rPr/w:sz/@w:val", "28");
    assert_xpath_string(&s, STYLE("FooterOdd") "/w:pPr/w:jc/@w:val", "right");
    assert_xpath_string(&s, STYLE("FooterEven") "/w:pPr/w:jc/@w:val", "left");
#undef STYLE
    unparse(&s);

    /* Each font with what stands in for it. */
    xml f = parse(p, "word/fontTable.xml");
    static const char *const fonts[][2] = {{"仿宋_GB2312", "仿宋"},
                                           {"方正小标宋简体", "宋体"},
                                           {"黑体", "SimHei"},
                                           {"楷体_GB2312", "楷体"},
                                           {"宋体", "SimSun"}};
    for (size_t i = 0; i < sizeof fonts / sizeof fonts[0]; i++) {
        char expr[160];
        snprintf(expr, sizeof expr, "/w:fonts/w:font[@w:name='%s']/w:altName/@w:val", fonts[i][0]);
        assert_xpath_string(&f, expr, fonts[i][1]);
        snprintf(expr, sizeof expr, "/w:fonts/w:font[@w:name='%s']/w:charset/@w:val", fonts[i][0]);
        assert_xpath_string(&f, expr, "86");
        snprintf(expr, sizeof expr, "/w:fonts/w:font[@w:name='%s']/w:family/@w:val", fonts[i][0]);
        char *fam = str_at(&f, NULL, expr);
        assert_true(*fam);
        free(fam);
    }
    assert_int_equal(count(&f, "/w:fonts/w:font[@w:name='Noto Serif CJK SC']"), 1);
    assert_int_equal(count(&f, "/w:fonts/w:font[@w:name='Noto Sans CJK SC']"), 1);
    assert_int_equal(count(&f, "/w:fonts/w:font[@w:name='AR PL KaitiM GB']"), 1);
    unparse(&f);
}

static void check_footers(const pkg *p, const xml *doc, const xml *rels)
{
    xml set = parse(p, "word/settings.xml");
    assert_int_equal(count(&set, "/w:settings/w:evenAndOddHeaders"), 1);
    unparse(&set);
    static const char *const types[] = {"default", "even"};
    static const char *const styles[] = {"FooterOdd", "FooterEven"};
    for (int i = 0; i < 2; i++) {
        char expr[160];
        snprintf(expr, sizeof expr, "/w:document/w:body/w:sectPr/w:footerReference[@w:type='%s']/@r:id",
                 types[i]);
        char *rid = str_at(doc, NULL, expr);
        snprintf(expr, sizeof expr, "/rel:Relationships/rel:Relationship[@Id='%s']/@Target", rid);
        char *target = str_at(rels, NULL, expr);
        assert_true(*target);
        char part[64];
        snprintf(part, sizeof part, "word/%s", target);
        xml f = parse(p, part);
        assert_int_equal(count(&f, "/w:ftr/w:p"), 1);
        snprintf(expr, sizeof expr, "/w:ftr/w:p/w:pPr/w:pStyle/@w:val");
        assert_xpath_string(&f, expr, styles[i]);
        assert_xpath_string(&f, "normalize-space(//w:instrText)", "PAGE");
        assert_int_equal(count(&f, "//w:fldChar[@w:fldCharType='begin']"), 1);
        assert_int_equal(count(&f, "//w:fldChar[@w:fldCharType='separate']"), 1);
        assert_int_equal(count(&f, "//w:fldChar[@w:fldCharType='end']"), 1);
        /* "— N —": em dashes either side of the field. */
        char *first = str_at(&f, NULL, "(//w:t)[1]");
        char *last = str_at(&f, NULL, "(//w:t)[last()]");
        assert_string_equal(first, "— ");
        assert_string_equal(last, " —");
        free(first);
        free(last);
        unparse(&f);
        free(target);
        free(rid);
    }
}

/* Every part has a content type, and every override names a part. */
static void check_content_types(const pkg *p)
{
    xml ct = parse(p, "[Content_Types].xml");
    zip_int64_t n = zip_get_num_entries(p->zip, 0);
    assert_true(n > 0);
    assert_string_equal(zip_get_name(p->zip, 0, 0), "[Content_Types].xml");
    for (zip_int64_t i = 0; i < n; i++) {
        const char *name = zip_get_name(p->zip, (zip_uint64_t)i, 0);
        if (!strcmp(name, "[Content_Types].xml"))
            continue;
        char expr[256];
        const char *dot = strrchr(name, '.');
        snprintf(expr, sizeof expr, "/ct:Types/ct:Override[@PartName='/%s'] | /ct:Types/ct:Default[@Extension='%s']",
                 name, dot ? dot + 1 : "");
        if (count(&ct, expr) < 1)
            fail_msg("no content type for %s", name);
    }
    xmlXPathObjectPtr ov = nodes(&ct, NULL, "/ct:Types/ct:Override/@PartName");
    for (int i = 0; i < n_of(ov); i++) {
        char *name = text_of(node_of(ov, i));
        zip_stat_t st;
        if (zip_stat(p->zip, name + 1, 0, &st) != 0)
            fail_msg("an override names %s, which is not in the package", name);
        free(name);
    }
    xmlXPathFreeObject(ov);
    assert_xpath_string(&ct, "/ct:Types/ct:Override[@PartName='/word/document.xml']/@ContentType",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
    if (zip_name_locate(p->zip, "word/charts/chart1.xml", 0) >= 0)
        assert_xpath_string(&ct, "/ct:Types/ct:Override[@PartName='/word/charts/chart1.xml']/@ContentType",
                            "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    unparse(&ct);

    xml rels = parse(p, "_rels/.rels");
    assert_int_equal(count(&rels, "//rel:Relationship[@Target='word/document.xml']"), 1);
    assert_int_equal(count(&rels, "//rel:Relationship[@Target='docProps/core.xml']"), 1);
    assert_int_equal(count(&rels, "//rel:Relationship[@Target='docProps/app.xml']"), 1);
    unparse(&rels);
}

static void check_core(const pkg *p, const zp_report *r)
{
    xml core = parse(p, "docProps/core.xml");
    assert_xpath_string(&core, "/cp:coreProperties/dc:title", r->title);
    assert_xpath_string(&core, "/cp:coreProperties/dc:creator", r->author);
    unparse(&core);
    xml app = parse(p, "docProps/app.xml");
    unparse(&app);
}

static uint32_t be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* --charts picture: each chart a PNG in word/media, stored, framed in
 * document.xml with its proportions, its unit drawn in it (no unit line
 * above), its caption a paragraph under it; no chart parts. */
static void check_pictures(const pkg *p, const xml *doc, const xml *rels, const zp_report *r)
{
    const char *frame = "//w:drawing/wp:inline/a:graphic/a:graphicData[@uri='" ZP_NS_PIC "']/pic:pic";
    xmlXPathObjectPtr pics = nodes(doc, NULL, frame);
    size_t n_charts = blocks_of(r, ZP_BLOCK_CHART);
    assert_int_equal(n_of(pics), n_charts);
    assert_int_equal(count(doc, "//c:chart"), 0);
    assert_true(zip_name_locate(p->zip, "word/charts/chart1.xml", 0) < 0);
    xml ct = parse(p, "[Content_Types].xml");
    for (size_t n = 1; n <= n_charts; n++) {
        xmlNodePtr pic = node_of(pics, (int)n - 1);
        char want[64], name[64], expr[256];
        snprintf(want, sizeof want, "rIdChart%zu", n);
        char *rid = str_at(doc, pic, "pic:blipFill/a:blip/@r:embed");
        assert_string_equal(rid, want);
        free(rid);
        snprintf(expr, sizeof expr, "/rel:Relationships/rel:Relationship[@Id='%s']/@Target", want);
        snprintf(name, sizeof name, "media/chart%zu.png", n);
        assert_xpath_string(rels, expr, name);
        snprintf(expr, sizeof expr, "/rel:Relationships/rel:Relationship[@Id='%s']/@Type", want);
        assert_xpath_string(rels, expr, ZP_REL_BASE "image");
        snprintf(name, sizeof name, "word/media/chart%zu.png", n);
        snprintf(expr, sizeof expr, "/ct:Types/ct:Override[@PartName='/%s']/@ContentType", name);
        assert_xpath_string(&ct, expr, "image/png");

        /* A PNG, stored (it is compressed already), 1248 pixels wide, not
         * blank (a blank one deflates to well under a kilobyte). */
        zip_stat_t st;
        assert_int_equal(zip_stat(p->zip, name, 0, &st), 0);
        assert_int_equal(st.comp_method, ZIP_CM_STORE);
        size_t len = 0;
        uint8_t *png = (uint8_t *)entry(p, name, &len);
        assert_true(len > 8000);
        assert_memory_equal(png, "\x89PNG\r\n\x1a\n", 8);
        assert_memory_equal(png + 12, "IHDR", 4);
        uint32_t w = be32(png + 16), h = be32(png + 20);
        assert_int_equal(w, 1248);
        assert_true(h > 100 && h < w);
        free(png);

        /* The frame has the picture's proportions, at the text block's width. */
        long cx = ZP_DOCX_TEXT_W_EMU;
        char *ext_cx = str_at(doc, pic, "ancestor::wp:inline/wp:extent/@cx");
        char *ext_cy = str_at(doc, pic, "ancestor::wp:inline/wp:extent/@cy");
        assert_int_equal(atol(ext_cx), cx);
        assert_int_equal(atol(ext_cy), (cx * (long)h + 624) / 1248);
        free(ext_cx);
        free(ext_cy);
    }
    unparse(&ct);
    /* No "单位：" line before a picture: the picture has it. */
    assert_int_equal(count(doc, "//w:p[w:pPr/w:pStyle/@w:val='ChartFrame']"
                                "/preceding-sibling::w:p[1][w:pPr/w:pStyle/@w:val='TableUnit']"),
                     0);
    xmlXPathFreeObject(pics);
}

/* Everything the document must have for the tree r. */
static void check_package_with(zp_bytes b, const zp_report *r, zp_docx_charts charts)
{
    pkg p = open_pkg(b);
    xml doc = parse(&p, "word/document.xml");
    xml rels = parse(&p, "word/_rels/document.xml.rels");
    check_page(&doc);
    check_title(&doc, r);
    check_text_blocks(&doc, r);
    check_tables(&doc, r);
    if (charts == ZP_DOCX_CHARTS_PICTURE)
        check_pictures(&p, &doc, &rels, r);
    else
        check_charts(&p, &doc, &rels, r);
    check_styles(&p);
    check_footers(&p, &doc, &rels);
    check_content_types(&p);
    check_core(&p, r);
    unparse(&rels);
    unparse(&doc);
    close_pkg(&p);
}

static void check_package(zp_bytes b, const zp_report *r)
{
    check_package_with(b, r, ZP_DOCX_CHARTS_NATIVE);
}

static void test_examples_structure(void **state)
{
    (void)state;
    unsetenv("SOURCE_DATE_EPOCH");
    for (size_t i = 0; i < N_EXAMPLES; i++) {
        loaded l = load(examples[i]);
        check_package(render(l.r), l.r);
        unload(&l);
    }
}

/* Charts as pictures: the whole package as before, the charts as PNGs,
 * byte for byte the same each time. */
static void test_chart_pictures(void **state)
{
    (void)state;
    unsetenv("SOURCE_DATE_EPOCH");
    for (size_t i = 0; i < N_EXAMPLES; i++) {
        loaded l = load(examples[i]);
        zp_bytes a = render_with(l.r, ZP_DOCX_CHARTS_PICTURE);
        zp_bytes b = render_with(l.r, ZP_DOCX_CHARTS_PICTURE);
        assert_int_equal(a.len, b.len);
        assert_memory_equal(a.data, b.data, a.len);
        free(b.data);
        check_package_with(a, l.r, ZP_DOCX_CHARTS_PICTURE);
        unload(&l);
    }
}

/* ---- a tree by hand: every block kind, spans, escaping ---- */

#define ODD "<b>&amp; \"引号\" 'apos' </w:t> ]]> & — 𠀀 😀 é ‍ \u202Eabc\u202C ﬁ � 　 ￼"

static zp_doc_span odd_span[] = {{ZP_SPAN_TEXT, ODD, NULL}};
static zp_doc_span para_spans[] = {{ZP_SPAN_NUMBER, "1．", NULL},
                                   {ZP_SPAN_TEXT, "预算数 ", NULL},
                                   {ZP_SPAN_FIGURE, "1,234.56", "budget.total"},
                                   {ZP_SPAN_TEXT, "万元，", NULL},
                                   {ZP_SPAN_VERBATIM, ODD, NULL}};

static zp_doc_span sp(const char *text)
{
    return (zp_doc_span){ZP_SPAN_TEXT, text, NULL};
}

static zp_doc_span cell_spans[16];

static zp_doc_cell mk(int i, const char *text, int cs, int rs, zp_doc_align al, bool bold)
{
    cell_spans[i] = sp(text);
    return (zp_doc_cell){{&cell_spans[i], 1}, cs, rs, false, bold, al};
}

static const zp_doc_cell covered = {{NULL, 0}, 1, 1, true, false, ZP_ALIGN_LEFT};

/*   A (2 cols)      | C          header
 *   D (2 rows) | E  | F bold right
 *   ·          | G  | H
 *   I (2×2)         | J
 *   ·               | K                  */
static zp_doc_cell cells[15];
static int widths[] = {3, 2, 1};
static zp_doc_table table = {ZP_TABLE_MONEY, "表1  " ODD, "单位：万元", 3, 5, 1, cells, widths, "注：" ODD};

static const char *cats[] = {ODD, "支出", "结余"};
static zp_dec v1[] = {{32061, 2}, {29981, 2}, {0, 0}};
static zp_dec v2[] = {{1250, 1}, {-3, 0}, {100, 2}};
static const char *t1[] = {"320.61", "299.81", ""};
static const char *t2[] = {"125.0", "-3", "1.00"};
static const char *srcs[] = {"a", "b", "c"};
static zp_doc_series series[] = {{ODD, v1, t1, srcs}, {"决算数", v2, t2, srcs}};
static zp_doc_chart bars = {ZP_CHART_BARS, "图1  " ODD, "万元", 3, cats, 2, series, {500, 0}};
static zp_doc_chart hbars = {ZP_CHART_HBARS, "图2  横条", "%", 3, cats, 1, series + 1, {250, 1}};
static zp_doc_chart shares = {ZP_CHART_SHARES, "图3  占比", "%", 3, cats, 1, series, {0, 0}};

static zp_report hand_tree(zp_doc_block *blocks)
{
    cells[0] = mk(0, "A", 2, 1, ZP_ALIGN_CENTER, false);
    cells[1] = covered;
    cells[2] = mk(1, "C", 1, 1, ZP_ALIGN_CENTER, false);
    cells[3] = mk(2, "D", 1, 2, ZP_ALIGN_LEFT, false);
    cells[4] = mk(3, ODD, 1, 1, ZP_ALIGN_LEFT, false);
    cells[5] = mk(4, "1,106.25", 1, 1, ZP_ALIGN_RIGHT, true);
    cells[6] = covered;
    cells[7] = mk(5, "G", 1, 1, ZP_ALIGN_LEFT, false);
    cells[8] = mk(6, "-9.91%", 1, 1, ZP_ALIGN_RIGHT, false);
    cells[9] = mk(7, "I", 2, 2, ZP_ALIGN_LEFT, true);
    cells[10] = covered;
    cells[11] = mk(8, "J", 1, 1, ZP_ALIGN_LEFT, false);
    cells[12] = covered;
    cells[13] = covered;
    cells[14] = mk(9, "K", 1, 1, ZP_ALIGN_LEFT, false);
    int n = 0;
    blocks[n++] = (zp_doc_block){ZP_BLOCK_HEADING, 1, {odd_span, 1}, NULL, NULL};
    blocks[n++] = (zp_doc_block){ZP_BLOCK_HEADING, 2, {odd_span, 1}, NULL, NULL};
    blocks[n++] = (zp_doc_block){ZP_BLOCK_HEADING, 3, {odd_span, 1}, NULL, NULL};
    blocks[n++] = (zp_doc_block){ZP_BLOCK_PARAGRAPH, 0, {para_spans, 5}, NULL, NULL};
    blocks[n++] = (zp_doc_block){ZP_BLOCK_TABLE, 0, {NULL, 0}, &table, NULL};
    blocks[n++] = (zp_doc_block){ZP_BLOCK_TABLE, 0, {NULL, 0}, &table, NULL};
    blocks[n++] = (zp_doc_block){ZP_BLOCK_CHART, 0, {NULL, 0}, NULL, &bars};
    blocks[n++] = (zp_doc_block){ZP_BLOCK_PARAGRAPH, 0, {odd_span, 1}, NULL, NULL};
    blocks[n++] = (zp_doc_block){ZP_BLOCK_CHART, 0, {NULL, 0}, NULL, &hbars};
    blocks[n++] = (zp_doc_block){ZP_BLOCK_CHART, 0, {NULL, 0}, NULL, &shares};
    zp_report r = {0};
    r.title = "标题 " ODD;
    r.author = "作者 " ODD;
    r.blocks = blocks;
    r.n_blocks = (size_t)n;
    r.n_tables = 2;
    r.n_charts = 3;
    return r;
}

static void test_hand_tree(void **state)
{
    (void)state;
    unsetenv("SOURCE_DATE_EPOCH");
    zp_doc_block blocks[16];
    zp_report r = hand_tree(blocks);
    zp_bytes b = render(&r);
    check_package(b, &r);

    /* The merges, cell by cell. */
    b = render(&r);
    pkg p = open_pkg(b);
    xml doc = parse(&p, "word/document.xml");
#define TBL "/w:document/w:body/w:tbl[1]"
    assert_int_equal(count(&doc, TBL "/w:tr[1]/w:tc"), 2);
    assert_xpath_string(&doc, TBL "/w:tr[1]/w:tc[1]/w:tcPr/w:gridSpan/@w:val", "2");
    assert_xpath_string(&doc, TBL "/w:tr[2]/w:tc[1]/w:tcPr/w:vMerge/@w:val", "restart");
    assert_xpath_string(&doc, TBL "/w:tr[3]/w:tc[1]/w:tcPr/w:vMerge/@w:val", "continue");
    assert_int_equal(count(&doc, TBL "/w:tr[3]/w:tc"), 3);
    assert_xpath_string(&doc, TBL "/w:tr[4]/w:tc[1]/w:tcPr/w:gridSpan/@w:val", "2");
    assert_xpath_string(&doc, TBL "/w:tr[4]/w:tc[1]/w:tcPr/w:vMerge/@w:val", "restart");
    assert_xpath_string(&doc, TBL "/w:tr[5]/w:tc[1]/w:tcPr/w:gridSpan/@w:val", "2");
    assert_xpath_string(&doc, TBL "/w:tr[5]/w:tc[1]/w:tcPr/w:vMerge/@w:val", "continue");
    assert_xpath_string(&doc, TBL "/w:tr[5]/w:tc[2]", "K");
    /* Widths 3:2:1 of 8845 twips, the rounding in the last column. */
    assert_xpath_string(&doc, TBL "/w:tblGrid/w:gridCol[1]/@w:w", "4423");
    assert_xpath_string(&doc, TBL "/w:tblGrid/w:gridCol[2]/@w:w", "2948");
    assert_xpath_string(&doc, TBL "/w:tblGrid/w:gridCol[3]/@w:w", "1474");
    assert_xpath_string(&doc, TBL "/w:tr[1]/w:tc[1]/w:tcPr/w:gridSpan/@w:val", "2");
    assert_xpath_string(&doc, TBL "/w:tr[2]/w:tc[3]/w:p/w:pPr/w:pStyle/@w:val", "TableNumber");
    assert_int_equal(count(&doc, TBL "/w:tr[2]/w:tc[3]/w:p/w:r/w:rPr/w:b"), 1);
#undef TBL
    /* Unit note over the table, note under it. */
    assert_xpath_string(&doc, "/w:document/w:body/w:tbl[1]/preceding-sibling::w:p[1]", "单位：万元");
    assert_xpath_string(&doc, "/w:document/w:body/w:tbl[1]/following-sibling::w:p[1]", "注：" ODD);
    assert_xpath_string(&doc, "/w:document/w:body/w:tbl[1]/following-sibling::w:p[1]/w:pPr/w:pStyle/@w:val",
                        "TableNote");
    unparse(&doc);

    /* A gap for a value the series lacks; labels of other places get a
     * format of their own. */
    xml c = parse(&p, "word/charts/chart1.xml");
    assert_int_equal(count(&c, "//c:ser[1]/c:val/c:numLit/c:pt"), 2);
    assert_xpath_string(&c, "//c:ser[1]/c:dLbls/c:numFmt/@formatCode", "0.00");
    assert_xpath_string(&c, "//c:ser[2]/c:dLbls/c:numFmt/@formatCode", "0");
    assert_int_equal(count(&c, "//c:ser[2]/c:dLbls/c:dLbl"), 2);
    assert_xpath_string(&c, "//c:ser[2]/c:dLbls/c:dLbl[c:idx/@val='0']/c:numFmt/@formatCode", "0.0");
    assert_xpath_string(&c, "//c:ser[2]/c:dLbls/c:dLbl[c:idx/@val='2']/c:numFmt/@formatCode", "0.00");
    assert_xpath_string(&c, "//c:valAx/c:majorUnit/@val", "100");
    unparse(&c);
    c = parse(&p, "word/charts/chart2.xml");
    assert_xpath_string(&c, "//c:ser[1]/c:dLbls/c:numFmt/@formatCode", "0\"%\"");
    assert_xpath_string(&c, "//c:ser[1]/c:dLbls/c:dLbl[c:idx/@val='0']/c:numFmt/@formatCode", "0.0\"%\"");
    assert_xpath_string(&c, "//c:valAx/c:scaling/c:max/@val", "25.0");
    assert_xpath_string(&c, "//c:valAx/c:majorUnit/@val", "5");
    assert_xpath_string(&c, "//c:catAx/c:scaling/c:orientation/@val", "maxMin");
    /* A negative value: the axis is not pinned at zero. */
    assert_int_equal(count(&c, "//c:valAx/c:scaling/c:min"), 0);
    unparse(&c);
    c = parse(&p, "word/charts/chart3.xml");
    assert_int_equal(count(&c, "//c:pieChart/c:ser/c:dPt"), 3);
    unparse(&c);
    close_pkg(&p);
}

/* A line break in the unit's words is a w:br; other control characters,
 * which XML cannot hold, are left out. */
static void test_breaks_and_controls(void **state)
{
    (void)state;
    zp_doc_span s[] = {{ZP_SPAN_VERBATIM, "第一行\n第二行\t尾\x01\x1f!", NULL}};
    zp_doc_block blk = {ZP_BLOCK_PARAGRAPH, 0, {s, 1}, NULL, NULL};
    zp_report r = {0};
    r.title = "标题";
    r.author = "作者";
    r.blocks = &blk;
    r.n_blocks = 1;
    pkg p = open_pkg(render(&r));
    xml doc = parse(&p, "word/document.xml");
    assert_xpath_string(&doc, "/w:document/w:body/w:p[2]", "第一行第二行尾!");
    assert_int_equal(count(&doc, "/w:document/w:body/w:p[2]/w:r/w:br"), 1);
    assert_int_equal(count(&doc, "/w:document/w:body/w:p[2]/w:r/w:tab"), 1);
    assert_xpath_string(&doc, "/w:document/w:body/w:p[2]/w:r/w:t[1]", "第一行");
    unparse(&doc);
    close_pkg(&p);
}

/* A long title is broken after 年度, where the words allow. */
static void test_title_break(void **state)
{
    (void)state;
    loaded l = load("shaoguan-kx-2023");
    pkg p = open_pkg(render(l.r));
    xml doc = parse(&p, "word/document.xml");
    assert_int_equal(count(&doc, "/w:document/w:body/w:p[1]/w:r/w:br"), 1);
    char *first = str_at(&doc, NULL, "/w:document/w:body/w:p[1]/w:r/w:t[1]");
    const char *cut = strstr(l.r->title, "年度");
    assert_non_null(cut);
    assert_int_equal(strlen(first), (size_t)(cut - l.r->title) + strlen("年度"));
    free(first);
    unparse(&doc);
    close_pkg(&p);
    unload(&l);
}

/* ---- reproducible ---- */

static uint16_t le16(const uint8_t *p)
{
    return (uint16_t)(p[0] | p[1] << 8);
}

static uint32_t le32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* Every central directory entry's DOS time and date (no archive comment:
 * the end record is the last 22 bytes). The local headers must agree. */
static void assert_entry_times(zp_bytes b, uint16_t want_time, uint16_t want_date)
{
    const uint8_t *end = b.data + b.len - 22;
    assert_int_equal(le32(end), 0x06054b50);
    size_t n = le16(end + 10);
    size_t off = le32(end + 16);
    assert_true(n > 0);
    for (size_t i = 0; i < n; i++) {
        const uint8_t *e = b.data + off;
        assert_int_equal(le32(e), 0x02014b50);
        assert_int_equal(le16(e + 12), want_time);
        assert_int_equal(le16(e + 14), want_date);
        const uint8_t *local = b.data + le32(e + 42);
        assert_int_equal(le32(local), 0x04034b50);
        assert_int_equal(le16(local + 10), want_time);
        assert_int_equal(le16(local + 12), want_date);
        /* Nothing time-varying in extra fields: libzip writes none here. */
        assert_int_equal(le16(e + 30), 0);
        assert_int_equal(le16(local + 28), 0);
        /* Deflated (by libdeflate, or once for the fixed parts); a part of a few
         * bytes (under 256) is stored. */
        assert_int_equal(le16(e + 10), le32(e + 24) >= 256 ? 8 : 0);
        if (le16(e + 28) == strlen("word/document.xml") && !memcmp(e + 46, "word/document.xml", 17))
            assert_int_equal(le16(e + 10), 8);
        off += 46 + le16(e + 28) + le16(e + 30) + le16(e + 32);
    }
}

static void test_reproducible(void **state)
{
    (void)state;
    unsetenv("SOURCE_DATE_EPOCH");
    loaded l = load("shaoguan-kx-2023");
    zp_bytes a = render(l.r), b = render(l.r);
    assert_int_equal(a.len, b.len);
    assert_memory_equal(a.data, b.data, a.len);
    assert_entry_times(a, 0, (1 << 5) | 1); /* 1980-01-01 00:00 */
    pkg p = open_pkg(a);
    xml core = parse(&p, "docProps/core.xml");
    assert_int_equal(count(&core, "//dcterms:created | //dcterms:modified"), 0);
    unparse(&core);
    close_pkg(&p);
    free(b.data);

    /* 2023-11-14 22:13:20 UTC */
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    a = render(l.r);
    b = render(l.r);
    assert_int_equal(a.len, b.len);
    assert_memory_equal(a.data, b.data, a.len);
    assert_entry_times(a, (22 << 11) | (13 << 5) | 10, ((2023 - 1980) << 9) | (11 << 5) | 14);
    p = open_pkg(a);
    core = parse(&p, "docProps/core.xml");
    assert_xpath_string(&core, "//dcterms:created", "2023-11-14T22:13:20Z");
    assert_xpath_string(&core, "//dcterms:modified", "2023-11-14T22:13:20Z");
    assert_xpath_string(&core, "//dcterms:created/@*[local-name()='type']", "dcterms:W3CDTF");
    unparse(&core);
    close_pkg(&p);
    free(b.data);

    /* Before 1980 a ZIP cannot say: 1980-01-01. */
    setenv("SOURCE_DATE_EPOCH", "0", 1);
    a = render(l.r);
    assert_entry_times(a, 0, (1 << 5) | 1);
    free(a.data);
    unsetenv("SOURCE_DATE_EPOCH");
    unload(&l);
}

/* ---- a library failure ---- */

static void test_zip_failure(void **state)
{
    (void)state;
    /* Two parts of one name: libzip refuses the second. */
    zp_docx_part items[2] = {{"word/document.xml", NULL, {(uint8_t *)"<a/>", 4}, false, false, NULL},
                             {"word/document.xml", NULL, {(uint8_t *)"<b/>", 4}, false, false, NULL}};
    zp_docx_parts parts = {items, 2, 2};
    zp_diags diags;
    zp_diags_init(&diags);
    zp_bytes out = {(uint8_t *)"x", 1};
    assert_false(zp_docx_zip(&parts, NULL, &out, &diags));
    assert_null(out.data);
    assert_int_equal(out.len, 0);
    assert_int_equal(diags.count, 1);
    assert_int_equal(diags.items[0].severity, ZP_FATAL);
    assert_string_equal(diags.items[0].kind, "docx-write");
    assert_contains(diags.items[0].message, "DOCX");
    assert_non_null(diags.items[0].gloss);
    zp_diags_free(&diags);
}

/* ---- the project's own reader ---- */

/* `ziping text` reads the DOCX as the checker does: the title's two lines,
 * and each table row as its cells joined by tabs. */
static void test_project_reader(void **state)
{
    (void)state;
    unsetenv("SOURCE_DATE_EPOCH");
    loaded l = load("shaoguan-kx-2023");
    zp_bytes b = render(l.r);
    char path[] = "/tmp/zp_report_docx_read_XXXXXX.docx";
    int fd = mkstemps(path, 5);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, b.data, b.len), (ssize_t)b.len);
    close(fd);
    free(b.data);
    cli_result res = run_cli("text '%s'", path);
    assert_int_equal(res.status, 0);
    const char *cut = strstr(l.r->title, "年度");
    assert_non_null(cut);
    char *first = strndup(l.r->title, (size_t)(cut - l.r->title) + strlen("年度"));
    assert_contains(res.out, first);
    assert_contains(res.out, cut + strlen("年度"));
    free(first);
    for (size_t i = 0; i < l.r->n_blocks; i++) {
        if (l.r->blocks[i].kind != ZP_BLOCK_TABLE)
            continue;
        /* The first body row whose cells are all its own. */
        const zp_doc_table *t = l.r->blocks[i].table;
        for (size_t r = t->n_header_rows; r < t->n_rows; r++) {
            bool plain = true;
            for (size_t c = 0; c < t->n_cols; c++)
                plain = plain && !cell_at(t, r, c)->covered && cell_at(t, r, c)->colspan == 1 &&
                        cell_at(t, r, c)->rowspan == 1 && cell_at(t, r, c)->content.count;
            if (!plain)
                continue;
            char row[1024] = "";
            for (size_t c = 0; c < t->n_cols; c++) {
                char *cell = zp_doc_spans_text(&cell_at(t, r, c)->content);
                size_t n = strlen(row);
                snprintf(row + n, sizeof row - n, "%s%s", c ? "\t" : "", cell);
                free(cell);
            }
            assert_contains(res.out, row);
            break;
        }
        break;
    }
    cli_free(&res);
    unlink(path);
    unload(&l);
}

/* ---- LibreOffice ---- */

static char dir[64];

static int setup(void **state)
{
    (void)state;
    return tmpdir_make(dir, sizeof dir, "zp_report_docx");
}

static int teardown(void **state)
{
    (void)state;
    return tmpdir_remove(dir);
}

/* s without white space (pdftotext breaks lines and spaces out table
 * columns as it likes). */
static char *squeeze(const char *s)
{
    char *o = malloc(strlen(s) + 1), *q = o;
    for (; *s; s++) {
        if (*s != ' ' && *s != '\n' && *s != '\t' && *s != '\r' && *s != '\f')
            *q++ = *s;
    }
    *q = '\0';
    return o;
}

static void assert_in_pdf(const char *text, const char *want, const char *pdf)
{
    char *w = squeeze(want);
    if (*w && !strstr(text, w))
        fail_msg("%s: \"%s\" not in the PDF's text", pdf, want);
    free(w);
}

static void test_libreoffice(void **state)
{
    (void)state;
    if (system("command -v libreoffice >/dev/null 2>&1") != 0) {
        print_message("libreoffice is not installed (scripts/debian-packages.txt lists "
                      "libreoffice-writer-nogui): the PDF test is skipped\n");
        skip();
    }
    assert_int_equal(system("command -v pdftotext >/dev/null 2>&1"), 0);

    /* Each example's DOCX as a user makes it. */
    char files[1024] = "";
    for (size_t i = 0; i < N_EXAMPLES; i++) {
        cli_result res = run_cli("report examples/%s.yaml -o '%s/%s.docx'", examples[i], dir, examples[i]);
        if (res.status != 0 && res.status != 1)
            fail_msg("ziping report %s: exit %d\n%s", examples[i], res.status, res.err);
        cli_free(&res);
        size_t n = strlen(files);
        snprintf(files + n, sizeof files - n, " '%s/%s.docx'", dir, examples[i]);
    }
    /* And one with its charts as pictures. */
    cli_result res = run_cli("report examples/%s.yaml --charts picture -o '%s/pictures.docx'",
                             examples[0], dir);
    if (res.status != 0 && res.status != 1)
        fail_msg("ziping report --charts picture: exit %d\n%s", res.status, res.err);
    cli_free(&res);
    size_t used = strlen(files);
    snprintf(files + used, sizeof files - used, " '%s/pictures.docx'", dir);

    /* All three in one LibreOffice run (it takes seconds to start), with a
     * profile of its own so that it works as root and beside other runs. */
    /* LibreOffice finds fonts through fontconfig and ignores the fallbacks
     * fontTable.xml names: scripts/fonts.conf gives fontconfig the same
     * ones, so the PDF looks as the styles mean it to. */
    char conf[512], cmd[2048];
    snprintf(conf, sizeof conf, "%s/scripts/fonts.conf", ZP_SOURCE_DIR);
    snprintf(cmd, sizeof cmd,
             "cd '%s' && HOME='%s' FONTCONFIG_FILE='%s' libreoffice -env:UserInstallation=file://%s/profile "
             "--headless --norestore --convert-to pdf --outdir '%s/pdf' %s >'%s/lo.log' 2>&1",
             dir, dir, conf, dir, dir, files, dir);
    int rc = system(cmd);
    if (rc != 0) {
        char log[128];
        snprintf(log, sizeof log, "%s/lo.log", dir);
        char *text = read_all(log);
        fail_msg("libreoffice failed (%d):\n%s", rc, text ? text : "");
    }

    for (size_t i = 0; i < N_EXAMPLES; i++) {
        char pdf[256], txt[256];
        snprintf(pdf, sizeof pdf, "%s/pdf/%s.pdf", dir, examples[i]);
        snprintf(txt, sizeof txt, "%s/%s.txt", dir, examples[i]);
        struct stat st;
        if (stat(pdf, &st) != 0 || st.st_size == 0)
            fail_msg("no PDF %s", pdf);
        snprintf(cmd, sizeof cmd, "pdftotext -enc UTF-8 '%s' '%s'", pdf, txt);
        assert_int_equal(system(cmd), 0);
        char *raw = read_all(txt);
        assert_non_null(raw);
        char *text = squeeze(raw);
        free(raw);

        /* What the tree says: its title, the first table's figures, the
         * first chart's categories and labels, the total score. */
        loaded l = load(examples[i]);
        assert_in_pdf(text, l.r->title, pdf);
        bool table_seen = false, chart_seen = false;
        for (size_t b = 0; b < l.r->n_blocks; b++) {
            const zp_doc_block *blk = &l.r->blocks[b];
            if (blk->kind == ZP_BLOCK_TABLE && !table_seen) {
                table_seen = true;
                const zp_doc_table *t = blk->table;
                if (t->caption)
                    assert_in_pdf(text, t->caption, pdf);
                for (size_t c = 0; c < t->n_rows * t->n_cols; c++) {
                    const zp_doc_spans *sp = &t->cells[c].content;
                    for (size_t k = 0; k < sp->count; k++) {
                        if (sp->items[k].kind == ZP_SPAN_FIGURE)
                            assert_in_pdf(text, sp->items[k].text, pdf);
                    }
                }
            }
            if (blk->kind == ZP_BLOCK_CHART && !chart_seen) {
                chart_seen = true;
                const zp_doc_chart *ch = blk->chart;
                assert_in_pdf(text, ch->caption, pdf);
                for (size_t c = 0; c < ch->n_categories && ch->n_series; c++) {
                    if (ch->kind != ZP_CHART_SHARES)
                        assert_in_pdf(text, ch->categories[c], pdf);
                    assert_in_pdf(text, ch->series[0].texts[c], pdf);
                }
            }
            const zp_doc_spans *sp = &blk->content;
            for (size_t k = 0; k < sp->count; k++) {
                if (sp->items[k].source && !strcmp(sp->items[k].source, "score:total"))
                    assert_in_pdf(text, sp->items[k].text, pdf);
            }
        }
        if (!strcmp(examples[i], "shaoguan-kx-2023") && l.s)
            assert_in_pdf(text, "98.81", pdf);
        unload(&l);
        free(text);
    }

    /* LibreOffice read the pictures: the PDF has an image for each chart. */
    loaded l = load(examples[0]);
    size_t n_charts = blocks_of(l.r, ZP_BLOCK_CHART);
    unload(&l);
    char list[256];
    snprintf(list, sizeof list, "%s/images.txt", dir);
    snprintf(cmd, sizeof cmd, "pdfimages -list '%s/pdf/pictures.pdf' > '%s'", dir, list);
    assert_int_equal(system(cmd), 0);
    char *images = read_all(list);
    assert_non_null(images);
    size_t n_images = 0;
    for (const char *q = images; (q = strstr(q, " image ")) != NULL; q++)
        n_images++;
    free(images);
    if (n_images < n_charts)
        fail_msg("pictures.pdf has %zu images for %zu charts", n_images, n_charts);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_examples_structure),
        cmocka_unit_test(test_chart_pictures),
        cmocka_unit_test(test_hand_tree),
        cmocka_unit_test(test_breaks_and_controls),
        cmocka_unit_test(test_title_break),
        cmocka_unit_test(test_reproducible),
        cmocka_unit_test(test_zip_failure),
        cmocka_unit_test(test_project_reader),
        cmocka_unit_test_setup_teardown(test_libreoffice, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
