/*
 * The number scanner: every figure in a paragraph with its unit, as written
 * (an exact decimal), where it stands, and what kind of figure it is (a
 * year, a date, an ordinal, a code, a bound such as "10次以上", an
 * approximation such as "约 90%" or "2800 余人").
 *
 * It reads ASCII digits with thousands separators ("1,234.56"; "12,3.4" is
 * two numbers) and Chinese numerals where they count things ("十一个",
 * "两项", "三个（部）室"), but not where they name or order things ("一是",
 * "第二名", "一级指标").
 */
#ifndef ZP_CHECK_SCAN_H
#define ZP_CHECK_SCAN_H

#include <stdbool.h>
#include <stddef.h>

#include "ziping/numbers.h"

typedef enum zp_family {
    ZF_NONE,    /* a bare number */
    ZF_MONEY,   /* value in 万元 (元, 千元, 亿元 are converted) */
    ZF_PCT,     /* per cent */
    ZF_POINTS,  /* 个百分点 */
    ZF_SCORE,   /* 分 */
    ZF_PEOPLE,  /* 人, 名 (万人 converted) */
    ZF_VISITS,  /* 人次 (万人次 converted) */
    ZF_COUNT,   /* 个, 项, 次, 场, 家 …: unit names the kind */
    ZF_TIME,    /* 年, 月, 日, 小时 … */
    ZF_OTHER    /* 米, 号, 届, 倍 … */
} zp_family;

enum {
    ZN_APPROX = 1 << 0,  /* 约, 近, 多, 余, 左右 … */
    ZN_BOUND = 1 << 1,   /* 以上, 以下, 不少于, ≥ …: a target or a limit */
    ZN_ORDINAL = 1 << 2, /* 第 N */
    ZN_CODE = 1 << 3,    /* part of an identifier, a document number, a title */
    ZN_YEAR = 1 << 4,    /* 2023年, 2023 年度 */
    ZN_DATE = 1 << 5,    /* 3 月, 8 日 */
    ZN_RANGE = 1 << 6,   /* 24-25 日, 2021—2035 年 */
    ZN_CHINESE = 1 << 7, /* written in Chinese numerals */
    ZN_ODD_YEAR = 1 << 8 /* a year that is no year: 02023年 */
};

typedef struct zp_num {
    zp_dec value;     /* as written, sign included, in the unit written */
    int exp10;        /* value × 10^exp10 is in the family's base unit
                         (万元 for money, 人 for people): 元 is -4, 万人 4 */
    zp_family family;
    char unit[16];    /* the unit as written, "万元", "%", "个" … ("" none) */
    unsigned flags;
    size_t start;     /* first byte of the number (or of its sign) */
    size_t num_end;   /* after its last digit */
    size_t end;       /* after its unit */
} zp_num;

typedef struct zp_nums {
    zp_num *items;
    size_t count, cap;
} zp_nums;

void zp_ck_nums_free(zp_nums *n);
/* Scan s[0..len) and append every number found to out. */
void zp_ck_scan_numbers(const char *s, size_t len, zp_nums *out);
/* A figure that enters claims: not a year, date, ordinal, code or range. */
bool zp_ck_num_is_quantity(const zp_num *n);
/* Its exact value, and the interval its rounding allows, in the base unit.
 * A stated zero is exact ("0 万元" means nothing was spent), and so is a
 * whole count of people or things. */
bool zp_ck_num_rat(const zp_num *n, zp_rat *out);
bool zp_ck_num_interval(const zp_num *n, zp_interval *out);
/* A value in the base unit, back in n's unit (for showing it beside n:
 * a sum of figures in 亿元 is shown in 亿元, not in 万元). */
bool zp_ck_rat_in_unit_of(const zp_num *n, zp_rat r, zp_rat *out);
bool zp_ck_interval_in_unit_of(const zp_num *n, zp_interval iv, zp_interval *out);

#endif
