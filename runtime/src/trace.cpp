// The trace recorder: the code behind detail::tracing() (see hooks.hpp).
//
// Attribution: a trace_ctx per running task (in its promise) or per thread
// (outside tasks); tl_g says which. Allocation counters accumulate in the
// ctx; a scope remembers the ctx's counters at entry and adds the difference
// at exit, so attribution is inclusive (callees, nested scopes) and costs
// O(1) per allocation. Arena bytes and the pinned-thread count are pushed up
// the open-scope chain of the ctx (rare events; the chain is short). The
// per-allocation fast path is inline (detail/trace_record.hpp); its slow
// path is here.
#include "sched.hpp"
#include "trace_internal.hpp"
#include "trace_store.hpp"

#include <escapement/rt/alloc.hpp>
#include <escapement/trace.hpp>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <mutex>
#include <new>

#include <pthread.h>
#include <sys/mman.h>

namespace esc::rt::detail {
constinit std::atomic<bool> g_trace_on{false};
constinit thread_local trace_tls tl_trace{};
constinit thread_local trace_ctx tl_thread_ctx{};
}

namespace esc::rt::trace {

std::atomic<thread_block*> g_blocks{nullptr};
site* g_sites[kMaxSites];
std::atomic<int> g_nsites{0};
std::atomic<std::size_t> g_pinned_max{0};
std::atomic<std::uint64_t> g_t0_tsc{0};
std::atomic<std::int64_t> g_t0_ns{0};

struct scope_access {
  static int id(const scope* s) noexcept { return s->id_; }
  static scope* parent(const scope* s) noexcept { return s->parent_; }
  static void arena(scope* s, std::size_t bytes) noexcept {
    s->arena_run_ += bytes;
    if (s->arena_run_ > s->arena_peak_) s->arena_peak_ = s->arena_run_;
  }
  static void arena_reset(scope* s) noexcept { s->arena_run_ = 0; }
  static void pinned(scope* s, std::size_t n) noexcept {
    if (n > s->pinned_max_) s->pinned_max_ = n;
  }
};

namespace {

std::mutex g_site_mu;
std::mutex g_arena_mu;
arena_record g_arenas[kMaxArenas];
std::size_t g_narenas = 0;
pthread_key_t g_block_key;
std::once_flag g_key_once;

constinit thread_local thread_block* tl_block = nullptr;
constinit thread_local bool tl_suppress = false;

// Thread exit. Allocations after this (later TLS destructors) claim a block
// again through the slow path.
void release_block(void* b) {
  tl_block = nullptr;
  detail::tl_trace = {};
  static_cast<thread_block*>(b)->in_use.store(false, std::memory_order_release);
}

ESC_RT_NOINLINE thread_block* new_block() noexcept;

ESC_RT_INLINE thread_block* block() noexcept {
  if (thread_block* b = tl_block) [[likely]]
    return b;
  return new_block();
}

thread_block* new_block() noexcept {
  thread_block* b = nullptr;
  for (thread_block* it = g_blocks.load(std::memory_order_acquire); it != nullptr; it = it->next) {
    bool expected = false;
    if (it->in_use.compare_exchange_strong(expected, true, std::memory_order_acq_rel)) {
      b = it;
      break;
    }
  }
  if (b == nullptr) {
    void* mem = ::mmap(nullptr, sizeof(thread_block), PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mem == MAP_FAILED) detail::fatal("trace: cannot map a thread block");
    b = ::new (mem) thread_block();
    b->in_use.store(true, std::memory_order_relaxed);
    thread_block* head = g_blocks.load(std::memory_order_relaxed);
    do b->next = head;
    while (!g_blocks.compare_exchange_weak(head, b, std::memory_order_release, std::memory_order_relaxed));
  }
  std::call_once(g_key_once, [] { ::pthread_key_create(&g_block_key, release_block); });
  ::pthread_setspecific(g_block_key, b);
  tl_block = b;
  return b;
}

detail::trace_ctx* ctx() noexcept { return detail::current_trace_ctx(); }

int register_site(site& s) noexcept {
  std::lock_guard<std::mutex> l(g_site_mu);
  int id = s.id.load(std::memory_order_relaxed);
  if (id >= 0) return id;
  id = g_nsites.load(std::memory_order_relaxed);
  if (id >= kMaxSites) return -1;
  g_sites[id] = &s;
  g_nsites.store(id + 1, std::memory_order_release);
  s.id.store(id, std::memory_order_release);
  return id;
}

kind_stats* kind_slot(thread_block* b, std::uintptr_t fn) noexcept {
  std::size_t h = (fn >> 4) * 0x9E3779B97F4A7C15ull >> 55;
  for (int i = 0; i < 32; ++i) {
    kind_stats& k = b->kinds[(h + i) % kKindSlots];
    std::uintptr_t cur = k.fn.load(std::memory_order_relaxed);
    if (cur == fn) return &k;
    if (cur == 0) {
      k.fn.store(fn, std::memory_order_relaxed);
      return &k;
    }
  }
  bump(b->dropped_kinds);
  return nullptr;
}

std::uintptr_t kind_of(detail::promise_base* g) noexcept {
  // Both GCC and Clang start a coroutine frame with its resume function.
  // Read at spawn and cached: GCC clears it when the coroutine finishes.
  if (g->ctx.kind == 0) g->ctx.kind = *static_cast<std::uintptr_t*>(g->coro.address());
  return g->ctx.kind;
}

trace::call_site* find_site(thread_block* b, std::uintptr_t addr, std::int32_t sc) noexcept {
  std::size_t h = ((addr >> 2) ^ static_cast<std::size_t>(sc) * 0x9E3779B9u) * 0x9E3779B97F4A7C15ull >> 52;
  for (int i = 0; i < 16; ++i) {
    trace::call_site& s = b->calls[(h + i) % kCallSlots];
    std::uintptr_t cur = s.addr.load(std::memory_order_relaxed);
    if (cur == 0) {
      s.scope.store(sc, std::memory_order_relaxed);
      s.addr.store(addr, std::memory_order_relaxed);
    } else if (cur != addr || s.scope.load(std::memory_order_relaxed) != sc) {
      continue;
    }
    return &s;
  }
  bump(b->dropped_sites);
  return nullptr;
}

} // namespace
} // namespace esc::rt::trace

