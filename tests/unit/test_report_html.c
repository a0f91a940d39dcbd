/*
 * The report as HTML, read back with libxml2's HTML parser: a self-contained
 * HTML5 file (doctype, lang, charset, nothing fetched, no scripts); the
 * title; every table of the tree with its rows, header rows in <thead>,
 * merged cells as rowspan/colspan, bold and figure cells; every chart an
 * <svg> with a bar per value and its labels; the A4 print stylesheet with
 * the margins of an official document. Text full of markup characters and
 * odd Unicode comes back intact; the same tree gives the same bytes; chart
 * geometry is exact fixed decimals; a chart alone is a well-formed .svg.
 *
 * ZP_DUMP_HTML=DIR writes what the tests render into DIR, to look at.
 */
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <utf8proc.h>

#include "report_fixture.h"
#include "render/svg_chart.h"

static const char *const examples[] = {"baiyun-kx-2023", "shaoguan-kx-2023", "taoyuan-kx-2023"};

static void dump(const char *name, const char *data)
{
    const char *dir = getenv("ZP_DUMP_HTML");
    if (!dir)
        return;
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(data, f);
    fclose(f);
}

/* ---- reading the HTML back ---- */

static htmlDocPtr parse_html(const char *html)
{
    htmlDocPtr doc = htmlReadMemory(html, (int)strlen(html), NULL, "utf-8",
                                    HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
    assert_non_null(doc);
    return doc;
}

typedef struct nodes {
    xmlNodePtr *items;
    size_t count, cap;
} nodes;

static void nodes_push(nodes *n, xmlNodePtr x)
{
    if (n->count == n->cap) {
        n->cap = n->cap ? n->cap * 2 : 16;
        n->items = realloc(n->items, n->cap * sizeof *n->items);
    }
    n->items[n->count++] = x;
}

static char *attr(xmlNodePtr n, const char *name)
{
    return (char *)xmlGetProp(n, (const xmlChar *)name);
}

static bool has_class(xmlNodePtr n, const char *cls)
{
    char *c = attr(n, "class");
    bool found = false;
    if (c) {
        size_t len = strlen(cls);
        for (char *p = c; *p;) {
            while (*p == ' ')
                p++;
            size_t k = strcspn(p, " ");
            if (k == len && !strncmp(p, cls, len))
                found = true;
            p += k;
        }
    }
    xmlFree(c);
    return found;
}

/* Elements named name (and of class cls, when given) under n, in order. */
static void collect(xmlNodePtr n, const char *name, const char *cls, nodes *out)
{
    for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (!strcmp((const char *)c->name, name) && (!cls || has_class(c, cls)))
            nodes_push(out, c);
        collect(c, name, cls, out);
    }
}

/* Element children named name (one of two names, when name2 is given). */
static void children(xmlNodePtr n, const char *name, const char *name2, nodes *out)
{
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE &&
            (!strcmp((const char *)c->name, name) || (name2 && !strcmp((const char *)c->name, name2))))
            nodes_push(out, c);
    }
}

static xmlNodePtr first(xmlNodePtr n, const char *name, const char *cls)
{
    nodes ns = {0};
    collect(n, name, cls, &ns);
    xmlNodePtr f = ns.count ? ns.items[0] : NULL;
    free(ns.items);
    return f;
}

static char *text_of(xmlNodePtr n)
{
    xmlChar *t = xmlNodeGetContent(n);
    char *s = strdup(t ? (const char *)t : "");
    xmlFree(t);
    return s;
}

static void assert_text(xmlNodePtr n, const char *expected)
{
    assert_non_null(n);
    char *t = text_of(n);
    if (strcmp(t, expected))
        fail_msg("<%s> holds \"%s\", expected \"%s\"", n->name, t, expected);
    free(t);
}

/* The text a tree's spans make as HTML shows it (newlines are <br>). */
static char *spans_text(const zp_doc_spans *sp)
{
    char *s = zp_doc_spans_text(sp);
    char *w = s;
    for (char *r = s; *r; r++) {
        if (*r != '\n')
            *w++ = *r;
    }
    *w = '\0';
    return s;
}

static size_t figure_spans(const zp_doc_spans *sp)
{
    size_t n = 0;
    for (size_t i = 0; i < sp->count; i++)
        n += sp->items[i].kind == ZP_SPAN_FIGURE;
    return n;
}

static void check_cells(xmlNodePtr tr, const zp_doc_table *t, size_t row, bool head,
                        size_t *figures)
{
    nodes cells = {0};
    children(tr, "th", "td", &cells);
    size_t k = 0;
    for (size_t c = 0; c < t->n_cols; c++) {
        const zp_doc_cell *cell = &t->cells[row * t->n_cols + c];
        if (cell->covered)
            continue;
        if (k >= cells.count)
            fail_msg("row %zu of \"%s\" has %zu cells, fewer than the tree's", row,
                     t->caption ? t->caption : "", cells.count);
        xmlNodePtr x = cells.items[k++];
        assert_string_equal((const char *)x->name, head ? "th" : "td");
        char *expected = spans_text(&cell->content);
        assert_text(x, expected);
        free(expected);
        char *rs = attr(x, "rowspan"), *cs = attr(x, "colspan");
        int want_rs = cell->rowspan > 1 ? cell->rowspan : 1;
        int want_cs = cell->colspan > 1 ? cell->colspan : 1;
        assert_int_equal(rs ? atoi(rs) : 1, want_rs);
        assert_int_equal(cs ? atoi(cs) : 1, want_cs);
        if (want_rs == 1)
            assert_null(rs);
        if (want_cs == 1)
            assert_null(cs);
        xmlFree(rs);
        xmlFree(cs);
        assert_int_equal(has_class(x, "b"), cell->bold);
        assert_int_equal(has_class(x, "r"), cell->align == ZP_ALIGN_RIGHT);
        nodes figs = {0};
        collect(x, "span", NULL, &figs);
        assert_int_equal(figs.count, figure_spans(&cell->content));
        *figures += figs.count;
        free(figs.items);
    }
    assert_int_equal(cells.count, k);
    free(cells.items);
}

