/*
 * Shares. A share is a part over the whole its sentence names (占本年支出 …:
 * a category, its budget, or an amount stated earlier under that name), over
 * the part's parent when it names none, or over what its section's heading
 * is about; shares of an unstated whole that make 100% between them are of
 * the sum of the parts listed (三公经费：接待费 0.53 万元，占 31% …); and the
 * shares of one whole stated by parts of one classification make no more
 * than 100%, whatever paragraphs they are in.
 */
#include <stdio.h>
#include <string.h>

#include "check/check_int.h"
#include "check/lexicon.h"

/* Does a subject's key name the whole a share names? The same words, or
 * words that end with them ("全国政府采购授予中小微企业合同金额" for
 * "授予中小微企业合同金额"). */
static bool names_whole(const char *subject_key, const char *object_key)
{
    size_t n = strlen(subject_key), m = strlen(object_key);
    if (m == 0 || m > n || memcmp(subject_key + n - m, object_key, m))
        return false;
    /* "税收返还和转移支付": a list whose last item is the name, not its whole */
    if (n - m < 3)
        return true;
    const char *before = subject_key + n - m - 3;
    return memcmp(before, "和", 3) && memcmp(before, "及", 3) && memcmp(before, "与", 3) &&
           memcmp(before, "、", 3);
}

/* A share's whole named by words that are no category: a frame before it in
 * the paragraph, else the latest amount stated under that name before
 * (*line set to its line). The same words are that whole; words that end
 * with them are, when only one subject does ("旗级一般公共预算收入" and
 * "全盟一般公共预算收入" both end with 一般公共预算收入: neither is taken). */
