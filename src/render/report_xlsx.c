/*
 * The score sheet as XLSX, with libxlsxwriter: 评分表 (live formulas a
 * reviewer can edit), 绩效目标 and, when the report has them, 收支情况.
 * The sheets are written in xlsx_score.c, xlsx_targets.c and xlsx_money.c;
 * cells (and the only doubles) in xlsx_cells.c.
 *
 * libxlsxwriter 1.1.4 writes only to a file: the workbook goes to a file
 * made with mkstemp in TMPDIR (or /tmp), is read back and the file removed
 * on every path. The same report gives the same bytes: the document's
 * created/modified date is SOURCE_DATE_EPOCH, or 1980-01-01T00:00:00Z
 * without it, and the zip entries' dates (which libxlsxwriter always sets to
 * 1980-01-01 00:00) are set to the same time, in UTC.
 */
#define _POSIX_C_SOURCE 200809L /* mkstemp, gmtime_r */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/mem.h"
#include "render/xlsx_int.h"

#define FONT "宋体"
enum {
    FONT_SIZE = 11,
    CHARSET_GB2312 = 134,
    HEAD_FILL = 0xD9D9D9,
    GROUP_FILL = 0xF2F2F2,
};
/* 1980-01-01T00:00:00Z: the earliest date a zip entry can hold. */
static const int64_t FALLBACK_EPOCH = 315532800;

/* ---- formats ---- */

static lxw_format *font_format(zp_xlsx *x, int size, bool bold)
{
    lxw_format *f = workbook_add_format(x->wb);
    if (!f) {
        zp_xlsx_ok(x, LXW_ERROR_MEMORY_MALLOC_FAILED, "format");
        return NULL;
    }
    format_set_font_name(f, FONT);
    format_set_font_size(f, size);
    format_set_font_charset(f, CHARSET_GB2312);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    if (bold)
        format_set_bold(f);
    return f;
}

lxw_format *zp_xlsx_body_format(zp_xlsx *x, bool bold)
{
    lxw_format *f = font_format(x, FONT_SIZE, bold);
    if (f)
        format_set_border(f, LXW_BORDER_THIN);
    return f;
}

static lxw_format *body(zp_xlsx *x, bool bold, uint8_t align, bool wrap, const char *num)
{
    lxw_format *f = zp_xlsx_body_format(x, bold);
    if (!f)
        return NULL;
    if (align != LXW_ALIGN_NONE)
        format_set_align(f, align);
    if (wrap)
        format_set_text_wrap(f);
    if (num)
        format_set_num_format(f, num);
    return f;
}

static void make_formats(zp_xlsx *x)
{
    x->title = font_format(x, 16, true);
    if (x->title)
        format_set_align(x->title, LXW_ALIGN_CENTER);
    x->sub = font_format(x, FONT_SIZE, false);
    x->head = body(x, true, LXW_ALIGN_CENTER, true, NULL);
    if (x->head) {
        format_set_pattern(x->head, LXW_PATTERN_SOLID);
        format_set_bg_color(x->head, HEAD_FILL);
    }
    x->group = body(x, true, LXW_ALIGN_LEFT, true, NULL);
    if (x->group) {
        format_set_pattern(x->group, LXW_PATTERN_SOLID);
        format_set_bg_color(x->group, GROUP_FILL);
    }
    x->note = font_format(x, 10, false);
    if (x->note)
        format_set_text_wrap(x->note);
    for (int b = 0; b < 2; b++) {
        x->text[b] = body(x, b, LXW_ALIGN_LEFT, true, NULL);
        x->center[b] = body(x, b, LXW_ALIGN_CENTER, true, NULL);
        x->num[b] = body(x, b, LXW_ALIGN_NONE, false, "0.00");
        x->pct[b] = body(x, b, LXW_ALIGN_RIGHT, false, "0.00%");
    }
}

/* ---- the workbook ---- */

static int64_t epoch_of_build(void)
{
    int64_t t;
    return zp_source_date_epoch(&t) ? t : FALLBACK_EPOCH;
}

