/*
 * Plain text: a 100 MB report is read and checked in the memory of a small
 * one (and so is a file with no newline at all); UTF-16 with a BOM, GB18030
 * and CRLF files read as their UTF-8 equivalent; a hard-wrapped line keeps
 * the line number of the file as given.
 */
#include <iconv.h>

#include "check_fixtures.h"
#include "ziping/check.h"

static char dir[64];
static char *seeds;
static size_t seeds_len;

static int setup(void **state)
{
    (void)state;
    if (tmpdir_make(dir, sizeof dir, "zp_text") != 0)
        return -1;
    char *a = read_all("tests/seeds/000_9c5e212a7c0e765c.txt");
    char *b = read_all("tests/seeds/002_30be5d37cd81e4f9.txt");
    char *c = read_all("tests/seeds/004_f5df9d0d11a50e84.txt");
    if (!a || !b || !c)
        return -1;
    seeds_len = strlen(a) + strlen(b) + strlen(c) + 3;
    seeds = malloc(seeds_len + 1);
    snprintf(seeds, seeds_len + 1, "%s\n%s\n%s\n", a, b, c);
    seeds_len = strlen(seeds);
    free(a);
    free(b);
    free(c);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    free(seeds);
    return tmpdir_remove(dir);
}

/* The seeds over and over up to size bytes; newlines made spaces if flat. */
static void write_repeated(const char *path, size_t size, bool flat)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    char *copy = strdup(seeds);
    if (flat)
        for (char *p = copy; *p; p++)
            if (*p == '\n')
                *p = ' ';
    for (size_t done = 0; done < size; done += seeds_len)
        assert_int_equal(fwrite(copy, 1, seeds_len, f), seeds_len);
    fclose(f);
    free(copy);
}

static void test_100mb_constant_memory(void **state)
{
    (void)state;
    char small[128], big[128];
    snprintf(small, sizeof small, "%s/small.txt", dir);
    snprintf(big, sizeof big, "%s/big.txt", dir);
    write_repeated(small, 2u << 20, false);
    write_repeated(big, 100u << 20, false);
    int s1, s2;
    long kb_small = run_peak_kb(&s1, "check", small, NULL);
    long kb_big = run_peak_kb(&s2, "check", big, NULL);
    assert_int_equal(s1, 1);
    assert_int_equal(s2, 1);
    print_message("peak memory: 2 MB text %ld KB, 100 MB text %ld KB\n", kb_small, kb_big);
    assert_true(kb_big < kb_small + 8 * 1024);
    unlink(big);
}

/* No newline in 100 MB: lines are cut at 1 MB pieces that keep their line
 * number, so memory stays bounded all the same. */
static void test_one_huge_line(void **state)
{
    (void)state;
    char small[128], big[128];
    snprintf(small, sizeof small, "%s/flat_small.txt", dir);
    snprintf(big, sizeof big, "%s/flat_big.txt", dir);
    write_repeated(small, 4u << 20, true);
    write_repeated(big, 100u << 20, true);
    int s1, s2;
    long kb_small = run_peak_kb(&s1, "text", small, NULL);
    long kb_big = run_peak_kb(&s2, "text", big, NULL);
    assert_int_equal(s1, 0);
    assert_int_equal(s2, 0);
    print_message("peak memory, one line: 4 MB %ld KB, 100 MB %ld KB\n", kb_small, kb_big);
    assert_true(kb_big < kb_small + 8 * 1024);
    unlink(big);
    /* And checked: the 4 MB line is one line, and its findings say line 1. */
    long kb_check = run_peak_kb(&s1, "check", small, NULL);
    assert_int_equal(s1, 1);
    print_message("peak memory, checking the 4 MB line: %ld KB\n", kb_check);
    assert_true(kb_check < kb_small + 16 * 1024);
    cli_result r = run_cli("check '%s'", small);
    assert_int_equal(r.status, 1);
    char want[160];
    snprintf(want, sizeof want, "%s:1:", small);
    assert_contains(r.out, want);
    cli_free(&r);
}

