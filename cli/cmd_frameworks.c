/* ziping frameworks: the bundled frameworks, one per line. */
#include <string.h>

#include "cli.h"

int cmd_frameworks(int argc, char **argv)
{
    if (argc > 1 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
        puts("用法 (usage): ziping frameworks\n列出内置指标体系的名称与全称。");
        return ZP_EXIT_CLEAN;
    }
    if (argc > 1)
        return zp_cli_usage_error("frameworks", "不接受参数 (takes no arguments)");
    for (const char *const *n = zp_framework_bundled(); *n; n++) {
        zp_diags d;
        zp_diags_init(&d);
        zp_framework *f = zp_framework_load(*n, &d);
        printf("%-16s %s\n", *n, f ? f->name : "(无法读取)");
        if (!f)
            zp_diags_print(&d, stderr);
        zp_framework_free(f);
        zp_diags_free(&d);
    }
    return ZP_EXIT_CLEAN;
}
