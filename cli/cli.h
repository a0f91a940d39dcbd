/* The ziping command: one file per verb, each a thin layer over libziping. */
#ifndef ZP_CLI_H
#define ZP_CLI_H

#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>

#include "ziping.h"

/* Exit codes, for every verb. */
enum {
    ZP_EXIT_CLEAN = 0,    /* no findings */
    ZP_EXIT_FINDINGS = 1, /* findings (errors) */
    ZP_EXIT_BAD_INPUT = 2 /* unreadable or malformed input, or a usage error */
};

typedef enum { ZP_OUT_TEXT, ZP_OUT_JSON } zp_out_format;

typedef struct zp_verb {
    const char *name;
    int (*run)(int argc, char **argv); /* argv[0] is the verb */
    const char *summary;               /* one line, Chinese (English) */
} zp_verb;

int cmd_validate(int argc, char **argv);
int cmd_derive(int argc, char **argv);
int cmd_score(int argc, char **argv);
int cmd_frameworks(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_text(int argc, char **argv);
int cmd_report(int argc, char **argv);

typedef struct zp_cli_opts {
    zp_out_format format; /* --format text|json */
    const char *framework; /* --framework NAME|PATH, for the verbs that take it */
} zp_cli_opts;

/* The options the data verbs share: --format, --help and, when
 * with_framework, --framework. Returns -1 to go on (optind is then the first
 * file) or the exit code to return (after --help, or a usage error). */
int zp_cli_parse(int argc, char **argv, const char *verb, const char *usage, bool with_framework,
                 zp_cli_opts *o);

/* Print a usage error for verb and return ZP_EXIT_BAD_INPUT. */
int zp_cli_usage_error(const char *verb, const char *fmt, ...) ZP_PRINTF(2, 3);
/* Parse the value of --format; false (after a usage message) if unknown. */
bool zp_cli_parse_format(const char *verb, const char *value, zp_out_format *out);

/* A unit-year and what the verbs build on it. */
typedef struct zp_cli_year {
    zp_unit *unit;
    zp_derived *derived;
    const zp_framework *framework; /* the one asked for, or the file's (the cache's); NULL if none */
    zp_score_result *score;
} zp_cli_year;

/* Load path, derive its figures and, when framework (or else the file's
 * evaluation.framework) names one, score it, the framework taken from (or
 * loaded into) frameworks. False after a fatal finding. */
bool zp_cli_year_load(zp_cli_year *y, const char *path, const char *framework,
                      zp_framework_cache *frameworks, zp_diags *diags);
void zp_cli_year_free(zp_cli_year *y);

#endif
