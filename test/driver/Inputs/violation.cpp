#include <escapement/annotations.hpp>
ESC_NOALLOC int *make() { return new int(1); }
