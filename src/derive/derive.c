/*
 * Deriving every figure of a unit-year, section by section, in the order a
 * report presents them. Keys are stable: framework formulas and report
 * templates refer to them (docs/frameworks.md lists them).
 */
#include <stdio.h>
#include <string.h>

#include "derive/figures.h"

const char *zp_derive_line_key(const char *account, const char *split, const zp_line *l, size_t i,
                               char *buf, size_t size)
{
    /* Nature lines have keys of their own (expenditure.basic); listed
     * classes are named by split and code (expenditure.function.206). */
    if (l->key)
        snprintf(buf, size, "%s.%s", account, l->key);
    else if (l->code)
        snprintf(buf, size, "%s%s%s.%s", account, split ? "." : "", split ? split : "", l->code);
    else
        snprintf(buf, size, "%s%s%s.%zu", account, split ? "." : "", split ? split : "", i + 1);
    return buf;
}

static const char *line_key(zp_derived *d, const char *account, const char *split,
                            const zp_line *l, size_t i)
{
    char buf[256];
    return zp_arena_strdup(d->arena, zp_derive_line_key(account, split, l, i, buf, sizeof buf));
}

/* A split's sum of field f over its lines, when every line has it. */
static bool split_sum(const zp_split *sp, zp_line_field f, zp_amount *out)
{
    zp_amount sum = {true, 0, 0, sp->at};
    if (!sp->n_lines)
        return false;
    for (size_t i = 0; i < sp->n_lines; i++) {
        zp_amount x;
        if (!zp_line_amount(&sp->lines[i], f, &x) ||
            __builtin_add_overflow(sum.fen, x.fen, &sum.fen) ||
            __builtin_add_overflow(sum.width, x.width, &sum.width))
            return false;
    }
    *out = sum;
    return true;
}

/* An account's total, made exact where the data allow: a total stated at
 * a coarser precision than its parts ("299.8" over parts that add up to
 * 299.81) stands for an interval, and the parts' sum, when it lies in that
 * interval, is the same quantity known more precisely (domain.md, "A
 * stated number is an interval"). Without this the report would print
 * "299.80" as if it were exact, contradicting its own parts. */
static void account_totals(const zp_account *a, zp_amount out[4])
{
    for (int f = ZP_BUDGET_INITIAL; f <= ZP_LAST_YEAR; f++) {
        zp_amount *best = &out[f];
        if (!zp_line_amount(&a->total, (zp_line_field)f, best)) {
            best->present = false;
            continue;
        }
        for (size_t s = 0; s < a->n_splits; s++) {
            zp_amount sum;
            if (!split_sum(&a->splits[s], (zp_line_field)f, &sum) || sum.width >= best->width)
                continue;
            /* |sum - total| <= (widths)/2: the intervals meet */
            int64_t diff = sum.fen > best->fen ? sum.fen - best->fen : best->fen - sum.fen;
            if (diff * 2 <= sum.width + best->width) {
                sum.at = best->at;
                *best = sum;
            }
        }
    }
}

static void derive_account(zp_derived *d, const zp_account *a, const char *key,
                           const char *label, const char *section)
{
    if (!a->present)
        return;
    zp_amount totals[4];
    account_totals(a, totals);
    zp_derive_line_of(d, &a->total, totals, key, label, section, NULL, NULL, 0);
    const zp_amount *total_final = totals[ZP_FINAL].present ? &totals[ZP_FINAL] : NULL;
    for (size_t s = 0; s < a->n_splits; s++) {
        const zp_split *sp = &a->splits[s];
        for (size_t i = 0; i < sp->n_lines; i++) {
            const zp_line *l = &sp->lines[i];
            const char *k = line_key(d, key, sp->key, l, i);
            zp_derive_line_of(d, l, NULL, k, l->name, sp->name, a->total.name, total_final, 1);
            for (size_t p = 0; p < l->n_parts; p++) {
                const zp_line *part = &l->parts[p];
                zp_derive_line_of(d, part, NULL, line_key(d, key, NULL, part, p), part->name, sp->name,
                                  a->total.name, total_final, 2);
            }
        }
    }
}

