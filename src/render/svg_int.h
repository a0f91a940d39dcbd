/*
 * The SVG charts (internal to render/): how the pieces fit.
 *
 *   svg_chart.c   zp_svg_chart, what every chart has (clean labels, the
 *                 <svg> with its title and description), the legend and
 *                 the unit note
 *   svg_bars.c    vertical and horizontal bars
 *   svg_shares.c  parts of a whole: a 100% stacked bar per series
 *   svg_axis.c    the value axis: its round steps and tick labels
 *   svg_text.c    clean text, text widths and wrapped labels
 *   svg_draw.c    the elements every chart is drawn with
 *
 * Every length is an integer number of tenths of a user unit (the chart is
 * 600 units wide: about the 156 mm type area of an A4 page); values are
 * placed with exact rational arithmetic on their decimals and rounded once
 * to a tenth. Text widths are estimated from display widths (a Chinese
 * character is 1 em, a digit or Latin letter 0.58 em), which is what
 * wrapping and label placement need.
 */
#ifndef ZP_RENDER_SVG_INT_H
#define ZP_RENDER_SVG_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "render/svg_chart.h"

enum {
    ZP_SVG_WIDTH = 6000,    /* chart width */
    ZP_SVG_PAD = 120,       /* margin around everything */
    ZP_SVG_FS = 130,        /* category labels, legend */
    ZP_SVG_FS_VAL = 115,    /* value labels */
    ZP_SVG_FS_AXIS = 115,   /* tick labels, unit */
    ZP_SVG_LINE = 165,      /* line pitch of wrapped labels */
    ZP_SVG_SWATCH = 110,    /* legend colour square */
    ZP_SVG_MAX_LINES = 3,   /* of a wrapped label; more is cut with "…" */
    ZP_SVG_MAX_SCAN = 16,   /* lines looked at before a label is known to be cut */
    ZP_SVG_LEGEND_ROW = 200 /* pitch of the legend's rows */
};

#define ZP_SVG_INK "#1a1a1a"
#define ZP_SVG_INK_SOFT "#444444"
#define ZP_SVG_GRID "#d4d4d4"
#define ZP_SVG_AXIS "#333333"

/* Fills that read apart in greyscale too (dark and light alternate), and
 * the ink that reads on each; series or parts take them in turn. */
enum { ZP_SVG_N_PALETTE = 8 };
typedef struct zp_svg_colour {
    const char *fill, *ink;
} zp_svg_colour;
extern const zp_svg_colour zp_svg_palette[ZP_SVG_N_PALETTE];

static inline int64_t zp_svg_iabs64(int64_t v)
{
    return v < 0 ? -v : v;
}

/* ---- svg_text.c ---- */

/* A label: clean, on one line (newlines and tabs become spaces); malloc'd. */
char *zp_svg_label_text(const char *s);
/* The estimated width of s (clean) at font size fs. */
int64_t zp_svg_text_width(const char *s, int64_t fs);

/* A label broken into lines no wider than a width. */
typedef struct zp_svg_wrapped {
    int n;
    size_t off[ZP_SVG_MAX_SCAN], len[ZP_SVG_MAX_SCAN];
    int64_t w[ZP_SVG_MAX_SCAN];
    bool cut;      /* more lines than shown: the last one ends in "…" */
    int64_t width; /* of the widest line shown */
} zp_svg_wrapped;

/* s broken at the places a line may break, into at most max_lines lines
 * no wider than maxw. */
void zp_svg_wrap(zp_svg_wrapped *wr, const char *s, int64_t fs, int64_t maxw, int max_lines);
/* Line k of a wrapped label, malloc'd. */
char *zp_svg_line_of(const zp_svg_wrapped *wr, const char *s, int k);

/* ---- svg_draw.c ---- */

/* t tenths as a fixed decimal ("12", "12.5"), in buf. */
const char *zp_svg_tenths(char *buf, size_t size, int64_t t);
void zp_svg_attr_tenths(zp_xw *x, const char *name, int64_t t);
/* A <rect>, with a <title> (its tooltip) when title is not NULL. */
void zp_svg_put_rect(zp_xw *x, const char *cls, int64_t x0, int64_t y0, int64_t w, int64_t h,
                     const char *fill, const char *title);