static void check_table(xmlNodePtr tbl, const zp_doc_table *t, size_t *figures)
{
    if (t->caption)
        assert_text(first(tbl, "span", "cap"), t->caption);
    if (t->unit_note)
        assert_text(first(tbl, "span", "unit"), t->unit_note);
    nodes thead = {0}, tbody = {0}, head_rows = {0}, body_rows = {0};
    children(tbl, "thead", NULL, &thead);
    children(tbl, "tbody", NULL, &tbody);
    assert_int_equal(thead.count, t->n_header_rows ? 1 : 0);
    assert_int_equal(tbody.count, t->n_rows > t->n_header_rows ? 1 : 0);
    if (thead.count)
        children(thead.items[0], "tr", NULL, &head_rows);
    if (tbody.count)
        children(tbody.items[0], "tr", NULL, &body_rows);
    assert_int_equal(head_rows.count, t->n_header_rows);
    assert_int_equal(head_rows.count + body_rows.count, t->n_rows);
    for (size_t r = 0; r < t->n_rows; r++) {
        bool head = r < t->n_header_rows;
        check_cells(head ? head_rows.items[r] : body_rows.items[r - t->n_header_rows], t, r,
                    head, figures);
    }
    nodes cols = {0};
    collect(tbl, "col", NULL, &cols);
    assert_int_equal(cols.count, t->n_cols);
    if (t->note) {
        xmlNodePtr note = first(tbl->parent, "p", "note");
        assert_text(note, t->note);
    }
    free(cols.items);
    free(thead.items);
    free(tbody.items);
    free(head_rows.items);
    free(body_rows.items);
}

static bool value_shown(const zp_doc_series *s, size_t c)
{
    return s->texts && s->texts[c] && *s->texts[c];
}

/* s without its spaces (where a label was broken into lines). */
static char *unspaced(const char *s)
{
    char *u = strdup(s), *w = u;
    for (const char *r = s; *r; r++) {
        if (*r != ' ')
            *w++ = *r;
    }
    *w = '\0';
    return u;
}

/* A label as drawn: whole, or its beginning and "…" when it was too long
 * (spaces aside, where it was broken into lines). */
static void assert_label_text(const char *drawn, const char *label)
{
    static const char ell[] = "…";
    char *t = unspaced(drawn), *l = unspaced(label);
    size_t len = strlen(t), e = strlen(ell);
    if (strcmp(t, l) &&
        !(len > e && !strcmp(t + len - e, ell) && !strncmp(t, l, len - e)))
        fail_msg("label \"%s\" is neither \"%s\" nor its beginning", drawn, label);
    free(t);
    free(l);
}

static void assert_label(xmlNodePtr n, const char *label)
{
    char *t = text_of(n);
    assert_label_text(t, label);
    free(t);
}

static void check_chart(xmlNodePtr fig, const zp_doc_chart *ch)
{
    nodes svgs = {0};
    collect(fig, "svg", NULL, &svgs);
    assert_int_equal(svgs.count, 1);
    xmlNodePtr svg = svgs.items[0];
    free(svgs.items);
    if (ch->caption) {
        assert_text(first(svg, "title", NULL), ch->caption);
        assert_text(first(fig, "figcaption", NULL), ch->caption);
    }
    char *role = attr(svg, "role");
    assert_string_equal(role, "img");
    xmlFree(role);

    bool percent = ch->unit && !strcmp(ch->unit, "%");
    size_t shown = 0;
    for (size_t s = 0; s < ch->n_series; s++) {
        for (size_t c = 0; c < ch->n_categories; c++)
            shown += value_shown(&ch->series[s], c);
    }
    nodes bars = {0}, vals = {0}, cats = {0};
    collect(svg, "rect", "bar", &bars);
    collect(svg, "text", "val", &vals);
    collect(svg, "text", "cat", &cats);
    assert_int_equal(bars.count, shown);
    if (ch->kind == ZP_CHART_SHARES) {
        /* labels inside the parts that are wide enough; all in the legend */
        xmlNodePtr legend = first(svg, "g", "legend");
        assert_non_null(legend);
        nodes items = {0};
        collect(legend, "text", NULL, &items);
        assert_int_equal(items.count, ch->n_categories);
        for (size_t c = 0; c < ch->n_categories; c++) {
            char *want;
            if (ch->n_series == 1 && value_shown(&ch->series[0], c))
                want = zp_xasprintf("%s %s%s", ch->categories[c], ch->series[0].texts[c],
                                    percent ? "%" : ch->unit);
            else
                want = strdup(ch->categories[c]);
            assert_label(items.items[c], want);
            free(want);
        }
        free(items.items);
        assert_true(vals.count <= shown);
    } else {
        /* a value label per bar, category by category, series by series */
        assert_int_equal(vals.count, shown);
        size_t k = 0;
        for (size_t c = 0; c < ch->n_categories; c++) {
            for (size_t s = 0; s < ch->n_series; s++) {
                if (!value_shown(&ch->series[s], c))
                    continue;
                char *want = malloc(strlen(ch->series[s].texts[c]) + 2);
                sprintf(want, "%s%s", ch->series[s].texts[c], percent ? "%" : "");
                assert_text(vals.items[k++], want);
                free(want);
            }
        }
        assert_int_equal(cats.count, ch->n_categories);
        for (size_t c = 0; c < ch->n_categories; c++)
            assert_label(cats.items[c], ch->categories[c]);
        if (ch->n_series > 1) {
            xmlNodePtr legend = first(svg, "g", "legend");
            assert_non_null(legend);
            nodes items = {0};
            collect(legend, "text", NULL, &items);
            assert_int_equal(items.count, ch->n_series);
            for (size_t s = 0; s < ch->n_series; s++)
                assert_label(items.items[s], ch->series[s].name);
            free(items.items);
        }
    }
    free(bars.items);
    free(vals.items);
    free(cats.items);
}