static void set_properties(zp_xlsx *x, const zp_report *r, int64_t epoch)
{
    lxw_doc_properties p = {0};
    p.title = (char *)r->title;
    p.author = (char *)r->author;
    p.subject = (char *)"部门整体自评情况总表、绩效目标完成情况表";
    p.comments = (char *)"由 ziping 生成；评分表中的小计、合计、得分率和等级为公式";
    /* libxlsxwriter takes 0 for "now": the epoch itself is stored as one
     * second past it. */
    p.created = epoch > 0 ? (time_t)epoch : 1;
    zp_xlsx_ok(x, workbook_set_properties(x->wb, &p), "document properties");
}

static void nothing_sheet(zp_xlsx *x)
{
    lxw_worksheet *ws = zp_xlsx_sheet(x, ZP_XLSX_SCORE_SHEET, false);
    if (!ws)
        return;
    zp_xlsx_col(x, 0, 0, 80);
    zp_xlsx_str(x, ws, 0, 0,
                "数据文件未指定指标体系（evaluation.framework），也没有绩效目标和收支表，"
                "没有可生成的评分表。",
                x->note);
}

static void build(zp_xlsx *x, const zp_report *r, int64_t epoch)
{
    make_formats(x);
    set_properties(x, r, epoch);
    bool any = false;
    if (r->score) {
        zp_xlsx_score_sheet(x, r); /* first: the targets sheet links to it */
        any = true;
    }
    if (zp_xlsx_has_targets(r)) {
        zp_xlsx_targets_sheet(x, r);
        any = true;
    }
    if (zp_xlsx_has_money(r)) {
        zp_xlsx_money_sheet(x, r);
        any = true;
    }
    if (!any)
        nothing_sheet(x);
    zp_xlsx_finish_sheet(x);
}

/* ---- the zip entries' dates ----
 * libxlsxwriter's packager gives every entry 1980-01-01 00:00 (a fixed
 * date: reproducible, but not SOURCE_DATE_EPOCH). The date and time sit in
 * each local header and central directory entry, outside what the CRCs
 * cover, so they are set in place: the DOS date of epoch in UTC, clamped to
 * 1980..2107 (2-second resolution). A zip this does not understand (zip64,
 * a spanned archive) is left as it is. */

static uint16_t get16(const uint8_t *p)
{
    return (uint16_t)(p[0] | p[1] << 8);
}

static uint32_t get32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void put16(uint8_t *p, uint16_t v)
{
    p[0] = (uint8_t)(v & 0xFF);
    p[1] = (uint8_t)(v >> 8);
}

static void dos_time(int64_t epoch, uint16_t *dtime, uint16_t *ddate)
{
    time_t t = (time_t)epoch;
    struct tm tm;
    if (epoch < FALLBACK_EPOCH || !gmtime_r(&t, &tm)) {
        *dtime = 0;
        *ddate = 1 << 5 | 1; /* 1980-01-01 */
        return;
    }
    if (tm.tm_year + 1900 > 2107) {
        *dtime = 23 << 11 | 59 << 5 | 29;
        *ddate = (2107 - 1980) << 9 | 12 << 5 | 31;
        return;
    }
    *dtime = (uint16_t)(tm.tm_hour << 11 | tm.tm_min << 5 | tm.tm_sec / 2);
    *ddate = (uint16_t)((tm.tm_year + 1900 - 1980) << 9 | (tm.tm_mon + 1) << 5 | tm.tm_mday);
}

/* Walk the central directory; with patch, set every date. False if the
 * archive is not one this understands. */
