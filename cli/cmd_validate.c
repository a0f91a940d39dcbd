#include "cli.h"

int cmd_validate(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "ziping validate: 尚未实现 (not implemented yet)\n");
    return ZP_EXIT_BAD_INPUT;
}