void zp_svg_put_line(zp_xw *x, int64_t x1, int64_t y1, int64_t x2, int64_t y2, const char *stroke,
                     int64_t width);
/* <text> with its attributes written, content to follow. */
void zp_svg_start_text(zp_xw *x, const char *cls, int64_t x0, int64_t y0, const char *anchor,
                       int64_t fs, const char *fill);
void zp_svg_put_text(zp_xw *x, const char *cls, int64_t x0, int64_t y0, const char *anchor,
                     int64_t fs, const char *fill, const char *text);
/* A wrapped label, its first baseline at y0. */
void zp_svg_put_wrapped(zp_xw *x, const char *cls, int64_t x0, int64_t y0, const char *anchor,
                        const zp_svg_wrapped *wr, const char *s);
/* The baseline that centres a line of size fs on y. */
int64_t zp_svg_mid_base(int64_t y, int64_t fs);

/* ---- svg_axis.c ---- */

typedef struct zp_svg_axis {
    zp_rat lo, hi, span, step;
    int n;      /* gridline intervals */
    int places; /* decimals of the tick labels */
} zp_svg_axis;

/* Whether series s has a value for category c, and that value (0 when
 * none). */
bool zp_svg_has_value(const zp_doc_series *s, size_t c);
zp_rat zp_svg_value_of(const zp_doc_series *s, size_t c);
/* An axis from 0 (or below, for negative values) to the chart's axis_max,
 * with 3 to 8 round intervals. */
zp_svg_axis zp_svg_axis_of(const zp_doc_chart *ch);
/* Where v falls on an axis drawn len long (0 at lo), in tenths. */
int64_t zp_svg_axis_pos(const zp_svg_axis *a, zp_rat v, int64_t len);
/* The value of gridline k (0 at lo), and its label, malloc'd. */
zp_rat zp_svg_tick_value(const zp_svg_axis *a, int k);
char *zp_svg_tick_label(const zp_svg_axis *a, int k);
int64_t zp_svg_widest_tick(const zp_svg_axis *a);

/* ---- svg_chart.c ---- */

/* The chart being drawn: the writer, the data and its clean labels. */
typedef struct zp_svg_plot {
    zp_xw *x;
    const zp_doc_chart *ch;
    const char *id;
    unsigned flags;
    bool percent;    /* values are percentages: labels get a "%" */
    char **cats;     /* clean labels, one per category */
    char **names;    /* clean series names */
    char ***vals;    /* value labels [series][category], "" when none */
    char *unit_note; /* "单位：万元", or NULL */
} zp_svg_plot;

/* A bar's tooltip: "一般公共预算 决算数：320.61万元"; malloc'd. */
char *zp_svg_bar_title(const zp_svg_plot *c, size_t s, size_t k);
/* The <svg> element of a chart of that height, with its title and
 * description; zp_svg_chart_close ends it. */
void zp_svg_chart_open(zp_svg_plot *c, int64_t height);
void zp_svg_chart_close(zp_svg_plot *c);

/* Legend items laid out in rows within [x0, x0 + width), right-aligned or
 * from the left; an item wider than a row is cut with "…". */
typedef struct zp_svg_legend {
    size_t n;
    const char **texts;
    const char **fills;
    char **shown;   /* each item's text as drawn */
    int64_t *x, *y; /* each item's swatch, top left */
    int64_t height; /* taken by the rows */
} zp_svg_legend;

void zp_svg_legend_layout(zp_svg_legend *l, int64_t x0, int64_t y0, int64_t width, bool right);
void zp_svg_legend_put(zp_xw *x, const zp_svg_legend *l);
/* Frees what the legend holds, texts and fills too (not their strings). */
void zp_svg_legend_free(zp_svg_legend *l);
/* The series' legend (when any series has a name), beside the unit note
 * or under it; the y below both. */
int64_t zp_svg_header_layout(zp_svg_plot *c, zp_svg_legend *l, bool series_legend);
void zp_svg_put_unit_note(zp_svg_plot *c);

/* ---- the chart kinds ---- */

void zp_svg_bars(zp_svg_plot *c);   /* svg_bars.c */
void zp_svg_hbars(zp_svg_plot *c);  /* svg_bars.c */
void zp_svg_shares(zp_svg_plot *c); /* svg_shares.c */

#endif
