/*
 * Shares and 其中 lists. A share is a part over the whole its sentence
 * names (占本年支出 …), or over the part's parent when it names none, or
 * over the sum of a classification's parts when only they are stated (三公
 * 经费：接待费 3.75 万元，占 100% …). A 其中 list cannot exceed its whole, and
 * makes it exactly when it counts people or things, names only the whole's
 * own classes, or ends with 其他.
 */
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"
#include "check/lexicon.h"

/* ---- shares -------------------------------------------------------------- */

static void frame_amount(const zp_checker *c, const zp_frame *f, zp_val *v)
{
    static const int roles[] = {ZR_AMOUNT, ZR_ACTUAL, ZR_COUNT, ZR_BUDGET};
    memset(v, 0, sizeof *v);
    for (size_t k = 0; k < 4 && !v->ok; k++)
        if (f->slot[roles[k]] >= 0)
            zp_ck_val_from_item(zp_ck_frame_item(c, f, roles[k]), 0, v);
}

/* Does a subject's key name the whole a share names? The same words, or
 * words that end with them ("全国政府采购授予中小微企业合同金额" for
 * "授予中小微企业合同金额"). */
static bool names_whole(const char *subject_key, const char *object_key)
{
    size_t n = strlen(subject_key), m = strlen(object_key);
    return m > 0 && m <= n && !memcmp(subject_key + n - m, object_key, m);
}

/* A share's whole named by words that are no category: a frame before it in
 * the paragraph, else the latest amount stated under that name before
 * (*line set to its line). */
static void named_whole(zp_checker *c, const zp_frame *f, const char *name, zp_val *t, int *line)
{
    char key[128];
    zp_ck_key_of(name, strlen(name), key, sizeof key);
    /* Short names ("支出", "总额") could be anything's. */
    if (strlen(key) < 12)
        return;
    for (const zp_frame *w = f; w-- > c->p.frames;) {
        char subject_key[128];
        zp_ck_key_of(w->subject, strlen(w->subject), subject_key, sizeof subject_key);
        if (names_whole(subject_key, key)) {
            frame_amount(c, w, t);
            if (t->ok)
                return;
        }
    }
    for (int k = c->nnamed; k-- > 0 && k >= c->nnamed - ZP_NAMED_MAX;) {
        const zp_named *e = &c->named[k % ZP_NAMED_MAX];
        if (names_whole(e->key, key)) {
            zp_ck_val_from_item(&e->item, 0, t);
            *line = e->line;
            return;
        }
    }
}

void zp_ck_named_record(zp_checker *c)
{
    for (size_t i = 0; i < c->p.nframes; i++) {
        const zp_frame *f = &c->p.frames[i];
        if (f->cat >= 0 || !f->subject[0])
            continue;
        const zp_item *it = zp_ck_frame_item(c, f, ZR_AMOUNT);
        if (!it)
            it = zp_ck_frame_item(c, f, ZR_ACTUAL);
        if (!it || it->forced || (it->num.flags & (ZN_APPROX | ZN_BOUND)) ||
            it->num.family != ZF_MONEY)
            continue;
        zp_named *e = &c->named[c->nnamed % ZP_NAMED_MAX];
        zp_ck_key_of(f->subject, strlen(f->subject), e->key, sizeof e->key);
        if (strlen(e->key) < 12)
            continue;
        e->item = *it;
        int col, page;
        zp_ck_para_locate(c->p.para, it->num.start, &e->line, &col, &page);
        c->nnamed++;
    }
}

/* The whole a share is of. m: what the part's figure is (its amount, or
 * its budget: "工资福利支出预算 A 元，占基本支出预算 x%" is of 基本支出's
 * budget). */
static void share_whole(zp_checker *c, const zp_frame *f, zp_measure m, zp_val *t, int *line)
{
    memset(t, 0, sizeof *t);
    *line = 0;
    if (f->object[0]) {
        if (zp_ck_says_budget(f->object, strlen(f->object))) {
            zp_ck_val_from_item(zp_ck_frame_item(c, f, ZR_BUDGET), 0, t);
            return;
        }
        int cat = zp_ck_category_of(f->object, strlen(f->object));
        if (cat >= 0) {
            zp_ck_total_value(c, cat, m, t);
            if (!t->ok && m == ZP_M_BUDGET)
                zp_ck_total_value(c, cat, ZP_M_AMOUNT, t);
        } else {
            named_whole(c, f, f->object, t, line);
        }
        return;
    }
    if (f->parent >= 0) {
        frame_amount(c, &c->p.frames[f->parent], t);
        if (t->ok)
            return;
    }
    if (f->cat >= 0 && zp_ck_categories[f->cat].parent >= 0)
        zp_ck_total_value(c, zp_ck_categories[f->cat].parent, ZP_M_AMOUNT, t);
    /* "五、一般公共预算财政拨款支出决算情况说明 … 一般公共服务支出 900 万元，
     * 占 78.24%": the whole the section is about, stated in it before. */
    for (int level = 3; !t->ok && level >= 1; level--) {
        const char *about = c->heading_whole[level];
        if (about[0] && zp_ck_category_of(about, strlen(about)) < 0)
            named_whole(c, f, about, t, line);
    }
}

