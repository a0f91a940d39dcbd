/*
 * Word's list numbering (word/numbering.xml), read into bounded tables so
 * that a numbered paragraph's label can be made as Word shows it.
 */
#ifndef ZP_EXTRACT_DOCX_NUMBERING_H
#define ZP_EXTRACT_DOCX_NUMBERING_H

#include <stdbool.h>
#include <stddef.h>
#include <zip.h>

typedef enum zp_numfmt {
    ZP_FMT_NONE, /* bullet, none, or a format not spelled */
    ZP_FMT_DECIMAL,
    ZP_FMT_CHINESE,
    ZP_FMT_CIRCLED,
    ZP_FMT_LOWER,
    ZP_FMT_UPPER,
    ZP_FMT_LOWER_ROMAN,
    ZP_FMT_UPPER_ROMAN
} zp_numfmt;

enum { ZP_NUM_LEVELS = 9, ZP_NUM_ABS_MAX = 128, ZP_NUM_MAX = 512 };

typedef struct zp_numlvl {
    zp_numfmt fmt;
    int start;
    char text[32]; /* lvlText, "%1、" */
} zp_numlvl;

typedef struct zp_numabs {
    int id;
    zp_numlvl lvl[ZP_NUM_LEVELS];
    int count[ZP_NUM_LEVELS]; /* the current number per level, 0 before the first */
} zp_numabs;

typedef struct zp_numbering {
    zp_numabs abs[ZP_NUM_ABS_MAX];
    int nabs;
    struct {
        int id, abs;
    } nums[ZP_NUM_MAX];
    int nnums;
} zp_numbering;

/* Read word/numbering.xml if the archive has one (nothing if not). */
void zp_numbering_load(zp_numbering *nb, zip_t *zip);
/* The next label of list num_id at level ilvl ("二、"); false when the
 * list is unknown or does not show a number. Counts as Word does. */
bool zp_numbering_label(zp_numbering *nb, int num_id, int ilvl, char *out, size_t size);

#endif
