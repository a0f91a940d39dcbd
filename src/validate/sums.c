/*
 * Parts and totals. A line with parts must equal their sum; every split of
 * an account must add up to its total; and where the total is not given,
 * the splits must at least agree with each other. Each check is done for
 * every amount the data give (budgets, final accounts, last year), as
 * intervals: a sum is wrong only if no values inside the stated roundings
 * make it right.
 */
#include <string.h>

#include "derive/figures.h"
#include "validate/validate_internal.h"

/* Sum of lines' amounts as an interval and a point; false if any line lacks it. */
typedef struct sum {
    zp_rat point;
    zp_interval range;
} sum;

static bool sum_lines(const zp_line *lines, size_t n, zp_line_field f, sum *out)
{
    if (n == 0)
        return false;
    out->point = zp_rat_of_int(0);
    out->range = zp_interval_point(out->point);
    for (size_t i = 0; i < n; i++) {
        zp_amount a;
        if (!zp_line_amount(&lines[i], f, &a))
            return false;
        if (!zp_rat_add(out->point, zp_amount_yuan(&a), &out->point) ||
            !zp_interval_add(out->range, zp_amount_range(&a), &out->range))
            return false;
    }
    return true;
}

/* "工资福利支出 407.72 + 商品和服务支出 159.14 + …" */
static char *terms(zp_vctx *v, const zp_line *lines, size_t n, zp_line_field f)
{
    zp_buf b;
    zp_buf_init(&b);
    for (size_t i = 0; i < n; i++) {
        zp_amount a;
        char num[ZP_NUMFMT_SIZE];
        if (!zp_line_amount(&lines[i], f, &a))
            continue;
        zp_buf_printf(&b, "%s%s %s", i ? " + " : "", lines[i].name ? lines[i].name : "?",
                      zp_fmt_amount(zp_amount_yuan(&a), v->exp, 2, num, sizeof num));
    }
    return zp_buf_take(&b);
}

/* Sum of the lines' stated changes, if every line states one. */
static bool sum_changes(const zp_line *lines, size_t n, zp_rat *out)
{
    *out = zp_rat_of_int(0);
    for (size_t i = 0; i < n; i++) {
        if (!lines[i].change.present ||
            !zp_rat_add(*out, zp_amount_yuan(&lines[i].change), out))
            return false;
    }
    return n > 0;
}

static void report_mismatch(zp_vctx *v, zp_mark at, const char *kind, const char *gloss,
                            const char *what, const char *whole_name, zp_line_field f,
                            const sum *parts, const char *parts_text, zp_rat whole,
                            zp_interval whole_range)
{
    char a[ZP_NUMFMT_SIZE], b[ZP_NUMFMT_SIZE], ia[ZP_NUMFMT_SIZE], ib[ZP_NUMFMT_SIZE];
    zp_diag *g = zp_diags_add(
        v->diags, ZP_ERROR, kind, at, gloss, "%s的%s合计 %s %s，与%s %s %s不一致", what,
        zp_line_field_label(f), zp_fmt_amount(parts->point, v->exp, 2, a, sizeof a), v->unit_name,
        whole_name, zp_fmt_amount(whole, v->exp, 2, b, sizeof b), v->unit_name);
    zp_diag_set_detail(g, "分项：%s\n分项合计可在 %s 之间，%s可在 %s 之间，两者没有交集", parts_text,
                       zp_fmt_interval(parts->range, v->exp, 3, "", ia, sizeof ia), whole_name,
                       zp_fmt_interval(whole_range, v->exp, 3, "", ib, sizeof ib));
}

/* A line whose parts must add up to it (基本支出 = 人员经费 + 公用经费). */
static void check_parts(zp_vctx *v, const zp_line *l)
{
    for (size_t i = 0; i < l->n_parts; i++)
        check_parts(v, &l->parts[i]);
    if (l->n_parts == 0)
        return;
    for (int f = ZP_BUDGET_INITIAL; f <= ZP_LAST_YEAR; f++) {
        sum s;
        const zp_amount *given = zp_line_given(l, (zp_line_field)f);
        zp_amount whole;
        /* Compare with what the line itself states, or with what follows
         * from its own stated change; never with its own sum of parts. */
        if (!given->present && !(f == ZP_LAST_YEAR && l->change.present && l->final.present))
            continue;
        if (!zp_line_amount(l, (zp_line_field)f, &whole) ||
            !sum_lines(l->parts, l->n_parts, (zp_line_field)f, &s))
            continue;
        if (zp_interval_overlaps(s.range, zp_amount_range(&whole)))
            continue;
        char *t = terms(v, l->parts, l->n_parts, (zp_line_field)f);
        char *what = zp_xasprintf("%s的各组成部分", l->name ? l->name : "");
        report_mismatch(v, whole.at, "parts-sum", "the parts do not add up to the line", what,
                        l->name ? l->name : "该项", (zp_line_field)f, &s, t,
                        zp_amount_yuan(&whole), zp_amount_range(&whole));
        free(what);
        free(t);
    }
}

/* The change on last year of a line: as stated, or this year less last year. */
static bool line_change(const zp_line *l, zp_rat *point, zp_interval *range)
{
    if (l->change.present) {
        *point = zp_amount_yuan(&l->change);
        *range = zp_amount_range(&l->change);
        return true;
    }
    zp_amount cur, last;
    return zp_line_amount(l, ZP_FINAL, &cur) && zp_line_amount(l, ZP_LAST_YEAR, &last) &&
           zp_rat_sub(zp_amount_yuan(&cur), zp_amount_yuan(&last), point) &&
           zp_interval_sub(zp_amount_range(&cur), zp_amount_range(&last), range);
}

/* When a split gives its lines' changes but not their amounts, the changes
 * must still add up to the total's change. (Where the amounts are given,
 * the last-year check above already covers this.) */
