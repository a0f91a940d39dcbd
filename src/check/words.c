/*
 * Checks on words rather than sums: the grade said against the score given
 * (优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60, the bands of 财预〔2020〕10号 and
 * nearly every region), a year or a date that cannot be one ("02023年",
 * "13月"), and statements of fact that cannot both hold ("本单位无二级机构"
 * against "下辖…1个二级机构").
 */
#include <string.h>

#include "check/check_int.h"

static bool at(const char *s, size_t len, size_t i, const char *w)
{
    return zp_ck_at(s, len, i, w);
}

typedef struct grade {
    const char *word;
    int lo, hi; /* the score band [lo, hi) */
} grade;

static const grade grades[] = {
    {"不合格", 0, 60}, {"优秀", 90, 101}, {"良好", 80, 90}, {"中等", 60, 80}, {"合格", 60, 80},
    {"及格", 60, 80},  {"较差", 0, 60},   {"优", 90, 101},  {"良", 80, 90},   {"中", 60, 80},
    {"差", 0, 60},
};

/* After a grade word: a closing quote, punctuation or the end. */
static bool grade_end(const char *s, size_t len, size_t i)
{
    return i >= len || at(s, len, i, "”") || at(s, len, i, "\"") || at(s, len, i, "。") ||
           at(s, len, i, "，") || at(s, len, i, "；") || at(s, len, i, "级") || at(s, len, i, "等次") ||
           s[i] == ',' || s[i] == '.' || s[i] == ';' || s[i] == ')' || at(s, len, i, "）");
}

static void check_grades(zp_checker *c)
{
    const char *s = c->p.text;
    size_t len = c->p.len;
    /* A grade is checked against a score stated beside it. */
    bool any = false;
    for (size_t f = 0; f < c->p.nframes && !any; f++)
        any = c->p.frames[f].slot[ZR_SCORE] >= 0;
    if (!any)
        return;
    static const char *const keys[] = {"等级为", "等级是", "等级：", "等级:", "等次为", "等级",
                                       "评价结果为", "自评结果为", "评定为", "结果为", "结论为",
                                       "结论是", "评级为", "评为"};
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
        const char *q = s;
        while ((q = zp_ck_find(q, (size_t)(s + len - q), keys[k])) != NULL) {
            size_t i = (size_t)(q - s) + strlen(keys[k]);
            q += strlen(keys[k]);
            while (i < len && (at(s, len, i, "“") || s[i] == '"' || s[i] == ' ' || at(s, len, i, "为")))
                i += s[i] == '"' || s[i] == ' ' ? 1 : 3;
            const grade *g = NULL;
            for (size_t j = 0; j < sizeof grades / sizeof grades[0] && !g; j++)
                if (at(s, len, i, grades[j].word) && grade_end(s, len, i + strlen(grades[j].word)))
                    g = &grades[j];
            if (!g)
                continue;
            /* The score it grades: the last score before it, in the paragraph;
             * when that is a part's ("得分 93.6 分，其中：…效益指标 20 分，评价
             * 等级为优"), the whole's. */
            const zp_item *score = NULL;
            int frame = -1;
            for (size_t f = 0; f < c->p.nframes; f++) {
                const zp_item *it = zp_ck_frame_item(c, &c->p.frames[f], ZR_SCORE);
                if (it && it->num.start < i && (!score || it->num.start > score->num.start) &&
                    !(it->num.flags & (ZN_APPROX | ZN_BOUND))) {
                    score = it;
                    frame = (int)f;
                }
            }
            for (int up = frame >= 0 ? c->p.frames[frame].parent : -1; up >= 0;
                 up = c->p.frames[up].parent) {
                const zp_item *it = zp_ck_frame_item(c, &c->p.frames[up], ZR_SCORE);
                if (it && !(it->num.flags & (ZN_APPROX | ZN_BOUND)))
                    score = it;
                if (up >= frame)
                    break; /* parents come before their parts */
                frame = up;
            }
            if (!score)
                continue;
            zp_interval iv;
            if (!zp_ck_item_interval(score, &iv))
                continue;
            zp_rat lo = zp_rat_of_int(g->lo), hi = zp_rat_of_int(g->hi);
            /* The band is [lo, hi): wrong when the score is surely outside. */
            if (zp_rat_cmp(iv.hi, lo) >= 0 && zp_rat_cmp(iv.lo, hi) < 0)
                continue;
            char ss[32];
            zp_dec_format(score->num.value, false, ss, sizeof ss);
            zp_finding *f = zp_ck_report(c, ZP_ERROR, "arithmetic", "grade", score->num.start,
                                      i + strlen(g->word), "the grade does not match the score",
                                      "等级“%s”与得分 %s 分不符（%s 应为 %d–%d 分）", g->word, ss,
                                      g->word, g->lo, g->hi > 100 ? 100 : g->hi);
            zp_ck_finding_stated(f, score->num.value, "分");
            zp_ck_finding_note(f, "优 ≥ 90，良 80–<90，中 60–<80，差 < 60（财预〔2020〕10号）");
        }
    }
}

