/*
 * word/document.xml from the document tree: the title, headings,
 * paragraphs, tables, the charts' inline frames and the page setup.
 *
 * The body names styles (docx_parts.c) and carries direct formatting only
 * where the tree asks for it: a cell's bold, a table's column widths and
 * merged cells (a cell's alignment is its paragraph style's). Tables get
 * full borders, header rows that repeat on every page (w:tblHeader), rows
 * that are not split across pages (w:cantSplit), colspan as w:gridSpan and
 * rowspan as w:vMerge. Charts are native charts (docx_chart.c) or, with
 * --charts picture, PNG pictures (docx_picture.c), inline, with their
 * caption under them. The constant markup around text (a cell, a row, a
 * run) is written as literals (xmlw.h, ZP_XW_MARKUP), the text itself
 * through the writer, escaped.
 */
#include <string.h>

#include "render/docx.h"

/* The paragraph styles of the body (docx_parts.c defines them), each with
 * its paragraph's opening markup. */
typedef enum pstyle {
    P_TITLE,
    P_HEADING1,
    P_HEADING2,
    P_HEADING3,
    P_TABLE_CAPTION,
    P_TABLE_UNIT,
    P_TABLE_NOTE,
    P_TABLE_HEADING,
    P_TABLE_TEXT,
    P_TABLE_NUMBER,
    P_TABLE_CENTER,
    P_CHART_FRAME,
    P_CAPTION,
} pstyle;
#define PARA_OPEN(style) ZP_XW_LIT("<w:p><w:pPr><w:pStyle w:val=\"" style "\"/></w:pPr>")
static const zp_xw_lit para_open[] = {
    [P_TITLE] = PARA_OPEN("Title"),
    [P_HEADING1] = PARA_OPEN("Heading1"),
    [P_HEADING2] = PARA_OPEN("Heading2"),
    [P_HEADING3] = PARA_OPEN("Heading3"),
    [P_TABLE_CAPTION] = PARA_OPEN("TableCaption"),
    [P_TABLE_UNIT] = PARA_OPEN("TableUnit"),
    [P_TABLE_NOTE] = PARA_OPEN("TableNote"),
    [P_TABLE_HEADING] = PARA_OPEN("TableHeading"),
    [P_TABLE_TEXT] = PARA_OPEN("TableText"),
    [P_TABLE_NUMBER] = PARA_OPEN("TableNumber"),
    [P_TABLE_CENTER] = PARA_OPEN("TableCenter"),
    [P_CHART_FRAME] = PARA_OPEN("ChartFrame"),
    [P_CAPTION] = PARA_OPEN("Caption"),
};

/* The writer of document.xml, with two buffers that are reused: `join`
 * gathers a paragraph's spans, `piece` the pieces cut from it (the XML
 * writer takes C strings). */
typedef struct dw {
    zp_xw x;
    zp_buf join, piece;
    const long *picture_cy; /* the charts' pictures' heights, or NULL: native charts */
} dw;

/* v in decimal, in buf (at least 24 bytes): without a printf per call, as
 * a table writes several numbers per cell. */
static const char *num(char *buf, long v)
{
    char *p = buf + 23;
    unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    *p = '\0';
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        *--p = '-';
    return p;
}

/* ---- text ---- */

/* Whether Word would drop some of s's spaces: at either end, or two in a
 * row (the indentation of a table's sub-items, say). */
static bool needs_preserve(const char *s, size_t n)
{
    if (s[0] == ' ' || s[n - 1] == ' ')
        return true;
    for (size_t i = 1; i < n; i++) {
        if (s[i] == ' ' && s[i - 1] == ' ')
            return true;
    }
    return false;
}

