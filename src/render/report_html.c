/*
 * The report as one self-contained HTML5 file: inline CSS, charts as inline
 * SVG (svg_chart.c), nothing fetched and no scripts. On screen a page-like
 * column; printed, A4 with the margins of an official document (GB/T 9704:
 * top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), table header rows
 * repeated on every page, rows and charts kept whole.
 *
 * Everything is written with libxml2's xmlTextWriter (xmlw.h), so escaping
 * is libxml2's; only the DOCTYPE and the constant stylesheet are raw.
 * Figures are <span data-source="…">, naming where each comes from.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>


#include "base/mem.h"
#include "render/svg_chart.h"
#include "render/table.h"
#include "render/xmlw.h"
#include "ziping/report.h"

#define SERIF_TITLE                                                                         \
    "\"ZP Title\", \"方正小标宋简体\", \"FZXiaoBiaoSong-B05S\", \"Noto Serif CJK SC\", "     \
    "\"Source Han Serif SC\", serif"
#define FANGSONG                                                                            \
    "\"仿宋_GB2312\", \"仿宋\", \"FangSong\", \"STFangsong\", \"Noto Serif CJK SC\", "       \
    "\"Source Han Serif SC\", serif"
#define HEITI "\"黑体\", SimHei, \"Noto Sans CJK SC\", \"Source Han Sans SC\", sans-serif"
#define KAITI                                                                               \
    "\"楷体_GB2312\", \"楷体\", KaiTi, STKaiti, \"AR PL KaitiM GB\", \"AR PL UKai CN\", serif"

/* The stylesheet: constant, and free of anything that would need escaping
 * in a <style> element (no "<", no "&"). */
static const char stylesheet[] =
    /* 方正小标宋 where it is installed; otherwise the bold of a CJK serif,
     * which is nearer to it than a regular weight. local() only: nothing
     * is fetched. */
    "@font-face{font-family:\"ZP Title\";src:local(\"方正小标宋简体\"),local(\"FZXiaoBiaoSong-B05S\"),"
    "local(\"FZXBSJW--GB1-0\"),local(\"Noto Serif CJK SC Bold\"),local(\"NotoSerifCJKsc-Bold\"),"
    "local(\"Source Han Serif SC Bold\"),local(\"SourceHanSerifSC-Bold\");}\n"
    "@page{size:A4;margin:37mm 26mm 35mm 28mm;}\n"
    "html{background:#e8e7e3;}\n"
    "body{margin:0;color:#000;font-family:" FANGSONG ";font-size:16pt;line-height:28.9pt;"
    "-webkit-text-size-adjust:100%;text-size-adjust:100%;}\n"
    /* the type area of GB/T 9704: 156 mm × 225 mm */
    ".doc{box-sizing:content-box;width:156mm;min-height:225mm;margin:10mm auto;"
    "padding:37mm 26mm 35mm 28mm;background:#fff;box-shadow:0 1px 6px rgba(0,0,0,.22);}\n"
    "h1{margin:0 0 28.9pt;font-family:" SERIF_TITLE ";font-size:22pt;line-height:1.5;"
    "font-weight:normal;text-align:center;}\n"
    "h2,h3,h4{margin:0;font-size:16pt;line-height:28.9pt;text-indent:2em;"
    "break-after:avoid;page-break-after:avoid;}\n"
    "h2{font-family:" HEITI ";font-weight:normal;}\n"
    "h3{font-family:" KAITI ";font-weight:normal;}\n"
    "h4{font-weight:bold;}\n"
    "p{margin:0;text-indent:2em;text-align:justify;orphans:2;widows:2;}\n"
    "[data-source]{font-variant-numeric:tabular-nums;}\n"
    ".tbl{margin:10pt 0 14pt;}\n"
    "table{width:100%;border-collapse:collapse;font-size:12pt;line-height:1.45;}\n"
    "table.dense{font-size:10.5pt;}\n"
    "caption{font-family:" HEITI ";font-size:14pt;line-height:1.6;}\n"
    "caption .cap{display:block;text-align:center;white-space:pre-wrap;}\n"
    "caption .unit{display:block;text-align:right;font-family:" FANGSONG ";font-size:12pt;}\n"
    "th,td{border:0.75pt solid #000;padding:2pt 4pt;vertical-align:middle;}\n"
    "th{font-family:" HEITI ";font-weight:normal;text-align:center;}\n"
    "td{text-align:left;}\n"
    ".l{text-align:left;}.c{text-align:center;}\n"
    ".r{text-align:right;font-variant-numeric:tabular-nums lining-nums;white-space:nowrap;}\n"
    ".b{font-weight:bold;}\n"
    ".nw{white-space:nowrap;}\n"
    "thead{display:table-header-group;}\n"
    "tr,th,td{break-inside:avoid;page-break-inside:avoid;}\n"
    ".note{text-indent:0;font-size:12pt;line-height:1.5;margin-top:3pt;}\n"
    "figure.chart{margin:12pt 0 14pt;break-inside:avoid;page-break-inside:avoid;}\n"
    "figure.chart svg{display:block;width:100%;max-width:600px;height:auto;margin:0 auto;}\n"
    "figcaption{font-family:" HEITI ";font-size:14pt;line-height:1.6;text-align:center;"
    "white-space:pre-wrap;margin-top:4pt;}\n"
    "@media print{html{background:none;}"
    ".doc{width:auto;min-height:0;margin:0;padding:0;box-shadow:none;}}\n"
    "@media screen and (max-width:220mm){.doc{width:auto;min-height:0;margin:0;"
    "padding:6mm 5mm;box-shadow:none;}}\n";

