// RUN: %check_escapement %s 'heap-*' %t -- -- %cxxflags

// Reading a clock is the first thing a latency-sensitive handler does;
// steady_clock::now() is compiled into libstdc++.so (no body in the TU) and
// is known not to allocate or block, so it must not be "unproven".

#include <escapement/annotations.hpp>

#include <chrono>
#include <cstdint>

ESC_NOALLOC std::int64_t stamp_ns() {
  auto t = std::chrono::steady_clock::now().time_since_epoch();
  return std::chrono::duration_cast<std::chrono::nanoseconds>(t).count();
}

ESC_NOALLOC std::int64_t wall_s() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// Positive control: a clock of one's own, also without a body in the TU, is
// unproven; the silence above is the catalogue's knowledge, not a check that
// did not run.
std::int64_t read_tsc_ns();

ESC_NOALLOC std::int64_t own_clock() {
  return read_tsc_ns();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: call to 'read_tsc_ns' may allocate: its definition is not visible to Escapement; 'own_clock' must not allocate [heap-noalloc-unproven]
  // CHECK-NOTES: :[[@LINE-3]]:26: note: 'own_clock' is declared ESC_NOALLOC here
}
