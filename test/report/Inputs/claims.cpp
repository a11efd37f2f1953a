#include <escapement/annotations.hpp>

int twice(int x) { return 2 * x; }
// Proven: nothing reachable allocates.
ESC_NOALLOC int proven(int x) { return twice(x) + 1; }
// Not claimed: it allocates (heap-noalloc's finding).
ESC_NOALLOC int *broken() { return new int(1); }
// Not claimed: a call whose body is not visible (heap-noalloc-unproven).
int opaque(int);
ESC_NOALLOC int unproven(int x) { return opaque(x); }
