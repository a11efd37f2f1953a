// Wrong on purpose: the chain note on make() is not expected.
#include <escapement/annotations.hpp>
int *make() { return new int(1); }
ESC_NOALLOC int *hot() {
  return make();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: error: call to 'make' allocates; 'hot' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:18: note: 'hot' is declared ESC_NOALLOC here
}
