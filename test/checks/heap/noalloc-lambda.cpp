// RUN: %check_escapement %s 'heap-*' %t -- -- %cxxflags

// A lambda's call operator is a function the user wrote and may annotate:
// it is a no-allocation context like any other.

#include <escapement/annotations.hpp>

#include <functional>

// Real-world pattern: completion handlers written inline, marked as running
// on the I/O thread's hot path.
void register_handlers(std::function<int *(int)> &OnRead, std::function<int *(int)> &OnWrite) {
  auto Read = [] ESC_NOALLOC (int N) { return new int(N); };
  // CHECK-MESSAGES: :[[@LINE-1]]:47: error: 'new int' allocates on the heap (4 bytes); '{{.*}}' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-2]]:15: note: 'register_handlers({{.*}})::(anonymous class)::operator()' is declared ESC_NOALLOC here
  auto Write = [](int N) [[clang::nonallocating]] { return new int(N); };
  // CHECK-MESSAGES: :[[@LINE-1]]:60: error: 'new int' allocates on the heap (4 bytes); '{{.*}}' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-2]]:16: note: 'register_handlers({{.*}})::(anonymous class)::operator()' is declared {{\[\[}}clang::nonallocating{{\]\]}} here
  OnRead = Read;
  OnWrite = Write;
}

// Negative: an unannotated lambda is not a no-allocation context.
auto Plain = [](int N) { return new int(N); };
