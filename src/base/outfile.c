/* Writing output files whole or not at all, and the build date. */
#define _POSIX_C_SOURCE 200809L /* mkstemp, fchmod */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/mem.h"
#include "ziping/report.h"

bool zp_write_file_atomic(const char *path, const void *data, size_t len, zp_diags *diags)
{
    zp_mark at = {path, 0, 0};
    /* The temporary file goes beside the target, so that rename(2) is
     * atomic (same file system). */
    char *tmp = zp_xasprintf("%s.tmp-XXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        zp_diags_add(diags, ZP_FATAL, "output-unwritable", at, "cannot write the output file",
                     "无法写入输出文件：%s；请确认目录存在且可写", strerror(errno));
        free(tmp);
        return false;
    }
    const char *p = data;
    size_t left = len;
    int err = 0;
    while (left > 0) {
        ssize_t n = write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            err = errno;
            break;
        }
        p += n;
        left -= (size_t)n;
    }
    /* mkstemp makes the file 0600; an output file is the user's like any other. */
    if (!err) {
        mode_t mask = umask(0);
        umask(mask);
        if (fchmod(fd, 0666 & ~mask) != 0)
            err = errno;
    }
    if (close(fd) != 0 && !err)
        err = errno;
    if (!err && rename(tmp, path) != 0)
        err = errno;
    if (err) {
        unlink(tmp);
        zp_diags_add(diags, ZP_FATAL, "output-unwritable", at, "cannot write the output file",
                     "无法写入输出文件：%s；请确认目录存在且可写", strerror(err));
    }
    free(tmp);
    return err == 0;
}

bool zp_source_date_epoch(int64_t *out)
{
    const char *s = getenv("SOURCE_DATE_EPOCH");
    if (!s || !*s)
        return false;
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    if (errno || *end || v < 0 || v > 253402300799LL) /* up to 9999-12-31 */
        return false;
    *out = v;
    return true;
}
