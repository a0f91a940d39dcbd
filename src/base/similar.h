/* Near misses, for "did you mean" in messages. */
#ifndef ZP_BASE_SIMILAR_H
#define ZP_BASE_SIMILAR_H

#include <stddef.h>

/* Edit distance between the first la bytes of a and the string b; 99 when
 * either is longer than 40 bytes (names are short). */
size_t zp_edit_distance(const char *a, size_t la, const char *b);

#endif
