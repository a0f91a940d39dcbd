/* The frameworks compiled into the library (see cmake/embed.cmake). */
#ifndef ZP_LOAD_BUNDLED_H
#define ZP_LOAD_BUNDLED_H

#include <stddef.h>

typedef struct zp_bundled_file {
    const char *name; /* "guangdong-dept" */
    const char *path; /* "frameworks/guangdong-dept.yaml", for messages */
    const char *data;
    size_t size;
} zp_bundled_file;

extern const zp_bundled_file zp_bundled_frameworks[]; /* ends with name NULL */

#endif
