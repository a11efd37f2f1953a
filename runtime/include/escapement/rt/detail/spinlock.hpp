// A test-and-test-and-set lock for critical sections of a few dozen
// instructions (channel state, central free lists, run-queue registries).
// Holders never block, allocate or call user code while holding it, so a
// waiter spins briefly and then yields the CPU rather than sleeping.
#ifndef ESCAPEMENT_RT_DETAIL_SPINLOCK_HPP
#define ESCAPEMENT_RT_DETAIL_SPINLOCK_HPP

#include <escapement/annotations.hpp>

#include <atomic>
#include <sched.h>

namespace esc::rt::detail {

inline void cpu_relax() noexcept {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  asm volatile("yield");
#endif
}

class spinlock {
public:
  ESC_NONBLOCKING bool try_lock() noexcept {
    return !locked_.load(std::memory_order_relaxed) &&
           !locked_.exchange(true, std::memory_order_acquire);
  }
  ESC_NONBLOCKING void lock() noexcept {
    for (unsigned spins = 0; !try_lock(); ++spins) {
      while (locked_.load(std::memory_order_relaxed)) {
        if (++spins < 64)
          cpu_relax();
        else
          ::sched_yield();  // the holder was preempted: give it the CPU
      }
    }
  }
  ESC_NONBLOCKING void unlock() noexcept { locked_.store(false, std::memory_order_release); }

private:
  std::atomic<bool> locked_{false};
};

class spin_guard {
public:
  explicit spin_guard(spinlock& l) noexcept : l_(l) { l_.lock(); }
  ~spin_guard() { l_.unlock(); }
  spin_guard(const spin_guard&) = delete;
  spin_guard& operator=(const spin_guard&) = delete;

private:
  spinlock& l_;
};

} // namespace esc::rt::detail

#endif
