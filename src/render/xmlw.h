/*
 * Writing XML (DOCX parts, SVG, HTML) through libxml2's xmlTextWriter, so
 * that escaping is libxml2's, never ours (internal to render/). A writer
 * that fails (out of memory) stays failed; zp_xw_finish says so.
 */
#ifndef ZP_RENDER_XMLW_H
#define ZP_RENDER_XMLW_H

#include <stdbool.h>

#include <libxml/xmlwriter.h>

#include "base/mem.h"
#include "ziping/report.h"

typedef struct zp_xw {
    xmlBufferPtr buf;
    xmlTextWriterPtr w;
    bool failed;
} zp_xw;

/* A writer into memory; with_decl writes <?xml version="1.0" encoding="UTF-8"
 * standalone="yes"?> first, as OOXML parts have. */
void zp_xw_init(zp_xw *x, bool with_decl);
void zp_xw_start(zp_xw *x, const char *name);
void zp_xw_attr(zp_xw *x, const char *name, const char *value);
void zp_xw_attrf(zp_xw *x, const char *name, const char *fmt, ...) ZP_PRINTF(3, 4);
void zp_xw_text(zp_xw *x, const char *text);
void zp_xw_end(zp_xw *x);
/* <name attr="value"/> in one call; attrs are name, value pairs ending in NULL. */
void zp_xw_empty(zp_xw *x, const char *name, ...);
/* <name>text</name> */
void zp_xw_element(zp_xw *x, const char *name, const char *text);
/* Raw markup that is already well-formed (a DOCTYPE, say). */
void zp_xw_raw(zp_xw *x, const char *markup);

/*
 * Fixed markup: tags whose names and attribute values are all constants,
 * written as they are through the writer (xmlTextWriterWriteRawLen, which
 * also closes a start tag left open). ZP_XW_LIT takes a string literal and
 * nothing else (a pointer does not compile), so no text from data can
 * come this way: data goes through zp_xw_text and zp_xw_attr, escaped by
 * libxml2.
 *
 * Why: xmlTextWriter spends some 700 instructions on an element (a stack
 * entry allocated, the name copied, three buffer writes), and a DOCX table
 * cell is six constant elements around one string; a report has thousands.
 * Rule: an element that fixed markup opens, fixed markup in the same
 * function closes, so the writer's own nesting stays right; the tests parse
 * every part with libxml2.
 */
typedef struct zp_xw_lit {
    const char *s;
    size_t n;
} zp_xw_lit;
#define ZP_XW_LIT(literal) ((zp_xw_lit){"" literal "", sizeof(literal) - 1})
void zp_xw_markup(zp_xw *x, zp_xw_lit markup);
#define ZP_XW_MARKUP(x, literal) zp_xw_markup((x), ZP_XW_LIT(literal))
/* Close everything and take the bytes (NUL-terminated); false if the
 * writer failed, and then out is empty. */
bool zp_xw_finish(zp_xw *x, zp_bytes *out);
/* Give up: free everything. */
void zp_xw_discard(zp_xw *x);

#endif
