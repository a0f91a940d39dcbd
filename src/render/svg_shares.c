/*
 * Parts of a whole as SVG: a 100% stacked bar per series, its parts
 * labelled inside when the label fits, and a legend of the parts.
 */
#include <string.h>

#include "render/svg_int.h"

/* The right edge of each part of a 100% bar of plot_w from left: each
 * from the sum so far, so that rounding never opens a gap. A part that is
 * not positive adds nothing. */
static void share_edges(const zp_doc_series *se, size_t nc, int64_t left, int64_t plot_w,
                        int64_t *edges)
{
    zp_rat total = zp_rat_of_int(0), cum = zp_rat_of_int(0);
    for (size_t k = 0; k < nc; k++) {
        zp_rat v = zp_svg_value_of(se, k);
        if (zp_rat_sign(v) > 0)
            zp_rat_add(total, v, &total);
    }
    for (size_t k = 0; k < nc; k++) {
        zp_rat v = zp_svg_value_of(se, k), q;
        if (zp_svg_has_value(se, k) && zp_rat_sign(v) > 0)
            zp_rat_add(cum, v, &cum);
        zp_dec d;
        edges[k] = left;
        if (zp_rat_sign(total) > 0 && zp_rat_div(cum, total, &q) &&
            zp_rat_mul(q, zp_rat_of_int(plot_w), &q) && zp_rat_round(q, 0, &d))
            edges[k] = left + d.units;
    }
}

void zp_svg_shares(zp_svg_plot *c)
{
    const zp_doc_chart *ch = c->ch;
    zp_xw *x = c->x;
    size_t nc = ch->n_categories, ns = ch->n_series;
    int64_t top = ZP_SVG_PAD + (c->unit_note && !c->percent ? ZP_SVG_LEGEND_ROW : 0);

    /* Series names to the left when there are several bars. */
    int64_t label_w = 0;
    zp_svg_wrapped *wr = zp_xcalloc(ns + 1, sizeof *wr);
    if (ns > 1) {
        for (size_t s = 0; s < ns; s++) {
            zp_svg_wrap(&wr[s], c->names[s], ZP_SVG_FS, (ZP_SVG_WIDTH - 2 * ZP_SVG_PAD) * 22 / 100,
                        2);
            if (wr[s].width > label_w)
                label_w = wr[s].width;
        }
    }
    int64_t left = ZP_SVG_PAD + (label_w ? label_w + 100 : 0), right = ZP_SVG_WIDTH - ZP_SVG_PAD;
    int64_t plot_w = right - left, thick = 420, gap = 180;
    int64_t bars_bottom = top + (int64_t)ns * (thick + gap) - (ns ? gap : 0);

    zp_svg_legend leg;
    memset(&leg, 0, sizeof leg);
    leg.n = nc;
    leg.texts = zp_xcalloc(nc + 1, sizeof *leg.texts);
    leg.fills = zp_xcalloc(nc + 1, sizeof *leg.fills);
    char **items = zp_xcalloc(nc + 1, sizeof *items);
    for (size_t k = 0; k < nc; k++) {
        const char *u = c->percent || !ch->unit ? "" : ch->unit;
        char *uc = zp_svg_label_text(u);
        if (ns == 1 && *c->vals[0][k])
            items[k] = zp_xasprintf("%s %s%s", c->cats[k], c->vals[0][k], uc);
        else
            items[k] = zp_xstrdup(c->cats[k]);
        free(uc);
        leg.texts[k] = items[k];
        leg.fills[k] = zp_svg_palette[k % ZP_SVG_N_PALETTE].fill;
    }
    zp_svg_legend_layout(&leg, left, bars_bottom + 200, right - left, false);
    int64_t height =
        bars_bottom + 200 + leg.height + ZP_SVG_PAD - (ZP_SVG_LEGEND_ROW - ZP_SVG_SWATCH);

    zp_svg_chart_open(c, height);
    if (!c->percent)
        zp_svg_put_unit_note(c);

    zp_xw_start(x, "g");
    zp_xw_attr(x, "class", "bars");
    int64_t *edges = zp_xcalloc(nc + 1, sizeof *edges);
    for (size_t s = 0; s < ns; s++) {
        const zp_doc_series *se = &ch->series[s];
        int64_t by = top + (int64_t)s * (thick + gap);
        share_edges(se, nc, left, plot_w, edges);
        int64_t at = left;
        for (size_t k = 0; k < nc; k++) {
            if (!zp_svg_has_value(se, k))
                continue;
            int64_t next = edges[k];
            char *t = zp_svg_bar_title(c, s, k);
            zp_svg_put_rect(x, "bar", at, by, next - at, thick,
                            zp_svg_palette[k % ZP_SVG_N_PALETTE].fill, t);
            free(t);
            at = next;
        }
    }
    zp_xw_end(x);
    zp_xw_raw(x, "\n");

    /* Separators between the parts, and the labels that fit inside. */
    zp_xw_start(x, "g");
    zp_xw_attr(x, "class", "values");
    for (size_t s = 0; s < ns; s++) {
        const zp_doc_series *se = &ch->series[s];
        int64_t by = top + (int64_t)s * (thick + gap);
        share_edges(se, nc, left, plot_w, edges);
        int64_t at = left;
        for (size_t k = 0; k < nc; k++) {
            if (!zp_svg_has_value(se, k))
                continue;
            int64_t next = edges[k];
            if (at > left && next > at)
                zp_svg_put_line(x, at, by, at, by + thick, "#ffffff", 14);
            if (zp_svg_text_width(c->vals[s][k], ZP_SVG_FS_VAL) + 80 <= next - at)
                zp_svg_put_text(x, "val", (at + next) / 2,
                                zp_svg_mid_base(by + thick / 2, ZP_SVG_FS_VAL), "middle",
                                ZP_SVG_FS_VAL, zp_svg_palette[k % ZP_SVG_N_PALETTE].ink,
                                c->vals[s][k]);
            at = next;
        }
    }
    zp_xw_end(x);
    zp_xw_raw(x, "\n");

    if (ns > 1) {
        zp_xw_start(x, "g");
        zp_xw_attr(x, "class", "series");
        for (size_t s = 0; s < ns; s++) {
            int64_t mid = top + (int64_t)s * (thick + gap) + thick / 2;
            int64_t first = mid - (int64_t)(wr[s].n ? wr[s].n - 1 : 0) * ZP_SVG_LINE / 2;
            zp_svg_put_wrapped(x, "name", left - 100, zp_svg_mid_base(first, ZP_SVG_FS), "end",
                               &wr[s], c->names[s]);
        }
        zp_xw_end(x);
        zp_xw_raw(x, "\n");
    }
    zp_svg_legend_put(x, &leg);
    for (size_t k = 0; k < nc; k++)
        free(items[k]);
    free(items);
    free(edges);
    free(wr);
    zp_svg_legend_free(&leg);
    zp_svg_chart_close(c);
}
