// M:P:G scheduler (after Go's proc.go).
//
//   G  a spawned task (promise_base). Runnable Gs sit in exactly one place: a
//      P's run queue, the injection queue, or a pinned M's mailbox. Blocked Gs
//      are referenced by what they wait on (channel wait list, timer heap,
//      join handle). Every live G also has a slot in its home P's registry
//      (g_registry.hpp) so shutdown can cancel Gs that would never run again.
//   M  an OS thread (machine). An M runs Gs only while it owns a P, except an
//      M pinned to a G (lock_os_thread), which runs that G and nothing else,
//      with or without a P.
//   P  a processor: the right to run Gs plus a local run queue. nprocs Ps
//      exist for the scheduler's lifetime; each is owned by at most one M.
//
// Who touches what:
//   * a P's run queue: push/pop by its owning M only; steal by any M (see
//     run_queue.hpp). Ownership moves only through handoff (under mlock and
//     an acquire/release pair on machine::handoff);
//   * P registries: the owning M adds (spawn) and removes (exit of a G
//     homed on its own P) without locks; an exit elsewhere hands the slot
//     back through the registry's lock-free remote stack. Gs spawned without
//     a P live in ext_reg under ext_lock;
//   * timer heap: under tlock; next_deadline is a lock-free hint;
//   * machine lists (all_ms, spares): under mlock; only slow paths (start,
//     pin handoff, retirement, shutdown) take it.
//
// Idle workers, as in Go: a worker that finds no work spins (steals) for a
// bounded time if fewer than half of the busy Ps already spin, then parks on
// its P's futex and sets its bit in parked_mask. Whoever makes work
// available publishes it and wakes one parked P only when nobody spins
// (wakep); the woken worker counts as spinning, and a spinner that finds
// work wakes a successor. The parker re-checks every queue after setting
// its bit, so a wake-up can not be lost between them.
//
// That needs a StoreLoad barrier on both sides (submitter: work, then
// parked_mask; parker: parked_mask, then work). Submitting is the hot path
// (every spawn, yield and wake-up) and parking the cold one, so the barrier
// is asymmetric: the parker issues membarrier(PRIVATE_EXPEDITED), which
// acts as a full fence on every running thread of the process, and the
// submitter only needs the compiler not to reorder. Where membarrier is
// unavailable the submitter falls back to a seq_cst fence.
//
// Fairness: every 61st scheduling round looks at the injection queue first;
// at most 3 consecutive Gs run from `next` before the ring gets a turn.
#include "sched.hpp"
#include "trace_internal.hpp"

#include <escapement/rt/blocking.hpp>
#include <escapement/rt/detail/futex.hpp>
#include <escapement/rt/pin.hpp>
#include <escapement/rt/timer.hpp>

#include <bit>
#include <chrono>
#include <mutex>
#include <climits>
#include <cstdio>
#include <cstdlib>

#include <linux/membarrier.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace esc::rt::detail {

constinit thread_local promise_base* tl_g = nullptr;
constinit thread_local machine* tl_m = nullptr;
std::atomic<std::size_t> g_pinned{0};

namespace {
constexpr std::uint32_t kMaxLifoRuns = 3;
constexpr std::int64_t kSpinNs = 30'000;  // ~2x a futex wake on this class of VM
} // namespace

namespace {

// Decided once per process, before the first scheduler's threads start.
// Read on every submission: its own line, away from counters others write.
alignas(kCacheLine) constinit std::atomic<bool> g_asymmetric_fence{false};

void init_asymmetric_fence() noexcept {
  static std::once_flag once;
  std::call_once(once, [] {
    const long cmds = ::syscall(SYS_membarrier, MEMBARRIER_CMD_QUERY, 0, 0);
    if (cmds < 0 || !(cmds & MEMBARRIER_CMD_PRIVATE_EXPEDITED)) return;
    if (::syscall(SYS_membarrier, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0) != 0) return;
    g_asymmetric_fence.store(true, std::memory_order_relaxed);
  });
}

// The submitter's half.
ESC_RT_INLINE void light_fence() noexcept {
  if (g_asymmetric_fence.load(std::memory_order_relaxed)) [[likely]]
    std::atomic_signal_fence(std::memory_order_seq_cst);
  else
    std::atomic_thread_fence(std::memory_order_seq_cst);
}

// The parker's half (after its seq_cst RMW, which fences its own thread).
void heavy_fence() noexcept {
  if (g_asymmetric_fence.load(std::memory_order_relaxed))
    ::syscall(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0);
}

} // namespace