/* Nothing fetched, nothing run: no <link>, <script>, <img>, no src or
 * href anywhere, no address in any attribute. */
static void check_self_contained(xmlNodePtr n)
{
    static const char *const banned[] = {"link", "script", "img", "iframe", "object",
                                         "embed", "image", "use", "base"};
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        for (size_t i = 0; i < sizeof banned / sizeof banned[0]; i++) {
            if (!strcmp((const char *)c->name, banned[i]))
                fail_msg("<%s> in a self-contained file", banned[i]);
        }
        for (xmlAttrPtr a = c->properties; a; a = a->next) {
            const char *name = (const char *)a->name;
            if (!strcmp(name, "src") || !strcmp(name, "href") || strstr(name, ":href"))
                fail_msg("%s= on <%s>", name, c->name);
            xmlChar *v = xmlNodeListGetString(c->doc, a->children, 1);
            if (v && (strstr((const char *)v, "http:") || strstr((const char *)v, "https:") ||
                      strstr((const char *)v, "//")))
                fail_msg("an address in %s=\"%s\"", name, v);
            xmlFree(v);
        }
        check_self_contained(c);
    }
}

static bool valid_utf8(const char *s)
{
    size_t len = strlen(s);
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t c;
        utf8proc_ssize_t n =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &c);
        if (n <= 0)
            return false;
        i += (size_t)n;
    }
    return true;
}

static xmlNodePtr body_of(htmlDocPtr doc)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    assert_non_null(root);
    xmlNodePtr body = first(root, "body", NULL);
    assert_non_null(body);
    return body;
}

/* Everything the tree holds is in the HTML, in the tree's order. */
static void check_report(const zp_report *r, const char *html)
{
    assert_true(!strncmp(html, "<!DOCTYPE html>", 15));
    assert_true(valid_utf8(html));
    assert_not_contains(html, "url(");
    assert_not_contains(html, "@import");
    htmlDocPtr doc = parse_html(html);
    xmlDtdPtr dtd = xmlGetIntSubset(doc);
    assert_non_null(dtd);
    assert_string_equal((const char *)dtd->name, "html");
    xmlNodePtr root = xmlDocGetRootElement(doc);
    assert_string_equal((const char *)root->name, "html");
    char *lang = attr(root, "lang");
    assert_string_equal(lang, "zh-CN");
    xmlFree(lang);
    xmlNodePtr head = first(root, "head", NULL);
    assert_non_null(head);
    xmlNodePtr meta = first(head, "meta", NULL);
    char *charset = attr(meta, "charset");
    assert_string_equal(charset, "utf-8");
    xmlFree(charset);
    check_self_contained(root);

    /* the title, in the head and as the page's heading */
    assert_text(first(head, "title", NULL), r->title);
    xmlNodePtr body = body_of(doc);
    nodes h1 = {0};
    collect(body, "h1", NULL, &h1);
    assert_int_equal(h1.count, 1);
    assert_text(h1.items[0], r->title);
    free(h1.items);

    /* the print stylesheet */
    xmlNodePtr style = first(head, "style", NULL);
    assert_non_null(style);
    char *css = text_of(style);
    assert_contains(css, "@page{size:A4;margin:37mm 26mm 35mm 28mm;}");
    assert_contains(css, "thead{display:table-header-group;}");
    assert_contains(css, "tr,th,td{break-inside:avoid;page-break-inside:avoid;}");
    assert_contains(css, "figure.chart{margin:12pt 0 14pt;break-inside:avoid;");
    assert_contains(css, "@media print");
    free(css);

    /* blocks in order: headings, paragraphs, tables, charts */
    xmlNodePtr article = first(body, "article", NULL);
    assert_non_null(article);
    nodes blocks = {0};
    for (xmlNodePtr c = article->children; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE && strcmp((const char *)c->name, "h1"))
            nodes_push(&blocks, c);
    }
    assert_int_equal(blocks.count, r->n_blocks);
    size_t figures = 0, want_figures = 0;
    for (size_t i = 0; i < r->n_blocks; i++) {
        const zp_doc_block *b = &r->blocks[i];
        xmlNodePtr x = blocks.items[i];
        const char *tag = (const char *)x->name;
        switch (b->kind) {
        case ZP_BLOCK_HEADING: {
            static const char *const tags[] = {"h2", "h3", "h4"};
            assert_string_equal(tag, tags[b->level < 1 ? 0 : b->level > 3 ? 2 : b->level - 1]);
            /* fall through to the text */
        }
        /* FALLTHROUGH */
        case ZP_BLOCK_PARAGRAPH: {
            if (b->kind == ZP_BLOCK_PARAGRAPH)
                assert_string_equal(tag, "p");
            char *want = spans_text(&b->content);
            assert_text(x, want);
            free(want);
            nodes figs = {0};
            collect(x, "span", NULL, &figs);
            assert_int_equal(figs.count, figure_spans(&b->content));
            size_t k = 0;
            for (size_t s = 0; s < b->content.count; s++) {
                const zp_doc_span *sp = &b->content.items[s];
                if (sp->kind != ZP_SPAN_FIGURE)
                    continue;
                char *src = attr(figs.items[k], "data-source");
                assert_string_equal(src, sp->source ? sp->source : "");
                xmlFree(src);
                assert_text(figs.items[k], sp->text);
                k++;
            }
            figures += figs.count;
            want_figures += figs.count;
            free(figs.items);
            break;
        }
        case ZP_BLOCK_TABLE: {
            assert_string_equal(tag, "div");
            nodes tables = {0};
            collect(x, "table", NULL, &tables);
            assert_int_equal(tables.count, 1);
            check_table(tables.items[0], b->table, &figures);
            for (size_t c = 0; c < b->table->n_rows * b->table->n_cols; c++) {
                if (!b->table->cells[c].covered)
                    want_figures += figure_spans(&b->table->cells[c].content);
            }
            free(tables.items);
            break;
        }
        case ZP_BLOCK_CHART:
            assert_string_equal(tag, "figure");
            check_chart(x, b->chart);
            break;
        }
    }
    assert_int_equal(figures, want_figures);
    free(blocks.items);
    xmlFreeDoc(doc);
}

