/*
 * `ziping check` and `ziping text` as a user runs them: compiler-like
 * output, JSON with exact numbers, exit codes 0/1/2, and a clear message
 * naming the file for every kind of bad input.
 */
#include <libfyaml.h>
#include <sys/stat.h>

#include "testutil.h"

static char dir[64];

static int setup(void **state)
{
    (void)state;
    return tmpdir_make(dir, sizeof dir, "zp_check_cli");
}

static int teardown(void **state)
{
    (void)state;
    return tmpdir_remove(dir);
}

static const char *json_at(struct fy_document *doc, const char *path)
{
    struct fy_node *n = fy_node_by_path(fy_document_root(doc), path, (size_t)-1, 0);
    return n ? fy_node_get_scalar0(n) : NULL;
}

static void test_human_output(void **state)
{
    (void)state;
    cli_result r = run_cli("check tests/seeds/000_9c5e212a7c0e765c.txt");
    assert_int_equal(r.status, 1);
    /* FILE:LINE:COL: error: 中文 (gloss), then the quote and the figures. */
    assert_contains(r.out, "tests/seeds/000_9c5e212a7c0e765c.txt:119:");
    assert_contains(r.out, ": error: 同一数字前后不一");
    assert_contains(r.out, "(the same quantity is stated twice with different values)");
    assert_contains(r.out, "    “");
    assert_contains(r.out, "声明 (stated): 98%");
    assert_contains(r.out, "第 115 行");
    cli_free(&r);

    r = run_cli("check tests/seeds/002_30be5d37cd81e4f9.txt");
    assert_int_equal(r.status, 1);
    assert_contains(r.out, "002_30be5d37cd81e4f9.txt:177: error:");
    assert_contains(r.out, "允许区间 (allowed): [98.805%, 98.815%]");
    cli_free(&r);
}

static void test_json_output(void **state)
{
    (void)state;
    cli_result r = run_cli("check --format json tests/seeds/002_30be5d37cd81e4f9.txt");
    assert_int_equal(r.status, 1);
    struct fy_document *doc = fy_document_build_from_string(NULL, r.out, (size_t)-1);
    assert_non_null(doc);
    assert_string_equal(json_at(doc, "/file"), "tests/seeds/002_30be5d37cd81e4f9.txt");
    assert_string_equal(json_at(doc, "/errors"), "5");
    assert_string_equal(json_at(doc, "/findings/0/severity"), "error");
    assert_string_equal(json_at(doc, "/findings/0/kind"), "arithmetic");
    assert_string_equal(json_at(doc, "/findings/0/line"), "177");
    assert_string_equal(json_at(doc, "/findings/0/end_line"), "177");
    assert_string_equal(json_at(doc, "/findings/0/stated"), "100");
    assert_string_equal(json_at(doc, "/findings/0/computed"), "98.81");
    assert_string_equal(json_at(doc, "/findings/0/unit"), "%");
    assert_non_null(json_at(doc, "/findings/0/quote"));
    assert_non_null(json_at(doc, "/findings/0/message"));
    /* The wrong base of line 209-211: exact decimals, a line range. */
    assert_string_equal(json_at(doc, "/findings/1/line"), "209");
    assert_string_equal(json_at(doc, "/findings/1/end_line"), "211");
    assert_string_equal(json_at(doc, "/findings/1/stated"), "-11");
    assert_string_equal(json_at(doc, "/findings/1/computed"), "-9.91");
    assert_string_equal(json_at(doc, "/findings/4/kind"), "ill-defined");
    fy_document_destroy(doc);
    cli_free(&r);

    /* Several files: an array of objects, one per file. */
    r = run_cli("check --format json tests/seeds/000_9c5e212a7c0e765c.txt "
                "tests/seeds/004_f5df9d0d11a50e84.txt");
    assert_int_equal(r.status, 1);
    doc = fy_document_build_from_string(NULL, r.out, (size_t)-1);
    assert_non_null(doc);
    assert_string_equal(json_at(doc, "/1/file"), "tests/seeds/004_f5df9d0d11a50e84.txt");
    assert_string_equal(json_at(doc, "/1/findings/0/kind"), "fact");
    assert_string_equal(json_at(doc, "/1/findings/0/other_line"), "9");
    assert_string_equal(json_at(doc, "/1/findings/1/kind"), "wording");
    fy_document_destroy(doc);
    cli_free(&r);
}

