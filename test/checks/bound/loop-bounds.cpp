// RUN: %check_escapement %s 'bound-deadline,bound-unproven' %t -- -config="{CheckOptions: {escapement.bound.Profile: declared-costs-only}}" -- %cxxflags

// Each way a loop gets its bound, and a loop that has none. Every probe
// costs 10 ns (declared-costs-only profile), so a bound of n is n x 10 ns.

#include <escapement/annotations.hpp>

ESC_COST_NS(10) void probe();
ESC_COST_NS(10) bool ready();

// ESC_LOOP_BOUND in the body: at most 6 iterations.
ESC_DEADLINE_NS(60) void annotated(int n) {
  for (int i = 0; i < n; ++i) {
    ESC_LOOP_BOUND(6);
    probe();
  }
}
ESC_DEADLINE_NS(59) void annotated_tight(int n) {
  for (int i = 0; i < n; ++i) {
    ESC_LOOP_BOUND(6);
    probe();
  }
}
// CHECK-MESSAGES: :[[@LINE-6]]:26: error: worst case 60 ns on this path exceeds the 59 ns deadline of 'annotated_tight' [bound-deadline,-warnings-as-errors]
// CHECK-NOTES: :[[@LINE-6]]:3: note: the 'for' loop runs 6 times (60 ns so far)
// CHECK-NOTES: :[[@LINE-8]]:26: note: with n = {{[6-9]|[1-9][0-9]+}}
// CHECK-NOTES: :[[@LINE-9]]:26: note: 'annotated_tight' is declared ESC_DEADLINE_NS(59) here

// TACLeBench's pragma, right before the loop: min 2, max 4 iterations,
// so at most 5 tests of the condition, each calling ready().
ESC_DEADLINE_NS(50) void pragma_bound() {
  _Pragma("loopbound min 2 max 4")
  while (!ready()) {
  }
}
ESC_DEADLINE_NS(49) void pragma_tight() {
#pragma loopbound min 2 max 4
  while (!ready()) {
  }
}
// CHECK-MESSAGES: :[[@LINE-5]]:26: error: worst case 50 ns on this path exceeds the 49 ns deadline of 'pragma_tight' [bound-deadline,-warnings-as-errors]
// CHECK-NOTES: :[[@LINE-4]]:3: note: the 'while' loop runs 4 times (50 ns so far)
// CHECK-NOTES: :[[@LINE-7]]:26: note: with 'ready()' (5 calls) = 0, 0, 0, 0, {{[0-9]+}}
// CHECK-NOTES: :[[@LINE-8]]:26: note: 'pragma_tight' is declared ESC_DEADLINE_NS(49) here

// Inferred from a counted loop over constants: 12 iterations.
ESC_DEADLINE_NS(120) void counted() {
  for (int i = 0; i < 12; ++i)
    probe();
}

// Inferred for a binary search over 16 sorted entries: at most 5 probes.
static const int table[16] = {1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31};
ESC_DEADLINE_NS(50) int search(int key) {
  int lo = 0, hi = 15;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    probe();
    if (table[mid] == key)
      return mid;
    if (table[mid] < key)
      lo = mid + 1;
    else
      hi = mid - 1;
  }
  return -1;
}
ESC_DEADLINE_NS(49) int search_tight(int key) {
  int lo = 0, hi = 15;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    probe();
    if (table[mid] == key)
      return mid;
    if (table[mid] < key)
      lo = mid + 1;
    else
      hi = mid - 1;
  }
  return -1;
}
// CHECK-MESSAGES: :[[@LINE-14]]:25: error: worst case 50 ns on this path exceeds the 49 ns deadline of 'search_tight' [bound-deadline,-warnings-as-errors]
// CHECK-NOTES: :[[@LINE-13]]:3: note: the 'while' loop runs 5 times (50 ns so far)
// CHECK-NOTES: :[[@LINE-11]]:5: note: the condition 'table[mid] == key' is {{.*}}
// CHECK-NOTES: :[[@LINE-10]]:5: note: the condition 'table[mid] < key' is {{.*}}
// CHECK-NOTES: :[[@LINE-18]]:25: note: with key = {{-?[0-9]+}}
// CHECK-NOTES: :[[@LINE-19]]:25: note: 'search_tight' is declared ESC_DEADLINE_NS(49) here

// No bound anywhere: nothing can be proved, and the message names the loop.
ESC_DEADLINE_NS(1000) void spin() {
  while (!ready()) {
  }
}
// CHECK-MESSAGES: :[[@LINE-4]]:28: warning: cannot prove the 1000 ns deadline of 'spin': the 'while' loop has no bound: it can run more than 1024 times; state one with ESC_LOOP_BOUND(n) in its body or _Pragma("loopbound min a max b") before it [bound-unproven]
// CHECK-NOTES: :[[@LINE-4]]:3: note: the proof stops here
// CHECK-NOTES: :[[@LINE-6]]:28: note: 'spin' is declared ESC_DEADLINE_NS(1000) here
