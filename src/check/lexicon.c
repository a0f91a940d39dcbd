/*
 * The genre's vocabulary (see lexicon.h). Word lists are data; the only
 * logic here is which list wins when a label holds words of several.
 */
#define _GNU_SOURCE /* memmem */
#include <stdio.h>
#include <string.h>

#include "check/lexicon.h"

/* ---- byte-string helpers ---------------------------------------------- */

const char *zp_ck_find(const char *s, size_t len, const char *word)
{
    size_t m = strlen(word);
    if (m == 0 || m > len)
        return NULL;
    if (len > 256)
        return memmem(s, len, word, m);
    /* Labels are short: a plain scan beats memmem's setup. */
    const char *end = s + len - m;
    for (const char *p = s; p <= end; p++)
        if (*p == word[0] && !memcmp(p, word, m))
            return p;
    return NULL;
}

const char *zp_ck_find_last(const char *s, size_t len, const char *word)
{
    size_t m = strlen(word);
    if (m == 0 || m > len)
        return NULL;
    for (size_t i = len - m + 1; i-- > 0;)
        if (!memcmp(s + i, word, m))
            return s + i;
    return NULL;
}

bool zp_ck_has(const char *s, size_t len, const char *word)
{
    return zp_ck_find(s, len, word) != NULL;
}

static bool at(const char *s, size_t len, size_t i, const char *w)
{
    return zp_ck_at(s, len, i, w);
}

static size_t char_len(unsigned char c)
{
    return c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
}

void zp_ck_key_of(const char *s, size_t len, char *out, size_t size)
{
    static const char *const drop[] = {" ", "\t", "“", "”", "\"", "'", "‘", "’", "的", "「", "」"};
    size_t o = 0, i = 0;
    while (i < len) {
        bool skip = false;
        for (size_t k = 0; k < sizeof drop / sizeof drop[0]; k++) {
            if (at(s, len, i, drop[k])) {
                i += strlen(drop[k]);
                skip = true;
                break;
            }
        }
        if (skip)
            continue;
        size_t n = char_len((unsigned char)s[i]);
        if (i + n > len)
            n = len - i;
        if (o + n + 1 > size)
            break;
        memcpy(out + o, s + i, n);
        o += n;
        i += n;
    }
    out[o] = '\0';
}

/* ---- categories ------------------------------------------------------- */

const zp_category zp_ck_categories[] = {
    [ZC_EXP] = {"支出", -1, ZS_NONE, false},
    [ZC_INC] = {"收入", -1, ZS_NONE, true},
    [ZC_FISCAL_EXP] = {"财政拨款支出", -1, ZS_NONE, false},
    [ZC_FISCAL_INC] = {"财政拨款收入", ZC_INC, ZS_INCOME, true},
    [ZC_BASIC] = {"基本支出", ZC_EXP, ZS_NATURE, false},
    [ZC_PROJ] = {"项目支出", ZC_EXP, ZS_NATURE, false},
    [ZC_PERSONNEL] = {"人员经费", ZC_BASIC, ZS_BASIC, false},
    [ZC_PUBLIC] = {"公用经费", ZC_BASIC, ZS_BASIC, false},
    [ZC_SANGONG] = {"三公经费", -1, ZS_NONE, false},
    [ZC_ABROAD] = {"因公出国（境）费", ZC_SANGONG, ZS_SANGONG, false},
    [ZC_CAR] = {"公务用车购置及运行维护费", ZC_SANGONG, ZS_SANGONG, false},
    [ZC_CAR_BUY] = {"公务用车购置费", ZC_CAR, ZS_CAR, false},
    [ZC_CAR_RUN] = {"公务用车运行维护费", ZC_CAR, ZS_CAR, false},
    [ZC_RECEPTION] = {"公务接待费", ZC_SANGONG, ZS_SANGONG, false},
    /* 支出功能分类 (类) */
    {"一般公共服务支出", ZC_EXP, ZS_FUNC, false},
    {"外交支出", ZC_EXP, ZS_FUNC, false},
    {"国防支出", ZC_EXP, ZS_FUNC, false},
    {"公共安全支出", ZC_EXP, ZS_FUNC, false},
    {"教育支出", ZC_EXP, ZS_FUNC, false},
    {"科学技术支出", ZC_EXP, ZS_FUNC, false},
    {"文化旅游体育与传媒支出", ZC_EXP, ZS_FUNC, false},
    {"社会保障和就业支出", ZC_EXP, ZS_FUNC, false},
    {"卫生健康支出", ZC_EXP, ZS_FUNC, false},
    {"节能环保支出", ZC_EXP, ZS_FUNC, false},
    {"城乡社区支出", ZC_EXP, ZS_FUNC, false},
    {"农林水支出", ZC_EXP, ZS_FUNC, false},
    {"交通运输支出", ZC_EXP, ZS_FUNC, false},
    {"资源勘探工业信息等支出", ZC_EXP, ZS_FUNC, false},
    {"商业服务业等支出", ZC_EXP, ZS_FUNC, false},
    {"金融支出", ZC_EXP, ZS_FUNC, false},
    {"自然资源海洋气象等支出", ZC_EXP, ZS_FUNC, false},
    {"住房保障支出", ZC_EXP, ZS_FUNC, false},
    {"粮油物资储备支出", ZC_EXP, ZS_FUNC, false},
    {"灾害防治及应急管理支出", ZC_EXP, ZS_FUNC, false},
    /* 支出经济分类 (类) */
    {"工资福利支出", ZC_EXP, ZS_ECON, false},
    {"商品和服务支出", ZC_EXP, ZS_ECON, false},
    {"对个人和家庭的补助", ZC_EXP, ZS_ECON, false},
    {"债务利息及费用支出", ZC_EXP, ZS_ECON, false},
    {"资本性支出", ZC_EXP, ZS_ECON, false},
    {"对企业补助", ZC_EXP, ZS_ECON, false},
    {"对社会保障基金补助", ZC_EXP, ZS_ECON, false},
};
const int zp_ck_ncategories = (int)(sizeof zp_ck_categories / sizeof zp_ck_categories[0]);

