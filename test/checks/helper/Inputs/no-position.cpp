// Refused: a note expected without its position.
#include <escapement/annotations.hpp>
int *make() { return new int(1); }
ESC_NOALLOC int *hot() {
  return make();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: error: call to 'make' allocates; 'hot' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-4]]:22: note: 'new int' allocates on the heap (4 bytes)
  // CHECK-NOTES: note: 'hot' is declared ESC_NOALLOC here
}