static void check_years(zp_checker *c)
{
    for (size_t i = 0; i < c->nums.count; i++) {
        const zp_num *n = &c->nums.items[i];
        size_t len = n->num_end - n->start;
        if (n->flags & ZN_ODD_YEAR) {
            zp_ck_report(c, ZP_ERROR, "wording", "year", n->start, n->end, "not a year",
                      "“%.*s%s”不是有效的年份", (int)len, c->p.text + n->start, n->unit);
        } else if ((n->flags & ZN_DATE) && n->value.scale == 0 && !(n->flags & ZN_CHINESE) &&
                   n->num_end - n->start <= 2) {
            /* "13月", "32日" are slips; "44489月" is a figure run into a date
             * by a table that lost its cells ("4448" | "9月8#凭证"). */
            bool month = !strcmp(n->unit, "月");
            int64_t v = n->value.units;
            /* "0-36月龄": an age in months */
            size_t rest = c->p.len - n->num_end;
            if (month && zp_ck_findn(c->p.text + n->num_end, rest < 12 ? rest : 12, "月龄", 6))
                continue;
            if ((month && (v < 1 || v > 12)) || (!month && (v < 1 || v > 31)))
                zp_ck_report(c, ZP_ERROR, "wording", "year", n->start, n->end, "not a date",
                          "“%.*s%s”不是有效的日期", (int)len, c->p.text + n->start, n->unit);
        }
    }
}

/* ---- facts --------------------------------------------------------------- */

static const char *const org_nouns[] = {"二级机构", "内设机构", "下属单位", "二级单位", "所属单位",
                                        "派出机构", "事业单位", "机构", "股室", "科室", "处室"};

/* The organisation noun s starts with (up to 12 characters in), or NULL. */
static const char *org_noun(const char *s, size_t len, size_t *end)
{
    size_t i = 0, chars = 0;
    while (i < len && chars < 12) {
        for (size_t k = 0; k < sizeof org_nouns / sizeof org_nouns[0]; k++) {
            if (at(s, len, i, org_nouns[k])) {
                *end = i + strlen(org_nouns[k]);
                return org_nouns[k];
            }
        }
        unsigned char ch = (unsigned char)s[i];
        if (ch < 0xE0 || at(s, len, i, "，") || at(s, len, i, "。") || at(s, len, i, "、") ||
            at(s, len, i, "；"))
            return NULL;
        i += 3;
        chars++;
    }
    return NULL;
}

static void add_fact(zp_checker *c, const char *noun, int count, size_t at_, size_t end)
{
    if (c->nfacts >= ZP_FACTS_MAX)
        return;
    zp_fact *f = &c->facts[c->nfacts++];
    zp_str_copy(f->noun, sizeof f->noun, noun);
    f->count = count;
    zp_ck_para_locate(c->p.para, at_, &f->line, &f->col, &f->page);
    zp_ck_quote(&c->p, at_, end, f->quote, sizeof f->quote);
}

void zp_ck_facts_collect(zp_checker *c)
{
    const char *s = c->p.text;
    size_t len = c->p.len;
    /* Facts here are about bodies: 机构, 单位, 科室, 股室, 处室. */
    if (!zp_ck_has(s, len, "机构") && !zp_ck_has(s, len, "单位") && !zp_ck_has(s, len, "室"))
        return;
    /* "无二级机构", "没有内设机构", "未设二级机构" */
    static const char *const neg[] = {"无", "没有", "未设", "未设立", "不设"};
    for (size_t k = 0; k < sizeof neg / sizeof neg[0]; k++) {
        const char *q = s;
        while ((q = zp_ck_find(q, (size_t)(s + len - q), neg[k])) != NULL) {
            size_t i = (size_t)(q - s) + strlen(neg[k]);
            size_t end;
            const char *noun = org_noun(s + i, len - i, &end);
            /* Only the noun right after the negation: 无二级机构, not 无…的二级机构. */
            if (noun && at(s, len, i, noun))
                add_fact(c, noun, -1, (size_t)(q - s), i + end);
            q += strlen(neg[k]);
        }
    }
    /* "1个二级机构", "3个股室"; "二级机构7人" (people in one). */
    for (size_t i = 0; i < c->nums.count; i++) {
        const zp_num *n = &c->nums.items[i];
        if (n->value.units <= 0 || (n->flags & (ZN_BOUND)))
            continue;
        if (!strcmp(n->unit, "个")) {
            size_t end;
            const char *noun = org_noun(s + n->end, len - n->end, &end);
            if (noun)
                add_fact(c, noun, (int)(n->value.units > 1000 ? 1000 : n->value.units), n->start,
                         n->end + end);
        } else if (n->family == ZF_PEOPLE) {
            for (size_t k = 0; k < sizeof org_nouns / sizeof org_nouns[0]; k++) {
                size_t m = strlen(org_nouns[k]);
                if (n->start >= m && !memcmp(s + n->start - m, org_nouns[k], m)) {
                    add_fact(c, org_nouns[k], 1, n->start - m, n->end);
                    break;
                }
            }
        }
    }
}

void zp_ck_facts_end(zp_checker *c)
{
    for (int i = 0; i < c->nfacts; i++) {
        const zp_fact *neg = &c->facts[i];
        if (neg->count >= 0)
            continue;
        for (int j = 0; j < c->nfacts; j++) {
            const zp_fact *pos = &c->facts[j];
            if (pos->count <= 0 || strcmp(pos->noun, neg->noun))
                continue;
            zp_finding *g = zp_ck_report_at(c, ZP_ERROR, "fact", "exists", neg->line, neg->line,
                                         neg->col, neg->page, neg->quote,
                                         "two statements of fact cannot both hold",
                                         "说“无%s”，但第 %d 行说有 %s", neg->noun, pos->line,
                                         neg->noun);
            if (g) {
                g->other_line = pos->line;
                zp_ck_finding_note(g, "第 %d 行：“%s”", pos->line, pos->quote);
            }
            break;
        }
    }
}

void zp_ck_words_check(zp_checker *c)
{
    check_grades(c);
    check_years(c);
    zp_ck_facts_collect(c);
}
