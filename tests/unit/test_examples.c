/*
 * The three seed reports as unit-years (examples/): the results issue 2
 * requires of them, and what validate must and must not say about them
 * (tests/seeds/FINDINGS.md).
 */
#include "testutil.h"

#include "ziping.h"

typedef struct loaded {
    zp_diags diags;
    zp_unit *u;
    zp_derived *d;
    zp_framework *f;
    zp_score_result *s;
} loaded;

static loaded load(const char *path)
{
    loaded l;
    zp_diags_init(&l.diags);
    l.u = zp_unit_load(path, &l.diags);
    if (!l.u) {
        zp_diags_print(&l.diags, stderr);
        fail_msg("%s did not load", path);
    }
    l.d = zp_derive(l.u);
    l.f = zp_framework_load(l.u->evaluation.framework, &l.diags);
    assert_non_null(l.f);
    l.s = zp_score(l.u, l.d, l.f, &l.diags);
    assert_non_null(l.s);
    return l;
}

static void unload(loaded *l)
{
    zp_score_free(l->s);
    zp_framework_free(l->f);
    zp_derived_free(l->d);
    zp_unit_free(l->u);
    zp_diags_free(&l->diags);
}

/* A derived figure as shown, e.g. "93.51". */
static const char *shown(const zp_derived *d, const char *key)
{
    static char buf[64];
    const zp_figure *f = zp_derived_get(d, key);
    if (!f)
        fail_msg("no figure %s", key);
    if (!f->defined)
        return "undefined";
    return zp_dec_format(f->shown, false, buf, sizeof buf);
}

static const char *fmt2(zp_rat r)
{
    static char bufs[4][64];
    static int i;
    i = (i + 1) % 4;
    return zp_rat_format(r, 2, bufs[i], sizeof bufs[i]);
}

static const zp_scored *node(const zp_scored *n, const char *name)
{
    if (n->name && !strcmp(n->name, name))
        return n;
    for (size_t i = 0; i < n->n_children; i++) {
        const zp_scored *f = node(&n->children[i], name);
        if (f)
            return f;
    }
    return NULL;
}

static void test_shaoguan_scores(void **state)
{
    (void)state;
    loaded l = load("examples/shaoguan-kx-2023.yaml");
    assert_string_equal(fmt2(l.s->total), "98.81");
    assert_string_equal(l.s->grade, "优");
    assert_int_equal(l.s->n_unscored, 0);
    const zp_scored *perf = node(&l.s->root, "履职效能"), *mgmt = node(&l.s->root, "管理效率");
    assert_string_equal(fmt2(perf->score), "45.31");
    assert_string_equal(fmt2(zp_scored_rate(perf)), "98.50");
    assert_string_equal(fmt2(mgmt->score), "53.50");
    assert_string_equal(fmt2(zp_scored_rate(mgmt)), "99.07");
    /* the secondary rates of its table: 97, 100, …, 95, 100 */
    const char *names[] = {"整体效能", "专项效能", "预算编制", "预算执行", "信息公开",
                           "绩效管理", "采购管理", "资产管理", "运行成本"};
    const char *rates[] = {"97.00", "100.00", "100.00", "100.00", "100.00",
                           "100.00", "100.00", "95.00", "100.00"};
    for (size_t i = 0; i < 9; i++) {
        const zp_scored *n = node(&l.s->root, names[i]);
        assert_non_null(n);
        assert_string_equal(fmt2(zp_scored_rate(n)), rates[i]);
    }
    unload(&l);
}

static void test_shaoguan_income_change(void **state)
{
    (void)state;
    loaded l = load("examples/shaoguan-kx-2023.yaml");
    /* down 109.60 万元 = 9.91% on last year's base (1106.25), not 11% */
    assert_string_equal(shown(l.d, "income.change"), "-109.60");
    assert_string_equal(shown(l.d, "income.last_year"), "1106.25");
    assert_string_equal(shown(l.d, "income.change_rate"), "-9.91");
    /* growth from a zero base has no percentage */
    assert_string_equal(shown(l.d, "three_public.vehicles.purchase.change_rate"), "undefined");
    const zp_figure *f = zp_derived_get(l.d, "three_public.vehicles.purchase.change_rate");
    assert_string_equal(f->why, "上年无此项支出");
    /* 三公 total from its items: 22.87 against 5.64 */
    assert_string_equal(shown(l.d, "three_public.final"), "22.87");
    assert_string_equal(shown(l.d, "three_public.last_year"), "5.64");
    assert_string_equal(shown(l.d, "three_public.change_rate"), "305.50");
    unload(&l);
}

