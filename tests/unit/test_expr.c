/* The formula language: parsing, exact evaluation, and where findings point. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "base/mem.h"
#include "score/expr.h"

/* The data a formula sees in these tests. */
static const struct {
    const char *name;
    zp_name_status status;
    int64_t num, den;
} data[] = {
    {"a", ZP_NAME_OK, 6, 1},
    {"b", ZP_NAME_OK, 0, 1},
    {"one", ZP_NAME_OK, 1, 1},
    {"weight", ZP_NAME_OK, 10, 1},
    {"staffing.control_rate", ZP_NAME_OK, 104, 1},
    {"staffing.ok_rate", ZP_NAME_OK, 98, 1},
    {"expenditure.execution_rate", ZP_NAME_OK, 9881, 100},
    {"facts.重点项目支出", ZP_NAME_OK, 5, 2},
    {"facts.未填", ZP_NAME_MISSING, 0, 1},
    {"gone", ZP_NAME_MISSING, 0, 1},
};

static int lookups; /* how many times the evaluator asked */

static zp_name_status lookup(void *ctx, const char *name, size_t len, zp_rat *value)
{
    (void)ctx;
    lookups++;
    for (size_t i = 0; i < sizeof data / sizeof data[0]; i++) {
        if (strlen(data[i].name) == len && memcmp(data[i].name, name, len) == 0) {
            if (data[i].status == ZP_NAME_OK)
                assert_true(zp_rat_make(data[i].num, data[i].den, value));
            return data[i].status;
        }
    }
    return ZP_NAME_UNKNOWN;
}

static const zp_mark here = {"fw.yaml", 7, 10};

/* Evaluate src, which must parse and give num/den exactly, with no finding. */
static void check_value(const char *src, int64_t num, int64_t den)
{
    zp_diags d;
    zp_diags_init(&d);
    zp_expr *e = zp_expr_parse(src, here, &d);
    if (!e)
        fail_msg("%s: %s", src, d.items[0].message);
    zp_rat v = {999, 7};
    zp_eval_status st = zp_expr_eval(e, lookup, NULL, &v, &d, NULL);
    if (st != ZP_EVAL_OK)
        fail_msg("%s: status %d %s", src, st, d.count ? d.items[0].message : "");
    zp_rat want;
    assert_true(zp_rat_make(num, den, &want));
    if (v.num != want.num || v.den != want.den)
        fail_msg("%s: got %lld/%lld, want %lld/%lld", src, (long long)v.num, (long long)v.den,
                 (long long)want.num, (long long)want.den);
    assert_int_equal(d.count, 0);
    zp_expr_free(e);
    zp_diags_free(&d);
}

/* The one finding in d: its kind, place and words. */
static void check_finding(const zp_diags *d, const char *src, const char *kind, int line, int col,
                          const char *words)
{
    if (d->count != 1)
        fail_msg("%s: %zu findings", src, d->count);
    const zp_diag *g = &d->items[0];
    assert_int_equal(g->severity, ZP_FATAL);
    assert_string_equal(g->kind, kind);
    assert_string_equal(g->file, "fw.yaml");
    if (g->line != line || g->col != col)
        fail_msg("%s: at %d:%d, want %d:%d (%s)", src, g->line, g->col, line, col, g->message);
    if (!strstr(g->message, words))
        fail_msg("%s: message \"%s\" lacks \"%s\"", src, g->message, words);
    assert_non_null(g->gloss);
    assert_non_null(g->detail);
    assert_non_null(strstr(g->detail, "公式："));
}

static void check_syntax_error(const char *src, int line, int col, const char *words)
{
    zp_diags d;
    zp_diags_init(&d);
    zp_expr *e = zp_expr_parse(src, here, &d);
    if (e)
        fail_msg("%s: parsed, but should not", src);
    check_finding(&d, src, "formula-syntax", line, col, words);
    assert_non_null(strstr(d.items[0].message, "公式语法错误"));
    zp_diags_free(&d);
}

static void check_eval_error(const char *src, const char *kind, int col, const char *words)
{
    zp_diags d;
    zp_diags_init(&d);
    zp_expr *e = zp_expr_parse(src, here, &d);
    if (!e)
        fail_msg("%s: %s", src, d.items[0].message);
    zp_rat v = {0, 1};
    assert_int_equal(zp_expr_eval(e, lookup, NULL, &v, &d, NULL), ZP_EVAL_ERROR);
    check_finding(&d, src, kind, 7, col, words);
    zp_expr_free(e);
    zp_diags_free(&d);
}

