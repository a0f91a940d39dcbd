/* Exact numbers: rationals, rounding, decimals as written, intervals. */
#include "testutil.h"

#include "base/mem.h"
#include "base/numfmt.h"
#include "ziping/numbers.h"

static zp_rat R(int64_t n, int64_t d)
{
    zp_rat r;
    assert_true(zp_rat_make(n, d, &r));
    return r;
}

static zp_dec D(const char *s)
{
    zp_dec d;
    assert_int_equal(zp_dec_parse(s, strlen(s), &d), ZP_DEC_OK);
    return d;
}

static const char *fmt(zp_rat r, int places)
{
    static char buf[64];
    return zp_rat_format(r, places, buf, sizeof buf);
}

static void test_rat_reduces_and_compares(void **state)
{
    (void)state;
    zp_rat r = R(6, -4);
    assert_int_equal(r.num, -3);
    assert_int_equal(r.den, 2);
    zp_rat a, b, sum;
    zp_rat_of_dec(D("0.1"), &a);
    zp_rat_of_dec(D("0.2"), &b);
    assert_true(zp_rat_add(a, b, &sum));
    assert_int_equal(zp_rat_cmp(sum, R(3, 10)), 0); /* exactly, unlike binary floats */
    zp_rat third, back;
    assert_true(zp_rat_div(R(1, 1), R(3, 1), &third));
    assert_true(zp_rat_mul(third, R(3, 1), &back));
    assert_int_equal(zp_rat_cmp(back, R(1, 1)), 0);
    assert_false(zp_rat_div(R(1, 1), R(0, 1), &back));
}

static void test_rat_overflow_is_refused(void **state)
{
    (void)state;
    zp_rat big = zp_rat_of_int(INT64_MAX), out;
    assert_false(zp_rat_mul(big, R(10, 1), &out));
    assert_false(zp_rat_add(big, big, &out));
    /* products that reduce back into range are fine */
    assert_true(zp_rat_mul(big, R(1, 7), &out));
    assert_true(zp_rat_mul(out, R(7, 1), &out));
    assert_int_equal(out.num, INT64_MAX);
}

static void test_rounding_half_away_from_zero(void **state)
{
    (void)state;
    assert_string_equal(fmt(R(2345, 1000), 2), "2.35");
    assert_string_equal(fmt(R(-2345, 1000), 2), "-2.35");
    assert_string_equal(fmt(R(2344, 1000), 2), "2.34");
    assert_string_equal(fmt(R(1, 3), 2), "0.33");
    assert_string_equal(fmt(R(2, 3), 0), "1");
    assert_string_equal(fmt(R(-1, 2), 0), "-1");
    /* 韶关: 109.6 / 1106.25 = 9.907…% */
    zp_rat pct;
    assert_true(zp_rat_percent(R(10960, 100), R(110625, 100), &pct));
    assert_string_equal(fmt(pct, 2), "9.91");
    /* 22.31 / 23 = 96.9999…% rounds to 97.00 */
    assert_true(zp_rat_percent(R(2231, 100), R(23, 1), &pct));
    assert_string_equal(fmt(pct, 2), "97.00");
}

static void test_floor_and_ceil(void **state)
{
    (void)state;
    zp_dec d;
    assert_true(zp_rat_floor(R(-1, 3), 2, &d));
    assert_int_equal(d.units, -34);
    assert_true(zp_rat_ceil(R(-1, 3), 2, &d));
    assert_int_equal(d.units, -33);
    assert_true(zp_rat_floor(R(1, 3), 2, &d));
    assert_int_equal(d.units, 33);
    assert_true(zp_rat_ceil(R(1, 3), 2, &d));
    assert_int_equal(d.units, 34);
    assert_true(zp_rat_ceil(R(2, 1), 2, &d));
    assert_int_equal(d.units, 200);
}

