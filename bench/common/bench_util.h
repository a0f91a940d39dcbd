/*
 * What the benchmark programs share: a monotonic clock, allocation that
 * dies loudly and the sorted list of a folder's *.yaml files (frameworks
 * are loaded once each by the library's zp_framework_cache). Header-only: each benchmark is one program.
 */
#ifndef ZP_BENCH_UTIL_H
#define ZP_BENCH_UTIL_H

#include <dirent.h>
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ziping.h"

static inline int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static inline void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        fputs("bench: out of memory\n", stderr);
        exit(2);
    }
    return p;
}

static inline int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The paths of DIR's *.yaml files, sorted so that every run sees the same
 * order. Listing is not part of the measured work. */
static inline char **list_yaml(const char *dir, size_t *count)
{
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "bench: cannot open %s: %s\n", dir, strerror(errno));
        exit(2);
    }
    size_t n = 0, cap = 1024;
    char **paths = xmalloc(cap * sizeof *paths);
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        if (len < 6 || strcmp(e->d_name + len - 5, ".yaml") != 0)
            continue;
        if (n == cap) {
            cap *= 2;
            char **bigger = realloc(paths, cap * sizeof *paths);
            if (!bigger) {
                fputs("bench: out of memory\n", stderr);
                exit(2);
            }
            paths = bigger;
        }
        size_t size = strlen(dir) + 1 + len + 1;
        paths[n] = xmalloc(size);
        snprintf(paths[n], size, "%s/%s", dir, e->d_name);
        n++;
    }
    closedir(d);
    qsort(paths, n, sizeof *paths, cmp_str);
    *count = n;
    return paths;
}

#endif
