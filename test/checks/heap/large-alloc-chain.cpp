// RUN: %check_escapement %s 'heap-*' %t -- -- %cxxflags

// Through a call, every allocation behind it counts, not only the first:
// prepare() makes a 16-byte allocation (via header()) before its 64 KiB
// scratch buffer, and the large one is what a hot function must hear about.

#include <escapement/annotations.hpp>

char *header() { return new char[16]; }
char *scratch() { return new char[65536]; }

char *prepare() {
  delete[] header();
  return scratch();
}

ESC_DEADLINE_NS(5000) void render() {
  char *P = prepare();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: call to 'prepare' makes a large allocation of 65536 bytes in hot function 'render' (threshold 32768 bytes) [heap-large-alloc]
  // CHECK-NOTES: :[[@LINE-6]]:10: note: 'prepare' calls 'scratch', which allocates
  // CHECK-NOTES: :[[@LINE-11]]:26: note: 'new char[]' allocates on the heap (65536 bytes)
  delete[] P;
}

// Negative: the same chain from a cold function.
void load() { delete[] prepare(); }
