/*
 * bench_report DIR OUT: the report benchmark (issue 3).
 *
 * For every *.yaml file in DIR, in name order: load the unit-year, derive,
 * score it against the framework it names (each framework loaded once),
 * build the report and render it as DOCX, and write OUT/<name>.docx: the
 * work of `ziping report FILE -o FILE.docx`, in one process. Timed apart
 * from that, it writes OUT/<name>.md, the same report in Markdown, for the
 * peer (pandoc) to convert.
 *
 * Prints "key value" lines that bench/report/run.sh reads: documents,
 * seconds, ms per document (with the time of each stage), DOCX bytes, and
 * peak memory. Exit status: 0, or 2 when a file cannot be read or written.
 */
#define _POSIX_C_SOURCE 200809L

#include <sys/resource.h>

#include "common/bench_util.h"

enum { ST_LOAD, ST_DERIVE, ST_SCORE, ST_BUILD, ST_DOCX, ST_WRITE, ST_COUNT };
static const char *const stage_names[ST_COUNT] = {"load",   "derive", "score",
                                                  "build",  "docx",   "write"};

static char *out_path(const char *out, const char *yaml, const char *ext)
{
    const char *base = strrchr(yaml, '/');
    base = base ? base + 1 : yaml;
    size_t stem = strlen(base) - 5; /* ".yaml" */
    size_t n = strlen(out) + 1 + stem + strlen(ext) + 1;
    char *p = xmalloc(n);
    snprintf(p, n, "%s/%.*s%s", out, (int)stem, base, ext);
    return p;
}

int main(int argc, char **argv)
{
    if (argc != 3 || argv[1][0] == '-') {
        fputs("usage: bench_report DIR OUT\n"
              "Writes the DOCX report of every DIR/*.yaml unit-year into OUT (timed), and\n"
              "its Markdown (not timed) for a peer to convert.\n",
              stderr);
        return 2;
    }
    size_t n;
    char **paths = list_yaml(argv[1], &n);
    zp_framework_cache *frameworks = zp_framework_cache_new();
    int64_t stage[ST_COUNT] = {0};
    size_t docs = 0, bytes = 0, failed = 0;
    int64_t start = now_ns();
    int64_t untimed = 0; /* the Markdown for the peer */
    for (size_t i = 0; i < n; i++) {
        zp_diags diags;
        zp_diags_init(&diags);
        int64_t t0 = now_ns();
        zp_unit *u = zp_unit_load(paths[i], &diags);
        int64_t t1 = now_ns();
        stage[ST_LOAD] += t1 - t0;
        if (!u) {
            failed++;
            zp_diags_free(&diags);
            continue;
        }
        zp_derived *d = zp_derive(u);
        int64_t t2 = now_ns();
        stage[ST_DERIVE] += t2 - t1;
        zp_score_result *s = NULL;
        if (u->evaluation.framework) {
            const zp_framework *f =
                zp_framework_cache_get(frameworks, u->evaluation.framework, &diags);
            if (f)
                s = zp_score(u, d, f, &diags);
        }
        int64_t t3 = now_ns();
        stage[ST_SCORE] += t3 - t2;
        zp_report *r = zp_report_build(u, d, s);
        int64_t t4 = now_ns();
        stage[ST_BUILD] += t4 - t3;
        zp_bytes docx;
        bool ok = zp_report_render(r, ZP_REPORT_DOCX, NULL, &docx, &diags);
        int64_t t5 = now_ns();
        stage[ST_DOCX] += t5 - t4;
        char *path = out_path(argv[2], paths[i], ".docx");
        ok = ok && zp_write_file_atomic(path, docx.data, docx.len, &diags);
        int64_t t6 = now_ns();
        stage[ST_WRITE] += t6 - t5;
        if (ok) {
            docs++;
            bytes += docx.len;
        } else {
            failed++;
            zp_diags_print(&diags, stderr);
        }
        free(docx.data);
        free(path);
        /* The peer's input, not timed. */
        char *md = zp_render_report_md(r);
        path = out_path(argv[2], paths[i], ".md");
        zp_write_file_atomic(path, md, strlen(md), &diags);
        free(path);
        free(md);
        untimed += now_ns() - t6;
        zp_report_free(r);
        zp_score_free(s);
        zp_derived_free(d);
        zp_unit_free(u);
        zp_diags_free(&diags);
    }
    int64_t elapsed = now_ns() - start - untimed;
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    /* Floats only for printing. */
    printf("documents %zu\n", docs);
    printf("failed %zu\n", failed);
    printf("seconds %.3f\n", (double)elapsed / 1e9);
    printf("ms_per_document %.3f\n", docs ? (double)elapsed / 1e6 / (double)docs : 0.0);
    for (int k = 0; k < ST_COUNT; k++)
        printf("stage_%s_ms %.3f\n", stage_names[k],
               docs ? (double)stage[k] / 1e6 / (double)docs : 0.0);
    printf("docx_kb_per_document %.1f\n", docs ? (double)bytes / 1024.0 / (double)docs : 0.0);
    printf("peak_rss_mb %.1f\n", (double)ru.ru_maxrss / 1024.0);
    zp_framework_cache_free(frameworks);
    for (size_t i = 0; i < n; i++)
        free(paths[i]);
    free(paths);
    return failed ? 2 : 0;
}
