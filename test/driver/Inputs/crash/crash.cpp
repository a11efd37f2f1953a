// Stands for a bug in Escapement: clang's debug pragma traps (SIGILL)
// while this file is parsed.
#pragma clang __debug crash
int unreachable();
