#include <escapement/annotations.hpp>
// Code the team adopted the tool on.
ESC_NOALLOC long *make_long() { return new long(2); }