static void test_examples(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof examples / sizeof examples[0]; i++) {
        loaded y = load(examples[i]);
        char *html = zp_render_report_html(y.r);
        char name[64];
        snprintf(name, sizeof name, "%s.html", examples[i]);
        dump(name, html);
        check_report(y.r, html);
        free(html);
        unload(&y);
    }
}

static void test_same_bytes_twice(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof examples / sizeof examples[0]; i++) {
        loaded a = load(examples[i]), b = load(examples[i]);
        char *x = zp_render_report_html(a.r), *y = zp_render_report_html(a.r);
        char *z = zp_render_report_html(b.r);
        assert_string_equal(x, y);
        assert_string_equal(x, z);
        free(x);
        free(y);
        free(z);
        unload(&a);
        unload(&b);
    }
}

/* ---- a tree built by hand ---- */

#define ODD                                                                                   \
    "<script>alert(\"x\")</script> & 'q' &amp; ]]> <!-- c --> "                               \
    "\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7 e\xcc\x81 "     \
    "\xe2\x80\xaeRTL\xe2\x80\xac \xe2\x80\x8b \xf0\xa0\x80\x80 \xef\xbc\xa1\xef\xbc\xa2 "   \
    "\xc2\xbd \xef\xbf\xbd \xe2\x80\xa8 </p></body>"

typedef struct hand {
    zp_report r;
    zp_doc_block blocks[8];
    zp_doc_span spans[32];
    zp_doc_table table;
    zp_doc_cell cells[5 * 4];
    int widths[4];
    zp_doc_chart charts[3];
    const char *cats[3];
    zp_doc_series series[4];
    zp_dec values[4][3];
    const char *texts[4][3];
    const char *sources[4][3];
} hand;

static zp_doc_spans one_span(zp_doc_span *sp, zp_doc_span_kind kind, const char *text,
                             const char *source)
{
    sp->kind = kind;
    sp->text = text;
    sp->source = source;
    return (zp_doc_spans){sp, 1};
}

static void set_cell(zp_doc_cell *c, zp_doc_span *sp, const char *text, zp_doc_align align)
{
    c->content = one_span(sp, ZP_SPAN_TEXT, text, NULL);
    c->colspan = c->rowspan = 1;
    c->align = align;
}

