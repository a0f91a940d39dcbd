/*
 * Bar charts as SVG: vertical bars grouped by category, and horizontal
 * bars, each on a value axis with its gridlines, value labels and
 * category labels.
 */
#include "render/svg_int.h"

/* ---- vertical bars ---- */

void zp_svg_bars(zp_svg_plot *c)
{
    const zp_doc_chart *ch = c->ch;
    zp_xw *x = c->x;
    size_t nc = ch->n_categories, ns = ch->n_series ? ch->n_series : 1;
    zp_svg_axis a = zp_svg_axis_of(ch);
    zp_svg_legend leg;
    int64_t top = zp_svg_header_layout(c, &leg, true);

    int64_t left = ZP_SVG_PAD + zp_svg_widest_tick(&a) + 80, right = ZP_SVG_WIDTH - ZP_SVG_PAD;
    int64_t band = nc ? (right - left) / (int64_t)nc : right - left;

    /* Category labels: wrapped to their band; turned when the bands are
     * too narrow for two characters, or for labels that wrapping would
     * cut short in a band narrower than six. */
    bool rotate_cats = band < ZP_SVG_FS * 22 / 10;
    zp_svg_wrapped *wr = zp_xcalloc(nc + 1, sizeof *wr);
    for (size_t k = 0; k < nc && !rotate_cats; k++) {
        zp_svg_wrap(&wr[k], c->cats[k], ZP_SVG_FS, band - 60, ZP_SVG_MAX_LINES);
        if (wr[k].cut && band < ZP_SVG_FS * 6)
            rotate_cats = true;
    }
    int64_t cat_h = 0, need_left = left;
    for (size_t k = 0; k < nc; k++) {
        if (rotate_cats) {
            zp_svg_wrap(&wr[k], c->cats[k], ZP_SVG_FS, ZP_SVG_FS * 12, 1);
            /* turned 45 degrees, a label takes (w + fs) / sqrt 2 down and
             * w / sqrt 2 to the left of its band's centre */
            int64_t h = (wr[k].width + ZP_SVG_FS) * 71 / 100;
            if (h > cat_h)
                cat_h = h;
            int64_t need = ZP_SVG_PAD + wr[k].width * 71 / 100 - band / 2 - (int64_t)k * band;
            if (need > need_left)
                need_left = need;
        } else {
            int64_t h = (int64_t)(wr[k].n ? wr[k].n - 1 : 0) * ZP_SVG_LINE + ZP_SVG_FS;
            if (h > cat_h)
                cat_h = h;
        }
    }
    left = need_left;
    int64_t plot_w = right - left;
    band = nc ? plot_w / (int64_t)nc : plot_w;
    int64_t slot = band * 72 / 100 / (int64_t)ns;
    if (slot > 560)
        slot = 560;
    int64_t bar_w = slot - (slot >= 160 ? 40 : slot / 4);
    if (bar_w < 10)
        bar_w = slot > 10 ? slot : 10;

    int64_t val_w = 0;
    for (size_t s = 0; s < ch->n_series; s++) {
        for (size_t k = 0; k < nc; k++) {
            int64_t w = zp_svg_text_width(c->vals[s][k], ZP_SVG_FS_VAL);
            if (w > val_w)
                val_w = w;
        }
    }
    bool rotate_vals = val_w > slot - 20;
    int64_t headroom = (rotate_vals ? val_w : ZP_SVG_FS_VAL) + 100;
    bool negative = zp_rat_sign(a.lo) < 0;
    int64_t plot_top = top + headroom, plot_h = 2200, plot_bottom = plot_top + plot_h;
    int64_t cats_top = plot_bottom + (negative ? ZP_SVG_FS_VAL + 120 : 0) + 100;
    int64_t height = cats_top + cat_h + ZP_SVG_PAD;

    zp_svg_chart_open(c, height);
    zp_svg_put_unit_note(c);
    zp_svg_legend_put(x, &leg);

    /* gridlines and their values */
    zp_xw_start(x, "g");
    zp_xw_attr(x, "class", "grid");
    for (int k = 0; k <= a.n; k++) {
        int64_t y = plot_bottom - zp_svg_axis_pos(&a, zp_svg_tick_value(&a, k), plot_h);
        zp_svg_put_line(x, left, y, right, y, ZP_SVG_GRID, 8);
        char *l = zp_svg_tick_label(&a, k);
        zp_svg_put_text(x, "tick", left - 60, zp_svg_mid_base(y, ZP_SVG_FS_AXIS), "end",
                        ZP_SVG_FS_AXIS, ZP_SVG_INK_SOFT, l);
        free(l);
    }
    zp_xw_end(x);
    zp_xw_raw(x, "\n");

    int64_t y0 = plot_bottom - zp_svg_axis_pos(&a, zp_rat_of_int(0), plot_h);
    zp_xw_start(x, "g");
    zp_xw_attr(x, "class", "bars");
    for (size_t k = 0; k < nc; k++) {
        int64_t bx = left + (int64_t)k * plot_w / (int64_t)nc;
        int64_t gx = bx + (band - slot * (int64_t)ns) / 2;
        for (size_t s = 0; s < ch->n_series; s++) {
            if (!zp_svg_has_value(&ch->series[s], k))
                continue;
            int64_t yv =
                plot_bottom - zp_svg_axis_pos(&a, zp_svg_value_of(&ch->series[s], k), plot_h);
            int64_t sx = gx + (int64_t)s * slot + (slot - bar_w) / 2;
            char *t = zp_svg_bar_title(c, s, k);
            zp_svg_put_rect(x, "bar", sx, yv < y0 ? yv : y0, bar_w, zp_svg_iabs64(y0 - yv),
                            zp_svg_palette[s % ZP_SVG_N_PALETTE].fill, t);
            free(t);
        }
    }
    zp_xw_end(x);
    zp_xw_raw(x, "\n");
    zp_svg_put_line(x, left, y0, right, y0, ZP_SVG_AXIS, 12);

    zp_xw_start(x, "g");
    zp_xw_attr(x, "class", "values");
    for (size_t k = 0; k < nc; k++) {
        int64_t bx = left + (int64_t)k * plot_w / (int64_t)nc;
        int64_t gx = bx + (band - slot * (int64_t)ns) / 2;
        for (size_t s = 0; s < ch->n_series; s++) {
            if (!*c->vals[s][k])
                continue;
            bool neg = zp_rat_sign(zp_svg_value_of(&ch->series[s], k)) < 0;
            int64_t yv =
                plot_bottom - zp_svg_axis_pos(&a, zp_svg_value_of(&ch->series[s], k), plot_h);
            int64_t cx = gx + (int64_t)s * slot + slot / 2;
            if (rotate_vals) {
                int64_t ty = neg ? yv + 60 : yv - 60;
                int64_t tx = cx + ZP_SVG_FS_VAL * 35 / 100;
                zp_svg_start_text(x, "val", tx, ty, neg ? "end" : "start", ZP_SVG_FS_VAL,
                                  ZP_SVG_INK);
                char r[32], px[32], py[32];
                zp_xw_attrf(x, "transform", "rotate(%s %s %s)", zp_svg_tenths(r, sizeof r, -900),
                            zp_svg_tenths(px, sizeof px, tx), zp_svg_tenths(py, sizeof py, ty));
                zp_xw_text(x, c->vals[s][k]);
                zp_xw_end(x);
            } else {
                int64_t ty = neg ? yv + 60 + ZP_SVG_FS_VAL * 8 / 10 : yv - 60;
                zp_svg_put_text(x, "val", cx, ty, "middle", ZP_SVG_FS_VAL, ZP_SVG_INK,
                                c->vals[s][k]);
            }
        }
    }
    zp_xw_end(x);
    zp_xw_raw(x, "\n");

    zp_xw_start(x, "g");
    zp_xw_attr(x, "class", "cats");
    for (size_t k = 0; k < nc; k++) {
        int64_t cx = left + (int64_t)k * plot_w / (int64_t)nc + band / 2;
        if (rotate_cats) {
            int64_t ty = cats_top + ZP_SVG_FS * 3 / 10;
            zp_svg_start_text(x, "cat", cx, ty, "end", ZP_SVG_FS, ZP_SVG_INK);
            char r[32], px[32], py[32];
            zp_xw_attrf(x, "transform", "rotate(%s %s %s)", zp_svg_tenths(r, sizeof r, -450),
                        zp_svg_tenths(px, sizeof px, cx), zp_svg_tenths(py, sizeof py, ty));
            char *l = wr[k].n ? zp_svg_line_of(&wr[k], c->cats[k], 0) : zp_xstrdup("");
            zp_xw_text(x, l);
            free(l);
            zp_xw_end(x);
        } else {
            zp_svg_put_wrapped(x, "cat", cx, cats_top + ZP_SVG_FS * 8 / 10, "middle", &wr[k],
                               c->cats[k]);
        }
    }
    zp_xw_end(x);
    zp_xw_raw(x, "\n");
    free(wr);
    zp_svg_legend_free(&leg);
    zp_svg_chart_close(c);
}

