// RUN: %check_escapement %s 'heap-*' %t -- -- %cxxflags
// RUN: not %escapement %s -- %cxxflags 2>&1 >/dev/null | FileCheck %s --check-prefix=STATS

// NOLINT comments (same line, next line, begin/end block) suppress
// heap-noalloc's contract violations, which are warnings promoted to errors
// (WarningsAsErrors), exactly as in clang-tidy. A NOLINT naming another check
// does not. Warning-level findings: noalloc-nolint-warnings.cpp.

#include <escapement/annotations.hpp>

ESC_NOALLOC long *on_tick(long V) {
  long *A = new long(V); // NOLINT
  // NOLINTNEXTLINE(heap-noalloc)
  long *B = new long(V);
  // NOLINTBEGIN(heap-*)
  long *C = new long(V);
  long *D = new long(V);
  // NOLINTEND(heap-*)
  long *E = new long(V); // NOLINT(heap-large-alloc)
  // CHECK-MESSAGES: :[[@LINE-1]]:13: error: 'new long' allocates on the heap (8 bytes); 'on_tick' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-10]]:19: note: 'on_tick' is declared ESC_NOALLOC here
  // NOLINTNEXTLINE(bugprone-use-after-move)
  long *F = new long(V);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: error: 'new long' allocates on the heap (8 bytes); 'on_tick' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-14]]:19: note: 'on_tick' is declared ESC_NOALLOC here
  delete A; delete B; delete C; delete D; delete E;
  return F;
}

// STATS: Suppressed 4 warnings (4 NOLINT).
