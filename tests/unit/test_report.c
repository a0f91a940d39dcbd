/*
 * The report as data: every figure in it is one that derive or score
 * computes (its span names which, and the text must be that figure as
 * shown); ziping's own words carry no figures; the Markdown of each example
 * matches its golden file; missing parts of the data leave their sections
 * out; every generated report passes `ziping check`; an unwritable output
 * path fails cleanly.
 *
 * ZP_UPDATE_GOLDEN=1 rewrites the golden files (look at the diff!).
 */
#include <ctype.h>
#include <sys/stat.h>

#include <libfyaml.h>

#include "report_fixture.h"

static const char *const examples[] = {"baiyun-kx-2023", "shaoguan-kx-2023", "taoyuan-kx-2023"};

/* ---- provenance of every figure ---- */

static const zp_scored *find_path(const zp_scored *s, const char *path, size_t len)
{
    if (s->path && strlen(s->path) == len && !strncmp(s->path, path, len))
        return s;
    for (size_t i = 0; i < s->n_children; i++) {
        const zp_scored *f = find_path(&s->children[i], path, len);
        if (f)
            return f;
    }
    return NULL;
}

static char *fmt2(zp_rat v, bool percent)
{
    char buf[64];
    zp_rat_format(v, 2, buf, sizeof buf);
    char *out = malloc(72);
    snprintf(out, 72, "%s%s", buf, percent ? "%" : "");
    return out;
}

/* What the figure named by source is, as shown; NULL if source names none. */
static char *expected(const loaded *y, const char *source, bool *magnitude_ok)
{
    *magnitude_ok = false;
    char buf[64];
    if (!strcmp(source, "unit.year")) {
        snprintf(buf, sizeof buf, "%d", y->u->info.year);
        return strdup(buf);
    }
    if (!strncmp(source, "score:", 6)) {
        assert_non_null(y->s);
        const char *rest = source + 6;
        if (!strcmp(rest, "total"))
            return fmt2(y->s->total, false);
        if (!strcmp(rest, "weight"))
            return fmt2(y->s->root.weight, false);
        if (!strcmp(rest, "rate"))
            return fmt2(zp_scored_rate(&y->s->root), true);
        if (!strcmp(rest, "grade"))
            return strdup(y->s->grade);
        if (!strcmp(rest, "unscored")) {
            snprintf(buf, sizeof buf, "%zu", y->s->n_unscored);
            return strdup(buf);
        }
        const char *colon = strrchr(rest, ':');
        assert_non_null(colon);
        const zp_scored *n = find_path(&y->s->root, rest, (size_t)(colon - rest));
        if (!n)
            fail_msg("no indicator at path of %s", source);
        const char *field = colon + 1;
        if (!strcmp(field, "weight"))
            return fmt2(n->weight, false);
        if (!strcmp(field, "score"))
            return fmt2(n->score, false);
        if (!strcmp(field, "rate"))
            return fmt2(zp_scored_rate(n), true);
        if (!strcmp(field, "basis"))
            return strdup(n->how);
        fail_msg("unknown score field in %s", source);
    }
    const zp_figure *f = zp_derived_get(y->d, source);
    if (!f || !f->defined)
        return NULL;
    zp_dec_format(f->shown, f->kind == ZP_FIG_AMOUNT, buf, sizeof buf);
    if (f->kind == ZP_FIG_RATE)
        strcat(buf, "%");
    /* a change is written as its magnitude after 增加/减少 */
    *magnitude_ok = true;
    return strdup(buf);
}

