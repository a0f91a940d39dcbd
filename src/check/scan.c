/*
 * Scanning the figures of a paragraph (see scan.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/mem.h"
#include "check/normalize.h"
#include "check/lexicon.h"
#include "check/scan.h"

void zp_ck_nums_free(zp_nums *n)
{
    free(n->items);
    memset(n, 0, sizeof *n);
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool is_alpha(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static bool at(const char *s, size_t len, size_t i, const char *w)
{
    return zp_ck_at(s, len, i, w);
}

/* Does s[0..i) end with the m bytes of w? */
static bool ends_with(const char *s, size_t i, const char *w, size_t m)
{
    return i >= m && s[i - 1] == w[m - 1] && !memcmp(s + i - m, w, m);
}

static bool before(const char *s, size_t i, const char *w)
{
    return ends_with(s, i, w, strlen(w));
}

static size_t skip_spaces(const char *s, size_t len, size_t i)
{
    while (i < len && s[i] == ' ')
        i++;
    return i;
}

static size_t back_spaces(const char *s, size_t i)
{
    while (i > 0 && s[i - 1] == ' ')
        i--;
    return i;
}

typedef struct unit_def {
    const char *text;
    zp_family family;
    int exp10;
} unit_def;

/* Longest first where one is a prefix of another. */
static const unit_def units[] = {
    {"个百分点", ZF_POINTS, 0},
    {"百分点", ZF_POINTS, 0},
    {"亿元", ZF_MONEY, 4},
    {"万元", ZF_MONEY, 0},
    {"千元", ZF_MONEY, -1},
    {"元", ZF_MONEY, -4},
    {"%", ZF_PCT, 0},
    {"‰", ZF_OTHER, 0},
    {"人次", ZF_VISITS, 0},
    {"人", ZF_PEOPLE, 0},
    {"名", ZF_PEOPLE, 0},
    {"分钟", ZF_TIME, 0},
    {"分", ZF_SCORE, 0},
    {"年度", ZF_TIME, 0},
    {"年", ZF_TIME, 0},
    {"个月", ZF_TIME, 0},
    {"月", ZF_TIME, 0},
    {"日", ZF_TIME, 0},
    {"天", ZF_TIME, 0},
    {"小时", ZF_TIME, 0},
    {"周", ZF_TIME, 0},
    {"季度", ZF_TIME, 0},
    {"场次", ZF_COUNT, 0},
    {"个", ZF_COUNT, 0},
    {"项", ZF_COUNT, 0},
    {"次", ZF_COUNT, 0},
    {"场", ZF_COUNT, 0},
    {"家", ZF_COUNT, 0},
    {"所", ZF_COUNT, 0},
    {"期", ZF_COUNT, 0},
    {"条", ZF_COUNT, 0},
    {"辆", ZF_COUNT, 0},
    {"本", ZF_COUNT, 0},
    {"套", ZF_COUNT, 0},
    {"篇", ZF_COUNT, 0},
    {"户", ZF_COUNT, 0},
    {"件", ZF_COUNT, 0},
    {"处", ZF_COUNT, 0},
    {"座", ZF_COUNT, 0},
    {"台", ZF_COUNT, 0},
    {"张", ZF_COUNT, 0},
    {"批", ZF_COUNT, 0},
    {"部", ZF_COUNT, 0},
    {"册", ZF_COUNT, 0},
    {"支", ZF_COUNT, 0},
    {"队", ZF_COUNT, 0},
    {"组", ZF_COUNT, 0},
    {"种", ZF_COUNT, 0},
    {"类", ZF_COUNT, 0},
    {"位", ZF_COUNT, 0},
    {"团", ZF_COUNT, 0},
    {"平方米", ZF_COUNT, 0},
    {"公里", ZF_COUNT, 0},
    {"米", ZF_OTHER, 0},
    {"吨", ZF_COUNT, 0},
    {"亩", ZF_COUNT, 0},
    {"号", ZF_OTHER, 0},
    {"届", ZF_OTHER, 0},
    {"级", ZF_OTHER, 0},
    {"倍", ZF_OTHER, 0},
    {"岁", ZF_OTHER, 0},
};

/* 分 is a score only when it is not the start of another word. */
static bool fen_is_word(const char *s, size_t len, size_t i)
{
    static const char *const words[] = {"分别", "分类", "分之", "分局", "分会", "分支", "分配",
                                        "分析", "分布", "分解", "分管", "分工", "分享", "分批",
                                        "分期", "分散", "分级", "分组", "分项", "分院", "分行",
                                        "分成", "分担", "分摊", "分档", "分段", "分步", "分年"};
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (at(s, len, i, words[k]))
            return true;
    return false;
}