/* s[0..n) as w:t. */
static void put_t(dw *d, const char *s, size_t n)
{
    zp_xw *x = &d->x;
    if (!n)
        return;
    /* The writer takes a C string: a piece that ends the text is one
     * already (most runs have no break or tab), others are copied. */
    const char *text = s;
    if (s[n] != '\0') {
        d->piece.len = 0;
        zp_buf_add(&d->piece, s, n);
        text = d->piece.data;
    }
    if (needs_preserve(s, n))
        ZP_XW_MARKUP(x, "<w:t xml:space=\"preserve\">");
    else
        ZP_XW_MARKUP(x, "<w:t>");
    zp_xw_text(x, text);
    ZP_XW_MARKUP(x, "</w:t>");
}

/* Text as the content of a run: a line break as w:br, a tab as w:tab, and
 * the other control characters, which XML 1.0 cannot hold, left out. */
static void put_run_text(dw *d, const char *s)
{
    zp_xw *x = &d->x;
    const char *start = s;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c >= 0x20 || c == 0)
            continue;
        put_t(d, start, (size_t)(s - start));
        if (c == '\n')
            ZP_XW_MARKUP(x, "<w:br/>");
        else if (c == '\t')
            ZP_XW_MARKUP(x, "<w:tab/>");
        /* "\r\n" is one break: the '\r' is dropped with the others. */
        start = s + 1;
    }
    put_t(d, start, (size_t)(s - start));
}

/* One run of all the spans: they share one look. */
static void put_spans(dw *d, const zp_doc_spans *sp, bool bold)
{
    zp_xw *x = &d->x;
    if (!sp->count)
        return;
    if (bold)
        ZP_XW_MARKUP(x, "<w:r><w:rPr><w:b/></w:rPr>");
    else
        ZP_XW_MARKUP(x, "<w:r>");
    d->join.len = 0;
    zp_buf_puts(&d->join, "");
    for (size_t i = 0; i < sp->count; i++)
        zp_buf_puts(&d->join, sp->items[i].text ? sp->items[i].text : "");
    put_run_text(d, d->join.data);
    ZP_XW_MARKUP(x, "</w:r>");
}

/* <w:p> with its style; para_end closes it. */
static void para_start(zp_xw *x, pstyle style)
{
    zp_xw_markup(x, para_open[style]);
}

static void para_end(zp_xw *x)
{
    ZP_XW_MARKUP(x, "</w:p>");
}

/* A paragraph of one string in a style. */
static void put_para(dw *d, pstyle style, const char *text)
{
    zp_xw *x = &d->x;
    para_start(x, style);
    if (text && *text) {
        ZP_XW_MARKUP(x, "<w:r>");
        put_run_text(d, text);
        ZP_XW_MARKUP(x, "</w:r>");
    }
    para_end(x);
}

/* ---- the title ---- */

/* Display width in half-em units: CJK and other wide characters 2, ASCII 1. */
static size_t width_of(const char *s, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80)
            w += 1;
        else if (c >= 0xC0)
            w += 2; /* the lead byte of a wide character */
    }
    return w;
}

/* The title, centred; a title too long for one line is broken after
 * "年度" when both lines then fit, so that the break falls between words
 * (GB/T 9704: 回行时要做到词意完整). A line holds 20 characters of 2号. */
static void put_title(dw *d, const char *title)
{
    zp_xw *x = &d->x;
    enum { LINE_HALF_EMS = 40 };
    para_start(x, P_TITLE);
    ZP_XW_MARKUP(x, "<w:r>");
    size_t n = strlen(title);
    const char *brk = strstr(title, "年度");
    size_t first = brk ? (size_t)(brk - title) + strlen("年度") : 0;
    if (brk && width_of(title, n) > LINE_HALF_EMS && first < n &&
        width_of(title, first) <= LINE_HALF_EMS && width_of(title + first, n - first) <= LINE_HALF_EMS) {
        d->join.len = 0;
        zp_buf_add(&d->join, title, first);
        put_run_text(d, d->join.data);
        ZP_XW_MARKUP(x, "<w:br/>");
        put_run_text(d, title + first);
    } else {
        put_run_text(d, title);
    }
    ZP_XW_MARKUP(x, "</w:r>");
    para_end(x);
}