typedef struct alias {
    const char *text; /* in key form: no 的, no quotes */
    int cat;          /* -2: look up by name below */
    bool exact;       /* the whole subject, not a part of it */
} alias;

static const alias aliases[] = {
    {"支出", ZC_EXP, true},
    {"支出总计", ZC_EXP, false},
    {"支出合计", ZC_EXP, false},
    {"支出总额", ZC_EXP, false},
    {"总支出", ZC_EXP, false},
    {"本年支出", ZC_EXP, false},
    {"整体支出", ZC_EXP, false},
    {"部门支出", ZC_EXP, false},
    {"决算支出", ZC_EXP, false},
    {"收、支总计", ZC_EXP, false},
    {"收支总计", ZC_EXP, false},
    {"收入", ZC_INC, true},
    {"收入总计", ZC_INC, false},
    {"收入合计", ZC_INC, false},
    {"收入总额", ZC_INC, false},
    {"总收入", ZC_INC, false},
    {"本年收入", ZC_INC, false},
    {"财政拨款支出", ZC_FISCAL_EXP, false},
    {"财政拨款收支总计", ZC_FISCAL_EXP, false},
    {"财政拨款支出总计", ZC_FISCAL_EXP, false},
    {"财政拨款收入", ZC_FISCAL_INC, false},
    {"基本支出", ZC_BASIC, false},
    {"项目支出", ZC_PROJ, false},
    {"人员经费", ZC_PERSONNEL, false},
    {"人员支出", ZC_PERSONNEL, false},
    {"公用经费", ZC_PUBLIC, false},
    {"公用支出", ZC_PUBLIC, false},
    {"三公经费", ZC_SANGONG, false},
    {"三公", ZC_SANGONG, false},
    {"因公出国（境）", ZC_ABROAD, false},
    {"因公出国(境)", ZC_ABROAD, false},
    {"因公出国", ZC_ABROAD, false},
    {"因公出国境费", ZC_ABROAD, false},
    {"因公出国境", ZC_ABROAD, false},
    {"出国境费", ZC_ABROAD, false},
    {"出国（境）费", ZC_ABROAD, false},
    {"出国(境)费", ZC_ABROAD, false},
    {"公务用车购置及运行维护费", ZC_CAR, false},
    {"公务用车购置费及运行维护费", ZC_CAR, false},
    {"公务用车购置和运行维护费", ZC_CAR, false},
    {"公务用车购置费和运行维护费", ZC_CAR, false},
    {"公务用车购置及运行费", ZC_CAR, false},
    {"公务用车费", ZC_CAR, false},
    {"公务用车购置费", ZC_CAR_BUY, false},
    {"公务用车购置", ZC_CAR_BUY, false},
    {"车辆购置费", ZC_CAR_BUY, false},
    {"公务用车运行维护费", ZC_CAR_RUN, false},
    {"公务用车运行费", ZC_CAR_RUN, false},
    {"运行维护费", ZC_CAR_RUN, false},
    {"公务接待费", ZC_RECEPTION, false},
    {"接待费", ZC_RECEPTION, false},
    {"一般公共服务", -2, false},
    {"外交", -2, true},
    {"国防", -2, true},
    {"公共安全", -2, false},
    {"教育", -2, true},
    {"科学技术", -2, false},
    {"文化旅游体育与传媒", -2, false},
    {"文化体育与传媒", -2, false},
    {"社会保障和就业", -2, false},
    {"卫生健康", -2, false},
    {"医疗卫生", -2, false},
    {"节能环保", -2, false},
    {"城乡社区", -2, false},
    {"农林水", -2, false},
    {"交通运输", -2, false},
    {"资源勘探工业信息等", -2, false},
    {"商业服务业等", -2, false},
    {"金融", -2, true},
    {"自然资源海洋气象等", -2, false},
    {"住房保障", -2, false},
    {"粮油物资储备", -2, false},
    {"灾害防治及应急管理", -2, false},
    {"工资福利", -2, false},
    {"商品和服务", -2, false},
    {"对个人和家庭补助", -2, false},
    {"对个人和家庭", -2, false},
    {"债务利息及费用", -2, false},
    {"资本性支出", -2, false},
    {"对企业补助", -2, false},
    {"对社会保障基金补助", -2, false},
};

