// RUN: %check_escapement %s 'heap-*' %t -- -- %cxxflags
// RUN: %escapement %s -- %cxxflags 2>&1 >/dev/null | FileCheck %s --check-prefix=STATS

// The NOLINT comments (same line, next line, begin/end block) on
// heap-noalloc-unproven's findings (calls Escapement cannot see through). A
// NOLINT naming another check does not suppress, and heap-noalloc is another
// check: NOLINT names are matched exactly. (Contract violations:
// noalloc-nolint.cpp.)

#include <escapement/annotations.hpp>

void publish(long Value); // defined in another library

ESC_NOALLOC void on_tick(long V) {
  publish(V); // NOLINT
  // NOLINTNEXTLINE(heap-noalloc-unproven)
  publish(V);
  // NOLINTBEGIN(heap-*)
  publish(V);
  publish(V);
  // NOLINTEND(heap-*)
  publish(V); // NOLINT(heap-large-alloc)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'publish' may allocate: its definition is not visible to Escapement; 'on_tick' must not allocate [heap-noalloc-unproven]
  // CHECK-NOTES: :[[@LINE-10]]:18: note: 'on_tick' is declared ESC_NOALLOC here
  // NOLINTNEXTLINE(bugprone-use-after-move)
  publish(V);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'publish' may allocate: its definition is not visible to Escapement; 'on_tick' must not allocate [heap-noalloc-unproven]
  // CHECK-NOTES: :[[@LINE-14]]:18: note: 'on_tick' is declared ESC_NOALLOC here
  publish(V); // NOLINT(heap-noalloc)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'publish' may allocate: its definition is not visible to Escapement; 'on_tick' must not allocate [heap-noalloc-unproven]
  // CHECK-NOTES: :[[@LINE-17]]:18: note: 'on_tick' is declared ESC_NOALLOC here
}

// STATS: Suppressed 4 warnings (4 NOLINT).