static void test_precedence(void **state)
{
    (void)state;
    check_value("1 + 2 * 3", 7, 1);
    check_value("(1 + 2) * 3", 9, 1);
    check_value("10 - 4 - 3", 3, 1);
    check_value("64 / 4 / 2", 8, 1);
    check_value("2 * -3", -6, 1);
    check_value("-2 * 3 + 1", -5, 1);
    check_value("- -2", 2, 1);
    check_value("-3 - -3", 0, 1);
    check_value("1 + 2 < 4", 1, 1);
    check_value("2 * 3 = 6", 1, 1);
    check_value("1 - 2 + 3", 2, 1);
    check_value("12 / 3 * 2", 8, 1);
    check_value("  \t1\n+\n2  ", 3, 1);
}

static void test_exact(void **state)
{
    (void)state;
    check_value("1/3*3", 1, 1);
    check_value("0.1 + 0.2", 3, 10);
    check_value("0.1 + 0.2 = 0.3", 1, 1);
    check_value("2 / 3", 2, 3);
    check_value("1 / 3 + 1 / 6", 1, 2);
    check_value("0.000000001 * 1000000000", 1, 1);
}

static void test_round(void **state)
{
    (void)state;
    check_value("ROUND(-2.345, 2)", -47, 20);
    check_value("ROUND(2.345, 2)", 47, 20);
    check_value("ROUND(2.344, 2)", 117, 50);
    check_value("ROUND(2.5, 0)", 3, 1);
    check_value("ROUND(-2.5, 0)", -3, 1);
    check_value("ROUND(1 / 3, 4)", 3333, 10000);
    check_value("ROUND(2 / 3, 9)", 666666667, 1000000000);
    check_value("round(2.345, 4 / 2)", 47, 20);
    check_value("Round(7, 0)", 7, 1);
    check_value("ROUND(expenditure.execution_rate / 100 * 20, 2)", 1976, 100);
}

static void test_if_is_lazy(void **state)
{
    (void)state;
    check_value("IF(b = 0, 0, a / b)", 0, 1);
    check_value("IF(one, a / 2, a / b)", 3, 1);
    check_value("IF(0, gone, 4)", 4, 1);
    check_value("IF(1, 4, no.such.name)", 4, 1);
    check_value("IF(b, 1, 2)", 2, 1);
    check_value("IF(-1, 1, 2)", 1, 1);
    check_value("AND(0, a / b)", 0, 1);
    check_value("OR(1, a / b)", 1, 1);

    /* The unchosen branch is not even looked up. */
    zp_diags d;
    zp_diags_init(&d);
    zp_expr *e = zp_expr_parse("IF(one, a, gone + weight)", here, &d);
    assert_non_null(e);
    zp_rat v;
    lookups = 0;
    assert_int_equal(zp_expr_eval(e, lookup, NULL, &v, &d, NULL), ZP_EVAL_OK);
    assert_int_equal(lookups, 2);
    assert_int_equal(v.num, 6);
    zp_expr_free(e);
    zp_diags_free(&d);
}

static void test_functions(void **state)
{
    (void)state;
    check_value("MIN(3, 1, 2)", 1, 1);
    check_value("MAX(3, 7, -1, 2)", 7, 1);
    check_value("MAX(5)", 5, 1);
    check_value("MIN(1 / 3, 0.3333)", 3333, 10000);
    check_value("max(MIN(4, 9), 2)", 4, 1);
    check_value("ABS(-2.5)", 5, 2);
    check_value("ABS(2.5)", 5, 2);
    check_value("AND(1, 2, 3)", 1, 1);
    check_value("AND(1, 0, 3)", 0, 1);
    check_value("OR(0, 0)", 0, 1);
    check_value("OR(0, 0.5)", 1, 1);
    check_value("NOT(0)", 1, 1);
    check_value("NOT(7)", 0, 1);
    check_value("MIN(5,10)", 5, 1);  /* not three digits: an argument separator */
    check_value("MAX(1, 000)", 1, 1);
    check_value("IF(a>0,100,0)", 100, 1);
}

