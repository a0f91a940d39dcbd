/*
 * validate, one check at a time: each inconsistency is found at its place,
 * and what only looks wrong because of rounding is not.
 */
#include "testutil.h"

#include "ziping.h"

typedef struct checked {
    zp_diags diags;
} checked;

static checked validate(const char *yaml)
{
    checked c;
    zp_diags_init(&c.diags);
    zp_unit *u = zp_unit_load_string("unit.yaml", yaml, strlen(yaml), &c.diags);
    if (!u) {
        zp_diags_print(&c.diags, stderr);
        fail_msg("test input did not load");
    }
    zp_derived *d = zp_derive(u);
    zp_validate(u, d, &c.diags);
    zp_derived_free(d);
    zp_unit_free(u);
    return c;
}

/* The one finding of this kind, or fail. */
static const zp_diag *only(const checked *c, const char *kind)
{
    const zp_diag *found = NULL;
    for (size_t i = 0; i < c->diags.count; i++) {
        if (!strcmp(c->diags.items[i].kind, kind)) {
            if (found)
                fail_msg("more than one %s finding", kind);
            found = &c->diags.items[i];
        }
    }
    if (!found) {
        zp_diags_print(&c->diags, stderr);
        fail_msg("no %s finding", kind);
    }
    return found;
}

static void assert_clean(const checked *c)
{
    if (zp_diags_count(&c->diags, ZP_ERROR)) {
        zp_diags_print(&c->diags, stderr);
        fail_msg("expected no errors");
    }
}

#define HEAD "ziping: 1\nunit: {name: 测试单位, year: 2023}\n"

static void test_parts_must_add_up(void **state)
{
    (void)state;
    checked c = validate(HEAD "expenditure:\n"
                              "  by_nature:\n"
                              "    basic:\n"
                              "      final: 100\n"
                              "      personnel: {final: 60.5}\n"
                              "      public: {final: 40.5}\n");
    const zp_diag *g = only(&c, "parts-sum");
    assert_int_equal(g->severity, ZP_ERROR);
    assert_int_equal(g->line, 6); /* the line's final */
    assert_contains(g->message, "基本支出的各组成部分的决算数合计 101.00 万元");
    zp_diags_free(&c.diags);
    /* 100 written without decimals stands for [99.5, 100.5]: 100.4 is fine */
    c = validate(HEAD "expenditure:\n  by_nature:\n    basic:\n      final: 100\n"
                      "      personnel: {final: 60.2}\n      public: {final: 40.2}\n");
    assert_clean(&c);
    zp_diags_free(&c.diags);
}

static void test_splits_must_agree_with_the_total(void **state)
{
    (void)state;
    checked c = validate(HEAD "expenditure:\n"
                              "  final: 883.2\n"
                              "  by_function:\n"
                              "    - {name: 科学技术支出, final: 658.6}\n"
                              "    - {name: 社会保障和就业支出, final: 134.5}\n");
    const zp_diag *g = only(&c, "split-sum");
    assert_int_equal(g->line, 5); /* the split's key */
    assert_contains(g->message, "按支出功能分类的决算数合计 793.10 万元，与支出总额 883.20 万元不一致");
    zp_diags_free(&c.diags);
}

static void test_splits_without_total_agree_with_each_other(void **state)
{
    (void)state;
    /* last year is not given for the total; the two splits differ */
    checked c = validate(HEAD "expenditure:\n"
                              "  final: 100\n"
                              "  by_nature:\n"
                              "    basic: {final: 70, change: 10}\n"
                              "    project: {final: 30, change: -5}\n"
                              "  by_economic:\n"
                              "    - {name: 工资福利支出, final: 60, change: 20}\n"
                              "    - {name: 商品和服务支出, final: 40, change: 20}\n");
    const zp_diag *g = only(&c, "splits-disagree");
    assert_contains(g->message, "按支出经济分类的上年决算数合计 60.00 万元，与按支出性质的合计 95.00 万元不一致");
    assert_contains(g->detail, "增减额之和必须相等");
    zp_diags_free(&c.diags);
}

