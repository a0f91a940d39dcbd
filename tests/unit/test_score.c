/*
 * Scoring rules, one at a time, on small unit-years and frameworks written
 * here: deduction past a limit, ratio to target both ways, formulas,
 * rescaling of what does not apply, grades, targets of every comparator,
 * manual scores and the checks of what a report states.
 */
#include "testutil.h"

#include "ziping.h"

typedef struct run {
    zp_diags diags;
    zp_unit *u;
    zp_derived *d;
    zp_framework *f;
    zp_score_result *s;
} run;

static run score(const char *unit_yaml, const char *framework_yaml)
{
    run r;
    zp_diags_init(&r.diags);
    r.u = zp_unit_load_string("unit.yaml", unit_yaml, strlen(unit_yaml), &r.diags);
    r.f = zp_framework_load_string("fw.yaml", framework_yaml, strlen(framework_yaml), &r.diags);
    if (!r.u || !r.f) {
        zp_diags_print(&r.diags, stderr);
        fail_msg("test input did not load");
    }
    r.d = zp_derive(r.u);
    r.s = zp_score(r.u, r.d, r.f, &r.diags);
    if (r.s)
        zp_score_check(r.s, &r.diags);
    return r;
}

static void done(run *r)
{
    zp_score_free(r->s);
    zp_derived_free(r->d);
    zp_framework_free(r->f);
    zp_unit_free(r->u);
    zp_diags_free(&r->diags);
}

static const zp_scored *find(const zp_scored *n, const char *name)
{
    if (n->name && !strcmp(n->name, name))
        return n;
    for (size_t i = 0; i < n->n_children; i++) {
        const zp_scored *f = find(&n->children[i], name);
        if (f)
            return f;
    }
    return NULL;
}

static const char *score_of(const run *r, const char *name)
{
    static char buf[8][48];
    static int i;
    i = (i + 1) % 8;
    const zp_scored *n = find(&r->s->root, name);
    if (!n)
        fail_msg("no indicator %s", name);
    if (n->status != ZP_SCORED)
        return n->status == ZP_UNSCORED ? "unscored" : "n/a";
    return zp_rat_format(n->score, 2, buf[i], sizeof buf[i]);
}

static const char *weight_of(const run *r, const char *name)
{
    static char buf[48];
    return zp_rat_format(find(&r->s->root, name)->weight, 2, buf, sizeof buf);
}

static bool has_finding(const run *r, const char *kind, zp_severity sev)
{
    for (size_t i = 0; i < r->diags.count; i++) {
        if (!strcmp(r->diags.items[i].kind, kind) && r->diags.items[i].severity == sev)
            return true;
    }
    return false;
}

#define UNIT_HEAD "ziping: 1\nunit: {name: 测试单位, year: 2023}\n"
#define FW_HEAD "ziping_framework: 1\nname: 测试\n"

static void test_deduction_past_a_limit(void **state)
{
    (void)state;
    const char *fw = FW_HEAD "indicators:\n"
                             "  - name: 在职人员控制率\n    weight: 5\n"
                             "    rule: {deduct: {value: staffing.control_rate, over: 100, per_point: 0.5}}\n"
                             "  - name: 其他\n    weight: 95\n    rule: manual\n";
    /* 102%: two points over, minus 1 */
    run r = score(UNIT_HEAD "staffing: {authorized: 50, in_post: 51}\n", fw);
    assert_string_equal(score_of(&r, "在职人员控制率"), "4.00");
    done(&r);
    /* 120%: 20 points over would be minus 10, but never below zero (扣完为止) */
    r = score(UNIT_HEAD "staffing: {authorized: 10, in_post: 12}\n", fw);
    assert_string_equal(score_of(&r, "在职人员控制率"), "0.00");
    done(&r);
    /* at or under the limit: full marks */
    r = score(UNIT_HEAD "staffing: {authorized: 11, in_post: 9}\n", fw);
    assert_string_equal(score_of(&r, "在职人员控制率"), "5.00");
    done(&r);
    /* under: deduct below the limit */
    const char *fw2 = FW_HEAD "indicators:\n"
                              "  - name: 执行率\n    weight: 10\n"
                              "    rule: {deduct: {value: expenditure.execution_rate, under: 95, per_point: 1}}\n"
                              "  - name: 其他\n    weight: 90\n    rule: manual\n";
    r = score(UNIT_HEAD "expenditure: {budget: 100, final: 92.5}\n", fw2);
    assert_string_equal(score_of(&r, "执行率"), "7.50");
    done(&r);
}