static void test_comparisons(void **state)
{
    (void)state;
    check_value("1 < 2", 1, 1);
    check_value("2 < 1", 0, 1);
    check_value("2 <= 2", 1, 1);
    check_value("3 <= 2", 0, 1);
    check_value("2 > 1", 1, 1);
    check_value("1 > 1", 0, 1);
    check_value("3 >= 4", 0, 1);
    check_value("4 >= 4", 1, 1);
    check_value("1 = 1", 1, 1);
    check_value("1 == 2", 0, 1);
    check_value("1 != 2", 1, 1);
    check_value("1 <> 1", 0, 1);
    check_value("1/3 = 2/6", 1, 1);
    check_value("(1 < 2) + (2 < 3)", 2, 1);
}

static void test_unicode_operators(void **state)
{
    (void)state;
    check_value("6 × 7", 42, 1);
    check_value("7 ÷ 2", 7, 2);
    check_value("5 − 3", 2, 1);
    check_value("−3", -3, 1);
    check_value("1 ≤ 1", 1, 1);
    check_value("2 ≥ 3", 0, 1);
    check_value("1 ≠ 2", 1, 1);
    check_value("（1 + 2）× 3", 9, 1);
    check_value("MAX(1，2)", 2, 1);
    check_value("1＋2＊3－1", 6, 1);
    check_value("8／2 ＞ 3", 1, 1);
    check_value("1＜2", 1, 1);
    check_value("2＝2", 1, 1);
    check_value("1\u3000+\u00a02", 3, 1); /* ideographic and no-break spaces */
}

static void test_names(void **state)
{
    (void)state;
    check_value("expenditure.execution_rate / 100 * weight", 9881, 1000);
    check_value("facts.重点项目支出 * 2", 5, 1);
    check_value("facts.重点项目支出×2", 5, 1);
    check_value("IF(staffing.control_rate <= 100, weight, "
                "MAX(0, weight - (staffing.control_rate - 100) * 0.5))",
                8, 1);
    check_value("IF(staffing.ok_rate <= 100, weight, "
                "MAX(0, weight - (staffing.ok_rate - 100) * 0.5))",
                10, 1);
}

static void test_missing_and_unknown(void **state)
{
    (void)state;
    zp_diags d;
    zp_diags_init(&d);
    zp_expr *e = zp_expr_parse("a + facts.未填 * gone", here, &d);
    assert_non_null(e);
    zp_rat v = {42, 1};
    const char *missing = NULL;
    assert_int_equal(zp_expr_eval(e, lookup, NULL, &v, &d, &missing), ZP_EVAL_MISSING);
    assert_string_equal(missing, "facts.未填");
    assert_int_equal(v.num, 42); /* untouched */
    assert_int_equal(d.count, 0);
    assert_int_equal(zp_expr_eval(e, lookup, NULL, &v, &d, NULL), ZP_EVAL_MISSING);
    zp_expr_free(e);

    check_eval_error("a + no_such.name", "formula-unknown-name", 14, "“no_such.name”不存在");
    check_eval_error("facts.重点项目 + 1", "formula-unknown-name", 10, "不存在");
    zp_diags_free(&d);
}

static void test_syntax_errors(void **state)
{
    (void)state;
    check_syntax_error("(1 + 2", 7, 16, "第 7 个字符处缺少右括号“)”（与第 1 个字符处的“(”配对），遇到的是公式结尾");
    check_syntax_error("(1 + 2, 3)", 7, 16, "缺少右括号“)”");
    check_syntax_error("MAX(1, 2", 7, 18, "缺少右括号“)”");
    check_syntax_error("MAX(1 2)", 7, 16, "应为逗号“,”或右括号“)”");
    check_syntax_error("IFF(1, 2, 3)", 7, 10, "没有函数“IFF”；可用的函数有 IF、MIN、MAX、ROUND");
    check_syntax_error("1 + weight (2)", 7, 14, "没有函数“weight”");
    check_syntax_error("IF(1, 2)", 7, 10, "函数 IF 需要 3 个参数");
    check_syntax_error("IF(1, 2)", 7, 10, "这里给了 2 个");
    check_syntax_error("1 + NOT(1, 2)", 7, 14, "函数 NOT 需要 1 个参数");
    check_syntax_error("ROUND(1)", 7, 10, "函数 ROUND 需要 2 个参数");
    check_syntax_error("MIN()", 7, 10, "函数 MIN 至少需要 1 个参数");
    check_syntax_error("1 +", 7, 13, "应为数字、名称、函数或“(”，但遇到了公式结尾");
    check_syntax_error("1 * )", 7, 14, "但遇到了“)”");
    check_syntax_error("+1", 7, 10, "但遇到了“+”");
    check_syntax_error("1 < 2 < 3", 7, 16, "比较不能连写");
    check_syntax_error("1 2", 7, 12, "应为运算符或公式结尾，但遇到了“2”");
    check_syntax_error("2 weight", 7, 12, "乘法要写出“*”");
    check_syntax_error("1)", 7, 11, "多出一个右括号");
    check_syntax_error("1, 2", 7, 11, "逗号只用来分隔函数的参数");
    check_syntax_error("", 7, 10, "公式是空的");
    check_syntax_error("   ", 7, 13, "公式是空的");
    check_syntax_error("1 + ! 2", 7, 14, "“!”不能用在公式中");
}

