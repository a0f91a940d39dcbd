/*
 * Respectively-lists: "货物、工程、服务采购规模分别为 8607.0 亿元、15004.3 亿元
 * 和 9455.6 亿元，占全国政府采购规模的 26.0%、45.4% 和 28.6%".
 *
 * A list is two or more figures of one kind with nothing but 、 , 和 及 与
 * between them. When its label says 分别 or 各 (各是, 各减少 …) and the
 * words before that name as many subjects as the list has figures, each
 * figure belongs to its subject, in order. A later list of the same length
 * in the same sentence ("…，占…的 26.0%、45.4% 和 28.6%") continues the
 * last one. The figures of a list after its first share its label, so
 * that "各下降 23.51%、38.28%" makes both figures changes.
 *
 * Anything less certain (a different count, a subject that names nothing,
 * wholes listed after 占) is left to the frames as before: a list read
 * wrongly would make claims the report never made.
 */
#include <string.h>

#include "check/check_int.h"
#include "check/lexicon.h"
#include "check/normalize.h"

static bool at(const char *s, size_t len, size_t i, const char *w)
{
    return zp_ck_at(s, len, i, w);
}

static bool sentence_end(const char *s, size_t len, size_t i)
{
    return s[i] == '!' || s[i] == '?' || at(s, len, i, "。");
}

/* Does a clause end just before s[i]? (The normaliser has made ，；：（）
 * ASCII; 。 is three bytes.) */
static bool clause_end_before(const char *s, size_t len, size_t i)
{
    char c = s[i - 1];
    return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '!' || c == '?' ||
           (i >= 3 && (at(s, len, i - 3, "。") || at(s, len, i - 3, "，")));
}

/* Is s[a..b) only what separates the figures of a list? 1 when it is, 2
 * when it also has a direction word of its own ("增加 20 万元和减少 10
 * 万元"), 0 when it is not. */
static int separator_only(const char *s, size_t len, size_t a, size_t b)
{
    static const char *const seps[] = {"以及", "、", "，", "和", "及", "与", ",", " "};
    if (a >= b)
        return 0;
    int kind = 1;
    for (size_t i = a; i < b;) {
        size_t k = 0, m = 0;
        while (k < sizeof seps / sizeof seps[0] && !at(s, len, i, seps[k]))
            k++;
        if (k < sizeof seps / sizeof seps[0]) {
            m = strlen(seps[k]);
        } else if ((m = zp_ck_change_word_at(s, len, i)) != 0 && kind == 1 && i > a) {
            kind = 2;
        } else {
            return 0;
        }
        i += m;
    }
    /* "100 万元，增加 20 万元" is a figure and its change, not a list. */
    if (kind == 2 && (zp_ck_findn(s + a, b - a, ",", 1) || zp_ck_has(s + a, b - a, "，")))
        return 0;
    return kind;
}

static bool same_kind(const zp_num *a, const zp_num *b)
{
    return a->family == b->family || (a->family == ZF_NONE && !a->unit[0]);
}

/* Where 分别 or 各 (as 各是, 各为, 各占 or 各 and a direction) starts in
 * s[a..b), or (size_t)-1. */
static size_t marker_in(const char *s, size_t len, size_t a, size_t b)
{
    static const char *const after_ge[] = {"是", "为", "占", "达", "增", "减", "下降", "上升",
                                           "提高", "降低", "比", "较"};
    for (size_t i = a; i < b; i += zp_ck_char_len((unsigned char)s[i])) {
        if (at(s, len, i, "分别"))
            return i;
        if (at(s, len, i, "各"))
            for (size_t k = 0; k < sizeof after_ge / sizeof after_ge[0]; k++)
                if (at(s, len, i + 3, after_ge[k]))
                    return i;
    }
    return (size_t)-1;
}

/* Split s[a..b) into subjects at 、 (and, when with_and, at 和 及 与 as
 * well); the number of parts, or 0 when more than max. */
static int split_subjects(const char *s, size_t len, size_t a, size_t b, bool with_and,
                          size_t *from, size_t *to, int max)
{
    int n = 0;
    size_t start = a;
    for (size_t i = a; i <= b;) {
        size_t m = 0;
        if (i == b)
            m = 1;
        else if (at(s, len, i, "、"))
            m = 3;
        else if (with_and && at(s, len, i, "以及"))
            m = 6;
        else if (with_and && (at(s, len, i, "和") || at(s, len, i, "及") || at(s, len, i, "与")))
            m = 3;
        if (!m) {
            i += zp_ck_char_len((unsigned char)s[i]);
            continue;
        }
        if (n == max)
            return 0;
        from[n] = start;
        to[n++] = i;
        if (i == b)
            break;
        i += m;
        start = i;
    }
    return n;
}

/* The subjects of s[a..b) for a list of n figures, into g; false when the
 * words do not name exactly n subjects. "货物、工程、服务采购规模": the
 * last subject's tail (采购规模) belongs to the others too. */
