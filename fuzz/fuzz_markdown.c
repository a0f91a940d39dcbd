/*
 * Fuzz the Markdown side of the checker's text reader: any bytes, read as
 * a .md report (pipe tables turned into rows of cells, heading and bold
 * marks, escapes), must be read and checked without crashing or leaking,
 * and every finding must name a line of the input. The reader takes a
 * file, so each input is written to one (in TMPDIR) first.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ziping/check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char path[256];
    if (!path[0]) {
        const char *dir = getenv("TMPDIR");
        snprintf(path, sizeof path, "%s/zp_fuzz_markdown_%ld.md", dir && *dir ? dir : "/tmp",
                 (long)getpid());
    }
    FILE *f = fopen(path, "wb");
    if (!f)
        return 0;
    fwrite(data, 1, size, f);
    fclose(f);
    int lines = 1;
    for (size_t i = 0; i < size; i++)
        lines += data[i] == '\n';

    zp_findings found;
    zp_diags diags;
    zp_findings_init(&found);
    zp_diags_init(&diags);
    zp_check_file(path, &found, &diags);
    for (size_t i = 0; i < found.count; i++) {
        const zp_finding *g = &found.items[i];
        if (g->line < 0 || g->line > lines || g->end_line < g->line || g->end_line > lines)
            abort();
    }
    zp_findings_free(&found);
    zp_diags_free(&diags);
    unlink(path);
    return 0;
}