static void test_lexical_errors(void **state)
{
    (void)state;
    check_syntax_error("1,000 * a", 7, 11, "千位分隔符");
    check_syntax_error("1,000 * a", 7, 11, "请写成 1000");
    check_syntax_error("MAX(1,000, 2)", 7, 15, "千位分隔符");
    check_syntax_error("IF(a, 12,345.5, 0)", 7, 18, "请写成 12345.5");
    /* Refused although it could be two arguments: MAX(5,100) must not be
     * read as either 5100 or MAX(5, 100) without the author saying which. */
    check_syntax_error("MAX(5,100)", 7, 15, "请在逗号后加一个空格");
    check_syntax_error("1.5e3", 7, 10, "“1.5e3”不是有效的数字");
    check_syntax_error("1. + 2", 7, 10, "“1.”不是有效的数字");
    check_syntax_error("1.2.3", 7, 10, "不是有效的数字");
    check_syntax_error(".5", 7, 10, "请写成 0.5");
    check_syntax_error("a # b", 7, 12, "“#”不能用在公式中");
    check_syntax_error("90%", 7, 12, "百分数");
    check_syntax_error("AND(a > 1 && b)", 7, 20, "AND(a, b)");
    check_syntax_error("１ + 2", 7, 10, "全角字符，公式中请改用半角的“1”");
    check_syntax_error("a + \xff", 7, 14, "不是有效的 UTF-8");
    check_syntax_error("a + \xe9\x87", 7, 14, "不是有效的 UTF-8");
    check_syntax_error("9223372036854775808", 7, 10, "太大");
    check_syntax_error("1.1234567891", 7, 10, "小数位数太多");
    /* Columns count characters, not bytes. */
    check_syntax_error("facts.重点项目支出 # 2", 7, 23, "第 14 个字符“#”");
    check_syntax_error("（1 + 重点）)", 7, 18, "多出一个右括号");
    /* A newline starts a new line at column 1. */
    check_syntax_error("1 +\n  # 2", 8, 3, "第 7 个字符“#”");
    check_syntax_error("MAX(1,\n    2,\n    3", 9, 6, "缺少右括号");
}

static void test_evaluation_errors(void **state)
{
    (void)state;
    check_eval_error("a / b", "formula-div-zero", 12, "除数“b”等于 0");
    check_eval_error("a / b", "formula-div-zero", 12, "公式除以零");
    check_eval_error("a / 0", "formula-div-zero", 12, "除数“0”等于 0");
    check_eval_error("1 + a / (a - 6)", "formula-div-zero", 16, "除数“(a - 6)”等于 0");
    check_eval_error("facts.重点项目支出 ÷ b", "formula-div-zero", 23, "第 14 个字符处“÷”");
    check_eval_error("a / ABS(b + b + b + b + b + b + b + b + b + b + b + b + b)", "formula-div-zero",
                     12, "的除数等于 0");
    check_eval_error("9223372036854775807 * 10", "formula-overflow", 30, "公式计算溢出");
    check_eval_error("9223372036854775807 + 1", "formula-overflow", 30, "“+”的结果太大");
    check_eval_error("-9223372036854775807 − 2", "formula-overflow", 31, "“−”");
    check_eval_error("ROUND(9223372036854775807, 9)", "formula-overflow", 10, "ROUND");
    check_eval_error("1 + ROUND(1.5, 2.5)", "formula-bad-argument", 14, "实际是 2.5");
    check_eval_error("ROUND(1.5, 10)", "formula-bad-argument", 10, "小数位数应为 0 到 9 的整数");
    check_eval_error("ROUND(1.5, -1)", "formula-bad-argument", 10, "实际是 -1");
    check_eval_error("ROUND(1.5, 1/3)", "formula-bad-argument", 10, "实际是 0.333333333");
}

