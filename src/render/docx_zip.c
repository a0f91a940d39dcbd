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
 * there already; higher levels cost time for a few hundred bytes), by one
 * zlib stream for the whole package, reset between parts: libzip would set
 * up a stream of ~400 KB of state for every entry (~80 us each, page
 * faults mostly). Each part is handed to libzip already deflated, through
 * a source that says so (its stat gives the method, both sizes and the
 * CRC), and libzip copies it as it is. A part of a few bytes is stored.
 */
#define _POSIX_C_SOURCE 200809L /* gmtime_r */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <zip.h>
#include <zlib.h>

#include "render/docx.h"

enum { DEFLATE_LEVEL = 1, STORE_BELOW = 256 };

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

/* A part already deflated, as a libzip source. */
typedef struct deflated {
    uint8_t *data; /* raw deflate stream */
    size_t len, pos;
    zip_uint64_t size; /* uncompressed */
    zip_uint32_t crc;
    zip_error_t error;
} deflated;

static zip_int64_t deflated_cb(void *state, void *data, zip_uint64_t len, zip_source_cmd_t cmd)
{
    deflated *d = state;
    switch (cmd) {
    case ZIP_SOURCE_OPEN:
        d->pos = 0;
        return 0;
    case ZIP_SOURCE_READ: {
        size_t n = d->len - d->pos < len ? d->len - d->pos : (size_t)len;
        memcpy(data, d->data + d->pos, n);
        d->pos += n;
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
        st->size = d->size;
        st->comp_size = d->len;
        st->comp_method = ZIP_CM_DEFLATE;
        st->crc = d->crc;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&d->error, data, len);
    case ZIP_SOURCE_FREE:
        free(d->data);
        zip_error_fini(&d->error);
        free(d);
        return 0;
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
                                              ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE,
                                              -1);
    default:
        zip_error_set(&d->error, ZIP_ER_OPNOTSUPP, 0);
        return -1;
    }
}

/* Deflate part with zs (reset first) into a source; NULL on failure. */
static zip_source_t *deflate_part(zip_t *za, z_stream *zs, const zp_bytes *part)
{
    if (deflateReset(zs) != Z_OK)
        return NULL;
    deflated *d = zp_xcalloc(1, sizeof *d);
    size_t cap = deflateBound(zs, (uLong)part->len);
    d->data = zp_xmalloc(cap);
    zs->next_in = part->data;
    zs->avail_in = (uInt)part->len;
    zs->next_out = d->data;
    zs->avail_out = (uInt)cap;
    if (deflate(zs, Z_FINISH) != Z_STREAM_END) {
        free(d->data);
        free(d);
        return NULL;
    }
    d->len = cap - zs->avail_out;
    d->size = part->len;
    d->crc = (zip_uint32_t)crc32(crc32(0L, Z_NULL, 0), part->data, (uInt)part->len);
    zip_error_init(&d->error);
    zip_source_t *s = zip_source_function(za, deflated_cb, d);
    if (!s) {
        free(d->data);
        zip_error_fini(&d->error);
        free(d);
    }
    return s;
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
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    /* raw deflate (no zlib header), as ZIP holds it */
    bool ok = deflateInit2(&zs, DEFLATE_LEVEL, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) == Z_OK;
    for (size_t i = 0; i < p->count && ok; i++) {
        const zp_docx_part *part = &p->items[i];
        bool small = part->data.len < STORE_BELOW;
        /* The parts outlive zip_close, where libzip reads them: no copy. */
        zip_source_t *s = small ? zip_source_buffer(za, part->data.data, part->data.len, 0)
                                : deflate_part(za, &zs, &part->data);
        zip_int64_t idx = s ? zip_file_add(za, part->name, s, ZIP_FL_ENC_UTF_8) : -1;
        if (idx < 0) {
            if (s)
                zip_source_free(s);
            ok = false;
        } else if ((small && zip_set_file_compression(za, (zip_uint64_t)idx, ZIP_CM_STORE, 0) < 0) ||
                   zip_file_set_dostime(za, (zip_uint64_t)idx, dtime, ddate, 0) < 0) {
            ok = false;
        }
    }
    deflateEnd(&zs);
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
