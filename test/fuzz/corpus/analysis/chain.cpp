// RUN: not %escapement %s -- %cxxflags | FileCheck %s --implicit-check-not="{{warning|error}}:"


struct Packet {
  char data[64];
};

Packet *make_packet() { return new Packet; }
Packet *wrap() { return make_packet(); }
int twice(int x) { return 2 * x; }

ESC_NOALLOC Packet *handle(int n) {
  twice(n); // negative: a pure callee is fine
  return wrap();
  // CHECK: :[[@LINE-1]]:10: error: call to 'wrap' allocates; 'handle' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK: :10:25: note: 'wrap' calls 'make_packet', which allocates
  // CHECK: :9:32: note: 'new Packet' allocates on the heap (64 bytes)
  // CHECK: :13:21: note: 'handle' is declared ESC_NOALLOC here
}

// Negative: the same chain from a function without a contract is not reported.
Packet *unconstrained() { return wrap(); }

// Recursion: an allocation anywhere in a cycle reaches every member.
int ping(int n);
int pong(int n) { return n > 0 ? ping(n - 1) : *new int(n); }
int ping(int n) { return pong(n); }

int cycle(int n) [[clang::nonallocating]] {
  return ping(n);
  // CHECK: :[[@LINE-1]]:10: error: call to 'ping' allocates; 'cycle' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK: note: 'ping' calls 'pong', which allocates
  // CHECK: note: 'new int' allocates on the heap (4 bytes)
  // CHECK: note: 'cycle' is declared {{\[\[}}clang::nonallocating{{\]\]}} here
}
