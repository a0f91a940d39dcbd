/*
 * Parts and totals. A total is split by the national classifications
 * (基本支出 + 项目支出; 人员经费 + 公用经费; 功能分类; 经济分类; the three
 * public expenses): the parts of a complete split add up to the total, each
 * split's changes add up to the total's change, and so two splits of one
 * total must change by the same amount. Shares are parts over the total the
 * sentence names. Parts a report lists after 其中 that no classification
 * knows are checked by what 其中 promises: they cannot exceed the total,
 * and counts of people listed in full (编制 11 人，其中 4 人 … 7 人) add up.
 */
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"



void zp_ck_val_from_item(const zp_item *it, int sign, zp_val *v)
{
    memset(v, 0, sizeof *v);
    if (!it || (it->num.flags & (ZN_APPROX | ZN_BOUND)))
        return;
    if (!zp_ck_item_interval(it, &v->iv) || !zp_ck_item_rat(it, &v->r))
        return;
    if (sign < 0 && zp_rat_sign(v->r) > 0) {
        v->r = zp_rat_neg(v->r);
        v->iv = zp_interval_neg(v->iv);
    }
    v->ok = true;
    v->from = it->num.start;
    v->to = it->num.end;
    v->n = 1;
    v->it = it;
}

void zp_ck_frame_amount(const zp_checker *c, const zp_frame *f, zp_val *v)
{
    static const int roles[] = {ZR_AMOUNT, ZR_ACTUAL, ZR_COUNT, ZR_BUDGET};
    memset(v, 0, sizeof *v);
    for (size_t k = 0; k < 4 && !v->ok; k++)
        if (f->slot[roles[k]] >= 0)
            zp_ck_val_from_item(zp_ck_frame_item(c, f, roles[k]), 0, v);
}

bool zp_ck_nums_alike(const zp_num *a, const zp_num *b)
{
    return a->family == b->family && (a->family == ZF_MONEY || !strcmp(a->unit, b->unit));
}

bool zp_ck_items_alike(const zp_item *a, const zp_item *b)
{
    return zp_ck_nums_alike(&a->num, &b->num);
}

bool zp_ck_val_add(zp_val *acc, const zp_val *x)
{
    if (!acc->ok) {
        *acc = *x;
        return true;
    }
    if (!zp_interval_add(acc->iv, x->iv, &acc->iv) || !zp_rat_add(acc->r, x->r, &acc->r))
        return false;
    if (x->from < acc->from)
        acc->from = x->from;
    if (x->to > acc->to)
        acc->to = x->to;
    acc->n += x->n;
    acc->it = NULL;
    return true;
}

static void stated_as(const zp_checker *c, int cat, zp_measure m, zp_val *v);

/* The stated value of a category for a zp_measure, in this paragraph. The
 * total expenditure may be stated as 财政拨款支出 when all of it is. */
static void stated(const zp_checker *c, int cat, zp_measure m, zp_val *v)
{
    stated_as(c, cat, m, v);
    if (!v->ok && cat == ZC_EXP)
        stated_as(c, ZC_FISCAL_EXP, m, v);
}

static void stated_as(const zp_checker *c, int cat, zp_measure m, zp_val *v)
{
    memset(v, 0, sizeof *v);
    static const int amount_roles[] = {ZR_AMOUNT, ZR_ACTUAL};
    if (m == ZP_M_AMOUNT) {
        for (size_t k = 0; k < 2 && !v->ok; k++) {
            int f = zp_ck_cat_frame(c, cat, amount_roles[k]);
            if (f >= 0)
                zp_ck_val_from_item(zp_ck_frame_item(c, &c->p.frames[f], amount_roles[k]), 0, v);
        }
        return;
    }
    int role = m == ZP_M_BUDGET ? ZR_BUDGET : m == ZP_M_CHANGE ? ZR_CHANGE : ZR_LAST;
    int f = zp_ck_cat_frame(c, cat, role);
    if (f >= 0) {
        const zp_frame *fr = &c->p.frames[f];
        zp_ck_val_from_item(zp_ck_frame_item(c, fr, role), m == ZP_M_CHANGE ? fr->sign[role] : 0, v);
    }
}

/* The categories of each parent's splits, worked out once. */
enum { MAX_CATS = 64, MAX_KIDS = 32 };
static signed char kid_table[MAX_CATS][ZS__N][MAX_KIDS];
static unsigned char kid_count[MAX_CATS][ZS__N];
static bool kids_ready;

