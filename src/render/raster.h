/*
 * SVG drawn into a PNG picture (internal to render/), for DOCX with
 * `--charts picture`: librsvg draws the chart's SVG with cairo.
 *
 * librsvg and cairo are loaded (dlopen) the first time a picture is asked
 * for, not linked: linking them would bring some fifty shared libraries
 * (GLib, Pango, GdkPixbuf …) into every ziping process and add about 9 ms
 * to the start of every command, where ziping itself takes one or two.
 * A machine without them gets a clear finding, and everything else works.
 */
#ifndef ZP_RENDER_RASTER_H
#define ZP_RENDER_RASTER_H

#include <stdbool.h>

#include "ziping/diag.h"
#include "ziping/report.h"

/* svg as a PNG width_px wide, its height in proportion (*height_px).
 * False, with a fatal "chart-picture" finding, when librsvg or cairo is
 * missing or fails. The same SVG gives the same bytes. */
bool zp_raster_svg_png(const zp_bytes *svg, int width_px, zp_bytes *png, int *height_px,
                       zp_diags *diags);

#endif
