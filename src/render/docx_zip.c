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
 * Fast: entries are deflated by libdeflate at level 1 (XML shrinks to
 * about a ninth there already; higher levels cost time for a few hundred
 * bytes). libdeflate compresses a whole buffer at once: a report's
 * document.xml in two thirds of zlib's level-1 time, to the same size, and
 * its CRC-32 in a sixth; libzip would also set up a zlib stream of ~400 KB
 * for every entry. Each part is handed to libzip already deflated, through a
 * source that says so (its stat gives the method, both sizes and the CRC),
 * and libzip copies it as it is. The parts that are the same in every
 * report come deflated once (zp_docx_pack). A part of a few bytes is
 * stored.
 */
#define _POSIX_C_SOURCE 200809L /* gmtime_r */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <zip.h>
#include <libdeflate.h>

#include "render/docx.h"

enum { DEFLATE_LEVEL = 1 };

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

/* A part already deflated, as a libzip source over it (not owned). */
typedef struct packed_source {
    const zp_docx_packed *packed;
    size_t pos;
    zip_error_t error;
} packed_source;

static zip_int64_t packed_cb(void *state, void *data, zip_uint64_t len, zip_source_cmd_t cmd)
{
    packed_source *s = state;
    const zp_docx_packed *pk = s->packed;
    switch (cmd) {
    case ZIP_SOURCE_OPEN:
        s->pos = 0;
        return 0;
    case ZIP_SOURCE_READ: {
        size_t n = pk->len - s->pos < len ? pk->len - s->pos : (size_t)len;
        memcpy(data, pk->data + s->pos, n);
        s->pos += n;
        return (zip_int64_t)n;
    }
    case ZIP_SOURCE_CLOSE:
        return 0;
    case ZIP_SOURCE_STAT: {
        if (len < sizeof(zip_stat_t))
            return -1;
        zip_stat_t *st = data;
        zip_stat_init(st);
        st->valid = ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_CRC;
        st->size = pk->size;
        st->comp_size = pk->len;
        st->comp_method = ZIP_CM_DEFLATE;
        st->crc = pk->crc;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&s->error, data, len);
    case ZIP_SOURCE_FREE:
        zip_error_fini(&s->error);
        free(s);
        return 0;
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
                                              ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE,
                                              -1);
    default:
        zip_error_set(&s->error, ZIP_ER_OPNOTSUPP, 0);
        return -1;
    }
}

static zip_source_t *packed_source_new(zip_t *za, const zp_docx_packed *pk)
{
    packed_source *s = zp_xcalloc(1, sizeof *s);
    s->packed = pk;
    zip_error_init(&s->error);
    zip_source_t *src = zip_source_function(za, packed_cb, s);
    if (!src) {
        zip_error_fini(&s->error);
        free(s);
    }
    return src;
}

static bool pack_with(struct libdeflate_compressor *c, const zp_bytes *part, bool store,
                      zp_docx_packed *out)
{
    out->data = NULL;
    out->len = 0;
    out->size = part->len;
    out->crc = (uint32_t)libdeflate_crc32(0, part->data, part->len);
    out->stored = store || part->len < ZP_DOCX_STORE_BELOW;
    if (out->stored)
        return true;
    size_t cap = libdeflate_deflate_compress_bound(c, part->len);
    out->data = zp_xmalloc(cap);
    out->len = libdeflate_deflate_compress(c, part->data, part->len, out->data, cap);
    if (out->len == 0) { /* cannot happen within the bound */
        free(out->data);
        out->data = NULL;
        return false;
    }
    return true;
}

bool zp_docx_pack(const zp_bytes *part, zp_docx_packed *out)
{
    struct libdeflate_compressor *c = libdeflate_alloc_compressor(DEFLATE_LEVEL);
    bool ok = c && pack_with(c, part, false, out);
    if (c)
        libdeflate_free_compressor(c);
    return ok;
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
    struct libdeflate_compressor *c = libdeflate_alloc_compressor(DEFLATE_LEVEL);
    bool ok = c != NULL;
    /* The parts deflated here; those that come packed are the caller's. */
    zp_docx_packed *mine = zp_xcalloc(p->count ? p->count : 1, sizeof *mine);
    for (size_t i = 0; i < p->count && ok; i++) {
        const zp_docx_part *part = &p->items[i];
        const zp_docx_packed *pk = part->packed;
        if (!pk) {
            ok = pack_with(c, &part->data, part->store, &mine[i]);
            pk = &mine[i];
        }
        if (!ok)
            break;
        /* The parts and their packed bytes outlive zip_close, where libzip
         * reads them: no copy. */
        zip_source_t *s = pk->stored ? zip_source_buffer(za, part->data.data, part->data.len, 0)
                                     : packed_source_new(za, pk);
        zip_int64_t idx = s ? zip_file_add(za, part->name, s, ZIP_FL_ENC_UTF_8) : -1;
        if (idx < 0) {
            if (s)
                zip_source_free(s);
            ok = false;
        } else if ((pk->stored &&
                    zip_set_file_compression(za, (zip_uint64_t)idx, ZIP_CM_STORE, 0) < 0) ||
                   zip_file_set_dostime(za, (zip_uint64_t)idx, dtime, ddate, 0) < 0) {
            ok = false;
        }
    }
    if (c)
        libdeflate_free_compressor(c);
    if (!ok) {
        fail(diags, "写入压缩包成员", c ? zip_strerror(za) : "内存不足");
        zip_discard(za);
    } else if (zip_close(za) < 0) {
        fail(diags, "写出压缩包", zip_strerror(za));
        zip_discard(za);
        ok = false;
    } else {
        ok = read_back(src, out, diags);
    }
    for (size_t i = 0; i < p->count; i++)
        free(mine[i].data);
    free(mine);
    zip_source_free(src);
    return ok;
}
