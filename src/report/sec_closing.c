/*
 * 存在的问题, 改进措施 and 自评工作开展情况: the unit's own words, as
 * written, each left out when the data have none.
 */
#include "report/doc.h"
#include "report/sections.h"

static int list_section(zp_report *r, int n, const char *title, const char *const *items,
                        size_t count)
{
    if (!count)
        return n;
    n = zp_doc_section(r, n, title);
    zp_doc_list(r, items, count);
    return n;
}

int zp_sec_closing(zp_report *r, int n)
{
    const zp_unit *u = r->unit;
    n = list_section(r, n, "存在的问题", u->problems, u->n_problems);
    n = list_section(r, n, "改进措施", u->improvements, u->n_improvements);
    if (u->evaluation.method) {
        n = zp_doc_section(r, n, "自评工作开展情况");
        zp_doc_lines(r, u->evaluation.method);
    }
    return n;
}
