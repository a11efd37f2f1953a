// --explain prints, Go -m=2 style, every allocation site of the analyzed file
// with its escape verdict and the flow that carries it, on stderr.
// RUN: %escapement --explain --quiet %s -- %cxxflags 2>&1 >/dev/null | FileCheck %s

#include <thread>

// Kept local: could live on the stack or in an arena.
int local() {
  int *p = new int(1);
  // CHECK: explain.cpp:[[@LINE-1]]:12: in 'local': 'new int' allocates on the heap (4 bytes): does not escape (could live on the stack or in an arena)
  int v = *p;
  delete p;
  return v;
}

// Returned: escapes to the caller, through p.
int *returned() {
  int *p = new int(2);
  // CHECK: explain.cpp:[[@LINE-1]]:12: in 'returned': 'new int' allocates on the heap (4 bytes): escapes to the caller:
  // CHECK-NEXT: explain.cpp:[[@LINE-2]]:12:   flow: p = new int(2) (at [[@LINE-2]]:8)
  // CHECK-NEXT: explain.cpp:[[@LINE-3]]:12:   flow: return p (at [[@LINE+1]]:3)
  return p;
}

// Stored in a global by a callee that keeps its argument: the callee's leak
// summary, not a guess, makes it escape.
int *g;
void keep(int *q) { g = q; }
void stored() { keep(new int(3)); }
// CHECK: explain.cpp:[[@LINE-1]]:22: in 'stored': 'new int' allocates on the heap (4 bytes): escapes to the heap:
// CHECK-NEXT: flow: {{.*}}keep

// A callee that only reads its argument does not make it escape.
int peek(const int *q) { return *q; }
int looked() {
  int *p = new int(4);
  // CHECK: explain.cpp:[[@LINE-1]]:12: in 'looked': 'new int' allocates on the heap (4 bytes): does not escape
  int v = peek(p);
  delete p;
  return v;
}

// A local whose address is captured by reference into a thread.
void spawn() {
  int counter = 0;
  // CHECK: explain.cpp:[[@LINE-1]]:7: in 'spawn': address of 'counter' escapes to another thread:
  // CHECK-NEXT: flow: {{.*}}
  std::thread t([&counter] { ++counter; });
  t.join();
}
