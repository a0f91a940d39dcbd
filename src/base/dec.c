/* Decimals as written: parsing and formatting. */
#include <stdio.h>
#include <string.h>

#include "ziping/numbers.h"

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

zp_dec_error zp_dec_parse(const char *s, size_t len, zp_dec *out)
{
    size_t i = 0;
    bool neg = false;
    if (i < len && (s[i] == '+' || s[i] == '-')) {
        neg = s[i] == '-';
        i++;
    }
    if (i == len)
        return ZP_DEC_EMPTY;
    if (!is_digit(s[i]))
        return ZP_DEC_BAD_CHAR;

    /* Integer part, with optional thousands separators: the first group has
     * 1-3 digits, every later group exactly 3. */
    uint64_t units = 0;
    bool grouped = false;
    size_t group_len = 0;
    const uint64_t limit = (uint64_t)INT64_MAX;
    for (; i < len; i++) {
        char c = s[i];
        if (is_digit(c)) {
            if (units > (limit - (uint64_t)(c - '0')) / 10)
                return ZP_DEC_OVERFLOW;
            units = units * 10 + (uint64_t)(c - '0');
            group_len++;
        } else if (c == ',') {
            if ((grouped && group_len != 3) || (!grouped && (group_len == 0 || group_len > 3)))
                return ZP_DEC_BAD_GROUPING;
            grouped = true;
            group_len = 0;
        } else {
            break;
        }
    }
    if (grouped && group_len != 3)
        return ZP_DEC_BAD_GROUPING;

    int scale = 0;
    if (i < len && s[i] == '.') {
        i++;
        if (i == len || !is_digit(s[i]))
            return ZP_DEC_BAD_CHAR;
        for (; i < len && is_digit(s[i]); i++) {
            if (scale == ZP_DEC_MAX_SCALE)
                return ZP_DEC_TOO_PRECISE;
            if (units > (limit - (uint64_t)(s[i] - '0')) / 10)
                return ZP_DEC_OVERFLOW;
            units = units * 10 + (uint64_t)(s[i] - '0');
            scale++;
        }
    }
    if (i != len)
        return s[i] == ',' ? ZP_DEC_BAD_GROUPING : ZP_DEC_BAD_CHAR;
    out->units = neg ? -(int64_t)units : (int64_t)units;
    out->scale = scale;
    return ZP_DEC_OK;
}

const char *zp_dec_error_message(zp_dec_error e)
{
    switch (e) {
    case ZP_DEC_OK:
        return "";
    case ZP_DEC_EMPTY:
        return "数值为空 (empty number)";
    case ZP_DEC_BAD_CHAR:
        return "不是有效的数字 (not a number)";
    case ZP_DEC_BAD_GROUPING:
        return "千位分隔符位置不对，应为每三位一个逗号，如 1,234.56 (misplaced thousands separator)";
    case ZP_DEC_OVERFLOW:
        return "数值过大，超出 64 位整数范围 (number overflows 64 bits)";
    case ZP_DEC_TOO_PRECISE:
        return "小数位数过多 (too many decimal places)";
    }
    return "?";
}

char *zp_dec_format(zp_dec d, bool grouped, char *buf, size_t size)
{
    char digits[32];
    uint64_t mag = d.units < 0 ? (uint64_t)0 - (uint64_t)d.units : (uint64_t)d.units;
    int n = snprintf(digits, sizeof digits, "%llu", (unsigned long long)mag);
    int scale = d.scale < 0 ? 0 : d.scale;

    /* Left-pad so there is at least one digit before the point. */
    char padded[48];
    int pad = scale + 1 - n;
    if (pad < 0)
        pad = 0;
    memset(padded, '0', (size_t)pad);
    memcpy(padded + pad, digits, (size_t)n + 1);
    int total = n + pad;
    int int_len = total - scale;

    char tmp[80];
    size_t o = 0;
    if (d.units < 0)
        tmp[o++] = '-';
    for (int i = 0; i < int_len; i++) {
        if (grouped && i > 0 && (int_len - i) % 3 == 0)
            tmp[o++] = ',';
        tmp[o++] = padded[i];
    }
    if (scale > 0) {
        tmp[o++] = '.';
        for (int i = int_len; i < total; i++)
            tmp[o++] = padded[i];
    }
    tmp[o] = '\0';
    if (o + 1 > size)
        return NULL;
    memcpy(buf, tmp, o + 1);
    return buf;
}

bool zp_dec_rescale(zp_dec d, int scale, zp_dec *out)
{
    if (scale < d.scale || scale > ZP_DEC_MAX_SCALE)
        return false;
    int64_t v = d.units;
    for (int s = d.scale; s < scale; s++) {
        if (__builtin_mul_overflow(v, 10, &v))
            return false;
    }
    out->units = v;
    out->scale = scale;
    return true;
}

int zp_dec_cmp(zp_dec a, zp_dec b)
{
    zp_rat ra, rb;
    if (!zp_rat_of_dec(a, &ra) || !zp_rat_of_dec(b, &rb))
        return 0;
    return zp_rat_cmp(ra, rb);
}