static const unit_def *match_unit(const char *s, size_t len, size_t i, size_t *n)
{
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++) {
        if (at(s, len, i, units[k].text)) {
            if (!strcmp(units[k].text, "分") && fen_is_word(s, len, i))
                return NULL;
            if (!strcmp(units[k].text, "个") && at(s, len, i, "个人")) /* 个人: personal */
                return NULL;
            *n = strlen(units[k].text);
            return &units[k];
        }
    }
    return NULL;
}

/* Chinese digits: value 0..9, or -1. */
static int cn_digit(const char *s, size_t len, size_t i, size_t *n)
{
    static const char *const d[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    for (int k = 0; k < 10; k++)
        if (at(s, len, i, d[k])) {
            *n = 3;
            return k;
        }
    if (at(s, len, i, "〇")) {
        *n = 3;
        return 0;
    }
    if (at(s, len, i, "两")) {
        *n = 3;
        return 2;
    }
    return -1;
}

static int cn_mult(const char *s, size_t len, size_t i)
{
    if (at(s, len, i, "十"))
        return 10;
    if (at(s, len, i, "百"))
        return 100;
    if (at(s, len, i, "千"))
        return 1000;
    return 0;
}

/* The measure words after which a Chinese numeral counts something. */
static bool cn_measure(const char *s, size_t len, size_t i)
{
    static const char *const m[] = {"个", "项", "人", "名", "次", "场", "家", "所", "期",
                                    "条", "辆", "本", "套", "批", "件", "处", "户", "篇",
                                    "台", "张", "座", "支", "队", "组", "种", "位", "团", "类"};
    for (size_t k = 0; k < sizeof m / sizeof m[0]; k++)
        if (at(s, len, i, m[k]))
            return !at(s, len, i, "个人") && !at(s, len, i, "次性");
    return false;
}

/* Names made of a numeral and a measure word, which count nothing
 * ("落实中央八项规定", "增强四个意识"). */
static bool cn_name(const char *s, size_t len, size_t i)
{
    static const char *const names[] = {"八项规定", "四个意识", "四个自信", "两个维护", "两个确立",
                                        "三个代表", "四个全面", "五位一体", "两个责任"};
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
        if (at(s, len, i, names[k]))
            return true;
    return false;
}

/* Can a Chinese numeral start with this code point? */
static bool cn_start(int cp)
{
    switch (cp) {
    case 0x96F6: /* 零 */
    case 0x3007: /* 〇 */
    case 0x4E00: /* 一 */
    case 0x4E8C: /* 二 */
    case 0x4E24: /* 两 */
    case 0x4E09: /* 三 */
    case 0x56DB: /* 四 */
    case 0x4E94: /* 五 */
    case 0x516D: /* 六 */
    case 0x4E03: /* 七 */
    case 0x516B: /* 八 */
    case 0x4E5D: /* 九 */
    case 0x5341: /* 十 */
    case 0x767E: /* 百 */
    case 0x5343: /* 千 */
        return true;
    default:
        return false;
    }
}

/* Parse a Chinese numeral at i; returns its byte length (0 if none). */
static size_t cn_number(const char *s, size_t len, size_t i, int64_t *value)
{
    int64_t total = 0, section = 0;
    int digit = -1;
    size_t j = i, n;
    int chars = 0;
    bool any = false;
    while (j < len && chars < 8) {
        int d = cn_digit(s, len, j, &n);
        int m = cn_mult(s, len, j);
        if (d >= 0) {
            digit = d;
            j += n;
        } else if (m) {
            section += (digit < 0 ? 1 : digit) * m;
            digit = -1;
            j += 3;
        } else if (at(s, len, j, "万") && any) {
            total += (section + (digit < 0 ? 0 : digit)) * 10000;
            section = 0;
            digit = -1;
            j += 3;
        } else {
            break;
        }
        any = true;
        chars++;
    }
    if (!any)
        return 0;
    *value = total + section + (digit < 0 ? 0 : digit);
    return j - i;
}

static void push(zp_nums *out, const zp_num *n)
{
    if (out->count == out->cap) {
        out->cap = out->cap ? out->cap * 2 : 32;
        out->items = zp_xrealloc(out->items, out->cap * sizeof *out->items);
    }
    out->items[out->count++] = *n;
}

/* Words before a figure that make it approximate or a bound. */
static unsigned flags_before(const char *s, size_t start)
{
    size_t i = back_spaces(s, start);
    /* Asked of every figure: the words' lengths are known when compiled. */
#define W(literal) {literal, sizeof literal - 1}
    static const struct {
        const char *text;
        size_t len;
    } approx[] = {W("约"), W("近"), W("超"), W("超过"), W("逾"), W("将近"), W("接近"), W("大约")},
      bound[] = {W("不少于"), W("不低于"), W("不超过"), W("不高于"), W("不多于"), W("至少"),
                 W("最多"),   W("≥"),      W("≤"),      W(">"),      W("<"),      W("＞"),
                 W("＜"),     W("大于"),   W("小于"),   W("高于"),   W("低于"),   W("少于"),
                 W("多于"),   W("控制在"), W("突破"),   W("不足"),   W("不到")};
#undef W
    unsigned f = 0;
    for (size_t k = 0; k < sizeof bound / sizeof bound[0]; k++)
        if (ends_with(s, i, bound[k].text, bound[k].len))
            f |= ZN_BOUND;
    for (size_t k = 0; k < sizeof approx / sizeof approx[0]; k++)
        if (ends_with(s, i, approx[k].text, approx[k].len))
            f |= ZN_APPROX;
    if (before(s, i, "第"))
        f |= ZN_ORDINAL;
    return f;
}

static unsigned flags_after(const char *s, size_t len, size_t end)
{
    size_t i = skip_spaces(s, len, end);
    if (at(s, len, i, "以上") || at(s, len, i, "以下") || at(s, len, i, "以内"))
        return ZN_BOUND;
    /* "比上年 3.01 万元多 0.07 万元": 多 before a figure compares, it does
     * not make the figure before it approximate */
    if (at(s, len, i, "多")) {
        size_t j = skip_spaces(s, len, i + 3);
        if (j < len && s[j] >= '0' && s[j] <= '9')
            return 0;
    }
    if (at(s, len, i, "左右") || at(s, len, i, "上下") || at(s, len, i, "多") ||
        at(s, len, i, "余"))
        return ZN_APPROX;
    return 0;
}

/* Read the unit after a figure at i: 多/余, 万/亿, the unit proper. */
static size_t read_unit(const char *s, size_t len, size_t i, zp_num *n)
{
    size_t j = skip_spaces(s, len, i), k;
    if (at(s, len, j, "多") || at(s, len, j, "余")) {
        n->flags |= ZN_APPROX;
        j += 3;
    }
    int mult = 0;
    if ((at(s, len, j, "万") || at(s, len, j, "亿")) && !at(s, len, j, "万元") &&
        !at(s, len, j, "亿元")) {
        mult = at(s, len, j, "万") ? 4 : 8;
        j += 3;
        if (at(s, len, j, "多") || at(s, len, j, "余")) {
            n->flags |= ZN_APPROX;
            j += 3;
        }
    }
    const unit_def *u = match_unit(s, len, j, &k);
    if (!u) {
        if (mult) { /* "超万" without a unit: a bare large number */
            n->family = ZF_NONE;
            n->exp10 = mult;
            return j;
        }
        return i;
    }
    n->family = u->family;
    n->exp10 = u->exp10 + mult;
    zp_str_join(n->unit, sizeof n->unit, mult == 4 ? "万" : mult == 8 ? "亿" : "", u->text);
    if (mult && u->family != ZF_PEOPLE && u->family != ZF_VISITS && u->family != ZF_COUNT &&
        u->family != ZF_MONEY)
        n->family = ZF_OTHER;
    return j + k;
}

/* "三公经费决算数合计为 807.95 万，其中…": 万 with no unit after it, in a
 * clause about money, is 万元. Not before another word ("12 万册"). */
static void bare_wan_money(const char *s, size_t len, zp_num *n)
{
    if (n->family != ZF_NONE || n->exp10 != 4 || n->end < 3 || memcmp(s + n->end - 3, "万", 3))
        return;
    size_t e = n->end;
    if (e < len && !(s[e] == ',' || s[e] == ';' || s[e] == ')' || s[e] == ' ' ||
                     at(s, len, e, "，") || at(s, len, e, "。") || at(s, len, e, "；") ||
                     at(s, len, e, "、") || at(s, len, e, "）")))
        return;
    size_t a = n->start > 45 ? n->start - 45 : 0;
    for (size_t k = n->start; k-- > a;)
        if (s[k] == ',' || s[k] == ';' || at(s, len, k, "，") || at(s, len, k, "。")) {
            a = k + 1;
            break;
        }
    while (a < n->start && ((unsigned char)s[a] & 0xC0) == 0x80)
        a++;
    static const char *const money[] = {"经费", "资金", "支出", "收入", "预算", "决算", "金额",
                                        "费用", "拨款"};
    for (size_t k = 0; k < sizeof money / sizeof money[0]; k++)
        if (zp_ck_findn(s + a, n->start - a, money[k], strlen(money[k]))) {
            n->family = ZF_MONEY;
            n->exp10 = 0;
            zp_str_copy(n->unit, sizeof n->unit, "万元");
            return;
        }
}

static void classify(const char *s, size_t len, zp_num *n, size_t digits_start, bool titled)
{
    n->flags |= flags_before(s, n->start) | flags_after(s, len, n->end);
    if (titled)
        n->flags |= ZN_CODE;
    /* Letters glued to the digits: an identifier such as a credit code. */
    if ((digits_start > 0 && is_alpha(s[digits_start - 1])) ||
        (n->num_end < len && is_alpha(s[n->num_end])))
        n->flags |= ZN_CODE;
    /* A document number: 〔2024〕3 号, [2022]32号. */
    if (!strcmp(n->unit, "号"))
        n->flags |= ZN_CODE;
    if (before(s, back_spaces(s, n->start), "〔") || before(s, back_spaces(s, n->start), "["))
        n->flags |= ZN_CODE;
    /* 表1, 附件 2, 图3: the number names a table or an annex. */
    size_t b = back_spaces(s, n->start);
    if (before(s, b, "表") || before(s, b, "附件") || before(s, b, "图") || before(s, b, "附表"))
        n->flags |= ZN_CODE;
    bool year_unit = !strcmp(n->unit, "年") || !strcmp(n->unit, "年度");
    if (year_unit && n->value.scale == 0) {
        const char *d = s + digits_start;
        size_t nd = n->num_end - digits_start;
        if (nd >= 2 && d[0] == '0')
            n->flags |= ZN_ODD_YEAR;
        else if (n->value.units >= 1900 && n->value.units <= 2100)
            n->flags |= ZN_YEAR;
        else if (n->value.units > 2100 && (at(s, len, n->end, "版") || !strcmp(n->unit, "年度")) &&
                 !(n->flags & ZN_CODE) &&
                 !(nd == 5 && n->value.units % 10000 >= 1990 && n->value.units % 10000 <= 2100))
            /* not "附件12022年度", nor a heading's number run into its year */
            n->flags |= ZN_ODD_YEAR;
    }
    if ((!strcmp(n->unit, "月") || !strcmp(n->unit, "日")) && n->value.scale == 0)
        n->flags |= ZN_DATE;
    /* A four-digit year written alone: "2023-2025", "2023 至 2025 年". */
    if (n->family == ZF_NONE && n->value.scale == 0 && n->value.units >= 1900 &&
        n->value.units <= 2100 && n->num_end - digits_start == 4)
        n->flags |= ZN_YEAR;
}

static bool is_range_dash(const char *s, size_t len, size_t i, size_t *n)
{
    static const char *const dashes[] = {"-", "—", "–", "~", "～", "至", "到"};
    for (size_t k = 0; k < sizeof dashes / sizeof dashes[0]; k++)
        if (at(s, len, i, dashes[k])) {
            *n = strlen(dashes[k]);
            return true;
        }
    return false;
}

/* A '-' before digits is a minus sign only after a space, an opening
 * bracket or a separator ("下降 -5%", "（-3）"); after a unit or a number it
 * is a dash ("8 月 8 日-10 月 15 日", "2021-2025"). */
static bool minus_context(const char *s, size_t dash)
{
    if (dash == 0)
        return true;
    char c = s[dash - 1];
    if (c == ' ' || c == '(' || c == ':' || c == ';' || c == ',' || c == '=' || c == '\t')
        return true;
    static const char *const ok[] = {"，", "：", "；", "（", "、", "为", "是",
                                     "达", "了", "“", "和", "及", "与"};
    for (size_t k = 0; k < sizeof ok / sizeof ok[0]; k++)
        if (before(s, dash, ok[k]))
            return true;
    return false;
}

void zp_ck_scan_numbers(const char *s, size_t len, zp_nums *out)
{
    size_t first = out->count;
    size_t i = 0;
    /* Inside 《…》: a figure in a title names, it does not count. */
    int titles = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0xE3 && i + 2 < len && (unsigned char)s[i + 1] == 0x80) {
            unsigned char c2 = (unsigned char)s[i + 2];
            if (c2 == 0x8A) /* 《 */
                titles++;
            else if (c2 == 0x8B && titles > 0) /* 》 */
                titles--;
        }
        if (is_digit((char)c)) {
            if (i > 0 && (is_digit(s[i - 1]) || s[i - 1] == '.')) {
                i++;
                continue;
            }
            size_t j = i;
            while (j < len && is_digit(s[j]))
                j++;
            /* ASCII thousands separators: exactly three digits a group. A
             * space after one is a line broken there by a PDF ("1, 537.4
             * 万元"); read so only when the group has decimals, as
             * "2, 537" may as well be a list. */
            size_t spaces = 0;
            for (;;) {
                bool spaced = j + 1 < len && s[j] == ',' && s[j + 1] == ' ' && j - i <= 3;
                size_t g = spaced ? j + 2 : j + 1;
                if (!(j < len && s[j] == ',' && g + 2 < len && is_digit(s[g]) &&
                      is_digit(s[g + 1]) && is_digit(s[g + 2]) &&
                      !(g + 3 < len && is_digit(s[g + 3]))))
                    break;
                if (g == j + 2) {
                    if (!(g + 4 < len && s[g + 3] == '.' && is_digit(s[g + 4])))
                        break;
                    spaces++;
                }
                j = g + 3;
            }
            if (j + 1 < len && s[j] == '.' && is_digit(s[j + 1])) {
                j++;
                while (j < len && is_digit(s[j]))
                    j++;
            }
            zp_num n;
            memset(&n, 0, sizeof n);
            size_t start = i;
            bool neg = i > 0 && s[i - 1] == '-' && minus_context(s, i - 1);
            if (neg)
                start = i - 1;
            char joined[64];
            const char *digits = s + i;
            size_t ndigits = j - i;
            if (spaces && ndigits < sizeof joined) {
                ndigits = 0;
                for (size_t k = i; k < j; k++)
                    if (s[k] != ' ')
                        joined[ndigits++] = s[k];
                digits = joined;
            }
            if (zp_dec_parse(digits, ndigits, &n.value) != ZP_DEC_OK) {
                i = j;
                continue;
            }
            if (neg)
                n.value.units = -n.value.units;
            n.start = start;
            n.num_end = j;
            n.end = read_unit(s, len, j, &n);
            bare_wan_money(s, len, &n);
            classify(s, len, &n, i, titles > 0);
            push(out, &n);
            i = j;
            continue;
        }
        if (c >= 0xE0) {
            int64_t v;
            /* Most characters are not numerals: decide on the code point
             * before trying the numeral parser. */
            size_t m = c < 0xF0 && i + 2 < len && cn_start(zp_ck_cp3(s, i)) ? cn_number(s, len, i, &v) : 0;
            if (m) {
                size_t j = i + m;
                size_t k = j;
                bool approx = false;
                if (at(s, len, k, "多") || at(s, len, k, "余"))
                    k += 3, approx = true;
                if (cn_measure(s, len, k) && !before(s, i, "第") && !before(s, i, "星期") &&
                    !cn_name(s, len, i)) {
                    zp_num n;
                    memset(&n, 0, sizeof n);
                    n.value.units = v;
                    n.start = i;
                    n.num_end = j;
                    n.flags = ZN_CHINESE | (approx ? ZN_APPROX : 0);
                    n.end = read_unit(s, len, j, &n);
                    n.flags |= flags_before(s, i) | flags_after(s, len, n.end);
                    push(out, &n);
                }
                i = j;
                continue;
            }
            i += c >= 0xF0 ? 4 : 3;
            continue;
        }
        i++;
    }
    /* Ranges: "24-25 日", "2021—2035 年": neither end is a quantity. */
    for (size_t k = first; k + 1 < out->count; k++) {
        zp_num *a = &out->items[k], *b = &out->items[k + 1];
        size_t gap = skip_spaces(s, len, a->end), n;
        if (is_range_dash(s, len, gap, &n) && skip_spaces(s, len, gap + n) == b->start) {
            a->flags |= ZN_RANGE;
            b->flags |= ZN_RANGE;
            if (!a->unit[0] && b->unit[0]) { /* 24-25 日: the unit is the second's */
                memcpy(a->unit, b->unit, sizeof a->unit);
                a->family = b->family;
                if (b->flags & (ZN_YEAR | ZN_DATE))
                    a->flags |= b->flags & (ZN_YEAR | ZN_DATE);
            }
        }
        /* A negative sign read as a range dash: "-5%" after a number is a
         * range only when written as one (handled above). */
    }
}
