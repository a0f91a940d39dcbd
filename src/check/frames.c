/*
 * Frames: reading a paragraph's figures as statements about subjects.
 *
 * "整体支出全年预算数320.61万元，决算数299.8万元，完成率93.5%，其中：基本支出…"
 * is one frame (整体支出: budget, actual, rate) and then parts of it. A
 * figure's label is the text between the previous figure (or the start of
 * its clause) and itself; the label gives the figure's role and, when it
 * names one, a new subject. A label without a subject adds to the frame
 * before it. 其中 and 包括 make the frames after them parts of the frame
 * before them (the walk between figures, frame_walk.c, says which).
 */
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"
#include "check/frame_walk.h"
#include "check/para.h"

static bool at(const char *s, size_t len, size_t i, const char *w)
{
    return zp_ck_at(s, len, i, w);
}

static void add_item(zp_pctx *p, const zp_num *n, int forced)
{
    if (p->nitems == p->itemcap) {
        p->itemcap = p->itemcap ? p->itemcap * 2 : 64;
        p->items = zp_xrealloc(p->items, p->itemcap * sizeof *p->items);
    }
    memset(&p->items[p->nitems], 0, sizeof p->items[p->nitems]);
    p->items[p->nitems].num = *n;
    p->items[p->nitems].forced = forced;
    p->nitems++;
}

/* Zeros said in words: "无支出", "持平". */
static void add_word_zeros(zp_pctx *p)
{
    static const struct {
        const char *text;
        int role;
    } phrases[] = {
        {"无支出", ZR_AMOUNT},     {"未发生支出", ZR_AMOUNT}, {"零支出", ZR_AMOUNT},
        {"没有支出", ZR_AMOUNT},   {"未发生", ZR_AMOUNT},     {"持平", ZR_CHANGE},
    };
    /* Each phrase starts with 无, 未, 零, 没 or 持: look for those first. */
    bool any = false;
    for (size_t i = 0; i + 2 < p->len && !any; i++) {
        unsigned char c0 = (unsigned char)p->text[i];
        if (c0 < 0xE0 || c0 > 0xEF)
            continue;
        int cp = zp_ck_cp3(p->text, i);
        any = cp == 0x65E0 || cp == 0x672A || cp == 0x96F6 || cp == 0x6CA1 || cp == 0x6301;
        i += 2;
    }
    if (!any)
        return;
    for (size_t k = 0; k < sizeof phrases / sizeof phrases[0]; k++) {
        const char *s = p->text;
        size_t len = p->len;
        const char *q = s;
        while ((q = zp_ck_find(q, (size_t)(s + len - q), phrases[k].text)) != NULL) {
            size_t i = (size_t)(q - s);
            /* 未发生 inside 未发生支出 is already taken. */
            bool taken = false;
            for (size_t j = 0; j < p->nitems; j++)
                if (p->items[j].num.start <= i && i < p->items[j].num.end)
                    taken = true;
            if (!taken) {
                zp_num n;
                memset(&n, 0, sizeof n);
                n.family = ZF_MONEY;
                n.start = i;
                n.num_end = n.end = i + strlen(phrases[k].text);
                add_item(p, &n, phrases[k].role);
            }
            q += strlen(phrases[k].text);
        }
    }
}

static int cmp_items(const void *a, const void *b)
{
    const zp_item *x = a, *y = b;
    return x->num.start < y->num.start ? -1 : x->num.start > y->num.start;
}

static int new_frame(zp_pctx *p, const char *subject_in, int sentence, size_t start)
{
    /* The subject may be another frame's, which growing the array moves. */
    char subject[96];
    size_t sl = strlen(subject_in);
    if (sl >= sizeof subject)
        sl = sizeof subject - 1;
    memcpy(subject, subject_in, sl);
    subject[sl] = '\0';
    if (p->nframes == p->framecap) {
        p->framecap = p->framecap ? p->framecap * 2 : 32;
        p->frames = zp_xrealloc(p->frames, p->framecap * sizeof *p->frames);
    }
    zp_frame *f = &p->frames[p->nframes];
    memset(f, 0, sizeof *f);
    memcpy(f->subject, subject, sl + 1);
    f->cat = subject[0] ? zp_ck_category_of(subject, strlen(subject)) : -1;
    for (int r = 0; r < ZR__N; r++)
        f->slot[r] = -1;
    f->parent = -1;
    f->sentence = sentence;
    f->start = start;
    return (int)p->nframes++;
}

