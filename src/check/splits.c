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

typedef enum { M_AMOUNT, M_BUDGET, M_CHANGE, M_LAST, M__N } measure;

/* A value, stated or made from stated figures. */
typedef struct val {
    bool ok;
    zp_interval iv;
    zp_rat r;
    size_t from, to; /* the figures it was made of, in the paragraph */
    int n;           /* how many figures */
    bool approx;
    const zp_item *it; /* the figure, when it is one */
    const zp_entry *ext; /* or the earlier statement it comes from */
} val;

static void val_from_item(const zp_item *it, int sign, val *v)
{
    memset(v, 0, sizeof *v);
    if (!it || (it->num.flags & (ZN_APPROX | ZN_BOUND)))
        return;
    if (!zp_ck_item_interval(it, &v->iv) || !zp_ck_item_rat(it, &v->r))
        return;
    if (sign < 0 && zp_rat_sign(v->r) > 0) {
        v->r = zp_rat_neg(v->r);
        zp_interval n = {zp_rat_neg(v->iv.hi), zp_rat_neg(v->iv.lo)};
        v->iv = n;
    }
    v->ok = true;
    v->from = it->num.start;
    v->to = it->num.end;
    v->n = 1;
    v->it = it;
}

static bool val_add(val *acc, const val *x)
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

static void stated_as(const zp_checker *c, int cat, measure m, val *v);

/* The stated value of a category for a measure, in this paragraph. The
 * total expenditure may be stated as 财政拨款支出 when all of it is. */
static void stated(const zp_checker *c, int cat, measure m, val *v)
{
    stated_as(c, cat, m, v);
    if (!v->ok && cat == ZC_EXP)
        stated_as(c, ZC_FISCAL_EXP, m, v);
}

