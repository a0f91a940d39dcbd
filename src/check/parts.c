/*
 * 其中 lists. A 其中 list cannot exceed its whole, and makes it exactly when
 * it counts people or things, names only the whole's own classes (and not
 * two of a split of many), names the classes of the category a qualified
 * whole names, or ends with 其他.
 */
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"

/* Is category a (transitively) below category whole? */

/* Two parts that make any whole they are of: 中央 and 地方 (a country's
 * revenue by level), 税收 and 非税 (a budget's revenue by kind). */
static bool pair_split(const char *a, const char *b)
{
    if ((zp_str_starts(a, "中央") && zp_str_starts(b, "地方")) ||
        (zp_str_starts(a, "地方") && zp_str_starts(b, "中央")))
        return true;
    /* "地方税收收入 865.4 亿元；非税收入 279 亿元" */
    bool tax_a = strstr(a, "税收") && !strstr(a, "非税"), tax_b = strstr(b, "税收") && !strstr(b, "非税");
    return (tax_a && zp_str_starts(b, "非税")) || (tax_b && zp_str_starts(a, "非税"));
}

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

/* Do the parts leave out classes of a split of many ("支出总计 A，其中
 * 工资福利支出 B，商品和服务支出 C": two economic classes of many, which says
 * nothing of the rest)? A split of a few (三公经费's three) is often listed
 * without its zero class, and is read as whole. */
static bool leaves_out(int common, int split, const int *cats, int n)
{
    if (common < 0 || split < 0)
        return false;
    int classes = 0, missing = 0;
    for (int k = 0; k < zp_ck_ncategories; k++) {
        const zp_category *q = &zp_ck_categories[k];
        if (q->parent != common || (int)q->split != split || q->optional)
            continue;
        classes++;
        bool seen = false;
        for (int i = 0; i < n && !seen; i++)
            seen = cats[i] == k;
        missing += !seen;
    }
    return classes > 3 && missing > 0;
}

/* Does a whole count posts (事业编制 7 名), not people ("纳入部门预算编制 128 人")? */
static bool counts_posts(const zp_frame *whole)
{
    static const char *const posts[] = {"事业编制", "行政编制", "核定编制", "工勤编制", "参公编制",
                                        "机构编制", "编制数"};
    if (!strcmp(whole->subject, "编制"))
        return true;
    for (size_t k = 0; k < sizeof posts / sizeof posts[0]; k++)
        if (strstr(whole->subject, posts[k]))
            return true;
    return false;
}

/* Does part q count people another way than its whole? 实有 (the staff
 * there are) is no part of 编制; 在职 or 退休 may be parts of 年末人数,
 * but not once the parts before made the whole. */
static bool other_headcount(const zp_frame *whole, const zp_frame *q, bool made)
{
    static const char *const kinds[] = {"实有", "在职", "在编", "离退休", "退休", "编外"};
    /* 编制 counts posts: the people in post or retired are no parts of it */
    bool posts = counts_posts(whole);
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        if (strstr(q->subject, kinds[k]) && !strstr(whole->subject, kinds[k]) &&
            (k == 0 || made || posts))
            return true;
    return false;
}

/* Do two parts share a tail of three characters or more ("国家财政性教育经费
 * A，一般公共预算教育经费 B")? Then the second, no larger, may be inside the
 * first: the text does not say which, and nothing can be said to exceed. */
/* The level or kind a part's name opens with (中央资金, 省级资金; 一般性
 * 转移支付, 专项转移支付): a part opening with one, and one opening with
 * another or none, are apart. */
static int level_word(const char *subject)
{
    static const char *const words[] = {"中央", "省级", "省", "市级", "市", "县级", "县", "区级",
                                        "区", "乡镇", "乡级", "镇级", "本级", "上级", "一般性",
                                        "一般转移", "专项", "共同财政事权"};
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (zp_str_starts(subject, words[k]))
            return (int)k;
    return -1;
}

