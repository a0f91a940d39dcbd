/*
 * PDF, through MuPDF's C library: one page at a time is loaded, turned into
 * structured text, cut into lines and dropped, so a 300-page report needs
 * the memory of one page. MuPDF's resource store is capped for the same
 * reason.
 *
 * Lines are MuPDF's text lines in its reading order, except that lines side
 * by side make one table row (pdf_layout.c); an empty line separates blocks
 * and pages (the checker treats blank lines as it does in text pulled from a
 * PDF by other tools). Every line carries its page number.
 */
#include <mupdf/fitz.h>
#include <stdlib.h>
#include <string.h>

#include "check/normalize.h"
#include "extract/extract.h"
#include "extract/pdf_layout.h"

enum { STORE_BYTES = 32 << 20 };

typedef struct pdf_impl {
    fz_context *ctx;
    fz_document *pdf;
    int pages, page;   /* page: the next page to load (0-based) */
    zp_buf text;       /* the current page's lines, each ending in '\n' */
    zp_buf raw;        /* MuPDF's lines of the page, before layout */
    zp_pdf_line *lines;
    size_t nlines, cap_lines;
    size_t pos;        /* next line in text */
    zp_buf out;
    char *error;
} pdf_impl;

static void quiet(void *user, const char *message)
{
    /* MuPDF reports recoverable damage as warnings and errors on stderr;
     * we keep the first error for our own message instead. */
    pdf_impl *p = user;
    if (p && !p->error && message)
        p->error = zp_xstrdup(message);
}

static void quiet_warning(void *user, const char *message)
{
    (void)user;
    (void)message;
}

static void add_line(pdf_impl *p, fz_rect box, size_t at, int block)
{
    if (p->nlines == p->cap_lines) {
        p->cap_lines = p->cap_lines ? 2 * p->cap_lines : 256;
        p->lines = zp_xrealloc(p->lines, p->cap_lines * sizeof *p->lines);
    }
    p->lines[p->nlines++] = (zp_pdf_line){box.x0, box.y0, box.x1, box.y1, at, p->raw.len - at, block};
}

/* Load page p->page into p->text. 0, or -1 with a message in p->error. */
static int load_page(pdf_impl *p)
{
    fz_context *ctx = p->ctx;
    fz_page *page = NULL;
    fz_stext_page *st = NULL;
    int rc = 0;
    p->text.len = 0;
    p->pos = 0;
    fz_var(page);
    fz_var(st);
    fz_try(ctx)
    {
        fz_stext_options opts;
        memset(&opts, 0, sizeof opts);
        opts.flags = FZ_STEXT_MEDIABOX_CLIP;
        page = fz_load_page(ctx, p->pdf, p->page);
        st = fz_new_stext_page_from_page(ctx, page, &opts);
        p->raw.len = 0;
        p->nlines = 0;
        int block = 0;
        for (fz_stext_block *b = st->first_block; b; b = b->next) {
            if (b->type != FZ_STEXT_BLOCK_TEXT)
                continue;
            for (fz_stext_line *l = b->u.t.first_line; l; l = l->next) {
                size_t at = p->raw.len;
                for (fz_stext_char *c = l->first_char; c; c = c->next) {
                    char enc[4];
                    int cp = c->c;
                    if (cp == '\n' || cp == '\r')
                        cp = ' ';
                    if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
                        cp = 0xFFFD;
                    zp_buf_add(&p->raw, enc, zp_ck_utf8_encode(cp, enc));
                }
                add_line(p, l->bbox, at, block);
            }
            block++;
        }
        zp_pdf_layout(p->lines, p->nlines, p->raw.data, &p->text);
        if (p->page + 1 < p->pages)
            zp_buf_putc(&p->text, '\n'); /* a blank line between pages */
    }
    fz_always(ctx)
    {
        fz_drop_stext_page(ctx, st);
        fz_drop_page(ctx, page);
    }
    fz_catch(ctx)
    {
        if (!p->error)
            p->error = zp_xstrdup(fz_caught_message(ctx));
        rc = -1;
    }
    return rc;
}

static int pdf_next(zp_doc *doc, const char **text, size_t *len, int *page, int *same_line)
{
    pdf_impl *p = doc->impl;
    *same_line = 0;
    while (p->pos >= p->text.len) {
        if (p->page >= p->pages)
            return 0;
        if (load_page(p) != 0)
            return zp_ck_doc_fail(doc, "cannot read PDF page", "无法读取 PDF 第 %d 页：%s", p->page + 1,
                               p->error ? p->error : "内容损坏");
        p->page++;
    }
    const char *s = p->text.data + p->pos;
    const char *nl = memchr(s, '\n', p->text.len - p->pos);
    size_t n = nl ? (size_t)(nl - s) : p->text.len - p->pos;
    p->pos += n + (nl != NULL);
    p->out.len = 0;
    zp_buf_add(&p->out, s, n);
    *text = p->out.data;
    *len = p->out.len;
    *page = p->page; /* already advanced: 1-based */
    return 1;
}

static void pdf_close(zp_doc *doc)
{
    pdf_impl *p = doc->impl;
    if (!p)
        return;
    if (p->ctx) {
        fz_drop_document(p->ctx, p->pdf);
        fz_drop_context(p->ctx);
    }
    zp_buf_free(&p->text);
    zp_buf_free(&p->raw);
    free(p->lines);
    zp_buf_free(&p->out);
    free(p->error);
    free(p);
    doc->impl = NULL;
}

static const zp_reader pdf_reader = {pdf_next, pdf_close};

int zp_ck_pdf_open(zp_doc *doc, FILE *f)
{
    fclose(f); /* MuPDF opens the file itself */
    pdf_impl *p = zp_xcalloc(1, sizeof *p);
    zp_buf_init(&p->text);
    zp_buf_init(&p->raw);
    zp_buf_init(&p->out);
    doc->impl = p;
    doc->reader = &pdf_reader;
    p->ctx = fz_new_context(NULL, NULL, STORE_BYTES);
    if (!p->ctx)
        return zp_ck_doc_fail(doc, "cannot start MuPDF", "无法初始化 PDF 读取库");
    fz_set_error_callback(p->ctx, quiet, p);
    fz_set_warning_callback(p->ctx, quiet_warning, NULL);
    fz_stream *stm = NULL;
    int rc = 0;
    fz_var(stm);
    fz_try(p->ctx)
    {
        fz_register_document_handlers(p->ctx);
        stm = fz_open_file(p->ctx, doc->path);
        p->pdf = fz_open_document_with_stream(p->ctx, "application/pdf", stm);
        if (fz_needs_password(p->ctx, p->pdf))
            fz_throw(p->ctx, FZ_ERROR_GENERIC, "encrypted");
        p->pages = fz_count_pages(p->ctx, p->pdf);
    }
    fz_always(p->ctx)
    {
        fz_drop_stream(p->ctx, stm);
    }
    fz_catch(p->ctx)
    {
        rc = -1;
    }
    if (rc != 0) {
        const char *why = p->error ? p->error : fz_caught_message(p->ctx);
        if (p->pdf && !strcmp(why, "encrypted"))
            return zp_ck_doc_fail(doc, "encrypted PDF", "PDF 已加密，需要密码才能读取");
        return zp_ck_doc_fail(doc, "corrupt PDF", "PDF 文件已损坏，无法打开：%s", why);
    }
    return 0;
}
