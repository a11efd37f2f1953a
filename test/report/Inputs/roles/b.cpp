#include "chain.h"
int *b() { return hot(); }
