/*
 * The report checker (issue 4): read a published 部门整体支出绩效自评报告
 * (plain text, DOCX or PDF) as a stream of text lines, and find every figure
 * in it that cannot be right.
 *
 * Reading streams: one line at a time, so memory does not grow with the
 * number of pages. Checking keeps per document only what later statements
 * can refer back to (a bounded ledger of quantities), so it streams too.
 *
 * Every arithmetic claim is checked with interval arithmetic: a stated figure
 * stands for every value that rounds to it, and a claim is an error only when
 * no values inside those intervals make it true.
 */
#ifndef ZIPING_CHECK_H
#define ZIPING_CHECK_H

#include <stdbool.h>
#include <stddef.h>

#include "ziping/diag.h"
#include "ziping/numbers.h"

/* ---- Reading -------------------------------------------------------- */

typedef enum zp_doc_kind { ZP_DOC_TEXT, ZP_DOC_DOCX, ZP_DOC_PDF } zp_doc_kind;

/* One line of a document, normalised (full-width digits and punctuation
 * folded, odd spaces made plain, invalid bytes replaced). */
typedef struct zp_text_line {
    const char *text; /* UTF-8, no newline; valid until the next zp_doc_next */
    size_t len;
    int number;       /* 1-based: the line of the file for plain text; the line
                         of `ziping text` output for DOCX and PDF */
    int page;         /* 1-based page for PDF, 0 when unknown */
} zp_text_line;

typedef struct zp_doc zp_doc;

/* Open a document; its kind is told by its first bytes, not by its name.
 * On failure returns NULL and adds a ZP_FATAL finding naming the file. */
zp_doc *zp_doc_open(const char *path, zp_diags *diags);
/* 1: *line holds the next line; 0: end of document; -1: a read error
 * (a ZP_FATAL finding was added to the diags given to zp_doc_open). */
int zp_doc_next(zp_doc *doc, zp_text_line *line);
zp_doc_kind zp_doc_kind_of(const zp_doc *doc);
void zp_doc_close(zp_doc *doc);

/* ---- Findings ------------------------------------------------------- */

typedef struct zp_finding {
    zp_severity severity;
    const char *kind;  /* arithmetic, contradiction, ill-defined, wording, fact */
    const char *check; /* the rule: rate, yoy, sum, share, split-change,
                          score-rate, score-sum, grade, same-quantity,
                          zero-base, direction, expenditure-word, count,
                          exists, year */
    int line, end_line; /* 1-based, as zp_text_line.number */
    int col;            /* 1-based character column in line, 0 unknown */
    int page;           /* 0 unknown */
    char *quote;        /* the text the claim was read from */
    char *message;      /* Chinese */
    const char *gloss;  /* short English */
    char *stated;       /* human-readable figures, each may be NULL */
    char *computed;
    char *allowed;
    char *note;         /* how the computed figure was made */
    /* The same figures as exact numbers, for JSON. */
    bool has_stated;
    zp_dec stated_value;
    bool has_computed;
    zp_rat computed_value;
    int computed_places;
    bool has_allowed;
    zp_interval allowed_interval;
    char unit[16];      /* of the figures above: "%", "万元", "分", "人"... */
    int other_line;     /* contradiction and fact: where the other statement is */
} zp_finding;

typedef struct zp_findings {
    zp_finding *items;
    size_t count, cap;
} zp_findings;

void zp_findings_init(zp_findings *f);
void zp_findings_free(zp_findings *f);
size_t zp_findings_count(const zp_findings *f, zp_severity sev);
/* Human output, like a compiler, through zp_diags_print. */
void zp_findings_print(const zp_findings *f, const char *file, FILE *out);
/* The findings as a zp_diags list (file names copied). */
void zp_findings_to_diags(const zp_findings *f, const char *file, zp_diags *out);
/* {"file": …, "errors": n, "warnings": n, "findings": [...]} and a final
 * newline, malloc'd; error, when not NULL, says why the file was unreadable. */
char *zp_findings_json(const zp_findings *f, const char *file, const char *error);

/* ---- Checking ------------------------------------------------------- */

typedef struct zp_checker zp_checker;

zp_checker *zp_checker_new(void);
/* Feed the document's lines in order. */
void zp_checker_feed(zp_checker *c, const zp_text_line *line);
/* End of document: run the document-wide checks and move every finding,
 * sorted by line, into out. The checker can then take another document. */
void zp_checker_finish(zp_checker *c, zp_findings *out);
void zp_checker_free(zp_checker *c);

/* Read and check one file. Returns 0, or -1 when the file cannot be read
 * (a ZP_FATAL finding naming it is added to diags). */
int zp_check_file(const char *path, zp_findings *out, zp_diags *diags);
/* Check a text held in memory, split at newlines (tests and fuzzing). */
void zp_check_text(const char *text, size_t len, zp_findings *out);

#endif
