/*
 * Charts as SVG: zp_svg_chart, and what every chart has (its clean labels,
 * the <svg> element with its title, description and caption, the legend
 * and the unit note). svg_int.h says which file draws which kind.
 */
#include <string.h>

#include "render/svg_int.h"

enum { FS_CAP = 150 /* the caption of a standalone chart */ };

static const char font_stack[] =
    "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', SimHei, sans-serif";

const zp_svg_colour zp_svg_palette[ZP_SVG_N_PALETTE] = {
    {"#2b4c74", "#ffffff"}, {"#a3bcd8", "#1a1a1a"}, {"#b0733a", "#ffffff"},
    {"#dcdad0", "#1a1a1a"}, {"#587a5b", "#ffffff"}, {"#e5c681", "#1a1a1a"},
    {"#666666", "#ffffff"}, {"#c9abb9", "#1a1a1a"},
};

/* ---- what every chart has ---- */

static void chart_init(zp_svg_plot *c, zp_xw *x, const zp_doc_chart *ch, const char *id,
                       unsigned flags)
{
    c->x = x;
    c->ch = ch;
    c->id = id;
    c->flags = flags;
    c->percent = ch->unit && !strcmp(ch->unit, "%");
    c->cats = zp_xcalloc(ch->n_categories + 1, sizeof *c->cats);
    for (size_t k = 0; k < ch->n_categories; k++)
        c->cats[k] = zp_svg_label_text(ch->categories ? ch->categories[k] : "");
    c->names = zp_xcalloc(ch->n_series + 1, sizeof *c->names);
    c->vals = zp_xcalloc(ch->n_series + 1, sizeof *c->vals);
    for (size_t s = 0; s < ch->n_series; s++) {
        c->names[s] = zp_svg_label_text(ch->series[s].name);
        c->vals[s] = zp_xcalloc(ch->n_categories + 1, sizeof **c->vals);
        for (size_t k = 0; k < ch->n_categories; k++) {
            if (!zp_svg_has_value(&ch->series[s], k)) {
                c->vals[s][k] = zp_xstrdup("");
                continue;
            }
            char *t = zp_svg_label_text(ch->series[s].texts[k]);
            c->vals[s][k] = c->percent ? zp_xasprintf("%s%%", t) : zp_xstrdup(t);
            free(t);
        }
    }
    c->unit_note = NULL;
    if (ch->unit && *ch->unit) {
        char *u = zp_svg_label_text(ch->unit);
        c->unit_note = zp_xasprintf("单位：%s", u);
        free(u);
    }
}

static void chart_free(zp_svg_plot *c)
{
    for (size_t k = 0; k < c->ch->n_categories; k++)
        free(c->cats[k]);
    for (size_t s = 0; s < c->ch->n_series; s++) {
        for (size_t k = 0; k < c->ch->n_categories; k++)
            free(c->vals[s][k]);
        free(c->vals[s]);
        free(c->names[s]);
    }
    free(c->cats);
    free(c->names);
    free(c->vals);
    free(c->unit_note);
}

/* A bar's tooltip: "一般公共预算 决算数：320.61万元". */
char *zp_svg_bar_title(const zp_svg_plot *c, size_t s, size_t k)
{
    const char *unit = c->percent || !c->ch->unit ? "" : c->ch->unit;
    char *u = zp_svg_label_text(unit);
    char *t;
    if (c->ch->n_series > 1 || (c->ch->kind != ZP_CHART_SHARES && *c->names[s]))
        t = zp_xasprintf("%s %s：%s%s", c->cats[k], c->names[s], c->vals[s][k], u);
    else
        t = zp_xasprintf("%s：%s%s", c->cats[k], c->vals[s][k], u);
    free(u);
    return t;
}

/* The figures in words, for readers that cannot see the chart. */
static char *chart_desc(const zp_svg_plot *c)
{
    zp_buf b;
    zp_buf_init(&b);
    if (c->unit_note) {
        zp_buf_puts(&b, c->unit_note);
        zp_buf_puts(&b, "。");
    }
    for (size_t s = 0; s < c->ch->n_series; s++) {
        if (*c->names[s]) {
            zp_buf_puts(&b, c->names[s]);
            zp_buf_puts(&b, "：");
        }
        bool any = false;
        for (size_t k = 0; k < c->ch->n_categories; k++) {
            if (!*c->vals[s][k])
                continue;
            if (any)
                zp_buf_puts(&b, "，");
            any = true;
            zp_buf_printf(&b, "%s %s", c->cats[k], c->vals[s][k]);
        }
        zp_buf_puts(&b, "。");
    }
    zp_buf_puts(&b, "");
    return zp_buf_take(&b);
}

