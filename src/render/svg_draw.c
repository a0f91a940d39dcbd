/*
 * The SVG elements the charts are drawn with: rectangles, lines and text,
 * every length written as a fixed decimal of its tenths.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "render/svg_int.h"

const char *zp_svg_tenths(char *buf, size_t size, int64_t t)
{
    uint64_t a = t < 0 ? (uint64_t)0 - (uint64_t)t : (uint64_t)t;
    const char *sign = t < 0 ? "-" : "";
    if (a % 10)
        snprintf(buf, size, "%s%" PRIu64 ".%u", sign, a / 10, (unsigned)(a % 10));
    else
        snprintf(buf, size, "%s%" PRIu64, sign, a / 10);
    return buf;
}

void zp_svg_attr_tenths(zp_xw *x, const char *name, int64_t t)
{
    char buf[32];
    zp_xw_attr(x, name, zp_svg_tenths(buf, sizeof buf, t));
}

/* Close an element that has no content as <name/>. */
static void end_empty(zp_xw *x)
{
    if (!x->failed && xmlTextWriterEndElement(x->w) < 0)
        x->failed = true;
}

void zp_svg_put_rect(zp_xw *x, const char *cls, int64_t x0, int64_t y0, int64_t w, int64_t h,
                     const char *fill, const char *title)
{
    zp_xw_start(x, "rect");
    zp_xw_attr(x, "class", cls);
    zp_svg_attr_tenths(x, "x", x0);
    zp_svg_attr_tenths(x, "y", y0);
    zp_svg_attr_tenths(x, "width", w < 0 ? 0 : w);
    zp_svg_attr_tenths(x, "height", h < 0 ? 0 : h);
    zp_xw_attr(x, "fill", fill);
    if (title) {
        zp_xw_element(x, "title", title);
        zp_xw_end(x);
    } else {
        end_empty(x);
    }
}

void zp_svg_put_line(zp_xw *x, int64_t x1, int64_t y1, int64_t x2, int64_t y2, const char *stroke,
                     int64_t width)
{
    zp_xw_start(x, "line");
    zp_svg_attr_tenths(x, "x1", x1);
    zp_svg_attr_tenths(x, "y1", y1);
    zp_svg_attr_tenths(x, "x2", x2);
    zp_svg_attr_tenths(x, "y2", y2);
    zp_xw_attr(x, "stroke", stroke);
    zp_svg_attr_tenths(x, "stroke-width", width);
    end_empty(x);
}

/* <text> with its attributes written, content to follow. */
void zp_svg_start_text(zp_xw *x, const char *cls, int64_t x0, int64_t y0, const char *anchor,
                       int64_t fs, const char *fill)
{
    zp_xw_start(x, "text");
    zp_xw_attr(x, "class", cls);
    zp_svg_attr_tenths(x, "x", x0);
    zp_svg_attr_tenths(x, "y", y0);
    if (anchor)
        zp_xw_attr(x, "text-anchor", anchor);
    if (fs != ZP_SVG_FS)
        zp_svg_attr_tenths(x, "font-size", fs);
    if (fill && strcmp(fill, ZP_SVG_INK))
        zp_xw_attr(x, "fill", fill);
}

void zp_svg_put_text(zp_xw *x, const char *cls, int64_t x0, int64_t y0, const char *anchor,
                     int64_t fs, const char *fill, const char *text)
{
    zp_svg_start_text(x, cls, x0, y0, anchor, fs, fill);
    zp_xw_text(x, text);
    zp_xw_end(x);
}

/* A wrapped label, its first baseline at y0. */
void zp_svg_put_wrapped(zp_xw *x, const char *cls, int64_t x0, int64_t y0, const char *anchor,
                        const zp_svg_wrapped *wr, const char *s)
{
    zp_svg_start_text(x, cls, x0, y0, anchor, ZP_SVG_FS, ZP_SVG_INK);
    if (wr->n <= 1 && !wr->cut) {
        zp_xw_text(x, s);
    } else {
        for (int k = 0; k < wr->n; k++) {
            char *l = zp_svg_line_of(wr, s, k);
            zp_xw_start(x, "tspan");
            zp_svg_attr_tenths(x, "x", x0);
            zp_svg_attr_tenths(x, "y", y0 + (int64_t)k * ZP_SVG_LINE);
            zp_xw_text(x, l);
            zp_xw_end(x);
            free(l);
        }
    }
    zp_xw_end(x);
}

/* The baseline that centres a line of size fs on y. */
int64_t zp_svg_mid_base(int64_t y, int64_t fs)
{
    return y + fs * 35 / 100;
}
