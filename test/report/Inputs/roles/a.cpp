#include "chain.h"
int *a() { return hot(); }