static bool may_nest(const zp_frame *whole, const zp_frame *a, const zp_frame *b, const zp_val *va,
                     const zp_val *vb)
{
    int la = level_word(a->subject), lb = level_word(b->subject);
    if ((la >= 0 || lb >= 0) && la != lb)
        return false;
    size_t na = strlen(a->subject), nb = strlen(b->subject), m = 0;
    while (m < na && m < nb && a->subject[na - 1 - m] == b->subject[nb - 1 - m])
        m++;
    /* whole characters only: back to a first byte */
    while (m > 0 && ((unsigned char)b->subject[nb - m] & 0xC0) == 0x80)
        m--;
    /* "7 项中央补助资金 465.87 万元，其中：基本公共卫生服务中央补助资金…、
     * 公立医院综合改革中央补助资金…": kinds of the whole, named by it */
    if (m >= 9 && zp_str_ends(whole->subject, b->subject + nb - m))
        return false;
    return m >= 9 && zp_rat_cmp(vb->r, va->r) <= 0;
}

/* Do two frames' subjects end with different nouns (their last two
 * characters: 单位 and 机构)? */
static bool other_noun(const zp_frame *a, const zp_frame *b)
{
    size_t n = strlen(a->subject), m = strlen(b->subject);
    return n >= 6 && m >= 6 && (unsigned char)a->subject[n - 6] >= 0xE4 &&
           (unsigned char)b->subject[m - 6] >= 0xE4 && memcmp(a->subject + n - 6, b->subject + m - 6, 6);
}

/* Does a part count people by what they have or do (职称, 学历, 党员, 跟岗)?
 * Such lists overlap the whole's kinds ("工作人员80人，其中卫生专业技术人员
 * 67人，高级职称7人，中级职称34人") and are not summed. */
static bool people_by_attribute(const zp_frame *q)
{
    static const char *const words[] = {"职称", "学历", "学位", "党员", "跟岗", "交流", "借调", "挂职",
                                        "专业技术", "本科", "大专", "研究生", "硕士", "博士", "少数民族"};
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (strstr(q->subject, words[k]))
            return true;
    return false;
}

/* Two counts in one clause are no two parts of a list: "102个部门…其中，
 * 有81个部门公开了104个项目的…" counts 项目 inside what 81 个部门 did. */
static bool one_clause(const zp_checker *c, const zp_item *prev, const zp_item *part)
{
    const char *s = c->p.text;
    size_t len = c->p.len;
    static const char *const seps[] = {"，", "、", "；", "和", "及", "与", "。"};
    for (size_t i = prev->num.end; i < part->num.start; i += zp_ck_char_len((unsigned char)s[i])) {
        if (s[i] == ',' || s[i] == ';' || s[i] == ':' || s[i] == '(' || s[i] == ')')
            return false;
        for (size_t k = 0; k < sizeof seps / sizeof seps[0]; k++)
            if (zp_ck_at(s, len, i, seps[k]))
                return false;
    }
    return true;
}

/* A list of counts with something in it not counted: "预算单位3277个，包括
 * 中国气象局机关和16个…直属事业单位、…2414个县(市)气象局以及县以下气象台
 * (站)" has two, so cannot be summed to its whole; nor a list ending 等. */
static bool counts_left_out(const zp_checker *c, const zp_item *whole, const zp_item *first,
                            const zp_item *last)
{
    const char *s = c->p.text;
    size_t len = c->p.len;
    /* before the first count: the opener, then a name joined by 和 */
    size_t from = whole->num.end, to = first->num.start;
    const char *open = zp_ck_find_last(s + from, to - from, "包括");
    if (!open)
        open = zp_ck_find_last(s + from, to - from, "其中");
    static const char *const joins[] = {"和", "及", "与"};
    if (open) {
        size_t a = (size_t)(open - s) + 6;
        while (a < to && (s[a] == ':' || s[a] == ',' || s[a] == ' ' || zp_ck_at(s, len, a, "，")))
            a += s[a] == ':' || s[a] == ',' || s[a] == ' ' ? 1 : 3;
        for (size_t k = 0; k < sizeof joins / sizeof joins[0]; k++)
            if (to >= a + 6 && zp_ck_at(s, len, to - 3, joins[k]))
                return true;
    }
    /* a part counted with what it is or does ("14家自行免费开放的国有博物馆"):
     * a subset, not a kind */
    for (size_t i = first->num.end; i < last->num.end;) {
        if (zp_ck_at(s, len, i, "的"))
            return true;
        i += zp_ck_char_len((unsigned char)s[i]);
    }
    /* after the last: the rest of its clause */
    size_t end = last->num.end;
    while (end < len && !zp_ck_at(s, len, end, "。") && s[end] != ';' && s[end] != ')' &&
           !zp_ck_at(s, len, end, "，"))
        end += zp_ck_char_len((unsigned char)s[end]);
    static const char *const more[] = {"以及", "和", "及", "等"};
    for (size_t k = 0; k < sizeof more / sizeof more[0]; k++)
        if (zp_ck_has(s + last->num.end, end - last->num.end, more[k]))
            return true;
    return false;
}

