/*
 * Frames: reading a paragraph's figures as statements about subjects.
 *
 * "整体支出全年预算数320.61万元，决算数299.8万元，完成率93.5%，其中：基本支出…"
 * is one frame (整体支出: budget, actual, rate) and then parts of it. A
 * figure's label is the text between the previous figure (or the start of
 * its clause) and itself; the label gives the figure's role and, when it
 * names one, a new subject. A label without a subject adds to the frame
 * before it. 其中 and 包括 make the frames after them parts of the frame
 * before them, up to the end of the sentence (or the closing bracket when
 * the 其中 is inside brackets, or the semicolon for 包括).
 */
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"
#include "check/para.h"

static bool at(const char *s, size_t len, size_t i, const char *w)
{
    return zp_ck_at(s, len, i, w);
}

static int cp3(const char *s, size_t i)
{
    const unsigned char *u = (const unsigned char *)s + i;
    return ((u[0] & 0x0F) << 12) | ((u[1] & 0x3F) << 6) | (u[2] & 0x3F);
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
        int cp = cp3(p->text, i);
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
    for (int pass = sentence_before ? 0 : 1; pass < 2; pass++)
        for (int i = part - 1; i >= first; i--) {
            int up = p->frames[i].parent;
            if (pass == 0 && up >= first && up < i)
                continue;
            for (int r = 1; r < ZR__N; r++) {
                int k = p->frames[i].slot[r];
                if (k >= 0 && p->items[k].num.family == family && !p->items[k].forced)
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

/* Has frame f only percentages (shares, rates, indicators)? */
static bool shares_only(const zp_frame *f)
{
    static const int amounts[] = {ZR_AMOUNT, ZR_BUDGET, ZR_ACTUAL, ZR_CHANGE, ZR_LAST,
                                  ZR_WEIGHT, ZR_SCORE,  ZR_COUNT};
    for (size_t k = 0; k < sizeof amounts / sizeof amounts[0]; k++)
        if (f->slot[amounts[k]] >= 0)
            return false;
    return f->slot[ZR_SHARE] >= 0;
}

/* Does an item numbered as a list's or a heading's start at s[at..)
 * ("2、", "(二)", "②")? */
static bool numbered_item(const char *s, size_t len, size_t at)
{
    size_t marker;
    return at < len && zp_ck_heading_level(s + at, len - at, &marker) > 0;
}

/* "…上年结转结余 23,067.24 元；支出包括：教育支出 …": the words before
 * 包括 name its whole, which is not the figure before them. */
static bool names_own_whole(const char *s, size_t a, size_t b, const char *before)
{
    static const char *const talk[] = {"主要", "具体", "分别", "主要是", "还", "也", "均"};
    char subject[96];
    zp_ck_subject_of(s + a, b - a, subject, sizeof subject);
    if (strlen(subject) < 6 || !strcmp(subject, before))
        return false;
    for (size_t k = 0; k < sizeof talk / sizeof talk[0]; k++)
        if (!strcmp(subject, talk[k]))
            return false;
    return true;
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

/* Two classes of one split of one category (人员经费 and 公用经费)? */
static bool sibling(int a, int b)
{
    return a >= 0 && b >= 0 && a != b && zp_ck_categories[a].parent >= 0 &&
           zp_ck_categories[a].parent == zp_ck_categories[b].parent &&
           zp_ck_categories[a].split == zp_ck_categories[b].split;
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

    int cur = -1, prev_sentence_frame = -1;
    int sentence = 0;
    int qz_parent = -1, qz_depth = -1; /* 其中 */
    bool qz_pending = false;           /* 其中 seen, its whole not chosen yet */
    int qz_first = 0;                  /* the first frame it may refer to */
    int sentence_first = 0, prev_sentence_first = 0;
    int bk_parent = -1;                /* 包括 */
    /* "其中：人员经费 A 元，主要包括…。公用经费 B 元，…": a list whose
     * parts each have a sentence goes on with a sibling of its last part. */
    int qz_carry = -1, qz_last_cat = -1;
    int outer_parent = -1, outer_depth = -1; /* a 其中 list around one in brackets */
    int depth = 0;
    bool sentence_start = true;
    size_t sentence_at = 0; /* where the sentence began */
    bool has_basic = zp_ck_has(s, len, "基本支出");
    size_t boundary = 0, prev_label_at = 0;
    for (size_t i = 0; i < p->nitems; i++) {
        zp_item *it = &p->items[i];
        size_t label_at = boundary;
        /* Walk the structure between the previous figure and this one. The
         * normaliser has made ！？；：（） ASCII; 。，其中 包括 are left. */
        for (size_t j = boundary; j < it->num.start;) {
            unsigned char ch = (unsigned char)s[j];
            size_t step = zp_ck_char_len(ch);
            int cp = ch < 0x80 ? ch : (step == 3 && j + 2 < len) ? cp3(s, j) : -1;
            switch (cp) {
            case 0x3002: /* 。 */
            case '!':
            case '?':
                sentence++;
                if (cur >= 0)
                    prev_sentence_frame = cur;
                prev_sentence_first = sentence_first;
                sentence_first = (int)p->nframes;
                cur = -1;
                qz_carry = qz_parent >= 0 && qz_last_cat >= 0 ? qz_parent : -1;
                qz_parent = bk_parent = outer_parent = -1;
                qz_pending = false;
                sentence_start = true;
                sentence_at = label_at = j + step;
                break;
            case ';':
                bk_parent = -1;
                label_at = j + step;
                /* "…涉及资金 656.93 万元，占项目总数比例 100%，占…总额比例 100%；
                 * 0 个项目…": a frame of shares alone (a second share of the
                 * figure before) takes no figures of the next clause. */
                if (cur >= 0 && shares_only(&p->frames[cur]))
                    cur = -1;
                /* "1、…654.17万元,其中补助地方30万元; 2、…559.52万元": an item
                 * numbered after ； is the next of a list, not a part. */
                if (numbered_item(s, len, j + 1)) {
                    qz_parent = outer_parent = -1;
                    qz_pending = false;
                    cur = -1;
                    break;
                }
                /* "其中：…；公务用车…费 A 万元，其中购置费 B…，运行维护费 C…；
                 * 公务接待费 D": ； ends a list inside a list's part. */
                if (qz_parent >= 0 && p->frames[qz_parent].parent >= 0 && !qz_pending &&
                    depth == 0)
                    qz_parent = p->frames[qz_parent].parent;
                break;
            case 0xFF0C: /* ， */
            case ',':
            case ':':
                label_at = j + step;
                break;
            case '(':
                depth++;
                /* "编制 68 名（行政编制 18 名，事业编制 50 名）": a bracket
                 * right after a figure lists its parts. */
                if (cur >= 0 && i > 0 && j <= p->items[i - 1].num.end + 1 &&
                    p->items[i - 1].num.end <= j && p->items[i - 1].num.family != ZF_PCT) {
                    if (qz_parent >= 0 && depth > qz_depth) {
                        outer_parent = qz_parent;
                        outer_depth = qz_depth;
                    }
                    qz_pending = true;
                    qz_parent = -1;
                    qz_first = cur;
                    qz_depth = depth;
                }
                break;
            case ')':
                if (depth > 0)
                    depth--;
                if ((qz_parent >= 0 || qz_pending) && depth < qz_depth) {
                    /* The list in brackets is done; the one outside goes on,
                     * and what follows without a subject is the whole's
                     * ("849 万元（其中…），比上年增加 569 万元"). */
                    if (qz_parent >= 0)
                        cur = qz_parent;
                    qz_parent = outer_parent;
                    qz_depth = outer_depth;
                    outer_parent = -1;
                    qz_pending = false;
                }
                break;
            case 0x5176: /* 其中 */
                if (at(s, len, j, "其中")) {
                    /* "其中：A…，B 849 万元（其中：B1…，B2…），C…": a list in
                     * brackets inside another, which resumes after them. */
                    if (qz_parent >= 0 && depth > qz_depth) {
                        outer_parent = qz_parent;
                        outer_depth = qz_depth;
                    }
                    /* Its whole is chosen when its first part is read: in
                     * the sentence before when this one opens with 其中; not
                     * at all when it opens with a whole whose figure was
                     * not read ("合计为 807.95 万，其中…"). */
                    qz_pending = true;
                    qz_parent = -1;
                    qz_first = sentence_start ? prev_sentence_first : sentence_first;
                    qz_depth = depth;
                    if (sentence_start && names_own_whole(s, sentence_at, j, ""))
                        qz_pending = false;
                }
                break;
            case 0x53E6: /* 另有, 另外: what follows is not among the parts */
                qz_parent = -1;
                qz_pending = false;
                bk_parent = -1;
                break;
            case 0x5305: /* 包括 */
                if (at(s, len, j, "包括") && cur >= 0)
                    bk_parent = names_own_whole(s, label_at, j, p->frames[cur].subject) ? -1 : cur;
                break;
            case 0x542B: /* 含, starting a clause: "预算 4,471.22 万元，含…经费 250 万元" */
                if (cur >= 0 && j > 0 &&
                    (s[j - 1] == ',' || s[j - 1] == '(' || s[j - 1] == ':' ||
                     (j >= 3 && !memcmp(s + j - 3, "，", 3))))
                    bk_parent = cur;
                break;
            default:
                break;
            }
            j += step;
        }
        zp_label lab;
        if (it->resp > 1 && it->head_end) /* a later figure of a list: the list's label */
            zp_ck_classify_label(s, it->head_at, it->head_end, &it->num, last_year(c), &lab);
        else
            zp_ck_classify_label(s, label_at, it->num.start, &it->num, last_year(c), &lab);
        int role = it->forced ? it->forced : (int)lab.role;
        /* "完成年初预算数 B 万元的 C%", "占年初预算 B 万元的 C%": a
         * percentage of the budget just before it, itself said to be 完成
         * or 占, is the execution rate. */
        if (role == ZR_INDICATOR && cur >= 0 && i > 0 &&
            p->frames[cur].slot[ZR_BUDGET] == (int)i - 1 &&
            zp_ck_at(s, len, boundary, "的") && boundary + 3 == it->num.start &&
            (zp_ck_has(s + prev_label_at, p->items[i - 1].num.start - prev_label_at, "完成") ||
             zp_ck_has(s + prev_label_at, p->items[i - 1].num.start - prev_label_at, "占")))
            role = ZR_RATE;
        /* "由 A 增加到 B": A, said after 由 or 从, is last year's. */
        if (lab.level && cur >= 0 && i > 0 && role != ZR_INDICATOR &&
            p->frames[cur].slot[role] == (int)i - 1 && p->frames[cur].slot[ZR_LAST] < 0 &&
            ends_with_from(s + prev_label_at, p->items[i - 1].num.start - prev_label_at)) {
            p->frames[cur].slot[ZR_LAST] = (int)i - 1;
            p->frames[cur].slot[role] = -1;
        }
        prev_label_at = label_at;
        size_t boundary_before = boundary;
        boundary = it->num.end;
        if (role == ZR_NONE)
            continue;
        if (it->forced == ZR_CHANGE)
            lab.subject[0] = '\0'; /* 持平 belongs to the frame before it */
        const char *subj = lab.subject;
        if (!strcmp(subj, "项目") && has_basic) /* "基本支出减少…，项目增加…" */
            subj = "项目支出";
        /* "收入 4348 万元，占年初预算 10065 万元的 43.2%": the budget of the
         * subject before, not a subject called 占. */
        if (!strcmp(subj, "占") && role == ZR_BUDGET)
            subj = "";
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
        /* "1．在职人员控制率：分值 5.00 分，得分 5.00 分": a score's subject
         * is the indicator named before the colon, by its whole name. */
        if (!subj[0] && cur < 0 && label_at > 0 && s[label_at - 1] == ':' &&
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
        if (cur >= 0 && (role == ZR_ACTUAL || (role == ZR_AMOUNT && p->frames[cur].slot[ZR_BUDGET] >= 0)) &&
            p->frames[cur].slot[ZR_ACTUAL] < 0 && p->frames[cur].slot[ZR_AMOUNT] < 0 &&
            (!strcmp(subj, "支出") || !strcmp(subj, "收入")))
            subj = "";
        int f;
        if (it->resp) {
            /* Its subject is the list's: the latest frame of that subject in
             * the paragraph that lacks this role ("收、支总计各是 A，B 万元。
             * …收、支总计各减少 C，D 万元"), or a new one. */
            subj = p->groups[it->group].subject[it->resp - 1];
            f = -1;
            for (int g = (int)p->nframes; g-- > 0 && f < 0;)
                if (p->frames[g].slot[role] < 0 && !strcmp(p->frames[g].subject, subj))
                    f = g;
            if (f < 0)
                f = new_frame(p, subj, sentence, label_at);
        } else if (!empty_subject(subj)) {
            zp_frame *cf = cur >= 0 ? &p->frames[cur] : NULL;
            if (cf && cf->slot[role] < 0 &&
                (!strcmp(cf->subject, subj) || zp_str_ends(cf->subject, subj))) {
                f = cur;
            } else if (cf && cf->slot[role] < 0 && empty_subject(cf->subject) &&
                       (role == ZR_ACTUAL || role == ZR_AMOUNT || role == ZR_BUDGET)) {
                /* "年初预算 A 万元，实际支出 X 万元": the subject comes with
                 * the second figure of the frame. */
                f = cur;
                zp_str_copy(cf->subject, sizeof cf->subject, subj);
                cf->cat = zp_ck_category_of(subj, strlen(subj));
            } else {
                f = new_frame(p, subj, sentence, label_at);
            }
        } else if (cur >= 0 && p->frames[cur].slot[role] < 0) {
            f = cur;
        } else if (cur < 0 && sentence_start && prev_sentence_frame >= 0 &&
                   p->frames[prev_sentence_frame].slot[role] < 0 &&
                   (role == ZR_CHANGE || role == ZR_CHANGE_PCT || role == ZR_RATE ||
                    role == ZR_SHARE)) {
            f = prev_sentence_frame;
        } else {
            f = new_frame(p, cur >= 0 ? p->frames[cur].subject : "", sentence, label_at);
            if (cur >= 0)
                p->frames[f].parent = p->frames[cur].parent;
        }
        zp_frame *fr = &p->frames[f];
        if (qz_pending && f == (int)p->nframes - 1) {
            qz_parent = whole_of(p, qz_first, f, fr->cat, it->num.family, qz_first < sentence_first);
            qz_pending = false;
            /* A whole with parts of its own is not a part of the list
             * before it: "编制 45 人，其中…；实有 42 人，其中…"; nor is its
             * first part, which took the whole's parent when it was made. */
            if (qz_parent >= 0 && depth == 0 && !class_of_parent(p, qz_parent)) {
                if (f != cur && f != qz_parent && fr->parent == p->frames[qz_parent].parent)
                    fr->parent = -1;
                p->frames[qz_parent].parent = -1;
            }
        }
        if (f != cur && fr->parent < 0 && f == (int)p->nframes - 1 && qz_parent < 0 &&
            qz_carry >= 0 && f == sentence_first && sibling(fr->cat, qz_last_cat))
            qz_parent = qz_carry;
        if (f != cur && fr->parent < 0 && f == (int)p->nframes - 1) {
            if (qz_parent >= 0 && qz_parent != f) {
                fr->parent = qz_parent;
                qz_last_cat = fr->cat;
            } else if (bk_parent >= 0 && bk_parent != f) {
                fr->parent = bk_parent;
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
        if (fr->slot[role] >= 0 && f == cur) {
            /* The role changed and is taken: this figure starts its own frame. */
            f = new_frame(p, fr->subject, sentence, label_at);
            fr = &p->frames[f];
            fr->parent = p->frames[cur].parent;
        }
        /* "X 元，其中：A 元，B 元，同比增加 D 元": whose change is D? */
        if ((role == ZR_CHANGE || role == ZR_CHANGE_PCT) && f == cur && !it->resp &&
            empty_subject(subj) && fr->parent >= 0)
            fr->change_unnamed = true;
        fr->slot[role] = (int)i;
        if (role == ZR_LAST)
            fr->last_budget = lab.budget_word;
        fr->sign[role] = lab.sign;
        fr->word_at[role] = lab.word_at;
        fr->word_len[role] = lab.word_len;
        if (role == ZR_SHARE)
            zp_str_copy(fr->object, sizeof fr->object, lab.object);
        fr->vs_budget |= lab.vs_budget && (role == ZR_CHANGE || role == ZR_CHANGE_PCT);
        fr->income_word |= lab.income_word;
        if (role == ZR_SCORE)
            fr->total_word |= lab.total_word;
        fr->expense_word |= lab.expense_word;
        fr->end = it->num.end;
        cur = f;
        sentence_start = false;
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