static void build_kids(void)
{
    for (int i = 0; i < zp_ck_ncategories && i < MAX_CATS; i++) {
        int p = zp_ck_categories[i].parent;
        zp_split s = zp_ck_categories[i].split;
        if (p >= 0 && p < MAX_CATS && kid_count[p][s] < MAX_KIDS)
            kid_table[p][s][kid_count[p][s]++] = (signed char)i;
    }
    kids_ready = true;
}

static int children(int parent, zp_split split, int *out, int max)
{
    if (!kids_ready)
        build_kids();
    if (parent < 0 || parent >= MAX_CATS)
        return 0;
    int n = kid_count[parent][split] < max ? kid_count[parent][split] : max;
    for (int i = 0; i < n; i++)
        out[i] = kid_table[parent][split][i];
    return n;
}

/* Does the paragraph state anything of a category or of one below it? */
static bool touched(const zp_checker *c, int cat, int depth)
{
    (void)depth;
    return cat >= 0 && cat < zp_ck_ncategories && c->p.touched[cat];
}


/* A whole: stated here, made from its parts here, or stated earlier under
 * the same heading (a total in one paragraph, its split in the next). */
void zp_ck_total_value(const zp_checker *c, int cat, zp_measure m, zp_val *v)
{
    zp_ck_value(c, cat, m, v, 0);
    if (v->ok || (m != ZP_M_AMOUNT && m != ZP_M_BUDGET))
        return;
    int cats[2] = {cat, cat == ZC_EXP ? ZC_FISCAL_EXP : -1};
    for (int k = 0; k < 2 && !v->ok; k++) {
        if (cats[k] < 0)
            continue;
        /* Under a fund's heading, that fund's total (as the ledger keeps it). */
        char funded[192];
        const char *name = zp_ck_fund_key(c, zp_ck_categories[cats[k]].name, funded, sizeof funded);
        const zp_entry *e =
            zp_ck_ledger_find(c, name, m == ZP_M_AMOUNT ? ZR_AMOUNT : ZR_BUDGET, c->project);
        if (e)
            zp_ck_val_from_entry(e, v);
    }
}

/* A complete split's sum, when every part is known. */
void zp_ck_split_sum(const zp_checker *c, int parent, zp_split split, zp_measure m, zp_val *v, int depth)
{
    memset(v, 0, sizeof *v);
    int kids[32];
    int n = children(parent, split, kids, 32);
    if (n < 2 || !zp_ck_split_complete(split))
        return;
    zp_val acc;
    memset(&acc, 0, sizeof acc);
    for (int i = 0; i < n; i++) {
        zp_val x;
        zp_ck_value(c, kids[i], m, &x, depth + 1);
        if (!x.ok && zp_ck_categories[kids[i]].optional)
            continue;
        if (!x.ok || !zp_ck_val_add(&acc, &x))
            return;
    }
    *v = acc;
}

/* Stated, or made: last year's from this year's and the change, a total
 * from a complete split. */
void zp_ck_value(const zp_checker *c, int cat, zp_measure m, zp_val *v, int depth)
{
    stated(c, cat, m, v);
    if (v->ok || depth > 3)
        return;
    if (m == ZP_M_LAST) {
        zp_val a, d;
        zp_ck_value(c, cat, ZP_M_AMOUNT, &a, depth + 1);
        stated(c, cat, ZP_M_CHANGE, &d);
        if (a.ok && d.ok && zp_interval_sub(a.iv, d.iv, &v->iv) && zp_rat_sub(a.r, d.r, &v->r)) {
            v->ok = true;
            v->from = a.from < d.from ? a.from : d.from;
            v->to = a.to > d.to ? a.to : d.to;
            v->n = a.n + d.n;
        }
        if (v->ok)
            return;
    }
    for (int s = ZS_NATURE; s < ZS__N && !v->ok; s++)
        zp_ck_split_sum(c, cat, (zp_split)s, m, v, depth);
}

static const char *measure_name(zp_measure m)
{
    return m == ZP_M_AMOUNT ? "金额" : m == ZP_M_BUDGET ? "预算数" : m == ZP_M_CHANGE ? "增减额" : "上年数";
}