static bool walk_zip(uint8_t *z, size_t len, bool patch, uint16_t dtime, uint16_t ddate)
{
    enum { EOCD = 22, CENTRAL = 46, LOCAL = 30 };
    if (len < EOCD)
        return false;
    size_t e = len - EOCD, stop = len > EOCD + 0xFFFF ? len - EOCD - 0xFFFF : 0;
    while (get32(z + e) != 0x06054b50) {
        if (e == stop)
            return false;
        e--;
    }
    if (get16(z + e + 4) != 0 || get16(z + e + 6) != 0) /* spanned */
        return false;
    size_t n = get16(z + e + 10), at = get32(z + e + 16);
    if (n == 0xFFFF || at == 0xFFFFFFFF) /* zip64 */
        return false;
    for (size_t i = 0; i < n; i++) {
        if (at > e || e - at < CENTRAL || get32(z + at) != 0x02014b50)
            return false;
        size_t local = get32(z + at + 42);
        if (local >= at || at - local < LOCAL || get32(z + local) != 0x04034b50)
            return false;
        if (patch) {
            put16(z + at + 12, dtime);
            put16(z + at + 14, ddate);
            put16(z + local + 10, dtime);
            put16(z + local + 12, ddate);
        }
        at += CENTRAL + get16(z + at + 28) + get16(z + at + 30) + get16(z + at + 32);
    }
    return true;
}

static void set_zip_dates(zp_bytes *out, int64_t epoch)
{
    uint16_t dtime, ddate;
    dos_time(epoch, &dtime, &ddate);
    if (walk_zip(out->data, out->len, false, dtime, ddate))
        walk_zip(out->data, out->len, true, dtime, ddate);
}

/* ---- the temporary file ---- */

static bool read_back(int fd, zp_bytes *out)
{
    struct stat st;
    if (fstat(fd, &st) != 0 || lseek(fd, 0, SEEK_SET) != 0)
        return false;
    size_t len = (size_t)st.st_size, got = 0;
    uint8_t *data = zp_xmalloc(len ? len : 1);
    while (got < len) {
        ssize_t k = read(fd, data + got, len - got);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0) {
            free(data);
            return false;
        }
        got += (size_t)k;
    }
    out->data = data;
    out->len = len;
    return true;
}

static void temp_failure(zp_diags *diags, const char *dir, int err)
{
    zp_diags_add(diags, ZP_FATAL, "xlsx-write", (zp_mark){0},
                 "cannot use a temporary file for the XLSX workbook",
                 "无法在临时目录 %s 中写入或读回 XLSX 工作簿：%s；请将环境变量 TMPDIR "
                 "设为一个可写的目录",
                 dir, strerror(err));
}

bool zp_render_report_xlsx(const zp_report *r, zp_bytes *out, zp_diags *diags)
{
    out->data = NULL;
    out->len = 0;
    const char *dir = getenv("TMPDIR");
    if (!dir || !*dir)
        dir = "/tmp";
    char *path = zp_xasprintf("%s/ziping-xlsx-XXXXXX", dir);
    int fd = mkstemp(path);
    if (fd < 0) {
        temp_failure(diags, dir, errno);
        free(path);
        return false;
    }
    int64_t epoch = epoch_of_build();
    zp_xlsx x = {0};
    lxw_workbook_options opt = {.tmpdir = (char *)dir};
    x.wb = workbook_new_opt(path, &opt);
    if (!x.wb) {
        zp_xlsx_ok(&x, LXW_ERROR_CREATING_XLSX_FILE, "workbook");
    } else {
        build(&x, r, epoch);
        zp_xlsx_ok(&x, workbook_close(x.wb), "workbook"); /* frees the workbook */
    }
    bool ok = x.err == LXW_NO_ERROR;
    if (!ok) {
        char gloss[256];
        snprintf(gloss, sizeof gloss, "libxlsxwriter could not write the workbook: %s",
                 lxw_strerror(x.err));
        zp_diags_add(diags, ZP_FATAL, "xlsx-write", (zp_mark){0}, gloss,
                     "生成 XLSX 工作簿失败（写入 %s 时）：%s；请检查临时目录 %s 是否可写、"
                     "磁盘空间是否足够",
                     x.what, lxw_strerror(x.err), dir);
    } else if (!read_back(fd, out)) {
        temp_failure(diags, dir, errno ? errno : EIO);
        ok = false;
    }
    close(fd);
    unlink(path);
    free(path);
    free(x.trefs);
    if (ok)
        set_zip_dates(out, epoch);
    return ok;
}
