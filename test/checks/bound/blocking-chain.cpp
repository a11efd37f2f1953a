// RUN: %check_escapement %s 'bound-*' %t -- -- %cxxflags

// Blocking reached through calls: reported at the call in the checked
// function, with the chain down to the blocking operation as notes.

#include <escapement/annotations.hpp>

#include <unistd.h>

long fill(int Fd, char *Buf) { return read(Fd, Buf, 64); }
long refill(int Fd, char *Buf) { return fill(Fd, Buf) > 0 ? 1 : 0; }
int square(int X) { return X * X; }

ESC_NONBLOCKING long on_readable(int Fd, char *Buf) {
  square(Fd); // negative: a pure callee is fine
  return refill(Fd, Buf);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: error: call to 'refill' blocks; 'on_readable' must not block [bound-blocking,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-7]]:41: note: 'refill' calls 'fill', which blocks
  // CHECK-NOTES: :[[@LINE-9]]:39: note: 'read' may block the calling thread
  // CHECK-NOTES: :[[@LINE-6]]:22: note: 'on_readable' is declared ESC_NONBLOCKING here
}

// Negative at the caller: a callee declared ESC_NONBLOCKING is trusted by
// its callers; its own body is checked (and reported) where it is defined.
ESC_NONBLOCKING long peek(int Fd, char *Buf) { return read(Fd, Buf, 1); }
// CHECK-MESSAGES: :[[@LINE-1]]:55: error: 'read' may block the calling thread; 'peek' must not block [bound-blocking,-warnings-as-errors]
// CHECK-NOTES: :[[@LINE-2]]:22: note: 'peek' is declared ESC_NONBLOCKING here
ESC_NONBLOCKING long on_event(int Fd, char *Buf) { return peek(Fd, Buf); }

// The same for a timed callee: its deadline is a promise not to block.
ESC_DEADLINE_NS(2000) long sample(int Fd, char *Buf) { return fill(Fd, Buf); }
// CHECK-MESSAGES: :[[@LINE-1]]:63: error: call to 'fill' blocks; 'sample' must finish within 2000 ns, and blocking has no bound on its time [bound-blocking,-warnings-as-errors]
// CHECK-NOTES: :[[@LINE-23]]:39: note: 'read' may block the calling thread
// CHECK-NOTES: :[[@LINE-3]]:28: note: 'sample' is declared ESC_DEADLINE_NS(2000) here
ESC_NONBLOCKING long on_sample(int Fd, char *Buf) { return sample(Fd, Buf); }

// Recursion: blocking anywhere in a cycle reaches every member.
int ping(int N);
int pong(int N) { return N > 0 ? ping(N - 1) : sleep(1); }
int ping(int N) { return pong(N); }

int retry(int N) [[clang::nonblocking]] {
  return ping(N);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: error: call to 'ping' blocks; 'retry' must not block [bound-blocking,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-5]]:26: note: 'ping' calls 'pong', which blocks
  // CHECK-NOTES: :[[@LINE-7]]:48: note: 'sleep' may block the calling thread
  // CHECK-NOTES: :[[@LINE-5]]:5: note: 'retry' is declared {{\[\[}}clang::nonblocking{{\]\]}} here
}

// Negative: the same chain from a function without a contract.
long unconstrained(int Fd, char *Buf) { return refill(Fd, Buf); }