void zp_svg_chart_open(zp_svg_plot *c, int64_t height)
{
    zp_xw *x = c->x;
    const zp_doc_chart *ch = c->ch;
    bool alone = c->flags & ZP_SVG_STANDALONE;
    bool caption = alone && !(c->flags & ZP_SVG_NO_CAPTION);
    if (caption)
        height += ZP_SVG_LINE + FS_CAP;
    char *tid = zp_xasprintf("%s-title", c->id), *did = zp_xasprintf("%s-desc", c->id);
    char *both = zp_xasprintf("%s %s", tid, did);
    zp_xw_start(x, "svg");
    if (alone)
        zp_xw_attr(x, "xmlns", "http://www.w3.org/2000/svg");
    zp_xw_attr(x, "class", ch->kind == ZP_CHART_BARS    ? "zp-chart bars"
                           : ch->kind == ZP_CHART_HBARS ? "zp-chart hbars"
                                                        : "zp-chart shares");
    char w[32], h[32];
    zp_svg_tenths(w, sizeof w, ZP_SVG_WIDTH);
    zp_svg_tenths(h, sizeof h, height);
    zp_xw_attrf(x, "viewBox", "0 0 %s %s", w, h);
    zp_xw_attr(x, "width", w);
    zp_xw_attr(x, "height", h);
    zp_xw_attr(x, "role", "img");
    zp_xw_attr(x, "aria-labelledby", both);
    zp_xw_attr(x, "font-family", font_stack);
    zp_svg_attr_tenths(x, "font-size", ZP_SVG_FS);
    zp_xw_attr(x, "fill", ZP_SVG_INK);

    char *cap = zp_svg_label_text(ch->caption);
    zp_xw_start(x, "title");
    zp_xw_attr(x, "id", tid);
    zp_xw_text(x, cap);
    zp_xw_end(x);
    char *desc = chart_desc(c);
    zp_xw_start(x, "desc");
    zp_xw_attr(x, "id", did);
    zp_xw_text(x, desc);
    zp_xw_end(x);
    zp_xw_raw(x, "\n");
    if (alone)
        zp_svg_put_rect(x, NULL, 0, 0, ZP_SVG_WIDTH, height, "#ffffff", NULL);
    if (caption)
        zp_svg_put_text(x, "caption", ZP_SVG_WIDTH / 2, height - ZP_SVG_PAD, "middle", FS_CAP,
                        ZP_SVG_INK, cap);
    free(desc);
    free(cap);
    free(tid);
    free(did);
    free(both);
}

void zp_svg_chart_close(zp_svg_plot *c)
{
    zp_xw_end(c->x);
}

/* ---- the legend ---- */

enum { LEGEND_GAP = 240 };

static int64_t item_width(const char *text)
{
    return ZP_SVG_SWATCH + 60 + zp_svg_text_width(text, ZP_SVG_FS);
}

void zp_svg_legend_layout(zp_svg_legend *l, int64_t x0, int64_t y0, int64_t width, bool right)
{
    l->x = zp_xcalloc(l->n + 1, sizeof *l->x);
    l->y = zp_xcalloc(l->n + 1, sizeof *l->y);
    l->shown = zp_xcalloc(l->n + 1, sizeof *l->shown);
    for (size_t i = 0; i < l->n; i++) {
        if (item_width(l->texts[i]) <= width) {
            l->shown[i] = zp_xstrdup(l->texts[i]);
            continue;
        }
        zp_svg_wrapped wr;
        zp_svg_wrap(&wr, l->texts[i], ZP_SVG_FS, width - ZP_SVG_SWATCH - 60 - ZP_SVG_FS, 1);
        if (wr.n && !wr.cut) /* it fits once its spaces are trimmed */
            wr.cut = true;
        l->shown[i] = wr.n ? zp_svg_line_of(&wr, l->texts[i], 0) : zp_xstrdup("…");
    }
    size_t row_start = 0;
    int64_t used = 0, y = y0;
    for (size_t i = 0; i <= l->n; i++) {
        int64_t w = i < l->n ? item_width(l->shown[i]) : 0;
        bool flush = i == l->n || (i > row_start && used + LEGEND_GAP + w > width);
        if (flush) {
            int64_t xx = right ? x0 + width - used : x0;
            for (size_t j = row_start; j < i; j++) {
                l->x[j] = xx;
                l->y[j] = y;
                xx += item_width(l->shown[j]) + LEGEND_GAP;
            }
            if (i > row_start)
                y += ZP_SVG_LEGEND_ROW;
            row_start = i;
            used = 0;
        }
        if (i < l->n)
            used += (used ? LEGEND_GAP : 0) + w;
    }
    l->height = y - y0;
}

