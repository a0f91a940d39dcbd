/* ziping report FILE... [-o OUT] [--format docx|html|md|xlsx] [--charts native|picture]:
 * the report. */
#define _POSIX_C_SOURCE 200809L /* strdup, strndup, strtok_r */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

static const char usage[] =
    "用法 (usage): ziping report [-o 输出] [--format md|html|docx|xlsx|all] [--charts native|picture]\n"
    "                            [--framework 名称|路径] 文件.yaml...\n"
    "由数据写出部门整体支出绩效自评报告：报告中的每个数字都由数据算出。\n"
    "  --format   md、html、docx（报告）、xlsx（评分表与绩效目标表），可用逗号列出多种，\n"
    "             all 为全部四种；省略时按 -o 的扩展名，再省略为 md；\n"
    "             figures：Markdown 中每个数字的位置与来源（JSON）\n"
    "  -o 输出    输出文件；写多种格式或多个数据文件时为目录（文件名取数据文件名）；\n"
    "             省略或为 - 时写到标准输出（docx、xlsx 须给出 -o）\n"
    "  --charts   DOCX 中的图表：native 为 Word 原生图表（默认，可在 Word/WPS 中编辑），\n"
    "             picture 为图片（PNG，任何阅读器显示一致；需要 librsvg）\n"
    "多个数据文件在一次运行中依次写出，指标体系只载入一次；一个文件有误不影响其余文件。\n"
    "数据有不一致之处（见 ziping validate）时仍写出报告，但退出码为 1。\n";

enum { MAX_FORMATS = 4 };

static int parse_formats(const char *list, zp_report_format *out, int *n)
{
    *n = 0;
    if (!strcmp(list, "all")) {
        for (int i = 0; i < MAX_FORMATS; i++)
            out[(*n)++] = (zp_report_format)i;
        return -1;
    }
    char *copy = strdup(list), *save = NULL;
    for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
        zp_report_format f;
        if (!zp_report_format_parse(tok, &f)) {
            int rc = zp_cli_usage_error("report", "不支持的报告格式“%s”，可选 md、html、docx、xlsx 或 all "
                                                  "(unknown --format)", tok);
            free(copy);
            return rc;
        }
        bool seen = false;
        for (int i = 0; i < *n; i++)
            seen |= out[i] == f;
        if (!seen && *n < MAX_FORMATS)
            out[(*n)++] = f;
    }
    free(copy);
    return -1;
}

/* The format an output path's extension names. */
static bool format_of_path(const char *path, zp_report_format *out)
{
    const char *dot = strrchr(path, '.');
    return dot && !strchr(dot, '/') && zp_report_format_parse(dot + 1, out);
}

/* "examples/shaoguan-kx-2023.yaml" -> "shaoguan-kx-2023" */
static char *stem(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    size_t n = dot && dot != base ? (size_t)(dot - base) : strlen(base);
    return strndup(base, n);
}

/* DIR/NAME.EXT */
static char *path_in(const char *dir, const char *name, const char *ext)
{
    size_t n = strlen(dir) + strlen(name) + strlen(ext) + 3;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s%s%s.%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", name, ext);
    return p;
}

/* What every data file of one run is written with. */
typedef struct report_job {
    const char *framework;         /* --framework, or NULL */
    zp_framework_cache *frameworks;
    const zp_report_format *fmts;
    int n_fmts;
    const char *out; /* -o, or NULL */
    bool into_dir;   /* out is a folder; files are named after their data files */
    zp_render_options render;
} report_job;

static bool write_one(const zp_report *r, zp_report_format f, const zp_render_options *ro,
                      const char *out, zp_diags *diags)
{
    zp_bytes b;
    if (!zp_report_render(r, f, ro, &b, diags))
        return false;
    bool ok;
    if (!out || !strcmp(out, "-"))
        ok = fwrite(b.data, 1, b.len, stdout) == b.len && fflush(stdout) == 0;
    else
        ok = zp_write_file_atomic(out, b.data, b.len, diags);
    free(b.data);
    return ok;
}

/* One data file's report in every format asked for: its exit code. */
static int report_one(const char *path, const report_job *job)
{
    zp_diags diags;
    zp_diags_init(&diags);
    zp_cli_year y;
    int rc = ZP_EXIT_BAD_INPUT;
    if (zp_cli_year_load(&y, path, job->framework, job->frameworks, &diags)) {
        /* The report is written from the data whatever they hold; where the
         * data disagree with themselves, say so (exit 1), as validate does
         * (its scoring checks on the scoring already made). */
        zp_validate(y.unit, y.derived, &diags);
        if (y.score)
            zp_score_check(y.score, &diags);
        zp_report *r = zp_report_build(y.unit, y.derived, y.score);
        bool ok = true;
        char *name = stem(path);
        for (int i = 0; i < job->n_fmts && ok; i++) {
            zp_report_format f = job->fmts[i];
            char *file = job->into_dir ? path_in(job->out, name, zp_report_format_ext(f))
                                       : (job->out ? strdup(job->out) : NULL);
            ok = write_one(r, f, &job->render, file, &diags);
            if (ok && file && strcmp(file, "-"))
                fprintf(stderr, "ziping report: 已写出 %s\n", file);
            free(file);
        }
        free(name);
        zp_report_free(r);
        rc = ok ? zp_diags_exit_code(&diags) : ZP_EXIT_BAD_INPUT;
    }
    zp_diags_sort(&diags);
    zp_diags_print(&diags, stderr);
    zp_cli_year_free(&y);
    zp_diags_free(&diags);
    return rc;
}

