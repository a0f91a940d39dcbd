/*
 * The DOCX package: its parts into one ZIP in memory, with libzip (a buffer
 * source the archive is written into, then read back).
 *
 * Reproducible: libzip stamps an entry with its source's mtime, and a
 * buffer source's mtime is the time it was made, so every entry's DOS time
 * is set here: SOURCE_DATE_EPOCH (as UTC) when it is set, else 1980-01-01
 * 00:00, the earliest a ZIP can hold. Nothing else libzip writes varies:
 * no extra timestamp fields, no archive comment, attributes fixed.
 *
 * Fast: entries are deflated at level 1 (XML shrinks to about a fifth
 * there already; higher levels cost time for a few hundred bytes). A part
 * under 1 KiB (the package's relationships, the properties, settings, the
 * footers) is stored: libzip gives each deflated entry a zlib stream of
 * ~400 KB of state, and setting one up and tearing it down (page faults
 * mostly) costs ~80 us, more than a whole short part takes to write, to
 * save ~300 bytes.
 */
#define _POSIX_C_SOURCE 200809L /* gmtime_r */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <zip.h>

#include "render/docx.h"

enum { DEFLATE_LEVEL = 1, STORE_BELOW = 1024 };

static void fail(zp_diags *diags, const char *what, const char *why)
{
    zp_diags_add(diags, ZP_FATAL, "docx-write", (zp_mark){0}, "cannot write the DOCX file",
                 "无法生成 DOCX 文件：%s失败（%s）", what, why ? why : "未知原因");
}

/* An epoch second as a DOS date and time (UTC, two-second steps), clamped
 * to the years a ZIP can hold (1980-2107). */
static void dos_time(const int64_t *epoch, zip_uint16_t *dtime, zip_uint16_t *ddate)
{
    *dtime = 0;
    *ddate = (1 << 5) | 1; /* 1980-01-01 */
    if (!epoch)
        return;
    time_t t = (time_t)*epoch;
    struct tm tm;
    if (!gmtime_r(&t, &tm) || tm.tm_year < 80)
        return;
    if (tm.tm_year > 207) {
        *ddate = (zip_uint16_t)((127 << 9) | (12 << 5) | 31);
        *dtime = (zip_uint16_t)((23 << 11) | (59 << 5) | 29);
        return;
    }
    *ddate = (zip_uint16_t)(((tm.tm_year - 80) << 9) | ((tm.tm_mon + 1) << 5) | tm.tm_mday);
    *dtime = (zip_uint16_t)((tm.tm_hour << 11) | (tm.tm_min << 5) | (tm.tm_sec / 2));
}

/* The bytes libzip wrote into src. */
static bool read_back(zip_source_t *src, zp_bytes *out, zp_diags *diags)
{
    if (zip_source_open(src) < 0) {
        fail(diags, "读取生成的压缩包", zip_error_strerror(zip_source_error(src)));
        return false;
    }
    bool ok = false;
    zip_int64_t len = -1;
    if (zip_source_seek(src, 0, SEEK_END) == 0)
        len = zip_source_tell(src);
    if (len >= 0 && zip_source_seek(src, 0, SEEK_SET) == 0) {
        out->data = zp_xmalloc((size_t)len + 1);
        zip_int64_t got = len ? zip_source_read(src, out->data, (zip_uint64_t)len) : 0;
        if (got == len) {
            out->len = (size_t)len;
            ok = true;
        } else {
            free(out->data);
            out->data = NULL;
        }
    }
    if (!ok)
        fail(diags, "读取生成的压缩包", zip_error_strerror(zip_source_error(src)));
    zip_source_close(src);
    return ok;
}

bool zp_docx_zip(const zp_docx_parts *p, const int64_t *epoch, zp_bytes *out, zp_diags *diags)
{
    out->data = NULL;
    out->len = 0;
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &err);
    if (!src) {
        fail(diags, "创建内存缓冲区", zip_error_strerror(&err));
        zip_error_fini(&err);
        return false;
    }
    zip_t *za = zip_open_from_source(src, ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!za) {
        fail(diags, "创建压缩包", zip_error_strerror(&err));
        zip_error_fini(&err);
        zip_source_free(src);
        return false;
    }
    zip_error_fini(&err);
    /* Keep src alive past zip_close, to read the archive back. */
    zip_source_keep(src);

    zip_uint16_t dtime, ddate;
    dos_time(epoch, &dtime, &ddate);
    bool ok = true;
    for (size_t i = 0; i < p->count && ok; i++) {
        const zp_docx_part *part = &p->items[i];
        bool small = part->data.len < STORE_BELOW;
        /* The parts outlive zip_close, where libzip reads them: no copy. */
        zip_source_t *s = zip_source_buffer(za, part->data.data, part->data.len, 0);
        zip_int64_t idx = s ? zip_file_add(za, part->name, s, ZIP_FL_ENC_UTF_8) : -1;
        if (idx < 0) {
            if (s)
                zip_source_free(s);
            ok = false;
        } else if (zip_set_file_compression(za, (zip_uint64_t)idx, small ? ZIP_CM_STORE : ZIP_CM_DEFLATE,
                                            small ? 0 : DEFLATE_LEVEL) < 0 ||
                   zip_file_set_dostime(za, (zip_uint64_t)idx, dtime, ddate, 0) < 0) {
            ok = false;
        }
    }
    if (!ok) {
        fail(diags, "写入压缩包成员", zip_strerror(za));
        zip_discard(za);
        zip_source_free(src);
        return false;
    }
    if (zip_close(za) < 0) {
        fail(diags, "写出压缩包", zip_strerror(za));
        zip_discard(za);
        zip_source_free(src);
        return false;
    }
    ok = read_back(src, out, diags);
    zip_source_free(src);
    return ok;
}