static void named_whole(zp_checker *c, const zp_frame *f, const char *name, zp_val *t, int *line)
{
    char key[128];
    zp_ck_key_of(name, strlen(name), key, sizeof key);
    /* Short names ("支出", "总额") could be anything's. */
    if (strlen(key) < 12)
        return;
    char first[128] = "";
    zp_val found;
    int found_line = 0;
    bool exact = false, ambiguous = false;
    memset(&found, 0, sizeof found);
    for (const zp_frame *w = f; w-- > c->p.frames && !exact;) {
        char subject_key[128];
        zp_ck_key_of(w->subject, strlen(w->subject), subject_key, sizeof subject_key);
        if (!names_whole(subject_key, key))
            continue;
        zp_val v;
        zp_ck_frame_amount(c, w, &v);
        if (!v.ok)
            continue;
        exact = !strcmp(subject_key, key);
        if (exact || !first[0]) {
            found = v;
            found_line = 0;
            zp_str_copy(first, sizeof first, subject_key);
        } else if (strcmp(first, subject_key)) {
            ambiguous = true;
        }
    }
    /* a whole of the paragraph ("全市一般公共预算支出") is nearer than one
     * of the name exactly in an earlier paragraph (another city's): that
     * one is passed over, though other names it ends may still make it
     * ambiguous */
    bool in_para = first[0] != '\0';
    for (int k = c->nnamed; k-- > 0 && k >= c->nnamed - ZP_NAMED_MAX && !exact;) {
        const zp_named *e = &c->named[k % ZP_NAMED_MAX];
        if (!names_whole(e->key, key) || (in_para && !strcmp(e->key, key)))
            continue;
        exact = !strcmp(e->key, key);
        if (exact || !first[0]) {
            zp_ck_val_from_item(&e->item, 0, &found);
            found_line = e->line;
            zp_str_copy(first, sizeof first, e->key);
        } else if (strcmp(first, e->key)) {
            ambiguous = true;
        }
    }
    if (!first[0] || (ambiguous && !exact))
        return;
    *t = found;
    *line = found_line;
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

/* Do the words of frame f's share, from its 占 on, say word (预算)? */
static bool share_says(const zp_checker *c, const zp_frame *f, const char *word)
{
    const zp_item *si = zp_ck_frame_item(c, f, ZR_SHARE);
    size_t from = f->start < si->num.start ? f->start : si->num.start;
    const char *zhan = zp_ck_find_last(c->p.text + from, si->num.start - from, "占");
    return zhan && zp_ck_has(zhan, (size_t)(c->p.text + si->num.start - zhan), word);
}

/* The whole a share is of. m: what the part's figure is (its amount, or
 * its budget: "工资福利支出预算 A 元，占基本支出预算 x%" is of 基本支出's
 * budget). */
static void share_whole(zp_checker *c, const zp_frame *f, zp_measure m, zp_val *t, int *line)
{
    memset(t, 0, sizeof *t);
    *line = 0;
    /* "一般公共预算收入完成 16.9 亿元，占年计划的 16.6%": its own plan, no
     * whole stated (the words name none the subjects know) */
    if (!f->object[0] && (share_says(c, f, "计划") || share_says(c, f, "任务") ||
                          share_says(c, f, "目标")))
        return;
    if (f->object[0]) {
        if (zp_ck_says_budget(f->object, strlen(f->object))) {
            zp_ck_val_from_item(zp_ck_frame_item(c, f, ZR_BUDGET), 0, t);
            /* "涉及资金 448 万元，占项目支出预算的 90%": a category's budget */
            int cat = zp_ck_category_of(f->object, strlen(f->object));
            if (!t->ok && cat >= 0 && f->slot[ZR_BUDGET] < 0)
                zp_ck_total_value(c, cat, ZP_M_BUDGET, t);
            return;
        }
        int cat = zp_ck_category_of(f->object, strlen(f->object));
        if (cat >= 0) {
            zp_ck_total_value(c, cat, m, t);
            if (!t->ok && m == ZP_M_BUDGET)
                zp_ck_total_value(c, cat, ZP_M_AMOUNT, t);
            /* "涉及资金 448 万元，占项目支出预算的 90%": its budget, said so */
            if (!t->ok && m == ZP_M_AMOUNT && share_says(c, f, "预算"))
                zp_ck_total_value(c, cat, ZP_M_BUDGET, t);
        } else {
            /* "到位资金 32824 万元，占到位资金 3.27%": of all of its name,
             * which no other figure under that name (a sibling's) is */
            if (!strcmp(f->object, f->subject))
                return;
            named_whole(c, f, f->object, t, line);
            /* "代表建议 93 件，其中…25 件，占承办总数的 26.8%": a total named
             * by no subject is the list's whole */
            if (!t->ok && f->parent >= 0 &&
                (strstr(f->object, "总数") || strstr(f->object, "总额") ||
                 strstr(f->object, "总量"))) {
                zp_ck_frame_amount(c, &c->p.frames[f->parent], t);
                *line = 0;
            }
        }
        return;
    }
    if (f->parent >= 0) {
        zp_ck_frame_amount(c, &c->p.frames[f->parent], t);
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

/* A value for a note: in its figure's own unit when it is one figure; a
 * count, or a sum of counts, in the unit of the part's (kind). */
static void shown(const zp_val *v, const zp_item *kind, char *buf, size_t size)
{
    char num[48];
    zp_rat r;
    if (kind && kind->num.family == ZF_COUNT) {
        zp_ck_fmt_rat(v->r, 0, num, sizeof num);
        zp_str_join(buf, size, num, kind->num.unit);
    } else if (v->it && v->it->num.family == ZF_MONEY &&
               zp_ck_rat_in_unit_of(&v->it->num, v->r, &r)) {
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
    bool counted = xi && xi->num.family == ZF_COUNT;
    zp_finding *g = zp_ck_report(c, ZP_ERROR, "arithmetic", "share",
                                 xi ? xi->num.start : si->num.start, si->num.end,
                                 counted ? "share does not match the counts"
                                         : "share does not match the amounts",
                                 counted ? "占比与数量不符" : "占比与金额不符");
    int places = zp_ck_places_for(si->num.value);
    zp_ck_finding_stated(g, si->num.value, "%");
    zp_ck_finding_computed(g, point, places, "%");
    zp_ck_finding_allowed(g, iv, places, "%");
    char sx[48], st[48];
    shown(&x, xi, sx, sizeof sx);
    shown(&t, xi, st, sizeof st);
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

/* Parts that one whole can be made of: amounts, or counts of one kind
 * ("1个项目评为优，占评定项目的2.44%；…35个项目评为中"). */
static bool same_kind(const zp_checker *c, const zp_item *x, const zp_item *first)
{
    if (!first || !zp_ck_items_alike(x, first))
        return false;
    if (x->num.family == ZF_MONEY)
        return true;
    /* of one unit, and the same noun after it (个项目, not 个单位) */
    size_t n = zp_ck_char_len((unsigned char)c->p.text[x->num.end]);
    return x->num.family == ZF_COUNT && x->num.end + n <= c->p.len &&
           first->num.end + n <= c->p.len &&
           !memcmp(c->p.text + x->num.end, c->p.text + first->num.end, n);
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
            /* one list: of one object, one whole and one sentence ("…其中 A 25 件，
             * 占承办总数的 26.8%；…。其中，B 54 件，占承办总数的 58.07%…" is two) */
            if (!done[b] && !strcmp(fa->object, fb->object) && fa->parent == fb->parent &&
                fa->sentence == fb->sentence) {
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
        zp_val head;
        zp_ck_frame_amount(c, &c->p.frames[group[0]], &head);
        const zp_item *first = head.it;
        for (int g = 0; g < k && ok; g++) {
            zp_val x, sv;
            zp_ck_frame_amount(c, &c->p.frames[group[g]], &x);
            zp_ck_val_from_item(zp_ck_frame_item(c, &c->p.frames[group[g]], ZR_SHARE), 0, &sv);
            ok = x.ok && sv.ok && x.it && same_kind(c, x.it, first) && zp_ck_val_add(&whole, &x) &&
                 zp_ck_val_add(&shares, &sv);
        }
        zp_rat hundred = zp_rat_of_int(100);
        if (!ok || zp_rat_cmp(shares.iv.lo, hundred) > 0 || zp_rat_cmp(shares.iv.hi, hundred) < 0)
            continue;
        for (int g = 0; g < k; g++) {
            zp_val x, sv;
            zp_ck_frame_amount(c, &c->p.frames[group[g]], &x);
            zp_ck_val_from_item(zp_ck_frame_item(c, &c->p.frames[group[g]], ZR_SHARE), 0, &sv);
            check_share(c, &x, &whole, &sv, -1);
        }
    }
}

/* "占任务数的56.4%", "占年度计划的", "占预算的": each part's progress
 * against its own plan, an execution rate, not a share of one whole (as
 * "占支出总预算的" and "占预算总额的" are). */
static bool of_a_plan(const char *object)
{
    static const char *const plans[] = {"任务", "计划", "目标"};
    for (size_t k = 0; k < sizeof plans / sizeof plans[0]; k++)
        if (strstr(object, plans[k]))
            return true;
    return zp_ck_says_budget(object, strlen(object)) && !strstr(object, "总") &&
           !strstr(object, "合计");
}

/* Count share s of frame f's category towards its whole's 100%. */
static void add_to_whole(zp_checker *c, const zp_frame *f, const zp_val *s)
{
    if (f->cat < 0 || f->cat >= 64 || !f->object[0] || zp_ck_categories[f->cat].split == ZS_NONE ||
        of_a_plan(f->object))
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
        if (c->found.items[k].line == line && !strncmp(c->found.items[k].check, "share", 5))
            return;
    zp_finding *g = zp_ck_report(c, ZP_ERROR, "arithmetic", "share-sum", s->it->num.start,
                                 s->it->num.end, "the shares of one whole make more than 100%",
                                 "同一总数（%s）的各部分占比之和超过 100%%", f->object);
    zp_ck_finding_stated(g, s->it->num.value, "%");
    char sum[48];
    zp_ck_fmt_rat(e->lo, 2, sum, sizeof sum);
    zp_ck_finding_note(g, "自第 %d 行起，%s的各项占比之和至少为 %s%%", e->line, f->object, sum);
}

/* The parts of one 其中 list are apart: their shares of one whole cannot
 * make more than 100% ("货物、工程、服务…分别为 0.72、0.02 和 0.59 亿元，
 * 占…比例为 54.54%、1.51% 和 44.69%"). */
static void list_share_sum(zp_checker *c)
{
    for (size_t i = 0; i < c->p.nframes; i++) {
        const zp_frame *f = &c->p.frames[i];
        if (f->parent < 0 || !f->object[0] || !zp_ck_frame_item(c, f, ZR_SHARE) ||
            of_a_plan(f->object))
            continue;
        /* one list: of one whole and object, in one sentence */
        bool first = true;
        for (size_t j = 0; j < i && first; j++)
            first = !(c->p.frames[j].parent == f->parent && c->p.frames[j].sentence == f->sentence &&
                      !strcmp(c->p.frames[j].object, f->object));
        if (!first)
            continue;
        zp_rat lo = zp_rat_of_int(0);
        const zp_item *last = NULL;
        int n = 0;
        bool ok = true;
        for (size_t j = i; j < c->p.nframes && ok; j++) {
            const zp_frame *g = &c->p.frames[j];
            if (g->parent != f->parent || g->sentence != f->sentence || strcmp(g->object, f->object))
                continue;
            zp_val sv;
            const zp_item *si = zp_ck_frame_item(c, g, ZR_SHARE);
            zp_ck_val_from_item(si, 0, &sv);
            ok = sv.ok && !(si->num.flags & (ZN_APPROX | ZN_BOUND)) && zp_rat_add(lo, sv.iv.lo, &lo);
            last = si;
            n++;
        }
        if (!ok || n < 2 || zp_rat_cmp(lo, zp_rat_of_int(100)) <= 0)
            continue;
        int line, col, page;
        zp_ck_para_locate(c->p.para, last->num.start, &line, &col, &page);
        bool known = false;
        for (size_t k = 0; k < c->found.count && !known; k++)
            known = c->found.items[k].line == line && !strncmp(c->found.items[k].check, "share", 5);
        if (known)
            continue;
        const zp_item *fi = zp_ck_frame_item(c, f, ZR_SHARE);
        zp_finding *g = zp_ck_report(c, ZP_ERROR, "arithmetic", "share-sum", fi->num.start,
                                     last->num.end, "the shares of one whole make more than 100%",
                                     "同一总数（%s）的各部分占比之和超过 100%%", f->object);
        zp_ck_finding_stated(g, last->num.value, "%");
        char sum[48];
        zp_ck_fmt_rat(lo, 2, sum, sizeof sum);
        zp_ck_finding_note(g, "所列各项的占比之和至少为 %s%%", sum);
    }
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
        zp_ck_frame_amount(c, f, &x);
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
    list_share_sum(c);
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
