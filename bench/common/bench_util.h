/*
 * What the benchmark programs share: a monotonic clock, allocation that
 * dies loudly, the sorted list of a folder's *.yaml files, and frameworks
 * loaded once per name. Header-only: each benchmark is one program.
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

static inline char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(xmalloc(n), s, n);
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

/* Frameworks by name, each loaded the first time a file names it. There are
 * a handful of names at most, so a list is all it needs. */
typedef struct fw_entry {
    char *name;
    zp_framework *f; /* NULL if it failed to load */
} fw_entry;

typedef struct fw_cache {
    fw_entry items[64];
    size_t count;
} fw_cache;

static inline zp_framework *framework_for(fw_cache *c, const char *name, zp_diags *diags,
                                   bool *loaded_now)
{
    *loaded_now = false;
    for (size_t i = 0; i < c->count; i++) {
        if (!strcmp(c->items[i].name, name))
            return c->items[i].f;
    }
    zp_framework *f = zp_framework_load(name, diags);
    *loaded_now = true;
    /* Past 64 names, stop caching rather than fail: still correct, only slower. */
    if (c->count < sizeof c->items / sizeof c->items[0])
        c->items[c->count++] = (fw_entry){xstrdup(name), f};
    return f;
}

static inline void fw_cache_free(fw_cache *c)
{
    for (size_t i = 0; i < c->count; i++) {
        zp_framework_free(c->items[i].f);
        free(c->items[i].name);
    }
    c->count = 0;
}

#endif
