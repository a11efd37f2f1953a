// Raw futex calls. ThreadSanitizer does not see the syscall itself; all
// happens-before edges go through the atomic word, which it does see.
#include <escapement/rt/blocking.hpp>
#include <escapement/rt/detail/futex.hpp>
#include <escapement/rt/detail/spinlock.hpp>

#include <climits>
#include <ctime>

#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace esc::rt::detail {

void futex_wait(std::atomic<std::uint32_t>* w, std::uint32_t expected,
                std::int64_t timeout_ns) noexcept {
  timespec ts{};
  timespec* tsp = nullptr;
  if (timeout_ns >= 0) {
    ts.tv_sec = static_cast<time_t>(timeout_ns / 1'000'000'000);
    ts.tv_nsec = static_cast<long>(timeout_ns % 1'000'000'000);
    tsp = &ts;
  }
  ::syscall(SYS_futex, reinterpret_cast<std::uint32_t*>(w), FUTEX_WAIT_PRIVATE, expected, tsp,
            nullptr, 0);
}

void futex_wake(std::atomic<std::uint32_t>* w, int n) noexcept {
  ::syscall(SYS_futex, reinterpret_cast<std::uint32_t*>(w), FUTEX_WAKE_PRIVATE, n, nullptr,
            nullptr, 0);
}

void wait_nonzero(std::atomic<std::uint32_t>* w) noexcept {
  for (int i = 0; i < 200; ++i) {
    if (w->load(std::memory_order_acquire) != 0) return;
    cpu_relax();
  }
  blocking_section b;  // called from a task, it would hold a P
  while (w->load(std::memory_order_acquire) == 0) futex_wait(w, 0);
}

} // namespace esc::rt::detail
