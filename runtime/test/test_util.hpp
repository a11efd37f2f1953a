// Shared helpers for the runtime tests.
#ifndef ESCAPEMENT_RT_TEST_UTIL_HPP
#define ESCAPEMENT_RT_TEST_UTIL_HPP

#include <escapement/rt/detail/config.hpp>

#include <atomic>
#include <cstdint>

namespace esc_test {

// Sanitizers slow everything down 5-20x: stress sizes scale by this.
#if defined(ESC_RT_SANITIZED)
inline constexpr std::int64_t kScale = 4;
#else
inline constexpr std::int64_t kScale = 1;
#endif

// Counts live instances: a test that ends with live() == 0 proves every
// frame holding one was destroyed (nothing leaked).
struct tracked {
  static std::atomic<long>& live() {
    static std::atomic<long> n{0};
    return n;
  }
  tracked() { live().fetch_add(1); }
  tracked(const tracked&) { live().fetch_add(1); }
  ~tracked() { live().fetch_sub(1); }
};

} // namespace esc_test

#endif
