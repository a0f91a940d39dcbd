/*
 * SVG to PNG with librsvg and cairo, loaded at first use (raster.h says
 * why). The functions are looked up by name and typed from the libraries'
 * own headers (__typeof__), so a mismatch is a compile error, not a crash.
 *
 * Pixel geometry is in doubles because that is librsvg's and cairo's
 * interface; no figure of the report passes through here, only the SVG
 * that svg_chart.c wrote from the exact decimals.
 */
#define _POSIX_C_SOURCE 200809L /* dlopen */
#include <dlfcn.h>
#include <string.h>
#include <threads.h>

#include <cairo.h>
#include <librsvg/rsvg.h>

#include "base/mem.h"
#include "render/raster.h"

#define FN(name) __typeof__(name) *name
static struct {
    FN(rsvg_handle_new_from_data);
    FN(rsvg_handle_get_intrinsic_size_in_pixels);
    FN(rsvg_handle_render_document);
    FN(g_object_unref);
    FN(g_error_free);
    FN(cairo_image_surface_create);
    FN(cairo_surface_status);
    FN(cairo_create);
    FN(cairo_set_source_rgb);
    FN(cairo_paint);
    FN(cairo_destroy);
    FN(cairo_surface_flush);
    FN(cairo_surface_write_to_png_stream);
    FN(cairo_surface_destroy);
    const char *missing; /* what could not be loaded, or NULL */
} lib;
#undef FN
static once_flag lib_once = ONCE_FLAG_INIT;

/* The Debian 12 runtime packages' sonames: librsvg2-2, libcairo2, libglib2.0-0. */
static const char *const sonames[] = {"librsvg-2.so.2", "libcairo.so.2", "libgobject-2.0.so.0",
                                      "libglib-2.0.so.0"};
enum { N_LIBS = sizeof sonames / sizeof sonames[0] };

static void *handles[N_LIBS];

/* Look name up in the loaded libraries into *fn (a function pointer). */
static void find(void *fn, size_t size, const char *name)
{
    void *sym = NULL;
    for (int i = 0; i < N_LIBS && !sym; i++)
        sym = handles[i] ? dlsym(handles[i], name) : NULL;
    if (!sym) {
        if (!lib.missing)
            lib.missing = name;
        return;
    }
    /* POSIX: a dlsym result may be used as a function pointer; memcpy keeps
     * ISO C's object/function pointer rule. */
    memcpy(fn, &sym, size);
}
#define FIND(name) find(&lib.name, sizeof lib.name, #name)

static void load(void)
{
    for (int i = 0; i < N_LIBS; i++) {
        handles[i] = dlopen(sonames[i], RTLD_NOW | RTLD_LOCAL);
        if (!handles[i] && !lib.missing)
            lib.missing = sonames[i];
    }
    if (lib.missing)
        return;
    FIND(rsvg_handle_new_from_data);
    FIND(rsvg_handle_get_intrinsic_size_in_pixels);
    FIND(rsvg_handle_render_document);
    FIND(g_object_unref);
    FIND(g_error_free);
    FIND(cairo_image_surface_create);
    FIND(cairo_surface_status);
    FIND(cairo_create);
    FIND(cairo_set_source_rgb);
    FIND(cairo_paint);
    FIND(cairo_destroy);
    FIND(cairo_surface_flush);
    FIND(cairo_surface_write_to_png_stream);
    FIND(cairo_surface_destroy);
}

static void fail(zp_diags *diags, const char *why)
{
    zp_diags_add(diags, ZP_FATAL, "chart-picture", (zp_mark){0}, "cannot draw a chart as a picture",
                 "无法把图表画成图片：%s；请安装 librsvg2-2（Debian 软件包），或不用 --charts picture"
                 "（默认的 Word 原生图表不需要它）",
                 why);
}

static cairo_status_t append(void *closure, const unsigned char *data, unsigned int len)
{
    zp_buf_add(closure, (const char *)data, len);
    return CAIRO_STATUS_SUCCESS;
}

bool zp_raster_svg_png(const zp_bytes *svg, int width_px, zp_bytes *png, int *height_px,
                       zp_diags *diags)
{
    png->data = NULL;
    png->len = 0;
    call_once(&lib_once, load);
    if (lib.missing) {
        char *why = zp_xasprintf("找不到 %s", lib.missing);
        fail(diags, why);
        free(why);
        return false;
    }
    GError *err = NULL;
    RsvgHandle *h = lib.rsvg_handle_new_from_data(svg->data, svg->len, &err);
    double sw = 0, sh = 0;
    if (!h || !lib.rsvg_handle_get_intrinsic_size_in_pixels(h, &sw, &sh) || sw <= 0 || sh <= 0) {
        fail(diags, err ? err->message : "图表的 SVG 没有宽度和高度");
        if (err)
            lib.g_error_free(err);
        if (h)
            lib.g_object_unref(h);
        return false;
    }
    int hp = (int)(width_px * sh / sw + 0.5);
    if (hp < 1)
        hp = 1;
    cairo_surface_t *surface = lib.cairo_image_surface_create(CAIRO_FORMAT_RGB24, width_px, hp);
    bool ok = lib.cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS;
    if (ok) {
        cairo_t *cr = lib.cairo_create(surface);
        lib.cairo_set_source_rgb(cr, 1, 1, 1); /* white under the chart */
        lib.cairo_paint(cr);
        RsvgRectangle viewport = {0, 0, width_px, hp};
        ok = lib.rsvg_handle_render_document(h, cr, &viewport, &err);
        lib.cairo_destroy(cr);
    }
    zp_buf b;
    zp_buf_init(&b);
    if (ok) {
        lib.cairo_surface_flush(surface);
        ok = lib.cairo_surface_write_to_png_stream(surface, append, &b) == CAIRO_STATUS_SUCCESS;
    }
    if (!ok) {
        fail(diags, err ? err->message : "cairo 绘图失败");
        zp_buf_free(&b);
    } else {
        png->len = b.len;
        png->data = (uint8_t *)zp_buf_take(&b);
        *height_px = hp;
    }
    if (err)
        lib.g_error_free(err);
    lib.cairo_surface_destroy(surface);
    lib.g_object_unref(h);
    return ok;
}
