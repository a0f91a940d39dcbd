/*
 * Plain text (.txt, .md, or anything that is neither ZIP nor PDF), read in
 * fixed chunks so that a 100 MB file takes no more memory than a small one.
 *
 * Encodings seen in the wild: UTF-8 (with or without BOM), UTF-16 with BOM
 * (Windows Notepad's "Unicode"), and GB18030/GBK. UTF-16 is converted on
 * the fly; a line that is not valid UTF-8 is taken as GB18030, and bytes
 * that are neither become U+FFFD in the normaliser.
 */
#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include "check/normalize.h"
#include "extract/extract.h"

enum { CHUNK = 64 * 1024 };

typedef struct text_impl {
    FILE *f;
    iconv_t utf16;  /* (iconv_t)-1 unless the file is UTF-16 */
    iconv_t gb;     /* opened on first need */
    bool gb_tried;
    bool eof;
    char in[CHUNK];   /* raw bytes from the file (UTF-16 only) */
    size_t in_len;
    char *buf;        /* UTF-8 bytes not yet handed out as lines */
    size_t start, len, cap;
    zp_buf line;      /* the line handed out (after any conversion) */
    bool pending_cut; /* the last piece was cut at ZP_LINE_MAX */
    bool markdown;    /* a .md file: tables and marks are read as rendered */
} text_impl;

/* Refill t->buf with more UTF-8 bytes; false at end of file or on error. */
static bool refill(zp_doc *doc, text_impl *t)
{
    if (t->eof)
        return false;
    if (t->start > 0) {
        memmove(t->buf, t->buf + t->start, t->len - t->start);
        t->len -= t->start;
        t->start = 0;
    }
    if (t->cap - t->len < CHUNK * 4 + 8) {
        t->cap = t->len + CHUNK * 4 + 8;
        t->buf = zp_xrealloc(t->buf, t->cap);
    }
    if (t->utf16 == (iconv_t)-1) {
        size_t n = fread(t->buf + t->len, 1, CHUNK, t->f);
        if (n == 0) {
            if (ferror(t->f))
                zp_ck_doc_fail(doc, "read error", "读取文件出错");
            t->eof = true;
            return false;
        }
        t->len += n;
        return true;
    }
    size_t n = fread(t->in + t->in_len, 1, CHUNK - t->in_len, t->f);
    t->in_len += n;
    if (t->in_len == 0) {
        t->eof = true;
        return false;
    }
    size_t before = t->len;
    char *src = t->in, *dst = t->buf + t->len;
    size_t srcleft = t->in_len, dstleft = t->cap - t->len;
    size_t r = iconv(t->utf16, &src, &srcleft, &dst, &dstleft);
    if (r == (size_t)-1 && errno == EILSEQ) {
        /* Skip one bad code unit and go on: a damaged character should not
         * stop the reading of a whole report. */
        size_t skip = srcleft < 2 ? srcleft : 2;
        src += skip;
        srcleft -= skip;
        *dst++ = '?';
    }
    t->len = (size_t)(dst - t->buf);
    memmove(t->in, src, srcleft);
    t->in_len = srcleft;
    if (n == 0 && t->len == before) {
        /* Only half a character left at the end of the file. */
        t->in_len = 0;
        t->eof = true;
        return false;
    }
    return true;
}

static void convert_gb18030(text_impl *t, const char *s, size_t n)
{
    if (!t->gb_tried) {
        t->gb = iconv_open("UTF-8", "GB18030");
        t->gb_tried = true;
    }
    t->line.len = 0;
    if (t->gb == (iconv_t)-1) {
        zp_buf_add(&t->line, s, n);
        return;
    }
    iconv(t->gb, NULL, NULL, NULL, NULL);
    char out[4096];
    char *src = (char *)s;
    size_t left = n;
    while (left > 0) {
        char *dst = out;
        size_t room = sizeof out;
        size_t r = iconv(t->gb, &src, &left, &dst, &room);
        zp_buf_add(&t->line, out, (size_t)(dst - out));
        if (r == (size_t)-1 && errno != E2BIG) {
            /* Not GB18030 either: keep the byte, the normaliser will
             * replace it. */
            zp_buf_add(&t->line, src, 1);
            src++;
            left--;
        }
    }
}

/* A Markdown line as a reader of the rendered page sees it: a pipe-table
 * row becomes cells separated by tabs (as a DOCX table row is read), the
 * rule under a table's header becomes an empty line, and the marks of
 * headings, bold and escapes go. Line numbers stay those of the file. */