static void build_hand(hand *h)
{
    memset(h, 0, sizeof *h);
    zp_report *r = &h->r;
    r->title = "报告 " ODD;
    r->author = "单位 \"<&>\"";
    r->blocks = h->blocks;
    size_t sp = 0;

    zp_doc_block *b = &h->blocks[r->n_blocks++];
    b->kind = ZP_BLOCK_HEADING;
    b->level = 1;
    b->content = one_span(&h->spans[sp++], ZP_SPAN_TEXT, "一、<h1> & 标题", NULL);

    b = &h->blocks[r->n_blocks++];
    b->kind = ZP_BLOCK_PARAGRAPH;
    zp_doc_span *p = &h->spans[sp];
    p[0] = (zp_doc_span){ZP_SPAN_NUMBER, "1．", NULL};
    p[1] = (zp_doc_span){ZP_SPAN_VERBATIM, ODD, NULL};
    p[2] = (zp_doc_span){ZP_SPAN_FIGURE, "1,106.25", "income.final\"<&>'"};
    p[3] = (zp_doc_span){ZP_SPAN_TEXT, "万元；第二行\n第三行", NULL};
    b->content = (zp_doc_spans){p, 4};
    sp += 4;

    b = &h->blocks[r->n_blocks++];
    b->kind = ZP_BLOCK_HEADING;
    b->level = 3;
    b->content = one_span(&h->spans[sp++], ZP_SPAN_TEXT, "1．'三级' \"标题\"", NULL);

    /* 5 rows × 4 columns: two header rows with a cell spanning two rows
     * and one spanning two columns; a bold total; a row of one cell. */
    zp_doc_table *t = &h->table;
    t->role = ZP_TABLE_MONEY;
    t->caption = "表1  <收支> & \"情况\"";
    t->unit_note = "单位：万元 & %";
    t->n_cols = 4;
    t->n_rows = 5;
    t->n_header_rows = 2;
    t->cells = h->cells;
    t->col_widths = h->widths;
    t->note = "注：<注> & '说明'";
    for (int i = 0; i < 4; i++)
        h->widths[i] = i ? 2 : 3;
    zp_doc_cell *c = h->cells;
    for (int i = 0; i < 20; i++)
        set_cell(&c[i], &h->spans[sp], "", ZP_ALIGN_LEFT), c[i].content.count = 0;
    set_cell(&c[0], &h->spans[sp++], "项目 <a>", ZP_ALIGN_CENTER);
    c[0].rowspan = 2;
    set_cell(&c[1], &h->spans[sp++], "金额 & 数", ZP_ALIGN_CENTER);
    c[1].colspan = 2;
    c[2].covered = true;
    set_cell(&c[3], &h->spans[sp++], "说明", ZP_ALIGN_CENTER);
    c[3].rowspan = 2;
    c[4].covered = true;
    set_cell(&c[5], &h->spans[sp++], "预算", ZP_ALIGN_CENTER);
    set_cell(&c[6], &h->spans[sp++], "决算", ZP_ALIGN_CENTER);
    c[7].covered = true;
    set_cell(&c[8], &h->spans[sp++], "A & B <c>", ZP_ALIGN_LEFT);
    c[9].content = one_span(&h->spans[sp++], ZP_SPAN_FIGURE, "1,000.00", "income.budget");
    c[9].align = ZP_ALIGN_RIGHT;
    c[10].content = one_span(&h->spans[sp++], ZP_SPAN_FIGURE, "-3.50", "income.change");
    c[10].align = ZP_ALIGN_RIGHT;
    set_cell(&c[11], &h->spans[sp++], "x\ny", ZP_ALIGN_LEFT);
    set_cell(&c[12], &h->spans[sp++], "合计", ZP_ALIGN_LEFT);
    set_cell(&c[13], &h->spans[sp++], "1.00", ZP_ALIGN_RIGHT);
    set_cell(&c[14], &h->spans[sp++], "2.00", ZP_ALIGN_RIGHT);
    set_cell(&c[15], &h->spans[sp], "", ZP_ALIGN_LEFT);
    c[15].content.count = 0;
    for (int i = 12; i < 16; i++)
        c[i].bold = true;
    c[16].content = one_span(&h->spans[sp++], ZP_SPAN_VERBATIM, ODD, NULL);
    c[16].colspan = 4;
    for (int i = 17; i < 20; i++)
        c[i].covered = true;
    b = &h->blocks[r->n_blocks++];
    b->kind = ZP_BLOCK_TABLE;
    b->table = t;

    /* three charts over the same three categories */
    h->cats[0] = "收入 <&>";
    h->cats[1] = "支出\"'";
    h->cats[2] = ODD;
    static const int64_t units[4][3] = {{32061, 29981, 0}, {30000, 0, 1500}, {9700, 10000, 9500},
                                        {7835, 2165, 0}};
    static const char *const texts[4][3] = {{"320.61", "299.81", ""},
                                            {"300.00", "0.00", "15.00"},
                                            {"97.00", "100.00", "95.00"},
                                            {"78.35", "21.65", ""}};
    for (int s = 0; s < 4; s++) {
        for (int k = 0; k < 3; k++) {
            h->values[s][k] = (zp_dec){units[s][k], 2};
            h->texts[s][k] = texts[s][k];
            h->sources[s][k] = "src";
        }
        h->series[s].values = h->values[s];
        h->series[s].texts = h->texts[s];
        h->series[s].sources = h->sources[s];
    }
    h->series[0].name = "预算数 <b>";
    h->series[1].name = "决算数 & \"x\"";
    h->series[2].name = "得分率";
    h->series[3].name = "占比";
    static const zp_doc_chart_kind kinds[] = {ZP_CHART_BARS, ZP_CHART_HBARS, ZP_CHART_SHARES};
    static const char *const caps[] = {"图1  <预算> & \"决算\"", "图2  得分率 ' &", "图3  结构 </svg>"};
    for (int i = 0; i < 3; i++) {
        zp_doc_chart *ch = &h->charts[i];
        ch->kind = kinds[i];
        ch->caption = caps[i];
        ch->unit = i ? "%" : "万元 <&>";
        ch->n_categories = 3;
        ch->categories = h->cats;
        ch->n_series = i ? 1 : 2;
        ch->series = i == 0 ? &h->series[0] : i == 1 ? &h->series[2] : &h->series[3];
        ch->axis_max = i == 0 ? (zp_dec){500, 0} : (zp_dec){100, 0};
        b = &h->blocks[r->n_blocks++];
        b->kind = ZP_BLOCK_CHART;
        b->chart = ch;
    }
    r->n_tables = 1;
    r->n_charts = 3;
}