/* A value for a note: in its figure's own unit when it is one figure. */
static void shown(const zp_val *v, char *buf, size_t size)
{
    char num[48];
    zp_rat r;
    if (v->it && v->it->num.family == ZF_MONEY && zp_ck_rat_in_unit_of(&v->it->num, v->r, &r)) {
        zp_ck_fmt_rat(r, v->it->num.value.scale, num, sizeof num);
        zp_str_join(buf, size, num, v->it->num.unit);
    } else if (v->it) {
        zp_ck_fmt_rat(v->r, 2, num, sizeof num);
        zp_str_copy(buf, size, num);
    } else { /* a sum of amounts, in the base unit */
        zp_ck_fmt_rat(v->r, 2, num, sizeof num);
        zp_str_join(buf, size, num, "万元");
    }
}

/* The share s of part x in whole t (whole_line: where the whole was
 * stated, 0 in this paragraph, -1 not at all: the sum of the listed parts). */
static void check_share(zp_checker *c, const zp_val *xv, const zp_val *tv, const zp_val *sv,
                        int whole_line)
{
    zp_val x = *xv, t = *tv, s = *sv;
    const zp_item *si = s.it;
    /* A count's share of money, or the reverse, is no share. */
    const zp_item *xi = x.it;
    zp_interval iv;
    zp_rat point;
    if (!zp_ck_f_ratio(x.iv, t.iv, &iv) || !zp_rat_percent(x.r, t.r, &point))
        return;
    if (zp_interval_overlaps(s.iv, iv))
        return;
    zp_finding *g = zp_ck_report(c, ZP_ERROR, "arithmetic", "share",
                                 xi ? xi->num.start : si->num.start, si->num.end,
                                 "share does not match the amounts", "占比与金额不符");
    int places = zp_ck_places_for(si->num.value);
    zp_ck_finding_stated(g, si->num.value, "%");
    zp_ck_finding_computed(g, point, places, "%");
    zp_ck_finding_allowed(g, iv, places, "%");
    char sx[48], st[48];
    shown(&x, sx, sizeof sx);
    shown(&t, st, sizeof st);
    /* One unit of its last place from what rounding gives: the usual
     * 尾差调整, a share nudged so that the list's shares make 100%. */
    char nudged[256] = "";
    zp_dec rounded;
    long long off = 0;
    if (zp_rat_round(point, si->num.value.scale, &rounded) &&
        rounded.scale == si->num.value.scale)
        off = (long long)(rounded.units - si->num.value.units);
    if (off == 1 || off == -1) {
        char r[32];
        snprintf(nudged, sizeof nudged,
                 "；按四舍五入应为 %s%%，所写的数差一个末位单位：若是为凑足 100%% 而作的尾差调整，"
                 "仍应按四舍五入填写",
                 zp_dec_format(rounded, false, r, sizeof r));
    }
    if (whole_line > 0)
        zp_ck_finding_note(g, "%s ÷ %s × 100%%（总数见第 %d 行）%s", sx, st, whole_line, nudged);
    else if (whole_line < 0)
        zp_ck_finding_note(g, "%s ÷ %s × 100%%（总数未写出：所列各项占比合计 100%%，总数为各项之和）%s",
                           sx, st, nudged);
    else
        zp_ck_finding_note(g, "%s ÷ %s × 100%%%s", sx, st, nudged);
}

/* Shares whose whole is not stated, of one object, that make 100% between
 * them: the parts listed are the whole ("公务接待费 0.53 万元，占 31%；公务用车
 * …1.18 万元，占 69%"), and each share is its part over their sum. */