static void test_limits(void **state)
{
    (void)state;
    char src[5000];

    /* 64 levels of parentheses are fine, the 65th is refused where it opens. */
    memset(src, '(', 64);
    src[64] = '1';
    memset(src + 65, ')', 64);
    src[129] = '\0';
    check_value(src, 1, 1);
    memset(src, '(', 65);
    src[65] = '1';
    memset(src + 66, ')', 65);
    src[131] = '\0';
    check_syntax_error(src, 7, 74, "嵌套过深");

    memset(src, '-', 64);
    strcpy(src + 64, "1");
    check_value(src, 1, 1);
    memset(src, '-', 65);
    strcpy(src + 65, "1");
    check_syntax_error(src, 7, 74, "嵌套过深");

    src[0] = '\0';
    for (int i = 0; i < 65; i++)
        strcat(src, "ABS(");
    strcat(src, "1");
    for (int i = 0; i < 65; i++)
        strcat(src, ")");
    check_syntax_error(src, 7, 10 + 64 * 4, "嵌套过深");

    /* 4096 bytes are fine, one more is refused; a long flat chain is not
     * deep. */
    strcpy(src, "1");
    for (int i = 1; i < 2048; i++)
        strcat(src, "+1");
    strcat(src, " ");
    assert_int_equal(strlen(src), 4096);
    check_value(src, 2048, 1);
    strcat(src, " ");
    check_syntax_error(src, 7, 10, "超过 4096 字节");
}

struct seen {
    char names[8][64];
    zp_mark at[8];
    int count;
};

static void remember(void *ctx, const char *name, zp_mark at)
{
    struct seen *s = ctx;
    assert_true(s->count < 8);
    strcpy(s->names[s->count], name);
    s->at[s->count++] = at;
}

static void test_names_in_source_order(void **state)
{
    (void)state;
    char file[] = "fw.yaml";
    zp_mark at = {file, 3, 5};
    zp_diags d;
    zp_diags_init(&d);
    zp_expr *e = zp_expr_parse("IF(b = 0, 0, a / b) +\nfacts.重点项目支出 * MAX(a, 1)", at, &d);
    assert_non_null(e);
    file[0] = 'X'; /* the marks must not depend on the caller's string */

    struct seen s = {0};
    zp_expr_names(e, remember, &s);
    static const struct {
        const char *name;
        int line, col;
    } want[] = {{"b", 3, 8}, {"a", 3, 18}, {"b", 3, 22}, {"facts.重点项目支出", 4, 1}, {"a", 4, 20}};
    assert_int_equal(s.count, 5);
    for (int i = 0; i < 5; i++) {
        assert_string_equal(s.names[i], want[i].name);
        assert_string_equal(s.at[i].file, "fw.yaml");
        assert_int_equal(s.at[i].line, want[i].line);
        assert_int_equal(s.at[i].col, want[i].col);
    }

    s.count = 0;
    zp_expr *plain = zp_expr_parse("ROUND(1 / 3, 2)", at, &d);
    zp_expr_names(plain, remember, &s);
    assert_int_equal(s.count, 0);
    zp_expr_free(plain);
    zp_expr_free(e);
    zp_expr_free(NULL);
    assert_int_equal(d.count, 0);
    zp_diags_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_precedence),
        cmocka_unit_test(test_exact),
        cmocka_unit_test(test_round),
        cmocka_unit_test(test_if_is_lazy),
        cmocka_unit_test(test_functions),
        cmocka_unit_test(test_comparisons),
        cmocka_unit_test(test_unicode_operators),
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_missing_and_unknown),
        cmocka_unit_test(test_syntax_errors),
        cmocka_unit_test(test_lexical_errors),
        cmocka_unit_test(test_evaluation_errors),
        cmocka_unit_test(test_limits),
        cmocka_unit_test(test_names_in_source_order),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