/* Do the words before a colon name an item ("住房公积金(项)"), rather than
 * say what follows ("二是从上下年度对比看", "具体情况如下")? */
static bool names_item(const char *s)
{
    static const char *const talk[] = {"看", "如下", "情况", "说明", "分析", "是", "其中",
                                       "包括", "具体", "主要", "方面", "表现", "对比"};
    if (!s[0])
        return false;
    for (size_t k = 0; k < sizeof talk / sizeof talk[0]; k++)
        if (strstr(s, talk[k]))
            return false;
    return true;
}

/* Does a label end with 由 or 从 ("支出由 500 万元…")? */
static bool ends_with_from(const char *s, size_t len)
{
    while (len > 0 && s[len - 1] == ' ')
        len--;
    return len >= 3 && (!memcmp(s + len - 3, "由", 3) || !memcmp(s + len - 3, "从", 3));
}

/* Subjects that name nothing by themselves. */
static bool empty_subject(const char *s)
{
    static const char *const nothing[] = {"", "指标", "其", "合计", "总计", "共", "实际",
                                          "部门", "单位", "整体", "年", "项目经费"};
    for (size_t k = 0; k < sizeof nothing / sizeof nothing[0]; k++)
        if (!strcmp(s, nothing[k]))
            return true;
    return false;
}

/* The whole that "其中" refers to, among frames [first, part): the frame of
 * the part's parent category if there is one, else the nearest frame with a
 * figure of the part's kind (人 for 人, money for money). */
static int whole_of(const zp_pctx *p, int first, int part, int cat, zp_family family,
                    bool sentence_before)
{
    if (cat >= 0) {
        /* The parent category's frame that states its amount, else any. */
        for (int up = zp_ck_categories[cat].parent; up >= 0; up = zp_ck_categories[up].parent) {
            int any = -1;
            for (int i = part - 1; i >= first; i--) {
                const zp_frame *f = &p->frames[i];
                if (f->cat != up)
                    continue;
                if (f->slot[ZR_AMOUNT] >= 0 || f->slot[ZR_ACTUAL] >= 0 || f->slot[ZR_BUDGET] >= 0)
                    return i;
                if (any < 0)
                    any = i;
            }
            if (any >= 0)
                return any;
        }
    }
    /* The last frame with a figure of the kind; in the sentence before, not
     * one of a list of parts there: "总收入 126.05 亿元（县本级 98.88 亿元，
     * 高新区 27.17 亿元），…。其中，…" lists parts of the total, not of 高新区. */
    /* "…收入 20790 亿元…。本年收支结余 4091 亿元，年末滚存结余 26900 亿元。
     * 其中，基本养老保险费收入 17002 亿元": an income's whole is an income,
     * no balance nor the spending */
    const char *part_subject = p->frames[part].subject;
    bool income = zp_str_ends(part_subject, "收入"), spending = zp_str_ends(part_subject, "支出");
    for (int pass = sentence_before ? 0 : 1; pass < 2; pass++)
        for (int i = part - 1; i >= first; i--) {
            int up = p->frames[i].parent;
            if (pass == 0 && up >= first && up < i)
                continue;
            const char *w = p->frames[i].subject;
            if (sentence_before && (income || spending) &&
                (strstr(w, "结余") || strstr(w, "结转") ||
                 (income && zp_str_ends(w, "支出")) || (spending && zp_str_ends(w, "收入"))))
                continue;
            for (int r = 1; r < ZR__N; r++) {
                int k = p->frames[i].slot[r];
                if (k >= 0 && p->items[k].num.family == family && !p->items[k].forced &&
                    !zp_ck_rate_base(p, (size_t)k))
                    return i;
            }
        }
    return -1;
}

