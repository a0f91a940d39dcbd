/* ziping score FILE [--framework NAME|PATH]: the score table, total and grade. */
#include <stdlib.h>

#include "cli.h"

static const char usage[] =
    "用法 (usage): ziping score [--framework 名称|路径] [--format text|json] 文件.yaml\n"
    "按指标体系评分：末级指标按规则或手工评分，上级为下级之和，给出总分与等级。\n"
    "未指定 --framework 时使用数据文件 evaluation.framework 中的指标体系。\n"
    "内置指标体系见 ziping frameworks。\n";

int cmd_score(int argc, char **argv)
{
    zp_cli_opts o;
    int rc = zp_cli_parse(argc, argv, "score", usage, true, &o);
    if (rc >= 0)
        return rc;
    zp_out_format fmt = o.format;
    const char *framework = o.framework;
    if (optind != argc - 1)
        return zp_cli_usage_error("score", "需要一个数据文件 (expects one file)");

    zp_diags diags;
    zp_diags_init(&diags);
    zp_unit *u = zp_unit_load(argv[optind], &diags);
    zp_framework *f = NULL;
    zp_derived *d = NULL;
    zp_score_result *s = NULL;
    if (u) {
        const char *ref = framework ? framework : u->evaluation.framework;
        if (!ref)
            zp_diags_add(&diags, ZP_FATAL, "no-framework", (zp_mark){u->file, 0, 0},
                         "no framework given",
                         "未指定指标体系：请用 --framework 给出，或在数据文件的 evaluation.framework 中写明");
        else
            f = zp_framework_load(ref, &diags);
    }
    if (f) {
        d = zp_derive(u);
        s = zp_score(u, d, f, &diags);
    }
    if (s) {
        char *out = fmt == ZP_OUT_JSON ? zp_render_score_json(s) : zp_render_score_text(s);
        fputs(out, stdout);
        free(out);
        zp_score_check(s, &diags);
    }
    zp_diags_sort(&diags);
    zp_diags_print(&diags, stderr);
    rc = zp_diags_exit_code(&diags);
    zp_score_free(s);
    zp_derived_free(d);
    zp_framework_free(f);
    zp_unit_free(u);
    zp_diags_free(&diags);
    return rc;
}
