/*
 * The genre's vocabulary (see lexicon.h). Word lists are data; the only
 * logic here is which list wins when a label holds words of several.
 */
#include <stdio.h>
#include <string.h>

#include "base/mem.h"
#include "check/lexicon.h"

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
    /* The key holds the first two bytes of a CJK character; its third
     * byte tells most of a bucket's words apart before they are compared. */
    for (int k = x->head[wx_key(s + i, len - i)]; k >= 0; k = x->next[k]) {
        size_t m = x->len[k];
        const char *w = x->words[k];
        if (i + m <= len && (m < 3 || s[i + 2] == w[2]) && !memcmp(s + i, w, m))
            return k;
    }
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
    {"负增长", -1},
    /* "决算数大于预算数 55.93 万元": the final sum against the budget */
    {"大于预算", 1}, {"超出预算", 1}, {"超过预算", 1}, {"高于预算", 1}, {"多于预算", 1},
    {"小于预算", -1}, {"少于预算", -1}, {"低于预算", -1},
    /* "由年初的 76138 万元调整为 89138 万元，调增 13000 万元": against the budget */
    {"调增", 1}, {"调减", -1},
};

static const char *change_texts[sizeof change_words / sizeof change_words[0]];
static windex remove_index, change_index, budget_index;

/* The change word at s[i], or -1; not 增加值 (value added, a noun). */
static int change_match(const char *s, size_t len, size_t i)
{
    int k = wx_match(&change_index, s, len, i);
    if (k >= 0 && change_words[k].sign > 0 && i + change_index.len[k] + 3 <= len &&
        !memcmp(s + i + change_index.len[k], "值", 3) && !memcmp(s + i, "增加", 6))
        return -1;
    return k;
}
/* The keys (wx_key) any of the three indexes has a word under. */
static unsigned char subject_keys[WX_BUCKETS / 8 + 1];

static void build_indexes(void)
{
    for (size_t k = 0; k < sizeof change_words / sizeof change_words[0]; k++)
        change_texts[k] = change_words[k].text;
    wx_build(&change_index, change_texts, (int)(sizeof change_words / sizeof change_words[0]));
}

/* Taken out of a label to leave its subject; longest first where it matters. */
static const char *const remove_words[] = {
    "与上年度相比", "与上年相比", "与去年相比", "与上年同期相比", "相较于", "相较", "相比", "与上年对比", "对比",
    /* "较上年同期增加", "较上年支出数减少": the comparison, not a subject */
    "较上年同期", "比上年同期", "较去年同期", "比去年同期", "较上年支出数", "比上年支出数",
    "较上年收入数", "比上年收入数", "比上年度", "比上年", "较上年度",
    "较上年", "比去年", "较去年", "上年同期", "上一年度", "上一年", "上年度", "上年", "去年",
    "同比", "环比", "年计划", "年初预算数", "全年预算数", "调整后预算数", "调整预算数", "预算数",
    "年初预算", "全年预算", "调整后预算", "调整预算", "预算", "决算数", "决算", "执行数",
    "预算执行率", "执行率", "完成率", "控制率", "执行进度", "支出进度", "支付进度", "完成", "实际", "执行",
    "占比", "比重", "比例", "分值", "得分率", "得分", "权重", "满分", "自评", "综合", "评分", "分数",
    "其中", "包括", "主要是因为", "主要原因是", "主要是由于", "主要是", "主要用于", "用于",
    "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "另外", "此外", "同时",
    "本部门", "我部门", "本单位", "我单位", "本年度", "本年", "当年", "全年度", "全年", "年初", "年度",
    "共计", "累计", "达到", "分别", "仅为", "只有", "：", ":", "、", "（",
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
    K_SCORE_WORD = 1 << 11, /* 得分, 评分, 分数, 打分: a score, not only 自评 */
    K_BUDGET_LAST = 1 << 12 /* 预算 after the last of 决算, 实际 …: "实际下达预算" */
};