/* Where the clause before the colon at s[colon_end - 1] starts: back to
 * the clause's start or to the bracket closing the level above ("…支出(款)
 * 机关事业单位基本养老保险缴费支出(项):"). */
static size_t clause_before_colon(const char *s, size_t len, size_t from, size_t colon_end)
{
    size_t a = colon_end - 1;
    if (a > from && s[a - 1] == ')')
        while (a > from && s[a - 1] != '(')
            a--;
    while (a > from && s[a - 1] != ',' && s[a - 1] != ';' && s[a - 1] != ':' && s[a - 1] != ')' &&
           !(a >= 3 && (at(s, len, a - 3, "。") || at(s, len, a - 3, "，"))))
        a--;
    return a;
}

/* Is frame w, a whole with a 其中 list of its own, a class of the whole of
 * the list it is in ("三公经费…其中：…公务用车购置及运行维护费 A，其中购置费…")?
 * Then its list is inside the other, not after it. */
static bool class_of_parent(const zp_pctx *p, int w)
{
    int up = p->frames[w].parent;
    if (up < 0 || p->frames[w].cat < 0 || p->frames[up].cat < 0)
        return false;
    for (int k = zp_ck_categories[p->frames[w].cat].parent; k >= 0; k = zp_ck_categories[k].parent)
        if (k == p->frames[up].cat)
            return true;
    return false;
}

/* "…收入 856.8 亿元，其中：税收收入 579.9 亿元；…支出完成 1611.9 亿元": the
 * other side of the account is no part of a list of income (or spending). */
static bool other_side(const zp_frame *whole, const zp_frame *part)
{
    bool wi = strstr(whole->subject, "收入") != NULL, we = strstr(whole->subject, "支出") != NULL;
    bool pi = strstr(part->subject, "收入") != NULL, pe = strstr(part->subject, "支出") != NULL;
    return (wi && !we && pe && !pi) || (we && !wi && pi && !pe);
}

static int last_year(const zp_checker *c)
{
    return c->report_year > 0 ? c->report_year - 1 : 0;
}

