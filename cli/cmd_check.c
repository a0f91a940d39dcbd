/* Placeholder until the checker lands (issue 4). */
#include "cli.h"

int cmd_check(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "ziping check: 尚未实现 (not implemented yet)\n");
    return ZP_EXIT_BAD_INPUT;
}