static void report_sum(zp_checker *c, int parent, const zp_val *total, const zp_val *sum, zp_measure m,
                       const char *parts)
{
    if (zp_interval_overlaps(total->iv, sum->iv))
        return;
    size_t from = sum->from < total->from ? sum->from : total->from;
    size_t to = total->ext || sum->to > total->to ? sum->to : total->to;
    zp_finding *g = zp_ck_report(c, ZP_ERROR, "arithmetic", "sum", from, to,
                              "parts do not add up to the total", "%s的各部分之和与总数不符（%s）",
                              zp_ck_categories[parent].name, measure_name(m));
    if (!g)
        return;
    /* Which figure to show as stated: the total. */
    const zp_item *ti = total->it;
    if (ti)
        zp_ck_finding_stated(g, ti->num.value, ti->num.unit);
    else if (total->ext)
        zp_ck_finding_stated(g, total->ext->value, total->ext->unit);
    if (ti) {
        zp_ck_finding_computed_as(g, sum->r, &sum->iv, 2, 3, &ti->num);
    } else {
        zp_ck_finding_computed(g, sum->r, 2, "万元");
        zp_ck_finding_allowed(g, sum->iv, 3, "万元");
    }
    if (total->ext)
        zp_ck_finding_note(g, "%s；总数见第 %d 行", parts, total->ext->line);
    else
        zp_ck_finding_note(g, "%s", parts);
}

/* Which parts of a split are stated here (all of a complete split, or the
 * ones listed after 按…分类分 for 功能/经济分类). */
static int present_parts(const zp_checker *c, int parent, zp_split split, zp_measure m, int *out)
{
    int kids[32];
    int n = children(parent, split, kids, 32), k = 0;
    for (int i = 0; i < n; i++) {
        zp_val x;
        if (zp_ck_split_complete(split))
            zp_ck_value(c, kids[i], m, &x, 1);
        else
            stated(c, kids[i], m, &x);
        if (x.ok)
            out[k++] = kids[i];
        else if (zp_ck_split_complete(split) && !zp_ck_categories[kids[i]].optional)
            return 0;
    }
    return k;
}

/* "基本支出 60.00 + 项目支出 41.00", in the unit of as (万元 when NULL). */
static void parts_text(const zp_checker *c, const int *kids, int n, zp_measure m, const zp_num *as,
                       char *buf, size_t size)
{
    size_t o = 0;
    buf[0] = '\0';
    for (int i = 0; i < n && o + 1 < size; i++) {
        zp_val x;
        zp_ck_value(c, kids[i], m, &x, 1);
        char num[48];
        zp_rat shown = x.r;
        if (as && !zp_ck_rat_in_unit_of(as, x.r, &shown))
            shown = x.r, as = NULL;
        zp_ck_fmt_rat(shown, as ? as->value.scale : 2, num, sizeof num);
        int w = snprintf(buf + o, size - o, "%s%s %s", i ? " + " : "", zp_ck_categories[kids[i]].name,
                         num);
        if (w < 0 || (size_t)w >= size - o)
            break;
        o += (size_t)w;
    }
}

/* Is category cat (transitively) below whole? */
static bool is_below(int cat, int whole)
{
    for (int up = cat >= 0 ? zp_ck_categories[cat].parent : -1; up >= 0;
         up = zp_ck_categories[up].parent)
        if (up == whole)
            return true;
    return false;
}

/* Does the paragraph's 其中 list of the whole name parts outside its
 * classification ("三公经费合计 1000.86 万，其中：…公务接待费…、会议费…、
 * 培训费…", a region's own 三公 that counts meetings and training)? Then the
 * list, which parts.c checks, says what the total is made of. */
static bool lists_others(const zp_checker *c, int whole, zp_measure m)
{
    int roles[2] = {ZR_BUDGET, -1};
    if (m != ZP_M_BUDGET) {
        roles[0] = ZR_AMOUNT;
        roles[1] = ZR_ACTUAL;
    }
    for (int r = 0; r < 2; r++) {
        int f = roles[r] >= 0 ? zp_ck_cat_frame(c, whole, roles[r]) : -1;
        for (size_t i = f >= 0 ? (size_t)f + 1 : c->p.nframes; i < c->p.nframes; i++) {
            const zp_frame *q = &c->p.frames[i];
            const zp_item *it = zp_ck_frame_item(c, q, roles[0]);
            if (!it && roles[1] >= 0)
                it = zp_ck_frame_item(c, q, roles[1]);
            if (q->parent == f && !is_below(q->cat, whole) && it && it->num.family == ZF_MONEY)
                return true;
        }
    }
    return false;
}