/* "下达资金 2263 万元。其中：…（七项）": a list of money that may be partial
 * but falls short of its whole by less than a hundredth looks meant to be
 * whole; said as information, since a list may leave things out. */
static void note_short(zp_checker *c, const zp_item *whole, const zp_item *last, const zp_val *total,
                       const zp_val *sum)
{
    zp_rat gap, limit;
    if (zp_rat_cmp(sum->iv.hi, total->iv.lo) >= 0 || !zp_rat_sub(total->r, sum->r, &gap) ||
        !zp_rat_div(total->r, zp_rat_of_int(100), &limit) || zp_rat_cmp(gap, limit) > 0)
        return;
    zp_finding *g = zp_ck_report(c, ZP_INFO, "arithmetic", "sum-short", whole->num.start,
                                 last->num.end,
                                 "the parts listed after 其中 fall just short of the total",
                                 "“其中”所列各项之和略少于总数：若已列全，则有误");
    zp_ck_finding_stated(g, whole->num.value, whole->num.unit);
    zp_ck_finding_computed_as(g, sum->r, NULL, whole->num.value.scale, 0, &whole->num);
}

/* "主要有部门预算项目支出、专项预算支出二类支出，总预算为 2455.5 万元，其中…":
 * the sentence says how many kinds its whole has, before the whole's figure. */
static int kinds_said(const zp_checker *c, const zp_item *whole)
{
    size_t from = whole->num.start;
    while (from >= 3 && memcmp(c->p.text + from - 3, "。", 3))
        from--;
    for (size_t k = 0; k < c->nums.count; k++) {
        const zp_num *n = &c->nums.items[k];
        if (n->start >= from && n->end <= whole->num.start && !strcmp(n->unit, "类") &&
            n->value.scale == 0 && n->value.units >= 2 && n->value.units <= 32)
            return (int)n->value.units;
    }
    return 0;
}

/* "已完工 14 个，其中甲镇 7 个产业项目全部开工、4 个已完工": a part counted
 * by another deed (开工, not the whole's 完工) than its whole's. */
static bool other_deed(const zp_checker *c, const zp_frame *whole, const zp_item *part)
{
    static const char *const deeds[] = {"开工", "完工", "竣工", "完成", "验收", "启动", "开展"};
    int own = -1;
    for (int k = 0; k < 7 && own < 0; k++)
        if (strstr(whole->subject, deeds[k]))
            own = k;
    if (own < 0)
        return false;
    const char *s = c->p.text;
    size_t i = part->num.end, end = i;
    while (end < c->p.len && s[end] != ',' && s[end] != ';' && !zp_ck_at(s, c->p.len, end, "、") &&
           !zp_ck_at(s, c->p.len, end, "，") && !zp_ck_at(s, c->p.len, end, "。"))
        end += zp_ck_char_len((unsigned char)s[end]);
    for (int k = 0; k < 7; k++)
        if (k != own && zp_ck_has(s + i, end - i, deeds[k]) && !zp_ck_has(s + i, end - i, deeds[own]))
            return true;
    return false;
}

/* Is the whole's last-year figure its latest, with a money or count figure
 * before it? */