/* Which category an alias marked -2 names: the one whose name starts with it. */
static int by_name(const char *text)
{
    size_t m = strlen(text);
    for (int i = 0; i < zp_ck_ncategories; i++) {
        char key[96];
        zp_ck_key_of(zp_ck_categories[i].name, strlen(zp_ck_categories[i].name), key, sizeof key);
        if (!strncmp(key, text, m))
            return i;
    }
    return -1;
}

/* Words that may follow a category's name in a subject without changing
 * what it names: 基本支出总额, 三公经费支出, 工资福利支出. */
static size_t generic_tail(const char *s, size_t len)
{
    static const char *const tails[] = {"支出", "费用", "经费", "资金", "总额", "总计", "合计",
                                        "金额", "数", "决算", "共计", "合计数", "费"};
    size_t i = 0;
    for (;;) {
        bool more = false;
        for (size_t k = 0; k < sizeof tails / sizeof tails[0]; k++) {
            if (at(s, len, i, tails[k])) {
                i += strlen(tails[k]);
                more = true;
                break;
            }
        }
        if (!more)
            return i;
    }
}

/* Aliases by their first byte pair, so that a subject is compared only
 * with the names that could start at each of its characters. */
enum { ALIAS_BUCKETS = 256 };
static short alias_next[sizeof aliases / sizeof aliases[0]];
static short alias_head[ALIAS_BUCKETS];
static bool alias_ready;

static unsigned bucket_of(const char *s)
{
    return ((unsigned char)s[0] * 31u + (unsigned char)s[1] * 7u + (unsigned char)(s[1] ? s[2] : 0)) %
           ALIAS_BUCKETS;
}

static void build_alias_index(void)
{
    for (int b = 0; b < ALIAS_BUCKETS; b++)
        alias_head[b] = -1;
    for (int k = (int)(sizeof aliases / sizeof aliases[0]) - 1; k >= 0; k--) {
        unsigned b = bucket_of(aliases[k].text);
        alias_next[k] = alias_head[b];
        alias_head[b] = (short)k;
    }
    alias_ready = true;
}

int zp_ck_category_of(const char *s, size_t len)
{
    char key[192];
    zp_ck_key_of(s, len, key, sizeof key);
    size_t klen = strlen(key);
    if (!alias_ready)
        build_alias_index();
    /* The name that starts first wins ("三公经费支出总额" is 三公经费, not
     * 支出总额); of two that start together, the longer. */
    for (size_t where = 0; where + 1 < klen; where++) {
        if (((unsigned char)key[where] & 0xC0) == 0x80)
            continue;
        int best = -1;
        size_t best_len = 0;
        for (int k = alias_head[bucket_of(key + where)]; k >= 0; k = alias_next[k]) {
            const alias *a = &aliases[k];
            size_t m = strlen(a->text);
            if (m <= best_len || where + m > klen || memcmp(key + where, a->text, m))
                continue;
            /* An exact name ("支出", "教育") names the whole subject, or its
             * start before generic words ("教育支出"). */
            if ((a->exact && where != 0) ||
                generic_tail(key + where + m, klen - where - m) != klen - where - m)
                continue;
            int cat = a->cat == -2 ? by_name(a->text) : a->cat;
            if (cat >= 0) {
                best = cat;
                best_len = m;
            }
        }
        if (best >= 0)
            return best;
    }
    return -1;
}

