#include <escapement/annotations.hpp>
ESC_NOALLOC int add(int a, int b) { return a + b; }