static void check_split_changes(zp_vctx *v, const zp_account *a, const zp_split *sp)
{
    sum parts;
    zp_rat total;
    zp_interval total_range;
    if (sum_lines(sp->lines, sp->n_lines, ZP_LAST_YEAR, &parts) ||
        !line_change(&a->total, &total, &total_range) || sp->n_lines == 0)
        return;
    parts.point = zp_rat_of_int(0);
    parts.range = zp_interval_point(parts.point);
    zp_buf t;
    zp_buf_init(&t);
    for (size_t i = 0; i < sp->n_lines; i++) {
        zp_rat p;
        zp_interval r;
        char num[ZP_NUMFMT_SIZE];
        if (!line_change(&sp->lines[i], &p, &r) || !zp_rat_add(parts.point, p, &parts.point) ||
            !zp_interval_add(parts.range, r, &parts.range)) {
            zp_buf_free(&t);
            return;
        }
        zp_buf_printf(&t, "%s%s %s", i ? " + " : "", sp->lines[i].name ? sp->lines[i].name : "?",
                      zp_fmt_amount(p, v->exp, 2, num, sizeof num));
    }
    if (!zp_interval_overlaps(parts.range, total_range)) {
        char a1[ZP_NUMFMT_SIZE], a2[ZP_NUMFMT_SIZE], i1[ZP_NUMFMT_SIZE], i2[ZP_NUMFMT_SIZE];
        zp_diag *g = zp_diags_add(
            v->diags, ZP_ERROR, "split-change-sum", sp->at,
            "the parts' changes do not add up to the total's change",
            "%s各项比上年增减额合计 %s %s，与总额的增减额 %s %s不一致", sp->name,
            zp_fmt_amount(parts.point, v->exp, 2, a1, sizeof a1), v->unit_name,
            zp_fmt_amount(total, v->exp, 2, a2, sizeof a2), v->unit_name);
        zp_diag_set_detail(g, "分项：%s\n分项合计可在 %s 之间，总额增减可在 %s 之间", t.data,
                           zp_fmt_interval(parts.range, v->exp, 3, "", i1, sizeof i1),
                           zp_fmt_interval(total_range, v->exp, 3, "", i2, sizeof i2));
    }
    zp_buf_free(&t);
}

/* Every split of an account adds up to its total; splits agree with each other. */
static void check_splits(zp_vctx *v, const zp_account *a, const char *account_name)
{
    if (!a->present)
        return;
    check_parts(v, &a->total);
    for (size_t s = 0; s < a->n_splits; s++) {
        for (size_t i = 0; i < a->splits[s].n_lines; i++)
            check_parts(v, &a->splits[s].lines[i]);
        check_split_changes(v, a, &a->splits[s]);
    }
    for (int f = ZP_BUDGET_INITIAL; f <= ZP_LAST_YEAR; f++) {
        zp_amount total;
        bool has_total = zp_line_amount(&a->total, (zp_line_field)f, &total);
        const zp_split *first = NULL; /* the first split that adds up, to compare others with */
        sum first_sum;
        for (size_t s = 0; s < a->n_splits; s++) {
            const zp_split *sp = &a->splits[s];
            sum ss;
            if (!sum_lines(sp->lines, sp->n_lines, (zp_line_field)f, &ss))
                continue;
            char *what = zp_xasprintf("%s", a->splits[s].name);
            if (has_total) {
                if (!zp_interval_overlaps(ss.range, zp_amount_range(&total))) {
                    char *t = terms(v, sp->lines, sp->n_lines, (zp_line_field)f);
                    char *whole = zp_xasprintf("%s总额", account_name);
                    report_mismatch(v, sp->at, "split-sum",
                                    "a split does not add up to its total", what, whole,
                                    (zp_line_field)f, &ss, t, zp_amount_yuan(&total),
                                    zp_amount_range(&total));
                    free(whole);
                    free(t);
                }
            } else if (!first) {
                first = sp;
                first_sum = ss;
            } else if (!zp_interval_overlaps(ss.range, first_sum.range)) {
                char *t = terms(v, sp->lines, sp->n_lines, (zp_line_field)f);
                char *whole = zp_xasprintf("%s的合计", first->name);
                report_mismatch(v, sp->at, "splits-disagree",
                                "two splits of one total disagree", what, whole,
                                (zp_line_field)f, &ss, t, first_sum.point, first_sum.range);
                zp_diag *g = &v->diags->items[v->diags->count - 1];
                /* When both splits state their changes on last year, say how
                 * far apart the changes are: that is where the error shows. */
                zp_rat c1, c2;
                char n1[ZP_NUMFMT_SIZE], n2[ZP_NUMFMT_SIZE];
                if (f == ZP_LAST_YEAR && sum_changes(sp->lines, sp->n_lines, &c1) &&
                    sum_changes(first->lines, first->n_lines, &c2)) {
                    char *old = g->detail;
                    g->detail = zp_xasprintf(
                        "%s\n两种分类比上年的增减额合计也不相同：%s合计 %s，%s合计 %s；同一总额的两种分类，增减额之和必须相等",
                        old, sp->name, zp_fmt_amount(c1, v->exp, 2, n1, sizeof n1), first->name,
                        zp_fmt_amount(c2, v->exp, 2, n2, sizeof n2));
                    free(old);
                }
                free(whole);
                free(t);
            }
            free(what);
        }
    }
}

void zp_validate_sums(zp_vctx *v)
{
    const zp_unit *u = v->u;
    check_splits(v, &u->income, "收入");
    check_splits(v, &u->expenditure, "支出");
    if (u->three_public.present)
        check_parts(v, &u->three_public.total);
    if (u->assets.present)
        check_parts(v, &u->assets);
}