static void derive_three_public(zp_derived *d, const zp_three_public *t)
{
    if (!t->present)
        return;
    const char *sec = "三公经费";
    zp_derive_line(d, &t->total, "three_public", "“三公”经费", sec, NULL, 0);
    for (size_t i = 0; i < t->total.n_parts; i++) {
        const zp_line *l = &t->total.parts[i];
        const char *k = line_key(d, "three_public", NULL, l, i);
        zp_derive_line(d, l, k, l->name, sec, &t->total, 1);
        for (size_t p = 0; p < l->n_parts; p++) {
            const zp_line *part = &l->parts[p];
            zp_derive_line(d, part, line_key(d, k, NULL, part, p), part->name,
                           sec, &t->total, 2);
        }
    }
    /* 三公经费控制率 = 实际 ÷ 预算 is the execution rate of the total. */
    const zp_figure *rate = zp_derived_get(d, "three_public.execution_rate");
    if (rate) {
        zp_figure *f = zp_fig_add(d, ZP_FIG_RATE, "three_public.control_rate",
                                  "“三公”经费控制率", sec);
        f->defined = rate->defined;
        f->value = rate->value;
        f->shown = rate->shown;
        f->has_range = rate->has_range;
        f->range = rate->range;
        f->at = rate->at;
        f->line = rate->line;
        f->why = "“三公”经费决算数 ÷ 预算数";
    }
}

/* A count the data give, under section, in unit ("人", "个", "辆"). */
static void count_in(zp_derived *d, const char *key, const char *label, const char *section,
                     const char *unit, const zp_count *c)
{
    if (!c->present)
        return;
    zp_figure *f = zp_fig_add(d, ZP_FIG_COUNT, key, label, section);
    f->unit = unit;
    f->at = c->at;
    zp_fig_set(d, f, zp_rat_of_int(c->value));
    zp_fig_range(f, zp_interval_point(f->value));
}

static void count_figure(zp_derived *d, const char *key, const char *label, const zp_count *c)
{
    count_in(d, key, label, "人员", "人", c);
}

/* The parts of a headcount (局本级, 二级机构), by position. */
static void headcount_parts(zp_derived *d, const char *key, const char *label,
                            const zp_headcount *h)
{
    for (size_t i = 0; i < h->n_parts; i++) {
        const zp_headcount_part *p = &h->parts[i];
        count_figure(d, zp_arena_printf(d->arena, "%s.%zu", key, i + 1),
                     zp_arena_printf(d->arena, "%s%s", p->name, label), &p->count);
    }
}

/* How many internal bodies and subunits the unit has, and the counts of
 * 三公经费 (groups, persons, vehicles). */
static void derive_counts(zp_derived *d, const zp_unit *u)
{
    const zp_unit_info *in = &u->info;
    zp_count bodies = in->internal_body_count;
    if (!bodies.present && in->n_internal_bodies)
        bodies = (zp_count){true, (int64_t)in->n_internal_bodies, {u->file, 0, 0}};
    count_in(d, "unit.internal_bodies", "内设机构数", "机构", "个", &bodies);
    if (in->n_subunits) {
        zp_count n = {true, (int64_t)in->n_subunits, in->subunits[0].at};
        count_in(d, "unit.subunits", "下属单位数", "机构", "个", &n);
    }
    for (size_t i = 0; i < in->n_subunits; i++)
        count_in(d, zp_arena_printf(d->arena, "unit.subunits.%zu.authorized", i + 1),
                 zp_arena_printf(d->arena, "%s编制数", in->subunits[i].name), "机构", "人",
                 &in->subunits[i].authorized);
    const zp_three_public *t = &u->three_public;
    if (!t->present)
        return;
    const char *sec = "三公经费";
    count_in(d, "three_public.outbound.groups", "因公出国（境）团组数", sec, "个", &t->outbound_groups);
    count_in(d, "three_public.outbound.persons", "因公出国（境）人次", sec, "人次",
             &t->outbound_persons);
    count_in(d, "three_public.vehicles.held", "公务用车保有量", sec, "辆", &t->vehicles_held);
    count_in(d, "three_public.reception.groups", "公务接待团组数", sec, "个", &t->reception_groups);
    count_in(d, "three_public.reception.persons", "公务接待人次", sec, "人次",
             &t->reception_persons);
}

