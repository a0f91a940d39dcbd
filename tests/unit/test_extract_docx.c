/*
 * DOCX through libzip and libxml2's streaming reader: paragraphs and table
 * rows in reading order, soft breaks as new lines, deleted revisions and
 * field codes left out; findings at the lines `ziping text` prints; broken
 * archives and broken XML refused with a message naming the file.
 */
#include "check_fixtures.h"
#include "ziping/check.h"

static char dir[64];

static int setup(void **state)
{
    (void)state;
    return tmpdir_make(dir, sizeof dir, "zp_docx");
}

static int teardown(void **state)
{
    (void)state;
    return tmpdir_remove(dir);
}

#define P(text) "<w:p><w:r><w:t>" text "</w:t></w:r></w:p>"
#define CELL(text) "<w:tc><w:p><w:r><w:t>" text "</w:t></w:r></w:p></w:tc>"

static const char body[] =
    P("一、部门基本情况")
    /* Full-width digits, a rate that cannot be right (299.81 ÷ 320.61 = 93.51%). */
    "<w:p><w:r><w:t>2023年部门整体支出全年预算数３２０．６１万元，</w:t></w:r>"
    "<w:r><w:t>决算数299.81万元，完成率95.5％。</w:t></w:r></w:p>"
    /* A soft break, a tab, a deleted revision, a field code. */
    "<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t><w:tab/><w:t>尾</w:t></w:r>"
    "<w:del><w:r><w:delText>删掉的字</w:delText></w:r></w:del>"
    "<w:r><w:instrText> PAGE </w:instrText></w:r></w:p>"
    "<w:p/>"
    P("部门整体自评情况总表")
    "<w:tbl>"
    "<w:tr>" CELL("一级指标") CELL("二级指标") CELL("分值") CELL("自评得分") CELL("得分率（%）") "</w:tr>"
    "<w:tr>" CELL("合计") "<w:tc><w:p/></w:tc>" CELL("100") CELL("98.81") CELL("100") "</w:tr>"
    "<w:tr>" CELL("履职效能") CELL("整体效能") CELL("23") CELL("22.31") CELL("97") "</w:tr>"
    "<w:tr><w:tc><w:p/></w:tc>" CELL("专项效能") CELL("23") CELL("23") CELL("100") "</w:tr>"
    "<w:tr>" CELL("管理效率") CELL("预算编制") CELL("54") CELL("53.5") CELL("99.07") "</w:tr>"
    "</w:tbl>"
    P("本部门自评得分为98.81分，绩效等级为“良”。");

static const char *const want_lines[] = {
    "一、部门基本情况",
    "2023年部门整体支出全年预算数320.61万元，决算数299.81万元，完成率95.5%。",
    "第一行",
    "第二行\t尾",
    "",
    "部门整体自评情况总表",
    "一级指标\t二级指标\t分值\t自评得分\t得分率(%)",
    "合计\t\t100\t98.81\t100",
    "履职效能\t整体效能\t23\t22.31\t97",
    "\t专项效能\t23\t23\t100",
    "管理效率\t预算编制\t54\t53.5\t99.07",
    "本部门自评得分为98.81分，绩效等级为“良”。",
};

static void test_reading_order(void **state)
{
    (void)state;
    char path[128];
    snprintf(path, sizeof path, "%s/report.docx", dir);
    write_docx(path, body);
    zp_diags diags;
    zp_diags_init(&diags);
    zp_doc *doc = zp_doc_open(path, &diags);
    assert_non_null(doc);
    assert_int_equal(zp_doc_kind_of(doc), ZP_DOC_DOCX);
    zp_text_line line;
    size_t n = 0;
    while (zp_doc_next(doc, &line) > 0) {
        assert_true(n < sizeof want_lines / sizeof want_lines[0]);
        assert_int_equal(line.number, (int)n + 1);
        if (line.len != strlen(want_lines[n]) || memcmp(line.text, want_lines[n], line.len))
            fail_msg("line %zu: got \"%.*s\", want \"%s\"", n + 1, (int)line.len, line.text,
                     want_lines[n]);
        n++;
    }
    assert_int_equal(n, sizeof want_lines / sizeof want_lines[0]);
    zp_doc_close(doc);
    assert_int_equal(diags.count, 0);
    zp_diags_free(&diags);
}

