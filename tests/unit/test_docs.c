/*
 * docs/ must stay true: the full example of docs/format.md loads and
 * validates without errors, the example framework of docs/frameworks.md
 * loads and scores, and every figure name frameworks.md lists exists.
 */
#include "testutil.h"

#include "ziping.h"

/* The first ```yaml block of a Markdown file. */
static char *first_yaml_block(const char *path)
{
    char *text = read_all(path);
    assert_non_null(text);
    char *start = strstr(text, "```yaml\n");
    assert_non_null(start);
    start += 8;
    char *end = strstr(start, "```");
    assert_non_null(end);
    *end = '\0';
    char *block = strdup(start);
    free(text);
    return block;
}

static void write_text(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void test_format_example_is_valid(void **state)
{
    (void)state;
    char *yaml = first_yaml_block("docs/format.md");
    write_text("/tmp/zp_docs_format.yaml", yaml);
    free(yaml);
    cli_result r = run_cli("validate /tmp/zp_docs_format.yaml");
    assert_int_equal(r.status, 0);
    assert_int_equal(count_of(r.out, ": error: "), 0);
    assert_int_equal(count_of(r.err, ": fatal: "), 0);
    cli_free(&r);
    r = run_cli("derive /tmp/zp_docs_format.yaml");
    assert_int_equal(r.status, 0);
    assert_contains(r.out, "93.51%"); /* 299.81 / 320.61 */
    cli_free(&r);
    unlink("/tmp/zp_docs_format.yaml");
}

static void test_framework_example_scores(void **state)
{
    (void)state;
    char *yaml = first_yaml_block("docs/frameworks.md");
    write_text("/tmp/zp_docs_framework.yaml", yaml);
    free(yaml);
    cli_result r = run_cli("score --framework /tmp/zp_docs_framework.yaml examples/taoyuan-kx-2023.yaml");
    assert_int_equal(r.status, 0);
    assert_contains(r.out, "在职人员控制率");
    assert_contains(r.out, "缺少数据：expenditure.adjustment_rate");
    cli_free(&r);
    unlink("/tmp/zp_docs_framework.yaml");
}

static void test_listed_names_exist(void **state)
{
    (void)state;
    char *text = read_all("docs/frameworks.md");
    assert_non_null(text);
    char *sec = strstr(text, "## 可用的派生数");
    assert_non_null(sec);
    char *end = strstr(sec, "## 出错时");
    assert_non_null(end);
    *end = '\0';
    int checked = 0;
    /* every `name` in backquotes that looks like a key: a line name gets
     * ".final", a full key is checked as it is */
    for (char *p = strchr(sec, '`'); p; p = strchr(p + 1, '`')) {
        char *q = strchr(p + 1, '`');
        if (!q)
            break;
        char key[128];
        size_t n = (size_t)(q - p - 1);
        if (n == 0 || n >= sizeof key - 8) {
            p = q;
            continue;
        }
        memcpy(key, p + 1, n);
        key[n] = '\0';
        p = q;
        if (strchr(key, ' ') || strchr(key, '<'))
            continue;
        if (!strchr(key, '.') && strcmp(key, "income") && strcmp(key, "expenditure") &&
            strcmp(key, "three_public") && strcmp(key, "assets") && strcmp(key, "procurement") &&
            strcmp(key, "carryover") && strcmp(key, "key_spending"))
            continue; /* a field name such as `share` */
        char full[160];
        if (zp_derive_key_known(key))
            snprintf(full, sizeof full, "%s", key);
        else
            snprintf(full, sizeof full, "%s.final", key);
        if (!zp_derive_key_known(full))
            fail_msg("docs/frameworks.md lists `%s`, which derive cannot give", key);
        checked++;
    }
    assert_true(checked >= 25);
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_format_example_is_valid),
        cmocka_unit_test(test_framework_example_scores),
        cmocka_unit_test(test_listed_names_exist),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
