#include <escapement/annotations.hpp>
// Code the team adopted the tool on.
ESC_NOALLOC int *make() { return new int(1); }
ESC_NOALLOC long *make_long() { return new long(2); }