/* ---- tables ---- */

/* Column widths in twips: the tree's relative widths scaled to the text
 * block, the rounding left over given to the last column. */
static int *grid_widths(const zp_doc_table *t)
{
    int *w = zp_xcalloc(t->n_cols ? t->n_cols : 1, sizeof *w);
    long long sum = 0;
    for (size_t c = 0; c < t->n_cols; c++)
        sum += t->col_widths && t->col_widths[c] > 0 ? t->col_widths[c] : 0;
    long long used = 0;
    for (size_t c = 0; c < t->n_cols; c++) {
        long long rel = sum > 0 ? (t->col_widths[c] > 0 ? t->col_widths[c] : 0) : 1;
        long long total = sum > 0 ? sum : (long long)t->n_cols;
        w[c] = (int)((rel * ZP_DOCX_TEXT_W + total / 2) / total);
        used += w[c];
    }
    if (t->n_cols)
        w[t->n_cols - 1] += (int)(ZP_DOCX_TEXT_W - used);
    return w;
}

/* For every grid position, the index of the cell drawn there (the cell
 * itself, or the one whose span covers it), or -1 when none does. Each
 * spanning cell marks its own area once: linear in the table's size. */
static long *cell_origins(const zp_doc_table *t)
{
    size_t n = t->n_rows * t->n_cols;
    long *o = zp_xmalloc((n ? n : 1) * sizeof *o);
    for (size_t i = 0; i < n; i++)
        o[i] = -1;
    for (size_t r = 0; r < t->n_rows; r++) {
        for (size_t c = 0; c < t->n_cols; c++) {
            const zp_doc_cell *cell = &t->cells[r * t->n_cols + c];
            if (cell->covered)
                continue;
            size_t rs = cell->rowspan > 1 ? (size_t)cell->rowspan : 1;
            size_t cs = cell->colspan > 1 ? (size_t)cell->colspan : 1;
            for (size_t rr = r; rr < r + rs && rr < t->n_rows; rr++) {
                for (size_t cc = c; cc < c + cs && cc < t->n_cols; cc++) {
                    long *slot = &o[rr * t->n_cols + cc];
                    if (*slot < 0 || (rr == r && cc == c))
                        *slot = (long)(r * t->n_cols + c);
                }
            }
        }
    }
    return o;
}

/* A body cell's paragraph style: its alignment is the style's. */
static pstyle cell_style(const zp_doc_cell *content)
{
    zp_doc_align a = content ? content->align : ZP_ALIGN_LEFT;
    return a == ZP_ALIGN_RIGHT ? P_TABLE_NUMBER : a == ZP_ALIGN_CENTER ? P_TABLE_CENTER : P_TABLE_TEXT;
}

/* One w:tc: span grid columns, vMerge, and content (NULL for a vMerge
 * continuation, which holds an empty paragraph). The column widths are
 * the table grid's (fixed layout): a cell states none, as pandoc's do. */
typedef enum vmerge { V_NONE, V_RESTART, V_CONTINUE } vmerge;

static void put_cell(dw *d, size_t span, vmerge merge, const zp_doc_cell *content, bool header)
{
    zp_xw *x = &d->x;
    ZP_XW_MARKUP(x, "<w:tc>");
    if (span > 1 || merge != V_NONE) {
        ZP_XW_MARKUP(x, "<w:tcPr>");
        char buf[24];
        if (span > 1)
            zp_xw_empty(x, "w:gridSpan", "w:val", num(buf, (long)span), NULL);
        if (merge == V_RESTART)
            ZP_XW_MARKUP(x, "<w:vMerge w:val=\"restart\"/>");
        else if (merge == V_CONTINUE)
            ZP_XW_MARKUP(x, "<w:vMerge w:val=\"continue\"/>");
        /* Cells are centred vertically by the table style (TableGrid). */
        ZP_XW_MARKUP(x, "</w:tcPr>");
    }
    /* Header cells are centred and bold by their style. */
    para_start(x, header ? P_TABLE_HEADING : cell_style(content));
    if (content)
        put_spans(d, &content->content, content->bold && !header);
    ZP_XW_MARKUP(x, "</w:p></w:tc>");
}