namespace esc::rt::detail {

namespace {

struct running {
  std::uint64_t allocs, bytes, frees;
};

// The G whose poll this thread is running, and the thread's running counts
// when its share was last handed to it.
struct poll_state {
  promise_base* g;
  running base;
};
constinit thread_local poll_state tl_poll{};

// Before the fast path's cache changes: its record's counts since it became
// current join the folded part of the running totals.
void fold_site() noexcept {
  trace_tls& t = tl_trace;
  if (t.site == nullptr) return;
  t.folded_allocs += trace::get(t.site->allocs) - t.site_allocs0;
  t.folded_bytes += trace::get(t.site->bytes) - t.site_bytes0;
  t.site = nullptr;
}

running running_now() noexcept {
  const trace_tls& t = tl_trace;
  running r{t.folded_allocs, t.folded_bytes, t.frees != nullptr ? trace::get(*t.frees) : 0};
  if (t.site != nullptr) {
    r.allocs += trace::get(t.site->allocs) - t.site_allocs0;
    r.bytes += trace::get(t.site->bytes) - t.site_bytes0;
  }
  return r;
}

// The counts attributed to `c` so far: a task's settled counts plus the
// running poll's share, or (outside tasks) the thread's running counts.
running attributed(trace_ctx* c) noexcept {
  if (c == &tl_thread_ctx) return running_now();
  running r{c->allocs, c->alloc_bytes, c->frees};
  if (tl_poll.g != nullptr && &tl_poll.g->ctx == c) {
    const running now = running_now();
    r.allocs += now.allocs - tl_poll.base.allocs;
    r.bytes += now.bytes - tl_poll.base.bytes;
    r.frees += now.frees - tl_poll.base.frees;
  }
  return r;
}

// The thread's block exists and its free counter is armed, so that running
// counts taken now and later are differences of the same counters.
void arm() noexcept {
  if (tl_trace.frees == nullptr && !trace::tl_suppress) tl_trace.frees = &trace::block()->frees;
}

} // namespace

void trace_alloc_slow(std::size_t n, void* where) noexcept {
  using namespace esc::rt::trace;
  if (tl_suppress) return;
  fold_site();
  thread_block* b = block();
  tl_trace.frees = &b->frees;
  const auto addr = reinterpret_cast<std::uintptr_t>(where);
  call_site* s = find_site(b, addr, current_trace_ctx()->top_id);
  if (s == nullptr) {
    bump(b->unsited_allocs);
    bump(b->unsited_bytes, n);
    tl_trace.folded_allocs += 1;
    tl_trace.folded_bytes += n;
    return;
  }
  tl_trace.addr = addr;
  tl_trace.site = s;
  tl_trace.site_allocs0 = get(s->allocs);
  tl_trace.site_bytes0 = get(s->bytes);
  bump(s->allocs);
  bump(s->bytes, n);
}

void trace_free_slow() noexcept {
  using namespace esc::rt::trace;
  if (tl_suppress) return;
  thread_block* b = block();
  tl_trace.frees = &b->frees;
  bump(b->frees);
}

void trace_poll_flush() noexcept {
  promise_base* g = tl_poll.g;
  if (g == nullptr || g != tl_g) return;
  const running now = running_now();
  g->ctx.allocs += static_cast<std::uint32_t>(now.allocs - tl_poll.base.allocs);
  g->ctx.alloc_bytes += now.bytes - tl_poll.base.bytes;
  g->ctx.frees += static_cast<std::uint32_t>(now.frees - tl_poll.base.frees);
  tl_poll.base = now;
}

} // namespace esc::rt::detail

