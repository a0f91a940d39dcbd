/*
 * The value axis of the bar charts: from zero (or below it, for negative
 * values) to a round value at or above every value, in round steps, and
 * where a value falls on it.
 */
#include "render/svg_int.h"

bool zp_svg_has_value(const zp_doc_series *s, size_t c)
{
    return s->texts && s->texts[c] && *s->texts[c] && s->values;
}

zp_rat zp_svg_value_of(const zp_doc_series *s, size_t c)
{
    zp_rat r;
    if (!zp_svg_has_value(s, c) || !zp_rat_of_dec(s->values[c], &r))
        return zp_rat_of_int(0);
    return r;
}

/* c/10 × 10^e for c in 10, 20, 25, 50: the round steps. */
static bool round_step(int e, int i, zp_rat *out)
{
    static const int64_t c[] = {10, 20, 25, 50};
    int64_t num = c[i], den = 10;
    for (int k = 0; k < e; k++) {
        if (num > INT64_MAX / 10)
            return false;
        num *= 10;
    }
    for (int k = 0; k > e; k--) {
        if (den > INT64_MAX / 10)
            return false;
        den *= 10;
    }
    return zp_rat_make(num, den, out);
}

/* The multiple of step at or beyond v, away from zero. */
static bool ceil_to(zp_rat v, zp_rat step, zp_rat *out)
{
    zp_rat q;
    zp_dec k;
    if (!zp_rat_div(v, step, &q) || !zp_rat_ceil(q, 0, &k))
        return false;
    return zp_rat_mul(zp_rat_of_int(k.units), step, out);
}

/* An axis from 0 (or below, for negative values) to the chart's axis_max,
 * with 3 to 8 round intervals; when axis_max is no multiple of a round
 * step, the next multiple above it. */
zp_svg_axis zp_svg_axis_of(const zp_doc_chart *ch)
{
    zp_rat zero = zp_rat_of_int(0), max = zero, min = zero;
    for (size_t s = 0; s < ch->n_series; s++) {
        for (size_t c = 0; c < ch->n_categories; c++) {
            if (!zp_svg_has_value(&ch->series[s], c))
                continue;
            zp_rat v = zp_svg_value_of(&ch->series[s], c);
            if (zp_rat_cmp(v, max) > 0)
                max = v;
            if (zp_rat_cmp(v, min) < 0)
                min = v;
        }
    }
    zp_rat hi;
    if (!(ch->axis_max.units > 0 && zp_rat_of_dec(ch->axis_max, &hi) && zp_rat_cmp(hi, max) >= 0))
        hi = max;
    if (zp_rat_sign(hi) == 0 && zp_rat_sign(min) == 0)
        hi = zp_rat_of_int(1);
    zp_svg_axis best = {zero, zp_rat_of_int(1), zp_rat_of_int(1), zp_rat_of_int(1), 1, 0};
    int64_t best_score = INT64_MAX;
    for (int e = -ZP_DEC_MAX_SCALE; e <= 17; e++) {
        for (int i = 0; i < 4; i++) {
            zp_svg_axis a;
            if (!round_step(e, i, &a.step))
                continue;
            zp_rat nhi, nlo = zero, q;
            zp_dec k;
            if (!ceil_to(hi, a.step, &nhi))
                continue;
            if (zp_rat_sign(min) < 0) {
                if (!ceil_to(zp_rat_neg(min), a.step, &nlo))
                    continue;
                nlo = zp_rat_neg(nlo);
            }
            if (!zp_rat_sub(nhi, nlo, &a.span) || !zp_rat_div(a.span, a.step, &q) ||
                !zp_rat_round(q, 0, &k) || k.units < 2 || k.units > 8)
                continue;
            /* axis_max itself first, then about five intervals */
            int64_t score = (zp_rat_cmp(nhi, hi) ? 100 : 0) + zp_svg_iabs64(k.units - 5);
            if (score < best_score) {
                best_score = score;
                a.lo = nlo;
                a.hi = nhi;
                a.n = (int)k.units;
                /* decimals of the tick labels: those of the step */
                a.places = 0;
                zp_rat t = a.step;
                while (t.den != 1 && a.places < ZP_DEC_MAX_SCALE &&
                       zp_rat_mul(t, zp_rat_of_int(10), &t))
                    a.places++;
                best = a;
            }
        }
    }
    return best;
}

/* Where v falls on an axis drawn len long (0 at lo), in tenths. */
int64_t zp_svg_axis_pos(const zp_svg_axis *a, zp_rat v, int64_t len)
{
    zp_rat t;
    zp_dec d;
    if (!zp_rat_sub(v, a->lo, &t) || !zp_rat_div(t, a->span, &t) ||
        !zp_rat_mul(t, zp_rat_of_int(len), &t) || !zp_rat_round(t, 0, &d))
        return zp_rat_sign(v) > 0 ? len : 0;
    if (d.units < 0)
        return 0;
    return d.units > len ? len : d.units;
}

zp_rat zp_svg_tick_value(const zp_svg_axis *a, int k)
{
    zp_rat t, v;
    if (!zp_rat_mul(a->step, zp_rat_of_int(k), &t) || !zp_rat_add(a->lo, t, &v))
        return a->lo;
    return v;
}

char *zp_svg_tick_label(const zp_svg_axis *a, int k)
{
    char buf[64];
    return zp_xstrdup(zp_rat_format(zp_svg_tick_value(a, k), a->places, buf, sizeof buf));
}

int64_t zp_svg_widest_tick(const zp_svg_axis *a)
{
    int64_t w = 0;
    for (int k = 0; k <= a->n; k++) {
        char *l = zp_svg_tick_label(a, k);
        int64_t tw = zp_svg_text_width(l, ZP_SVG_FS_AXIS);
        if (tw > w)
            w = tw;
        free(l);
    }
    return w;
}
