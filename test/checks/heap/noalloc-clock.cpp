// RUN: %escapement %s -- %cxxflags | FileCheck %s --allow-empty --implicit-check-not="{{warning|error}}:"

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