static const struct {
    const char *word;
    unsigned flags;
} keywords[] = {
    {"综合", K_TOTAL},          {"总分", K_TOTAL},          {"总得分", K_TOTAL},
    {"自评", K_TOTAL | K_SCORE}, {"比预算", K_VS_BUDGET},   {"较预算", K_VS_BUDGET},
    {"比年初预算", K_VS_BUDGET}, {"较年初预算", K_VS_BUDGET}, {"比全年预算", K_VS_BUDGET},
    {"较全年预算", K_VS_BUDGET}, {"与预算相比", K_VS_BUDGET}, {"超预算", K_VS_BUDGET},
    {"大于预算", K_VS_BUDGET},   {"超出预算", K_VS_BUDGET},   {"超过预算", K_VS_BUDGET},
    {"高于预算", K_VS_BUDGET},   {"多于预算", K_VS_BUDGET},   {"小于预算", K_VS_BUDGET},
    {"少于预算", K_VS_BUDGET},   {"低于预算", K_VS_BUDGET},   {"调增", K_VS_BUDGET},
    {"调减", K_VS_BUDGET},
    {"得分率", K_SCORE_RATE},    {"完成率", K_RATE},         {"执行率", K_RATE},
    {"执行进度", K_RATE},        {"支出进度", K_RATE},       {"支付进度", K_RATE},
    {"控制率", K_RATE},          {"完成", K_DONE},           {"预算", K_BUDGET},
    {"年计划", K_BUDGET}, /* "占年计划 100500 万元的 112.29%": the year's budget */
    {"比重", K_SHARE},           {"占比", K_SHARE},          {"决算", K_ACTUAL},
    {"执行数", K_ACTUAL},        {"实际", K_ACTUAL},         {"已支付", K_ACTUAL},
    {"支出数", K_ACTUAL},        {"扣", K_DEDUCT},           {"分值", K_WEIGHT},
    {"权重", K_WEIGHT},          {"满分", K_WEIGHT},         {"得分", K_SCORE | K_SCORE_WORD},
    {"评分", K_SCORE | K_SCORE_WORD}, {"分数", K_SCORE | K_SCORE_WORD},
    {"打分", K_SCORE | K_SCORE_WORD},
};
static const char *kw_words[sizeof keywords / sizeof keywords[0]];

static windex kw_index;

/* Every keyword at every place of s, its flags or'd together. */
static unsigned keyword_flags(const char *s, size_t len)
{
    unsigned f = 0;
    for (size_t i = 0; i < len;) {
        for (int k = kw_index.head[wx_key(s + i, len - i)]; k >= 0; k = kw_index.next[k])
            if (i + kw_index.len[k] <= len && !memcmp(s + i, kw_words[k], kw_index.len[k])) {
                f |= keywords[k].flags;
                if (keywords[k].flags & K_BUDGET)
                    f |= K_BUDGET_LAST;
                else if (keywords[k].flags & K_ACTUAL)
                    f &= ~(unsigned)K_BUDGET_LAST;
            }
        i += zp_ck_char_len((unsigned char)s[i]);
    }
    return f;
}

/* Names of budgets, not the word 预算 that makes a figure a budget:
 * "一般公共预算拨款收入" is an income, "预算单位" a body that spends. */
static const char *const budget_names[] = {"一般公共预算", "政府性基金预算", "国有资本经营预算",
                                           "社会保险基金预算", "预算单位", "预算部门",
                                           /* the old name of 一般公共预算: "一般预算财政收入" */
                                           "一般预算"};

const char *zp_ck_fund_named(const char *s, size_t len)
{
    /* by the name, or its short form ("省级政府性基金收入") */
    static const struct {
        const char *text, *fund;
    } funds[] = {{"一般公共预算", "一般公共预算"},     {"政府性基金", "政府性基金预算"},
                 {"国有资本经营", "国有资本经营预算"}, {"社会保险基金", "社会保险基金预算"}};
    const char *named = NULL;
    for (size_t k = 0; k < sizeof funds / sizeof funds[0]; k++)
        if (zp_ck_has(s, len, funds[k].text))
            named = funds[k].fund;
    return named;
}

