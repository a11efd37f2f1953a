// RUN: %check_escapement %s 'heap-*' %t -- -- %cxxflags

#include <escapement/annotations.hpp>

struct Packet {
  char data[64];
};

Packet *make_packet() { return new Packet; }
Packet *wrap() { return make_packet(); }
int twice(int x) { return 2 * x; }

ESC_NOALLOC Packet *handle(int n) {
  twice(n); // negative: a pure callee is fine
  return wrap();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: error: call to 'wrap' allocates; 'handle' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-7]]:25: note: 'wrap' calls 'make_packet', which allocates
  // CHECK-NOTES: :[[@LINE-9]]:32: note: 'new Packet' allocates on the heap (64 bytes)
  // CHECK-NOTES: :[[@LINE-6]]:21: note: 'handle' is declared ESC_NOALLOC here
}

// Negative: the same chain from a function without a contract is not reported.
Packet *unconstrained() { return wrap(); }

// Recursion: an allocation anywhere in a cycle reaches every member.
int ping(int n);
int pong(int n) { return n > 0 ? ping(n - 1) : *new int(n); }
int ping(int n) { return pong(n); }

int cycle(int n) [[clang::nonallocating]] {
  return ping(n);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: error: call to 'ping' allocates; 'cycle' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-5]]:26: note: 'ping' calls 'pong', which allocates
  // CHECK-NOTES: :[[@LINE-7]]:49: note: 'new int' allocates on the heap (4 bytes)
  // CHECK-NOTES: :[[@LINE-5]]:5: note: 'cycle' is declared {{\[\[}}clang::nonallocating{{\]\]}} here
}