static void test_baiyun_execution_rates(void **state)
{
    (void)state;
    loaded l = load("examples/baiyun-kx-2023.yaml");
    assert_string_equal(shown(l.d, "expenditure.execution_rate"), "93.51");
    assert_string_equal(shown(l.d, "expenditure.basic.execution_rate"), "94.27");
    assert_string_equal(shown(l.d, "expenditure.project.execution_rate"), "86.91");
    assert_string_equal(shown(l.d, "income.execution_rate"), "93.51");
    unload(&l);
}

static void test_taoyuan_targets(void **state)
{
    (void)state;
    loaded l = load("examples/taoyuan-kx-2023.yaml");
    assert_int_equal(l.u->n_targets, 14);
    size_t with_actual = 0;
    for (size_t i = 0; i < l.u->n_targets; i++)
        with_actual += l.u->targets[i].actual_text != NULL;
    assert_int_equal(with_actual, 5);
    const zp_target *t = &l.u->targets[0];
    assert_int_equal(t->cmp, ZP_CMP_GE);
    assert_int_equal(t->target_value.units, 10);
    assert_string_equal(t->target_unit, "次");
    assert_true(t->has_actual_value);
    assert_int_equal(t->actual_value.units, 151);
    assert_int_equal(l.u->targets[11].cmp, ZP_CMP_QUALITATIVE);
    assert_int_equal(l.u->targets[11].band, ZP_BAND_ACHIEVED);

    /* MoF 2020: 预算执行率 309.39 / 285.84 = 108.24% gives the full 10 */
    assert_string_equal(shown(l.d, "expenditure.execution_rate"), "108.24");
    assert_string_equal(fmt2(node(&l.s->root, "预算执行率")->score), "10.00");
    /* 产出 50 over 11 targets: 4.55 × 6 + 4.54 × 5, adding up to 50 exactly */
    const zp_scored *out = node(&l.s->root, "产出指标");
    assert_int_equal(out->n_children, 11);
    zp_rat sum = zp_rat_of_int(0);
    for (size_t i = 0; i < out->n_children; i++)
        zp_rat_add(sum, out->children[i].weight, &sum);
    assert_string_equal(fmt2(sum), "50.00");
    assert_string_equal(fmt2(out->children[0].weight), "4.55");
    assert_string_equal(fmt2(out->children[10].weight), "4.54");
    /* 151 ≥ 10: full marks; no actual value: unscored */
    assert_int_equal(out->children[0].status, ZP_SCORED);
    assert_int_equal(zp_rat_cmp(out->children[0].score, out->children[0].weight), 0);
    assert_int_equal(out->children[1].status, ZP_UNSCORED);
    /* the two qualitative targets, achieved: 15 each of 效益 30 */
    assert_string_equal(fmt2(node(&l.s->root, "效益指标")->score), "30.00");
    assert_int_equal(l.s->n_unscored, 9);
    unload(&l);
}

/* validate on 韶关: exactly the findings FINDINGS.md lists that the data
 * file can hold, at their places. */
static void test_shaoguan_validate(void **state)
{
    (void)state;
    cli_result r = run_cli("validate examples/shaoguan-kx-2023.yaml");
    assert_int_equal(r.status, 1);
    assert_int_equal(count_of(r.out, ": error: "), 4);
    assert_contains(r.out, "shaoguan-kx-2023.yaml:51:18: error: 收入比上年增减率报告为 -11%，按数据计算应为 -9.91%");
    assert_contains(r.out, "以本年数为基数");
    assert_contains(r.out, "error: 按支出经济分类的上年决算数合计 629.10 万元，与按支出性质的合计 1,105.02 万元不一致");
    assert_contains(r.out, "按支出经济分类合计 254.10，按支出性质合计 -221.82");
    assert_contains(r.out, "error: 公务用车购置费比上年增减率：上年为零，增减率没有意义");
    assert_contains(r.out, "error: 合计得分率报告为 100%，按得分 98.81 ÷ 分值 100.00 计算应为 98.81%");
    /* what only looks wrong: 80.64%, 29.19%, 305.33%, 97, 95 … */
    assert_not_contains(r.out, "商品和服务支出比上年增减率");
    assert_not_contains(r.out, "对个人和家庭的补助比上年增减率");
    assert_not_contains(r.out, "“三公”经费比上年增减率");
    assert_not_contains(r.out, "占比报告为");
    assert_not_contains(r.out, "指标“");
    cli_free(&r);
}