static void stated_as(const zp_checker *c, int cat, measure m, val *v)
{
    memset(v, 0, sizeof *v);
    static const int amount_roles[] = {ZR_AMOUNT, ZR_ACTUAL};
    if (m == M_AMOUNT) {
        for (size_t k = 0; k < 2 && !v->ok; k++) {
            int f = zp_ck_cat_frame(c, cat, amount_roles[k]);
            if (f >= 0)
                val_from_item(zp_ck_frame_item(c, &c->p.frames[f], amount_roles[k]), 0, v);
        }
        return;
    }
    int role = m == M_BUDGET ? ZR_BUDGET : m == M_CHANGE ? ZR_CHANGE : ZR_LAST;
    int f = zp_ck_cat_frame(c, cat, role);
    if (f >= 0) {
        const zp_frame *fr = &c->p.frames[f];
        val_from_item(zp_ck_frame_item(c, fr, role), m == M_CHANGE ? fr->sign[role] : 0, v);
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

static void value(const zp_checker *c, int cat, measure m, val *v, int depth);

/* A whole: stated here, made from its parts here, or stated earlier under
 * the same heading (a total in one paragraph, its split in the next). */
static void total_value(const zp_checker *c, int cat, measure m, val *v)
{
    value(c, cat, m, v, 0);
    if (v->ok || (m != M_AMOUNT && m != M_BUDGET))
        return;
    int cats[2] = {cat, cat == ZC_EXP ? ZC_FISCAL_EXP : -1};
    for (int k = 0; k < 2 && !v->ok; k++) {
        if (cats[k] < 0)
            continue;
        const zp_entry *e = zp_ck_ledger_find(c, zp_ck_categories[cats[k]].name,
                                              m == M_AMOUNT ? ZR_AMOUNT : ZR_BUDGET, c->project);
        zp_num n;
        memset(&n, 0, sizeof n);
        if (!e)
            continue;
        n.value = e->value;
        n.exp10 = e->exp10;
        if (!zp_ck_num_interval(&n, &v->iv) || !zp_ck_num_rat(&n, &v->r))
            continue;
        v->ok = true;
        v->ext = e;
        v->from = v->to = (size_t)-1;
        v->n = 1;
    }
}

/* A complete split's sum, when every part is known. */
static void split_sum(const zp_checker *c, int parent, zp_split split, measure m, val *v, int depth)
{
    memset(v, 0, sizeof *v);
    int kids[32];
    int n = children(parent, split, kids, 32);
    if (n < 2 || !zp_ck_split_complete(split))
        return;
    val acc;
    memset(&acc, 0, sizeof acc);
    for (int i = 0; i < n; i++) {
        val x;
        value(c, kids[i], m, &x, depth + 1);
        if (!x.ok || !val_add(&acc, &x))
            return;
    }
    *v = acc;
}

/* Stated, or made: last year's from this year's and the change, a total
 * from a complete split. */
static void value(const zp_checker *c, int cat, measure m, val *v, int depth)
{
    stated(c, cat, m, v);
    if (v->ok || depth > 3)
        return;
    if (m == M_LAST) {
        val a, d;
        value(c, cat, M_AMOUNT, &a, depth + 1);
        stated(c, cat, M_CHANGE, &d);
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
        split_sum(c, cat, (zp_split)s, m, v, depth);
}

static const char *measure_name(measure m)
{
    return m == M_AMOUNT ? "金额" : m == M_BUDGET ? "预算数" : m == M_CHANGE ? "增减额" : "上年数";
}

static void report_sum(zp_checker *c, int parent, const val *total, const val *sum, measure m,
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
    zp_ck_finding_computed(g, sum->r, 2, "万元");
    zp_ck_finding_allowed(g, sum->iv, 3, "万元");
    if (total->ext)
        zp_ck_finding_note(g, "%s；总数见第 %d 行", parts, total->ext->line);
    else
        zp_ck_finding_note(g, "%s", parts);
}

/* Which parts of a split are stated here (all of a complete split, or the
 * ones listed after 按…分类分 for 功能/经济分类). */
static int present_parts(const zp_checker *c, int parent, zp_split split, measure m, int *out)
{
    int kids[32];
    int n = children(parent, split, kids, 32), k = 0;
    for (int i = 0; i < n; i++) {
        val x;
        if (zp_ck_split_complete(split))
            value(c, kids[i], m, &x, 1);
        else
            stated(c, kids[i], m, &x);
        if (x.ok)
            out[k++] = kids[i];
        else if (zp_ck_split_complete(split))
            return 0;
    }
    return k;
}

static void parts_text(const zp_checker *c, const int *kids, int n, measure m, char *buf,
                       size_t size)
{
    size_t o = 0;
    buf[0] = '\0';
    for (int i = 0; i < n && o + 1 < size; i++) {
        val x;
        value(c, kids[i], m, &x, 1);
        char num[48];
        zp_ck_fmt_rat(x.r, 2, num, sizeof num);
        int w = snprintf(buf + o, size - o, "%s%s %s", i ? " + " : "", zp_ck_categories[kids[i]].name,
                         num);
        if (w < 0 || (size_t)w >= size - o)
            break;
        o += (size_t)w;
    }
}

static void check_split_sums(zp_checker *c)
{
    for (int parent = 0; parent < zp_ck_ncategories; parent++) {
        if (!touched(c, parent, 0))
            continue;
        for (int s = ZS_NATURE; s < ZS__N; s++) {
            if (!c->p.declared[s] || s == ZS_INCOME)
                continue;
            static const measure ms[] = {M_AMOUNT, M_BUDGET};
            for (size_t k = 0; k < 2; k++) {
                val total;
                stated(c, parent, ms[k], &total);
                if (!total.ok && !zp_ck_split_complete((zp_split)s))
                    total_value(c, parent, ms[k], &total);
                if (!total.ok)
                    continue;
                int kids[32];
                int n = present_parts(c, parent, (zp_split)s, ms[k], kids);
                if (n < 2)
                    continue;
                val sum;
                memset(&sum, 0, sizeof sum);
                bool ok = true;
                for (int i = 0; i < n && ok; i++) {
                    val x;
                    value(c, kids[i], ms[k], &x, 1);
                    ok = x.ok && val_add(&sum, &x);
                }
                if (!ok)
                    continue;
                char parts[512];
                parts_text(c, kids, n, ms[k], parts, sizeof parts);
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
        val total;
        stated(c, parent, M_CHANGE, &total);
        val sums[ZS__N];
        int kinds[ZS__N], nk = 0;
        for (int s = ZS_NATURE; s < ZS__N; s++) {
            if (!c->p.declared[s] || s == ZS_INCOME)
                continue;
            int kids[32];
            int n = present_parts(c, parent, (zp_split)s, M_CHANGE, kids);
            if (n < 2)
                continue;
            /* Every part with an amount here must have its change here. */
            int with_amount[32];
            int na = present_parts(c, parent, (zp_split)s, M_AMOUNT, with_amount);
            if (!zp_ck_split_complete((zp_split)s) && na > n)
                continue;
            val sum;
            memset(&sum, 0, sizeof sum);
            bool ok = true;
            for (int i = 0; i < n && ok; i++) {
                val x;
                value(c, kids[i], M_CHANGE, &x, 1);
                ok = x.ok && val_add(&sum, &x);
            }
            if (!ok)
                continue;
            sums[nk] = sum;
            kinds[nk++] = s;
            char parts[512];
            parts_text(c, kids, n, M_CHANGE, parts, sizeof parts);
            if (total.ok && !zp_interval_overlaps(total.iv, sum.iv)) {
                size_t from = sum.from, to = sum.to;
                zp_finding *g = zp_ck_report(c, ZP_ERROR, "arithmetic", "split-change", from, to,
                                          "the parts' changes do not add up to the total's change",
                                          "%s各部分的增减额之和与总额的增减额不符",
                                          zp_ck_categories[parent].name);
                const zp_item *ti = total.it;
                if (g && ti) {
                    zp_ck_finding_stated(g, ti->num.value, ti->num.unit);
                    zp_ck_finding_computed(g, sum.r, 2, "万元");
                    zp_ck_finding_allowed(g, sum.iv, 3, "万元");
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
                    int na = present_parts(c, parent, (zp_split)kinds[i], M_CHANGE, ka);
                    int nb = present_parts(c, parent, (zp_split)kinds[j], M_CHANGE, kb);
                    parts_text(c, ka, na, M_CHANGE, a, sizeof a);
                    parts_text(c, kb, nb, M_CHANGE, b, sizeof b);
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
        val a, l, e;
        value(c, cat, M_AMOUNT, &a, 0);
        value(c, cat, M_LAST, &l, 0);
        const zp_item *ei = zp_ck_frame_item(c, fr, ZR_CHANGE_PCT);
        val_from_item(ei, fr->sign[ZR_CHANGE_PCT], &e);
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

/* ---- shares -------------------------------------------------------------- */

static void frame_amount(const zp_checker *c, const zp_frame *f, val *v)
{
    static const int roles[] = {ZR_AMOUNT, ZR_ACTUAL, ZR_COUNT, ZR_BUDGET};
    memset(v, 0, sizeof *v);
    for (size_t k = 0; k < 4 && !v->ok; k++)
        if (f->slot[roles[k]] >= 0)
            val_from_item(zp_ck_frame_item(c, f, roles[k]), 0, v);
}

static void share_whole(zp_checker *c, const zp_frame *f, val *t)
{
    memset(t, 0, sizeof *t);
    if (f->object[0]) {
        if (strstr(f->object, "预算")) {
            val_from_item(zp_ck_frame_item(c, f, ZR_BUDGET), 0, t);
            return;
        }
        int cat = zp_ck_category_of(f->object, strlen(f->object));
        if (cat >= 0)
            total_value(c, cat, M_AMOUNT, t);
        return;
    }
    if (f->parent >= 0) {
        frame_amount(c, &c->p.frames[f->parent], t);
        if (t->ok)
            return;
    }
    if (f->cat >= 0 && zp_ck_categories[f->cat].parent >= 0)
        total_value(c, zp_ck_categories[f->cat].parent, M_AMOUNT, t);
}

static void check_shares(zp_checker *c)
{
    for (size_t i = 0; i < c->p.nframes; i++) {
        const zp_frame *f = &c->p.frames[i];
        const zp_item *si = zp_ck_frame_item(c, f, ZR_SHARE);
        if (!si || (si->num.flags & (ZN_APPROX | ZN_BOUND)))
            continue;
        val x, t, s;
        frame_amount(c, f, &x);
        share_whole(c, f, &t);
        val_from_item(si, 0, &s);
        if (!x.ok || !t.ok || !s.ok)
            continue;
        /* A count's share of money, or the reverse, is no share. */
        const zp_item *xi = x.it;
        zp_interval iv;
        zp_rat point;
        if (!zp_ck_f_ratio(x.iv, t.iv, &iv) || !zp_rat_percent(x.r, t.r, &point))
            continue;
        if (zp_interval_overlaps(s.iv, iv))
            continue;
        zp_finding *g = zp_ck_report(c, ZP_ERROR, "arithmetic", "share", xi ? xi->num.start : si->num.start,
                                  si->num.end, "share does not match the amounts",
                                  "占比与金额不符");
        int places = zp_ck_places_for(si->num.value);
        zp_ck_finding_stated(g, si->num.value, "%");
        zp_ck_finding_computed(g, point, places, "%");
        zp_ck_finding_allowed(g, iv, places, "%");
        char sx[48], st[48];
        zp_ck_fmt_rat(x.r, 2, sx, sizeof sx);
        zp_ck_fmt_rat(t.r, 2, st, sizeof st);
        zp_ck_finding_note(g, "%s ÷ %s × 100%%", sx, st);
    }
}

/* ---- 其中 ---------------------------------------------------------------- */

/* Is category a (transitively) below category whole? */
static bool below(int a, int whole)
{
    if (a < 0 || whole < 0)
        return false;
    for (int up = zp_ck_categories[a].parent; up >= 0; up = zp_ck_categories[up].parent)
        if (up == whole)
            return true;
    return false;
}

static bool counts(zp_family f)
{
    return f == ZF_PEOPLE || f == ZF_VISITS || f == ZF_COUNT;
}

static void check_qizhong(zp_checker *c)
{
    /* Each whole's parts as a list, so that a long chain of 其中 costs no
     * more than its length. */
    size_t n = c->p.nframes;
    int *first = zp_xmalloc(n * sizeof *first), *next = zp_xmalloc(n * sizeof *next);
    for (size_t i = 0; i < n; i++)
        first[i] = next[i] = -1;
    for (size_t j = n; j-- > 0;) {
        int par = c->p.frames[j].parent;
        if (par >= 0 && (size_t)par < j) {
            next[j] = first[par];
            first[par] = (int)j;
        }
    }
    for (size_t pi = 0; pi < n; pi++) {
        if (first[pi] < 0)
            continue;
        const zp_frame *p = &c->p.frames[pi];
        /* Final accounts and a plain amount are one measure: a whole's
         * 实际支出 is the sum of its parts' amounts. */
        static const int roles[] = {ZR_COUNT, ZR_AMOUNT, ZR_BUDGET};
        for (size_t k = 0; k < 3; k++) {
            int role = roles[k];
            const zp_item *ti = zp_ck_frame_item(c, p, role);
            if (!ti && role == ZR_AMOUNT)
                ti = zp_ck_frame_item(c, p, ZR_ACTUAL);
            val total;
            val_from_item(ti, 0, &total);
            if (!total.ok)
                continue;
            val sum;
            memset(&sum, 0, sizeof sum);
            int nparts = 0;
            bool ok = true, all_known = p->cat >= 0;
            const zp_item *last = NULL;
            const zp_frame *last_part = NULL;
            for (int j = first[pi]; j >= 0 && ok; j = next[j]) {
                const zp_frame *q = &c->p.frames[j];
                /* The parts already make the whole exactly: what follows is
                 * something else ("…44 名；退休人员 35 名"). */
                if (nparts >= 2 && zp_rat_cmp(sum.r, total.r) == 0)
                    break;
                const zp_item *qi = zp_ck_frame_item(c, q, role);
                if (!qi && role == ZR_AMOUNT)
                    qi = zp_ck_frame_item(c, q, ZR_ACTUAL);
                if (!qi) {
                    ok = false;
                    break;
                }
                if (qi->num.family != ti->num.family ||
                    (counts(ti->num.family) && strcmp(qi->num.unit, ti->num.unit) &&
                     ti->num.family == ZF_COUNT)) {
                    ok = false;
                    break;
                }
                val x;
                val_from_item(qi, 0, &x);
                ok = x.ok && val_add(&sum, &x);
                nparts++;
                last = qi;
                last_part = q;
                if (!below(q->cat, p->cat))
                    all_known = false;
            }
            if (!ok || nparts == 0)
                continue;
            /* Parts the classifications know are checked there, when the
             * classification can make the whole from them. */
            val made;
            memset(&made, 0, sizeof made);
            if (all_known && role != ZR_COUNT) {
                for (int s = ZS_NATURE; s < ZS__N && !made.ok; s++)
                    split_sum(c, p->cat, (zp_split)s, role == ZR_BUDGET ? M_BUDGET : M_AMOUNT,
                              &made, 0);
                if (made.ok)
                    continue;
            }
            /* A list is whole when it counts people, when it names only
             * parts of the whole's classification (三公经费：出国、接待、运行),
             * or when it ends with 其他 (everything else). */
            bool full = nparts >= 2 && (counts(ti->num.family) || all_known ||
                                        (last_part && !strncmp(last_part->subject, "其他", 6)));
            bool wrong = full ? !zp_interval_overlaps(total.iv, sum.iv)
                              : zp_rat_cmp(sum.iv.lo, total.iv.hi) > 0;
            if (!wrong)
                continue;
            zp_finding *g = zp_ck_report(c, ZP_ERROR, "arithmetic", counts(ti->num.family) ? "count" : "sum",
                                      ti->num.start, last->num.end,
                                      full ? "the parts listed after 其中 do not add up to the total"
                                           : "the parts listed after 其中 exceed the total",
                                      full ? "“其中”所列各项之和与总数不符" : "“其中”所列各项之和超过总数");
            zp_ck_finding_stated(g, ti->num.value, ti->num.unit);
            zp_ck_finding_computed(g, sum.r, ti->num.value.scale, ti->num.unit);
        }
    }
    free(first);
    free(next);
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
    check_shares(c);
    check_qizhong(c);
}
