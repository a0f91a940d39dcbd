/*
 * The readers behind zp_doc: each turns one kind of file into raw lines
 * (bytes, not yet normalised) one at a time, holding at most one line, one
 * paragraph or one page in memory.
 */
#ifndef ZP_EXTRACT_H
#define ZP_EXTRACT_H

#include <stdio.h>

#include "base/mem.h"
#include "check/simplify.h"
#include "ziping/check.h"

/* A line longer than this is cut into pieces that keep its line number, so
 * that one line of a 100 MB file without newlines cannot take 100 MB. */
enum { ZP_LINE_MAX = 1 << 20 };

typedef struct zp_reader {
    /* 1 with the next raw line in *text and *len (valid until the next call),
     * 0 at the end, -1 on error (after zp_ck_doc_fail). *same_line is set when
     * this piece continues the previous line (see ZP_LINE_MAX). */
    int (*next)(zp_doc *doc, const char **text, size_t *len, int *page, int *same_line);
    void (*close)(zp_doc *doc);
} zp_reader;

struct zp_doc {
    char *path;
    zp_doc_kind kind;
    zp_diags *diags;
    const zp_reader *reader;
    void *impl;
    zp_buf norm;   /* the current line, normalised */
    zp_simplifier simp; /* and in simplified characters */
    int number;    /* of the current line */
    int failed;
};

/* Add a ZP_FATAL naming the file; always returns -1. */
int zp_ck_doc_fail(zp_doc *doc, const char *gloss, const char *fmt, ...) ZP_PRINTF(3, 4);

/* Each reader's open: 0, or -1 after zp_ck_doc_fail. f is positioned at 0 and
 * is the reader's to keep (or close). */
int zp_ck_text_open(zp_doc *doc, FILE *f);
int zp_ck_docx_open(zp_doc *doc, FILE *f);
int zp_ck_pdf_open(zp_doc *doc, FILE *f);

#endif
