// RUN: %check_escapement %s 'bound-*' %t -- -- %cxxflags
// RUN: not %escapement %s --checks='-*,bound-*' -- %cxxflags 2>&1 >/dev/null | FileCheck %s --check-prefix=STATS

// NOLINT comments suppress bound-blocking's contract violations (warnings
// promoted to errors), exactly as in clang-tidy; one naming another check
// does not.

#include <escapement/annotations.hpp>

#include <unistd.h>

ESC_NONBLOCKING void on_timer(int Fd, char *Buf) {
  read(Fd, Buf, 1); // NOLINT
  // NOLINTNEXTLINE(bound-blocking)
  read(Fd, Buf, 2);
  // NOLINTBEGIN(bound-*)
  read(Fd, Buf, 3);
  // NOLINTEND(bound-*)
  read(Fd, Buf, 4); // NOLINT(heap-noalloc)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: 'read' may block the calling thread; 'on_timer' must not block [bound-blocking,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-9]]:22: note: 'on_timer' is declared ESC_NONBLOCKING here
}

// STATS: Suppressed 3 warnings (3 NOLINT).
