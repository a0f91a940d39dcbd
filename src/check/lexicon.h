/*
 * The genre's vocabulary: what a figure is (its role: budget, final
 * accounts, execution rate, change on last year, share …) read from the
 * words before it, and which budget category a subject names.
 *
 * Categories are the national classifications every report uses (支出性质,
 * 功能分类, 经济分类, 三公经费), so that "基本支出" and "项目支出" are known
 * to split the total expenditure wherever and however a report states them.
 */
#ifndef ZP_CHECK_LEXICON_H
#define ZP_CHECK_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "check/scan.h"

typedef enum zp_role {
    ZR_NONE,
    ZR_AMOUNT,      /* a sum of money (the year's, in final accounts) */
    ZR_BUDGET,      /* 预算数 */
    ZR_ACTUAL,      /* 决算数, 执行数 */
    ZR_RATE,        /* 完成率, 执行率: actual ÷ budget */
    ZR_CHANGE,      /* 比上年增加/减少 D */
    ZR_CHANGE_PCT,  /* 增长/下降 E% */
    ZR_LAST,        /* last year's value */
    ZR_SHARE,       /* 占 … p% */
    ZR_WEIGHT,      /* 分值 */
    ZR_SCORE,       /* 得分 */
    ZR_SCORE_RATE,  /* 得分率 */
    ZR_INDICATOR,   /* 满意度 95%, 合格率 100% */
    ZR_COUNT,       /* 11 人, 26 场 */
    ZR__N
} zp_role;

typedef enum zp_split {
    ZS_NONE,
    ZS_NATURE,  /* 基本支出 + 项目支出 = 支出 */
    ZS_BASIC,   /* 人员经费 + 公用经费 = 基本支出 */
    ZS_FUNC,    /* 支出功能分类 */
    ZS_ECON,    /* 支出经济分类 */
    ZS_SANGONG, /* 因公出国（境）+ 公务用车 + 公务接待 = 三公经费 */
    ZS_CAR,     /* 购置 + 运行维护 = 公务用车 */
    ZS_INCOME,  /* 财政拨款收入 + 其他 … = 收入 (rarely complete) */
    ZS__N
} zp_split;

enum {
    ZC_EXP,      /* 支出 (total) */
    ZC_INC,      /* 收入 (total) */
    ZC_FISCAL_EXP,
    ZC_FISCAL_INC,
    ZC_BASIC,
    ZC_PROJ,
    ZC_PERSONNEL,
    ZC_PUBLIC,
    ZC_SANGONG,
    ZC_ABROAD,
    ZC_CAR,
    ZC_CAR_BUY,
    ZC_CAR_RUN,
    ZC_RECEPTION
};

typedef struct zp_category {
    const char *name;
    int parent;     /* -1 for none */
    zp_split split; /* which split of the parent it belongs to */
    bool income;
    /* A part of a complete split that most units do not have (经营支出):
     * not stated, it is zero, and the split is complete without it. */
    bool optional;
} zp_category;

extern const zp_category zp_ck_categories[];
extern const int zp_ck_ncategories;

/* The category named by a subject (already trimmed), or -1. */
int zp_ck_category_of(const char *s, size_t len);
/* Two classes of one split of one category (人员经费 and 公用经费)? */
bool zp_ck_same_split(int a, int b);
/* The classes of parent's split that every unit has (not the optional
 * ones, 经营支出). */
int zp_ck_split_members(int parent, zp_split split);
/* A split whose members, all stated, make the whole parent. */
bool zp_ck_split_complete(zp_split s);

/* What the words before a figure say about it. */
typedef struct zp_label {
    zp_role role;
    int sign;              /* changes: +1 增加, -1 减少, 0 not said */
    size_t word_at, word_len; /* the direction word, in the paragraph */
    size_t subj_at, subj_len; /* the subject, trimmed, in the paragraph */
    char subject[96];      /* the subject with fillers taken out */
    char object[64];       /* SHARE: what it is a share of ("" when not said) */
    bool vs_budget;        /* a change against the budget, not last year */
    bool income_word;      /* 增收/减收 */
    bool expense_word;     /* 增支/减支 */
    bool last_year_word;   /* 上年 … in the label */
    bool budget_word;      /* 预算, not in a budget's name */
    bool level;            /* 增加到, 降至 …: the figure is the new level, not a change */
    bool total_word;       /* 综合得分, 总分, 自评得分: the whole's score */
} zp_label;

/* Classify the figure n from the label text para[a..b) before it.
 * last_year: the year before the report's (0 when unknown). */
void zp_ck_classify_label(const char *para, size_t a, size_t b, const zp_num *n, int last_year,
                       zp_label *out);
/* Does s say 预算 other than in the name of a budget? "一般公共预算收入情况"
 * is about revenue; "2024年预算安排" about a budget. */
