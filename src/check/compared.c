/*
 * What a label compares its figure with: last year (上年, 去年, 较2024年, the
 * year before the report's), or this year's budget named by its year.
 */
#include <string.h>

#include "check/lexicon.h"

/* A year of four digits as text. */
static void year_text(int year, char y[5])
{
    y[0] = (char)('0' + year / 1000);
    y[1] = (char)('0' + year / 100 % 10);
    y[2] = (char)('0' + year / 10 % 10);
    y[3] = (char)('0' + year % 10);
    y[4] = '\0';
}

bool zp_ck_says_last_year(const char *s, size_t len, int last_year)
{
    /* Asked of every label: most have none of the characters the words
     * below start with (上 去 同 前 较 比) nor a digit. */
    bool any = false;
    for (size_t i = 0; i < len && !any; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch >= '0' && ch <= '9') {
            any = true;
        } else if (ch >= 0xE0 && ch <= 0xEF && i + 2 < len) {
            int cp = zp_ck_cp3(s, i);
            any = cp == 0x4E0A || cp == 0x53BB || cp == 0x540C || cp == 0x524D || cp == 0x8F83 ||
                  cp == 0x6BD4;
            i += 2;
        }
    }
    if (!any)
        return false;
    static const char *const w[] = {"上年", "去年", "上一年", "同期", "前一年"};
    for (size_t k = 0; k < sizeof w / sizeof w[0]; k++) {
        const char *p = zp_ck_find(s, len, w[k]);
        if (p && !zp_ck_at(s, len, (size_t)(p - s), "上年结转") && !zp_ck_at(s, len, (size_t)(p - s), "上年结余"))
            return true;
    }
    /* "较 2024 年的 2190 万元": the year compared with is the year before,
     * whatever year the report is of. */
    static const char *const vs[] = {"较", "比", "同"};
    for (size_t k = 0; k < sizeof vs / sizeof vs[0]; k++)
        for (const char *p = zp_ck_find(s, len, vs[k]); p;) {
            size_t i = (size_t)(p - s) + 3, d = 0;
            /* "经比较2020年度…": 比较 says a comparison follows, not with what */
            bool compare_word = (k == 0 && p >= s + 3 && !memcmp(p - 3, "比", 3)) ||
                                (k == 1 && zp_ck_at(s, len, i, "较"));
            if (compare_word)
                i = len;
            while (i < len && s[i] == ' ')
                i++;
            while (i + d < len && (s[i + d] >= '0' && s[i + d] <= '9'))
                d++;
            if (d == 4 && zp_ck_at(s, len, i + d, "年"))
                return true;
            size_t from = (size_t)(p - s) + 3;
            p = from < len ? zp_ck_find(s + from, len - from, vs[k]) : NULL;
        }
    if (last_year >= 1000 && last_year <= 9999) {
        char y[5];
        year_text(last_year, y);
        const char *p = zp_ck_find(s, len, y);
        if (p) {
            size_t i = (size_t)(p - s) + strlen(y);
            while (i < len && s[i] == ' ')
                i++;
            if (zp_ck_at(s, len, i, "年"))
                return true;
        }
    }
    return false;
}

/* "与2021年度预算相比,减少0.1万元" in a report of 2021: against this
 * year's budget, said with its year, 年初, 全年 or 调整后 between 与 and
 * 预算相比 and nothing else (not 上年度预算, a change of the budget). */
bool zp_ck_says_own_budget(const char *s, size_t len, int year)
{
    const char *q = zp_ck_find(s, len, "预算相比");
    if (!q)
        q = zp_ck_find(s, len, "预算对比");
    if (!q)
        return false;
    const char *w = zp_ck_find_last(s, (size_t)(q - s), "与");
    if (!w)
        w = zp_ck_find_last(s, (size_t)(q - s), "同");
    if (!w)
        return false;
    size_t i = (size_t)(w - s) + 3, end = (size_t)(q - s);
    if (end - i >= 4 && year > 999 && year < 10000) {
        char y[5];
        year_text(year, y);
        if (!memcmp(s + i, y, 4)) {
            i += 4;
            i += zp_ck_at(s, len, i, "年度") ? 6 : zp_ck_at(s, len, i, "年") ? 3 : 0;
        }
    }
    static const char *const which[] = {"年初", "全年", "调整后", "调整"};
    for (size_t k = 0; k < sizeof which / sizeof which[0]; k++)
        if (zp_ck_at(s, len, i, which[k])) {
            i += strlen(which[k]);
            break;
        }
    return i == end;
}
