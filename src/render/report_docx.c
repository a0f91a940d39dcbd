/* The report as DOCX (to be written). */
#include "ziping/report.h"

bool zp_render_report_docx(const zp_report *r, zp_bytes *out, zp_diags *diags)
{
    (void)r;
    (void)out;
    zp_diags_add(diags, ZP_FATAL, "not-implemented", (zp_mark){0}, NULL, "DOCX 尚未实现");
    return false;
}
