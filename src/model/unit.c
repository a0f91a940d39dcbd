/* Small helpers over the unit-year model. */
#include <string.h>

#include "ziping/unit.h"

const zp_line *zp_line_part(const zp_line *line, const char *key)
{
    for (size_t i = 0; i < line->n_parts; i++) {
        if (line->parts[i].key && !strcmp(line->parts[i].key, key))
            return &line->parts[i];
    }
    return NULL;
}

const zp_split *zp_account_split(const zp_account *a, const char *key)
{
    for (size_t i = 0; i < a->n_splits; i++) {
        if (!strcmp(a->splits[i].key, key))
            return &a->splits[i];
    }
    return NULL;
}

const char *zp_comparator_symbol(zp_comparator c)
{
    switch (c) {
    case ZP_CMP_GE:
        return "≥";
    case ZP_CMP_LE:
        return "≤";
    case ZP_CMP_EQ:
        return "=";
    case ZP_CMP_RANGE:
        return "区间";
    case ZP_CMP_QUALITATIVE:
        return "定性";
    case ZP_CMP_NONE:
        break;
    }
    return "";
}

const char *zp_band_name(zp_band b)
{
    switch (b) {
    case ZP_BAND_ACHIEVED:
        return "达成";
    case ZP_BAND_PARTIAL:
        return "部分达成";
    case ZP_BAND_MISSED:
        return "未达成";
    case ZP_BAND_NONE:
        break;
    }
    return "";
}
