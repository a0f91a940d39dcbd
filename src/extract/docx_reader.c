/*
 * DOCX: word/document.xml inside the ZIP (libzip), read as a stream of XML
 * nodes (libxml2's xmlTextReader), so that neither the archive member nor
 * the XML tree is ever held whole.
 *
 * Lines, in reading order: each paragraph is a line; a soft break (w:br)
 * starts a new line; each table row is one line with its cells separated by
 * a tab, the paragraphs inside a cell joined by a space. Deleted revisions
 * and field codes are skipped: they are not part of the text a reader sees.
 */
#include <libxml/xmlreader.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "extract/docx_numbering.h"
#include "extract/extract.h"

typedef struct docx_impl {
    zip_t *zip;
    zip_file_t *member;
    xmlTextReaderPtr xml;
    char *xml_error;  /* first message libxml2 gave, if any */
    int table_depth;  /* nested w:tbl */
    int cells_in_row; /* w:tc seen in the current outer row */
    int cell_paras;   /* w:p seen in the current cell */
    bool in_text;     /* inside w:t */
    int skip_depth;   /* inside w:del / w:instrText etc. */
    bool done;
    zp_numbering *numbering; /* word/numbering.xml, for list labels */
    bool in_ppr;      /* inside the paragraph's w:pPr */
    int num_id, ilvl; /* its w:numPr */
    zp_buf cur;       /* the line being built */
    zp_buf out;       /* the line handed out */
    bool out_cut;     /* the last line handed out was cut at ZP_LINE_MAX */
    bool cut_pending;
} docx_impl;

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

static int read_member(void *ctx, char *buf, int len)
{
    zip_file_t *member = ctx;
    zip_int64_t n = zip_fread(member, buf, (zip_uint64_t)len);
    return n < 0 ? -1 : (int)n;
}

static int close_member(void *ctx)
{
    (void)ctx;
    return 0;
}

static void on_xml_error(void *arg, const char *msg, xmlParserSeverities severity,
                         xmlTextReaderLocatorPtr locator)
{
    (void)locator;
    docx_impl *d = arg;
    if (severity != XML_PARSER_SEVERITY_ERROR && severity != XML_PARSER_SEVERITY_VALIDITY_ERROR)
        return;
    if (!d->xml_error) {
        d->xml_error = zp_xstrdup(msg ? msg : "");
        size_t n = strlen(d->xml_error);
        while (n > 0 && (d->xml_error[n - 1] == '\n' || d->xml_error[n - 1] == ' '))
            d->xml_error[--n] = '\0';
    }
}

static bool is(const xmlChar *name, const char *want)
{
    return name && !strcmp((const char *)name, want);
}

/* Hand out the line built so far. */
static void emit(docx_impl *d)
{
    d->out.len = 0;
    zp_buf_add(&d->out, d->cur.data ? d->cur.data : "", d->cur.len);
    d->cur.len = 0;
    d->out_cut = d->cut_pending;
    d->cut_pending = false;
}

static void add_text(docx_impl *d, const char *s, size_t n)
{
    zp_buf_add(&d->cur, s, n);
}

/* Step the XML reader until a line is complete: 1 line ready, 0 end,
 * -1 error. */
