/*
 * The three real reports of tests/seeds against tests/seeds/FINDINGS.md:
 * every finding listed there is reported, at its lines and of its kind; no
 * error or warning is reported on a line of the "must NOT be flagged"
 * tables; and nothing else is reported as an error, since FINDINGS lists
 * every error a careful reviewer found.
 */
#include "testutil.h"
#include "ziping/check.h"

typedef struct want {
    int lo, hi;       /* the lines FINDINGS gives */
    const char *kind; /* arithmetic, contradiction, ill-defined, wording, fact */
} want;

typedef struct seed {
    const char *file;
    want findings[8];
    int nfindings;
    int must_not[64]; /* lines of the "must NOT be flagged" tables */
    int nmust_not;
} seed;

static const seed seeds[] = {
    {"tests/seeds/000_9c5e212a7c0e765c.txt",
     {{115, 119, "contradiction"}},
     1,
     {57, 163, 165},
     3},
    {"tests/seeds/002_30be5d37cd81e4f9.txt",
     {{177, 177, "arithmetic"},
      {209, 211, "arithmetic"},
      {243, 245, "contradiction"},
      {251, 259, "arithmetic"},
      {269, 271, "ill-defined"}},
     5,
     {169, 179, 181, 183, 185, 187, 189, 191, 193, 195, 197, 199, 219, 221, 223, 225, 227, 229,
      231, 233, 235, 237, 239, 241, 245, 247, 249, 251, 253, 255, 257, 259, 263, 265, 271, 273,
      275, 277, 465, 467, 505, 507},
     42},
    {"tests/seeds/004_f5df9d0d11a50e84.txt",
     {{33, 33, "fact"}, {81, 81, "wording"}},
     2,
     {9, 22, 26, 29},
     4},
};

static bool overlaps(const zp_finding *g, const want *w)
{
    return g->line <= w->hi && g->end_line >= w->lo;
}

static void check_seed(const seed *s)
{
    zp_findings found;
    zp_findings_init(&found);
    zp_diags diags;
    zp_diags_init(&diags);
    assert_int_equal(zp_check_file(s->file, &found, &diags), 0);
    assert_int_equal(diags.count, 0);

    for (int i = 0; i < s->nfindings; i++) {
        const want *w = &s->findings[i];
        bool ok = false;
        for (size_t k = 0; k < found.count && !ok; k++)
            ok = found.items[k].severity == ZP_ERROR && overlaps(&found.items[k], w) &&
                 !strcmp(found.items[k].kind, w->kind);
        if (!ok) {
            zp_findings_print(&found, s->file, stderr);
            fail_msg("%s: no %s finding at lines %d-%d", s->file, w->kind, w->lo, w->hi);
        }
    }
    for (size_t k = 0; k < found.count; k++) {
        const zp_finding *g = &found.items[k];
        if (g->severity < ZP_WARNING)
            continue;
        bool expected = false;
        for (int i = 0; i < s->nfindings; i++)
            expected |= overlaps(g, &s->findings[i]) && !strcmp(g->kind, s->findings[i].kind);
        if (!expected) {
            zp_findings_print(&found, s->file, stderr);
            fail_msg("%s:%d: unexpected %s (%s): %s", s->file, g->line,
                     zp_severity_name(g->severity), g->check, g->message);
        }
        /* A finding's own lines never include a line that must not be flagged
         * unless the finding was expected there. */
        for (int i = 0; i < s->nmust_not; i++)
            if (g->line == s->must_not[i] && !expected)
                fail_msg("%s:%d: flagged a figure that holds", s->file, g->line);
    }
    zp_findings_free(&found);
    zp_diags_free(&diags);
}

static void test_seed_000(void **state)
{
    (void)state;
    check_seed(&seeds[0]);
}

static void test_seed_002(void **state)
{
    (void)state;
    check_seed(&seeds[1]);
}

static void test_seed_004(void **state)
{
    (void)state;
    check_seed(&seeds[2]);
}

/* The wrong-base slip of 002 line 209-211 is explained: the base of a
 * decline is last year's 996.65 + 109.6 = 1106.25, not 996.65. */
static void test_wrong_base_explained(void **state)
{
    (void)state;
    zp_findings found;
    zp_findings_init(&found);
    zp_diags diags;
    zp_diags_init(&diags);
    assert_int_equal(zp_check_file(seeds[1].file, &found, &diags), 0);
    const zp_finding *g = NULL;
    for (size_t k = 0; k < found.count; k++)
        if (found.items[k].line == 209)
            g = &found.items[k];
    assert_non_null(g);
    assert_string_equal(g->check, "yoy");
    assert_non_null(g->note);
    assert_contains(g->note, "1106.25");
    assert_contains(g->computed, "-9.91");
    assert_contains(g->stated, "-11");
    zp_findings_free(&found);
    zp_diags_free(&diags);
}

/* Same input, byte-identical output. */
static void test_deterministic(void **state)
{
    (void)state;
    cli_result a = run_cli("check --format json tests/seeds/*.txt");
    cli_result b = run_cli("check --format json tests/seeds/*.txt");
    assert_int_equal(a.status, 1);
    assert_string_equal(a.out, b.out);
    cli_free(&a);
    cli_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_seed_000),
        cmocka_unit_test(test_seed_002),
        cmocka_unit_test(test_seed_004),
        cmocka_unit_test(test_wrong_base_explained),
        cmocka_unit_test(test_deterministic),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