static void markdown_line(zp_buf *line)
{
    char *s = line->data;
    size_t n = line->len;
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    size_t i = 0;
    while (i < n && s[i] == ' ')
        i++;
    zp_buf out;
    zp_buf_init(&out);
    zp_buf_puts(&out, "");
    bool row = n - i >= 2 && s[i] == '|' && s[n - 1] == '|';
    if (row) {
        bool rule = true;
        for (size_t k = i; k < n && rule; k++)
            rule = strchr("|-: ", s[k]) != NULL;
        if (!rule) {
            for (size_t k = i + 1; k < n; k++) {
                if (s[k] == '\\' && k + 1 < n && strchr("\\`*_[]<>|#-+=~.!()", s[k + 1])) {
                    zp_buf_putc(&out, s[++k]);
                } else if (s[k] == '|') {
                    if (k + 1 < n)
                        zp_buf_putc(&out, '\t');
                } else if (s[k] == '*' && k + 1 < n && s[k + 1] == '*') {
                    k++; /* bold */
                } else {
                    zp_buf_putc(&out, s[k]);
                }
            }
        }
    } else {
        /* "## 一、…" and "**表1  …**" */
        size_t h = i;
        while (h < n && s[h] == '#')
            h++;
        if (h > i && h < n && s[h] == ' ')
            i = h + 1;
        bool bold = n - i >= 4 && !strncmp(s + i, "**", 2) && !strncmp(s + n - 2, "**", 2);
        if (bold) {
            i += 2;
            n -= 2;
        }
        for (size_t k = i; k < n; k++) {
            if (s[k] == '\\' && k + 1 < n && strchr("\\`*_[]<>|#-+=~.!()", s[k + 1]))
                k++;
            zp_buf_putc(&out, s[k]);
        }
    }
    line->len = 0;
    zp_buf_add(line, out.data, out.len);
    zp_buf_free(&out);
}

static bool is_markdown(const char *path)
{
    size_t n = strlen(path);
    return (n > 3 && !strcmp(path + n - 3, ".md")) ||
           (n > 9 && !strcmp(path + n - 9, ".markdown"));
}

static int text_next(zp_doc *doc, const char **text, size_t *len, int *page, int *same_line)
{
    text_impl *t = doc->impl;
    *page = 0;
    *same_line = t->pending_cut;
    for (;;) {
        char *p = t->buf + t->start;
        size_t avail = t->len - t->start;
        char *nl = avail ? memchr(p, '\n', avail) : NULL;
        size_t n;
        bool cut = false;
        if (nl) {
            n = (size_t)(nl - p);
        } else if (avail > ZP_LINE_MAX) {
            /* Cut a very long line, at a UTF-8 character boundary: p[n] is
             * read data, the first byte of the next piece. */
            n = ZP_LINE_MAX;
            while (n > 0 && ((unsigned char)p[n] & 0xC0) == 0x80)
                n--;
            cut = true;
        } else if (refill(doc, t)) {
            continue;
        } else {
            if (doc->failed)
                return -1;
            p = t->buf + t->start; /* refill may have moved the bytes */
            avail = t->len - t->start;
            if (avail == 0)
                return 0;
            n = avail;
        }
        size_t used = n + (nl != NULL);
        size_t keep = n;
        if (keep > 0 && p[keep - 1] == '\r')
            keep--;
        t->start += used;
        t->pending_cut = cut;
        if (zp_ck_utf8_valid(p, keep)) {
            t->line.len = 0;
            zp_buf_add(&t->line, p, keep);
        } else {
            convert_gb18030(t, p, keep);
        }
        if (t->markdown && !cut && !*same_line)
            markdown_line(&t->line);
        *text = t->line.data ? t->line.data : "";
        *len = t->line.len;
        return 1;
    }
}

static void text_close(zp_doc *doc)
{
    text_impl *t = doc->impl;
    if (!t)
        return;
    if (t->f)
        fclose(t->f);
    if (t->utf16 != (iconv_t)-1)
        iconv_close(t->utf16);
    if (t->gb_tried && t->gb != (iconv_t)-1)
        iconv_close(t->gb);
    free(t->buf);
    zp_buf_free(&t->line);
    free(t);
    doc->impl = NULL;
}

static const zp_reader text_reader = {text_next, text_close};

int zp_ck_text_open(zp_doc *doc, FILE *f)
{
    text_impl *t = zp_xcalloc(1, sizeof *t);
    t->f = f;
    t->utf16 = (iconv_t)-1;
    t->markdown = is_markdown(doc->path);
    t->cap = CHUNK * 4 + 8;
    t->buf = zp_xmalloc(t->cap);
    zp_buf_init(&t->line);
    doc->impl = t;
    doc->reader = &text_reader;

    unsigned char head[8192];
    size_t got = fread(head, 1, sizeof head, f);
    size_t skip = 0;
    if (got >= 2 && head[0] == 0xFF && head[1] == 0xFE) {
        t->utf16 = iconv_open("UTF-8", "UTF-16LE");
        skip = 2;
    } else if (got >= 2 && head[0] == 0xFE && head[1] == 0xFF) {
        t->utf16 = iconv_open("UTF-8", "UTF-16BE");
        skip = 2;
    } else {
        if (got >= 3 && !memcmp(head, "\xEF\xBB\xBF", 3))
            skip = 3;
        if (memchr(head, '\0', got))
            return zp_ck_doc_fail(doc, "binary file, not text",
                               "这不是文本文件（含二进制内容），支持的格式：.txt/.md、.docx、.pdf");
    }
    if (skip == 2 && t->utf16 == (iconv_t)-1)
        return zp_ck_doc_fail(doc, "no UTF-16 converter", "无法转换 UTF-16 编码");
    if (fseek(f, (long)skip, SEEK_SET) != 0)
        return zp_ck_doc_fail(doc, "cannot seek", "无法读取文件");
    return 0;
}
