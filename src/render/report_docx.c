/*
 * The report as DOCX: zp_render_report_docx gathers the package's parts
 * (docx.h says which file writes which part), the parts that are the same
 * in every report made once per process, and zips them.
 */
#include <stdio.h>
#include <threads.h>

#include "render/docx.h"

#define CT_WML "application/vnd.openxmlformats-officedocument.wordprocessingml."
#define CT_APP "application/vnd.openxmlformats-officedocument.extended-properties+xml"
#define CT_CORE "application/vnd.openxmlformats-package.core-properties+xml"
#define CT_CHART "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"

static zp_docx_part *add_part(zp_docx_parts *p, const char *name, const char *content_type)
{
    if (p->count == p->cap) {
        p->cap = p->cap ? p->cap * 2 : 16;
        p->items = zp_xrealloc(p->items, p->cap * sizeof *p->items);
    }
    zp_docx_part *part = &p->items[p->count++];
    part->name = zp_xstrdup(name);
    part->content_type = content_type;
    part->data.data = NULL;
    part->data.len = 0;
    part->shared = false;
    part->store = false;
    part->packed = NULL;
    return part;
}

static void free_parts(zp_docx_parts *p)
{
    for (size_t i = 0; i < p->count; i++) {
        free(p->items[i].name);
        if (!p->items[i].shared)
            free(p->items[i].data.data);
    }
    free(p->items);
}

/* The parts that are the same in every report, made and deflated once per
 * process (the XML writer and deflate cost about as much for them as for a
 * short body). */
typedef struct fixed_part {
    zp_bytes xml;
    zp_docx_packed packed;
} fixed_part;
static struct {
    fixed_part rels, app, styles, settings, fonts, footer_odd, footer_even;
    bool ok;
} fixed;
static once_flag fixed_once = ONCE_FLAG_INIT;

/* made: whether f->xml was written */
static bool pack_fixed(bool made, fixed_part *f)
{
    return made && zp_docx_pack(&f->xml, &f->packed);
}

static void make_fixed(void)
{
    fixed.ok = pack_fixed(zp_docx_package_rels(&fixed.rels.xml), &fixed.rels) &&
               pack_fixed(zp_docx_app(&fixed.app.xml), &fixed.app) &&
               pack_fixed(zp_docx_styles(&fixed.styles.xml), &fixed.styles) &&
               pack_fixed(zp_docx_settings(&fixed.settings.xml), &fixed.settings) &&
               pack_fixed(zp_docx_font_table(&fixed.fonts.xml), &fixed.fonts) &&
               pack_fixed(zp_docx_footer(true, &fixed.footer_odd.xml), &fixed.footer_odd) &&
               pack_fixed(zp_docx_footer(false, &fixed.footer_even.xml), &fixed.footer_even);
}

static void add_fixed(zp_docx_parts *p, const char *name, const char *content_type,
                      const fixed_part *f)
{
    zp_docx_part *part = add_part(p, name, content_type);
    part->data = f->xml;
    part->shared = true;
    part->packed = &f->packed;
}

/* Every chart of r as a PNG, with its height: for --charts picture. */
static bool chart_pictures(const zp_report *r, size_t n_charts, zp_bytes **pngs, long **cy,
                           zp_diags *diags)
{
    *pngs = zp_xcalloc(n_charts ? n_charts : 1, sizeof **pngs);
    *cy = zp_xcalloc(n_charts ? n_charts : 1, sizeof **cy);
    size_t k = 0;
    for (size_t i = 0; i < r->n_blocks; i++) {
        const zp_doc_block *b = &r->blocks[i];
        if (b->kind != ZP_BLOCK_CHART || !b->chart)
            continue;
        if (!zp_docx_chart_png(b->chart, k + 1, &(*pngs)[k], &(*cy)[k], diags))
            return false;
        k++;
    }
    return true;
}

bool zp_render_report_docx(const zp_report *r, zp_docx_charts charts, zp_bytes *out,
                           zp_diags *diags)
{
    out->data = NULL;
    out->len = 0;
    int64_t epoch_v;
    const int64_t *epoch = zp_source_date_epoch(&epoch_v) ? &epoch_v : NULL;

    size_t n_charts = 0;
    for (size_t i = 0; i < r->n_blocks; i++)
        n_charts += r->blocks[i].kind == ZP_BLOCK_CHART && r->blocks[i].chart;

    call_once(&fixed_once, make_fixed);

    bool pictures = charts == ZP_DOCX_CHARTS_PICTURE && n_charts > 0;
    zp_bytes *pngs = NULL; /* each moves into its part */
    long *picture_cy = NULL;
    if (pictures && !chart_pictures(r, n_charts, &pngs, &picture_cy, diags)) {
        for (size_t i = 0; i < n_charts; i++)
            free(pngs[i].data);
        free(pngs);
        free(picture_cy);
        return false;
    }

    /* [Content_Types].xml first, as Word writes it; it is made last, from
     * the list of parts. */
    zp_docx_parts p = {0};
    add_part(&p, "[Content_Types].xml", NULL);
    bool ok = fixed.ok;
    if (ok) {
        add_fixed(&p, "_rels/.rels", NULL, &fixed.rels);
        add_fixed(&p, "docProps/app.xml", CT_APP, &fixed.app);
    }
    ok = ok && zp_docx_core(r, epoch, &add_part(&p, "docProps/core.xml", CT_CORE)->data);
    ok = ok &&
         zp_docx_document(r, picture_cy,
                          &add_part(&p, "word/document.xml", CT_WML "document.main+xml")->data);
    ok = ok && zp_docx_document_rels(n_charts, pictures,
                                     &add_part(&p, "word/_rels/document.xml.rels", NULL)->data);
    if (ok) {
        add_fixed(&p, "word/styles.xml", CT_WML "styles+xml", &fixed.styles);
        add_fixed(&p, "word/settings.xml", CT_WML "settings+xml", &fixed.settings);
        add_fixed(&p, "word/fontTable.xml", CT_WML "fontTable+xml", &fixed.fonts);
        add_fixed(&p, "word/footer1.xml", CT_WML "footer+xml", &fixed.footer_odd);
        add_fixed(&p, "word/footer2.xml", CT_WML "footer+xml", &fixed.footer_even);
    }
    size_t k = 0;
    for (size_t i = 0; i < r->n_blocks && ok; i++) {
        const zp_doc_block *b = &r->blocks[i];
        if (b->kind != ZP_BLOCK_CHART || !b->chart)
            continue;
        char name[48];
        if (pictures) {
            snprintf(name, sizeof name, "word/media/chart%zu.png", ++k);
            zp_docx_part *part = add_part(&p, name, "image/png");
            part->data = pngs[k - 1];
            part->store = true; /* PNG is deflated already */
            pngs[k - 1].data = NULL;
            continue;
        }
        snprintf(name, sizeof name, "word/charts/chart%zu.xml", ++k);
        ok = zp_docx_chart_part(b->chart, &add_part(&p, name, CT_CHART)->data);
    }
    if (pngs) {
        for (size_t i = 0; i < n_charts; i++)
            free(pngs[i].data); /* the ones a failure left unused */
        free(pngs);
    }
    free(picture_cy);
    ok = ok && zp_docx_content_types(&p, &p.items[0].data);
    if (!ok) {
        zp_diags_add(diags, ZP_FATAL, "docx-write", (zp_mark){0}, "cannot write the DOCX file",
                     "无法生成 DOCX 文件：写 XML 失败（内存不足）");
    } else {
        ok = zp_docx_zip(&p, epoch, out, diags);
    }
    free_parts(&p);
    return ok;
}
