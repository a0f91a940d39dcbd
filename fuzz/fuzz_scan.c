/*
 * Fuzz the text side of the checker: any bytes, read as a report (invalid
 * UTF-8, half a number, a thousand 其中, a line that never ends), must be
 * normalised, joined, scanned and checked without crashing or leaking, and
 * every finding must name a line of the input.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check/normalize.h"
#include "check/scan.h"
#include "ziping/check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    int lines = 1;
    for (size_t i = 0; i < size; i++)
        lines += text[i] == '\n';

    zp_findings found;
    zp_findings_init(&found);
    zp_check_text(text, size, &found);
    for (size_t i = 0; i < found.count; i++) {
        const zp_finding *g = &found.items[i];
        if (g->line < 0 || g->line > lines || g->end_line < g->line || g->end_line > lines)
            abort();
        if (!g->message || !g->kind || !g->check)
            abort();
    }
    zp_findings_free(&found);

    /* The scanner alone, on one normalised line: numbers lie inside it and
     * in order. */
    zp_buf b;
    zp_buf_init(&b);
    zp_ck_normalize_line(text, size, &b);
    if (!zp_ck_utf8_valid(b.data, b.len))
        abort();
    zp_nums nums;
    memset(&nums, 0, sizeof nums);
    zp_ck_scan_numbers(b.data, b.len, &nums);
    size_t last = 0;
    for (size_t i = 0; i < nums.count; i++) {
        const zp_num *n = &nums.items[i];
        if (n->start > n->num_end || n->num_end > n->end || n->end > b.len || n->start < last)
            abort();
        last = n->start;
    }
    zp_ck_nums_free(&nums);
    zp_buf_free(&b);
    return 0;
}
