/* ziping validate FILE...: is each unit-year consistent with itself? */
#include <stdlib.h>

#include "cli.h"

static const char usage[] =
    "用法 (usage): ziping validate [--format text|json] 文件.yaml...\n"
    "检查各分项是否加总一致、各种分类是否对得上同一总额、报告所列比率与数据是否相符，\n"
    "以及人员、指标、评分等。按舍入区间比较，舍入误差不算错误。\n"
    "--format json：一个文件输出一个 JSON 对象；多个文件时每行一个对象（JSON Lines）。\n"
    "退出码：0 无错误，1 有错误，2 文件无法读取或格式有误。\n";

int cmd_validate(int argc, char **argv)
{
    zp_cli_opts o;
    int rc = zp_cli_parse(argc, argv, "validate", usage, false, &o);
    if (rc >= 0)
        return rc;
    zp_out_format fmt = o.format;
    if (optind >= argc)
        return zp_cli_usage_error("validate", "需要至少一个数据文件 (expects a file)");

    int worst = ZP_EXIT_CLEAN;
    for (int i = optind; i < argc; i++) {
        zp_diags diags;
        zp_diags_init(&diags);
        zp_unit *u = zp_unit_load(argv[i], &diags);
        if (u) {
            zp_derived *d = zp_derive(u);
            zp_validate_all(u, d, NULL, &diags);
            zp_derived_free(d);
        }
        zp_diags_sort(&diags);
        if (fmt == ZP_OUT_JSON) {
            /* several files: JSON Lines, one object per file */
            char *out = zp_render_diags_json(&diags, argv[i], argc - optind > 1);
            fputs(out, stdout);
            free(out);
        } else {
            zp_diags_print(&diags, u ? stdout : stderr);
        }
        rc = zp_diags_exit_code(&diags);
        if (rc > worst)
            worst = rc;
        zp_unit_free(u);
        zp_diags_free(&diags);
    }
    return worst;
}