static void test_hand_built_tree_escaped_and_intact(void **state)
{
    (void)state;
    hand *h = malloc(sizeof *h);
    build_hand(h);
    char *html = zp_render_report_html(&h->r);
    dump("hand.html", html);
    check_report(&h->r, html);

    /* nothing of the text became markup */
    htmlDocPtr doc = parse_html(html);
    xmlNodePtr body = body_of(doc);
    assert_null(first(body, "script", NULL));
    assert_null(first(body, "a", NULL));
    assert_null(first(body, "b", NULL));
    assert_null(first(body, "c", NULL));
    nodes ps = {0};
    collect(body, "p", NULL, &ps);
    assert_int_equal(ps.count, 2); /* the paragraph and the table's note */
    /* the newline in the text is a line break */
    nodes brs = {0};
    collect(ps.items[0], "br", NULL, &brs);
    assert_int_equal(brs.count, 1);
    free(brs.items);
    free(ps.items);
    xmlNodePtr meta = NULL;
    nodes metas = {0};
    collect(xmlDocGetRootElement(doc), "meta", NULL, &metas);
    for (size_t i = 0; i < metas.count; i++) {
        char *name = attr(metas.items[i], "name");
        if (name && !strcmp(name, "author"))
            meta = metas.items[i];
        xmlFree(name);
    }
    free(metas.items);
    assert_non_null(meta);
    char *author = attr(meta, "content");
    assert_string_equal(author, h->r.author);
    xmlFree(author);
    /* the label that is the odd text, whole or cut, in each bar chart */
    nodes cats = {0};
    collect(body, "text", "cat", &cats);
    assert_int_equal(cats.count, 6);
    free(cats.items);
    xmlFreeDoc(doc);
    free(html);
    free(h);
}

static void test_bad_text_made_valid(void **state)
{
    (void)state;
    hand *h = malloc(sizeof *h);
    build_hand(h);
    h->r.title = "标题\x01\x7f\xc2\x85 \xff\xfe 坏\xe4\xb8 字节\r\n";
    h->cats[0] = "类\x02别\xc3";
    char *html = zp_render_report_html(&h->r);
    assert_true(valid_utf8(html));
    assert_null(memchr(html, '\x01', strlen(html)));
    assert_null(memchr(html, '\x02', strlen(html)));
    assert_null(memchr(html, '\x7f', strlen(html)));
    assert_null(strstr(html, "\xc2\x85"));
    htmlDocPtr doc = parse_html(html);
    xmlNodePtr h1 = first(body_of(doc), "h1", NULL);
    char *t = text_of(h1);
    /* controls dropped; a bad byte, or a sequence cut short, is one U+FFFD */
    assert_string_equal(t, "标题 \xef\xbf\xbd\xef\xbf\xbd 坏\xef\xbf\xbd 字节");
    free(t);
    xmlNodePtr cat = first(body_of(doc), "text", "cat");
    t = text_of(cat);
    assert_string_equal(t, "类别\xef\xbf\xbd");
    free(t);
    xmlFreeDoc(doc);
    free(html);
    free(h);
}

/* ---- charts ---- */

static char *svg_of(const zp_doc_chart *ch, unsigned flags)
{
    zp_xw x;
    zp_xw_init(&x, flags & ZP_SVG_STANDALONE);
    zp_svg_chart(&x, ch, "c", flags);
    zp_bytes out;
    assert_true(zp_xw_finish(&x, &out));
    return (char *)out.data;
}

static bool fixed_decimal(const char *s)
{
    if (*s == '-')
        s++;
    if (!*s)
        return false;
    while (*s >= '0' && *s <= '9')
        s++;
    if (*s == '.') {
        s++;
        if (!(*s >= '0' && *s <= '9'))
            return false;
        s++;
    }
    return !*s;
}

/* Every coordinate is an integer or has one decimal: no exponents, no
 * binary fractions. */
static void check_coordinates(xmlNodePtr n)
{
    static const char *const geo[] = {"x", "y", "width", "height", "x1", "y1", "x2", "y2",
                                      "font-size", "stroke-width"};
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        for (size_t i = 0; i < sizeof geo / sizeof geo[0]; i++) {
            char *v = attr(c, geo[i]);
            if (v && !fixed_decimal(v))
                fail_msg("%s=\"%s\" on <%s>", geo[i], v, c->name);
            xmlFree(v);
        }
        check_coordinates(c);
    }
}

/* A fixed decimal with at most one decimal, in tenths. */
static long tenths(xmlNodePtr n, const char *name)
{
    char *v = attr(n, name);
    assert_non_null(v);
    assert_true(fixed_decimal(v));
    const char *p = v;
    bool neg = *p == '-';
    p += neg;
    long t = 0;
    for (; *p >= '0' && *p <= '9'; p++)
        t = t * 10 + (*p - '0');
    t *= 10;
    if (*p == '.')
        t += p[1] - '0';
    xmlFree(v);
    return neg ? -t : t;
}

static xmlDocPtr parse_svg(const char *svg)
{
    xmlDocPtr doc = xmlReadMemory(svg, (int)strlen(svg), "chart.svg", NULL, XML_PARSE_NONET);
    assert_non_null(doc); /* well-formed XML */
    return doc;
}