static void test_findings_at_text_lines(void **state)
{
    (void)state;
    char path[128];
    snprintf(path, sizeof path, "%s/report.docx", dir);
    write_docx(path, body);
    cli_result r = run_cli("check '%s'", path);
    assert_int_equal(r.status, 1);
    char want[256];
    /* The rate, on line 2; the 合计 row's rate on line 8; the grade. */
    snprintf(want, sizeof want, "%s:2:", path);
    assert_contains(r.out, want);
    assert_contains(r.out, "完成率");
    snprintf(want, sizeof want, "%s:8: error: “合计”的得分率", path);
    assert_contains(r.out, want);
    snprintf(want, sizeof want, "%s:12:", path);
    assert_contains(r.out, want);
    assert_contains(r.out, "等级“良”");
    /* Nothing else: the other rows hold. */
    assert_int_equal(count_of(r.out, ": error:"), 3);
    cli_free(&r);
}

static void test_broken(void **state)
{
    (void)state;
    char path[128];
    snprintf(path, sizeof path, "%s/broken.docx", dir);
    write_docx(path, "<w:p><w:r><w:t>未闭合的段落</w:t></w:r>");
    cli_result r = run_cli("check '%s'", path);
    assert_int_equal(r.status, 2);
    assert_contains(r.err, path);
    assert_contains(r.err, "DOCX 文件已损坏");
    cli_free(&r);

    /* Entities are not expanded: no billion laughs, no file reads. */
    snprintf(path, sizeof path, "%s/entities.docx", dir);
    write_docx(path, P("收入&amp;支出 100 万元"));
    r = run_cli("text '%s'", path);
    assert_int_equal(r.status, 0);
    assert_contains(r.out, "收入&支出 100 万元");
    cli_free(&r);
}

/* Word's list numbers are part of what a reader sees: "一、", "（一）",
 * "1." come back in front of their paragraphs, and the checker's sections
 * follow them (one project's 满意度 is not another's). */
#define LVL(i, fmt, text)                                                                      \
    "<w:lvl w:ilvl=\"" #i "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" fmt "\"/>"              \
    "<w:lvlText w:val=\"" text "\"/></w:lvl>"
#define NUMP(level, text)                                                                      \
    "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" #level "\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>" \
    "<w:r><w:t>" text "</w:t></w:r></w:p>"

static void test_numbering(void **state)
{
    (void)state;
    char path[128];
    snprintf(path, sizeof path, "%s/numbered.docx", dir);
    write_docx_numbered(path,
                        NUMP(0, "部门基本情况") NUMP(1, "机构设置") NUMP(1, "人员情况")
                            NUMP(0, "项目绩效情况") NUMP(2, "科普活动项目")
                                P("公众对科普工作满意度达95%。") NUMP(2, "学术交流项目")
                                    P("公众对科普工作满意度达98%。")
                                        P("公众对科普工作的满意度为97%。"),
                        "<w:abstractNum w:abstractNumId=\"0\">" LVL(0, "chineseCounting", "%1、")
                            LVL(1, "chineseCounting", "（%2）") LVL(2, "decimal", "%3.")
                                "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");
    cli_result r = run_cli("text '%s'", path);
    assert_int_equal(r.status, 0);
    assert_string_equal(r.out, "一、部门基本情况\n(一)机构设置\n(二)人员情况\n二、项目绩效情况\n"
                               "1.科普活动项目\n公众对科普工作满意度达95%。\n2.学术交流项目\n"
                               "公众对科普工作满意度达98%。\n公众对科普工作的满意度为97%。\n");
    cli_free(&r);
    r = run_cli("check '%s'", path);
    assert_int_equal(r.status, 1);
    assert_int_equal(count_of(r.out, ": error:"), 1);
    char want[160];
    snprintf(want, sizeof want, "%s:9:", path);
    assert_contains(r.out, want);
    cli_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reading_order),
        cmocka_unit_test(test_findings_at_text_lines),
        cmocka_unit_test(test_broken),
        cmocka_unit_test(test_numbering),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