namespace esc::rt::trace {

scope::scope(site& s) noexcept {
  site_ = nullptr;
  if (!detail::tracing()) return;
  int id = s.id.load(std::memory_order_acquire);
  if (id < 0 && (id = register_site(s)) < 0) return;
  site_ = &s;
  id_ = id;
  ctx_ = ctx();
  detail::arm();
  detail::fold_site();  // the innermost scope is part of the call-site key
  parent_ = ctx_->top;
  ctx_->top = this;
  ctx_->top_id = id + 1;
  const detail::running r = detail::attributed(ctx_);
  allocs0_ = static_cast<std::uint32_t>(r.allocs);
  bytes0_ = r.bytes;
  frees0_ = static_cast<std::uint32_t>(r.frees);
  pins0_ = ctx_->pins;
  unpins0_ = ctx_->unpins;
  arena_run_ = arena_peak_ = 0;
  pinned_max_ = detail::g_pinned.load(std::memory_order_relaxed);
  t0_ = rdtsc();
}

scope::~scope() {
  if (site_ == nullptr) return;
  const std::uint64_t dt = rdtsc() - t0_;
  detail::fold_site();
  ctx_->top = parent_;
  ctx_->top_id = parent_ != nullptr ? parent_->id_ + 1 : 0;
  const detail::running r = detail::attributed(ctx_);
  scope_stats& st = block()->scopes[id_];
  const bool first = get(st.calls) == 0;
  bump(st.calls);
  bump(st.allocs, static_cast<std::uint32_t>(static_cast<std::uint32_t>(r.allocs) - allocs0_));
  bump(st.bytes, r.bytes - bytes0_);
  bump(st.frees, static_cast<std::uint32_t>(static_cast<std::uint32_t>(r.frees) - frees0_));
  bump(st.cyc_total, dt);
  if (first || dt < get(st.cyc_min)) st.cyc_min.store(dt, std::memory_order_relaxed);
  raise(st.cyc_max, dt);
  raise(st.arena_peak, arena_peak_);
  const auto dp = static_cast<std::uint16_t>(ctx_->pins - pins0_);
  const auto du = static_cast<std::uint16_t>(ctx_->unpins - unpins0_);
  bump(st.pins, dp);
  bump(st.unpins, du);
  if (dp != du) bump(st.unbalanced);
  raise(st.pinned_max, pinned_max_);
  if (parent_ != nullptr) scope_access::pinned(parent_, pinned_max_);
}

void* traced_alloc_slow(std::size_t n, void* call_site) noexcept {
  void* p = alloc(n);
  if (detail::tracing()) detail::trace_alloc(n, call_site);
  return p;
}

void* traced_alloc_aligned(std::size_t n, std::size_t align, void* call_site) noexcept {
  void* p = alloc_aligned(n, align);
  if (detail::tracing()) detail::trace_alloc(n, call_site);
  return p;
}

void traced_free_slow(void* p) noexcept {
  if (p == nullptr) return;
  free(p);
  if (detail::tracing()) detail::trace_free();
}

void traced_free_sized_slow(void* p, std::size_t n) noexcept {
  if (p == nullptr) return;
  free(p, n);
  if (detail::tracing()) detail::trace_free();
}

void set_enabled(bool on) noexcept {
  if (on && g_t0_tsc.load() == 0) {
    g_t0_ns.store(std::chrono::duration_cast<std::chrono::nanoseconds>(
                      std::chrono::steady_clock::now().time_since_epoch())
                      .count());
    g_t0_tsc.store(rdtsc());
  }
  detail::g_trace_on.store(on, std::memory_order_release);
}

bool enabled() noexcept { return detail::tracing(); }

// Disarms the fast path too: its misses land in the slow path, which checks.
suppress_guard::suppress_guard() noexcept {
  detail::fold_site();
  tl_suppress = true;
  detail::tl_trace.frees = nullptr;
}
suppress_guard::~suppress_guard() { tl_suppress = false; }

namespace {
std::mutex g_lp_mu;
long_poll_record g_long_polls[kMaxLongPollKinds];
std::size_t g_nlong_polls = 0;
std::uint64_t g_retakes = 0;
} // namespace

long_poll_record* long_polls_lock(std::size_t& n, std::uint64_t& retakes) noexcept {
  g_lp_mu.lock();
  n = g_nlong_polls;
  retakes = g_retakes;
  return g_long_polls;
}
void long_polls_unlock() noexcept { g_lp_mu.unlock(); }

arena_record* arenas_lock(std::size_t& n) noexcept {
  g_arena_mu.lock();
  n = g_narenas;
  return g_arenas;
}
void arenas_unlock() noexcept { g_arena_mu.unlock(); }

void reset() noexcept {
  detail::fold_site();
  for (thread_block* b = g_blocks.load(); b != nullptr; b = b->next) {
    thread_block* next = b->next;
    bool in_use = b->in_use.load();
    b->~thread_block();
    ::new (b) thread_block();
    b->next = next;
    b->in_use.store(in_use);
  }
  {
    std::lock_guard<std::mutex> l(g_lp_mu);
    g_nlong_polls = 0;
    g_retakes = 0;
  }
  std::lock_guard<std::mutex> l(g_arena_mu);
  g_narenas = 0;
  g_pinned_max.store(0);
}

} // namespace esc::rt::trace

