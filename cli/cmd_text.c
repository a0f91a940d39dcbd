/*
 * ziping text FILE: print a report's text as the checker reads it, one line
 * per line, so that the line numbers in `ziping check`'s findings can be
 * followed in DOCX and PDF files too.
 */
#include <getopt.h>
#include <string.h>

#include "cli.h"
#include "ziping/check.h"

static void help(FILE *out)
{
    fprintf(out, "用法 (usage): ziping text [--number] [--page] 文件\n\n"
                 "输出检查器读到的报告文本（.txt/.md、.docx、.pdf），每行一行，\n"
                 "行号与 ziping check 报告的行号一致。\n"
                 "(print the text as `ziping check` reads it; its line numbers are check's)\n\n"
                 "  -n, --number  每行前加行号 (prefix each line with its number)\n"
                 "  -p, --page    每行前加页码，PDF 才有 (prefix each line with its page)\n"
                 "  -h, --help    显示本帮助\n");
}

int cmd_text(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"number", no_argument, NULL, 'n'},
        {"page", no_argument, NULL, 'p'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    bool number = false, page = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "nph", longopts, NULL)) != -1) {
        switch (c) {
        case 'n':
            number = true;
            break;
        case 'p':
            page = true;
            break;
        case 'h':
            help(stdout);
            return ZP_EXIT_CLEAN;
        default:
            return zp_cli_usage_error("text", "无效的选项 (bad option)");
        }
    }
    if (argc - optind != 1)
        return zp_cli_usage_error("text", "需要且只需要一个文件 (give exactly one file)");

    zp_diags diags;
    zp_diags_init(&diags);
    zp_doc *doc = zp_doc_open(argv[optind], &diags);
    int rc = ZP_EXIT_CLEAN;
    if (doc) {
        zp_text_line line;
        int r, last = 0;
        while ((r = zp_doc_next(doc, &line)) > 0) {
            /* A very long line comes in pieces with one number. */
            if (line.number != last) {
                if (last)
                    putchar('\n');
                if (number)
                    printf("%6d\t", line.number);
                if (page)
                    printf("%4d\t", line.page);
                last = line.number;
            }
            fwrite(line.text, 1, line.len, stdout);
        }
        if (last)
            putchar('\n');
        zp_doc_close(doc);
        if (r < 0)
            rc = ZP_EXIT_BAD_INPUT;
    } else {
        rc = ZP_EXIT_BAD_INPUT;
    }
    fflush(stdout);
    zp_diags_print(&diags, stderr);
    zp_diags_free(&diags);
    return rc;
}