static bool has_digit(const char *s)
{
    for (; *s; s++) {
        if (isdigit((unsigned char)*s))
            return true;
        /* full-width digits ０-９: EF BC 90..99 */
        if ((unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBC &&
            (unsigned char)s[2] >= 0x90 && (unsigned char)s[2] <= 0x99)
            return true;
    }
    return false;
}

static int n_figures;

static void check_spans(const loaded *y, const zp_doc_spans *sp)
{
    for (size_t i = 0; i < sp->count; i++) {
        const zp_doc_span *s = &sp->items[i];
        switch (s->kind) {
        case ZP_SPAN_TEXT:
            if (has_digit(s->text))
                fail_msg("ziping's own words carry a figure: \"%s\"", s->text);
            break;
        case ZP_SPAN_NUMBER: {
            const char *p = s->text;
            while (isdigit((unsigned char)*p))
                p++;
            if (p == s->text || strcmp(p, "．"))
                fail_msg("a list number that is not one: \"%s\"", s->text);
            break;
        }
        case ZP_SPAN_VERBATIM:
            break;
        case ZP_SPAN_FIGURE: {
            assert_non_null(s->source);
            bool magnitude_ok;
            char *want = expected(y, s->source, &magnitude_ok);
            if (!want)
                fail_msg("figure \"%s\" names %s, which derive does not give", s->text, s->source);
            bool same = !strcmp(want, s->text) ||
                        (magnitude_ok && want[0] == '-' && !strcmp(want + 1, s->text));
            if (!same)
                fail_msg("figure %s is \"%s\" in the report but \"%s\" in derive/score", s->source,
                         s->text, want);
            free(want);
            n_figures++;
            break;
        }
        }
    }
}

static void test_every_figure_is_derived(void **state)
{
    (void)state;
    for (size_t e = 0; e < sizeof examples / sizeof examples[0]; e++) {
        loaded y = load(examples[e]);
        n_figures = 0;
        for (size_t b = 0; b < y.r->n_blocks; b++) {
            const zp_doc_block *blk = &y.r->blocks[b];
            check_spans(&y, &blk->content);
            if (blk->table) {
                const zp_doc_table *t = blk->table;
                for (size_t c = 0; c < t->n_rows * t->n_cols; c++)
                    check_spans(&y, &t->cells[c].content);
            }
            if (blk->chart) {
                const zp_doc_chart *ch = blk->chart;
                for (size_t s = 0; s < ch->n_series; s++) {
                    for (size_t c = 0; c < ch->n_categories; c++) {
                        if (!*ch->series[s].texts[c])
                            continue;
                        zp_doc_span span = {ZP_SPAN_FIGURE, ch->series[s].texts[c],
                                            ch->series[s].sources[c]};
                        /* chart values are plain numbers: rates without "%" */
                        bool m;
                        char *want = expected(&y, span.source, &m);
                        assert_non_null(want);
                        size_t n = strlen(want);
                        if (n && want[n - 1] == '%')
                            want[n - 1] = '\0';
                        /* and without thousands separators */
                        char plain[64];
                        size_t k = 0;
                        for (const char *p = want; *p && k < 63; p++)
                            if (*p != ',')
                                plain[k++] = *p;
                        plain[k] = '\0';
                        assert_string_equal(plain, span.text);
                        free(want);
                    }
                }
            }
        }
        /* Not a vacuous pass: the reports are full of figures. */
        assert_true(n_figures > 40);
        unload(&y);
    }
}

/* ---- golden Markdown ---- */

static void test_golden_markdown(void **state)
{
    (void)state;
    bool update = getenv("ZP_UPDATE_GOLDEN") != NULL;
    for (size_t e = 0; e < sizeof examples / sizeof examples[0]; e++) {
        cli_result r = run_cli("report examples/%s.yaml", examples[e]);
        assert_true(r.status == 0 || r.status == 1); /* 1: the data's own inconsistencies */
        char path[256];
        snprintf(path, sizeof path, "tests/golden/%s.md", examples[e]);
        if (update) {
            FILE *f = fopen(path, "wb");
            assert_non_null(f);
            fputs(r.out, f);
            fclose(f);
        }
        char *want = read_all(path);
        if (!want)
            fail_msg("no golden file %s (run with ZP_UPDATE_GOLDEN=1)", path);
        if (strcmp(want, r.out)) {
            /* Show where they part. */
            size_t i = 0;
            while (want[i] && want[i] == r.out[i])
                i++;
            size_t from = i > 80 ? i - 80 : 0;
            fail_msg("%s differs from the report at byte %zu:\n  golden: …%.160s\n  report: …%.160s",
                     path, i, want + from, r.out + from);
        }
        free(want);
        cli_free(&r);
    }
}

/* --format figures: each figure of the Markdown, where it is and which
 * derived figure or score it is. */
static void test_figures_format(void **state)
{
    (void)state;
    cli_result md = run_cli("report examples/shaoguan-kx-2023.yaml");
    cli_result js = run_cli("report examples/shaoguan-kx-2023.yaml --format figures");
    assert_true(js.status == 0 || js.status == 1);
    /* the lines of the Markdown */
    char *lines[2048];
    int n = 0;
    for (char *p = md.out; p && n < 2048; n++) {
        lines[n] = p;
        p = strchr(p, '\n');
        if (p)
            *p++ = '\0';
    }
    struct fy_document *doc = fy_document_build_from_string(NULL, js.out, FY_NT);
    assert_non_null(doc);
    struct fy_node *list = fy_node_by_path(fy_document_root(doc), "/figures", FY_NT, 0);
    assert_non_null(list);
    int count = 0, income = 0;
    void *it = NULL;
    for (struct fy_node *f; (f = fy_node_sequence_iterate(list, &it)) != NULL; count++) {
        const char *line = fy_node_get_scalar0(fy_node_by_path(f, "line", FY_NT, 0));
        const char *byte = fy_node_get_scalar0(fy_node_by_path(f, "byte", FY_NT, 0));
        const char *text = fy_node_get_scalar0(fy_node_by_path(f, "text", FY_NT, 0));
        const char *source = fy_node_get_scalar0(fy_node_by_path(f, "source", FY_NT, 0));
        assert_non_null(line);
        assert_non_null(text);
        assert_non_null(source);
        int l = atoi(line);
        assert_true(l >= 1 && l <= n);
        /* the figure's text stands in its line at its byte */
        if (strncmp(lines[l - 1] + atoi(byte), text, strlen(text)))
            fail_msg("%s (%s) is not at line %d byte %s: %s", text, source, l, byte, lines[l - 1]);
        income += !strcmp(source, "income.change") && !strcmp(text, "109.60");
    }
    assert_true(count > 100);
    assert_true(income >= 1); /* 减少109.60万元, by its magnitude */
    fy_document_destroy(doc);
    cli_free(&md);
    cli_free(&js);
}

static void test_same_bytes_twice(void **state)
{
    (void)state;
    cli_result a = run_cli("report examples/shaoguan-kx-2023.yaml");
    cli_result b = run_cli("report examples/shaoguan-kx-2023.yaml");
    assert_string_equal(a.out, b.out);
    cli_free(&a);
    cli_free(&b);
}

/* ---- what the three reports say ---- */

static void test_sentences(void **state)
{
    (void)state;
    cli_result r = run_cli("report examples/baiyun-kx-2023.yaml");
    assert_contains(r.out, "收入全年预算数320.61万元，决算数299.81万元，预算执行率93.51%");
    /* "299.8" over parts that sum to 299.81: the total is the parts' sum */
    assert_contains(r.out, "支出全年预算数320.61万元，决算数299.81万元，预算执行率93.51%");
    assert_contains(r.out, "基本支出全年预算数287.75万元，决算数271.25万元，预算执行率94.27%");
    assert_contains(r.out, "项目支出全年预算数32.86万元，决算数28.56万元，预算执行率86.91%");
    assert_contains(r.out, "本部门没有内设机构。");
    /* no score without the scores: an incomplete total is no total */
    assert_contains(r.out, "尚有9项指标未评分");
    assert_not_contains(r.out, "**0.00**");
    assert_not_contains(r.out, "**0.00%**");
    assert_contains(r.out, "| **履职效能** | **小计** | **46.00** | **待评分完成后确定** |");
    cli_free(&r);

    r = run_cli("report examples/shaoguan-kx-2023.yaml");
    /* a fall is 减少/下降, on last year's base (not 11%) */
    assert_contains(r.out, "收入决算数996.65万元，比上年减少109.60万元，下降9.91%");
    assert_contains(r.out, "自评得分98.81分，绩效等级为“优”");
    assert_contains(r.out, "| **合计** |  | **100.00** | **98.81** | **98.81%** |");
    /* growth from nothing has no percentage */
    assert_contains(r.out, "公务用车购置费17.48万元，比上年增加17.48万元（上年无此项支出）");
    assert_not_contains(r.out, "增长100");
    assert_contains(r.out, "下降6.53%");
    assert_contains(r.out, "| 　　公务用车购置费 | 17.48 | 0.00 | 17.48 | — |");
    cli_free(&r);

    r = run_cli("report examples/taoyuan-kx-2023.yaml");
    assert_contains(r.out, "本部门编制11人，其中局本级4人、二级机构7人；在编在岗9人，其中局本级4人、二级机构5人");
    assert_contains(r.out, "在职人员控制率为81.82%");
    assert_contains(r.out, "年初预算数285.84万元，决算数309.39万元，预算执行率108.24%");
    assert_contains(r.out, "| 开展科技志愿服务活动次数 | 10次以上 | 151次 |");
    cli_free(&r);
}

/* ---- missing parts, special characters, bad output paths ---- */

static char dir[64];

static int setup(void **state)
{
    (void)state;
    return tmpdir_make(dir, sizeof dir, "zp_report");
}

static int teardown(void **state)
{
    (void)state;
    return tmpdir_remove(dir);
}

/* A text file in the test's folder. */
static void write_text(const char *name, const char *text, char *path, size_t size)
{
    write_in(dir, name, text, strlen(text), path, size);
}

static void test_missing_parts_leave_sections_out(void **state)
{
    (void)state;
    char path[256];
    write_text("minimal.yaml",
               "ziping: 1\namounts_in: 万元\nunit:\n  name: 某某县档案馆\n  year: 2024\n"
               "income:\n  budget: 100\n  final: 95.5\n",
               path, sizeof path);
    cli_result r = run_cli("report '%s'", path);
    assert_int_equal(r.status, 0);
    assert_contains(r.out, "# 某某县档案馆2024年度部门整体支出绩效自评报告");
    assert_contains(r.out, "## 一、部门整体收支情况");
    assert_contains(r.out, "收入全年预算数100.00万元，决算数95.50万元，预算执行率95.50%");
    /* no 三公, assets, projects, scores, problems: no sections, no empty tables */
    assert_not_contains(r.out, "三公");
    assert_not_contains(r.out, "资产");
    assert_not_contains(r.out, "项目支出");
    assert_not_contains(r.out, "绩效自评情况");
    assert_not_contains(r.out, "存在的问题");
    assert_not_contains(r.out, "0.00%");
    assert_not_contains(r.out, "二、");
    cli_free(&r);
}

static void test_markdown_escapes_the_units_text(void **state)
{
    (void)state;
    char path[256];
    write_text("odd.yaml",
               "ziping: 1\nunit:\n  name: \"A&B <科协> *一*\"\n  year: 2024\n"
               "problems:\n  - \"1. 用 | 分隔 [链接](x) `代码` # 标题\"\n",
               path, sizeof path);
    cli_result r = run_cli("report '%s'", path);
    assert_int_equal(r.status, 0);
    assert_contains(r.out, "A&B \\<科协\\> \\*一\\*");
    assert_contains(r.out, "1\\. 用 \\| 分隔 \\[链接\\](x) \\`代码\\` # 标题");
    cli_free(&r);
}

static void test_unwritable_output(void **state)
{
    (void)state;
    /* The parent of the output is a file: nothing can be written there. */
    char file[256], out[300];
    write_text("plain", "x", file, sizeof file);
    snprintf(out, sizeof out, "%s/report.md", file);
    cli_result r = run_cli("report examples/taoyuan-kx-2023.yaml -o '%s'", out);
    assert_int_equal(r.status, 2);
    assert_contains(r.err, out);
    assert_contains(r.err, "无法写入输出文件");
    cli_free(&r);

    /* A directory that cannot take the file leaves nothing behind, and an
     * existing report there is untouched. */
    char target[256];
    write_text("keep.md", "old report\n", target, sizeof target);
    char sub[256];
    snprintf(sub, sizeof sub, "%s/ro", dir);
    assert_int_equal(mkdir(sub, 0555), 0);
    char inside[300];
    snprintf(inside, sizeof inside, "%s/r.md", sub);
    r = run_cli("report examples/taoyuan-kx-2023.yaml -o '%s'", inside);
    if (geteuid() != 0) { /* root writes anywhere */
        assert_int_equal(r.status, 2);
        char cmd[400];
        snprintf(cmd, sizeof cmd, "ls -A '%s' | wc -l", sub);
        FILE *p = popen(cmd, "r");
        int n = -1;
        assert_int_equal(fscanf(p, "%d", &n), 1);
        pclose(p);
        assert_int_equal(n, 0);
    }
    cli_free(&r);
    r = run_cli("report examples/taoyuan-kx-2023.yaml -o '%s'", target);
    assert_int_equal(r.status, 0);
    char *now = read_all(target);
    assert_contains(now, "桃源县科学技术协会");
    free(now);
    cli_free(&r);

    /* usage errors */
    r = run_cli("report examples/taoyuan-kx-2023.yaml --format pdf");
    assert_int_equal(r.status, 2);
    assert_contains(r.err, "不支持的报告格式");
    cli_free(&r);
    r = run_cli("report examples/taoyuan-kx-2023.yaml --format docx");
    assert_int_equal(r.status, 2);
    assert_contains(r.err, "-o");
    cli_free(&r);
    r = run_cli("report examples/taoyuan-kx-2023.yaml --charts svg -o x.docx");
    assert_int_equal(r.status, 2);
    assert_contains(r.err, "--charts 只能是 native 或 picture");
    cli_free(&r);
    r = run_cli("report tests/bad/amount-not-a-number.yaml");
    assert_int_equal(r.status, 2);
    assert_contains(r.err, "amount-not-a-number.yaml:");
    cli_free(&r);
}

/* ---- many files in one run ---- */

static void test_many_files_in_one_run(void **state)
{
    (void)state;
    char out[256];
    snprintf(out, sizeof out, "%s/batch", dir);
    /* One bad file among good ones: it is reported at its place, the
     * others are written all the same, and the exit code is the worst. */
    cli_result r = run_cli("report --format docx,md -o '%s' examples/taoyuan-kx-2023.yaml "
                           "tests/bad/amount-not-a-number.yaml examples/baiyun-kx-2023.yaml",
                           out);
    assert_int_equal(r.status, 2);
    assert_contains(r.err, "amount-not-a-number.yaml:8:10: fatal:");
    cli_free(&r);
    static const char *const written[] = {"taoyuan-kx-2023.docx", "taoyuan-kx-2023.md",
                                          "baiyun-kx-2023.docx", "baiyun-kx-2023.md"};
    for (size_t i = 0; i < sizeof written / sizeof *written; i++) {
        char path[400];
        snprintf(path, sizeof path, "%s/%s", out, written[i]);
        assert_int_equal(access(path, F_OK), 0);
    }
    char bad[400];
    snprintf(bad, sizeof bad, "%s/amount-not-a-number.md", out);
    assert_int_not_equal(access(bad, F_OK), 0);

    /* Each report is the one a run of its own writes, byte for byte. */
    char one[300], cmd[900];
    snprintf(one, sizeof one, "%s/alone.docx", dir);
    r = run_cli("report examples/baiyun-kx-2023.yaml -o '%s'", one);
    assert_int_equal(r.status, 1); /* the data disagree with themselves */
    cli_free(&r);
    snprintf(cmd, sizeof cmd, "cmp -s '%s' '%s/baiyun-kx-2023.docx'", one, out);
    assert_int_equal(system(cmd), 0);

    /* Two files whose reports would take one name: nothing is written. */
    char twin[256], twin_out[300];
    write_in(dir, "taoyuan-kx-2023.yaml", "ziping: 1\n", 10, twin, sizeof twin);
    snprintf(twin_out, sizeof twin_out, "%s/twins", dir);
    r = run_cli("report -o '%s' examples/taoyuan-kx-2023.yaml '%s'", twin_out, twin);
    assert_int_equal(r.status, 2);
    assert_contains(r.err, "同名");
    assert_int_not_equal(access(twin_out, F_OK), 0);
    cli_free(&r);

    /* Many files need a folder to go into. */
    r = run_cli("report examples/taoyuan-kx-2023.yaml examples/baiyun-kx-2023.yaml");
    assert_int_equal(r.status, 2);
    assert_contains(r.err, "-o");
    cli_free(&r);
}

/* ---- the checker finds nothing to fault in what ziping writes ---- */

static void test_generated_reports_pass_check(void **state)
{
    (void)state;
    /* As Markdown (prose and pipe tables) and as DOCX (paragraphs and Word
     * tables), the two forms the checker reads differently. */
    static const char *const formats[] = {"md", "docx"};
    for (size_t e = 0; e < sizeof examples / sizeof examples[0]; e++) {
        for (size_t k = 0; k < 2; k++) {
            char out[256];
            snprintf(out, sizeof out, "%s/%s.%s", dir, examples[e], formats[k]);
            cli_result r = run_cli("report examples/%s.yaml -o '%s'", examples[e], out);
            assert_true(r.status == 0 || r.status == 1);
            cli_free(&r);
            r = run_cli("check --format json '%s'", out);
            if (r.status != 0 || !strstr(r.out, "\"findings\": []"))
                fail_msg("ziping check faults the report of %s (%s):\n%s", examples[e], formats[k],
                         r.out);
            cli_free(&r);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_figure_is_derived),
        cmocka_unit_test(test_golden_markdown),
        cmocka_unit_test(test_figures_format),
        cmocka_unit_test(test_same_bytes_twice),
        cmocka_unit_test(test_sentences),
        cmocka_unit_test(test_missing_parts_leave_sections_out),
        cmocka_unit_test(test_markdown_escapes_the_units_text),
        cmocka_unit_test(test_unwritable_output),
        cmocka_unit_test(test_many_files_in_one_run),
        cmocka_unit_test(test_generated_reports_pass_check),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
