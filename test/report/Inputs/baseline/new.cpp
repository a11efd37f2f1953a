#include <escapement/annotations.hpp>
ESC_NOALLOC short *make_short() { return new short(3); }

// Code the team adopted the tool on.
ESC_NOALLOC int *make() { return new int(1); }
ESC_NOALLOC long *make_long() { return new long(2); }
