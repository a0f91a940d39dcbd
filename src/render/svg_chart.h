/*
 * The report's charts as SVG (internal to render/): grouped vertical bars,
 * horizontal bars and parts of a whole as a 100% stacked bar, written into
 * a zp_xw, inline in the HTML report or as an .svg file of its own.
 * Geometry is integer arithmetic on the charts' exact decimals: coordinates
 * are tenths of a user unit, written as fixed decimals; no floating point.
 */
#ifndef ZP_RENDER_SVG_CHART_H
#define ZP_RENDER_SVG_CHART_H

#include "render/xmlw.h"
#include "ziping/report.h"

enum {
    /* An .svg file of its own: the SVG namespace, a white background and the
     * caption (图N …) drawn under the chart. Without it the <svg> is meant
     * for an HTML page, which writes the caption as a <figcaption>. */
    ZP_SVG_STANDALONE = 1,
    /* With ZP_SVG_STANDALONE: no caption drawn, for a picture that its
     * document captions in a paragraph of its own (DOCX). */
    ZP_SVG_NO_CAPTION = 2
};

/* Write ch as one <svg> element. id, unique within the document, names the
 * chart's <title> and <desc> ("<id>-title", "<id>-desc"). Every value with
 * a non-empty text is one <rect class="bar">; category labels are
 * <text class="cat">, value labels <text class="val">. */
void zp_svg_chart(zp_xw *x, const zp_doc_chart *ch, const char *id, unsigned flags);

/* s as text that is safe to write: invalid UTF-8 becomes U+FFFD; control
 * characters other than tab and newline, and U+FFFE/U+FFFF, are dropped.
 * NULL when s is fine as it is (the common case: nothing is copied);
 * otherwise malloc'd. */
char *zp_svg_clean_text(const char *s);

#endif