/* Text as written, newlines as <br>. */
static void put_text(zp_xw *x, const char *s)
{
    if (!s || !*s)
        return;
    char *clean = zp_svg_clean_text(s);
    const char *p = clean ? clean : s;
    for (;;) {
        const char *nl = strchr(p, '\n');
        if (!nl) {
            zp_xw_text(x, p);
            break;
        }
        char *part = zp_xasprintf("%.*s", (int)(nl - p), p);
        zp_xw_text(x, part);
        free(part);
        zp_xw_empty(x, "br", NULL);
        p = nl + 1;
    }
    free(clean);
}

static void put_attr(zp_xw *x, const char *name, const char *value)
{
    char *clean = zp_svg_clean_text(value);
    zp_xw_attr(x, name, clean ? clean : value);
    free(clean);
}

static void put_spans(zp_xw *x, const zp_doc_spans *sp)
{
    for (size_t i = 0; i < sp->count; i++) {
        const zp_doc_span *s = &sp->items[i];
        if (s->kind == ZP_SPAN_FIGURE) {
            zp_xw_start(x, "span");
            put_attr(x, "data-source", s->source ? s->source : "");
            put_text(x, s->text);
            zp_xw_end(x);
        } else {
            put_text(x, s->text);
        }
    }
}

static const zp_doc_cell *cell_at(const zp_doc_table *t, size_t row, size_t col)
{
    return &t->cells[row * t->n_cols + col];
}

/* The header rows, and the rows a header cell's span reaches into: a span
 * may not cross from <thead> into <tbody>. */
static size_t header_rows(const zp_doc_table *t)
{
    size_t nh = t->n_header_rows < t->n_rows ? t->n_header_rows : t->n_rows;
    for (size_t row = 0; row < nh; row++) {
        for (size_t c = 0; c < t->n_cols; c++) {
            const zp_doc_cell *x = cell_at(t, row, c);
            size_t end = row + (size_t)(x->rowspan > 1 ? x->rowspan : 1);
            if (!x->covered && end > nh)
                nh = end < t->n_rows ? end : t->n_rows;
        }
    }
    return nh;
}

/* Whether spans are at most four Chinese characters (eight columns) wide. */
static bool short_text(const zp_doc_spans *sp)
{
    size_t width = 0;
    for (size_t i = 0; i < sp->count; i++) {
        if (strchr(sp->items[i].text, '\n'))
            return false;
        width += zp_display_width(sp->items[i].text);
        if (width > 8)
            return false;
    }
    return width > 0;
}