void zp_ck_frames_build(zp_checker *c)
{
    zp_pctx *p = &c->p;
    const char *s = p->text;
    size_t len = p->len;
    p->nitems = 0;
    p->nframes = 0;
    for (size_t k = 0; k < c->nums.count; k++) {
        const zp_num *n = &c->nums.items[k];
        if (zp_ck_num_is_quantity(n))
            add_item(p, n, ZR_NONE);
    }
    add_word_zeros(p);
    if (p->nitems > 1)
        qsort(p->items, p->nitems, sizeof *p->items, cmp_items);
    zp_ck_respectively_mark(p);

    memset(p->declared, 0, sizeof p->declared);
    p->declared[ZS_FUNC] = zp_ck_has(s, len, "功能分类");
    p->declared[ZS_ECON] = zp_ck_has(s, len, "经济分类");
    p->declared[ZS_NATURE] = true;
    p->declared[ZS_BASIC] = true;
    p->declared[ZS_SANGONG] = true;
    p->declared[ZS_CAR] = true;

    zp_walk w;
    zp_ck_walk_init(&w);
    bool has_basic = zp_ck_has(s, len, "基本支出");
    size_t boundary = 0, prev_label_at = 0;
    for (size_t i = 0; i < p->nitems; i++) {
        zp_item *it = &p->items[i];
        size_t label_at = zp_ck_walk_between(&w, p, i, boundary, it->num.start);
        zp_label lab;
        if (it->resp > 1 && it->head_end) /* a later figure of a list: the list's label */
            zp_ck_classify_label(s, it->head_at, it->head_end, &it->num, last_year(c), &lab);
        else
            zp_ck_classify_label(s, label_at, it->num.start, &it->num, last_year(c), &lab);
        int role = it->forced ? it->forced : (int)lab.role;
        /* "…，与预算相比，减少 0.1 万元": the comparison in a clause of its
         * own before the change. */
        if ((role == ZR_CHANGE || role == ZR_CHANGE_PCT) && !lab.vs_budget && label_at > boundary)
            lab.vs_budget = zp_ck_says_vs_budget(s + boundary, label_at - boundary, last_year(c));
        /* "完成年初预算数 B 万元的 C%", "占年初预算 B 万元的 C%", "为调整
         * 预算 B 万元的 C%": a percentage of the budget just before it,
         * itself said to be 完成, 占 or 为, is the execution rate. */
        if (role == ZR_INDICATOR && w.cur >= 0 && i > 0 &&
            p->frames[w.cur].slot[ZR_BUDGET] == (int)i - 1 &&
            zp_ck_at(s, len, boundary, "的") && boundary + 3 == it->num.start &&
            (zp_ck_has(s + prev_label_at, p->items[i - 1].num.start - prev_label_at, "完成") ||
             zp_ck_has(s + prev_label_at, p->items[i - 1].num.start - prev_label_at, "占") ||
             zp_ck_has(s + prev_label_at, p->items[i - 1].num.start - prev_label_at, "为")))
            role = ZR_RATE;
        /* "与 2022 年获得…资金 384 万元相比增加 149 万元": the figure
         * compared with is the earlier one, whatever year the report is. */
        if (role == ZR_AMOUNT && zp_ck_at(s, len, label_at, "与") &&
            (zp_ck_at(s, len, it->num.end, "相比") || zp_ck_at(s, len, it->num.end, "比较") ||
             zp_ck_at(s, len, it->num.end, "对比")))
            role = ZR_LAST;
        /* "较上年减少 1.5 万元(42.86%)": a percentage in brackets right
         * after a change is its rate, in its direction */
        bool bracketed_rate = role == ZR_INDICATOR && w.cur >= 0 && i > 0 &&
                              p->frames[w.cur].slot[ZR_CHANGE] == (int)i - 1 &&
                              boundary + 1 == it->num.start && s[boundary] == '(' &&
                              zp_ck_at(s, len, it->num.end, ")");
        if (bracketed_rate) {
            role = ZR_CHANGE_PCT;
            lab.sign = p->frames[w.cur].sign[ZR_CHANGE];
            lab.subject[0] = '\0';
        }
        /* "执行率由上年的 88.79% 提高到 96.20%": the level is this year's
         * rate, the rate said of last year before it none of this year's */
        if (lab.level && role == ZR_INDICATOR && it->num.family == ZF_PCT && i > 0 &&
            p->items[i - 1].num.family == ZF_PCT && prev_label_at < p->items[i - 1].num.start) {
            const char *pl = s + prev_label_at;
            size_t pn = p->items[i - 1].num.start - prev_label_at;
            if ((zp_ck_has(pl, pn, "执行率") || zp_ck_has(pl, pn, "完成率")) &&
                zp_ck_says_last_year(pl, pn, last_year(c))) {
                role = ZR_RATE;
                if (!lab.subject[0])
                    zp_ck_subject_of(pl, pn, lab.subject, sizeof lab.subject);
            }
        }
        /* "由 A 增加到 B": A, said after 由 or 从, is last year's. */
        if (lab.level && w.cur >= 0 && i > 0 && role != ZR_INDICATOR &&
            p->frames[w.cur].slot[role] == (int)i - 1 && p->frames[w.cur].slot[ZR_LAST] < 0 &&
            ends_with_from(s + prev_label_at, p->items[i - 1].num.start - prev_label_at)) {
            p->frames[w.cur].slot[ZR_LAST] = (int)i - 1;
            p->frames[w.cur].slot[role] = -1;
        }
        prev_label_at = label_at;
        size_t boundary_before = boundary;
        boundary = it->num.end;
        if (role == ZR_NONE) {
            /* "；项目支出639.07，占…2%": a figure read as nothing under a
             * subject of its own; what follows is not the frame before's */
            if (w.cur >= 0 && it->num.family == ZF_NONE && lab.subject[0] &&
                zp_ck_category_of(lab.subject, strlen(lab.subject)) >= 0 &&
                strcmp(lab.subject, p->frames[w.cur].subject))
                w.cur = -1;
            continue;
        }
        if (it->forced == ZR_CHANGE)
            lab.subject[0] = '\0'; /* 持平 belongs to the frame before it */
        const char *subj = lab.subject;
        /* "其中：…，农业水价改革 18 万元，合计 2263 万元": the list's total,
         * which says the list is all of its whole */
        bool list_total = w.qz_parent >= 0 && zp_ck_total_label(s, label_at, it->num.start);
        if (list_total)
            p->frames[w.qz_parent].list_totalled = true;
        /* "人员经费 263.47 万元、公用经费 757.07 万元，合计 1020.54 万元": a total
         * of the list before it (list_total.c), none of its last item's */
        bool bare_total = !list_total && w.qz_parent < 0 && w.bk_parent < 0 &&
                          zp_ck_total_label(s, label_at, it->num.start);
        if (!strcmp(subj, "项目") && has_basic) /* "基本支出减少…，项目增加…" */
            subj = "项目支出";
        /* "收入 4348 万元，占年初预算 10065 万元的 43.2%": the budget of the
         * subject before, not a subject called 占. */
        if ((!strcmp(subj, "占") || !strcmp(subj, "占年")) && role == ZR_BUDGET)
            subj = ""; /* "占年预算 30820 万元的": the year's budget */
        /* "…基本养老保险缴费支出(项): 支出决算为 67.64 万元": after a colon,
         * a bare 支出 is the item the words before the colon name. */
        char before_colon[96];
        size_t word_at = label_at;
        while (word_at < it->num.start && s[word_at] == ' ')
            word_at++;
        if ((!strcmp(subj, "支出") || !strcmp(subj, "收入")) && label_at > 0 &&
            s[label_at - 1] == ':' && (at(s, len, word_at, "支出") || at(s, len, word_at, "收入"))) {
            size_t a = clause_before_colon(s, len, boundary_before, label_at);
            zp_ck_subject_of(s + a, label_at - 1 - a, before_colon, sizeof before_colon);
            if (names_item(before_colon))
                subj = before_colon;
        }
        /* "全省政府性基金预算收入 3631.5 亿元；支出 3973.09 亿元": a bare
         * 支出 after the fund's 收入 (or the reverse) is that fund's. */
        char funded[96];
        const char *other = !strcmp(subj, "支出") ? "收入" : !strcmp(subj, "收入") ? "支出" : NULL;
        if (other && w.cur >= 0 && strstr(p->frames[w.cur].subject, other) &&
            label_at > w.sentence_at) {
            const char *fund = zp_ck_fund_named(s + w.sentence_at, label_at - w.sentence_at);
            if (fund) {
                zp_str_join(funded, sizeof funded, fund, subj);
                subj = funded;
            }
        }
        /* "1．在职人员控制率：分值 5.00 分，得分 5.00 分": a score's subject
         * is the indicator named before the colon, by its whole name. */
        if (!subj[0] && w.cur < 0 && label_at > 0 && s[label_at - 1] == ':' &&
            (role == ZR_WEIGHT || role == ZR_SCORE || role == ZR_SCORE_RATE)) {
            size_t a = clause_before_colon(s, len, boundary_before, label_at);
            if (a < p->para->marker_len)
                a = p->para->marker_len;
            if (a < label_at - 1)
                zp_ck_key_of(s + a, label_at - 1 - a, before_colon, sizeof before_colon);
            subj = a < label_at - 1 ? before_colon : subj;
        }
        /* "三公经费预算 12 万元，实际支出 9.8 万元": 实际支出 is the same
         * subject's final figure, not the total expenditure. */
        if (w.cur >= 0 && (role == ZR_ACTUAL || (role == ZR_AMOUNT && p->frames[w.cur].slot[ZR_BUDGET] >= 0)) &&
            p->frames[w.cur].slot[ZR_ACTUAL] < 0 && p->frames[w.cur].slot[ZR_AMOUNT] < 0 &&
            (!strcmp(subj, "支出") || !strcmp(subj, "收入")))
            subj = "";
        int f;
        size_t frames_before = p->nframes;
        if (bare_total) {
            /* "人员经费 A、公用经费 B，合计 C": the total of a complete split
             * is its whole's (基本支出), as the ledger knows it */
            int whole = zp_ck_split_whole(p, w.sentence);
            f = new_frame(p, whole >= 0 ? zp_ck_categories[whole].name : "合计", w.sentence, label_at);
        } else if (list_total) {
            f = new_frame(p, "合计", w.sentence, label_at);
        } else if (it->resp) {
            /* Its subject is the list's: the latest frame of that subject in
             * the paragraph that lacks this role ("收、支总计各是 A，B 万元。
             * …收、支总计各减少 C，D 万元"), or a new one. */
            subj = p->groups[it->group].subject[it->resp - 1];
            f = -1;
            for (int g = (int)p->nframes; g-- > 0 && f < 0;)
                if (p->frames[g].slot[role] < 0 && !strcmp(p->frames[g].subject, subj))
                    f = g;
            if (f < 0)
                f = new_frame(p, subj, w.sentence, label_at);
        } else if (!empty_subject(subj)) {
            zp_frame *cf = w.cur >= 0 ? &p->frames[w.cur] : NULL;
            if (cf && cf->slot[role] < 0 &&
                (!strcmp(cf->subject, subj) || zp_str_ends(cf->subject, subj) ||
                 zp_ck_short_name_of(cf->subject, subj))) {
                f = w.cur;
            } else if (cf && cf->slot[role] < 0 && empty_subject(cf->subject) &&
                       (role == ZR_ACTUAL || role == ZR_AMOUNT || role == ZR_BUDGET) &&
                       !w.qz_pending && w.qz_parent < 0 && w.bk_parent < 0) {
                /* "年初预算 A 万元，实际支出 X 万元": the subject comes with
                 * the second figure of the frame; not after 其中 ("决算数为
                 * 10 万元，其中公务接待费 6 万元" names a part). */
                f = w.cur;
                zp_str_copy(cf->subject, sizeof cf->subject, subj);
                cf->cat = zp_ck_category_of(subj, strlen(subj));
            } else {
                f = new_frame(p, subj, w.sentence, label_at);
            }
        } else if ((role == ZR_WEIGHT || role == ZR_SCORE) && w.cur >= 0 &&
                   p->frames[w.cur].counted_noun &&
                   p->frames[w.cur].slot[ZR_AMOUNT] < 0 && p->frames[w.cur].slot[ZR_BUDGET] < 0 &&
                   p->frames[w.cur].slot[ZR_ACTUAL] < 0 && w.sentence_first >= 0 &&
                   w.sentence_first < w.cur &&
                   p->frames[w.sentence_first].slot[role] < 0) {
            /* "产出指标由 2 个二级指标、4 个三级指标构成，分值为 40 分": the
             * sentence's subject's, not the things it counts */
            f = w.sentence_first;
        } else if (role == ZR_RATE && w.cur >= 0 && p->frames[w.cur].enumerated &&
                   p->frames[w.cur].parent >= 0 &&
                   p->frames[p->frames[w.cur].parent].slot[role] < 0) {
            /* "其中：中央 248.74 万元、省级 74.71 万元、县级 31.71 万元，执行
             * 率 65%": after parts said in one breath, the whole's rate */
            f = p->frames[w.cur].parent;
        } else if (w.cur >= 0 && p->frames[w.cur].slot[role] < 0) {
            f = w.cur;
        } else if (w.cur < 0 && w.sentence_start && w.prev_sentence_frame >= 0 &&
                   p->frames[zp_ck_sentence_whole(p, w.prev_sentence_frame)].slot[role] < 0 &&
                   (role == ZR_CHANGE || role == ZR_CHANGE_PCT || role == ZR_RATE ||
                    role == ZR_SHARE)) {
            f = zp_ck_sentence_whole(p, w.prev_sentence_frame);
        } else {
            f = new_frame(p, w.cur >= 0 ? p->frames[w.cur].subject : "", w.sentence, label_at);
            if (w.cur >= 0)
                p->frames[f].parent = p->frames[w.cur].parent;
        }
        zp_frame *fr = &p->frames[f];
        if (p->nframes > frames_before) {
            fr->enumerated = zp_ck_at(s, len, boundary_before, "、");
            fr->counted_noun = i > 0 && label_at == boundary_before &&
                               p->items[i - 1].num.family == ZF_COUNT;
        }
        if (w.qz_pending && f == (int)p->nframes - 1) {
            w.qz_parent = whole_of(p, w.qz_first, f, fr->cat, it->num.family, w.qz_first < w.sentence_first);
            w.qz_pending = false;
            /* A whole with parts of its own is not a part of the list
             * before it: "编制 45 人，其中…；实有 42 人，其中…"; nor is its
             * first part, which took the whole's parent when it was made. */
            if (w.qz_parent >= 0 && w.depth == 0 && !class_of_parent(p, w.qz_parent)) {
                if (f != w.cur && f != w.qz_parent && fr->parent == p->frames[w.qz_parent].parent)
                    fr->parent = -1;
                p->frames[w.qz_parent].parent = -1;
            }
        }
        if (f != w.cur && fr->parent < 0 && f == (int)p->nframes - 1 && w.qz_parent < 0 &&
            w.qz_carry >= 0 && f == w.sentence_first && zp_ck_same_split(fr->cat, w.qz_last_cat))
            w.qz_parent = w.qz_carry;
        if (f != w.cur && fr->parent < 0 && f == (int)p->nframes - 1) {
            /* "…，收入合计为 6449 万元": a total ends the list, no part of it
             * (but "收入总计…，其中：本年收入合计…" holds the year's total) */
            if (w.qz_parent >= 0 && (strstr(fr->subject, "合计") || strstr(fr->subject, "总计")) &&
                !(strstr(p->frames[w.qz_parent].subject, "总计") && strstr(fr->subject, "合计")))
                w.qz_parent = -1;
            /* "基本支出 A，其中人员经费…，公用经费…；项目支出 B": the whole's
             * sibling ends its list */
            if (w.qz_parent >= 0 && zp_ck_same_split(fr->cat, p->frames[w.qz_parent].cat))
                w.qz_parent = -1;
            /* "实有 48 人，其中在职 37 人，包括行政编制 24 人，…13 人，退休
             * 11 人": 包括 after a part lists the part's parts, until they
             * make it */
            if (w.qz_parent >= 0 && w.bk_parent >= 0 && w.bk_parent != f &&
                p->frames[w.bk_parent].parent == w.qz_parent &&
                !zp_ck_parts_make(c, w.bk_parent)) {
                fr->parent = w.bk_parent;
            } else if (w.qz_parent >= 0 && w.qz_parent != f &&
                       !other_side(&p->frames[w.qz_parent], fr) && !zp_ck_rate_base(p, i)) {
                fr->parent = w.qz_parent;
                fr->relist = w.relist;
                w.relist = false;
                w.qz_last_cat = fr->cat;
            } else if (w.bk_parent >= 0 && w.bk_parent != f) {
                fr->parent = w.bk_parent;
            }
        }
        /* A bare amount in a budget's list, or under a budget's heading, is
         * a budget: "预算收入 1,200 万元，其中基本支出 800 万元". */
        if (role == ZR_AMOUNT && !it->forced) {
            const zp_frame *whole = fr->parent >= 0 ? &p->frames[fr->parent] : NULL;
            if ((whole && whole->slot[ZR_BUDGET] >= 0 && whole->slot[ZR_AMOUNT] < 0 &&
                 whole->slot[ZR_ACTUAL] < 0) ||
                c->budget_section)
                role = ZR_BUDGET;
        }
        if (fr->slot[role] >= 0 && f == w.cur) {
            /* The role changed and is taken: this figure starts its own frame. */
            f = new_frame(p, fr->subject, w.sentence, label_at);
            fr = &p->frames[f];
            fr->parent = p->frames[w.cur].parent;
        }
        /* "X 元，其中：A 元，B 元，同比增加 D 元": whose change is D? */
        if ((role == ZR_CHANGE || role == ZR_CHANGE_PCT) && f == w.cur && !it->resp &&
            empty_subject(subj) && fr->parent >= 0)
            fr->change_unnamed = true;
        fr->slot[role] = (int)i;
        if (role == ZR_LAST)
            fr->last_budget = lab.budget_word;
        if (role == ZR_CHANGE || role == ZR_CHANGE_PCT)
            fr->change_of_budget |= lab.budget_word;
        fr->sign[role] = lab.sign;
        fr->word_at[role] = lab.word_at;
        fr->word_len[role] = lab.word_len;
        if (role == ZR_SHARE)
            zp_str_copy(fr->object, sizeof fr->object, lab.object);
        fr->vs_budget |= lab.vs_budget && (role == ZR_CHANGE || role == ZR_CHANGE_PCT);
        fr->income_word |= lab.income_word;
        if (role == ZR_SCORE)
            fr->total_word |= lab.total_word && !zp_ck_indicators_score(c, label_at, it->num.start);
        fr->expense_word |= lab.expense_word;
        fr->end = it->num.end;
        w.cur = f;
        w.sentence_start = false;
    }

    zp_ck_frames_relate(p);

    /* The paragraph's table: the first frame per category and role. */
    size_t need = (size_t)zp_ck_ncategories * ZR__N;
    if (p->catcap < (int)need) {
        p->cat_frame = zp_xrealloc(p->cat_frame, need * sizeof *p->cat_frame);
        p->catcap = (int)need;
    }
    for (size_t k = 0; k < need; k++)
        p->cat_frame[k] = -1;
    if (!p->touched)
        p->touched = zp_xcalloc((size_t)zp_ck_ncategories, sizeof *p->touched);
    memset(p->touched, 0, (size_t)zp_ck_ncategories * sizeof *p->touched);
    for (size_t f = 0; f < p->nframes; f++) {
        const zp_frame *fr = &p->frames[f];
        if (fr->cat < 0)
            continue;
        for (int r = 0; r < ZR__N; r++)
            if (fr->slot[r] >= 0 && p->cat_frame[fr->cat * ZR__N + r] < 0)
                p->cat_frame[fr->cat * ZR__N + r] = (int)f;
        for (int up = fr->cat; up >= 0; up = zp_ck_categories[up].parent)
            p->touched[up] = true;
    }
}

int zp_ck_cat_frame(const zp_checker *c, int cat, int role)
{
    if (cat < 0 || cat >= zp_ck_ncategories)
        return -1;
    return c->p.cat_frame[cat * ZR__N + role];
}

const zp_item *zp_ck_frame_item(const zp_checker *c, const zp_frame *f, int role)
{
    return f->slot[role] >= 0 ? &c->p.items[f->slot[role]] : NULL;
}

static bool cache(const zp_item *it)
{
    zp_item *m = (zp_item *)it; /* a cache: same answers, sooner */
    if (!m->cached)
        m->cached = zp_ck_num_interval(&m->num, &m->iv) && zp_ck_num_rat(&m->num, &m->r) ? 1 : -1;
    return m->cached > 0;
}

bool zp_ck_item_interval(const zp_item *it, zp_interval *out)
{
    if (!cache(it))
        return false;
    *out = it->iv;
    return true;
}

bool zp_ck_item_rat(const zp_item *it, zp_rat *out)
{
    if (!cache(it))
        return false;
    *out = it->r;
    return true;
}
