/*
 * bench_core DIR: the core benchmark (issue 2).
 *
 * For every *.yaml file in DIR, in name order: load the unit-year, derive
 * its figures, validate it, score it against the framework it names and
 * check what it states about its scores, then free everything. That is the
 * work `ziping validate` does for one file, except that each framework is
 * loaded once per name and kept (a batch run has no reason to re-read the
 * same framework ten thousand times); loading it is measured, once.
 *
 * Prints the number of files and findings, wall-clock seconds (monotonic
 * clock), units per second, the time spent in each stage, and peak resident
 * memory (getrusage), as "key value" lines that bench/core/run.sh reads.
 * Exit status: 0 when every file loaded, 1 when some were refused, 2 on a
 * usage or I/O error.
 */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "ziping.h"
#include "common/bench_util.h"

/* The stages timed separately, in the order they run for each file. */
enum { ST_LOAD, ST_DERIVE, ST_VALIDATE, ST_FRAMEWORK, ST_SCORE, ST_CHECK, ST_COUNT };
static const char *const stage_names[ST_COUNT] = {"load",      "derive", "validate",
                                                  "framework", "score",  "check"};

typedef struct totals {
    size_t files, refused, with_errors;
    size_t by_severity[ZP_FATAL + 1];
    int64_t stage_ns[ST_COUNT];
} totals;

/* One file: the measured work. Stage times accumulate in t. */
static void run_one(const char *path, zp_framework_cache *frameworks, totals *t)
{
    zp_diags diags;
    zp_diags_init(&diags);
    int64_t t0 = now_ns();
    zp_unit *u = zp_unit_load(path, &diags);
    int64_t t1 = now_ns();
    t->stage_ns[ST_LOAD] += t1 - t0;
    if (u) {
        zp_derived *d = zp_derive(u);
        int64_t t2 = now_ns();
        zp_validate(u, d, &diags);
        int64_t t3 = now_ns();
        t->stage_ns[ST_DERIVE] += t2 - t1;
        t->stage_ns[ST_VALIDATE] += t3 - t2;
        if (u->evaluation.framework) {
            const zp_framework *f =
                zp_framework_cache_get(frameworks, u->evaluation.framework, &diags);
            int64_t t4 = now_ns();
            t->stage_ns[ST_FRAMEWORK] += t4 - t3;
            if (f) {
                zp_score_result *s = zp_score(u, d, f, &diags);
                int64_t t5 = now_ns();
                if (s)
                    zp_score_check(s, &diags);
                int64_t t6 = now_ns();
                t->stage_ns[ST_SCORE] += t5 - t4;
                t->stage_ns[ST_CHECK] += t6 - t5;
                zp_score_free(s);
            }
        }
        zp_derived_free(d);
        zp_unit_free(u);
    }
    for (int s = ZP_INFO; s <= ZP_FATAL; s++)
        t->by_severity[s] += zp_diags_count(&diags, (zp_severity)s);
    int rc = zp_diags_exit_code(&diags);
    t->refused += rc == 2;
    t->with_errors += rc == 1;
    t->files++;
    zp_diags_free(&diags);
}

int main(int argc, char **argv)
{
    if (argc != 2 || argv[1][0] == '-') {
        fputs("usage: bench_core DIR\n"
              "Loads, derives, validates and scores every DIR/*.yaml unit-year; prints\n"
              "files, findings, seconds, units per second and peak memory.\n",
              stderr);
        return 2;
    }
    size_t n;
    char **paths = list_yaml(argv[1], &n);
    if (n == 0) {
        fprintf(stderr, "bench_core: no .yaml files in %s\n", argv[1]);
        return 2;
    }

    zp_framework_cache *frameworks = zp_framework_cache_new();
    totals t = {0};
    int64_t start = now_ns();
    for (size_t i = 0; i < n; i++)
        run_one(paths[i], frameworks, &t);
    int64_t elapsed = now_ns() - start;

    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);

    /* Floats only for printing; nothing here feeds back into the library. */
    double seconds = (double)elapsed / 1e9;
    printf("files %zu\n", t.files);
    printf("refused %zu\n", t.refused);
    printf("files_with_errors %zu\n", t.with_errors);
    printf("fatal %zu\n", t.by_severity[ZP_FATAL]);
    printf("errors %zu\n", t.by_severity[ZP_ERROR]);
    printf("warnings %zu\n", t.by_severity[ZP_WARNING]);
    printf("frameworks_loaded %zu\n", zp_framework_cache_loads(frameworks));
    printf("seconds %.3f\n", seconds);
    printf("units_per_second %.0f\n", seconds > 0 ? (double)t.files / seconds : 0.0);
    printf("us_per_unit %.1f\n", (double)elapsed / 1e3 / (double)t.files);
    for (int s = 0; s < ST_COUNT; s++)
        printf("stage_%s_seconds %.3f\n", stage_names[s], (double)t.stage_ns[s] / 1e9);
    /* Linux reports ru_maxrss in kilobytes. */
    printf("peak_rss_mb %.1f\n", (double)ru.ru_maxrss / 1024.0);

    zp_framework_cache_free(frameworks);
    for (size_t i = 0; i < n; i++)
        free(paths[i]);
    free(paths);
    return t.refused ? 1 : 0;
}
