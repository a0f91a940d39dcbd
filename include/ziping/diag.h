/*
 * Places and findings. Every message a user sees names a place
 * (file:line:column), a severity, and says in Chinese what is wrong and what
 * to do, with a short English gloss.
 */
#ifndef ZIPING_DIAG_H
#define ZIPING_DIAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* A place in an input file; line and col are 1-based, line 0 means "the file
 * as a whole" and file NULL means "no file". */
typedef struct zp_mark {
    const char *file;
    int line;
    int col;
} zp_mark;

typedef enum zp_severity {
    ZP_INFO,
    ZP_WARNING,
    ZP_ERROR, /* a finding: the data are inconsistent (exit 1) */
    ZP_FATAL  /* bad input: the file cannot be used as it is (exit 2) */
} zp_severity;

typedef struct zp_diag {
    zp_severity severity;
    char *kind;    /* stable identifier, e.g. "split-mismatch" */
    char *file;    /* owned copy, may be NULL */
    int line, col;
    char *message; /* Chinese */
    char *gloss;   /* English, may be NULL */
    char *detail;  /* further lines (stated / computed / interval), may be NULL */
} zp_diag;

typedef struct zp_diags {
    zp_diag *items;
    size_t count, cap;
} zp_diags;

void zp_diags_init(zp_diags *d);
void zp_diags_free(zp_diags *d);
#if defined(__GNUC__)
#define ZP_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define ZP_PRINTF(a, b)
#endif
/* Add a finding and return it (so a caller can attach a detail). */
zp_diag *zp_diags_add(zp_diags *d, zp_severity sev, const char *kind, zp_mark at,
                      const char *gloss, const char *fmt, ...) ZP_PRINTF(6, 7);
void zp_diag_set_detail(zp_diag *g, const char *fmt, ...) ZP_PRINTF(2, 3);
size_t zp_diags_count(const zp_diags *d, zp_severity sev);
/* 2 if any fatal, 1 if any error, else 0. */
int zp_diags_exit_code(const zp_diags *d);
/* Order by file, line, column; stable for findings at one place. */
void zp_diags_sort(zp_diags *d);
/* One finding per line, like a compiler: FILE:LINE:COL: severity: message (gloss) */
void zp_diags_print(const zp_diags *d, FILE *out);
const char *zp_severity_name(zp_severity s);

#endif
