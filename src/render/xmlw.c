/* xmlTextWriter into memory, with failures remembered instead of checked
 * at every call. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "render/xmlw.h"

#define X(s) ((const xmlChar *)(s))

static void check(zp_xw *x, int rc)
{
    if (rc < 0)
        x->failed = true;
}

void zp_xw_init(zp_xw *x, bool with_decl)
{
    x->failed = false;
    x->buf = xmlBufferCreate();
    x->w = x->buf ? xmlNewTextWriterMemory(x->buf, 0) : NULL;
    if (!x->w) {
        x->failed = true;
        return;
    }
    if (with_decl)
        check(x, xmlTextWriterStartDocument(x->w, "1.0", "UTF-8", "yes"));
}

void zp_xw_start(zp_xw *x, const char *name)
{
    if (!x->failed)
        check(x, xmlTextWriterStartElement(x->w, X(name)));
}

void zp_xw_attr(zp_xw *x, const char *name, const char *value)
{
    if (!x->failed && value)
        check(x, xmlTextWriterWriteAttribute(x->w, X(name), X(value)));
}

void zp_xw_attrf(zp_xw *x, const char *name, const char *fmt, ...)
{
    /* Attribute values are short ("1440", "w:val"): no malloc for them. */
    char small[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n >= 0 && (size_t)n < sizeof small) {
        zp_xw_attr(x, name, small);
        return;
    }
    va_start(ap, fmt);
    char *s = zp_xvasprintf(fmt, ap);
    va_end(ap);
    zp_xw_attr(x, name, s);
    free(s);
}

void zp_xw_text(zp_xw *x, const char *text)
{
    if (!x->failed && text && *text)
        check(x, xmlTextWriterWriteString(x->w, X(text)));
}

void zp_xw_end(zp_xw *x)
{
    /* Full end tags (<p></p>, not <p/>): HTML needs them for non-void
     * elements, and XML does not mind. */
    if (!x->failed)
        check(x, xmlTextWriterFullEndElement(x->w));
}

void zp_xw_empty(zp_xw *x, const char *name, ...)
{
    if (x->failed)
        return;
    check(x, xmlTextWriterStartElement(x->w, X(name)));
    va_list ap;
    va_start(ap, name);
    const char *k;
    while ((k = va_arg(ap, const char *)) != NULL) {
        const char *v = va_arg(ap, const char *);
        zp_xw_attr(x, k, v);
    }
    va_end(ap);
    if (!x->failed)
        check(x, xmlTextWriterEndElement(x->w));
}

void zp_xw_element(zp_xw *x, const char *name, const char *text)
{
    zp_xw_start(x, name);
    zp_xw_text(x, text);
    zp_xw_end(x);
}

void zp_xw_raw(zp_xw *x, const char *markup)
{
    if (!x->failed)
        check(x, xmlTextWriterWriteRaw(x->w, X(markup)));
}

void zp_xw_markup(zp_xw *x, zp_xw_lit markup)
{
    if (!x->failed)
        check(x, xmlTextWriterWriteRawLen(x->w, X(markup.s), (int)markup.n));
}

bool zp_xw_finish(zp_xw *x, zp_bytes *out)
{
    out->data = NULL;
    out->len = 0;
    if (!x->failed)
        check(x, xmlTextWriterEndDocument(x->w));
    if (x->w) {
        xmlFreeTextWriter(x->w); /* flushes into buf */
        x->w = NULL;
    }
    if (!x->failed && x->buf) {
        size_t n = (size_t)xmlBufferLength(x->buf);
        out->data = zp_xmalloc(n + 1);
        memcpy(out->data, xmlBufferContent(x->buf), n);
        out->data[n] = '\0';
        out->len = n;
    }
    if (x->buf)
        xmlBufferFree(x->buf);
    x->buf = NULL;
    return !x->failed;
}

void zp_xw_discard(zp_xw *x)
{
    if (x->w)
        xmlFreeTextWriter(x->w);
    if (x->buf)
        xmlBufferFree(x->buf);
    x->w = NULL;
    x->buf = NULL;
}
