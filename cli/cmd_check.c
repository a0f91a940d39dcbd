/*
 * ziping check FILE...: find the figures in published self-evaluation
 * reports that cannot be right. Each file is read, checked, printed and
 * forgotten before the next, so memory does not grow with their number.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "ziping/check.h"

static void help(FILE *out)
{
    fprintf(out,
            "用法 (usage): ziping check [--format text|json] 文件...\n\n"
            "检查部门整体支出绩效自评报告（.txt/.md、.docx、.pdf）中不可能成立的数字：\n"
            "完成率、比上年增减、部分与合计、占比、评分表与等级、人数，前后不一的同一数字，\n"
            "零基数的增长率、与数字相反的增减用词、互相矛盾的事实、不存在的年份。\n"
            "每个数字按其舍入区间理解，只有区间内没有任何取值能使说法成立时才报错。\n"
            "(find the figures that cannot be right, with interval arithmetic)\n\n"
            "  -f, --format FMT  text（默认，像编译器一样每行一条）或 json\n"
            "  -h, --help        显示本帮助\n\n"
            "退出码 (exit codes): 0 无错误, 1 发现错误, 2 文件无法读取或用法错误\n"
            "行号：纯文本为文件的行号；DOCX、PDF 为 ziping text 输出的行号。\n");
}

int cmd_check(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    zp_out_format format = ZP_OUT_TEXT;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (!zp_cli_parse_format("check", optarg, &format))
                return ZP_EXIT_BAD_INPUT;
            break;
        case 'h':
            help(stdout);
            return ZP_EXIT_CLEAN;
        default:
            return zp_cli_usage_error("check", "无效的选项 (bad option)");
        }
    }
    int nfiles = argc - optind;
    if (nfiles < 1)
        return zp_cli_usage_error("check", "请给出要检查的报告文件 (give at least one file)");

    bool unreadable = false, errors = false;
    bool array = format == ZP_OUT_JSON && nfiles > 1;
    if (array)
        fputs("[\n", stdout);
    for (int i = optind; i < argc; i++) {
        const char *file = argv[i];
        zp_findings found;
        zp_findings_init(&found);
        zp_diags diags;
        zp_diags_init(&diags);
        int rc = zp_check_file(file, &found, &diags);
        if (rc != 0)
            unreadable = true;
        if (zp_findings_count(&found, ZP_ERROR))
            errors = true;
        if (format == ZP_OUT_JSON) {
            const char *why = NULL;
            for (size_t k = 0; k < diags.count; k++)
                if (diags.items[k].severity == ZP_FATAL)
                    why = diags.items[k].message;
            char *json = zp_findings_json(&found, file, rc != 0 ? (why ? why : "无法读取") : NULL);
            if (array && i > optind)
                fputs(",\n", stdout);
            fputs(json, stdout);
            free(json);
            if (rc != 0)
                zp_diags_print(&diags, stderr);
        } else {
            zp_findings_print(&found, file, stdout);
            zp_diags_print(&diags, stderr);
        }
        zp_diags_free(&diags);
        zp_findings_free(&found);
    }
    if (array)
        fputs("]\n", stdout);
    fflush(stdout);
    if (unreadable)
        return ZP_EXIT_BAD_INPUT;
    return errors ? ZP_EXIT_FINDINGS : ZP_EXIT_CLEAN;
}
