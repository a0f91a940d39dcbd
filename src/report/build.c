/*
 * The report of a unit-year, section by section, in the order the genre
 * has (domain.md, "Anatomy"): 部门基本情况, 收支情况, 绩效自评情况,
 * 存在的问题, 改进措施, and how the evaluation was done. Each section is
 * built in a file of its own (sec_*.c) and left out when its data are.
 */
#include <string.h>

#include "report/doc.h"
#include "report/sections.h"

zp_report *zp_report_build(const zp_unit *u, const zp_derived *d, const zp_score_result *s)
{
    zp_arena *a = zp_arena_new();
    zp_report *r = ZP_ARENA_NEW(a, zp_report, 1);
    r->arena = a;
    r->unit = u;
    r->derived = d;
    r->score = s;
    const char *name = u->info.name ? u->info.name : "本单位";
    r->author = name;
    r->title = zp_arena_printf(a, "%s%d年度部门整体支出绩效自评报告", name, u->info.year);
    int n = 0;
    n = zp_sec_basic(r, n);
    n = zp_sec_money(r, n);
    n = zp_sec_evaluation(r, n);
    n = zp_sec_closing(r, n);
    (void)n;
    return r;
}

void zp_report_free(zp_report *r)
{
    if (r)
        zp_arena_free(r->arena);
}
