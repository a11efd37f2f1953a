// lock_os_thread / unlock_os_thread (Go's LockOSThread, proc.go).
//
// The nesting count lives in the G (lock_count) and is touched only by the
// G itself while it runs; the G<->M wiring (g->locked_m, m->locked_g) is set
// on the first lock and cleared when the count returns to zero, both on the
// pinned thread. Everything that readies a G reads g->locked_m after the
// G published itself (acquire), so a pinned G is always delivered to its own
// thread's mailbox. What happens when the pinned G suspends or ends is in
// scheduler.cpp (m_main, sched::exit).
#include "sched.hpp"

#include <escapement/rt/pin.hpp>

#include <limits>

namespace esc::rt {

namespace {
constinit thread_local std::uint32_t tl_thread_locks = 0;  // calls outside tasks
}

void lock_os_thread() noexcept {
  using namespace detail;
  promise_base* g = tl_g;
  if (g == nullptr) {
    if (tl_thread_locks == std::numeric_limits<std::uint32_t>::max())
      fatal("lock_os_thread nesting overflow");
    ++tl_thread_locks;
    if (tracing()) [[unlikely]]
      trace_pin(true, g_pinned.load(std::memory_order_relaxed));
    return;
  }
  if (g->lock_count == std::numeric_limits<std::uint32_t>::max())
    fatal("lock_os_thread nesting overflow");
  if (g->lock_count++ == 0) {
    machine* m = tl_m;
    g->locked_m = m;
    m->locked_g = g;
    g_pinned.fetch_add(1, std::memory_order_relaxed);
  }
  if (tracing()) [[unlikely]]
    trace_pin(true, g_pinned.load(std::memory_order_relaxed));
}

void unlock_os_thread() noexcept {
  using namespace detail;
  promise_base* g = tl_g;
  if (g == nullptr) {
    if (tl_thread_locks == 0) return;
    --tl_thread_locks;
  } else {
    if (g->lock_count == 0) return;  // Go: no active lock is a no-op
    if (--g->lock_count == 0) {
      tl_m->locked_g = nullptr;
      g->locked_m = nullptr;
      g_pinned.fetch_sub(1, std::memory_order_relaxed);
    }
  }
  if (tracing()) [[unlikely]]
    trace_pin(false, g_pinned.load(std::memory_order_relaxed));
}

std::uint32_t os_thread_lock_depth() noexcept {
  detail::promise_base* g = detail::tl_g;
  return g != nullptr ? g->lock_count : tl_thread_locks;
}

std::size_t pinned_threads() noexcept { return detail::g_pinned.load(std::memory_order_relaxed); }

} // namespace esc::rt
