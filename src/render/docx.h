/*
 * The report as DOCX (internal to render/): how the pieces fit.
 *
 *   report_docx.c  zp_render_report_docx, which gathers every part
 *   docx_document.c word/document.xml: title, headings, paragraphs,
 *                  tables, the charts' inline frames, the page setup
 *   docx_parts.c   the parts that do not depend on the body: styles (the
 *                  GB/T 9704-2012 layout lives there), fonts and their
 *                  fallbacks, settings, the two page-number footers, the
 *                  document properties, relationships and content types
 *   docx_chart.c   word/charts/chartN.xml, native DrawingML charts, and
 *                  the inline frame of a chart or of its picture
 *   docx_picture.c a chart as a PNG picture (--charts picture)
 *   docx_zip.c     the parts into one ZIP in memory (libzip), reproducibly
 *
 * Every XML part is written with the zp_xw_* writer (libxml2's
 * xmlTextWriter), so escaping is libxml2's; a chart's PNG is librsvg's and
 * cairo's; the ZIP is libzip's.
 */
#ifndef ZP_RENDER_DOCX_H
#define ZP_RENDER_DOCX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "render/xmlw.h"
#include "ziping/report.h"

/* Namespaces. */
#define ZP_NS_W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define ZP_NS_R "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define ZP_NS_WP "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
#define ZP_NS_A "http://schemas.openxmlformats.org/drawingml/2006/main"
#define ZP_NS_C "http://schemas.openxmlformats.org/drawingml/2006/chart"
#define ZP_NS_PIC "http://schemas.openxmlformats.org/drawingml/2006/picture"
#define ZP_NS_PKG_REL "http://schemas.openxmlformats.org/package/2006/relationships"
#define ZP_REL_BASE "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

/* The page, in twips (1/1440 inch; 1 mm = 1440 / 25.4 twips, rounded):
 * A4 with GB/T 9704-2012's margins. The text block is 156 mm wide. */
enum {
    ZP_DOCX_PAGE_W = 11906, /* 210 mm */
    ZP_DOCX_PAGE_H = 16838, /* 297 mm */
    ZP_DOCX_MARGIN_TOP = 2098,    /* 37 mm */
    ZP_DOCX_MARGIN_BOTTOM = 1984, /* 35 mm */
    ZP_DOCX_MARGIN_LEFT = 1587,   /* 28 mm */
    ZP_DOCX_MARGIN_RIGHT = 1474,  /* 26 mm */
    ZP_DOCX_TEXT_W = ZP_DOCX_PAGE_W - ZP_DOCX_MARGIN_LEFT - ZP_DOCX_MARGIN_RIGHT,
    /* 22 lines of 28.95 pt fill the 225 mm text block, as GB/T 9704 has. */
    ZP_DOCX_LINE = 579,
    ZP_DOCX_EMU_PER_TWIP = 635
};
/* The text block's width in EMU (English Metric Units, 914400 an inch):
 * the width of a chart or a chart's picture. */
#define ZP_DOCX_TEXT_W_EMU ((long)ZP_DOCX_TEXT_W * ZP_DOCX_EMU_PER_TWIP)

/* A part deflated (raw DEFLATE, as a ZIP entry holds it), with its size
 * and CRC-32; a part under ZP_DOCX_STORE_BELOW bytes is stored instead
 * (data NULL). */
enum { ZP_DOCX_STORE_BELOW = 256 };
typedef struct zp_docx_packed {
    uint8_t *data;
    size_t len, size;
    uint32_t crc;
    bool stored;
} zp_docx_packed;

/* One part of the package: its name in the ZIP (owned), its content type
 * (NULL for the parts the [Content_Types].xml defaults cover) and bytes. */
typedef struct zp_docx_part {
    char *name;
    const char *content_type;
    zp_bytes data;
    bool shared;                  /* data belong to the cache of fixed parts: not freed */
    bool store;                   /* stored as it is, not deflated (a PNG is compressed) */
    const zp_docx_packed *packed; /* the same, deflated once (fixed parts), or NULL */
} zp_docx_part;

/* The parts of one package, in the order they go into the ZIP. */
typedef struct zp_docx_parts {
    zp_docx_part *items;
    size_t count, cap;
} zp_docx_parts;

/* ---- docx_document.c ---- */
/* word/document.xml of r; picture_cy, the heights (EMU) of the charts'
 * pictures in their order, or NULL for native charts. */
bool zp_docx_document(const zp_report *r, const long *picture_cy, zp_bytes *out);

/* ---- docx_parts.c ---- */
bool zp_docx_styles(zp_bytes *out);
bool zp_docx_font_table(zp_bytes *out);
bool zp_docx_settings(zp_bytes *out);
/* The page-number footer: odd pages' at the right, even pages' at the left. */
bool zp_docx_footer(bool odd, zp_bytes *out);
/* docProps/core.xml; the dates only when epoch is given (SOURCE_DATE_EPOCH). */
bool zp_docx_core(const zp_report *r, const int64_t *epoch, zp_bytes *out);
bool zp_docx_app(zp_bytes *out);
bool zp_docx_package_rels(zp_bytes *out);
/* word/_rels/document.xml.rels: the fixed parts and n_charts charts, as
 * chart parts or (pictures) as word/media/chartN.png. */
bool zp_docx_document_rels(size_t n_charts, bool pictures, zp_bytes *out);
/* [Content_Types].xml for the parts given. */
bool zp_docx_content_types(const zp_docx_parts *p, zp_bytes *out);

/* Relationship ids of document.xml's parts. */
#define ZP_DOCX_RID_FOOTER_ODD "rId4"
#define ZP_DOCX_RID_FOOTER_EVEN "rId5"
/* A chart's relationship id is "rIdChartN". */

/* ---- docx_chart.c ---- */
/* word/charts/chartN.xml of ch. */
bool zp_docx_chart_part(const zp_doc_chart *ch, zp_bytes *out);
/* The chart's frame in document.xml, inside a w:r: chart n (1-based);
 * picture_cy > 0 makes it a picture of that height (EMU), 0 a native chart. */
void zp_docx_chart_inline(zp_xw *x, const zp_doc_chart *ch, size_t n, long picture_cy);

/* ---- docx_picture.c ---- */
/* Chart n as a PNG picture (--charts picture), drawn from its SVG; *cy its
 * height in EMU at the text block's width. False with a fatal finding when
 * it cannot be drawn. */
bool zp_docx_chart_png(const zp_doc_chart *ch, size_t n, zp_bytes *png, long *cy, zp_diags *diags);

/* ---- docx_zip.c ---- */
/* part deflated (or marked stored) into out, which the caller frees
 * (out->data); false on a library failure. */
bool zp_docx_pack(const zp_bytes *part, zp_docx_packed *out);
/* The parts as one ZIP in memory, in their order, every entry dated from
 * SOURCE_DATE_EPOCH (or 1980-01-01 00:00) and deflated at level 1 (parts
 * under ZP_DOCX_STORE_BELOW bytes stored); a part that comes packed is
 * used as it is. On a library failure, a fatal "docx-write" finding and
 * false. */
bool zp_docx_zip(const zp_docx_parts *p, const int64_t *epoch, zp_bytes *out, zp_diags *diags);

#endif