bool zp_ck_says_budget(const char *s, size_t len);
/* Does a label say last year (上年, 去年, 较2024年, last_year and 年)
 * (compared.c)? */
bool zp_ck_says_last_year(const char *s, size_t len, int last_year);
/* "与2021年度预算相比" in a report of year: this year's budget, said with
 * its year, 年初, 全年 or 调整后 between 与 and 预算相比 (compared.c). */
bool zp_ck_says_own_budget(const char *s, size_t len, int year);
/* The fund (一般公共预算, 政府性基金预算 …) s names, the last of the list
 * when it names several, or NULL. */
const char *zp_ck_fund_named(const char *s, size_t len);
/* Does s compare with the budget ("比预算", "与预算相比", "与2021年度预算
 * 相比" in a report of 2021), not with last year? */
bool zp_ck_says_vs_budget(const char *s, size_t len, int last_year);
/* The length of the direction word (增加, 下降 …) at s[i], or 0. */
size_t zp_ck_change_word_at(const char *s, size_t len, size_t i);
/* Its direction (+1 增加, -1 减少; 0 when there is none), its length in *m. */
int zp_ck_change_sign_at(const char *s, size_t len, size_t i, size_t *m);
/* The direction word right before byte i (spaces and 了 between; the rates'
 * 提升, 高, 低 … too): its sign, 0 when none, *at where it starts. */
int zp_ck_direction_before(const char *s, size_t i, size_t *at);
/* The subject a label names: without role words, fillers, years, marks. */
void zp_ck_subject_of(const char *s, size_t len, char *out, size_t size);

/* The length in bytes of the UTF-8 character whose first byte is c. */
static inline size_t zp_ck_char_len(unsigned char c)
{
    return c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
}

/* The code point of the 3-byte UTF-8 character at s[i] (the caller knows
 * it is one: the CJK ideographs and punctuation the checker reads are). */
static inline int zp_ck_cp3(const char *s, size_t i)
{
    const unsigned char *u = (const unsigned char *)s + i;
    return ((u[0] & 0x0F) << 12) | ((u[1] & 0x3F) << 6) | (u[2] & 0x3F);
}

/* Does s[i..) start with w? Called for every byte of many paragraphs, so the
 * first two bytes are compared before anything else. */
static inline bool zp_ck_at(const char *s, size_t len, size_t i, const char *w)
{
    if (i >= len || s[i] != w[0])
        return false;
    if (!w[1])
        return true;
    if (i + 1 >= len || s[i + 1] != w[1])
        return false;
    size_t m = strlen(w);
    return i + m <= len && !memcmp(s + i + 2, w + 2, m - 2);
}

/* Helpers on UTF-8 byte strings. The words are mostly literals: inline,
 * their length is known when compiled (a strlen per call was a tenth of
 * the search). */
const char *zp_ck_findn(const char *s, size_t len, const char *word, size_t m);
static inline const char *zp_ck_find(const char *s, size_t len, const char *word)
{
    return zp_ck_findn(s, len, word, strlen(word));
}
static inline bool zp_ck_has(const char *s, size_t len, const char *word)
{
    return zp_ck_findn(s, len, word, strlen(word)) != NULL;
}
const char *zp_ck_find_last(const char *s, size_t len, const char *word);
/* Does a mark that ends a sentence (。；！？), or with clause one that ends
 * a clause too (，,:), end at byte i? */
bool zp_ck_mark_ends_at(const char *s, size_t i, bool clause);
/* Where the sentence around byte i starts. */
size_t zp_ck_sentence_start(const char *s, size_t i);
/* Where the clause before byte `to` starts, not before from (with
 * list_comma, a 、 ends it too). */
size_t zp_ck_clause_start(const char *s, size_t from, size_t to, bool list_comma);
/* Is one of words[0..n) said in the `reach` bytes before byte at? (A cheap
 * test before a rule looks closer at a figure.) */
bool zp_ck_said_before(const char *s, size_t at, size_t reach, const char *const *words, size_t n);
/* Does s[0..len) end with word? */
static inline bool zp_ck_ends(const char *s, size_t len, const char *word)
{
    size_t m = strlen(word);
    return len >= m && !memcmp(s + len - m, word, m);
}
/* Does s[0..len) end with 年均, 平均 or 每年, before a direction word: a
 * yearly average over several years, no change on last year? */
static inline bool zp_ck_yearly_before(const char *s, size_t len)
{
    return zp_ck_ends(s, len, "年均") || zp_ck_ends(s, len, "平均") || zp_ck_ends(s, len, "每年");
}
/* Copy s without fillers (spaces, quotes, 的) into out (NUL-terminated). */
void zp_ck_key_of(const char *s, size_t len, char *out, size_t size);

#endif