namespace esc::rt::detail {

using namespace esc::rt::trace;

void trace_arena_alloc(std::size_t bytes) noexcept {
  for (scope* s = ctx()->top; s != nullptr; s = scope_access::parent(s)) scope_access::arena(s, bytes);
}

void trace_arena_reset() noexcept {
  for (scope* s = ctx()->top; s != nullptr; s = scope_access::parent(s)) scope_access::arena_reset(s);
}

void trace_arena_done(const char* name, std::size_t capacity, std::size_t peak,
                      std::size_t overflows) noexcept {
  std::lock_guard<std::mutex> l(g_arena_mu);
  for (std::size_t i = 0; i < g_narenas; ++i) {
    arena_record& r = g_arenas[i];
    if (r.name == name || (r.name && name && std::strcmp(r.name, name) == 0)) {
      ++r.instances;
      if (capacity > r.capacity) r.capacity = capacity;
      if (peak > r.peak) r.peak = peak;
      r.overflows += overflows;
      return;
    }
  }
  if (g_narenas < kMaxArenas) g_arenas[g_narenas++] = arena_record{name, 1, capacity, peak, overflows};
}

void trace_pin(bool pin, std::size_t pinned) noexcept {
  trace_ctx* c = ctx();
  thread_block* b = block();
  if (pin) {
    ++c->pins;
    bump(b->pins);
  } else {
    ++c->unpins;
    bump(b->unpins);
  }
  std::size_t cur = g_pinned_max.load(std::memory_order_relaxed);
  while (pinned > cur && !g_pinned_max.compare_exchange_weak(cur, pinned)) {
  }
  for (scope* s = c->top; s != nullptr; s = scope_access::parent(s)) scope_access::pinned(s, pinned);
}

void trace_long_poll(std::uintptr_t fn, std::int64_t held_ns, bool first) noexcept {
  std::lock_guard<std::mutex> l(g_lp_mu);
  long_poll_record* r = nullptr;
  for (std::size_t i = 0; i < g_nlong_polls; ++i)
    if (g_long_polls[i].fn == fn) r = &g_long_polls[i];
  if (r == nullptr) {
    if (g_nlong_polls == kMaxLongPollKinds) return;
    r = &g_long_polls[g_nlong_polls++];
    *r = long_poll_record{fn, 0, 0};
  }
  if (first) ++r->count;
  r->max_ns = std::max<std::uint64_t>(r->max_ns, static_cast<std::uint64_t>(held_ns));
}

void trace_retake() noexcept {
  std::lock_guard<std::mutex> l(g_lp_mu);
  ++g_retakes;
}

void trace_spawn(promise_base* g) noexcept {
  g->ctx = trace_ctx{};
  g->ctx.t_spawn = rdtsc();
  g->ctx.kind = *static_cast<std::uintptr_t*>(g->coro.address());
  if (kind_stats* k = kind_slot(block(), kind_of(g))) bump(k->spawned);
}

void trace_execute(promise_base* g, std::coroutine_handle<> h) noexcept {
  const std::uintptr_t fn = kind_of(g);  // g may be gone after resume()
  arm();
  fold_site();  // another context: another innermost scope
  tl_poll = poll_state{g, running_now()};
  const std::uint64_t t0 = rdtsc();
  h.resume();
  const std::uint64_t dt = rdtsc() - t0;
  // g settled its counts when it suspended or ended (current_g, exit).
  tl_poll.g = nullptr;
  fold_site();
  if (kind_stats* k = kind_slot(block(), fn)) {
    bump(k->polls);
    bump(k->cyc_total, dt);
    raise(k->cyc_max_poll, dt);
  }
}

void trace_task_exit(promise_base* g) noexcept {
  trace_poll_flush();
  tl_poll.g = nullptr;
  kind_stats* k = kind_slot(block(), kind_of(g));
  if (k == nullptr) return;
  bump(k->completed);
  const std::uint64_t life = g->ctx.t_spawn != 0 ? rdtsc() - g->ctx.t_spawn : 0;
  bump(k->life_total, life);
  raise(k->life_max, life);
  bump(k->allocs, g->ctx.allocs);
  bump(k->bytes, g->ctx.alloc_bytes);
  bump(k->pins, g->ctx.pins);
  bump(k->unpins, g->ctx.unpins);
  if (g->lock_count != 0) bump(k->ended_pinned);
}

} // namespace esc::rt::detail
