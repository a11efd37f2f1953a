#include <escapement/annotations.hpp>

int *fresh() { return new int(7); }
int *acquire() { return fresh(); }

ESC_NOALLOC int *on_packet() { return acquire(); }