static void convert(const char *from_code, const char *in, size_t len, const char *path,
                    const char *prefix, size_t prefix_len)
{
    iconv_t cd = iconv_open(from_code, "UTF-8");
    assert_true(cd != (iconv_t)-1);
    size_t cap = len * 4 + 16;
    char *out = malloc(cap), *dst = out, *src = (char *)in;
    size_t left = len, room = cap;
    assert_true(iconv(cd, &src, &left, &dst, &room) != (size_t)-1);
    iconv_close(cd);
    FILE *f = fopen(path, "wb");
    fwrite(prefix, 1, prefix_len, f);
    fwrite(out, 1, (size_t)(dst - out), f);
    fclose(f);
    free(out);
}

static void test_encodings(void **state)
{
    (void)state;
    const char *seed = "tests/seeds/004_f5df9d0d11a50e84.txt";
    char *utf8 = read_all(seed);
    cli_result want = run_cli("text '%s'", seed);
    assert_int_equal(want.status, 0);
    char path[128];

    snprintf(path, sizeof path, "%s/utf16.txt", dir);
    convert("UTF-16LE", utf8, strlen(utf8), path, "\xFF\xFE", 2);
    cli_result r = run_cli("text '%s'", path);
    assert_int_equal(r.status, 0);
    assert_string_equal(r.out, want.out);
    cli_free(&r);
    r = run_cli("check '%s'", path);
    assert_contains(r.out, ":33:");
    assert_contains(r.out, ":81:");
    cli_free(&r);

    snprintf(path, sizeof path, "%s/gb.txt", dir);
    convert("GB18030", utf8, strlen(utf8), path, "", 0);
    r = run_cli("text '%s'", path);
    assert_int_equal(r.status, 0);
    assert_string_equal(r.out, want.out);
    cli_free(&r);

    /* CRLF and a BOM. */
    snprintf(path, sizeof path, "%s/crlf.txt", dir);
    FILE *f = fopen(path, "wb");
    fputs("\xEF\xBB\xBF", f);
    for (const char *p = utf8; *p; p++) {
        if (*p == '\n')
            fputc('\r', f);
        fputc(*p, f);
    }
    fclose(f);
    r = run_cli("text '%s'", path);
    assert_string_equal(r.out, want.out);
    cli_free(&r);
    cli_free(&want);
    free(utf8);
}

/* A figure and its unit on two lines of a hard-wrapped file: the finding
 * names the file's lines, not the joined paragraph's. */
static void test_wrapped_lines(void **state)
{
    (void)state;
    char path[128];
    snprintf(path, sizeof path, "%s/wrapped.txt", dir);
    FILE *f = fopen(path, "wb");
    fputs("一、部门整体支出情况\n\n"
          "本部门 2023 年度一般公共预算财政拨款支出全年预算数 500\n\n"
          "万元，决算数 450 万元，完成率为 95%，执行较好，较上年\n\n\n\n"
          "- 3 -\n\n"
          "有所提高。\n",
          f);
    fclose(f);
    zp_findings found;
    zp_findings_init(&found);
    zp_diags diags;
    zp_diags_init(&diags);
    assert_int_equal(zp_check_file(path, &found, &diags), 0);
    assert_int_equal(found.count, 1);
    assert_string_equal(found.items[0].check, "rate");
    assert_int_equal(found.items[0].line, 5);
    assert_int_equal(found.items[0].end_line, 5);
    assert_contains(found.items[0].quote, "500万元，决算数 450 万元");
    zp_findings_free(&found);
    zp_diags_free(&diags);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_100mb_constant_memory),
        cmocka_unit_test(test_one_huge_line),
        cmocka_unit_test(test_encodings),
        cmocka_unit_test(test_wrapped_lines),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
