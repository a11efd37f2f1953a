// A would-be plugin: loaded into a process, it leaves a mark in $ESC_MARKER.
#include <cstdio>
#include <cstdlib>
__attribute__((constructor)) static void pwned() {
  if (const char *M = std::getenv("ESC_MARKER"))
    if (FILE *F = std::fopen(M, "a")) { std::fputs("loaded\n", F); std::fclose(F); }
}
