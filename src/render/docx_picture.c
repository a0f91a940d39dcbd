/*
 * A chart as a PNG picture for DOCX (`--charts picture`): the SVG that the
 * HTML report shows (svg_chart.c), without its caption (the DOCX has the
 * caption as a paragraph under the picture), drawn by librsvg (raster.c).
 *
 * Why pictures at all, when native charts are the default: a picture shows
 * the same in every reader, including viewers and older office suites that
 * draw no charts, at the price of not being editable and of some
 * milliseconds per chart.
 */
#include <stdio.h>

#include "render/docx.h"
#include "render/raster.h"
#include "render/svg_chart.h"

/* The text block's 156 mm at 8 pixels a millimetre (about 200 dpi): sharp
 * in print, some tens of KB a chart. */
enum { PICTURE_W_PX = 1248 };

bool zp_docx_chart_png(const zp_doc_chart *ch, size_t n, zp_bytes *png, long *cy, zp_diags *diags)
{
    png->data = NULL;
    png->len = 0;
    char id[32];
    snprintf(id, sizeof id, "chart%zu", n);
    zp_xw x;
    zp_xw_init(&x, true);
    zp_svg_chart(&x, ch, id, ZP_SVG_STANDALONE | ZP_SVG_NO_CAPTION);
    zp_bytes svg;
    if (!zp_xw_finish(&x, &svg)) {
        zp_diags_add(diags, ZP_FATAL, "chart-picture", (zp_mark){0}, "cannot write a chart's SVG",
                     "无法生成图表的 SVG（内存不足）");
        return false;
    }
    int height_px = 0;
    bool ok = zp_raster_svg_png(&svg, PICTURE_W_PX, png, &height_px, diags);
    free(svg.data);
    if (ok) {
        long cx = ZP_DOCX_TEXT_W_EMU;
        *cy = (cx * height_px + PICTURE_W_PX / 2) / PICTURE_W_PX;
    }
    return ok;
}