static void listed_shares(zp_checker *c, const int *frames, int n)
{
    bool done[64] = {false};
    for (int a = 0; a < n; a++) {
        if (done[a])
            continue;
        const zp_frame *fa = &c->p.frames[frames[a]];
        int group[64], k = 0;
        for (int b = a; b < n; b++) {
            const zp_frame *fb = &c->p.frames[frames[b]];
            if (!done[b] && !strcmp(fa->object, fb->object)) {
                group[k++] = frames[b];
                done[b] = true;
            }
        }
        if (k < 2)
            continue;
        zp_val whole, shares;
        memset(&whole, 0, sizeof whole);
        memset(&shares, 0, sizeof shares);
        bool ok = true;
        for (int g = 0; g < k && ok; g++) {
            zp_val x, sv;
            frame_amount(c, &c->p.frames[group[g]], &x);
            zp_ck_val_from_item(zp_ck_frame_item(c, &c->p.frames[group[g]], ZR_SHARE), 0, &sv);
            ok = x.ok && sv.ok && x.it && x.it->num.family == ZF_MONEY &&
                 zp_ck_val_add(&whole, &x) && zp_ck_val_add(&shares, &sv);
        }
        zp_rat hundred = zp_rat_of_int(100);
        if (!ok || zp_rat_cmp(shares.iv.lo, hundred) > 0 || zp_rat_cmp(shares.iv.hi, hundred) < 0)
            continue;
        for (int g = 0; g < k; g++) {
            zp_val x, sv;
            frame_amount(c, &c->p.frames[group[g]], &x);
            zp_ck_val_from_item(zp_ck_frame_item(c, &c->p.frames[group[g]], ZR_SHARE), 0, &sv);
            check_share(c, &x, &whole, &sv, -1);
        }
    }
}

/* Count share s of frame f's category towards its whole's 100%. */
static void add_to_whole(zp_checker *c, const zp_frame *f, const zp_val *s)
{
    if (f->cat < 0 || f->cat >= 64 || !f->object[0] || zp_ck_categories[f->cat].split == ZS_NONE)
        return;
    char key[96];
    zp_ck_key_of(f->object, strlen(f->object), key, sizeof key);
    int split = (int)zp_ck_categories[f->cat].split;
    zp_share_sum *e = NULL;
    for (int k = c->nshare_sums; k-- > 0 && k >= c->nshare_sums - ZP_SHARE_SUMS_MAX && !e;) {
        zp_share_sum *q = &c->share_sums[k % ZP_SHARE_SUMS_MAX];
        if (q->split == split && q->section == c->heading_scope[1] && !strcmp(q->key, key))
            e = q;
    }
    int line, col, page;
    zp_ck_para_locate(c->p.para, s->it->num.start, &line, &col, &page);
    if (!e) {
        e = &c->share_sums[c->nshare_sums++ % ZP_SHARE_SUMS_MAX];
        memset(e, 0, sizeof *e);
        zp_str_copy(e->key, sizeof e->key, key);
        e->split = split;
        e->section = c->heading_scope[1];
        e->lo = zp_rat_of_int(0);
        e->line = line;
    }
    uint64_t bit = (uint64_t)1 << f->cat;
    if ((e->cats & bit) || !zp_rat_add(e->lo, s->iv.lo, &e->lo))
        return;
    e->cats |= bit;
    if (e->reported || zp_rat_cmp(e->lo, zp_rat_of_int(100)) <= 0)
        return;
    e->reported = true;
    /* A share already found wrong here is the same mistake. */
    for (size_t k = 0; k < c->found.count; k++)
        if (c->found.items[k].line == line && !strcmp(c->found.items[k].check, "share"))
            return;
    zp_finding *g = zp_ck_report(c, ZP_ERROR, "arithmetic", "share-sum", s->it->num.start,
                                 s->it->num.end, "the shares of one whole make more than 100%",
                                 "同一总数（%s）的各部分占比之和超过 100%%", f->object);
    zp_ck_finding_stated(g, s->it->num.value, "%");
    char sum[48];
    zp_ck_fmt_rat(e->lo, 2, sum, sizeof sum);
    zp_ck_finding_note(g, "自第 %d 行起，%s的各项占比之和至少为 %s%%", e->line, f->object, sum);
}

