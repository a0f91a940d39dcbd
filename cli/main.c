/*
 * ziping: a command of verbs, like git. Each verb lives in cmd_<verb>.c and
 * only parses its options, calls the library and prints.
 */
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const zp_verb verbs[] = {
    {"validate", cmd_validate, "检查单位年度数据的一致性 (check a unit-year's consistency)"},
    {"derive", cmd_derive, "计算执行率、占比、增减等全部派生数 (derive every figure)"},
    {"score", cmd_score, "按指标体系评分 (score against a framework)"},
    {"report", cmd_report, "写出自评报告与评分表：docx、html、md、xlsx (write the report)"},
    {"frameworks", cmd_frameworks, "列出内置指标体系 (list bundled frameworks)"},
    {"check", cmd_check, "检查自评报告中的计算与一致性错误 (check a report)"},
    {"text", cmd_text, "输出检查器读到的报告文本 (print a report's text as check reads it)"},
};

static void usage(FILE *out)
{
    fprintf(out, "用法 (usage): ziping <命令> [选项] 文件...\n\n命令 (verbs):\n");
    for (size_t i = 0; i < sizeof verbs / sizeof verbs[0]; i++)
        fprintf(out, "  %-11s %s\n", verbs[i].name, verbs[i].summary);
    fprintf(out, "\n退出码 (exit codes): 0 无问题, 1 发现错误, 2 输入无法读取或格式错误\n"
                 "每个命令的选项见 ziping <命令> --help，或 docs/cli.md\n");
}

int zp_cli_usage_error(const char *verb, const char *fmt, ...)
{
    fprintf(stderr, "ziping %s: ", verb);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\n（运行 ziping %s --help 查看用法）\n", verb);
    return ZP_EXIT_BAD_INPUT;
}

bool zp_cli_parse_format(const char *verb, const char *value, zp_out_format *out)
{
    if (!strcmp(value, "text"))
        *out = ZP_OUT_TEXT;
    else if (!strcmp(value, "json"))
        *out = ZP_OUT_JSON;
    else {
        zp_cli_usage_error(verb, "不支持的输出格式“%s”，可选 text 或 json (unknown --format)",
                           value);
        return false;
    }
    return true;
}

int zp_cli_parse(int argc, char **argv, const char *verb, const char *usage, bool with_framework,
                 zp_cli_opts *o)
{
    static const struct option opts[] = {{"format", required_argument, NULL, 'f'},
                                         {"framework", required_argument, NULL, 'F'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    o->format = ZP_OUT_TEXT;
    o->framework = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, with_framework ? "f:F:h" : "f:h", opts, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (!zp_cli_parse_format(verb, optarg, &o->format))
                return ZP_EXIT_BAD_INPUT;
            break;
        case 'F':
            if (!with_framework)
                return zp_cli_usage_error(verb, "此命令没有 --framework 选项 (no --framework here)");
            o->framework = optarg;
            break;
        case 'h':
            fputs(usage, stdout);
            return ZP_EXIT_CLEAN;
        default:
            return zp_cli_usage_error(verb, "选项有误 (bad option)");
        }
    }
    return -1;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return ZP_EXIT_BAD_INPUT;
    }
    const char *name = argv[1];
    if (!strcmp(name, "--help") || !strcmp(name, "-h") || !strcmp(name, "help")) {
        usage(stdout);
        return ZP_EXIT_CLEAN;
    }
    if (!strcmp(name, "--version") || !strcmp(name, "version")) {
        printf("ziping %s\n", ZIPING_VERSION);
        return ZP_EXIT_CLEAN;
    }
    for (size_t i = 0; i < sizeof verbs / sizeof verbs[0]; i++) {
        if (!strcmp(verbs[i].name, name))
            return verbs[i].run(argc - 1, argv + 1);
    }
    fprintf(stderr, "ziping: 没有“%s”这个命令 (unknown verb)\n\n", name);
    usage(stderr);
    return ZP_EXIT_BAD_INPUT;
}