static void check_split_sums(zp_checker *c)
{
    for (int parent = 0; parent < zp_ck_ncategories; parent++) {
        if (!touched(c, parent, 0))
            continue;
        for (int s = ZS_NATURE; s < ZS__N; s++) {
            if (!c->p.declared[s] || s == ZS_INCOME)
                continue;
            static const zp_measure ms[] = {ZP_M_AMOUNT, ZP_M_BUDGET};
            for (size_t k = 0; k < 2; k++) {
                zp_val total;
                stated(c, parent, ms[k], &total);
                if (!total.ok && !zp_ck_split_complete((zp_split)s))
                    zp_ck_total_value(c, parent, ms[k], &total);
                if (!total.ok || lists_others(c, parent, ms[k]))
                    continue;
                int kids[32];
                int n = present_parts(c, parent, (zp_split)s, ms[k], kids);
                if (n < 2)
                    continue;
                zp_val sum;
                memset(&sum, 0, sizeof sum);
                bool ok = true;
                for (int i = 0; i < n && ok; i++) {
                    zp_val x;
                    zp_ck_value(c, kids[i], ms[k], &x, 1);
                    ok = x.ok && zp_ck_val_add(&sum, &x);
                }
                if (!ok)
                    continue;
                char parts[512];
                parts_text(c, kids, n, ms[k], total.it ? &total.it->num : NULL, parts,
                           sizeof parts);
                report_sum(c, parent, &total, &sum, ms[k], parts);
            }
        }
    }
}

/* The changes of each split of a total, against the total's and each other. */
static void check_split_changes(zp_checker *c)
{
    for (int parent = 0; parent < zp_ck_ncategories; parent++) {
        if (!touched(c, parent, 0))
            continue;
        zp_val total;
        stated(c, parent, ZP_M_CHANGE, &total);
        zp_val sums[ZS__N];
        int kinds[ZS__N], nk = 0;
        for (int s = ZS_NATURE; s < ZS__N; s++) {
            if (!c->p.declared[s] || s == ZS_INCOME)
                continue;
            int kids[32];
            int n = present_parts(c, parent, (zp_split)s, ZP_M_CHANGE, kids);
            if (n < 2)
                continue;
            /* Every part with an amount here must have its change here. */
            int with_amount[32];
            int na = present_parts(c, parent, (zp_split)s, ZP_M_AMOUNT, with_amount);
            if (!zp_ck_split_complete((zp_split)s) && na > n)
                continue;
            zp_val sum;
            memset(&sum, 0, sizeof sum);
            bool ok = true;
            for (int i = 0; i < n && ok; i++) {
                zp_val x;
                zp_ck_value(c, kids[i], ZP_M_CHANGE, &x, 1);
                ok = x.ok && zp_ck_val_add(&sum, &x);
            }
            if (!ok)
                continue;
            sums[nk] = sum;
            kinds[nk++] = s;
            char parts[512];
            parts_text(c, kids, n, ZP_M_CHANGE, total.it ? &total.it->num : NULL, parts,
                       sizeof parts);
            if (total.ok && !zp_interval_overlaps(total.iv, sum.iv)) {
                size_t from = sum.from, to = sum.to;
                zp_finding *g = zp_ck_report(c, ZP_ERROR, "arithmetic", "split-change", from, to,
                                          "the parts' changes do not add up to the total's change",
                                          "%s各部分的增减额之和与总额的增减额不符",
                                          zp_ck_categories[parent].name);
                const zp_item *ti = total.it;
                if (g && ti) {
                    zp_ck_finding_stated(g, ti->num.value, ti->num.unit);
                    zp_ck_finding_computed_as(g, sum.r, &sum.iv, 2, 3, &ti->num);
                    zp_ck_finding_note(g, "%s", parts);
                }
            }
        }
        for (int i = 1; i < nk; i++) {
            for (int j = 0; j < i; j++) {
                if (zp_interval_overlaps(sums[i].iv, sums[j].iv))
                    continue;
                static const char *const split_names[ZS__N] = {
                    "", "支出性质", "基本支出构成", "功能分类", "经济分类", "三公经费", "公务用车", "收入"};
                zp_finding *g = zp_ck_report(
                    c, ZP_ERROR, "arithmetic", "split-change", sums[i].from, sums[i].to,
                    "two splits of one total change by different amounts",
                    "按%s分的各项增减额之和（%s%s）与按%s分的（%s%s）不同：同一总额的两种分法，"
                    "增减额必须相同",
                    split_names[kinds[i]], zp_rat_sign(sums[i].r) >= 0 ? "+" : "",
                    zp_rat_format(sums[i].r, 2, (char[48]){0}, 48), split_names[kinds[j]],
                    zp_rat_sign(sums[j].r) >= 0 ? "+" : "", zp_rat_format(sums[j].r, 2, (char[48]){0}, 48));
                if (g) {
                    zp_ck_finding_computed(g, sums[i].r, 2, "万元");
                    zp_ck_finding_allowed(g, sums[j].iv, 3, "万元");
                    char a[512], b[512];
                    int ka[32], kb[32];
                    int na = present_parts(c, parent, (zp_split)kinds[i], ZP_M_CHANGE, ka);
                    int nb = present_parts(c, parent, (zp_split)kinds[j], ZP_M_CHANGE, kb);
                    parts_text(c, ka, na, ZP_M_CHANGE, NULL, a, sizeof a);
                    parts_text(c, kb, nb, ZP_M_CHANGE, NULL, b, sizeof b);
                    zp_ck_finding_note(g, "%s；而 %s", a, b);
                }
                i = nk; /* one finding per total */
                break;
            }
        }
    }
}

