/*
 * Fuzz the DOCX reader (libzip + libxml2's streaming reader): any bytes as
 * a .docx file must give lines or one fatal finding naming the file, never a
 * crash, a leak or a hang. An input that starts with 'X' is taken as the
 * body of word/document.xml and wrapped in a valid archive first, so that
 * the fuzzer reaches the XML walk as well as the ZIP reading.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zip.h>

#include "ziping/check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char path[64];

static int write_input(const uint8_t *data, size_t size)
{
    if (!path[0])
        snprintf(path, sizeof path, "/tmp/fuzz_docx_%d.docx", (int)getpid());
    if (size > 0 && data[0] == 'X') {
        int err = 0;
        zip_t *z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &err);
        if (!z)
            return -1;
        zip_source_t *s = zip_source_buffer(z, data + 1, size - 1, 0);
        if (!s || zip_file_add(z, "word/document.xml", s, ZIP_FL_OVERWRITE) < 0) {
            zip_source_free(s);
            zip_discard(z);
            return -1;
        }
        return zip_close(z) == 0 ? 0 : -1;
    }
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    size_t n = fwrite(data, 1, size, f);
    fclose(f);
    return n == size ? 0 : -1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (write_input(data, size) != 0)
        return 0;
    zp_diags diags;
    zp_diags_init(&diags);
    zp_doc *doc = zp_doc_open(path, &diags);
    if (doc) {
        zp_checker *c = zp_checker_new();
        zp_text_line line;
        int r, last = 0;
        while ((r = zp_doc_next(doc, &line)) > 0) {
            if (line.number < last || line.number > last + 1)
                abort();
            last = line.number;
            zp_checker_feed(c, &line);
        }
        zp_findings found;
        zp_findings_init(&found);
        zp_checker_finish(c, &found);
        zp_findings_free(&found);
        zp_checker_free(c);
        zp_doc_close(doc);
        if (r < 0 && zp_diags_count(&diags, ZP_FATAL) != 1)
            abort();
    } else if (zp_diags_count(&diags, ZP_FATAL) != 1) {
        abort();
    }
    zp_diags_free(&diags);
    return 0;
}
