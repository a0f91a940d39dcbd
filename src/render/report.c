/* The report's renderers, by format. */
#include <string.h>

#include "ziping/report.h"

static const char *const names[] = {"md", "html", "docx", "xlsx", "figures"};

bool zp_report_format_parse(const char *name, zp_report_format *out)
{
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (!strcmp(name, names[i]) || (i == 0 && !strcmp(name, "markdown"))) {
            *out = (zp_report_format)i;
            return true;
        }
    }
    return false;
}

const char *zp_report_format_ext(zp_report_format f)
{
    return names[f];
}

static bool from_string(char *s, zp_bytes *out)
{
    out->data = (uint8_t *)s;
    out->len = strlen(s);
    return true;
}

bool zp_report_render(const zp_report *r, zp_report_format f, const zp_render_options *options,
                      zp_bytes *out, zp_diags *diags)
{
    static const zp_render_options defaults = {0};
    if (!options)
        options = &defaults;
    out->data = NULL;
    out->len = 0;
    switch (f) {
    case ZP_REPORT_MD:
        return from_string(zp_render_report_md(r), out);
    case ZP_REPORT_HTML:
        return from_string(zp_render_report_html(r), out);
    case ZP_REPORT_DOCX:
        return zp_render_report_docx(r, options->docx_charts, out, diags);
    case ZP_REPORT_XLSX:
        return zp_render_report_xlsx(r, out, diags);
    case ZP_REPORT_FIGURES:
        return from_string(zp_render_report_figures(r), out);
    }
    return false;
}
