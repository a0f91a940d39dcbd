/*
 * PDF through MuPDF: text comes back line by line with its page; the
 * checker finds in a PDF what it finds in the same report as text, at the
 * lines `ziping text` prints; a 300-page report needs no more memory than a
 * 30-page one; a damaged PDF is refused with a message, never a crash.
 */
#include "check_fixtures.h"
#include "check/normalize.h"
#include "ziping/check.h"

/* s trimmed of spaces and normalised as the checker reads it. */
static void normal_form(const char *s, size_t n, char *out, size_t size)
{
    while (n > 0 && *s == ' ')
        s++, n--;
    while (n > 0 && s[n - 1] == ' ')
        n--;
    zp_buf b;
    zp_buf_init(&b);
    zp_ck_normalize_line(s, n, &b);
    snprintf(out, size, "%s", b.data);
    zp_buf_free(&b);
}

static char dir[64];
static char *seed_lines[1024];
static int nseed;

static int setup(void **state)
{
    (void)state;
    if (tmpdir_make(dir, sizeof dir, "zp_pdf") != 0)
        return -1;
    /* The hard-wrapped seed, without its blank lines, as the PDF's lines. */
    char *text = read_all("tests/seeds/002_30be5d37cd81e4f9.txt");
    if (!text)
        return -1;
    for (char *line = strtok(text, "\n"); line && nseed < 1024; line = strtok(NULL, "\n")) {
        bool blank = true;
        for (char *c = line; *c; c++)
            blank &= *c == ' ';
        if (!blank)
            seed_lines[nseed++] = strdup(line);
    }
    free(text);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    for (int i = 0; i < nseed; i++)
        free(seed_lines[i]);
    return tmpdir_remove(dir);
}

enum { PER_PAGE = 40 };

/* The seed's lines, PER_PAGE to a page, over and over. */
static const char *seed_line(int page, int line, void *ctx)
{
    int once = *(int *)ctx;
    int k = page * PER_PAGE + line;
    if (once && k >= nseed)
        return NULL;
    return seed_lines[k % nseed];
}

static void test_lines_and_pages(void **state)
{
    (void)state;
    char path[128];
    snprintf(path, sizeof path, "%s/small.pdf", dir);
    int once = 1;
    write_pdf(path, 2, PER_PAGE, seed_line, &once);
    zp_diags diags;
    zp_diags_init(&diags);
    zp_doc *doc = zp_doc_open(path, &diags);
    assert_non_null(doc);
    assert_int_equal(zp_doc_kind_of(doc), ZP_DOC_PDF);
    zp_text_line line;
    int n = 0, last_page = 0, k = 0;
    while (zp_doc_next(doc, &line) > 0) {
        n++;
        assert_int_equal(line.number, n);
        assert_true(line.page >= last_page);
        last_page = line.page;
        if (line.len == 0)
            continue;
        /* Every non-empty line is a line of the seed, in order. */
        char got[4096], want[4096];
        normal_form(line.text, line.len, got, sizeof got);
        normal_form(seed_lines[k], strlen(seed_lines[k]), want, sizeof want);
        if (strcmp(got, want) != 0)
            fail_msg("line %d: got \"%s\", want \"%s\"", n, got, want);
        assert_int_equal(line.page, k / PER_PAGE + 1);
        k++;
    }
    assert_int_equal(k, 2 * PER_PAGE);
    assert_int_equal(last_page, 2);
    zp_doc_close(doc);
    zp_diags_free(&diags);
}

/* The whole seed as a PDF: the same findings as the text, each at a line of
 * `ziping text` that holds its figure, with its page. */
static void test_findings_as_in_text(void **state)
{
    (void)state;
    char path[128];
    snprintf(path, sizeof path, "%s/seed.pdf", dir);
    int once = 1;
    write_pdf(path, (nseed + PER_PAGE - 1) / PER_PAGE, PER_PAGE, seed_line, &once);

    zp_findings as_text, as_pdf;
    zp_findings_init(&as_text);
    zp_findings_init(&as_pdf);
    zp_diags diags;
    zp_diags_init(&diags);
    assert_int_equal(zp_check_file("tests/seeds/002_30be5d37cd81e4f9.txt", &as_text, &diags), 0);
    assert_int_equal(zp_check_file(path, &as_pdf, &diags), 0);
    assert_int_equal(as_pdf.count, as_text.count);

    cli_result text = run_cli("text '%s'", path);
    assert_int_equal(text.status, 0);
    for (size_t i = 0; i < as_pdf.count; i++) {
        const zp_finding *p = &as_pdf.items[i], *t = &as_text.items[i];
        assert_string_equal(p->check, t->check);
        assert_string_equal(p->kind, t->kind);
        assert_true(p->page >= 1);
        /* The line named holds the first figure of the claim. */
        const char *line = text.out;
        for (int k = 1; k < p->line && line; k++) {
            line = strchr(line, '\n');
            line = line ? line + 1 : NULL;
        }
        assert_non_null(line);
        const char *tl = read_all("tests/seeds/002_30be5d37cd81e4f9.txt");
        const char *ol = tl;
        for (int k = 1; k < t->line && ol; k++) {
            ol = strchr(ol, '\n');
            ol = ol ? ol + 1 : NULL;
        }
        assert_non_null(ol);
        char a[1024], b[1024];
        normal_form(line, strcspn(line, "\n"), a, sizeof a);
        normal_form(ol, strcspn(ol, "\n"), b, sizeof b);
        if (strcmp(a, b) != 0)
            fail_msg("finding %s at PDF line %d: \"%s\" is not text line %d \"%s\"", p->check,
                     p->line, a, t->line, b);
        free((void *)tl);
    }
    cli_free(&text);
    zp_findings_free(&as_text);
    zp_findings_free(&as_pdf);
    zp_diags_free(&diags);
}

