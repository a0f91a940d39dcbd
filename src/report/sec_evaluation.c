#include "report/doc.h"
#include "report/sections.h"

int zp_sec_evaluation(zp_report *r, int n)
{
    (void)r;
    return n;
}