static void derive_staffing(zp_derived *d, const zp_staffing *s)
{
    if (!s->present)
        return;
    count_figure(d, "staffing.authorized", "编制数", &s->authorized.total);
    count_figure(d, "staffing.in_post", "在编在岗人数", &s->in_post.total);
    count_figure(d, "staffing.retired", "离退休人数", &s->retired);
    headcount_parts(d, "staffing.authorized", "编制数", &s->authorized);
    headcount_parts(d, "staffing.in_post", "在编在岗人数", &s->in_post);
    if (s->authorized.total.present && s->in_post.total.present) {
        zp_figure *f = zp_fig_add(d, ZP_FIG_RATE, "staffing.control_rate", "在职人员控制率",
                                  "人员");
        f->at = s->in_post.total.at;
        f->why = "在编在岗人数 ÷ 编制数";
        zp_rat v;
        if (s->authorized.total.value == 0)
            zp_fig_undefined(f, "编制数为零，无控制率");
        else if (zp_rat_percent(zp_rat_of_int(s->in_post.total.value),
                                zp_rat_of_int(s->authorized.total.value), &v)) {
            zp_fig_set(d, f, v);
            zp_fig_range(f, zp_interval_point(v));
        }
    }
}

/* ratio = numerator line's final ÷ denominator amount × 100, as a figure. */
static void ratio_figure(zp_derived *d, const char *key, const char *label, const char *section,
                         const char *why, const char *num_key, const char *den_key)
{
    const zp_figure *num = zp_derived_get(d, num_key);
    const zp_figure *den = zp_derived_get(d, den_key);
    if (!num || !den || !num->defined || !den->defined)
        return;
    zp_figure *f = zp_fig_add(d, ZP_FIG_RATE, key, label, section);
    f->at = num->at;
    f->why = why;
    zp_rat v;
    if (zp_rat_sign(den->value) == 0) {
        zp_fig_undefined(f, "分母为零");
        return;
    }
    if (!zp_rat_percent(num->value, den->value, &v))
        return;
    zp_fig_set(d, f, v);
    zp_interval q;
    if (num->has_range && den->has_range && zp_interval_div(num->range, den->range, &q) &&
        zp_interval_scale(q, zp_rat_of_int(100), &q))
        zp_fig_range(f, q);
}

static void derive_other(zp_derived *d, const zp_unit *u)
{
    if (u->assets.present) {
        zp_derive_line(d, &u->assets, "assets", "资产总额", "资产", NULL, 0);
        for (size_t i = 0; i < u->assets.n_parts; i++) {
            const zp_line *l = &u->assets.parts[i];
            zp_derive_line(d, l, line_key(d, "assets", NULL, l, i), l->name, "资产",
                           &u->assets, 1);
        }
    }
    if (u->procurement.present)
        zp_derive_line(d, &u->procurement, "procurement", "政府采购", "政府采购", NULL, 0);
    if (u->carryover.present) {
        zp_derive_line(d, &u->carryover, "carryover", "结转结余", "结转结余", NULL, 0);
        ratio_figure(d, "carryover.rate", "结转结余率", "结转结余", "结转结余总额 ÷ 支出预算数",
                     "carryover.final", "expenditure.budget");
    }
    if (u->key_spending.present) {
        zp_derive_line(d, &u->key_spending, "key_spending", "重点项目支出", "重点支出", NULL, 0);
        ratio_figure(d, "key_spending.rate", "重点支出安排率", "重点支出",
                     "重点项目支出 ÷ 项目支出", "key_spending.final",
                     "expenditure.project.final");
    }
    ratio_figure(d, "public_funds.control_rate", "公用经费控制率", "支出",
                 "公用经费决算数 ÷ 公用经费预算数", "expenditure.public.final",
                 "expenditure.public.budget");
    for (size_t i = 0; i < u->n_projects; i++) {
        const zp_project *p = &u->projects[i];
        zp_derive_line(d, &p->money, zp_arena_printf(d->arena, "projects.%zu", i + 1), p->name,
                       "项目", NULL, 0);
    }
}

zp_derived *zp_derive(const zp_unit *u)
{
    zp_arena *a = zp_arena_new();
    zp_derived *d = ZP_ARENA_NEW(a, zp_derived, 1);
    d->arena = (struct zp_arena *)a;
    d->unit = u;
    d->amount_exp = u->amount_exp;
    d->amount_places = 2;
    d->rate_places = 2;
    derive_account(d, &u->income, "income", "收入", "收入");
    derive_account(d, &u->expenditure, "expenditure", "支出", "支出");
    derive_three_public(d, &u->three_public);
    derive_staffing(d, &u->staffing);
    derive_counts(d, u);
    derive_other(d, u);
    return d;
}

void zp_derived_free(zp_derived *d)
{
    if (d)
        zp_arena_free(d->arena);
}


