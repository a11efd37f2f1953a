// Refused: only "nothing is reported", which holds as well when nothing runs.
#include <escapement/annotations.hpp>
ESC_NOALLOC int pure(int X) { return 2 * X; }
// CHECK-MESSAGES-NOT: warning:
