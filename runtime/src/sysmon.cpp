// The monitor thread (Go's sysmon) and blocking sections (Go's
// entersyscall/exitsyscall).
//
// One monitor per scheduler. It wakes every 20 µs while it has something to
// do and backs off to 10 ms when it has not (Go's policy), and looks at
// every P:
//   * long polls: a P whose schedtick has not moved while the same task has
//     been running for long_poll is reported once per poll (stats, trace).
//     C++ coroutines cannot be preempted, so that is all it can do: the task
//     keeps its P until it suspends;
//   * retake: a P whose M has been inside a blocking_section for
//     retake_after is handed to another M (a spare or a new one, as for a
//     pinned task), so the tasks queued on it keep running.
//
// The retake protocol is one word per P: the M entering a section stores
// (M | 1) in p->sys; whoever swaps it back to 0 decides. The M leaving its
// section CASes (M | 1) -> 0: success, it still owns the P; failure, the
// monitor took it (and handed it on), so the M finishes its current poll
// without a P, like a pinned M, and then waits for a P. The M tag makes a
// later section of the P's next owner look different to the old M. Inside
// the section the M sets its P aside (m->p is null), so runtime calls made
// there (a spawn, a wake-up) take the P-less paths and never touch a P the
// monitor may have given away; its store (release) / the monitor's CAS
// (acquire) / the handoff publish the P's queue and registry to the new
// owner. A section should not span a co_await: if the task suspends inside
// one, the section ends there (sched::execute closes it).
#include "sched.hpp"
#include "trace_internal.hpp"

#include <escapement/rt/blocking.hpp>
#include <escapement/rt/detail/futex.hpp>
#include <escapement/rt/timer.hpp>

#include <algorithm>
#include <utility>
#include <vector>

namespace esc::rt::detail {

void blocking_enter() noexcept {
  machine* m = tl_m;
  if (m == nullptr || tl_g == nullptr || m->blocking_depth++ != 0) return;
  processor* p = m->p;
  if (p == nullptr) return;
  m->blocking_p = p;
  m->p = nullptr;
  p->sys_since.store(now_ns(), std::memory_order_relaxed);
  p->sys.store(reinterpret_cast<std::uintptr_t>(m) | 1, std::memory_order_release);
}

void blocking_exit() noexcept {
  machine* m = tl_m;
  if (m == nullptr || m->blocking_depth == 0 || --m->blocking_depth != 0) return;
  processor* p = std::exchange(m->blocking_p, nullptr);
  if (p == nullptr) return;
  std::uintptr_t mine = reinterpret_cast<std::uintptr_t>(m) | 1;
  if (p->sys.compare_exchange_strong(mine, 0, std::memory_order_acq_rel)) m->p = p;  // else retaken
}

void sched::sysmon_main() {
  constexpr std::int64_t kMinDelay = 20'000, kMaxDelay = 10'000'000;
  struct seen {
    std::uint32_t tick = 0;
    std::uintptr_t fn = 0;
    std::int64_t since = 0;
    bool reported = false;
  };
  std::vector<seen> last(nprocs);
  std::int64_t delay = kMinDelay;
  int idle_rounds = 0;
  for (;;) {
    sysmon_token.store(0, std::memory_order_seq_cst);
    if (stopping.load(std::memory_order_seq_cst)) return;
    futex_wait(&sysmon_token, 0, delay);
    if (stopping.load(std::memory_order_acquire)) return;
    const std::int64_t now = now_ns();
    bool acted = false;
    std::int64_t next = kMaxDelay;
    for (unsigned i = 0; i < nprocs; ++i) {
      processor* p = &ps[i];
      std::uintptr_t s = p->sys.load(std::memory_order_acquire);
      if ((s & 1) != 0 && retake_ns > 0) {
        const std::int64_t left = p->sys_since.load(std::memory_order_relaxed) + retake_ns - now;
        if (left > 0) {
          next = std::min(next, left);
        } else if (p->sys.compare_exchange_strong(s, 0, std::memory_order_acq_rel)) {
          p->poll_fn.store(0, std::memory_order_relaxed);
          last[i] = seen{};
          n_retakes.fetch_add(1, std::memory_order_relaxed);
          if (tracing()) trace_retake();
          handoff_p(p);
          acted = true;
          continue;
        }
      }
      if (long_poll_ns <= 0) continue;
      const std::uintptr_t fn = p->poll_fn.load(std::memory_order_relaxed);
      const std::uint32_t tick = p->schedtick.load(std::memory_order_relaxed);
      seen& l = last[i];
      if (fn == 0 || tick != l.tick || fn != l.fn) {
        l = seen{tick, fn, now, false};
        continue;
      }
      const std::int64_t held = now - l.since;
      if (held >= long_poll_ns) {
        const bool first = !l.reported;
        if (first) {
          l.reported = true;
          n_long_polls.fetch_add(1, std::memory_order_relaxed);
          acted = true;
        }
        if (tracing()) trace_long_poll(fn, held, first);
      }
    }
    // Go: 20 µs while there is work for the monitor, doubling after 50 idle
    // rounds up to 10 ms; never later than the next retake is due.
    if (acted) {
      idle_rounds = 0;
      delay = kMinDelay;
    } else if (++idle_rounds > 50) {
      delay = std::min(delay * 2, kMaxDelay);
    }
    delay = std::max(kMinDelay, std::min(delay, next));
  }
}

} // namespace esc::rt::detail