/* The label with the names of budgets taken out, for finding its role. */
static size_t without_budget_names(const char *s, size_t len, char *out, size_t size)
{
    size_t o = 0, i = 0;
    while (i < len && o + 1 < size) {
        bool skip = false;
        for (size_t k = 0; k < sizeof budget_names / sizeof budget_names[0]; k++) {
            if (zp_ck_at(s, len, i, budget_names[k])) {
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

bool zp_ck_says_budget(const char *s, size_t len)
{
    char plain[512];
    if (!zp_ck_has(s, len, "预算"))
        return false;
    if (len >= sizeof plain)
        return true;
    size_t n = without_budget_names(s, len, plain, sizeof plain);
    return zp_ck_has(plain, n, "预算");
}

/* Single characters are taken off only at the ends: inside, they belong to
 * words (一般公共服务, 为民). */
/* The unit speaking of itself (我院支出合计 is the unit's 支出合计) is a
 * filler too, not a qualifier that would make another thing's total. */
static const char *const lead_fillers[] = {
    "和", "及", "与", "以及", "另", "按", "从", "经比较", "经核算", "经统计", "经审计", "经测算",
    "共", "为", "是", "达", "约", "较", "比",
    "我院", "我局", "我校", "我所", "我站", "我委", "我办", "我镇", "我乡", "我中心", "我单位",
    "我部门", "我部", "我厅", "我会", "我馆", "我处", "本院", "本局", "本校", "本单位", "本部门",
    "本中心", "本机关"};
static const char *const tail_fillers[] = {"的", "和", "及", "与", "在", "中", "其", "为",
                                           "是", "达", "约", "共", "了", "由", "从", "均", "各"};
enum {
    NLEAD = sizeof lead_fillers / sizeof lead_fillers[0],
    NTAIL = sizeof tail_fillers / sizeof tail_fillers[0]
};
static unsigned char lead_len[NLEAD], tail_len[NTAIL]; /* set with the indexes */

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* The subject: the label without role words, fillers, years and marks. */
static void subject_of(const char *s, size_t len, char *out, size_t size)
{
    char tmp[192];
    size_t o = 0, i = 0;
    /* A gloss in brackets right before the figure says what the thing is
     * called elsewhere ("工资福利支出(人员支出)", "项目支出(专项工作经费支出)"):
     * the subject is the name before it. */
    size_t end = len;
    while (end > 0 && s[end - 1] == ' ')
        end--;
    if (end > 0 && s[end - 1] == ')') {
        size_t open = end - 1;
        while (open > 0 && s[open - 1] != '(' && !is_digit(s[open - 1]))
            open--;
        /* Only a gloss of words after a name of two characters or more. */
        if (open > 6 && s[open - 1] == '(' && end - open > 4)
            len = open - 1;
    }
    while (i < len && o + 5 < sizeof tmp) {
        if (is_digit(s[i]) || s[i] == '.' || s[i] == '%') {
            /* Years and dates in a label ("2023 年收入") are not the subject. */
            while (i < len && (is_digit(s[i]) || s[i] == '.' || s[i] == ' ' || s[i] == '%'))
                i++;
            bool year = zp_ck_at(s, len, i, "年");
            if (zp_ck_at(s, len, i, "年度"))
                i += 6;
            else if (year || zp_ck_at(s, len, i, "月") || zp_ck_at(s, len, i, "日"))
                i += 3;
            /* "三公经费比2017年": the year compared with, and its 比 */
            if (year && o >= 3 && (!memcmp(tmp + o - 3, "比", 3) || !memcmp(tmp + o - 3, "较", 3)))
                o -= 3;
            continue;
        }
        /* Most characters start none of the words looked for. */
        unsigned key = wx_key(s + i, len - i);
        if (subject_keys[key >> 3] & (1u << (key & 7))) {
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
            if ((k = change_match(s, len, i)) >= 0) {
                i += change_index.len[k];
                continue;
            }
        }
        size_t n = zp_ck_char_len((unsigned char)s[i]);
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
        for (size_t k = 0; k < NLEAD; k++) {
            size_t m = lead_len[k];
            if (b - a >= m && tmp[a + 1] == lead_fillers[k][1] &&
                !memcmp(tmp + a, lead_fillers[k], m)) {
                a += m;
                again = true;
            }
        }
        for (size_t k = 0; k < NTAIL; k++) {
            size_t m = tail_len[k];
            if (b - a >= m && tmp[b - 1] == tail_fillers[k][m - 1] &&
                !memcmp(tmp + b - m, tail_fillers[k], m)) {
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

static void ensure_indexes(void)
{
    if (change_index.ready)
        return;
    build_indexes();
    wx_build(&remove_index, remove_words, (int)(sizeof remove_words / sizeof remove_words[0]));
    wx_build(&budget_index, budget_names, (int)(sizeof budget_names / sizeof budget_names[0]));
    for (unsigned b = 0; b < WX_BUCKETS; b++)
        if (budget_index.head[b] >= 0 || remove_index.head[b] >= 0 || change_index.head[b] >= 0)
            subject_keys[b >> 3] |= (unsigned char)(1u << (b & 7));
    for (size_t k = 0; k < sizeof keywords / sizeof keywords[0]; k++)
        kw_words[k] = keywords[k].word;
    wx_build(&kw_index, kw_words, (int)(sizeof kw_words / sizeof kw_words[0]));
    for (size_t k = 0; k < NLEAD; k++)
        lead_len[k] = (unsigned char)strlen(lead_fillers[k]);
    for (size_t k = 0; k < NTAIL; k++)
        tail_len[k] = (unsigned char)strlen(tail_fillers[k]);
}

int zp_ck_change_sign_at(const char *s, size_t len, size_t i, size_t *m)
{
    ensure_indexes();
    int k = change_match(s, len, i);
    if (k < 0)
        return 0;
    *m = change_index.len[k];
    return change_words[k].sign;
}

size_t zp_ck_change_word_at(const char *s, size_t len, size_t i)
{
    size_t m = 0;
    return zp_ck_change_sign_at(s, len, i, &m) ? m : 0;
}

/* Direction words said of rates that the change words (提高, 下降 …) leave
 * out; only right before a figure. */
static const struct {
    const char *text;
    int sign;
} rate_words[] = {{"提升", 1}, {"升高", 1}, {"高出", 1}, {"增", 1}, {"高", 1},
                  {"降", -1}, {"减", -1}, {"低", -1}};

int zp_ck_direction_before(const char *s, size_t i, size_t *at)
{
    while (i > 0 && s[i - 1] == ' ')
        i--;
    if (i >= 3 && !memcmp(s + i - 3, "了", 3))
        i -= 3;
    for (size_t m = 9; m >= 6; m -= 3) {
        size_t len = 0;
        int sign = i >= m ? zp_ck_change_sign_at(s, i, i - m, &len) : 0;
        if (sign && len == m) {
            *at = i - m;
            return sign;
        }
    }
    for (size_t k = 0; k < sizeof rate_words / sizeof rate_words[0]; k++)
        if (zp_ck_ends(s, i, rate_words[k].text)) {
            *at = i - strlen(rate_words[k].text);
            return rate_words[k].sign;
        }
    return 0;
}

void zp_ck_subject_of(const char *s, size_t len, char *out, size_t size)
{
    ensure_indexes();
    subject_of(s, len, out, size);
}


static bool rate_like(const char *subject)
{
    size_t n = strlen(subject);
    return (n >= 3 && (!strcmp(subject + n - 3, "率") || !strcmp(subject + n - 3, "度"))) ||
           (n >= 6 && (!strcmp(subject + n - 6, "比例") || !strcmp(subject + n - 6, "比重")));
}

/* Does a label end with a change to a level (增加到, 降至 …)? */
static bool ends_with_level(const char *s, size_t len)
{
    static const char *const levels[] = {"到", "至"};
    while (len > 0 && s[len - 1] == ' ')
        len--;
    /* "增加到 2020 年(末)的 16620 元": the level's year between */
    size_t y = len;
    if (zp_ck_ends(s, y, "的"))
        y -= 3;
    if (zp_ck_ends(s, y, "年末") || zp_ck_ends(s, y, "年底"))
        y -= 6;
    else if (zp_ck_ends(s, y, "年"))
        y -= 3;
    else
        y = len;
    size_t digits = 0;
    while (y < len && digits < y && s[y - 1 - digits] >= '0' && s[y - 1 - digits] <= '9')
        digits++;
    if (y < len && digits == 4) {
        len = y - 4;
        while (len > 0 && s[len - 1] == ' ')
            len--;
    }
    for (size_t k = 0; k < sizeof levels / sizeof levels[0]; k++) {
        size_t m = strlen(levels[k]);
        if (len < m || memcmp(s + len - m, levels[k], m))
            continue;
        /* A direction word right before it, or 降 (降至, 降到). */
        size_t end = len - m;
        if (end >= 3 && !memcmp(s + end - 3, "降", 3))
            return true;
        for (size_t i = end >= 9 ? end - 9 : 0; i < end; i++)
            if (zp_ck_change_word_at(s, end, i) == end - i)
                return true;
    }
    return false;
}


bool zp_ck_says_vs_budget(const char *s, size_t len, int last_year)
{
    ensure_indexes();
    return (keyword_flags(s, len) & K_VS_BUDGET) ||
           (last_year > 0 && zp_ck_says_own_budget(s, len, last_year + 1));
}

/* "综合管理(30 分)", "目标任务（15 分）": points in brackets right after a
 * name, nothing else in them, are its weight (分值), not a score. */
static bool weight_in_brackets(const char *s, size_t len, const char *para, const zp_num *n)
{
    while (len > 0 && s[len - 1] == ' ')
        len--;
    if (n->family != ZF_SCORE || len < 4 || s[len - 1] != '(')
        return false;
    size_t i = n->end;
    while (para[i] == ' ')
        i++;
    return para[i] == ')';
}

/* "实际完成 42.44 亿元，为调整预算的 80.8%": what was done of the budget. */
static bool of_the_budget(const char *s, size_t len)
{
    while (len > 0 && s[len - 1] == ' ')
        len--;
    if (!zp_ck_ends(s, len, "预算的"))
        return false;
    static const char *const verbs[] = {"为调整", "为年初", "为全年", "为"};
    for (size_t k = 0; k < sizeof verbs / sizeof verbs[0]; k++) {
        size_t m = strlen(verbs[k]) + strlen("预算的");
        if (len >= m && !memcmp(s + len - m, verbs[k], strlen(verbs[k])))
            return true;
    }
    return false;
}

void zp_ck_classify_label(const char *para, size_t a, size_t b, const zp_num *n, int last_year,
                       zp_label *out)
{
    memset(out, 0, sizeof *out);
    ensure_indexes();
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
        int k = change_match(raw, raw_len, i);
        if (k >= 0) {
            dir = raw + i;
            out->sign = change_words[k].sign;
            out->word_len = change_index.len[k];
            i += change_index.len[k];
        } else {
            i += zp_ck_char_len((unsigned char)raw[i]);
        }
    }
    /* "较上年减 0.04 万元，增 0.2%": 增 or 减 alone, right before the figure,
     * after a comparison or opening its clause (not 新增, 递增). */
    size_t tail = raw_len;
    while (tail > 0 && raw[tail - 1] == ' ')
        tail--;
    /* "比去年 3.01 万元少 0.07 万元": 少 or 多 alone after a comparison too */
    bool less_more = tail >= 3 && (!memcmp(raw + tail - 3, "少", 3) || !memcmp(raw + tail - 3, "多", 3));
    if (!dir && tail >= 3 &&
        (!memcmp(raw + tail - 3, "增", 3) || !memcmp(raw + tail - 3, "减", 3) || less_more)) {
        size_t head = tail - 3;
        bool opens = head == 0 && !less_more;
        bool compared = zp_ck_has(raw, head, "比") || zp_ck_has(raw, head, "较") ||
                        (!less_more && (zp_ck_has(raw, head, "上年") || zp_ck_has(raw, head, "同比")));
        /* "比去年 3.01 万元少 0.07 万元": the comparison in the words of the
         * figure compared with, right before */
        if (less_more && head == 0) {
            size_t i = zp_ck_clause_start(para, a > 48 ? a - 48 : 0, a, false);
            compared = zp_ck_has(para + i, a - i, "比") || zp_ck_has(para + i, a - i, "较");
        }
        bool joined = head >= 3 && (!memcmp(raw + head - 3, "新", 3) || !memcmp(raw + head - 3, "递", 3) ||
                                  !memcmp(raw + head - 3, "倍", 3));
        if ((opens || compared) && !joined) {
            dir = raw + head;
            out->sign = !memcmp(dir, "增", 3) || !memcmp(dir, "多", 3) ? 1 : -1;
            out->word_len = 3;
        }
    }
    /* "由 500 万元增加到 600 万元": 600 is where it went, not by how much. */
    if (dir && ends_with_level(raw, raw_len)) {
        out->level = true;
        out->sign = 0;
        dir = NULL;
    }
    /* "年均增长 12%", "平均每年增加 5 万元": a yearly average over several
     * years (growth.c reads it); "扣除价格因素，实际增长 13.3%": growth at
     * constant prices. Neither is the change of the figures stated. */
    size_t before = dir ? (size_t)(dir - raw) : 0;
    bool real = dir && zp_ck_ends(raw, before, "实际");
    /* the prices are said in the label or in the clause before it */
    size_t from = a > 36 ? a - 36 : 0;
    if (real && !zp_ck_yearly_before(raw, before - 6))
        real = zp_ck_has(para + from, b - from, "价格") || zp_ck_has(para + from, b - from, "不变价") ||
               zp_ck_has(para + from, b - from, "可比价");
    if (dir && (zp_ck_yearly_before(raw, before) || real)) {
        out->sign = 0;
        out->role = ZR_NONE;
        subject_of(raw, before, out->subject, sizeof out->subject);
        return;
    }
    if (dir) {
        out->word_at = a + (size_t)(dir - raw);
        out->income_word = !memcmp(dir, "增收", 6) || !memcmp(dir, "减收", 6);
        out->expense_word = !memcmp(dir, "增支", 6) || !memcmp(dir, "减支", 6) ||
                            !memcmp(dir, "节支", 6);
    }
    out->last_year_word = zp_ck_says_last_year(s, len, last_year);
    unsigned kf = keyword_flags(s, len);
    out->total_word = (kf & K_TOTAL) != 0;
    out->vs_budget = zp_ck_says_vs_budget(raw, raw_len, last_year);
    out->budget_word = (kf & K_BUDGET) != 0;

    /* A share: the subject is before 占, the whole after it. */
    const char *zhan = zp_ck_find_last(raw, raw_len, "占");
    if (zhan && (zp_ck_has(raw, raw_len, "占用") || zp_ck_has(raw, raw_len, "挤占") ||
                 zp_ck_has(raw, raw_len, "侵占")))
        zhan = NULL;
    size_t subj_len = raw_len;
    if (dir && out->word_len == 3 && (size_t)(dir - raw) + 3 >= tail)
        subj_len = (size_t)(dir - raw); /* the lone 增 or 减 is no part of it */
    if (zhan && (n->family == ZF_PCT)) {
        out->role = ZR_SHARE;
        subj_len = (size_t)(zhan - raw);
        const char *o = zhan + 3;
        size_t olen = (size_t)(raw + raw_len - o);
        subject_of(o, olen, out->object, sizeof out->object);
        /* "占预算 20.6%": of a budget, not of the figure before it */
        if ((!out->object[0] || !strcmp(out->object, "年")) && zp_ck_says_budget(o, olen))
            zp_str_copy(out->object, sizeof out->object, "预算"); /* 占年调整预算的 too */
    }
    subject_of(raw, subj_len, out->subject, sizeof out->subject);
    if (out->level)
        out->subject[0] = '\0'; /* the level of the subject before it */
    if (out->role == ZR_SHARE)
        return;

    bool change = dir != NULL;
    /* "短收 187 万元", "超收 …": against a schedule or a plan not stated,
     * no amount of the subject's nor a change on last year */
    if (zp_str_ends(out->subject, "短收") || zp_str_ends(out->subject, "超收") ||
        zp_str_ends(out->subject, "欠收")) {
        out->role = ZR_NONE;
        return;
    }
    switch (n->family) {
    case ZF_PCT:
        if (kf & K_SCORE_RATE)
            out->role = ZR_SCORE_RATE;
        else if (((kf & K_RATE) || ((kf & K_DONE) && (kf & K_BUDGET))) && out->last_year_word)
            /* "执行率由上年的 88.79% 提高到 96.20%": last year's rate, none
             * of this year's claims (points.c reads it) */
            out->role = ZR_NONE;
        else if ((kf & K_RATE) || ((kf & K_DONE) && (kf & K_BUDGET)) || of_the_budget(raw, raw_len))
            out->role = ZR_RATE;
        else if (change)
            /* "满意度提高 5%" is no change rate; "减少率 35.22%" (a bare 率) is. */
            if (!strcmp(out->subject, "率")) {
                out->role = ZR_CHANGE_PCT;
                out->subject[0] = '\0'; /* the rate of the change before it */
            } else {
                out->role = rate_like(out->subject) ? ZR_NONE : ZR_CHANGE_PCT;
            }
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
        else if ((kf & K_ACTUAL) && !(kf & K_BUDGET_LAST))
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
        else if ((kf & K_WEIGHT) || weight_in_brackets(raw, raw_len, para, n))
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
