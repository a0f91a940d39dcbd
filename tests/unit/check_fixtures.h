/*
 * Fixtures for the checker's tests, built by the tests themselves so that no
 * binary file is committed: a PDF of given lines (a Type0 font whose
 * ToUnicode map is the identity, so MuPDF reads back exactly the text
 * written), a DOCX of paragraphs and tables (libzip), and the peak memory of
 * a run of the ziping command.
 */
#ifndef ZP_CHECK_FIXTURES_H
#define ZP_CHECK_FIXTURES_H

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <zip.h>

#include "testutil.h"

/* ---- PDF ----------------------------------------------------------------- */

typedef struct pdf_out {
    FILE *f;
    long offsets[100000];
    int nobj;
} pdf_out;

static inline int pdf_obj_begin(pdf_out *p)
{
    p->offsets[++p->nobj] = ftell(p->f);
    fprintf(p->f, "%d 0 obj\n", p->nobj);
    return p->nobj;
}

static inline void pdf_stream(pdf_out *p, const char *data, size_t len)
{
    pdf_obj_begin(p);
    fprintf(p->f, "<< /Length %zu >>\nstream\n", len);
    fwrite(data, 1, len, p->f);
    fprintf(p->f, "\nendstream\nendobj\n");
}

/* UTF-8 to the hex of UTF-16BE code units (BMP only, which is all we use). */
static inline void pdf_hex(FILE *f, const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    while (*u) {
        unsigned cp;
        if (u[0] < 0x80)
            cp = *u++;
        else if (u[0] < 0xE0)
            cp = ((u[0] & 0x1Fu) << 6) | (u[1] & 0x3Fu), u += 2;
        else
            cp = ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu), u += 3;
        fprintf(f, "%04X", cp);
    }
}

/* Write a PDF whose page i (0-based) holds line_of(i, k, ...) for k in
 * [0, lines_per_page); line_of returns NULL to end a page early. A line
 * with tabs is a table row: its cells are placed in columns 110 pt apart. */
typedef const char *(*pdf_line_fn)(int page, int line, void *ctx);

static inline void write_pdf(const char *path, int pages, int lines_per_page, pdf_line_fn line_of,
                             void *ctx)
{
    pdf_out *p = calloc(1, sizeof *p);
    assert_non_null(p);
    p->f = fopen(path, "wb");
    assert_non_null(p->f);
    fprintf(p->f, "%%PDF-1.7\n");
    /* The ToUnicode map: every 2-byte code is its own code point. */
    char *cmap = malloc(64 * 1024);
    size_t n = (size_t)sprintf(cmap, "/CIDInit /ProcSet findresource begin 12 dict begin begincmap "
                                     "/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def "
                                     "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
                                     "1 begincodespacerange <0000> <FFFF> endcodespacerange\n");
    for (int blk = 0; blk < 256; blk += 100) {
        int k = 256 - blk < 100 ? 256 - blk : 100;
        n += (size_t)sprintf(cmap + n, "%d beginbfrange\n", k);
        for (int x = blk; x < blk + k; x++)
            n += (size_t)sprintf(cmap + n, "<%02X00> <%02XFF> <%02X00>\n", x, x, x);
        n += (size_t)sprintf(cmap + n, "endbfrange\n");
    }
    n += (size_t)sprintf(cmap + n, "endcmap CMapName currentdict /CMap defineresource pop end end\n");
    pdf_stream(p, cmap, n); /* 1 */
    free(cmap);
    pdf_obj_begin(p); /* 2 */
    fprintf(p->f, "<< /Type /FontDescriptor /FontName /ZPTest /Flags 4 /FontBBox [0 -200 1000 800] "
                  "/ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>\nendobj\n");
    pdf_obj_begin(p); /* 3 */
    fprintf(p->f, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ZPTest /CIDSystemInfo << "
                  "/Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 2 0 R "
                  "/DW 1000 /CIDToGIDMap /Identity >>\nendobj\n");
    pdf_obj_begin(p); /* 4 */
    fprintf(p->f, "<< /Type /Font /Subtype /Type0 /BaseFont /ZPTest /Encoding /Identity-H "
                  "/DescendantFonts [3 0 R] /ToUnicode 1 0 R >>\nendobj\n");
    /* Pages: object 5 is the page tree, then a content stream and a page each. */
    int pages_obj = 5;
    p->offsets[++p->nobj] = -1; /* written last */
    int *page_objs = calloc((size_t)pages, sizeof *page_objs);
    for (int i = 0; i < pages; i++) {
        char *content = malloc(256 * 1024);
        size_t len = (size_t)sprintf(content, "BT /F0 10 Tf 14 TL 40 800 Td\n");
        for (int k = 0; k < lines_per_page; k++) {
            const char *line = line_of(i, k, ctx);
            if (!line)
                break;
            FILE *mem = fmemopen(content + len, 256 * 1024 - len, "w");
            if (strchr(line, '\t')) {
                /* A table row: each cell at its column, as a spreadsheet
                 * printed to PDF places them; empty cells print nothing. */
                int y = 800 - 14 * k, col = 0;
                for (const char *c = line;; col++) {
                    const char *e = strchr(c, '\t');
                    size_t m = e ? (size_t)(e - c) : strlen(c);
                    if (m > 0) {
                        char cellbuf[256];
                        snprintf(cellbuf, sizeof cellbuf, "%.*s", (int)m, c);
                        fprintf(mem, "1 0 0 1 %d %d Tm <", 40 + 110 * col, y);
                        pdf_hex(mem, cellbuf);
                        fputs("> Tj\n", mem);
                    }
                    if (!e)
                        break;
                    c = e + 1;
                }
                fprintf(mem, "1 0 0 1 40 %d Tm T*\n", y);
            } else {
                fputc('<', mem);
                pdf_hex(mem, line);
                fputs("> Tj T*\n", mem);
            }
            len += (size_t)ftell(mem);
            fclose(mem);
        }
        len += (size_t)sprintf(content + len, "ET\n");
        pdf_stream(p, content, len);
        free(content);
        int content_obj = p->nobj;
        page_objs[i] = pdf_obj_begin(p);
        fprintf(p->f, "<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font "
                      "<< /F0 4 0 R >> >> /Contents %d 0 R >>\nendobj\n",
                pages_obj, content_obj);
    }
    p->offsets[pages_obj] = ftell(p->f);
    fprintf(p->f, "%d 0 obj\n<< /Type /Pages /Count %d /Kids [", pages_obj, pages);
    for (int i = 0; i < pages; i++)
        fprintf(p->f, "%d 0 R ", page_objs[i]);
    fprintf(p->f, "] >>\nendobj\n");
    int catalog = pdf_obj_begin(p);
    fprintf(p->f, "<< /Type /Catalog /Pages %d 0 R >>\nendobj\n", pages_obj);
    long xref = ftell(p->f);
    fprintf(p->f, "xref\n0 %d\n0000000000 65535 f \n", p->nobj + 1);
    for (int i = 1; i <= p->nobj; i++)
        fprintf(p->f, "%010ld 00000 n \n", p->offsets[i]);
    fprintf(p->f, "trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%ld\n%%%%EOF\n", p->nobj + 1,
            catalog, xref);
    fclose(p->f);
    free(page_objs);
    free(p);
}