void zp_ck_shares_check(zp_checker *c)
{
    int orphans[64], norphans = 0;
    for (size_t i = 0; i < c->p.nframes; i++) {
        const zp_frame *f = &c->p.frames[i];
        const zp_item *si = zp_ck_frame_item(c, f, ZR_SHARE);
        if (!si || (si->num.flags & (ZN_APPROX | ZN_BOUND)))
            continue;
        zp_val x, t, s;
        int whole_line;
        frame_amount(c, f, &x);
        bool of_budget = x.it && x.it == zp_ck_frame_item(c, f, ZR_BUDGET);
        zp_measure m = of_budget ? ZP_M_BUDGET : ZP_M_AMOUNT;
        share_whole(c, f, m, &t, &whole_line);
        zp_ck_val_from_item(si, 0, &s);
        if (x.ok && s.ok && !t.ok && norphans < 64)
            orphans[norphans++] = (int)i;
        /* A whole found to be the part itself says nothing of the share. */
        if (!x.ok || !t.ok || !s.ok || (t.n == 1 && t.from == x.from && t.to == x.to))
            continue;
        check_share(c, &x, &t, &s, whole_line);
    }
    listed_shares(c, orphans, norphans);
    /* After the shares' own checks: a share found wrong is not counted twice. */
    for (size_t i = 0; i < c->p.nframes; i++) {
        const zp_frame *f = &c->p.frames[i];
        const zp_item *si = zp_ck_frame_item(c, f, ZR_SHARE);
        zp_val s;
        zp_ck_val_from_item(si, 0, &s);
        if (s.ok)
            add_to_whole(c, f, &s);
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

/* "一般公共预算财政拨款基本支出 A 万元，其中：人员经费…，公用经费…": a
 * whole that names a category with a qualifier (one fund's, 财政拨款's) is
 * split as the category is, when its parts are all of that category's
 * complete split. */
static bool whole_of_classes(const zp_frame *whole, int common, int split, int nparts)
{
    if (whole->cat >= 0 || common < 0 || split < 0 || !zp_ck_split_complete((zp_split)split))
        return false;
    const char *name = zp_ck_categories[common].name;
    size_t n = strlen(whole->subject), m = strlen(name);
    if (m > n || memcmp(whole->subject + n - m, name, m))
        return false;
    int classes = 0;
    for (int i = 0; i < zp_ck_ncategories; i++)
        classes += zp_ck_categories[i].parent == common && (int)zp_ck_categories[i].split == split;
    return classes == nparts;
}

void zp_ck_qizhong_check(zp_checker *c)
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
        /* Final accounts and a plain amount are one zp_measure: a whole's
         * 实际支出 is the sum of its parts' amounts. */
        /* Scores too: "自评得分 93.6 分，其中：产出指标 32 分…" (never more
         * than the whole; a list of scores may leave indicators out). */
        static const int roles[] = {ZR_COUNT, ZR_AMOUNT, ZR_BUDGET, ZR_SCORE};
        for (size_t k = 0; k < 4; k++) {
            int role = roles[k];
            const zp_item *ti = zp_ck_frame_item(c, p, role);
            if (!ti && role == ZR_AMOUNT)
                ti = zp_ck_frame_item(c, p, ZR_ACTUAL);
            zp_val total;
            zp_ck_val_from_item(ti, 0, &total);
            if (!total.ok)
                continue;
            zp_val sum;
            memset(&sum, 0, sizeof sum);
            int nparts = 0, common = -1, split = -1; /* the parts' parent and split, -2 none */
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
                zp_val x;
                zp_ck_val_from_item(qi, 0, &x);
                ok = x.ok && zp_ck_val_add(&sum, &x);
                nparts++;
                last = qi;
                last_part = q;
                if (!below(q->cat, p->cat))
                    all_known = false;
                int up = q->cat >= 0 ? zp_ck_categories[q->cat].parent : -2;
                int sp = q->cat >= 0 ? (int)zp_ck_categories[q->cat].split : -2;
                common = common == -1 || common == up ? up : -2;
                split = split == -1 || split == sp ? sp : -2;
            }
            if (!ok || nparts == 0)
                continue;
            /* Parts the classifications know are checked there, when the
             * classification can make the whole from them. */
            zp_val made;
            memset(&made, 0, sizeof made);
            if (all_known && role != ZR_COUNT) {
                for (int s = ZS_NATURE; s < ZS__N && !made.ok; s++)
                    zp_ck_split_sum(c, p->cat, (zp_split)s, role == ZR_BUDGET ? ZP_M_BUDGET : ZP_M_AMOUNT,
                              &made, 0);
                if (made.ok)
                    continue;
            }
            /* A list is whole when it counts people, when it names only
             * parts of the whole's classification (三公经费：出国、接待、运行),
             * or when it ends with 其他 (everything else). */
            bool full = nparts >= 2 && (counts(ti->num.family) || all_known ||
                                        (last_part && !strncmp(last_part->subject, "其他", 6)) ||
                                        whole_of_classes(p, common, split, nparts));
            bool wrong = full ? !zp_interval_overlaps(total.iv, sum.iv)
                              : zp_rat_cmp(sum.iv.lo, total.iv.hi) > 0;
            if (!wrong)
                continue;
            const char *check = role == ZR_SCORE            ? "score-sum"
                                : counts(ti->num.family) ? "count"
                                                         : "sum";
            zp_finding *g = zp_ck_report(c, ZP_ERROR, "arithmetic", check, ti->num.start,
                                         last->num.end,
                                      full ? "the parts listed after 其中 do not add up to the total"
                                           : "the parts listed after 其中 exceed the total",
                                      full ? "“其中”所列各项之和与总数不符" : "“其中”所列各项之和超过总数");
            zp_ck_finding_stated(g, ti->num.value, ti->num.unit);
            zp_ck_finding_computed_as(g, sum.r, NULL, ti->num.value.scale, 0, &ti->num);
        }
    }
    free(first);
    free(next);
}

