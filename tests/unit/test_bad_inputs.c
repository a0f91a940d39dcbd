/*
 * Bad input: every file of tests/bad/ (unit-years) and tests/bad/frameworks/
 * must be refused with exit 2 and a message that names the place and says
 * what is wrong. Each file states what it expects in its first lines:
 *
 *   # expect-exit: 2
 *   # expect: 8:10: fatal: expenditure.final 应为金额
 *   # run: score --framework tests/bad/frameworks/x.yaml examples/…   (optional)
 *
 * An expectation that starts with LINE:COL is checked as FILE:LINE:COL, so
 * the place is part of what is tested.
 */
#include <dirent.h>
#include <sys/stat.h>

#include "testutil.h"

typedef struct expectation {
    int exit_code;
    char expect[1024];
    char run[1024];
} expectation;

static bool header_value(const char *text, const char *key, char *out, size_t size)
{
    const char *p = strstr(text, key);
    if (!p)
        return false;
    p += strlen(key);
    const char *end = strchr(p, '\n');
    size_t n = end ? (size_t)(end - p) : strlen(p);
    if (n >= size)
        n = size - 1;
    memcpy(out, p, n);
    out[n] = '\0';
    return true;
}

static expectation read_expectation(const char *path)
{
    expectation e = {2, "", ""};
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    char head[4096];
    size_t n = fread(head, 1, sizeof head - 1, f);
    fclose(f);
    head[n] = '\0';
    char buf[64];
    if (header_value(head, "# expect-exit: ", buf, sizeof buf))
        e.exit_code = atoi(buf);
    if (!header_value(head, "# expect: ", e.expect, sizeof e.expect))
        fail_msg("%s has no '# expect:' line", path);
    header_value(head, "# run: ", e.run, sizeof e.run);
    return e;
}

static int check_dir(const char *dir)
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    struct dirent *ent;
    int checked = 0;
    char *names[256];
    int count = 0;
    while ((ent = readdir(d)) != NULL && count < 256) {
        size_t len = strlen(ent->d_name);
        if (len > 5 && !strcmp(ent->d_name + len - 5, ".yaml"))
            names[count++] = strdup(ent->d_name);
    }
    closedir(d);
    for (int i = 0; i < count; i++) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        expectation e = read_expectation(path);
        cli_result r = e.run[0] ? run_cli("%s", e.run) : run_cli("validate '%s'", path);
        char all[16384];
        snprintf(all, sizeof all, "%s%s", r.out ? r.out : "", r.err ? r.err : "");
        if (r.status != e.exit_code)
            fail_msg("%s: exit %d, expected %d; output:\n%s", path, r.status, e.exit_code, all);
        char want[2048];
        bool placed = e.expect[0] >= '0' && e.expect[0] <= '9';
        /* A framework's findings name the framework file. */
        snprintf(want, sizeof want, "%s%s%s", placed ? path : "", placed ? ":" : "", e.expect);
        if (!strstr(all, want))
            fail_msg("%s: expected \"%s\" in:\n%s", path, want, all);
        cli_free(&r);
        free(names[i]);
        checked++;
    }
    return checked;
}

static void test_corpus_of_bad_unit_files(void **state)
{
    (void)state;
    assert_true(check_dir("tests/bad") >= 30);
}

static void test_corpus_of_bad_frameworks(void **state)
{
    (void)state;
    assert_true(check_dir("tests/bad/frameworks") >= 15);
}

static void test_missing_file_and_directory(void **state)
{
    (void)state;
    cli_result r = run_cli("validate tests/bad/no-such-file.yaml");
    assert_int_equal(r.status, 2);
    assert_contains(r.err, "tests/bad/no-such-file.yaml: fatal: 无法打开文件：No such file or directory");
    cli_free(&r);
    r = run_cli("validate tests/bad");
    assert_int_equal(r.status, 2);
    assert_contains(r.err, "tests/bad: fatal: ");
    cli_free(&r);
}

static void write_file(const char *path, const char *prefix, size_t repeat, const char *unit,
                       const char *suffix)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(prefix, f);
    for (size_t i = 0; i < repeat; i++)
        fputs(unit, f);
    fputs(suffix, f);
    fclose(f);
}

static void test_generated_bad_inputs(void **state)
{
    (void)state;
    /* larger than any unit-year can be: refused before parsing */
    write_file("/tmp/zp_huge.yaml", "ziping: 1\nunit:\n  name: x\n  year: 2023\nwork:\n  overview: >-\n",
               300000, "    这是一段很长的说明文字用来把文件撑大。\n", "");
    cli_result r = run_cli("validate /tmp/zp_huge.yaml");
    assert_int_equal(r.status, 2);
    assert_contains(r.err, "/tmp/zp_huge.yaml: fatal: 文件过大");
    cli_free(&r);
    /* nesting deeper than any data: libfyaml's depth limit, not a stack overflow */
    write_file("/tmp/zp_deep.yaml", "ziping: 1\nx: ", 100000, "[", "");
    r = run_cli("validate /tmp/zp_deep.yaml");
    assert_int_equal(r.status, 2);
    assert_contains(r.err, "/tmp/zp_deep.yaml:");
    assert_contains(r.err, "fatal: YAML 格式错误");
    cli_free(&r);
    unlink("/tmp/zp_huge.yaml");
    unlink("/tmp/zp_deep.yaml");
}

static void test_usage_errors(void **state)
{
    (void)state;
    cli_result r = run_cli("validate");
    assert_int_equal(r.status, 2);
    assert_contains(r.err, "需要至少一个数据文件");
    cli_free(&r);
    r = run_cli("score --format xml examples/shaoguan-kx-2023.yaml");
    assert_int_equal(r.status, 2);
    assert_contains(r.err, "不支持的输出格式“xml”");
    cli_free(&r);
    r = run_cli("nosuchverb");
    assert_int_equal(r.status, 2);
    assert_contains(r.err, "没有“nosuchverb”这个命令");
    cli_free(&r);
    r = run_cli("score --framework nowhere examples/shaoguan-kx-2023.yaml");
    assert_int_equal(r.status, 2);
    assert_contains(r.err, "没有名为“nowhere”的内置指标体系；内置的有：guangdong-dept、mof2013-dept、mof2020-project");
    cli_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_corpus_of_bad_unit_files),
        cmocka_unit_test(test_corpus_of_bad_frameworks),
        cmocka_unit_test(test_missing_file_and_directory),
        cmocka_unit_test(test_generated_bad_inputs),
        cmocka_unit_test(test_usage_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
