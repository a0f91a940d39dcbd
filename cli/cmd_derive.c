/* ziping derive FILE: every figure the data give, exact and rounded once. */
#include <stdlib.h>

#include "cli.h"

static const char usage[] =
    "用法 (usage): ziping derive [--format text|json] 文件.yaml\n"
    "计算执行率、占比、同比增减、控制率等全部派生数，四舍五入一次；\n"
    "文件写明指标体系时，同时给出各指标得分率。\n";

int cmd_derive(int argc, char **argv)
{
    zp_cli_opts o;
    int rc = zp_cli_parse(argc, argv, "derive", usage, false, &o);
    if (rc >= 0)
        return rc;
    zp_out_format fmt = o.format;
    if (optind != argc - 1)
        return zp_cli_usage_error("derive", "需要一个数据文件 (expects one file)");

    zp_diags diags;
    zp_diags_init(&diags);
    zp_unit *u = zp_unit_load(argv[optind], &diags);
    if (!u) {
        zp_diags_print(&diags, stderr);
        zp_diags_free(&diags);
        return ZP_EXIT_BAD_INPUT;
    }
    zp_derived *d = zp_derive(u);
    /* Score rates are derived figures too, when the file names a framework. */
    zp_framework *f = u->evaluation.framework ? zp_framework_load(u->evaluation.framework, &diags)
                                              : NULL;
    zp_score_result *s = f ? zp_score(u, d, f, &diags) : NULL;
    rc = zp_diags_exit_code(&diags) == ZP_EXIT_BAD_INPUT ? ZP_EXIT_BAD_INPUT : ZP_EXIT_CLEAN;
    if (rc == ZP_EXIT_CLEAN) {
        char *out = fmt == ZP_OUT_JSON ? zp_render_derived_json(d, s) : zp_render_derived_text(d, s);
        fputs(out, stdout);
        free(out);
    } else {
        zp_diags_sort(&diags);
        zp_diags_print(&diags, stderr);
    }
    zp_score_free(s);
    zp_framework_free(f);
    zp_derived_free(d);
    zp_unit_free(u);
    zp_diags_free(&diags);
    return rc;
}