static void test_ratio_to_target(void **state)
{
    (void)state;
    const char *fw = FW_HEAD "indicators:\n"
                             "  - name: 预算执行率\n    weight: 10\n"
                             "    rule: {ratio: {actual: expenditure.execution_rate, target: 100}}\n"
                             "  - name: 成本\n    weight: 10\n"
                             "    rule: {ratio: {actual: expenditure.final, target: 1000000, kind: \"<=\"}}\n"
                             "  - name: 其他\n    weight: 80\n    rule: manual\n";
    /* 299.81 / 320.61 = 93.512…% of 10 = 9.35 */
    run r = score(UNIT_HEAD "expenditure: {budget: 320.61, final: 299.81}\n", fw);
    assert_string_equal(score_of(&r, "预算执行率"), "9.35");
    /* ≤ kind: 1,000,000 元 ÷ 2,998,100 元 × 10 = 3.3354… */
    assert_string_equal(score_of(&r, "成本"), "3.34");
    done(&r);
    /* over the target: capped at the weight */
    r = score(UNIT_HEAD "expenditure: {budget: 100, final: 108.24}\n", fw);
    assert_string_equal(score_of(&r, "预算执行率"), "10.00");
    assert_string_equal(score_of(&r, "成本"), "9.24"); /* 1,000,000 ÷ 1,082,400 × 10 */
    done(&r);
}

static void test_formula_and_missing_data(void **state)
{
    (void)state;
    const char *fw = FW_HEAD "values:\n  幅度: ABS(expenditure.adjustment_rate)\n"
                             "indicators:\n"
                             "  - name: 调整率\n    weight: 3\n"
                             "    rule: {formula: \"weight * IF(幅度 = 0, 3, IF(幅度 <= 10, 2, 0)) / 3\"}\n"
                             "  - name: 满意度\n    weight: 7\n"
                             "    rule: {ratio: {actual: facts.满意度, target: 90}}\n"
                             "  - name: 其他\n    weight: 90\n    rule: manual\n";
    run r = score(UNIT_HEAD "expenditure: {budget_initial: 100, budget: 105, final: 100}\n"
                            "facts: {满意度: 81}\n", fw);
    assert_string_equal(score_of(&r, "调整率"), "2.00"); /* 5% adjusted: 2 of 3 */
    assert_string_equal(score_of(&r, "满意度"), "6.30"); /* 81 / 90 × 7 */
    assert_string_equal(score_of(&r, "其他"), "unscored");
    assert_int_equal(r.s->n_unscored, 1);
    assert_true(has_finding(&r, "incomplete-score", ZP_WARNING));
    done(&r);
    /* no adjustment data and no fact: unscored, saying what is missing */
    r = score(UNIT_HEAD "expenditure: {final: 100}\n", fw);
    assert_string_equal(score_of(&r, "调整率"), "unscored");
    assert_contains(find(&r.s->root, "调整率")->how, "expenditure.adjustment_rate");
    assert_contains(find(&r.s->root, "满意度")->how, "facts.满意度");
    done(&r);
}

static void test_not_applicable_rescales(void **state)
{
    (void)state;
    const char *fw = FW_HEAD "indicators:\n"
                             "  - name: 甲\n    weight: 30\n    rule: manual\n"
                             "  - name: 乙\n    weight: 20\n    rule: manual\n"
                             "  - name: 丙\n    weight: 50\n    rule: manual\n";
    run r = score(UNIT_HEAD "evaluation:\n  not_applicable: [乙]\n"
                            "  scores:\n    - {indicator: 甲, score: 30}\n    - {indicator: 丙, score: 50}\n",
                  fw);
    /* 30 and 50 rescaled to 100: 37.5 and 62.5 */
    assert_string_equal(weight_of(&r, "甲"), "37.50");
    assert_string_equal(weight_of(&r, "丙"), "62.50");
    assert_string_equal(score_of(&r, "乙"), "n/a");
    assert_string_equal(zp_rat_format(r.s->total, 2, (char[48]){0}, 48), "80.00");
    done(&r);
    /* thirds: 100 over three is 33.34 + 33.33 + 33.33 */
    const char *fw3 = FW_HEAD "indicators:\n"
                              "  - name: 甲\n    weight: 25\n    rule: manual\n"
                              "  - name: 乙\n    weight: 25\n    rule: manual\n"
                              "  - name: 丙\n    weight: 25\n    rule: manual\n"
                              "  - name: 丁\n    weight: 25\n    rule: manual\n";
    r = score(UNIT_HEAD "evaluation: {not_applicable: [丁]}\n", fw3);
    assert_string_equal(weight_of(&r, "甲"), "33.34");
    assert_string_equal(weight_of(&r, "乙"), "33.33");
    assert_string_equal(weight_of(&r, "丙"), "33.33");
    done(&r);
}