static bool name_subjects(const char *s, size_t len, size_t a, size_t b, int n, zp_resp_group *g)
{
    size_t from[ZP_RESP_MAX], to[ZP_RESP_MAX];
    int k = split_subjects(s, len, a, b, false, from, to, ZP_RESP_MAX);
    if (k != n)
        k = split_subjects(s, len, a, b, true, from, to, ZP_RESP_MAX);
    if (k != n)
        return false;
    for (int i = 0; i < n; i++) {
        zp_ck_subject_of(s + from[i], to[i] - from[i], g->subject[i], sizeof g->subject[i]);
        if (!g->subject[i][0])
            return false;
    }
    const char *last = g->subject[n - 1];
    size_t first_chars = zp_ck_utf8_count(g->subject[0], strlen(g->subject[0]));
    size_t last_chars = zp_ck_utf8_count(last, strlen(last));
    bool shorter = first_chars < last_chars;
    for (int i = 1; i < n - 1 && shorter; i++)
        shorter = zp_ck_utf8_count(g->subject[i], strlen(g->subject[i])) <= first_chars;
    if (shorter && last_chars - first_chars >= 2) {
        const char *tail = last;
        for (size_t c = 0; c < first_chars; c++)
            tail += zp_ck_char_len((unsigned char)*tail);
        for (int i = 0; i < n - 1; i++) {
            size_t have = strlen(g->subject[i]), add = strlen(tail);
            if (have + add < sizeof g->subject[i])
                memcpy(g->subject[i] + have, tail, add + 1);
        }
    }
    g->n = n;
    return true;
}

static int new_group(zp_pctx *p)
{
    if (p->ngroups == p->groupcap) {
        p->groupcap = p->groupcap ? p->groupcap * 2 : 4;
        p->groups = zp_xrealloc(p->groups, p->groupcap * sizeof *p->groups);
    }
    memset(&p->groups[p->ngroups], 0, sizeof p->groups[p->ngroups]);
    return (int)p->ngroups++;
}

void zp_ck_respectively_mark(zp_pctx *p)
{
    const char *s = p->text;
    size_t len = p->len;
    p->ngroups = 0;
    if (p->nitems < 2 || (!zp_ck_has(s, len, "分别") && !zp_ck_has(s, len, "各")))
        return;
    int group = -1, group_sentence = -1, sentence = 0;
    size_t scanned = 0; /* sentence ends counted up to here */
    size_t prev_end = 0;
    for (size_t i = 0; i < p->nitems;) {
        /* The longest list from item i. */
        size_t j = i;
        while (j + 1 < p->nitems && j + 1 - i < ZP_RESP_MAX &&
               same_kind(&p->items[j].num, &p->items[j + 1].num) &&
               separator_only(s, len, p->items[j].num.end, p->items[j + 1].num.start))
            j++;
        zp_item *head = &p->items[i];
        for (; scanned < head->num.start; scanned += zp_ck_char_len((unsigned char)s[scanned]))
            if (sentence_end(s, len, scanned))
                sentence++;
        int n = (int)(j - i + 1);
        const zp_num *kind = &p->items[j].num;
        if (n < 2 || kind->family == ZF_NONE) {
            prev_end = p->items[j].num.end;
            i = j + 1;
            continue;
        }
        /* The list's label: from the start of its clause. */
        size_t label = head->num.start;
        while (label > prev_end && !clause_end_before(s, len, label))
            label--;
        size_t mark = marker_in(s, len, label, head->num.start);
        int g = -1;
        if (mark != (size_t)-1 && !zp_ck_has(s + label, mark - label, "占")) {
            zp_resp_group named;
            if (name_subjects(s, len, label, mark, n, &named)) {
                g = new_group(p);
                p->groups[g] = named;
            }
        }
        if (g < 0 && group >= 0 && group_sentence == sentence && p->groups[group].n == n)
            g = group; /* "…，占…的 26.0%、45.4% 和 28.6%" */
        if (g >= 0) {
            group = g;
            group_sentence = sentence;
            for (size_t k = i; k <= j; k++) {
                zp_item *it = &p->items[k];
                it->resp = (signed char)(k - i + 1);
                it->group = (short)g;
                /* A figure with its own direction word keeps its own label. */
                bool own = k > i && separator_only(s, len, p->items[k - 1].num.end,
                                                   it->num.start) == 2;
                it->head_at = own ? 0 : label;
                it->head_end = own ? 0 : head->num.start;
                /* "各是 4125.49，4143.91 万元": the unit is said once. */
                if (it->num.family == ZF_NONE && !it->num.unit[0]) {
                    it->num.family = kind->family;
                    it->num.exp10 = kind->exp10;
                    zp_str_copy(it->num.unit, sizeof it->num.unit, kind->unit);
                }
            }
        }
        prev_end = p->items[j].num.end;
        i = j + 1;
    }
}