/* A 决算 table printed to PDF, one cell per MuPDF line, cut by a page break:
 * its rows come back with their empty cells, the page break does not end
 * it, and its classes are summed over both pages. */
static const char *const table_pages[2][8] = {
    {"表3 支出决算表", "科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出",
     "\t合计\t934.56\t700.00\t234.56", "201\t一般公共服务支出\t500.00\t400.00\t100.00",
     "20101\t人大事务\t500.00\t400.00\t100.00", "2010101\t行政运行\t400.00\t400.00\t", "某某单位2023年度部门决算", "- 1 -"},
    {"科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出",
     "2010102\t一般行政管理事务\t100.00\t\t100.00", "205\t教育支出\t434.56\t300.00\t134.56",
     "20502\t普通教育\t434.56\t310.00\t134.56", "2050201\t学前教育\t434.56\t300.00\t134.56",
     "以上为本单位支出决算表。", NULL, NULL},
};

static const char *table_line(int page, int line, void *ctx)
{
    (void)ctx;
    return table_pages[page][line];
}

static void test_table_across_pages(void **state)
{
    (void)state;
    char path[128];
    snprintf(path, sizeof path, "%s/table.pdf", dir);
    write_pdf(path, 2, 8, table_line, NULL);
    cli_result text = run_cli("text '%s'", path);
    assert_int_equal(text.status, 0);
    /* Empty cells keep their columns: the last, one in the middle, the first. */
    assert_non_null(strstr(text.out, "\n2010101\t行政运行\t400.00\t400.00\t\n"));
    assert_non_null(strstr(text.out, "\n2010102\t一般行政管理事务\t100.00\t\t100.00\n"));
    assert_non_null(strstr(text.out, "\n\t合计\t934.56\t700.00\t234.56\n"));
    /* Prose and the page's number stay lines of their own. */
    assert_non_null(strstr(text.out, "\n- 1 -\n"));

    zp_findings found;
    zp_findings_init(&found);
    zp_diags diags;
    zp_diags_init(&diags);
    assert_int_equal(zp_check_file(path, &found, &diags), 0);
    /* 205's 基本支出 is not its 款's, nor 20502's its 项's or its row's. */
    const char *want[][2] = {{"code-sum", "205\t"}, {"code-sum", "20502\t"}, {"row-sum", "20502\t"}};
    assert_int_equal(found.count, 3);
    for (size_t i = 0; i < found.count; i++) {
        const zp_finding *f = &found.items[i];
        const char *line = text.out;
        for (int k = 1; k < f->line && line; k++) {
            line = strchr(line, '\n');
            line = line ? line + 1 : NULL;
        }
        assert_non_null(line);
        assert_string_equal(f->check, want[i][0]);
        if (strncmp(line, want[i][1], strlen(want[i][1])) != 0)
            fail_msg("finding %zu (%s) at line %d: \"%.40s\"", i, f->check, f->line, line);
        assert_int_equal(f->page, 2);
    }
    cli_free(&text);
    zp_findings_free(&found);
    zp_diags_free(&diags);
}

/* 300 pages take the memory of 30: pages are read and dropped one by one. */
static void test_300_pages_constant_memory(void **state)
{
    (void)state;
    char small[128], big[128];
    snprintf(small, sizeof small, "%s/p30.pdf", dir);
    snprintf(big, sizeof big, "%s/p300.pdf", dir);
    int forever = 0;
    write_pdf(small, 30, PER_PAGE, seed_line, &forever);
    write_pdf(big, 300, PER_PAGE, seed_line, &forever);
    int s1, s2;
    long kb30 = run_peak_kb(&s1, "check", small, NULL);
    long kb300 = run_peak_kb(&s2, "check", big, NULL);
    assert_int_equal(s1, 1);
    assert_int_equal(s2, 1);
    print_message("peak memory: 30 pages %ld KB, 300 pages %ld KB\n", kb30, kb300);
    assert_true(kb300 < kb30 + 8 * 1024);

    /* And it is read whole: the last page's figures are there. */
    cli_result r = run_cli("text --page '%s'", big);
    assert_int_equal(r.status, 0);
    assert_contains(r.out, " 300\t");
    cli_free(&r);
}

static void test_damaged(void **state)
{
    (void)state;
    char good[128], cut[128], cmd[512];
    snprintf(good, sizeof good, "%s/good.pdf", dir);
    snprintf(cut, sizeof cut, "%s/cut.pdf", dir);
    int once = 1;
    write_pdf(good, 3, PER_PAGE, seed_line, &once);
    /* Cut off the middle: MuPDF repairs what it can, and we say what it
     * cannot; either way no crash and a clear status. */
    snprintf(cmd, sizeof cmd, "head -c 3000 '%s' > '%s'", good, cut);
    assert_int_equal(system(cmd), 0);
    cli_result r = run_cli("check '%s'", cut);
    assert_true(r.status == 0 || r.status == 1 || r.status == 2);
    if (r.status == 2)
        assert_contains(r.err, cut);
    cli_free(&r);
    /* Only a header. */
    snprintf(cmd, sizeof cmd, "printf '%%%%PDF-1.4\\n' > '%s'", cut);
    assert_int_equal(system(cmd), 0);
    r = run_cli("check '%s'", cut);
    assert_int_equal(r.status, 2);
    assert_contains(r.err, "PDF");
    cli_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lines_and_pages),
        cmocka_unit_test(test_findings_as_in_text),
        cmocka_unit_test(test_table_across_pages),
        cmocka_unit_test(test_300_pages_constant_memory),
        cmocka_unit_test(test_damaged),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