static void test_clean_exit_zero(void **state)
{
    (void)state;
    char path[256];
    const char *text = "2023年部门整体支出预算数320.61万元，决算数299.81万元，完成率93.5%。\n";
    write_in(dir, "clean.txt", text, strlen(text), path, sizeof path);
    cli_result r = run_cli("check '%s'", path);
    assert_int_equal(r.status, 0);
    assert_string_equal(r.out, "");
    cli_free(&r);
}

static void expect_bad(const char *path, const char *message)
{
    cli_result r = run_cli("check '%s'", path);
    assert_int_equal(r.status, 2);
    assert_contains(r.err, path);
    assert_contains(r.err, "fatal:");
    assert_contains(r.err, message);
    cli_free(&r);
    r = run_cli("check --format json '%s'", path);
    assert_int_equal(r.status, 2);
    assert_contains(r.out, "\"error\"");
    cli_free(&r);
    r = run_cli("text '%s'", path);
    assert_int_equal(r.status, 2);
    assert_contains(r.err, message);
    cli_free(&r);
}

static void test_bad_inputs(void **state)
{
    (void)state;
    char path[256];
    write_in(dir, "empty.txt", "", 0, path, sizeof path);
    expect_bad(path, "文件为空");
    expect_bad(dir, "目录");
    snprintf(path, sizeof path, "%s/missing.txt", dir);
    expect_bad(path, "无法打开");
    write_in(dir, "fake.docx", "not a zip at all\n", 17, path, sizeof path);
    expect_bad(path, "不是 DOCX");
    write_in(dir, "fake.pdf", "plain text\n", 11, path, sizeof path);
    expect_bad(path, "不是 PDF");
    write_in(dir, "broken.pdf", "%PDF-1.7\nthis is not a pdf body\n", 32, path, sizeof path);
    expect_bad(path, "PDF");
    write_in(dir, "binary.txt", "ab\0cd\0\1\2", 8, path, sizeof path);
    expect_bad(path, "不是文本文件");
    /* A ZIP that is not a Word document. */
    char cmd[512];
    snprintf(cmd, sizeof cmd, "cd '%s' && printf x > a.txt && python3 -c \"import zipfile; "
                              "z=zipfile.ZipFile('notword.docx','w'); z.write('a.txt'); z.close()\"",
             dir);
    assert_int_equal(system(cmd), 0);
    snprintf(path, sizeof path, "%s/notword.docx", dir);
    expect_bad(path, "word/document.xml");
    /* A truncated ZIP. */
    snprintf(cmd, sizeof cmd, "head -c 30 '%s/notword.docx' > '%s/cut.docx'", dir, dir);
    assert_int_equal(system(cmd), 0);
    snprintf(path, sizeof path, "%s/cut.docx", dir);
    expect_bad(path, "DOCX");
}

static void test_usage(void **state)
{
    (void)state;
    cli_result r = run_cli("check");
    assert_int_equal(r.status, 2);
    cli_free(&r);
    r = run_cli("check --format xml tests/seeds/000_9c5e212a7c0e765c.txt");
    assert_int_equal(r.status, 2);
    assert_contains(r.err, "xml");
    cli_free(&r);
    r = run_cli("check --help");
    assert_int_equal(r.status, 0);
    assert_contains(r.out, "--format");
    cli_free(&r);
    r = run_cli("text");
    assert_int_equal(r.status, 2);
    cli_free(&r);
}

/* One unreadable file among good ones: the good ones are still checked,
 * and the exit code says some input could not be read. */
