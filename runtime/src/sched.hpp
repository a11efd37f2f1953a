// Scheduler internals shared by scheduler.cpp, timer.cpp and pin.cpp.
// The invariants are stated at the top of scheduler.cpp.
#ifndef ESCAPEMENT_RT_SRC_SCHED_HPP
#define ESCAPEMENT_RT_SRC_SCHED_HPP

#include "g_registry.hpp"
#include "inject_queue.hpp"
#include "run_queue.hpp"
#include "timer_heap.hpp"

#include <escapement/rt/detail/g.hpp>
#include <escapement/rt/detail/spinlock.hpp>
#include <escapement/rt/scheduler.hpp>

#include <atomic>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

namespace esc::rt::detail {

struct alignas(kCacheLine) processor {
  run_queue q;
  std::uint32_t id = 0;
  std::atomic<std::uint32_t> schedtick{0};  // owner writes, the monitor reads
  std::uint32_t lifo_runs = 0;        // owner only: consecutive `next` runs
  std::atomic<std::uint32_t> park_token{0};
  // For the monitor (sysmon.cpp): the entry of the G being polled (0: none),
  // and, while the owning M is in a blocking_section, that M | 1 and since when.
  std::atomic<std::uintptr_t> poll_fn{0};
  std::atomic<std::uintptr_t> sys{0};
  std::atomic<std::int64_t> sys_since{0};
  g_registry reg;                     // live Gs spawned here (see g_registry.hpp)
};

// promise_base::home of a G spawned by a thread without a P of this scheduler.
inline constexpr std::uint16_t kExtHome = 0xFFFF;

struct machine {
  sched* s = nullptr;
  processor* p = nullptr;                // owned P, or nullptr
  promise_base* locked_g = nullptr;      // only this thread writes it
  std::atomic<promise_base*> mailbox{nullptr};
  std::atomic<std::uint32_t> mail_token{0};
  std::atomic<processor*> handoff{nullptr};
  std::atomic<std::uint32_t> handoff_token{0};
  // Registry slots of Gs homed on another P that ended here, handed back to
  // that P in one push (see sched::reg_remove). Only this thread.
  processor* rf_home = nullptr;
  std::uint32_t rf_first = 0, rf_last = 0, rf_count = 0;
  std::uint32_t blocking_depth = 0;      // open blocking_sections (only this thread)
  processor* blocking_p = nullptr;       // the P set aside by the outermost section
  bool spinning = false;
  bool retire = false;
  bool dead = false;                     // under sched::mlock
  std::uint64_t rng = 0x9E3779B97F4A7C15ull;
  std::thread thread;
};

extern constinit thread_local machine* tl_m;
extern std::atomic<std::size_t> g_pinned;

class sched {
public:
  explicit sched(const scheduler_options& o, scheduler* facade);
  ~sched();

  void shutdown();
  void spawn(promise_base* g, std::coroutine_handle<> h, bool detached, processor* local) noexcept;
  void ready(promise_base* g) noexcept;
  void yield(promise_base* g) noexcept;
  void exit(promise_base* g) noexcept;
  void add_timer(timer_node* n) noexcept;

  unsigned nprocs;
  scheduler* facade;
  processor* ps;
  inject_queue inj;
  std::atomic<std::uint64_t> parked_mask{0};
  std::atomic<int> nmspinning{0};
  std::atomic<bool> stopping{false};

  spinlock tlock;
  timer_heap timers;                       // under tlock
  std::atomic<std::int64_t> next_deadline; // earliest timer (hint), INT64_MAX if none

  std::mutex mlock;                        // machine lists below
  std::vector<machine*> all_ms;
  std::vector<machine*> spares;            // P-less, unpinned, waiting for a P
  bool shut = false;

  // Live Gs spawned from threads without a P (scheduler::spawn from
  // outside, a pinned M that gave its P away): rare, so one lock.
  spinlock ext_lock;
  g_registry ext_reg;
  std::atomic<std::uint64_t> n_started{0}, n_retired{0}, n_steals{0}, n_parks{0}, n_handoffs{0},
      n_cancelled{0}, n_long_polls{0}, n_retakes{0};

  // The monitor (sysmon.cpp).
  std::int64_t long_poll_ns, retake_ns;
  std::thread sysmon;
  std::atomic<std::uint32_t> sysmon_token{0};
  void sysmon_main();
  void handoff_p(processor* p);

private:
  friend struct worker;
  void m_main(machine* m);
  machine* new_machine(processor* p);   // mlock held
  bool wait_for_p(machine* m);
  promise_base* wait_mailbox(machine* m);
  promise_base* find_runnable(machine* m);
  promise_base* inject_get(processor* p, std::uint32_t max);
  promise_base* steal_work(machine* m);
  void park(machine* m);
  void poll_timers(processor* p) noexcept;
  bool any_work() const noexcept;
  void execute(machine* m, promise_base* g);
  void stop_spinning(machine* m) noexcept;
  void deliver(machine* m, promise_base* g) noexcept;
  void sweep();

public:
  ESC_NOALLOC ESC_NONBLOCKING void notify_work() noexcept;
  ESC_NOALLOC ESC_NONBLOCKING void wakep() noexcept;
  ESC_NOALLOC ESC_NONBLOCKING void reg_add(promise_base* g, processor* local) noexcept;
  ESC_NOALLOC ESC_NONBLOCKING void reg_remove(promise_base* g) noexcept;
  ESC_NOALLOC ESC_NONBLOCKING static void flush_remote_frees(machine* m) noexcept;
};

} // namespace esc::rt::detail

#endif