static int step(zp_doc *doc, docx_impl *d)
{
    for (;;) {
        if (d->cur.len >= ZP_LINE_MAX) {
            emit(d);
            d->cut_pending = true;
            return 1;
        }
        int r = xmlTextReaderRead(d->xml);
        if (r == 0)
            return 0;
        if (r < 0)
            return zp_ck_doc_fail(doc, "corrupt DOCX", "DOCX 文件已损坏，无法读取 word/document.xml：%s",
                               d->xml_error ? d->xml_error : "XML 格式错误");
        int type = xmlTextReaderNodeType(d->xml);
        const xmlChar *name = xmlTextReaderConstLocalName(d->xml);
        bool empty = xmlTextReaderIsEmptyElement(d->xml);
        if (type == XML_READER_TYPE_ELEMENT) {
            if (d->skip_depth > 0) {
                if (!empty)
                    d->skip_depth++;
                continue;
            }
            if (is(name, "del") || is(name, "delText") || is(name, "instrText") ||
                is(name, "footnoteReference") || is(name, "endnoteReference")) {
                if (!empty)
                    d->skip_depth = 1;
            } else if (is(name, "t")) {
                d->in_text = !empty;
            } else if (is(name, "tab")) {
                add_text(d, d->table_depth ? " " : "\t", 1);
            } else if (is(name, "br") || is(name, "cr")) {
                if (d->table_depth == 0) {
                    emit(d);
                    return 1;
                }
                add_text(d, " ", 1);
            } else if (is(name, "tbl")) {
                d->table_depth++;
            } else if (is(name, "tr")) {
                if (d->table_depth == 1) {
                    d->cur.len = 0;
                    d->cells_in_row = 0;
                }
            } else if (is(name, "tc")) {
                if (d->table_depth == 1) {
                    if (d->cells_in_row++ > 0)
                        add_text(d, "\t", 1);
                    d->cell_paras = 0;
                } else {
                    add_text(d, " ", 1);
                }
            } else if (is(name, "pPr")) {
                d->in_ppr = !empty;
            } else if (d->in_ppr && (is(name, "numId") || is(name, "ilvl"))) {
                xmlChar *v = xmlTextReaderGetAttributeNs(d->xml, (const xmlChar *)"val", (const xmlChar *)W_NS);
                int n = v ? atoi((const char *)v) : 0;
                xmlFree(v);
                if (is(name, "numId"))
                    d->num_id = n;
                else
                    d->ilvl = n;
            } else if (is(name, "p")) {
                d->num_id = 0;
                d->ilvl = 0;
                d->in_ppr = false;
                if (d->table_depth > 0 && d->cell_paras++ > 0)
                    add_text(d, " ", 1);
                if (empty && d->table_depth == 0) {
                    emit(d);
                    return 1;
                }
            }
        } else if (type == XML_READER_TYPE_END_ELEMENT) {
            if (d->skip_depth > 0) {
                d->skip_depth--;
                continue;
            }
            if (is(name, "t")) {
                d->in_text = false;
            } else if (is(name, "pPr")) {
                /* The list label Word shows in front of the paragraph. */
                d->in_ppr = false;
                char label[64];
                if (d->num_id > 0 && d->numbering &&
                    zp_numbering_label(d->numbering, d->num_id, d->ilvl, label, sizeof label))
                    add_text(d, label, strlen(label));
            } else if (is(name, "p")) {
                if (d->table_depth == 0) {
                    emit(d);
                    return 1;
                }
            } else if (is(name, "tr")) {
                if (d->table_depth == 1) {
                    emit(d);
                    return 1;
                }
            } else if (is(name, "tbl")) {
                if (d->table_depth > 0)
                    d->table_depth--;
            }
        } else if ((type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE ||
                    type == XML_READER_TYPE_CDATA) &&
                   d->in_text && d->skip_depth == 0) {
            const xmlChar *v = xmlTextReaderConstValue(d->xml);
            if (v) {
                /* A cell's text must not break the row into lines. */
                size_t n = strlen((const char *)v);
                for (size_t i = 0; i < n; i++) {
                    char c = (char)v[i];
                    add_text(d, c == '\n' || c == '\r' ? " " : &c, 1);
                }
            }
        }
    }
}

static int docx_next(zp_doc *doc, const char **text, size_t *len, int *page, int *same_line)
{
    docx_impl *d = doc->impl;
    *page = 0;
    if (d->done)
        return 0;
    int rc = step(doc, d);
    if (rc <= 0) {
        d->done = true;
        return rc;
    }
    *text = d->out.data;
    *len = d->out.len;
    *same_line = d->out_cut;
    return 1;
}

static void docx_close(zp_doc *doc)
{
    docx_impl *d = doc->impl;
    if (!d)
        return;
    if (d->xml)
        xmlFreeTextReader(d->xml);
    if (d->member)
        zip_fclose(d->member);
    if (d->zip)
        zip_discard(d->zip);
    free(d->xml_error);
    free(d->numbering);
    zp_buf_free(&d->cur);
    zp_buf_free(&d->out);
    free(d);
    doc->impl = NULL;
}

static const zp_reader docx_reader = {docx_next, docx_close};

int zp_ck_docx_open(zp_doc *doc, FILE *f)
{
    docx_impl *d = zp_xcalloc(1, sizeof *d);
    zp_buf_init(&d->cur);
    zp_buf_init(&d->out);
    doc->impl = d;
    doc->reader = &docx_reader;

    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *src = zip_source_filep_create(f, 0, -1, &err);
    if (!src) {
        fclose(f);
        zip_error_fini(&err);
        return zp_ck_doc_fail(doc, "cannot read ZIP", "无法读取 DOCX（ZIP）文件");
    }
    d->zip = zip_open_from_source(src, ZIP_RDONLY, &err);
    if (!d->zip) {
        zip_source_free(src); /* also closes f */
        int rc = zp_ck_doc_fail(doc, "corrupt DOCX", "DOCX 文件已损坏（ZIP 格式错误：%s）",
                             zip_error_strerror(&err));
        zip_error_fini(&err);
        return rc;
    }
    zip_error_fini(&err);
    d->numbering = zp_xmalloc(sizeof *d->numbering);
    zp_numbering_load(d->numbering, d->zip);
    d->member = zip_fopen(d->zip, "word/document.xml", 0);
    if (!d->member)
        return zp_ck_doc_fail(doc, "no word/document.xml",
                           "这是 ZIP 文件，但不是 Word 文档（缺少 word/document.xml）");
    /* No network, no entity expansion: the file is untrusted. */
    d->xml = xmlReaderForIO(read_member, close_member, d->member, "word/document.xml", NULL,
                            XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!d->xml)
        return zp_ck_doc_fail(doc, "cannot parse XML", "无法解析 word/document.xml");
    xmlTextReaderSetErrorHandler(d->xml, on_xml_error, d);
    return 0;
}