static void put_cell(zp_xw *x, const zp_doc_table *t, size_t row, size_t col, bool head,
                     size_t group_end)
{
    const zp_doc_cell *c = cell_at(t, row, col);
    zp_xw_start(x, head ? "th" : "td");
    /* a span reaches no farther than its row group and its row */
    size_t rs = c->rowspan > 1 ? (size_t)c->rowspan : 1;
    size_t cs = c->colspan > 1 ? (size_t)c->colspan : 1;
    if (row + rs > group_end)
        rs = group_end - row;
    if (col + cs > t->n_cols)
        cs = t->n_cols - col;
    if (rs > 1)
        zp_xw_attrf(x, "rowspan", "%zu", rs);
    if (cs > 1)
        zp_xw_attrf(x, "colspan", "%zu", cs);
    const char *align = NULL;
    switch (c->align) {
    case ZP_ALIGN_LEFT:
        align = head ? "l" : NULL;
        break;
    case ZP_ALIGN_CENTER:
        align = head ? NULL : "c";
        break;
    case ZP_ALIGN_RIGHT:
        align = "r";
        break;
    }
    /* A short word ("未评分", "小计") is not broken over two lines. */
    bool nowrap = (!align || strcmp(align, "r")) && short_text(&c->content);
    char cls[16];
    snprintf(cls, sizeof cls, "%s%s%s%s%s", align ? align : "", align && c->bold ? " " : "",
             c->bold ? "b" : "", (align || c->bold) && nowrap ? " " : "", nowrap ? "nw" : "");
    if (*cls)
        zp_xw_attr(x, "class", cls);
    put_spans(x, &c->content);
    zp_xw_end(x);
}

static void put_rows(zp_xw *x, const zp_doc_table *t, size_t from, size_t to, bool head)
{
    zp_xw_start(x, head ? "thead" : "tbody");
    for (size_t row = from; row < to; row++) {
        zp_xw_start(x, "tr");
        for (size_t c = 0; c < t->n_cols; c++) {
            if (!cell_at(t, row, c)->covered)
                put_cell(x, t, row, c, head, to);
        }
        zp_xw_end(x);
        zp_xw_raw(x, "\n");
    }
    zp_xw_end(x);
}

static void put_table(zp_xw *x, const zp_doc_table *t)
{
    zp_xw_start(x, "div");
    zp_xw_attr(x, "class", "tbl");
    zp_xw_start(x, "table");
    if (t->n_cols >= 7)
        zp_xw_attr(x, "class", "dense");
    if (t->caption || t->unit_note) {
        zp_xw_start(x, "caption");
        if (t->caption) {
            zp_xw_start(x, "span");
            zp_xw_attr(x, "class", "cap");
            put_text(x, t->caption);
            zp_xw_end(x);
        }
        if (t->unit_note) {
            zp_xw_start(x, "span");
            zp_xw_attr(x, "class", "unit");
            put_text(x, t->unit_note);
            zp_xw_end(x);
        }
        zp_xw_end(x);
    }
    /* Column widths as percentages (hundredths), from the relative widths. */
    int64_t sum = 0;
    for (size_t c = 0; t->col_widths && c < t->n_cols; c++)
        sum += t->col_widths[c] > 0 ? t->col_widths[c] : 0;
    if (sum > 0) {
        zp_xw_start(x, "colgroup");
        for (size_t c = 0; c < t->n_cols; c++) {
            int64_t w = t->col_widths[c] > 0 ? t->col_widths[c] : 0;
            int64_t h = (w * 10000 + sum / 2) / sum;
            zp_xw_start(x, "col");
            zp_xw_attrf(x, "style", "width:%" PRId64 ".%02" PRId64 "%%", h / 100, h % 100);
            if (!x->failed && xmlTextWriterEndElement(x->w) < 0)
                x->failed = true;
        }
        zp_xw_end(x);
    }
    zp_xw_raw(x, "\n");
    size_t nh = t->cells ? header_rows(t) : 0;
    if (nh)
        put_rows(x, t, 0, nh, true);
    if (t->cells && t->n_rows > nh)
        put_rows(x, t, nh, t->n_rows, false);
    zp_xw_end(x); /* table */
    if (t->note) {
        zp_xw_start(x, "p");
        zp_xw_attr(x, "class", "note");
        put_text(x, t->note);
        zp_xw_end(x);
    }
    zp_xw_end(x); /* div */
}

