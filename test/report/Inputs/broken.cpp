#include <escapement/annotations.hpp>
ESC_NOALLOC int broken( { return 0 }