/* ---- horizontal bars ---- */

void zp_svg_hbars(zp_svg_plot *c)
{
    const zp_doc_chart *ch = c->ch;
    zp_xw *x = c->x;
    size_t nc = ch->n_categories, ns = ch->n_series ? ch->n_series : 1;
    zp_svg_axis a = zp_svg_axis_of(ch);
    zp_svg_legend leg;
    int64_t top = zp_svg_header_layout(c, &leg, ch->n_series > 1);

    int64_t label_cap = (ZP_SVG_WIDTH - 2 * ZP_SVG_PAD) * 34 / 100, label_w = 0;
    zp_svg_wrapped *wr = zp_xcalloc(nc + 1, sizeof *wr);
    for (size_t k = 0; k < nc; k++) {
        zp_svg_wrap(&wr[k], c->cats[k], ZP_SVG_FS, label_cap, ZP_SVG_MAX_LINES);
        if (wr[k].width > label_w)
            label_w = wr[k].width;
    }
    int64_t val_w = 0;
    for (size_t s = 0; s < ch->n_series; s++) {
        for (size_t k = 0; k < nc; k++) {
            int64_t w = zp_svg_text_width(c->vals[s][k], ZP_SVG_FS_VAL);
            if (w > val_w)
                val_w = w;
        }
    }
    /* The last tick label is centred on the right end of the plot. */
    int64_t tick_half = zp_svg_widest_tick(&a) / 2;
    int64_t right_room = val_w + 80 > tick_half ? val_w + 80 : tick_half;
    int64_t left = ZP_SVG_PAD + label_w + 100, right = ZP_SVG_WIDTH - ZP_SVG_PAD - right_room;
    int64_t plot_w = right - left;
    int64_t thick = ns == 1 ? 200 : 150;
    int64_t plot_top = top + 60;

    int64_t *row_top = zp_xcalloc(nc + 1, sizeof *row_top);
    int64_t y = plot_top;
    for (size_t k = 0; k < nc; k++) {
        int64_t h = thick * (int64_t)ns + 130;
        int64_t lh = (int64_t)(wr[k].n ? wr[k].n - 1 : 0) * ZP_SVG_LINE + ZP_SVG_FS + 90;
        row_top[k] = y;
        y += h > lh ? h : lh;
    }
    row_top[nc] = y;
    int64_t plot_bottom = y;
    int64_t height = plot_bottom + 80 + ZP_SVG_FS_AXIS + ZP_SVG_PAD;

    zp_svg_chart_open(c, height);
    zp_svg_put_unit_note(c);
    zp_svg_legend_put(x, &leg);

    zp_xw_start(x, "g");
    zp_xw_attr(x, "class", "grid");
    for (int k = 0; k <= a.n; k++) {
        int64_t gx = left + zp_svg_axis_pos(&a, zp_svg_tick_value(&a, k), plot_w);
        zp_svg_put_line(x, gx, plot_top, gx, plot_bottom, ZP_SVG_GRID, 8);
        char *l = zp_svg_tick_label(&a, k);
        zp_svg_put_text(x, "tick", gx, plot_bottom + 80 + ZP_SVG_FS_AXIS * 8 / 10, "middle",
                        ZP_SVG_FS_AXIS, ZP_SVG_INK_SOFT, l);
        free(l);
    }
    zp_xw_end(x);
    zp_xw_raw(x, "\n");

    int64_t x0 = left + zp_svg_axis_pos(&a, zp_rat_of_int(0), plot_w);
    zp_xw_start(x, "g");
    zp_xw_attr(x, "class", "bars");
    for (size_t k = 0; k < nc; k++) {
        int64_t mid = (row_top[k] + row_top[k + 1]) / 2;
        int64_t gy = mid - thick * (int64_t)ns / 2;
        for (size_t s = 0; s < ch->n_series; s++) {
            if (!zp_svg_has_value(&ch->series[s], k))
                continue;
            int64_t xv = left + zp_svg_axis_pos(&a, zp_svg_value_of(&ch->series[s], k), plot_w);
            char *t = zp_svg_bar_title(c, s, k);
            zp_svg_put_rect(x, "bar", xv < x0 ? xv : x0, gy + (int64_t)s * thick + 10,
                            zp_svg_iabs64(xv - x0), thick - 20,
                            zp_svg_palette[s % ZP_SVG_N_PALETTE].fill, t);
            free(t);
        }
    }
    zp_xw_end(x);
    zp_xw_raw(x, "\n");
    zp_svg_put_line(x, x0, plot_top, x0, plot_bottom, ZP_SVG_AXIS, 12);

    zp_xw_start(x, "g");
    zp_xw_attr(x, "class", "values");
    for (size_t k = 0; k < nc; k++) {
        int64_t mid = (row_top[k] + row_top[k + 1]) / 2;
        int64_t gy = mid - thick * (int64_t)ns / 2;
        for (size_t s = 0; s < ch->n_series; s++) {
            if (!*c->vals[s][k])
                continue;
            int64_t xv = left + zp_svg_axis_pos(&a, zp_svg_value_of(&ch->series[s], k), plot_w);
            bool neg = xv < x0;
            zp_svg_put_text(x, "val", neg ? xv - 50 : xv + 50,
                            zp_svg_mid_base(gy + (int64_t)s * thick + thick / 2, ZP_SVG_FS_VAL),
                            neg ? "end" : NULL, ZP_SVG_FS_VAL, ZP_SVG_INK, c->vals[s][k]);
        }
    }
    zp_xw_end(x);
    zp_xw_raw(x, "\n");

    zp_xw_start(x, "g");
    zp_xw_attr(x, "class", "cats");
    for (size_t k = 0; k < nc; k++) {
        int64_t mid = (row_top[k] + row_top[k + 1]) / 2;
        int64_t first = mid - (int64_t)(wr[k].n ? wr[k].n - 1 : 0) * ZP_SVG_LINE / 2;
        zp_svg_put_wrapped(x, "cat", left - 100, zp_svg_mid_base(first, ZP_SVG_FS), "end", &wr[k],
                           c->cats[k]);
    }
    zp_xw_end(x);
    zp_xw_raw(x, "\n");
    free(row_top);
    free(wr);
    zp_svg_legend_free(&leg);
    zp_svg_chart_close(c);
}