static void test_grades(void **state)
{
    (void)state;
    zp_diags d;
    zp_diags_init(&d);
    zp_framework *f = zp_framework_load("mof2020-project", &d);
    assert_non_null(f);
    struct {
        int64_t num, den;
        const char *grade;
    } cases[] = {{90, 1, "优"}, {8999, 100, "良"}, {80, 1, "良"}, {7999, 100, "中"},
                 {60, 1, "中"}, {5999, 100, "差"}, {0, 1, "差"}, {100, 1, "优"}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        zp_rat t;
        zp_rat_make(cases[i].num, cases[i].den, &t);
        assert_string_equal(zp_grade_of(f, t), cases[i].grade);
    }
    zp_framework_free(f);
    zp_diags_free(&d);
}

static void test_targets_every_comparator(void **state)
{
    (void)state;
    const char *fw = FW_HEAD "indicators:\n  - name: 指标\n    weight: 100\n    rule: {targets: all}\n";
    run r = score(UNIT_HEAD
                  "targets:\n"
                  "  - {name: 至少, target: ≥10次, actual: 8次, weight: 10}\n"
                  "  - {name: 超额, target: 10次以上, actual: 151次, weight: 10}\n"
                  "  - {name: 至多, target: ≤90万元, actual: 100万元, weight: 10}\n"
                  "  - {name: 等于, target: 9人, actual: 12人, weight: 10}\n"
                  "  - {name: 区间低, target: 80%-90%, actual: 72%, weight: 10}\n"
                  "  - {name: 区间高, target: 80%-90%, actual: 100%, weight: 10}\n"
                  "  - {name: 区间内, target: 80%-90%, actual: 85%, weight: 10}\n"
                  "  - {name: 部分达成, target: 进一步提高, actual: 有所提高, band: 部分达成, weight: 10}\n"
                  "  - {name: 单位不同, target: ≥10次, actual: 10场, weight: 10}\n"
                  "  - {name: 无实际值, target: ≥95%, weight: 10}\n",
                  fw);
    assert_string_equal(score_of(&r, "至少"), "8.00");     /* 8 / 10 */
    assert_string_equal(score_of(&r, "超额"), "10.00");    /* capped */
    assert_string_equal(score_of(&r, "至多"), "9.00");     /* 90 / 100 */
    assert_string_equal(score_of(&r, "等于"), "7.50");     /* 9 / 12 */
    assert_string_equal(score_of(&r, "区间低"), "9.00");   /* 72 / 80 */
    assert_string_equal(score_of(&r, "区间高"), "9.00");   /* 90 / 100 */
    assert_string_equal(score_of(&r, "区间内"), "10.00");
    assert_string_equal(score_of(&r, "部分达成"), "7.00"); /* standard 70% */
    assert_string_equal(score_of(&r, "单位不同"), "unscored");
    assert_string_equal(score_of(&r, "无实际值"), "unscored");
    done(&r);
}

static void test_target_weights(void **state)
{
    (void)state;
    const char *fw = FW_HEAD "indicators:\n"
                             "  - name: 产出\n    weight: 60\n    rule: {targets: {level1: 产出指标}}\n"
                             "  - name: 效益\n    weight: 40\n    rule: {targets: {level1: 效益指标}}\n";
    /* weights that add up to 30, for an indicator of 60, with a warning; and no
     * 效益 targets: 效益 does not apply, so 产出 takes the whole 100 and its
     * targets share it 10:20 */
    run r = score(UNIT_HEAD "targets:\n"
                            "  - {name: 甲, level1: 产出指标, target: ≥1次, actual: 1次, weight: 10}\n"
                            "  - {name: 乙, level1: 产出指标, target: ≥1次, actual: 1次, weight: 20}\n",
                  fw);
    assert_true(has_finding(&r, "target-weights-sum", ZP_WARNING));
    assert_string_equal(score_of(&r, "效益"), "n/a");
    assert_string_equal(weight_of(&r, "甲"), "33.33");
    assert_string_equal(weight_of(&r, "乙"), "66.67");
    assert_string_equal(weight_of(&r, "产出"), "100.00");
    assert_string_equal(zp_rat_format(r.s->total, 2, (char[48]){0}, 48), "100.00");
    done(&r);
}