static void test_baiyun_validate(void **state)
{
    (void)state;
    cli_result r = run_cli("validate examples/baiyun-kx-2023.yaml");
    assert_int_equal(r.status, 1);
    assert_int_equal(count_of(r.out, ": error: "), 1);
    assert_contains(r.out, "baiyun-kx-2023.yaml:105:17: error: 项目“科普活动经费项目”的指标“公众对科普工作满意度”的实际值在此为 98%，在第 85 行却为 95%");
    /* 299.8 = 271.25 + 28.56 and the 93.5 / 94.3 / 86.9 rates hold */
    assert_not_contains(r.out, "不一致");
    assert_not_contains(r.out, "执行率报告为");
    cli_free(&r);
}

static void test_taoyuan_validate(void **state)
{
    (void)state;
    cli_result r = run_cli("validate examples/taoyuan-kx-2023.yaml");
    assert_int_equal(r.status, 0); /* warnings only: targets without actual values */
    assert_int_equal(count_of(r.out, ": error: "), 0);
    assert_int_equal(count_of(r.out, "没有实际完成值"), 9);
    assert_int_equal(count_of(r.out, "无法量化衡量"), 2);
    cli_free(&r);
}

static void test_score_json_exact(void **state)
{
    (void)state;
    cli_result r = run_cli("score --format json examples/shaoguan-kx-2023.yaml");
    assert_int_equal(r.status, 1); /* the stated 合计得分率 100 is an error */
    assert_contains(r.out, "\"total\": 98.81,");
    assert_contains(r.out, "\"grade\": \"优\"");
    assert_contains(r.out, "\"name\": \"履职效能\"");
    assert_contains(r.out, "\"score\": 45.31,");
    assert_contains(r.out, "\"rate\": 98.50,");
    assert_contains(r.out, "\"rate\": 99.07,");
    assert_not_contains(r.out, "98.80999");
    assert_not_contains(r.out, "98.810000");
    cli_free(&r);
    r = run_cli("score --framework mof2020-project --format json examples/taoyuan-kx-2023.yaml");
    assert_int_equal(r.status, 0);
    assert_contains(r.out, "\"complete\": false");
    assert_contains(r.out, "\"status\": \"unscored\"");
    /* a total with leaves unscored grades nothing */
    assert_contains(r.out, "\"grade\": null");
    cli_free(&r);
    r = run_cli("score examples/taoyuan-kx-2023.yaml");
    assert_contains(r.out, "已评指标得分合计 53.65 分；有 9 项未评分，总分与等级待评分完成后确定");
    assert_not_contains(r.out, "等级：");
    cli_free(&r);
}

static void test_validate_json_lines(void **state)
{
    (void)state;
    /* several files: one JSON object per line */
    cli_result r = run_cli("validate --format json examples/baiyun-kx-2023.yaml "
                           "examples/shaoguan-kx-2023.yaml examples/taoyuan-kx-2023.yaml");
    assert_int_equal(r.status, 1);
    assert_int_equal(count_of(r.out, "\n"), 3);
    assert_int_equal(count_of(r.out, "{\"file\": \"examples/"), 3);
    assert_contains(r.out, "\"kind\": \"splits-disagree\"");
    cli_free(&r);
    /* one file: one pretty object */
    r = run_cli("validate --format json examples/shaoguan-kx-2023.yaml");
    assert_contains(r.out, "{\n  \"file\": \"examples/shaoguan-kx-2023.yaml\",\n  \"findings\": [");
    cli_free(&r);
}

static void test_derive_json(void **state)
{
    (void)state;
    cli_result r = run_cli("derive --format json examples/shaoguan-kx-2023.yaml");
    assert_int_equal(r.status, 0);
    assert_contains(r.out, "\"key\": \"income.change_rate\"");
    assert_contains(r.out, "\"value\": -9.91,");
    assert_contains(r.out, "\"note\": \"上年无此项支出\"");
    /* score rates are derived figures too */
    assert_contains(r.out, "\"score\": {");
    assert_contains(r.out, "\"rate\": 98.50,");
    cli_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shaoguan_scores),   cmocka_unit_test(test_shaoguan_income_change),
        cmocka_unit_test(test_baiyun_execution_rates), cmocka_unit_test(test_taoyuan_targets),
        cmocka_unit_test(test_shaoguan_validate), cmocka_unit_test(test_baiyun_validate),
        cmocka_unit_test(test_taoyuan_validate),  cmocka_unit_test(test_score_json_exact),
        cmocka_unit_test(test_derive_json),         cmocka_unit_test(test_validate_json_lines),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