bool zp_ck_split_complete(zp_split s)
{
    return s == ZS_NATURE || s == ZS_BASIC || s == ZS_SANGONG || s == ZS_CAR;
}

/* ---- labels ------------------------------------------------------------ */

/* Word lists looked up by their first two bytes, so that a label is
 * walked once instead of once per word. Lists keep their order: the first
 * word that matches wins, and longer words come before their prefixes. */
enum { WX_BUCKETS = 1024 + 128, WX_MAX = 256 };

typedef struct windex {
    const char *const *words;
    int n;
    short head[WX_BUCKETS];
    short next[WX_MAX];
    unsigned char len[WX_MAX];
    bool ready;
} windex;

static unsigned wx_key(const char *s, size_t left)
{
    const unsigned char *p = (const unsigned char *)s;
    if (p[0] < 0x80)
        return 1024u + p[0];
    if (left < 2)
        return 0;
    return ((p[0] & 0x0Fu) << 6) | (p[1] & 0x3Fu);
}

static void wx_build(windex *x, const char *const *words, int n)
{
    x->words = words;
    x->n = n < WX_MAX ? n : WX_MAX;
    for (int b = 0; b < WX_BUCKETS; b++)
        x->head[b] = -1;
    for (int k = x->n - 1; k >= 0; k--) {
        unsigned b = wx_key(words[k], strlen(words[k]));
        x->next[k] = x->head[b];
        x->head[b] = (short)k;
        x->len[k] = (unsigned char)strlen(words[k]);
    }
    x->ready = true;
}

/* The index of the first word of x at s[i..), or -1. */
static int wx_match(const windex *x, const char *s, size_t len, size_t i)
{
    for (int k = x->head[wx_key(s + i, len - i)]; k >= 0; k = x->next[k])
        if (i + x->len[k] <= len && !memcmp(s + i, x->words[k], x->len[k]))
            return k;
    return -1;
}



typedef struct word {
    const char *text;
    int sign;
} word;

static const word change_words[] = {
    {"增加", 1},  {"增长", 1},  {"上涨", 1},  {"上升", 1},  {"提高", 1},  {"增收", 1},
    {"增支", 1},  {"增幅", 1},  {"增多", 1},  {"多支", 1},  {"超支", 1},  {"减少", -1},
    {"下降", -1}, {"降低", -1}, {"减收", -1}, {"减支", -1}, {"节约", -1}, {"节支", -1},
    {"压减", -1}, {"减幅", -1}, {"下滑", -1}, {"回落", -1}, {"缩减", -1}, {"降幅", -1},
};

static const char *change_texts[sizeof change_words / sizeof change_words[0]];
static windex remove_index, change_index, budget_index;

static void build_indexes(void)
{
    for (size_t k = 0; k < sizeof change_words / sizeof change_words[0]; k++)
        change_texts[k] = change_words[k].text;
    wx_build(&change_index, change_texts, (int)(sizeof change_words / sizeof change_words[0]));
}

/* Taken out of a label to leave its subject; longest first where it matters. */
static const char *const remove_words[] = {
    "与上年度相比", "与上年相比", "与去年相比", "与上年同期相比", "相比", "比上年度", "比上年", "较上年度",
    "较上年", "比去年", "较去年", "上年同期", "上一年度", "上一年", "上年度", "上年", "去年",
    "同比", "环比", "年初预算数", "全年预算数", "调整后预算数", "调整预算数", "预算数",
    "年初预算", "全年预算", "调整后预算", "调整预算", "预算", "决算数", "决算", "执行数",
    "预算执行率", "执行率", "完成率", "执行进度", "支出进度", "支付进度", "完成", "实际",
    "占比", "比重", "分值", "得分率", "得分", "权重", "满分", "自评", "综合", "评分", "分数",
    "其中", "包括", "主要是因为", "主要原因是", "主要是由于", "主要是", "主要用于", "用于",
    "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "另外", "此外", "同时",
    "本部门", "我部门", "本单位", "我单位", "本年度", "本年", "当年", "全年", "年初", "年度",
    "共计", "累计", "达到", "仅为", "只有", "：", ":", "、", "（",
    "）", "(", ")", "“", "”", "\"", "《", "》", "，", ",", "；", ";", " ", "\t",
};