static void put_chart(zp_xw *x, const zp_doc_chart *ch, int n)
{
    char id[32];
    snprintf(id, sizeof id, "fig-%d", n);
    zp_xw_start(x, "figure");
    zp_xw_attr(x, "class", "chart");
    zp_xw_attr(x, "id", id);
    zp_xw_raw(x, "\n");
    zp_svg_chart(x, ch, id, 0);
    zp_xw_raw(x, "\n");
    if (ch->caption) {
        zp_xw_start(x, "figcaption");
        put_text(x, ch->caption);
        zp_xw_end(x);
    }
    zp_xw_end(x);
}

char *zp_render_report_html(const zp_report *r)
{
    zp_xw x;
    zp_xw_init(&x, false);
    zp_xw_raw(&x, "<!DOCTYPE html>\n");
    zp_xw_start(&x, "html");
    zp_xw_attr(&x, "lang", "zh-CN");
    zp_xw_raw(&x, "\n");
    zp_xw_start(&x, "head");
    zp_xw_raw(&x, "\n");
    zp_xw_empty(&x, "meta", "charset", "utf-8", NULL);
    zp_xw_raw(&x, "\n");
    zp_xw_empty(&x, "meta", "name", "viewport", "content", "width=device-width, initial-scale=1",
                NULL);
    zp_xw_raw(&x, "\n");
    zp_xw_empty(&x, "meta", "name", "generator", "content", "ziping", NULL);
    zp_xw_raw(&x, "\n");
    if (r->author && *r->author) {
        zp_xw_start(&x, "meta");
        zp_xw_attr(&x, "name", "author");
        put_attr(&x, "content", r->author);
        if (!x.failed && xmlTextWriterEndElement(x.w) < 0)
            x.failed = true;
        zp_xw_raw(&x, "\n");
    }
    zp_xw_start(&x, "title");
    put_text(&x, r->title && *r->title ? r->title : "部门整体支出绩效自评报告");
    zp_xw_end(&x);
    zp_xw_raw(&x, "\n");
    zp_xw_start(&x, "style");
    zp_xw_raw(&x, "\n");
    zp_xw_raw(&x, stylesheet);
    zp_xw_end(&x);
    zp_xw_raw(&x, "\n");
    zp_xw_end(&x); /* head */
    zp_xw_raw(&x, "\n");
    zp_xw_start(&x, "body");
    zp_xw_raw(&x, "\n");
    zp_xw_start(&x, "article");
    zp_xw_attr(&x, "class", "doc");
    zp_xw_raw(&x, "\n");
    if (r->title && *r->title) {
        zp_xw_start(&x, "h1");
        put_text(&x, r->title);
        zp_xw_end(&x);
        zp_xw_raw(&x, "\n");
    }
    int charts = 0;
    for (size_t i = 0; i < r->n_blocks; i++) {
        const zp_doc_block *b = &r->blocks[i];
        switch (b->kind) {
        case ZP_BLOCK_HEADING: {
            /* h1 is the title: level 1 is h2, 2 is h3, 3 (and below) h4 */
            static const char *const tags[] = {"h2", "h3", "h4"};
            int level = b->level < 1 ? 1 : b->level > 3 ? 3 : b->level;
            zp_xw_start(&x, tags[level - 1]);
            put_spans(&x, &b->content);
            zp_xw_end(&x);
            break;
        }
        case ZP_BLOCK_PARAGRAPH:
            zp_xw_start(&x, "p");
            put_spans(&x, &b->content);
            zp_xw_end(&x);
            break;
        case ZP_BLOCK_TABLE:
            if (b->table)
                put_table(&x, b->table);
            break;
        case ZP_BLOCK_CHART:
            if (b->chart)
                put_chart(&x, b->chart, ++charts);
            break;
        }
        zp_xw_raw(&x, "\n");
    }
    zp_xw_end(&x); /* article */
    zp_xw_raw(&x, "\n");
    zp_xw_end(&x); /* body */
    zp_xw_raw(&x, "\n");
    zp_xw_end(&x); /* html */
    zp_xw_raw(&x, "\n");
    zp_bytes out;
    if (!zp_xw_finish(&x, &out))
        return zp_xstrdup("");
    return (char *)out.data;
}