static void test_mixed_files(void **state)
{
    (void)state;
    char path[256];
    write_in(dir, "empty2.txt", "", 0, path, sizeof path);
    cli_result r = run_cli("check tests/seeds/004_f5df9d0d11a50e84.txt '%s'", path);
    assert_int_equal(r.status, 2);
    assert_contains(r.out, "004_f5df9d0d11a50e84.txt:33:");
    assert_contains(r.err, "文件为空");
    cli_free(&r);
}

/* `ziping text` of a plain-text report keeps its lines, normalised. */
static void test_text(void **state)
{
    (void)state;
    cli_result r = run_cli("text tests/seeds/002_30be5d37cd81e4f9.txt");
    assert_int_equal(r.status, 0);
    char *orig = read_all("tests/seeds/002_30be5d37cd81e4f9.txt");
    assert_int_equal(count_of(r.out, "\n"), count_of(orig, "\n") + 1);
    assert_contains(r.out, "合计 100 98.81 100\n");
    free(orig);
    cli_free(&r);

    char path[256];
    const char *wide = "收入１２３．５万元，增长１０％\n";
    write_in(dir, "wide.txt", wide, strlen(wide), path, sizeof path);
    r = run_cli("text --number '%s'", path);
    assert_int_equal(r.status, 0);
    assert_contains(r.out, "     1\t收入123.5万元，增长10%\n");
    cli_free(&r);
}

/* A .md report is read as it renders: pipe-table rows are rows of cells,
 * the rule under the header is an empty line, marks and escapes go; the
 * line numbers stay the file's. */
static void test_markdown(void **state)
{
    (void)state;
    static const char md[] = "## 二、收支情况\n"                                /* 1 */
                             "\n"                                              /* 2 */
                             "**表1  收支预算执行情况表**\n"                  /* 3 */
                             "\n"                                              /* 4 */
                             "| 项目 | 全年预算数 | 决算数 | 预算执行率 |\n"   /* 5 */
                             "| --- | ---: | ---: | ---: |\n"                  /* 6 */
                             "| **支出合计** | **320.61** | **299.81** | **93.51%** |\n"
                             "| 　基本支出 | 287.75 | 271.25 | 96.27% |\n"    /* 8: wrong */
                             "| 　项目支出 | 32.86 | 28.56 | 86.91% |\n"
                             "\n"
                             "说明：A\\|B 与 \\*号\n";                    /* 11 */
    char path[256];
    write_in(dir, "report.md", md, strlen(md), path, sizeof path);
    cli_result r = run_cli("text '%s'", path);
    assert_int_equal(r.status, 0);
    assert_contains(r.out, "二、收支情况\n");
    assert_not_contains(r.out, "##");
    assert_not_contains(r.out, "**");
    assert_not_contains(r.out, "---");
    assert_contains(r.out, "\t 320.61 \t");
    assert_contains(r.out, "说明:A|B 与 *号");
    cli_free(&r);
    r = run_cli("check '%s'", path);
    assert_int_equal(r.status, 1);
    assert_contains(r.out, "report.md:8: error:");
    assert_int_equal(count_of(r.out, ": error:"), 1);
    cli_free(&r);
    /* The same text as .txt: its rows' cells are still parted by bars (a
     * web page's table copied as text), so the wrong rate is found there
     * too; the bold row's figures, marked up, are not read. */
    write_in(dir, "report.txt", md, strlen(md), path, sizeof path);
    r = run_cli("check '%s'", path);
    assert_int_equal(r.status, 1);
    assert_contains(r.out, "report.txt:8: error:");
    assert_int_equal(count_of(r.out, ": error:"), 1);
    cli_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_human_output), cmocka_unit_test(test_json_output),
        cmocka_unit_test(test_clean_exit_zero), cmocka_unit_test(test_bad_inputs),
        cmocka_unit_test(test_usage),        cmocka_unit_test(test_mixed_files),
        cmocka_unit_test(test_text),         cmocka_unit_test(test_markdown),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