/* The words of a label that decide its role, found in one walk. */
enum {
    K_TOTAL = 1 << 0,     /* 综合, 总分, 总得分, 自评 */
    K_VS_BUDGET = 1 << 1, /* 比预算 … */
    K_SCORE_RATE = 1 << 2,
    K_RATE = 1 << 3,      /* 完成率, 执行率, 执行进度 … */
    K_DONE = 1 << 4,      /* 完成 */
    K_BUDGET = 1 << 5,    /* 预算 */
    K_SHARE = 1 << 6,     /* 比重, 占比 */
    K_ACTUAL = 1 << 7,    /* 决算, 执行数, 实际 … */
    K_DEDUCT = 1 << 8,    /* 扣 */
    K_WEIGHT = 1 << 9,    /* 分值, 权重, 满分 */
    K_SCORE = 1 << 10,    /* 得分, 评分, 分数, 自评, 打分 */
    K_SCORE_WORD = 1 << 11 /* 得分, 评分, 分数, 打分: a score, not only 自评 */
};

static const char *const kw_words[] = {
    "综合", "总分", "总得分", "自评", "比预算", "较预算", "比年初预算", "较年初预算", "比全年预算",
    "较全年预算", "与预算相比", "超预算", "得分率", "完成率", "执行率", "执行进度", "支出进度",
    "支付进度", "完成", "预算", "比重", "占比", "决算", "执行数", "实际", "已支付", "支出数", "扣",
    "分值", "权重", "满分", "得分", "评分", "分数", "打分"};
static const unsigned kw_flags[] = {
    K_TOTAL, K_TOTAL, K_TOTAL, K_TOTAL | K_SCORE, K_VS_BUDGET, K_VS_BUDGET, K_VS_BUDGET,
    K_VS_BUDGET, K_VS_BUDGET, K_VS_BUDGET, K_VS_BUDGET, K_VS_BUDGET, K_SCORE_RATE, K_RATE, K_RATE,
    K_RATE, K_RATE, K_RATE, K_DONE, K_BUDGET, K_SHARE, K_SHARE, K_ACTUAL, K_ACTUAL, K_ACTUAL,
    K_ACTUAL, K_ACTUAL, K_DEDUCT, K_WEIGHT, K_WEIGHT, K_WEIGHT, K_SCORE | K_SCORE_WORD,
    K_SCORE | K_SCORE_WORD, K_SCORE | K_SCORE_WORD, K_SCORE | K_SCORE_WORD};

static windex kw_index;

/* Every keyword at every place of s, its flags or'd together. */
static unsigned keyword_flags(const char *s, size_t len)
{
    unsigned f = 0;
    for (size_t i = 0; i < len;) {
        for (int k = kw_index.head[wx_key(s + i, len - i)]; k >= 0; k = kw_index.next[k])
            if (i + kw_index.len[k] <= len && !memcmp(s + i, kw_words[k], kw_index.len[k]))
                f |= kw_flags[k];
        i += char_len((unsigned char)s[i]);
    }
    return f;
}

/* Names of budgets, not the word 预算 that makes a figure a budget:
 * "一般公共预算拨款收入" is an income. */
static const char *const budget_names[] = {"一般公共预算", "政府性基金预算", "国有资本经营预算",
                                           "社会保险基金预算"};

/* The label with the names of budgets taken out, for finding its role. */
static size_t without_budget_names(const char *s, size_t len, char *out, size_t size)
{
    size_t o = 0, i = 0;
    while (i < len && o + 1 < size) {
        bool skip = false;
        for (size_t k = 0; k < sizeof budget_names / sizeof budget_names[0]; k++) {
            if (at(s, len, i, budget_names[k])) {
                i += strlen(budget_names[k]);
                skip = true;
                break;
            }
        }
        if (!skip)
            out[o++] = s[i++];
    }
    out[o] = '\0';
    return o;
}

/* Single characters are taken off only at the ends: inside, they belong to
 * words (一般公共服务, 为民). */
static const char *const lead_fillers[] = {"和", "及", "与", "以及", "另", "按", "从", "经",
                                           "共", "为", "是", "达", "约", "较", "比"};
