/*
 * Paragraphs: text pulled from a PDF is hard-wrapped (a sentence runs over
 * several lines, blank lines and page numbers between, "109.6" at the end of
 * one line and "万元" at the start of the next). The joiner puts the lines of
 * one paragraph back together and remembers where every byte came from, so
 * that a finding still names the line of the file as given.
 *
 * A line continues into the next non-blank line when the next does not
 * start a heading or list item, neither is a table row, and either the line
 * stops mid-sentence or it is as wide as the page (a wrapped paragraph whose
 * sentence happens to end at the margin).
 */
#ifndef ZP_CHECK_PARA_H
#define ZP_CHECK_PARA_H

#include <stdbool.h>
#include <stddef.h>

#include "base/mem.h"
#include "ziping/check.h"

/* Where a run of the paragraph's bytes came from. */
typedef struct zp_seg {
    size_t off;  /* first byte of the run in the paragraph */
    int line;    /* its line */
    int col0;    /* 1-based character column of that byte in its line */
    int page;
} zp_seg;

typedef struct zp_para {
    zp_buf text;
    zp_seg *segs;
    size_t nsegs, segcap;
    int first_line, last_line;
    bool table;        /* a table row (cells apart by tabs or spaces) */
    int heading;       /* 1..5 when it starts with a heading or list marker */
    size_t marker_len; /* bytes of that marker */
    /* The last place located, so that locating places in order along one
     * long line costs the distance between them, not from its start. */
    size_t memo_seg, memo_off;
    int memo_col;
} zp_para;

typedef void (*zp_para_fn)(void *ctx, zp_para *p);

enum { ZP_WIDTH_WINDOW = 40, ZP_PARA_MAX = 64 * 1024 };

typedef struct zp_joiner {
    zp_para cur;
    bool open;
    size_t last_width;
    bool last_ends_sentence;
    bool heading_line; /* the paragraph so far is one line with a heading's marker */
    int widths[ZP_WIDTH_WINDOW];
    int nwidths, wpos;
    int full_lines; /* lines seen at (nearly) the widest recent width */
    zp_para_fn emit;
    void *ctx;
} zp_joiner;

void zp_ck_joiner_init(zp_joiner *j, zp_para_fn emit, void *ctx);
void zp_ck_joiner_feed(zp_joiner *j, const zp_text_line *line);
/* End of document: emit what is open. */
void zp_ck_joiner_flush(zp_joiner *j);
void zp_ck_joiner_free(zp_joiner *j);

/* Where byte off of p came from. */
void zp_ck_para_locate(const zp_para *p, size_t off, int *line, int *col, int *page);

/* Heading or list marker at the start of s: level 1 一、, 2 （一）, 3 1、 1.,
 * 4 （1）, 5 ① (a); 0 when none. *marker_len gets its length in bytes
 * (leading spaces included). */
int zp_ck_heading_level(const char *s, size_t len, size_t *marker_len);
/* A row of a table: cells apart by tabs, or a name followed by figures
 * apart by spaces with no sentence punctuation, or a header of 分值/得分. */
bool zp_ck_is_table_row(const char *s, size_t len);
/* A page number on its own ("- 3 -", "第 3 页", "3/12", "3"). */
bool zp_ck_is_page_number(const char *s, size_t len);

#endif