void zp_svg_legend_put(zp_xw *x, const zp_svg_legend *l)
{
    if (!l->n)
        return;
    zp_xw_start(x, "g");
    zp_xw_attr(x, "class", "legend");
    for (size_t i = 0; i < l->n; i++) {
        zp_svg_put_rect(x, "swatch", l->x[i], l->y[i], ZP_SVG_SWATCH, ZP_SVG_SWATCH, l->fills[i],
                        NULL);
        zp_svg_put_text(x, NULL, l->x[i] + ZP_SVG_SWATCH + 60,
                        zp_svg_mid_base(l->y[i] + ZP_SVG_SWATCH / 2, ZP_SVG_FS), NULL, ZP_SVG_FS,
                        ZP_SVG_INK, l->shown[i]);
    }
    zp_xw_end(x);
    zp_xw_raw(x, "\n");
}

void zp_svg_legend_free(zp_svg_legend *l)
{
    for (size_t i = 0; l->shown && i < l->n; i++)
        free(l->shown[i]);
    free(l->shown);
    free(l->x);
    free(l->y);
    free(l->texts);
    free(l->fills);
}

/* The series' legend (when any series has a name), beside the unit note
 * or under it; the y below both. */
int64_t zp_svg_header_layout(zp_svg_plot *c, zp_svg_legend *l, bool series_legend)
{
    const zp_doc_chart *ch = c->ch;
    memset(l, 0, sizeof *l);
    int64_t unit_w =
        c->unit_note ? zp_svg_text_width(c->unit_note, ZP_SVG_FS_AXIS) + LEGEND_GAP : 0;
    bool named = false;
    for (size_t s = 0; s < ch->n_series; s++)
        named |= *c->names[s] != '\0';
    if (series_legend && named) {
        l->n = ch->n_series;
        l->texts = zp_xcalloc(l->n, sizeof *l->texts);
        l->fills = zp_xcalloc(l->n, sizeof *l->fills);
        int64_t total = 0;
        for (size_t s = 0; s < l->n; s++) {
            l->texts[s] = c->names[s];
            l->fills[s] = zp_svg_palette[s % ZP_SVG_N_PALETTE].fill;
            total += (s ? LEGEND_GAP : 0) + ZP_SVG_SWATCH + 60 +
                     zp_svg_text_width(c->names[s], ZP_SVG_FS);
        }
        int64_t avail = ZP_SVG_WIDTH - 2 * ZP_SVG_PAD;
        if (total + unit_w <= avail) {
            zp_svg_legend_layout(l, ZP_SVG_PAD + unit_w, ZP_SVG_PAD, avail - unit_w, true);
            return ZP_SVG_PAD + (l->height > ZP_SVG_LEGEND_ROW ? l->height : ZP_SVG_LEGEND_ROW);
        }
        int64_t top = ZP_SVG_PAD + (c->unit_note ? ZP_SVG_LEGEND_ROW : 0);
        zp_svg_legend_layout(l, ZP_SVG_PAD, top, avail, false);
        return top + l->height;
    }
    return ZP_SVG_PAD + (c->unit_note ? ZP_SVG_LEGEND_ROW : 0);
}

void zp_svg_put_unit_note(zp_svg_plot *c)
{
    if (c->unit_note)
        zp_svg_put_text(c->x, "unit", ZP_SVG_PAD,
                        zp_svg_mid_base(ZP_SVG_PAD + ZP_SVG_SWATCH / 2, ZP_SVG_FS_AXIS), NULL,
                        ZP_SVG_FS_AXIS, ZP_SVG_INK_SOFT, c->unit_note);
}

void zp_svg_chart(zp_xw *x, const zp_doc_chart *ch, const char *id, unsigned flags)
{
    zp_svg_plot c;
    chart_init(&c, x, ch, id ? id : "chart", flags);
    switch (ch->kind) {
    case ZP_CHART_BARS:
        zp_svg_bars(&c);
        break;
    case ZP_CHART_HBARS:
        zp_svg_hbars(&c);
        break;
    case ZP_CHART_SHARES:
        zp_svg_shares(&c);
        break;
    }
    chart_free(&c);
}
