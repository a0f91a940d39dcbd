/*
 * Figures the report states against the figures the data give: execution
 * rates, changes on last year and their rates, shares. A stated figure is
 * the interval its rounding allows; it is wrong only when that interval
 * misses everything the data's own rounding allows.
 */
#include <string.h>

#include "derive/figures.h"
#include "validate/validate_internal.h"

static const char *last_key_part(const char *key)
{
    const char *dot = strrchr(key, '.');
    return dot ? dot + 1 : key;
}

/* Would the stated rate fit if it were computed on this year's amount
 * instead of last year's? The most common slip in these reports. */
static bool fits_wrong_base(const zp_figure *f, zp_interval stated)
{
    const zp_line *l = f->line;
    zp_amount final;
    if (!l || !zp_line_amount(l, ZP_FINAL, &final) || final.fen == 0)
        return false;
    zp_interval change, q;
    if (l->change.present) {
        change = zp_amount_range(&l->change);
    } else {
        zp_amount last;
        if (!zp_line_amount(l, ZP_LAST_YEAR, &last) ||
            !zp_interval_sub(zp_amount_range(&final), zp_amount_range(&last), &change))
            return false;
    }
    return zp_interval_div(change, zp_amount_range(&final), &q) &&
           zp_interval_scale(q, zp_rat_of_int(100), &q) && zp_interval_overlaps(q, stated);
}

static void check_rate(zp_vctx *v, const zp_figure *f, const zp_value *stated,
                       const char *what)
{
    if (!stated->present)
        return;
    char s[ZP_NUMFMT_SIZE], c[ZP_NUMFMT_SIZE], is[ZP_NUMFMT_SIZE], ic[ZP_NUMFMT_SIZE];
    zp_dec_format(stated->dec, true, s, sizeof s);
    zp_interval st;
    if (!zp_interval_of_dec(stated->dec, &st))
        return;
    if (!f->defined) {
        if (f->why && strstr(f->why, "上年无此项")) {
            zp_diag *g = zp_diags_add(
                v->diags, ZP_ERROR, "zero-base", stated->at,
                "growth from a zero base has no percentage",
                "%s：上年为零，增减率没有意义，报告却写作 %s%%；应写“%s”", f->label, s, f->why);
            zp_diag_set_detail(g, "上年决算数为 0，任何增长除以 0 都没有定义");
        }
        return;
    }
    zp_interval range = f->has_range ? f->range : zp_interval_point(f->value);
    if (zp_interval_overlaps(st, range))
        return;
    zp_diag *g = zp_diags_add(v->diags, ZP_ERROR, "stated-figure", stated->at,
                              "the stated figure disagrees with the data",
                              "%s报告为 %s%%，按数据计算应为 %s", what, s,
                              zp_fmt_rate(f->value, 2, c, sizeof c));
    const char *hint = "";
    if (!strcmp(last_key_part(f->key), "change_rate") && fits_wrong_base(f, st))
        hint = "\n报告的数值是以本年数为基数算出的；增减率应以上年数为基数";
    zp_diag_set_detail(g, "报告：%s%%（代表 %s）\n计算：%s（%s；数据的舍入允许 %s）%s", s,
                       zp_fmt_interval(st, 0, 3, "%", is, sizeof is), c, f->why ? f->why : "",
                       zp_fmt_interval(range, 0, 3, "%", ic, sizeof ic), hint);
}

/* A line that states both last year's amount and the change: they must agree. */
static void check_change(zp_vctx *v, const zp_line *l)
{
    zp_amount final;
    if (!l->change.present || !l->last_year.present || !zp_line_amount(l, ZP_FINAL, &final))
        return;
    zp_interval diff;
    if (!zp_interval_sub(zp_amount_range(&final), zp_amount_range(&l->last_year), &diff) ||
        zp_interval_overlaps(diff, zp_amount_range(&l->change)))
        return;
    char a[ZP_NUMFMT_SIZE], b[ZP_NUMFMT_SIZE], c[ZP_NUMFMT_SIZE];
    zp_rat d;
    zp_rat_sub(zp_amount_yuan(&final), zp_amount_yuan(&l->last_year), &d);
    zp_diags_add(v->diags, ZP_ERROR, "stated-change", l->change.at,
                 "the stated change disagrees with this year and last year",
                 "%s比上年增减额报告为 %s %s，但本年 %s 减上年 %s 为 %s", l->name ? l->name : "",
                 zp_fmt_amount(zp_amount_yuan(&l->change), v->exp, 2, a, sizeof a), v->unit_name,
                 zp_fmt_amount(zp_amount_yuan(&final), v->exp, 2, b, sizeof b),
                 zp_fmt_amount(zp_amount_yuan(&l->last_year), v->exp, 2, c, sizeof c),
                 zp_fmt_amount(d, v->exp, 2, (char[ZP_NUMFMT_SIZE]){0}, ZP_NUMFMT_SIZE));
}

void zp_validate_stated(zp_vctx *v)
{
    const zp_derived *d = v->d;
    for (size_t i = 0; i < d->count; i++) {
        const zp_figure *f = d->items[i];
        const zp_line *l = f->line;
        if (!l)
            continue;
        const char *part = last_key_part(f->key);
        char *what;
        if (!strcmp(part, "execution_rate")) {
            what = zp_xasprintf("%s预算执行率", l->name ? l->name : "");
            check_rate(v, f, &l->stated_rate, what);
        } else if (!strcmp(part, "change_rate")) {
            what = zp_xasprintf("%s比上年增减率", l->name ? l->name : "");
            check_rate(v, f, &l->stated_change_rate, what);
        } else if (!strcmp(part, "share")) {
            what = zp_xasprintf("%s占比", l->name ? l->name : "");
            check_rate(v, f, &l->stated_share, what);
        } else if (!strcmp(part, "final")) {
            check_change(v, l);
            continue;
        } else {
            continue;
        }
        free(what);
    }
}
