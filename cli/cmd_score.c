#include "cli.h"

int cmd_score(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "ziping score: 尚未实现 (not implemented yet)\n");
    return ZP_EXIT_BAD_INPUT;
}