static void test_chart_geometry(void **state)
{
    (void)state;
    hand *h = malloc(sizeof *h);
    build_hand(h);

    /* bars: 320.61 of an axis of 500 drawn 220 units tall is 141.1 */
    char *svg = svg_of(&h->charts[0], 0);
    xmlDocPtr doc = parse_svg(svg);
    xmlNodePtr root = xmlDocGetRootElement(doc);
    check_coordinates(root);
    nodes bars = {0}, ticks = {0};
    collect(root, "rect", "bar", &bars);
    assert_int_equal(bars.count, 5); /* 320.61 300.00 | 299.81 0.00 | 15.00 */
    char *hgt = attr(bars.items[0], "height");
    assert_string_equal(hgt, "141.1");
    xmlFree(hgt);
    hgt = attr(bars.items[3], "height");
    assert_string_equal(hgt, "0");
    xmlFree(hgt);
    collect(root, "text", "tick", &ticks);
    assert_int_equal(ticks.count, 6);
    static const char *const want[] = {"0", "100", "200", "300", "400", "500"};
    for (int i = 0; i < 6; i++)
        assert_text(ticks.items[i], want[i]);
    free(bars.items);
    free(ticks.items);
    xmlFreeDoc(doc);
    free(svg);

    /* horizontal bars of a rate: 0 to 100 in steps of 20 */
    svg = svg_of(&h->charts[1], 0);
    doc = parse_svg(svg);
    root = xmlDocGetRootElement(doc);
    check_coordinates(root);
    memset(&ticks, 0, sizeof ticks);
    collect(root, "text", "tick", &ticks);
    assert_int_equal(ticks.count, 6);
    assert_text(ticks.items[1], "20");
    assert_text(ticks.items[5], "100");
    free(ticks.items);
    xmlFreeDoc(doc);
    free(svg);

    /* shares: the parts meet edge to edge and are as wide as their shares */
    svg = svg_of(&h->charts[2], 0);
    doc = parse_svg(svg);
    root = xmlDocGetRootElement(doc);
    check_coordinates(root);
    memset(&bars, 0, sizeof bars);
    collect(root, "rect", "bar", &bars);
    assert_int_equal(bars.count, 2);
    long a0 = tenths(bars.items[0], "x"), a1 = tenths(bars.items[0], "width");
    long b0 = tenths(bars.items[1], "x"), b1 = tenths(bars.items[1], "width");
    assert_int_equal(a0 + a1, b0);
    /* 78.35 : 21.65 of the whole width, to a tenth */
    long total = a1 + b1;
    assert_true(labs(a1 * 10000 - 7835 * total) <= 10000);
    free(bars.items);
    xmlFreeDoc(doc);
    free(svg);
    free(h);
}

static void test_chart_negative_and_empty(void **state)
{
    (void)state;
    hand *h = malloc(sizeof *h);
    build_hand(h);
    zp_doc_chart *ch = &h->charts[0];
    ch->n_series = 1;
    h->values[0][0] = (zp_dec){-35, 1};
    h->texts[0][0] = "-3.5";
    h->values[0][1] = (zp_dec){10, 0};
    h->texts[0][1] = "10";
    h->texts[0][2] = "";
    ch->axis_max = (zp_dec){10, 0};
    char *svg = svg_of(ch, ZP_SVG_STANDALONE);
    dump("negative.svg", svg);
    xmlDocPtr doc = parse_svg(svg);
    xmlNodePtr root = xmlDocGetRootElement(doc);
    check_coordinates(root);
    nodes bars = {0}, ticks = {0};
    collect(root, "rect", "bar", &bars);
    collect(root, "text", "tick", &ticks);
    assert_int_equal(bars.count, 2);
    char *t = text_of(ticks.items[0]);
    assert_true(t[0] == '-');
    free(t);
    assert_text(ticks.items[ticks.count - 1], "10.0");
    /* the negative bar hangs from the zero line that the positive stands on */
    assert_int_equal(tenths(bars.items[0], "y"),
                     tenths(bars.items[1], "y") + tenths(bars.items[1], "height"));
    free(bars.items);
    free(ticks.items);
    xmlFreeDoc(doc);
    free(svg);

    /* nothing at all: still a chart with its title, and no bars */
    for (int k = 0; k < 3; k++) {
        zp_doc_chart empty = h->charts[k];
        empty.n_categories = 0;
        empty.axis_max = (zp_dec){0, 0};
        svg = svg_of(&empty, 0);
        doc = parse_svg(svg);
        root = xmlDocGetRootElement(doc);
        memset(&bars, 0, sizeof bars);
        collect(root, "rect", "bar", &bars);
        assert_int_equal(bars.count, 0);
        assert_text(first(root, "title", NULL), empty.caption);
        free(bars.items);
        xmlFreeDoc(doc);
        free(svg);
    }
    free(h);
}