static void put_row(dw *d, const zp_doc_table *t, size_t r, const long *origins)
{
    zp_xw *x = &d->x;
    bool header = r < t->n_header_rows;
    if (header)
        ZP_XW_MARKUP(x, "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
    else
        ZP_XW_MARKUP(x, "<w:tr><w:trPr><w:cantSplit/></w:trPr>");
    for (size_t c = 0; c < t->n_cols;) {
        long o = origins[r * t->n_cols + c];
        if (o < 0) {
            /* A covered cell no span reaches: keep the grid whole. */
            put_cell(d, 1, V_NONE, NULL, header);
            c++;
            continue;
        }
        const zp_doc_cell *cell = &t->cells[o];
        size_t orow = (size_t)o / t->n_cols, ocol = (size_t)o % t->n_cols;
        size_t span = cell->colspan > 1 ? (size_t)cell->colspan : 1;
        if (ocol + span > t->n_cols)
            span = t->n_cols - ocol;
        if (ocol != c) {
            /* Inside a span that starts further left and was drawn there,
             * or (a builder's slip) overlapping one: skip it. */
            c++;
            continue;
        }
        if (orow == r) {
            put_cell(d, span, cell->rowspan > 1 ? V_RESTART : V_NONE, cell, header);
        } else {
            put_cell(d, span, V_CONTINUE, NULL, header);
        }
        c += span;
    }
    ZP_XW_MARKUP(x, "</w:tr>");
}

static void put_table(dw *d, const zp_doc_table *t)
{
    zp_xw *x = &d->x;
    if (t->caption)
        put_para(d, P_TABLE_CAPTION, t->caption);
    if (t->unit_note)
        put_para(d, P_TABLE_UNIT, t->unit_note);
    if (t->n_cols && t->n_rows) {
        int *widths = grid_widths(t);
        long *origins = cell_origins(t);
        zp_xw_start(x, "w:tbl");
        zp_xw_start(x, "w:tblPr");
        zp_xw_empty(x, "w:tblStyle", "w:val", "TableGrid", NULL);
        char buf[24];
        zp_xw_empty(x, "w:tblW", "w:w", num(buf, ZP_DOCX_TEXT_W), "w:type", "dxa", NULL);
        zp_xw_empty(x, "w:jc", "w:val", "center", NULL);
        zp_xw_empty(x, "w:tblLayout", "w:type", "fixed", NULL);
        zp_xw_empty(x, "w:tblLook", "w:val", "0000", "w:firstRow", "0", "w:lastRow", "0",
                    "w:firstColumn", "0", "w:lastColumn", "0", "w:noHBand", "1", "w:noVBand", "1",
                    NULL);
        zp_xw_end(x);
        zp_xw_start(x, "w:tblGrid");
        for (size_t c = 0; c < t->n_cols; c++) {
            zp_xw_empty(x, "w:gridCol", "w:w", num(buf, widths[c]), NULL);
        }
        zp_xw_end(x);
        for (size_t r = 0; r < t->n_rows; r++)
            put_row(d, t, r, origins);
        zp_xw_end(x);
        free(widths);
        free(origins);
    }
    /* With no note, an empty one: Word joins two tables that touch, and
     * the text after a table wants some room. */
    put_para(d, P_TABLE_NOTE, t->note);
}

/* ---- charts ---- */

static void put_chart(dw *d, const zp_doc_chart *ch, size_t n)
{
    zp_xw *x = &d->x;
    /* A picture has the unit drawn in it, as the HTML report's chart has;
     * a native chart has it in a line above. */
    if (ch->unit && *ch->unit && !d->picture_cy) {
        char *note = zp_xasprintf("单位：%s", ch->unit);
        put_para(d, P_TABLE_UNIT, note);
        free(note);
    }
    para_start(x, P_CHART_FRAME);
    ZP_XW_MARKUP(x, "<w:r>");
    zp_docx_chart_inline(x, ch, n, d->picture_cy ? d->picture_cy[n - 1] : 0);
    ZP_XW_MARKUP(x, "</w:r>");
    para_end(x);
    if (ch->caption)
        put_para(d, P_CAPTION, ch->caption);
}

/* ---- the document ---- */

static void section_properties(zp_xw *x)
{
    zp_xw_start(x, "w:sectPr");
    zp_xw_empty(x, "w:footerReference", "w:type", "default", "r:id", ZP_DOCX_RID_FOOTER_ODD, NULL);
    zp_xw_empty(x, "w:footerReference", "w:type", "even", "r:id", ZP_DOCX_RID_FOOTER_EVEN, NULL);
    char w[24], h[24], top[24], right[24], bottom[24], left[24], pitch[24];
    zp_xw_empty(x, "w:pgSz", "w:w", num(w, ZP_DOCX_PAGE_W), "w:h", num(h, ZP_DOCX_PAGE_H), NULL);
    /* The page number sits 7 mm under the text block (GB/T 9704 7.5):
     * its line starts 28 mm above the page's edge, its foot some 22 mm. */
    zp_xw_empty(x, "w:pgMar", "w:top", num(top, ZP_DOCX_MARGIN_TOP), "w:right",
                num(right, ZP_DOCX_MARGIN_RIGHT), "w:bottom", num(bottom, ZP_DOCX_MARGIN_BOTTOM),
                "w:left", num(left, ZP_DOCX_MARGIN_LEFT), "w:header", "851", "w:footer", "1247",
                "w:gutter", "0", NULL);
    zp_xw_empty(x, "w:docGrid", "w:linePitch", num(pitch, ZP_DOCX_LINE), NULL);
    zp_xw_end(x);
}

bool zp_docx_document(const zp_report *r, const long *picture_cy, zp_bytes *out)
{
    static const pstyle heading_style[] = {P_HEADING1, P_HEADING2, P_HEADING3};
    dw d;
    d.picture_cy = picture_cy;
    zp_buf_init(&d.join);
    zp_buf_init(&d.piece);
    zp_xw *x = &d.x;
    zp_xw_init(x, true);
    zp_xw_start(x, "w:document");
    zp_xw_attr(x, "xmlns:w", ZP_NS_W);
    zp_xw_attr(x, "xmlns:r", ZP_NS_R);
    zp_xw_attr(x, "xmlns:wp", ZP_NS_WP);
    zp_xw_start(x, "w:body");
    if (r->title)
        put_title(&d, r->title);
    size_t n_charts = 0;
    for (size_t i = 0; i < r->n_blocks; i++) {
        const zp_doc_block *b = &r->blocks[i];
        switch (b->kind) {
        case ZP_BLOCK_HEADING: {
            int level = b->level < 1 ? 1 : b->level > 3 ? 3 : b->level;
            para_start(x, heading_style[level - 1]);
            put_spans(&d, &b->content, false);
            para_end(x);
            break;
        }
        case ZP_BLOCK_PARAGRAPH:
            /* Normal, the default style: no w:pPr needed. */
            ZP_XW_MARKUP(x, "<w:p>");
            put_spans(&d, &b->content, false);
            para_end(x);
            break;
        case ZP_BLOCK_TABLE:
            if (b->table)
                put_table(&d, b->table);
            break;
        case ZP_BLOCK_CHART:
            if (b->chart)
                put_chart(&d, b->chart, ++n_charts);
            break;
        }
    }
    section_properties(x);
    zp_xw_end(x);
    zp_xw_end(x);
    zp_buf_free(&d.join);
    zp_buf_free(&d.piece);
    return zp_xw_finish(x, out);
}