static const char *const tail_fillers[] = {"的", "和", "及", "与", "在", "中", "其", "为",
                                           "是", "达", "约", "共", "了"};

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* The subject: the label without role words, fillers, years and marks. */
static void subject_of(const char *s, size_t len, char *out, size_t size)
{
    char tmp[192];
    size_t o = 0, i = 0;
    while (i < len && o + 5 < sizeof tmp) {
        if (is_digit(s[i]) || s[i] == '.' || s[i] == '%') {
            /* Years and dates in a label ("2023 年收入") are not the subject. */
            while (i < len && (is_digit(s[i]) || s[i] == '.' || s[i] == ' ' || s[i] == '%'))
                i++;
            if (at(s, len, i, "年度"))
                i += 6;
            else if (at(s, len, i, "年") || at(s, len, i, "月") || at(s, len, i, "日"))
                i += 3;
            continue;
        }
        int k = wx_match(&budget_index, s, len, i);
        if (k >= 0) {
            size_t m = budget_index.len[k];
            if (o + m + 5 >= sizeof tmp)
                break;
            memcpy(tmp + o, s + i, m);
            o += m;
            i += m;
            continue;
        }
        if ((k = wx_match(&remove_index, s, len, i)) >= 0) {
            i += remove_index.len[k];
            continue;
        }
        if ((k = wx_match(&change_index, s, len, i)) >= 0) {
            i += change_index.len[k];
            continue;
        }
        size_t n = char_len((unsigned char)s[i]);
        if (i + n > len)
            break;
        memcpy(tmp + o, s + i, n);
        o += n;
        i += n;
    }
    tmp[o] = '\0';
    /* Fillers at either end. */
    size_t a = 0, b = o;
    for (bool again = true; again;) {
        again = false;
        for (size_t k = 0; k < sizeof lead_fillers / sizeof lead_fillers[0]; k++) {
            size_t m = strlen(lead_fillers[k]);
            if (b - a >= m && !memcmp(tmp + a, lead_fillers[k], m)) {
                a += m;
                again = true;
            }
        }
        for (size_t k = 0; k < sizeof tail_fillers / sizeof tail_fillers[0]; k++) {
            size_t m = strlen(tail_fillers[k]);
            if (b - a >= m && !memcmp(tmp + b - m, tail_fillers[k], m)) {
                b -= m;
                again = true;
            }
        }
    }
    size_t n = b - a < size - 1 ? b - a : size - 1;
    /* Never cut a character in two. */
    while (n > 0 && n < b - a && ((unsigned char)tmp[a + n] & 0xC0) == 0x80)
        n--;
    memcpy(out, tmp + a, n);
    out[n] = '\0';
}

static bool has_last_year(const char *s, size_t len, int last_year)
{
    static const char *const w[] = {"上年", "去年", "上一年", "同期", "前一年"};
    for (size_t k = 0; k < sizeof w / sizeof w[0]; k++) {
        const char *p = zp_ck_find(s, len, w[k]);
        if (p && !at(s, len, (size_t)(p - s), "上年结转") && !at(s, len, (size_t)(p - s), "上年结余"))
            return true;
    }
    if (last_year >= 1000 && last_year <= 9999) {
        char y[5] = {(char)('0' + last_year / 1000), (char)('0' + last_year / 100 % 10),
                     (char)('0' + last_year / 10 % 10), (char)('0' + last_year % 10), '\0'};
        const char *p = zp_ck_find(s, len, y);
        if (p) {
            size_t i = (size_t)(p - s) + strlen(y);
            while (i < len && s[i] == ' ')
                i++;
            if (at(s, len, i, "年"))
                return true;
        }
    }
    return false;
}

static bool rate_like(const char *subject)
{
    size_t n = strlen(subject);
    return (n >= 3 && (!strcmp(subject + n - 3, "率") || !strcmp(subject + n - 3, "度"))) ||
           (n >= 6 && (!strcmp(subject + n - 6, "比例") || !strcmp(subject + n - 6, "比重")));
}