static void test_dec_parse(void **state)
{
    (void)state;
    zp_dec d = D("1,234.50");
    assert_int_equal(d.units, 123450);
    assert_int_equal(d.scale, 2);
    d = D("-0.05");
    assert_int_equal(d.units, -5);
    d = D("299.8");
    assert_int_equal(d.scale, 1);
    struct {
        const char *s;
        zp_dec_error e;
    } bad[] = {
        {"12,3.4", ZP_DEC_BAD_GROUPING}, {"1,23", ZP_DEC_BAD_GROUPING},
        {"1234,567", ZP_DEC_BAD_GROUPING}, {",123", ZP_DEC_BAD_CHAR},
        {"abc", ZP_DEC_BAD_CHAR},        {"", ZP_DEC_EMPTY},
        {"-", ZP_DEC_EMPTY},             {"1.", ZP_DEC_BAD_CHAR},
        {"1.2.3", ZP_DEC_BAD_CHAR},      {"12a", ZP_DEC_BAD_CHAR},
        {"99999999999999999999", ZP_DEC_OVERFLOW},
        {"0.1234567890", ZP_DEC_TOO_PRECISE},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        zp_dec out;
        zp_dec_error e = zp_dec_parse(bad[i].s, strlen(bad[i].s), &out);
        if (e != bad[i].e)
            fail_msg("\"%s\": expected error %d, got %d", bad[i].s, bad[i].e, e);
    }
    assert_int_equal(zp_dec_parse("9223372036854775807", 19, &d), ZP_DEC_OK);
    assert_int_equal(zp_dec_parse("9223372036854775808", 19, &d), ZP_DEC_OVERFLOW);
}

static void test_dec_format(void **state)
{
    (void)state;
    char buf[64];
    assert_string_equal(zp_dec_format(D("1234567.8"), true, buf, sizeof buf), "1,234,567.8");
    assert_string_equal(zp_dec_format(D("-1234.56"), true, buf, sizeof buf), "-1,234.56");
    assert_string_equal(zp_dec_format(D("-0.05"), false, buf, sizeof buf), "-0.05");
    assert_string_equal(zp_dec_format(D("123"), true, buf, sizeof buf), "123");
    zp_dec d = {INT64_MIN, 2};
    assert_string_equal(zp_dec_format(d, false, buf, sizeof buf), "-92233720368547758.08");
    assert_null(zp_dec_format(D("1234567.8"), true, buf, 5)); /* too small */
}

static void test_intervals(void **state)
{
    (void)state;
    /* "93.5" stands for [93.45, 93.55] */
    zp_interval i;
    assert_true(zp_interval_of_dec(D("93.5"), &i));
    assert_int_equal(zp_rat_cmp(i.lo, R(9345, 100)), 0);
    assert_int_equal(zp_rat_cmp(i.hi, R(9355, 100)), 0);
    zp_interval n = zp_interval_neg(i);
    assert_int_equal(zp_rat_cmp(n.lo, R(-9355, 100)), 0);
    assert_int_equal(zp_rat_cmp(n.hi, R(-9345, 100)), 0);
    /* 299.8 (one decimal) holds 299.81 = 271.25 + 28.56 */
    zp_interval total, parts;
    assert_true(zp_interval_of_dec(D("299.8"), &total));
    zp_interval a, b;
    zp_interval_of_dec(D("271.25"), &a);
    zp_interval_of_dec(D("28.56"), &b);
    assert_true(zp_interval_add(a, b, &parts));
    assert_true(zp_interval_overlaps(total, parts));
    /* but 299.7 does not */
    zp_interval_of_dec(D("299.7"), &total);
    assert_false(zp_interval_overlaps(total, parts));
    /* division by an interval holding zero is refused */
    zp_interval z;
    zp_interval_of_dec(D("0.0"), &z);
    assert_false(zp_interval_div(a, z, &total));
    /* negative ranges multiply with the right ends */
    zp_interval neg = {R(-2, 1), R(-1, 1)}, pos = {R(3, 1), R(4, 1)}, prod;
    assert_true(zp_interval_mul(neg, pos, &prod));
    assert_int_equal(zp_rat_cmp(prod.lo, R(-8, 1)), 0);
    assert_int_equal(zp_rat_cmp(prod.hi, R(-3, 1)), 0);
}

