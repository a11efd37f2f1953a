#include <escapement/annotations.hpp>

inline int *make() { return new int(1); }
// Included by two TUs: the finding is reported once, its notes keep roles.
ESC_NOALLOC inline int *hot() { return make(); }