/* Two data files whose reports would take one name in the folder. */
static int same_names(char **paths, int count)
{
    for (int i = 0; i < count; i++) {
        char *a = stem(paths[i]);
        for (int j = i + 1; j < count; j++) {
            char *b = stem(paths[j]);
            bool same = !strcmp(a, b);
            free(b);
            if (same) {
                int rc = zp_cli_usage_error("report", "“%s”与“%s”的报告会同名，请分开运行或改名 "
                                                      "(two files give one output name)",
                                            paths[i], paths[j]);
                free(a);
                return rc;
            }
        }
        free(a);
    }
    return -1;
}

int cmd_report(int argc, char **argv)
{
    static const struct option opts[] = {{"output", required_argument, NULL, 'o'},
                                         {"format", required_argument, NULL, 'f'},
                                         {"framework", required_argument, NULL, 'F'},
                                         {"charts", required_argument, NULL, 'c'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    const char *out = NULL, *framework = NULL, *formats = NULL;
    zp_render_options render = {0};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:f:F:c:h", opts, NULL)) != -1) {
        switch (c) {
        case 'o':
            out = optarg;
            break;
        case 'f':
            formats = optarg;
            break;
        case 'F':
            framework = optarg;
            break;
        case 'c':
            if (!strcmp(optarg, "native"))
                render.docx_charts = ZP_DOCX_CHARTS_NATIVE;
            else if (!strcmp(optarg, "picture"))
                render.docx_charts = ZP_DOCX_CHARTS_PICTURE;
            else
                return zp_cli_usage_error("report", "--charts 只能是 native 或 picture，不是“%s” "
                                                    "(unknown --charts)", optarg);
            break;
        case 'h':
            fputs(usage, stdout);
            return ZP_EXIT_CLEAN;
        default:
            return zp_cli_usage_error("report", "选项有误 (bad option)");
        }
    }
    if (optind >= argc)
        return zp_cli_usage_error("report", "需要数据文件 (expects a file)");
    int n_files = argc - optind;
    char **paths = argv + optind;

    zp_report_format fmts[MAX_FORMATS];
    int n = 0, rc;
    if (formats && (rc = parse_formats(formats, fmts, &n)) >= 0)
        return rc;
    if (!formats) {
        fmts[0] = ZP_REPORT_MD;
        n = 1;
        if (n_files == 1 && out && strcmp(out, "-") && !format_of_path(out, &fmts[0]))
            return zp_cli_usage_error("report", "无法从“%s”的扩展名判断格式，请用 --format 指定 "
                                                "(give --format)", out);
    }
    bool to_stdout = !out || !strcmp(out, "-");
    bool into_dir = n > 1 || n_files > 1;
    if (into_dir && to_stdout)
        return zp_cli_usage_error("report", "写多种格式或多个文件时请用 -o 给出输出目录 (give -o DIR)");
    for (int i = 0; i < n && to_stdout; i++) {
        if (fmts[i] == ZP_REPORT_DOCX || fmts[i] == ZP_REPORT_XLSX)
            return zp_cli_usage_error("report", "%s 格式请用 -o 给出输出文件 (give -o FILE)",
                                      zp_report_format_ext(fmts[i]));
    }
    if (n_files > 1 && (rc = same_names(paths, n_files)) >= 0)
        return rc;
    if (into_dir) {
        struct stat st;
        if (stat(out, &st) != 0 && mkdir(out, 0777) != 0)
            return zp_cli_usage_error("report", "无法创建输出目录“%s” (cannot create -o DIR)", out);
    }

    /* Each file on its own: one that cannot be read is reported and the
     * others are still written; the exit code is the worst of them. */
    report_job job = {framework, zp_framework_cache_new(), fmts, n, out, into_dir, render};
    rc = ZP_EXIT_CLEAN;
    bool disagree = false;
    for (int i = 0; i < n_files; i++) {
        int one = report_one(paths[i], &job);
        disagree |= one == ZP_EXIT_FINDINGS;
        rc = one > rc ? one : rc;
    }
    zp_framework_cache_free(job.frameworks);
    if (disagree)
        fprintf(stderr, "ziping report: 数据有不一致之处（如上），报告中的相应数字由数据照算，"
                        "请核对后修改数据 (the data disagree with themselves)\n");
    return rc;
}
