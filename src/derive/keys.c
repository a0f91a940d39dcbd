/*
 * The names derive can give a figure, so that a framework formula naming
 * something that can never exist ("expenditure.exection_rate") is refused
 * when the framework is loaded, not silently scored as missing data.
 */
#include <stdio.h>
#include <string.h>

#include "base/similar.h"
#include "ziping/derive.h"

static const char *const fixed_lines[] = {
    "income",          "expenditure",         "expenditure.basic",
    "expenditure.personnel", "expenditure.public", "expenditure.project",
    "three_public",    "three_public.outbound", "three_public.vehicles",
    "three_public.vehicles.purchase", "three_public.vehicles.operation",
    "three_public.reception", "assets", "assets.current", "assets.non_current",
    "procurement",     "carryover",           "key_spending",
};

/* Lines listed in the data, named by code or position after the prefix. */
static const char *const listed_lines[] = {"income.source.", "expenditure.function.",
                                           "expenditure.economic.", "projects."};

static const char *const line_fields[] = {"budget_initial", "budget", "final",
                                          "last_year", "execution_rate", "adjustment_rate",
                                          "change", "change_rate", "share"};

static const char *const other_keys[] = {
    "three_public.control_rate", "staffing.authorized", "staffing.in_post",
    "staffing.retired",          "staffing.control_rate", "carryover.rate",
    "key_spending.rate",         "public_funds.control_rate",
    "unit.internal_bodies",      "unit.subunits",
    "three_public.outbound.groups", "three_public.outbound.persons",
    "three_public.vehicles.held", "three_public.reception.groups",
    "three_public.reception.persons",
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static bool is_field(const char *s)
{
    for (size_t i = 0; i < COUNT(line_fields); i++) {
        if (!strcmp(s, line_fields[i]))
            return true;
    }
    return false;
}

bool zp_derive_key_known(const char *key)
{
    for (size_t i = 0; i < COUNT(other_keys); i++) {
        if (!strcmp(key, other_keys[i]))
            return true;
    }
    const char *dot = strrchr(key, '.');
    if (!dot || !is_field(dot + 1))
        return false;
    size_t line_len = (size_t)(dot - key);
    for (size_t i = 0; i < COUNT(fixed_lines); i++) {
        if (strlen(fixed_lines[i]) == line_len && !strncmp(key, fixed_lines[i], line_len))
            return true;
    }
    for (size_t i = 0; i < COUNT(listed_lines); i++) {
        size_t n = strlen(listed_lines[i]);
        /* prefix, then one name without dots: "expenditure.function.206" */
        if (line_len > n && !strncmp(key, listed_lines[i], n) &&
            !memchr(key + n, '.', line_len - n))
            return true;
    }
    return false;
}

bool zp_derive_key_suggest(const char *key, char *out, size_t size)
{
    size_t best = 4, len = strlen(key); /* only near misses */
    bool found = false;
    char cand[128];
    for (size_t i = 0; i < COUNT(other_keys); i++) {
        size_t d = zp_edit_distance(key, len, other_keys[i]);
        if (d < best) {
            best = d;
            snprintf(out, size, "%s", other_keys[i]);
            found = true;
        }
    }
    for (size_t i = 0; i < COUNT(fixed_lines); i++) {
        for (size_t j = 0; j < COUNT(line_fields); j++) {
            snprintf(cand, sizeof cand, "%s.%s", fixed_lines[i], line_fields[j]);
            size_t d = zp_edit_distance(key, len, cand);
            if (d < best) {
                best = d;
                snprintf(out, size, "%s", cand);
                found = true;
            }
        }
    }
    return found;
}