static void test_long_labels(void **state)
{
    (void)state;
    enum { N = 12 };
    const char *cats[N];
    zp_dec values[N];
    const char *texts[N];
    char labels[N][128];
    for (int i = 0; i < N; i++) {
        snprintf(labels[i], sizeof labels[i], "%s第%d项支出（含 ABC-123 项目）",
                 i % 2 ? "一般公共服务支出科学技术支出社会保障和就业支出" : "住房", i + 1);
        cats[i] = labels[i];
        values[i] = (zp_dec){(int64_t)(i + 1) * 1234, 2};
        texts[i] = "12.34";
    }
    zp_doc_series s = {"决算数", values, texts, NULL};
    for (int kind = 0; kind < 2; kind++) {
        zp_doc_chart ch = {kind ? ZP_CHART_HBARS : ZP_CHART_BARS, "图9  很长的类别", "万元", N,
                           cats, 1, &s, {200, 0}};
        char *svg = svg_of(&ch, ZP_SVG_STANDALONE);
        dump(kind ? "long-hbars.svg" : "long-bars.svg", svg);
        xmlDocPtr doc = parse_svg(svg);
        xmlNodePtr root = xmlDocGetRootElement(doc);
        check_coordinates(root);
        nodes cl = {0}, bars = {0};
        collect(root, "text", "cat", &cl);
        collect(root, "rect", "bar", &bars);
        assert_int_equal(cl.count, N);
        assert_int_equal(bars.count, N);
        for (int i = 0; i < N; i++)
            assert_label(cl.items[i], cats[i]);
        if (kind == 1) {
            /* wrapped over lines, and the longest cut short */
            nodes spans = {0};
            collect(cl.items[1], "tspan", NULL, &spans);
            assert_true(spans.count >= 2);
            free(spans.items);
        }
        free(cl.items);
        free(bars.items);
        xmlFreeDoc(doc);
        free(svg);
    }
}

static void test_standalone_svg(void **state)
{
    (void)state;
    hand *h = malloc(sizeof *h);
    build_hand(h);
    for (int i = 0; i < 3; i++) {
        char *svg = svg_of(&h->charts[i], ZP_SVG_STANDALONE);
        assert_true(!strncmp(svg, "<?xml", 5));
        xmlDocPtr doc = parse_svg(svg);
        xmlNodePtr root = xmlDocGetRootElement(doc);
        assert_string_equal((const char *)root->name, "svg");
        assert_non_null(root->ns);
        assert_string_equal((const char *)root->ns->href, "http://www.w3.org/2000/svg");
        assert_text(first(root, "text", "caption"), h->charts[i].caption);
        xmlFreeDoc(doc);
        char *again = svg_of(&h->charts[i], ZP_SVG_STANDALONE);
        assert_string_equal(svg, again);
        free(again);
        free(svg);
    }
    free(h);
}

/* A big table is written in time proportional to its cells. */
static void test_big_table(void **state)
{
    (void)state;
    enum { ROWS = 3000, COLS = 6 };
    zp_doc_cell *cells = calloc(ROWS * COLS, sizeof *cells);
    zp_doc_span span = {ZP_SPAN_FIGURE, "1,234.56", "x"};
    for (int i = 0; i < ROWS * COLS; i++) {
        cells[i].content = (zp_doc_spans){&span, 1};
        cells[i].colspan = cells[i].rowspan = 1;
        cells[i].align = ZP_ALIGN_RIGHT;
    }
    int widths[COLS] = {3, 2, 2, 2, 2, 2};
    zp_doc_table t = {ZP_TABLE_PLAIN, "表1  大表", NULL, COLS, ROWS, 1, cells, widths, NULL};
    zp_doc_block b = {ZP_BLOCK_TABLE, 0, {NULL, 0}, &t, NULL};
    zp_report r = {0};
    r.title = "大表";
    r.blocks = &b;
    r.n_blocks = 1;
    char *html = zp_render_report_html(&r);
    assert_int_equal(count_of(html, "<tr>"), ROWS);
    assert_int_equal(count_of(html, "<td class=\"r\">"), (ROWS - 1) * COLS);
    free(html);
    free(cells);
}

static void test_cli(void **state)
{
    (void)state;
    cli_result r = run_cli("report --format html examples/shaoguan-kx-2023.yaml");
    /* the example's own contradictions make the exit code 1; the report is
     * written all the same */
    assert_true(r.status == 0 || r.status == 1);
    assert_true(!strncmp(r.out, "<!DOCTYPE html>", 15));
    assert_contains(r.out, "<html lang=\"zh-CN\">");
    assert_contains(r.out, "韶关市科学技术协会");
    cli_free(&r);

    char dir[] = "/tmp/zp_html_XXXXXX";
    assert_non_null(mkdtemp(dir));
    r = run_cli("report -o %s/r.html examples/baiyun-kx-2023.yaml", dir);
    assert_true(r.status == 0 || r.status == 1);
    cli_free(&r);
    char path[128];
    snprintf(path, sizeof path, "%s/r.html", dir);
    char *html = read_all(path);
    assert_non_null(html);
    assert_true(!strncmp(html, "<!DOCTYPE html>", 15));
    free(html);
    assert_int_equal(tmpdir_remove(dir), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_examples),
        cmocka_unit_test(test_same_bytes_twice),
        cmocka_unit_test(test_hand_built_tree_escaped_and_intact),
        cmocka_unit_test(test_bad_text_made_valid),
        cmocka_unit_test(test_chart_geometry),
        cmocka_unit_test(test_chart_negative_and_empty),
        cmocka_unit_test(test_long_labels),
        cmocka_unit_test(test_standalone_svg),
        cmocka_unit_test(test_big_table),
        cmocka_unit_test(test_cli),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    xmlCleanupParser();
    return rc;
}