static bool last_is_latest(const zp_checker *c, const zp_frame *p)
{
    const zp_item *li = zp_ck_frame_item(c, p, ZR_LAST);
    if (!li)
        return false;
    bool other = false;
    for (int r = 0; r < ZR__N; r++) {
        const zp_item *it = zp_ck_frame_item(c, p, r);
        if (it && it->num.start > li->num.start)
            return false;
        other |= it && it != li;
    }
    return other;
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
        static const int roles[] = {ZR_COUNT, ZR_AMOUNT, ZR_BUDGET, ZR_SCORE, ZR_LAST};
        /* "县级预算安排资金 4900 万元；相比去年(共计 26530.26 万元，其中，中央
         * …)": parts listed right after the whole's last-year figure are
         * last year's, whatever their words */
        bool of_last = last_is_latest(c, p);
        for (size_t k = 0; k < sizeof roles / sizeof roles[0]; k++) {
            int role = roles[k];
            if (of_last && role != ZR_LAST)
                continue;
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
            bool ok = true, all_known = p->cat >= 0, all_posts = true;
            const zp_item *last = NULL;
            const zp_frame *last_part = NULL;
            zp_val last_val;
            bool nested = false;
            /* "其中：在职人数小计 14 人，行政在职 5 人，…事业在职 8 人": the
             * parts after a 小计 make it, and are not parts of the whole. */
            zp_rat inside;
            bool in_subtotal = false;
            int cats[32], ncats = 0;
            int places = ti->num.value.scale; /* the sum is shown to its parts' places */
            for (int j = first[pi]; j >= 0 && ok; j = next[j]) {
                const zp_frame *q = &c->p.frames[j];
                /* "120947.08 万元(中央…、省级…、市级…),其中:一般性…": a second
                 * list of the whole: checked on its own when the first made
                 * the whole, else the first is. */
                if (q->relist && nparts >= 1 && !zp_interval_overlaps(sum.iv, total.iv))
                    break;
                if (q->relist && nparts >= 1) {
                    memset(&sum, 0, sizeof sum);
                    nparts = ncats = 0;
                    common = split = -1;
                    all_known = p->cat >= 0;
                    all_posts = true;
                    last = NULL;
                    last_part = NULL;
                    nested = in_subtotal = false;
                    places = ti->num.value.scale;
                }
                /* The parts already make the whole exactly: what follows is
                 * something else ("…44 名；退休人员 35 名"). */
                if (nparts >= 2 && zp_rat_cmp(sum.r, total.r) == 0)
                    break;
                /* "编制 4 人，其中事业编制 4 人；实有在职人员 3 人": another
                 * count of people, not a part. */
                if ((nparts >= 1 || counts_posts(p)) && counts(ti->num.family) &&
                    other_headcount(p, q, zp_rat_cmp(sum.r, total.r) == 0))
                    break;
                const zp_item *qi = zp_ck_frame_item(c, q, role);
                if (!qi && role == ZR_AMOUNT)
                    qi = zp_ck_frame_item(c, q, ZR_ACTUAL);
                if (!qi && of_last) {
                    zp_val v;
                    zp_ck_frame_amount(c, q, &v);
                    qi = v.it;
                }
                /* "预算数 60 万元，其中…60 万，2018 年度…结余资金 12.664 万元": a
                 * year's balance carried over is part of this year's money. */
                if (!qi && (role == ZR_AMOUNT || role == ZR_BUDGET) &&
                    (strstr(q->subject, "结余") || strstr(q->subject, "结转")))
                    qi = zp_ck_frame_item(c, q, ZR_LAST);
                if (!qi) {
                    ok = false;
                    break;
                }
                if (qi->num.family != ti->num.family ||
                    (counts(ti->num.family) && strcmp(qi->num.unit, ti->num.unit) &&
                     ti->num.family == ZF_COUNT) ||
                    (ti->num.family == ZF_COUNT && other_deed(c, p, qi)) ||
                    (ti->num.family == ZF_COUNT && last && one_clause(c, last, qi)) ||
                    (ti->num.family == ZF_PEOPLE && people_by_attribute(q))) {
                    ok = false;
                    break;
                }
                zp_val x;
                zp_ck_val_from_item(qi, 0, &x);
                if (in_subtotal && x.ok && zp_rat_cmp(x.r, inside) <= 0) {
                    zp_rat left;
                    in_subtotal = zp_rat_sub(inside, x.r, &left) && zp_rat_sign(left) > 0;
                    inside = left;
                    continue;
                }
                in_subtotal = false;
                if (x.ok && strstr(q->subject, "小计")) {
                    in_subtotal = true;
                    inside = x.r;
                }
                ok = x.ok && zp_ck_val_add(&sum, &x);
                if (qi->num.value.scale > places && qi->num.exp10 == ti->num.exp10)
                    places = qi->num.value.scale;
                nested |= ok && last_part && may_nest(p, last_part, q, &last_val, &x);
                last_val = x;
                all_posts = all_posts && strstr(q->subject, "编制");
                nparts++;
                last = qi;
                last_part = q;
                if (!below(q->cat, p->cat))
                    all_known = false;
                if (ncats < 32)
                    cats[ncats++] = q->cat;
                int up = q->cat >= 0 ? zp_ck_categories[q->cat].parent : -2;
                int sp = q->cat >= 0 ? (int)zp_ck_categories[q->cat].split : -2;
                common = common == -1 || common == up ? up : -2;
                split = split == -1 || split == sp ? sp : -2;
            }
            if (!ok || nparts == 0)
                continue;
            /* "单位共1个，包括内设非独立核算的机构14个": one count of other
             * things (机构 inside a 单位) is no part of the whole */
            if (nparts == 1 && ti->num.family == ZF_COUNT && other_noun(p, last_part))
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
            const zp_item *first_item = zp_ck_frame_item(c, &c->p.frames[first[pi]], role);
            /* "工作人员 73 人，其中行政编制 25 人、…事业编制 26 人": people
             * by the posts they fill, and some may fill none (工勤, 编外) */
            bool posts_of_people = all_posts && !counts_posts(p);
            bool counted = counts(ti->num.family) && !posts_of_people &&
                           !(first_item && counts_left_out(c, ti, first_item, last));
            bool full = nparts >= 2 && (counted || kinds_said(c, ti) == nparts ||
                                        p->list_totalled ||
                                        (all_known && !leaves_out(common, split, cats, ncats)) ||
                                        (last_part && !strncmp(last_part->subject, "其他", 6)) ||
                                        whole_of_classes(p, common, split, nparts) ||
                                        (nparts == 2 && last_part &&
                                         pair_split(c->p.frames[first[pi]].subject,
                                                    last_part->subject)));
            bool wrong = full ? !zp_interval_overlaps(total.iv, sum.iv)
                              : zp_rat_cmp(sum.iv.lo, total.iv.hi) > 0 && !nested;
            if (!wrong) {
                if (!full && nparts >= 3 && !nested && ti->num.family == ZF_MONEY)
                    note_short(c, ti, last, &total, &sum);
                continue;
            }
            const char *check = role == ZR_SCORE            ? "score-sum"
                                : counts(ti->num.family) ? "count"
                                                         : "sum";
            zp_finding *g =
                last_part->listed
                    ? zp_ck_report(c, ZP_ERROR, "arithmetic", check, ti->num.start, last->num.end,
                                   "the kinds listed do not add up to the total",
                                   "所列各类之和与总数不符")
                    : zp_ck_report(c, ZP_ERROR, "arithmetic", check, ti->num.start, last->num.end,
                                   full ? "the parts listed after 其中 do not add up to the total"
                                        : "the parts listed after 其中 exceed the total",
                                   full ? "“其中”所列各项之和与总数不符"
                                        : "“其中”所列各项之和超过总数");
            zp_ck_finding_stated(g, ti->num.value, ti->num.unit);
            zp_ck_finding_computed_as(g, sum.r, NULL, places, 0, &ti->num);
        }
    }
    free(first);
    free(next);
}

