/*
 * Opening a document: its kind is told by its first bytes (a .txt that is
 * really a PDF is read as a PDF), and a name that promises a kind the bytes
 * do not have is refused with a clear message rather than read as text.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "check/normalize.h"
#include "extract/extract.h"

int zp_ck_doc_fail(zp_doc *doc, const char *gloss, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = zp_xvasprintf(fmt, ap);
    va_end(ap);
    zp_mark at = {doc->path, 0, 0};
    zp_diags_add(doc->diags, ZP_FATAL, "unreadable", at, gloss, "%s", msg);
    free(msg);
    doc->failed = 1;
    return -1;
}

static bool has_suffix(const char *path, const char *suffix)
{
    size_t n = strlen(path), m = strlen(suffix);
    return n >= m && !strcasecmp(path + n - m, suffix);
}

zp_doc *zp_doc_open(const char *path, zp_diags *diags)
{
    zp_doc *doc = zp_xcalloc(1, sizeof *doc);
    doc->path = zp_xstrdup(path);
    doc->diags = diags;
    zp_buf_init(&doc->norm);
    zp_ck_simplifier_init(&doc->simp);

    struct stat st;
    if (stat(path, &st) != 0) {
        zp_ck_doc_fail(doc, "cannot open", "无法打开文件：%s", strerror(errno));
        goto fail;
    }
    if (S_ISDIR(st.st_mode)) {
        zp_ck_doc_fail(doc, "is a directory", "这是一个目录，不是报告文件");
        goto fail;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        zp_ck_doc_fail(doc, "cannot open", "无法打开文件：%s", strerror(errno));
        goto fail;
    }
    unsigned char head[1024];
    size_t got = fread(head, 1, sizeof head, f);
    if (got == 0) {
        bool err = ferror(f);
        fclose(f);
        if (err)
            zp_ck_doc_fail(doc, "cannot read", "无法读取文件");
        else
            zp_ck_doc_fail(doc, "empty file", "文件为空");
        goto fail;
    }
    rewind(f);

    bool zip = got >= 4 && !memcmp(head, "PK\x03\x04", 4);
    bool pdf = false;
    for (size_t i = 0; i + 5 <= got; i++) {
        if (!memcmp(head + i, "%PDF-", 5)) {
            pdf = true;
            break;
        }
    }
    bool ole = got >= 8 && !memcmp(head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    int rc;
    if (zip) {
        doc->kind = ZP_DOC_DOCX;
        rc = zp_ck_docx_open(doc, f);
    } else if (pdf) {
        doc->kind = ZP_DOC_PDF;
        rc = zp_ck_pdf_open(doc, f);
    } else if (ole) {
        fclose(f);
        zp_ck_doc_fail(doc, "old binary Word/Excel file",
                    "这是旧版 Office 二进制文件（.doc/.xls），请另存为 .docx 或 PDF 后再检查");
        goto fail;
    } else if (has_suffix(path, ".docx")) {
        fclose(f);
        zp_ck_doc_fail(doc, "not a DOCX", "文件名是 .docx，但内容不是 DOCX（ZIP）文件，可能已损坏");
        goto fail;
    } else if (has_suffix(path, ".pdf")) {
        fclose(f);
        zp_ck_doc_fail(doc, "not a PDF", "文件名是 .pdf，但内容不是 PDF 文件，可能已损坏");
        goto fail;
    } else {
        doc->kind = ZP_DOC_TEXT;
        rc = zp_ck_text_open(doc, f);
    }
    if (rc != 0)
        goto fail;
    return doc;
fail:
    zp_doc_close(doc);
    return NULL;
}

int zp_doc_next(zp_doc *doc, zp_text_line *line)
{
    if (doc->failed)
        return -1;
    const char *text;
    size_t len;
    int page = 0, same = 0;
    int rc = doc->reader->next(doc, &text, &len, &page, &same);
    if (rc <= 0)
        return rc;
    if (!same)
        doc->number++;
    doc->norm.len = 0;
    zp_ck_normalize_line(text, len, &doc->norm);
    zp_ck_simplify(&doc->simp, &doc->norm);
    line->text = doc->norm.data;
    line->len = doc->norm.len;
    line->number = doc->number;
    line->page = page;
    return 1;
}

zp_doc_kind zp_doc_kind_of(const zp_doc *doc)
{
    return doc->kind;
}

void zp_doc_close(zp_doc *doc)
{
    if (!doc)
        return;
    if (doc->reader && doc->reader->close)
        doc->reader->close(doc);
    zp_buf_free(&doc->norm);
    zp_ck_simplifier_free(&doc->simp);
    free(doc->path);
    free(doc);
}