static void test_changes_of_parts_add_up(void **state)
{
    (void)state;
    checked c = validate(HEAD "expenditure:\n"
                              "  final: 309.39\n  change: -16.89\n"
                              "  by_nature:\n"
                              "    basic: {change: -18.02}\n"
                              "    project: {change: 2.13}\n");
    const zp_diag *g = only(&c, "split-change-sum");
    assert_contains(g->message, "各项比上年增减额合计 -15.89 万元，与总额的增减额 -16.89 万元不一致");
    zp_diags_free(&c.diags);
    c = validate(HEAD "expenditure:\n  final: 309.39\n  change: -16.89\n"
                      "  by_nature:\n    basic: {change: -18.02}\n    project: {change: 1.13}\n");
    assert_clean(&c);
    zp_diags_free(&c.diags);
}

static void test_stated_figures(void **state)
{
    (void)state;
    checked c = validate(HEAD "expenditure:\n"
                              "  budget: 320.61\n"
                              "  final: 299.8\n"
                              "  stated: {rate: 93.5%}\n" /* 93.51: fine */
                              "  by_function:\n"
                              "    - {name: 甲, final: 200, stated: {share: 66.7%}}\n"   /* 66.71: fine */
                              "    - {name: 乙, final: 99.8, stated: {share: 30%}}\n");  /* 33.29: wrong */
    const zp_diag *g = only(&c, "stated-figure");
    assert_int_equal(g->line, 9);
    assert_contains(g->message, "乙占比报告为 30%，按数据计算应为 33.29%");
    zp_diags_free(&c.diags);
}

static void test_change_rate_on_the_wrong_base(void **state)
{
    (void)state;
    checked c = validate(HEAD "income:\n  final: 996.65\n  change: -109.6\n  stated: {change_rate: -11%}\n");
    const zp_diag *g = only(&c, "stated-figure");
    assert_contains(g->detail, "以本年数为基数");
    zp_diags_free(&c.diags);
    /* a change rate that is wrong in another way gets no such hint */
    c = validate(HEAD "income:\n  final: 996.65\n  change: -109.6\n  stated: {change_rate: -20%}\n");
    g = only(&c, "stated-figure");
    assert_not_contains(g->detail, "以本年数为基数");
    zp_diags_free(&c.diags);
}

static void test_zero_base(void **state)
{
    (void)state;
    checked c = validate(HEAD "three_public:\n  vehicles:\n    purchase:\n"
                              "      final: 17.48\n      last_year: 0\n      stated: {change_rate: 100%}\n");
    const zp_diag *g = only(&c, "zero-base");
    assert_contains(g->message, "上年无此项支出");
    zp_diags_free(&c.diags);
}

static void test_change_and_last_year_disagree(void **state)
{
    (void)state;
    checked c = validate(HEAD "expenditure:\n  final: 100\n  last_year: 90\n  change: 12\n");
    only(&c, "stated-change");
    zp_diags_free(&c.diags);
}

static void test_staffing(void **state)
{
    (void)state;
    checked c = validate(HEAD "staffing:\n"
                              "  authorized: {total: 11, parts: {局本级: 4, 二级机构: 6}}\n"
                              "  in_post: {total: 12}\n");
    const zp_diag *g = only(&c, "headcount-sum");
    assert_contains(g->message, "编制数 11 人，但各部分合计 10 人");
    assert_int_equal(only(&c, "over-staffed")->severity, ZP_WARNING);
    zp_diags_free(&c.diags);
}

static void test_targets(void **state)
{
    (void)state;
    checked c = validate(HEAD "targets:\n"
                              "  - {name: 活动, target: ≥10次, actual: 12场}\n"
                              "  - {name: 满意度, target: ≥90%, actual: 95%}\n"
                              "  - {name: 满意度, target: ≥90%, actual: 98%}\n"
                              "  - {name: 素质, target: 进一步提高}\n");
    assert_int_equal(only(&c, "unit-mismatch")->severity, ZP_WARNING);
    const zp_diag *g = only(&c, "contradiction");
    assert_int_equal(g->severity, ZP_ERROR);
    assert_int_equal(g->line, 6); /* the second statement */
    only(&c, "unmeasurable-target");
    only(&c, "no-actual");
    zp_diags_free(&c.diags);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parts_must_add_up),
        cmocka_unit_test(test_splits_must_agree_with_the_total),
        cmocka_unit_test(test_splits_without_total_agree_with_each_other),
        cmocka_unit_test(test_changes_of_parts_add_up),
        cmocka_unit_test(test_stated_figures),
        cmocka_unit_test(test_change_rate_on_the_wrong_base),
        cmocka_unit_test(test_zero_base),
        cmocka_unit_test(test_change_and_last_year_disagree),
        cmocka_unit_test(test_staffing),
        cmocka_unit_test(test_targets),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