static void test_manual_scores_checked(void **state)
{
    (void)state;
    const char *fw = FW_HEAD "indicators:\n"
                             "  - name: 甲\n    weight: 40\n    rule: manual\n"
                             "  - name: 执行\n    weight: 60\n"
                             "    rule: {ratio: {actual: expenditure.execution_rate, target: 100}}\n";
    run r = score(UNIT_HEAD "expenditure: {budget: 100, final: 90}\n"
                            "evaluation:\n  scores:\n"
                            "    - {indicator: 甲, score: 45}\n"       /* over its weight */
                            "    - {indicator: 执行, score: 60}\n"     /* the rule says 54 */
                            "  stated: {total: 100, grade: 良}\n",
                  fw);
    assert_true(has_finding(&r, "score-over-weight", ZP_ERROR));
    assert_true(has_finding(&r, "manual-differs", ZP_WARNING));
    assert_string_equal(score_of(&r, "执行"), "60.00"); /* the manual score stands */
    assert_true(has_finding(&r, "stated-total", ZP_ERROR));  /* 100 vs 105 */
    assert_true(has_finding(&r, "stated-grade", ZP_ERROR));  /* 良 vs 优 */
    done(&r);
    /* a stated rate within its rounding, and a grade that matches */
    r = score(UNIT_HEAD "expenditure: {budget: 100, final: 90}\n"
                        "evaluation:\n  scores:\n    - {indicator: 甲, score: 38.8, stated_rate: 97}\n"
                        "  stated: {total: 92.8, rate: 92.8, grade: 优}\n",
              fw);
    assert_false(has_finding(&r, "score-rate", ZP_ERROR));
    assert_false(has_finding(&r, "stated-total", ZP_ERROR));
    assert_false(has_finding(&r, "stated-grade", ZP_ERROR));
    done(&r);
}

static void test_qualitative_score_within_band(void **state)
{
    (void)state;
    const char *fw = FW_HEAD "indicators:\n  - name: 指标\n    weight: 100\n    rule: {targets: all}\n";
    run r = score(UNIT_HEAD "targets:\n"
                            "  - {name: 氛围, target: 进一步提升, actual: 有提升, band: 部分达成, score: 90}\n",
                  fw);
    assert_true(has_finding(&r, "score-outside-band", ZP_ERROR)); /* 部分达成 is 60-80 */
    done(&r);
}

/* Frameworks for a batch: loaded once each by reference; a reference that
 * fails gives its findings again to the next file that names it. */
static void test_framework_cache(void **state)
{
    (void)state;
    zp_framework_cache *c = zp_framework_cache_new();
    zp_diags diags;
    zp_diags_init(&diags);
    const zp_framework *a = zp_framework_cache_get(c, "guangdong-dept", &diags);
    const zp_framework *b = zp_framework_cache_get(c, "guangdong-dept", &diags);
    const zp_framework *other = zp_framework_cache_get(c, "mof2020-project", &diags);
    assert_non_null(a);
    assert_ptr_equal(a, b);
    assert_non_null(other);
    assert_ptr_not_equal(a, other);
    assert_int_equal(zp_framework_cache_loads(c), 2);
    assert_int_equal(diags.count, 0);
    assert_null(zp_framework_cache_get(c, "no-such-framework", &diags));
    size_t first = diags.count;
    assert_true(first > 0);
    assert_null(zp_framework_cache_get(c, "no-such-framework", &diags));
    assert_int_equal(diags.count, 2 * first);
    assert_int_equal(zp_framework_cache_loads(c), 4);
    zp_diags_free(&diags);
    zp_framework_cache_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_deduction_past_a_limit),
        cmocka_unit_test(test_framework_cache),
        cmocka_unit_test(test_ratio_to_target),
        cmocka_unit_test(test_formula_and_missing_data),
        cmocka_unit_test(test_not_applicable_rescales),
        cmocka_unit_test(test_grades),
        cmocka_unit_test(test_targets_every_comparator),
        cmocka_unit_test(test_target_weights),
        cmocka_unit_test(test_manual_scores_checked),
        cmocka_unit_test(test_qualitative_score_within_band),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