/* ---- DOCX ---------------------------------------------------------------- */

static inline void fixture_zip_add(zip_t *z, const char *name, const char *data)
{
    zip_source_t *s = zip_source_buffer(z, data, strlen(data), 0);
    assert_non_null(s);
    assert_true(zip_file_add(z, name, s, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8) >= 0);
}

/* A DOCX whose word/document.xml body is body (w:p and w:tbl elements),
 * with word/numbering.xml when numbering is not NULL. */
static inline void write_docx_numbered(const char *path, const char *body, const char *numbering);

static inline void write_docx(const char *path, const char *body)
{
    write_docx_numbered(path, body, NULL);
}

static inline void write_docx_numbered(const char *path, const char *body, const char *numbering)
{
    int err = 0;
    zip_t *z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &err);
    assert_non_null(z);
    static const char types[] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    static const char rels[] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    char *doc = malloc(strlen(body) + 1024);
    sprintf(doc, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                 "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                 "<w:body>%s</w:body></w:document>",
            body);
    fixture_zip_add(z, "[Content_Types].xml", types);
    fixture_zip_add(z, "_rels/.rels", rels);
    fixture_zip_add(z, "word/document.xml", doc);
    char *num = NULL;
    if (numbering) {
        num = malloc(strlen(numbering) + 512);
        sprintf(num, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                     "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                     "%s</w:numbering>",
                numbering);
        fixture_zip_add(z, "word/numbering.xml", num);
    }
    assert_int_equal(zip_close(z), 0);
    free(num);
    free(doc);
}

/* ---- peak memory ------------------------------------------------------- */

/* Run ziping with the given arguments (no shell); its exit status in
 * *status, its peak resident memory in KB returned. */
static inline long run_peak_kb(int *status, const char *a1, const char *a2, const char *a3)
{
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        int null = open("/dev/null", O_WRONLY);
        dup2(null, 1);
        dup2(null, 2);
        /* Under AddressSanitizer, freed memory is held in quarantine and
         * would count as peak memory; ask for none so that the figure is
         * what the program keeps (ignored by ordinary builds). */
        setenv("ASAN_OPTIONS", "quarantine_size_mb=0:detect_leaks=0", 1);
        execl(ZP_CLI, ZP_CLI, a1, a2, a3, (char *)NULL);
        _exit(127);
    }
    int raw = 0;
    struct rusage ru;
    assert_int_equal(wait4(pid, &raw, 0, &ru), pid);
    *status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    return ru.ru_maxrss;
}

#endif
