#include "cli.h"

int cmd_frameworks(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "ziping frameworks: 尚未实现 (not implemented yet)\n");
    return ZP_EXIT_BAD_INPUT;
}