/* zp_arena_printf's own loop for %s, %d, %zu and %% gives what snprintf
 * gives; other formats, and results past its stack buffer, go to vsnprintf. */
static void test_arena_printf(void **state)
{
    (void)state;
    zp_arena *a = zp_arena_new();
    char want[600];
    assert_string_equal(zp_arena_printf(a, "%s.%s", "expenditure.basic", "final"),
                        "expenditure.basic.final");
    assert_string_equal(zp_arena_printf(a, "%s[%zu]", "targets", (size_t)12), "targets[12]");
    snprintf(want, sizeof want, "%d|%d|%d|%zu", 0, -7, -2147483647 - 1, (size_t)-1);
    assert_string_equal(zp_arena_printf(a, "%d|%d|%d|%zu", 0, -7, -2147483647 - 1, (size_t)-1),
                        want);
    assert_string_equal(zp_arena_printf(a, "%s%%", "98.81"), "98.81%");
    assert_string_equal(zp_arena_printf(a, "%s", ""), "");
    assert_string_equal(zp_arena_printf(a, "表%d  %s", 3, "收支"), "表3  收支");
    assert_string_equal(zp_arena_printf(a, "%.*s|%5d|%x", 2, "abc", 42, 255), "ab|   42|ff");
    char longer[300];
    memset(longer, 'x', sizeof longer - 1);
    longer[sizeof longer - 1] = '\0';
    snprintf(want, sizeof want, "%s.%s", longer, longer);
    assert_string_equal(zp_arena_printf(a, "%s.%s", longer, longer), want);
    zp_arena_free(a);

    /* zp_xasprintf and zp_buf_printf format into a small buffer first: the
     * same text on either side of its size */
    for (size_t n = 509; n <= 514; n++) {
        char body[600];
        memset(body, 'y', n);
        body[n] = '\0';
        char *got = zp_xasprintf("[%s]", body);
        assert_int_equal(strlen(got), n + 2);
        assert_int_equal(got[0], '[');
        assert_int_equal(got[n + 1], ']');
        zp_buf b;
        zp_buf_init(&b);
        zp_buf_puts(&b, "<");
        zp_buf_printf(&b, "[%s]", body);
        assert_int_equal(b.len, n + 3);
        assert_string_equal(b.data + 1, got);
        zp_buf_free(&b);
        free(got);
    }

    /* zp_str_join cuts where snprintf cuts */
    char small[8];
    zp_str_join(small, sizeof small, "abc", "def");
    assert_string_equal(small, "abcdef");
    zp_str_join(small, sizeof small, "abcde", "fghij");
    assert_string_equal(small, "abcdefg");
    zp_str_copy(small, sizeof small, "0123456789");
    assert_string_equal(small, "0123456");
    zp_str_join(small, 1, "x", "y");
    assert_string_equal(small, "");
}

static void test_numfmt(void **state)
{
    (void)state;
    char buf[ZP_NUMFMT_SIZE];
    /* 1,105.02 万元 = 11,050,200 元 */
    assert_string_equal(zp_fmt_amount(R(11050200, 1), 4, 2, buf, sizeof buf), "1,105.02");
    assert_string_equal(zp_fmt_rate(R(-99067, 10000), 2, buf, sizeof buf), "-9.91%");
    zp_interval iv = {R(-1, 3), R(1, 3)};
    assert_string_equal(zp_fmt_interval(iv, 0, 2, "%", buf, sizeof buf), "[-0.34%, 0.34%]");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rat_reduces_and_compares),
        cmocka_unit_test(test_rat_overflow_is_refused),
        cmocka_unit_test(test_rounding_half_away_from_zero),
        cmocka_unit_test(test_floor_and_ceil),
        cmocka_unit_test(test_dec_parse),
        cmocka_unit_test(test_dec_format),
        cmocka_unit_test(test_intervals),
        cmocka_unit_test(test_numfmt),
        cmocka_unit_test(test_arena_printf),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