/* A total's change rate when only its parts give its two years (三公经费:
 * "总额比上年增加 305.33%，其中 …"). */
static void check_derived_rates(zp_checker *c)
{
    for (int cat = 0; cat < zp_ck_ncategories; cat++) {
        int f = zp_ck_cat_frame(c, cat, ZR_CHANGE_PCT);
        if (f < 0)
            continue;
        const zp_frame *fr = &c->p.frames[f];
        if (fr->slot[ZR_AMOUNT] >= 0 || fr->slot[ZR_ACTUAL] >= 0 || fr->slot[ZR_LAST] >= 0 ||
            fr->vs_budget)
            continue;
        zp_val a, l, e;
        zp_ck_value(c, cat, ZP_M_AMOUNT, &a, 0);
        zp_ck_value(c, cat, ZP_M_LAST, &l, 0);
        const zp_item *ei = zp_ck_frame_item(c, fr, ZR_CHANGE_PCT);
        zp_ck_val_from_item(ei, fr->sign[ZR_CHANGE_PCT], &e);
        if (!a.ok || !l.ok || !e.ok || a.n < 2)
            continue;
        zp_interval iv;
        zp_rat point;
        if (!zp_ck_f_pct_from_last(a.iv, l.iv, &iv) || !zp_rat_sub(a.r, l.r, &point) ||
            !zp_rat_percent(point, l.r, &point))
            continue;
        if (zp_interval_overlaps(e.iv, iv))
            continue;
        zp_finding *g = zp_ck_report(c, ZP_ERROR, "arithmetic", "yoy", ei->num.start, ei->num.end,
                                  "change rate does not match the parts' two years",
                                  "%s的增减率与各项本年数、上年数之和不符", zp_ck_categories[cat].name);
        int places = zp_ck_places_for(ei->num.value);
        zp_ck_finding_stated(g, ei->num.value, "%");
        zp_ck_finding_computed(g, point, places, "%");
        zp_ck_finding_allowed(g, iv, places, "%");
        char sa[48], sl[48];
        zp_ck_fmt_rat(a.r, 2, sa, sizeof sa);
        zp_ck_fmt_rat(l.r, 2, sl, sizeof sl);
        zp_ck_finding_note(g, "本年合计 %s，上年合计 %s（由各项相加）", sa, sl);
    }
}

void zp_ck_splits_check(zp_checker *c)
{
    bool any = false;
    for (size_t i = 0; i < c->p.nframes && !any; i++)
        any = c->p.frames[i].cat >= 0 || c->p.frames[i].parent >= 0 ||
              c->p.frames[i].slot[ZR_SHARE] >= 0;
    if (!any)
        return;
    check_split_sums(c);
    check_split_changes(c);
    check_derived_rates(c);
    zp_ck_shares_check(c);
    zp_ck_qizhong_check(c);
}