g_registry::~g_registry() {
  if (slots_ != nullptr) ::munmap(slots_, std::size_t{kCap} * sizeof(slots_[0]));
}

batch_pool::batch_pool() noexcept {
  void* p = ::mmap(nullptr, std::size_t{kMax} * sizeof(g_batch), PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  base_ = p == MAP_FAILED ? nullptr : static_cast<g_batch*>(p);  // null: spills chain Gs instead
}

batch_pool::~batch_pool() {
  if (base_ != nullptr) ::munmap(base_, std::size_t{kMax} * sizeof(g_batch));
}

void g_registry::init() noexcept {
  void* p = ::mmap(nullptr, std::size_t{kCap} * sizeof(slots_[0]), PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) fatal("cannot reserve address space for the task registry");
  slots_ = static_cast<std::atomic<std::uintptr_t>*>(p);
}

[[noreturn]] void fatal(const char* msg) noexcept {
  std::fprintf(stderr, "escapement: %s\n", msg);
  std::fflush(stderr);
  std::abort();
}

sched::sched(const scheduler_options& o, scheduler* f)
    : facade(f), next_deadline(INT64_MAX), long_poll_ns(o.long_poll.count()),
      retake_ns(o.retake_after.count()) {
  unsigned n = o.nprocs;
  if (n == 0) n = std::thread::hardware_concurrency();
  if (n == 0) n = 1;
  if (n > 64) n = 64;
  nprocs = n;
  init_asymmetric_fence();
  ps = new processor[n];
  ext_reg.init();
  for (unsigned i = 0; i < n; ++i) ps[i].reg.init();
  {
    std::lock_guard<std::mutex> g(mlock);
    for (unsigned i = 0; i < n; ++i) {
      ps[i].id = i;
      new_machine(&ps[i]);
    }
  }
  if (long_poll_ns > 0 || retake_ns > 0) sysmon = std::thread([this] { sysmon_main(); });
}

sched::~sched() {
  shutdown();
  delete[] ps;
}

machine* sched::new_machine(processor* p) {
  // Reap threads that have exited (retired pinned threads, surplus spares).
  for (std::size_t i = 0; i < all_ms.size();) {
    machine* d = all_ms[i];
    if (d->dead) {
      d->thread.join();
      delete d;
      all_ms[i] = all_ms.back();
      all_ms.pop_back();
    } else {
      ++i;
    }
  }
  auto* m = new machine;
  m->s = this;
  m->p = p;
  m->rng ^= reinterpret_cast<std::uintptr_t>(m);
  all_ms.push_back(m);
  n_started.fetch_add(1, std::memory_order_relaxed);
  m->thread = std::thread([this, m] { m_main(m); });
  return m;
}

void sched::m_main(machine* m) {
  tl_m = m;
  for (;;) {
    if (m->p == nullptr && !wait_for_p(m)) break;
    promise_base* g = find_runnable(m);
    if (g == nullptr) break;
    // A spinning M that found work, wherever it found it, stops spinning and
    // hands the search to a successor (Go: resetspinning).
    if (m->spinning) stop_spinning(m);
    execute(m, g);
    if (m->retire) break;
    if (m->locked_g == nullptr) continue;
    // The pinned G suspended: give our P away so the others keep running,
    // then serve only that G until it unpins, ends or the scheduler stops.
    if (m->p != nullptr) handoff_p(std::exchange(m->p, nullptr));
    flush_remote_frees(m);
    while ((g = wait_mailbox(m)) != nullptr) {
      execute(m, g);
      if (m->retire || m->locked_g == nullptr) break;
    }
    if (m->retire || stopping.load(std::memory_order_acquire)) break;
  }
  if (m->spinning) stop_spinning(m);
  flush_remote_frees(m);
  // A thread whose task ended pinned is not reused; its P goes on elsewhere.
  if (m->p != nullptr) handoff_p(std::exchange(m->p, nullptr));
  tl_m = nullptr;
  std::lock_guard<std::mutex> g(mlock);
  if (m->retire || !stopping.load()) n_retired.fetch_add(1, std::memory_order_relaxed);
  m->dead = true;
}

void sched::handoff_p(processor* p) {
  std::lock_guard<std::mutex> g(mlock);
  n_handoffs.fetch_add(1, std::memory_order_relaxed);
  if (stopping.load(std::memory_order_acquire)) return;  // its leftovers are swept
  if (spares.empty()) {
    new_machine(p);
    return;
  }
  machine* m = spares.back();
  spares.pop_back();
  m->handoff_token.store(1, std::memory_order_seq_cst);  // before the P: see deliver()
  m->handoff.store(p, std::memory_order_seq_cst);
  futex_wake(&m->handoff_token);
}

bool sched::wait_for_p(machine* m) {
  flush_remote_frees(m);
  {
    std::lock_guard<std::mutex> g(mlock);
    if (stopping.load() || spares.size() >= nprocs) return false;  // surplus: exit
    spares.push_back(m);
  }
  for (;;) {
    if (processor* p = m->handoff.exchange(nullptr, std::memory_order_acquire)) {
      m->p = p;
      return true;
    }
    if (stopping.load(std::memory_order_acquire)) {
      std::lock_guard<std::mutex> g(mlock);
      for (std::size_t i = 0; i < spares.size(); ++i)
        if (spares[i] == m) {
          spares[i] = spares.back();
          spares.pop_back();
          break;
        }
      return false;
    }
    m->handoff_token.store(0, std::memory_order_seq_cst);
    if (m->handoff.load(std::memory_order_seq_cst) != nullptr || stopping.load()) continue;
    futex_wait(&m->handoff_token, 0);
  }
}

promise_base* sched::wait_mailbox(machine* m) {
  for (;;) {
    if (promise_base* g = m->mailbox.exchange(nullptr, std::memory_order_acquire)) return g;
    if (stopping.load(std::memory_order_acquire)) return nullptr;
    m->mail_token.store(0, std::memory_order_seq_cst);
    if (promise_base* g = m->mailbox.exchange(nullptr, std::memory_order_seq_cst)) return g;
    if (stopping.load(std::memory_order_seq_cst)) return nullptr;
    futex_wait(&m->mail_token, 0);
  }
}

// Token first, G second: once the G is visible its thread may run it, see
// it end pinned and retire (freeing m); after that store we only issue a
// futex wake, which is harmless on a dead address.
void sched::deliver(machine* m, promise_base* g) noexcept {
  m->mail_token.store(1, std::memory_order_seq_cst);
  m->mailbox.store(g, std::memory_order_seq_cst);
  futex_wake(&m->mail_token);
}

void sched::execute(machine* m, promise_base* g) {
  tl_g = g;
  std::coroutine_handle<> h = g->resume_point;
  // For the monitor: which task holds the P (its entry, read from the frame
  // header while the frame is hot anyway).
  processor* p = m->p;
  if (p != nullptr) p->poll_fn.store(*static_cast<std::uintptr_t*>(g->coro.address()), std::memory_order_relaxed);
  if (tracing()) [[unlikely]]
    trace_execute(g, h);
  else
    h.resume();
  if (m->blocking_depth != 0) [[unlikely]] {  // suspended inside a blocking_section: it ends here
    m->blocking_depth = 1;
    blocking_exit();
  }
  tl_g = nullptr;
  // (Unless the P was retaken meanwhile: then it is someone else's.)
  if (p != nullptr && m->p == p) p->poll_fn.store(0, std::memory_order_relaxed);
}

promise_base* sched::find_runnable(machine* m) {
  processor* p = m->p;
  std::int64_t spin_until = 0;
  const std::uint32_t tick = p->schedtick.load(std::memory_order_relaxed) + 1;
  p->schedtick.store(tick, std::memory_order_relaxed);
  for (;;) {
    if (stopping.load(std::memory_order_relaxed)) return nullptr;
    if (tick % 61 == 0 && !inj.empty()) {
      if (promise_base* g = inject_get(p, 1)) return g;
    }
    if ((tick & 7) == 0) poll_timers(p);
    bool inherited = false;
    if (promise_base* g = p->q.pop(p->lifo_runs < kMaxLifoRuns, inherited)) {
      p->lifo_runs = inherited ? p->lifo_runs + 1 : 0;
      return g;
    }
    poll_timers(p);
    if (promise_base* g = p->q.pop(true, inherited)) return g;
    if (!inj.empty()) {
      if (promise_base* g = inject_get(p, run_queue::kCap / 2)) return g;
    }
    const unsigned busy = nprocs - static_cast<unsigned>(std::popcount(parked_mask.load()));
    if (m->spinning || 2 * static_cast<unsigned>(nmspinning.load()) < busy) {
      if (!m->spinning) {
        m->spinning = true;
        nmspinning.fetch_add(1);
      }
      if (promise_base* g = steal_work(m)) return g;
      const std::int64_t now = now_ns();
      if (spin_until == 0) spin_until = now + kSpinNs;
      if (now < spin_until) {
        for (int i = 0; i < 32; ++i) cpu_relax();
        continue;
      }
    }
    if (m->spinning) {
      m->spinning = false;
      nmspinning.fetch_sub(1);
    }
    park(m);
    spin_until = 0;
  }
}

promise_base* sched::inject_get(processor* p, std::uint32_t max) {
  if (!inj.try_lock()) return nullptr;
  std::int64_t want = inj.size() / static_cast<std::int64_t>(nprocs) + 1;
  if (want > max) want = max;
  promise_base* first = nullptr;
  std::int64_t taken = 0;
  bool moved = false;
  auto take = [&](promise_base* g) {
    if (first == nullptr) {
      first = g;
    } else {
      p->q.push_tail(g, inj);
      moved = true;
    }
  };
  while (taken < want) {
    qnode* n = inj.pop();
    if (n == nullptr) break;
    if (g_batch* b = inj.as_batch(n)) {
      // Whole, even beyond `want`: splitting it would mean requeueing the rest.
      for (std::uint32_t i = 0; i < b->n; ++i) take(b->g[i]);
      taken += b->n;
      b->home->put(b);
    } else {
      take(static_cast<promise_base*>(n));
      ++taken;
    }
  }
  inj.unlock();
  if (moved) notify_work();
  return first;
}

promise_base* sched::steal_work(machine* m) {
  processor* self = m->p;
  for (int pass = 0; pass < 4; ++pass) {
    m->rng ^= m->rng << 13;
    m->rng ^= m->rng >> 7;
    m->rng ^= m->rng << 17;
    const unsigned start = static_cast<unsigned>(m->rng % nprocs);
    for (unsigned i = 0; i < nprocs; ++i) {
      processor* v = &ps[(start + i) % nprocs];
      if (v == self) continue;
      if (promise_base* g = v->q.steal_into(self->q, pass == 3)) {
        n_steals.fetch_add(1, std::memory_order_relaxed);
        return g;
      }
    }
  }
  return nullptr;
}

bool sched::any_work() const noexcept {
  if (!inj.empty()) return true;
  for (unsigned i = 0; i < nprocs; ++i)
    if (!ps[i].q.empty()) return true;
  return next_deadline.load(std::memory_order_seq_cst) <= now_ns();
}

void sched::park(machine* m) {
  processor* p = m->p;
  const std::uint64_t bit = std::uint64_t{1} << p->id;
  n_parks.fetch_add(1, std::memory_order_relaxed);
  flush_remote_frees(m);
  p->park_token.store(0, std::memory_order_relaxed);
  parked_mask.fetch_or(bit, std::memory_order_seq_cst);
  heavy_fence();
  if (!stopping.load(std::memory_order_seq_cst) && !any_work()) {
    const std::int64_t deadline = next_deadline.load(std::memory_order_acquire);
    std::int64_t timeout = -1;
    if (deadline != INT64_MAX) {
      timeout = deadline - now_ns();
      if (timeout < 0) timeout = 0;
    }
    if (timeout != 0) futex_wait(&p->park_token, 0, timeout);
  }
  // Still marked: we woke by ourselves. Unmarked: a waker claimed us and
  // counted us as spinning.
  if (!(parked_mask.fetch_and(~bit, std::memory_order_seq_cst) & bit)) m->spinning = true;
}

void sched::wakep() noexcept {
  if (nmspinning.load(std::memory_order_seq_cst) != 0) return;
  int expected = 0;
  if (!nmspinning.compare_exchange_strong(expected, 1, std::memory_order_seq_cst)) return;
  std::uint64_t mask = parked_mask.load(std::memory_order_seq_cst);
  for (;;) {
    if (mask == 0) {
      nmspinning.fetch_sub(1, std::memory_order_seq_cst);
      return;
    }
    const std::uint64_t bit = mask & (~mask + 1);
    if (parked_mask.compare_exchange_weak(mask, mask & ~bit, std::memory_order_seq_cst)) {
      processor* p = &ps[std::countr_zero(bit)];
      p->park_token.store(1, std::memory_order_release);
      futex_wake(&p->park_token);
      return;
    }
  }
}

void sched::notify_work() noexcept {
  light_fence();
  if (parked_mask.load(std::memory_order_relaxed) != 0 &&
      nmspinning.load(std::memory_order_relaxed) == 0)
    wakep();
}

void sched::stop_spinning(machine* m) noexcept {
  m->spinning = false;
  nmspinning.fetch_sub(1, std::memory_order_seq_cst);
  wakep();  // the last spinner to find work hands the search to a successor
}

void sched::reg_add(promise_base* g, processor* local) noexcept {
  if (local != nullptr) [[likely]] {
    g->home = static_cast<std::uint16_t>(local->id);
    g->reg_slot = local->reg.add(g);
    return;
  }
  g->home = kExtHome;
  spin_guard l(ext_lock);
  g->reg_slot = ext_reg.add(g);
}

void sched::reg_remove(promise_base* g) noexcept {
  if (g->home == kExtHome) [[unlikely]] {
    spin_guard l(ext_lock);
    ext_reg.remove_local(g->reg_slot);
    return;
  }
  processor* home = &ps[g->home];
  machine* m = tl_m;
  if (m != nullptr && m->p == home) [[likely]] {
    home->reg.remove_local(g->reg_slot);
    return;
  }
  if (m == nullptr || m->s != this) {  // not one of our workers: nothing to batch in
    home->reg.remove_remote(g->reg_slot);
    return;
  }
  // A stolen G: batch the slot with others of the same home, so a stream of
  // stolen Gs costs one CAS on the home's line per kBatch instead of per G.
  constexpr std::uint32_t kBatch = 64;
  if (m->rf_home != home) {
    flush_remote_frees(m);
    m->rf_home = home;
    m->rf_last = g->reg_slot;
  } else {
    home->reg.link_free(g->reg_slot, m->rf_first);
  }
  m->rf_first = g->reg_slot;
  if (++m->rf_count == kBatch) flush_remote_frees(m);
}

// Also before the M sleeps or exits: slots held here are not lost (shutdown
// sees them free) but the home P could not reuse them.
void sched::flush_remote_frees(machine* m) noexcept {
  if (m->rf_count == 0) return;
  m->rf_home->reg.push_remote(m->rf_first, m->rf_last);
  m->rf_home = nullptr;
  m->rf_count = 0;
}

void sched::spawn(promise_base* g, std::coroutine_handle<> h, bool detached,
                  processor* local) noexcept {
  g->owner = this;
  g->coro = h;
  g->resume_point = h;
  g->state.store(detached ? std::uint32_t{kDetached} : std::uint32_t{0}, std::memory_order_relaxed);
  if (tracing()) [[unlikely]]
    trace_spawn(g);
  if (stopping.load(std::memory_order_acquire)) [[unlikely]] {
    // Spawned into a stopping scheduler: cancelled before it starts.
    n_cancelled.fetch_add(1, std::memory_order_relaxed);
    if (detached)
      h.destroy();
    else
      g->state.store(kCancelled, std::memory_order_release);
    return;
  }
  reg_add(g, local);
  if (local != nullptr)
    local->q.push_new(g, inj);
  else
    inj.push(g);
  notify_work();
}

void sched::ready(promise_base* g) noexcept {
  if (g->locked_m != nullptr) return deliver(g->locked_m, g);
  machine* m = tl_m;
  if (m != nullptr && m->s == this && m->p != nullptr)
    m->p->q.push(g, true, inj);
  else
    inj.push(g);
  notify_work();
}

void sched::yield(promise_base* g) noexcept {
  if (g->locked_m != nullptr) return deliver(g->locked_m, g);
  machine* m = tl_m;
  if (m != nullptr && m->s == this && m->p != nullptr)
    m->p->q.push_tail(g, inj);
  else
    inj.push(g);
  notify_work();
}

void sched::exit(promise_base* g) noexcept {
  if (tracing()) [[unlikely]]
    trace_task_exit(g);
  if (g->lock_count != 0) {  // ended while pinned: its thread retires
    g->lock_count = 0;
    g->locked_m = nullptr;
    if (machine* m = tl_m) {
      m->locked_g = nullptr;
      m->retire = true;
    }
    g_pinned.fetch_sub(1, std::memory_order_relaxed);
  }
  reg_remove(g);
  std::uint32_t prev = g->state.load(std::memory_order_acquire);
  if (prev != kDetached) prev = g->state.fetch_or(kCompleted, std::memory_order_acq_rel);
  if (prev & kDetached) {
    if (g->failed) fatal("unhandled exception escaped a detached task");
    g->coro.destroy();
    return;
  }
  if (prev & kWaiting) {
    if (!(prev & kThreadWaiter)) {
      auto* w = static_cast<promise_base*>(g->joiner);
      w->owner->ready(w);
    } else {
      auto* f = static_cast<std::atomic<std::uint32_t>*>(g->joiner);
      f->store(1, std::memory_order_release);
      futex_wake(f, 1);
    }
  }
}

void sched::shutdown() {
  {
    std::lock_guard<std::mutex> g(mlock);
    if (shut) return;
    shut = true;
  }
  if (tl_m != nullptr && tl_m->s == this) fatal("a scheduler was shut down from one of its own tasks");
  stopping.store(true, std::memory_order_seq_cst);
  if (sysmon.joinable()) {  // first: it may hand Ps to new threads
    sysmon_token.store(1, std::memory_order_seq_cst);
    futex_wake(&sysmon_token);
    sysmon.join();
  }
  for (unsigned i = 0; i < nprocs; ++i) {
    ps[i].park_token.store(1, std::memory_order_seq_cst);
    futex_wake(&ps[i].park_token, 1);
  }
  // Join everyone before freeing anyone: a worker still running may deliver
  // a timer-readied pinned G to another M's mailbox.
  std::vector<machine*> joined;
  for (;;) {
    std::vector<machine*> ms;
    {
      std::lock_guard<std::mutex> g(mlock);
      ms.swap(all_ms);
    }
    if (ms.empty()) break;
    for (machine* m : ms) {
      m->mail_token.store(1, std::memory_order_seq_cst);
      futex_wake(&m->mail_token);
      m->handoff_token.store(1, std::memory_order_seq_cst);
      futex_wake(&m->handoff_token);
    }
    for (machine* m : ms) {
      m->thread.join();
      joined.push_back(m);
    }
  }
  for (machine* m : joined) delete m;
  sweep();
}

// Single-threaded: every worker has been joined.
void sched::sweep() {
  std::vector<promise_base*> gs;
  auto collect = [&gs](promise_base* g) { gs.push_back(g); };
  for (unsigned i = 0; i < nprocs; ++i) {
    ps[i].q.drain([](promise_base*) {});
    ps[i].reg.for_each_live(collect);
    ps[i].reg.clear();
  }
  ext_reg.for_each_live(collect);
  ext_reg.clear();
  while (inj.pop() != nullptr) {
  }
  timers.clear();
  next_deadline.store(INT64_MAX);
  // Mark first, destroy second: destroying one frame may drop a join_handle
  // to another cancelled G, which must already see kCancelled and so free
  // it (the handle owns a non-detached G; the sweep owns detached ones).
  std::vector<std::uint32_t> prev(gs.size());
  for (std::size_t i = 0; i < gs.size(); ++i) {
    promise_base* g = gs[i];
    if (g->lock_count != 0) g_pinned.fetch_sub(1, std::memory_order_relaxed);
    prev[i] = g->state.fetch_or(kCancelled, std::memory_order_acq_rel);
    if ((prev[i] & kWaiting) && (prev[i] & kThreadWaiter)) {
      auto* f = static_cast<std::atomic<std::uint32_t>*>(g->joiner);
      f->store(2, std::memory_order_release);
      futex_wake(f, 1);
    }
  }
  n_cancelled.fetch_add(gs.size(), std::memory_order_relaxed);
  for (std::size_t i = 0; i < gs.size(); ++i)
    if (prev[i] & kDetached) gs[i]->coro.destroy();
}

// --- entry points used by inline code ---------------------------------------

void spawn_here(promise_base* g, std::coroutine_handle<> h, bool detached) noexcept {
  machine* m = tl_m;
  if (m == nullptr) fatal("esc::rt::spawn called outside a scheduler's task (use scheduler::spawn)");
  m->s->spawn(g, h, detached, m->p);
}

void spawn_on(sched* s, promise_base* g, std::coroutine_handle<> h, bool detached) noexcept {
  machine* m = tl_m;
  s->spawn(g, h, detached, (m != nullptr && m->s == s) ? m->p : nullptr);
}

void ready(promise_base* g) noexcept { g->owner->ready(g); }

void yield_g(promise_base* g) noexcept {
  if (g == nullptr) fatal("esc::rt::yield awaited outside a scheduler's task");
  g->owner->yield(g);
}

void g_exit(promise_base* g) noexcept { g->owner->exit(g); }

void release_join(promise_base* g) noexcept {
  const std::uint32_t prev = g->state.fetch_or(kDetached, std::memory_order_acq_rel);
  if (prev & (kCompleted | kCancelled)) g->coro.destroy();
}

} // namespace esc::rt::detail

namespace esc::rt {

scheduler::scheduler(unsigned nprocs) : scheduler(scheduler_options{nprocs}) {}
scheduler::scheduler(const scheduler_options& o) : impl_(new detail::sched(o, this)) {}
scheduler::~scheduler() { delete impl_; }
void scheduler::shutdown() { impl_->shutdown(); }
unsigned scheduler::nprocs() const noexcept { return impl_->nprocs; }

scheduler_stats scheduler::stats() const noexcept {
  auto r = [](const std::atomic<std::uint64_t>& a) { return a.load(std::memory_order_relaxed); };
  return scheduler_stats{r(impl_->n_started),  r(impl_->n_retired),    r(impl_->n_steals),
                         r(impl_->n_parks),    r(impl_->n_handoffs),   r(impl_->n_cancelled),
                         r(impl_->n_long_polls), r(impl_->n_retakes)};
}

scheduler* scheduler::current() noexcept {
  detail::machine* m = detail::tl_m;
  return m != nullptr ? m->s->facade : nullptr;
}

void scheduler::check_not_worker() const {
  if (detail::tl_m != nullptr && detail::tl_m->s == impl_)
    detail::fatal("scheduler::run called from one of its own workers (it would block a P)");
}

} // namespace esc::rt