void zp_ck_classify_label(const char *para, size_t a, size_t b, const zp_num *n, int last_year,
                       zp_label *out)
{
    memset(out, 0, sizeof *out);
    if (!change_index.ready) {
        build_indexes();
        wx_build(&remove_index, remove_words, (int)(sizeof remove_words / sizeof remove_words[0]));
        wx_build(&budget_index, budget_names, (int)(sizeof budget_names / sizeof budget_names[0]));
        wx_build(&kw_index, kw_words, (int)(sizeof kw_words / sizeof kw_words[0]));
    }
    const char *raw = para + a;
    size_t raw_len = b - a;
    char plain[512];
    const char *s = raw;
    size_t len = raw_len;
    if (raw_len < sizeof plain && zp_ck_has(raw, raw_len, "预算")) {
        len = without_budget_names(raw, raw_len, plain, sizeof plain);
        s = plain;
    }
    out->subj_at = a;
    out->subj_len = raw_len;

    /* The direction word nearest the figure (found in the label as
     * written, so that its place is the paragraph's). */
    const char *dir = NULL;
    for (size_t i = 0; i < raw_len;) {
        int k = wx_match(&change_index, raw, raw_len, i);
        if (k >= 0) {
            dir = raw + i;
            out->sign = change_words[k].sign;
            out->word_len = change_index.len[k];
            i += change_index.len[k];
        } else {
            i += char_len((unsigned char)raw[i]);
        }
    }
    if (dir) {
        out->word_at = a + (size_t)(dir - raw);
        out->income_word = !memcmp(dir, "增收", 6) || !memcmp(dir, "减收", 6);
        out->expense_word = !memcmp(dir, "增支", 6) || !memcmp(dir, "减支", 6) ||
                            !memcmp(dir, "节支", 6);
    }
    out->last_year_word = has_last_year(s, len, last_year);
    unsigned kf = keyword_flags(s, len);
    out->total_word = (kf & K_TOTAL) != 0;
    out->vs_budget = (kf & K_VS_BUDGET) != 0;

    /* A share: the subject is before 占, the whole after it. */
    const char *zhan = zp_ck_find_last(raw, raw_len, "占");
    if (zhan && (zp_ck_has(raw, raw_len, "占用") || zp_ck_has(raw, raw_len, "挤占") ||
                 zp_ck_has(raw, raw_len, "侵占")))
        zhan = NULL;
    size_t subj_len = raw_len;
    if (zhan && (n->family == ZF_PCT)) {
        out->role = ZR_SHARE;
        subj_len = (size_t)(zhan - raw);
        const char *o = zhan + 3;
        size_t olen = (size_t)(raw + raw_len - o);
        subject_of(o, olen, out->object, sizeof out->object);
    }
    subject_of(raw, subj_len, out->subject, sizeof out->subject);
    if (out->role == ZR_SHARE)
        return;

    bool change = dir != NULL;
    switch (n->family) {
    case ZF_PCT:
        if (kf & K_SCORE_RATE)
            out->role = ZR_SCORE_RATE;
        else if ((kf & K_RATE) || ((kf & K_DONE) && (kf & K_BUDGET)))
            out->role = ZR_RATE;
        else if (change)
            out->role = rate_like(out->subject) ? ZR_NONE : ZR_CHANGE_PCT;
        else if (kf & K_SHARE)
            out->role = ZR_SHARE;
        else
            out->role = ZR_INDICATOR;
        break;
    case ZF_MONEY:
        if (change)
            out->role = ZR_CHANGE;
        else if (out->last_year_word)
            out->role = ZR_LAST;
        else if (kf & K_ACTUAL)
            out->role = ZR_ACTUAL;
        else if (kf & K_BUDGET)
            out->role = ZR_BUDGET;
        else
            out->role = ZR_AMOUNT;
        break;
    case ZF_SCORE:
    case ZF_NONE:
        if (kf & K_DEDUCT)
            out->role = ZR_NONE;
        else if (kf & K_WEIGHT)
            out->role = ZR_WEIGHT;
        else if (kf & K_SCORE_RATE)
            out->role = ZR_SCORE_RATE;
        else if ((kf & K_SCORE) && (n->family == ZF_SCORE || !(kf & K_TOTAL) || (kf & K_SCORE_WORD)))
            out->role = ZR_SCORE;
        else
            out->role = n->family == ZF_SCORE ? ZR_SCORE : ZR_NONE;
        break;
    case ZF_PEOPLE:
    case ZF_VISITS:
    case ZF_COUNT:
        if (change)
            out->role = ZR_CHANGE;
        else if (out->last_year_word)
            out->role = ZR_LAST;
        else
            out->role = ZR_COUNT;
        break;
    default:
        out->role = ZR_NONE;
    }
}
