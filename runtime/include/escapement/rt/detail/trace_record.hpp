// The recorder's per-allocation fast path, inline so that the traced
// operator new/delete (and esc::rt::trace::traced_alloc) add a handful of
// instructions to the allocator and no call.
//
// In a memory-bound loop every added instruction costs (fewer of the loop's
// misses overlap), so the fast path does the least that keeps the trace
// exact. Per allocation: two increments in this thread's record for the
// (call site, innermost scope) pair, found through a one-entry thread-local
// cache that scope entry/exit and task switches invalidate. Per free: one
// increment of this thread's free counter. Everything else is derived off
// the fast path (src/trace.cpp):
//   * process totals: the writer sums the call-site records;
//   * the thread's running allocation count, which scopes and tasks use by
//     difference, is folded from the cached record's counters whenever the
//     cache changes (it is the sum over records touched so far);
//   * a task's counts: the current poll's share of the running counts is
//     handed to the G at each suspension point (current_g(), right before
//     the G is published) and at its end.
// Anything else (a new call site, a thread's first record, suppression
// while the trace writer runs, tracing switched off) takes the
// out-of-line slow path.
//
// Counters the trace writer reads while workers still run are relaxed
// atomics written with load+store (plain moves on x86: only the owning
// thread writes them).
#ifndef ESCAPEMENT_RT_DETAIL_TRACE_RECORD_HPP
#define ESCAPEMENT_RT_DETAIL_TRACE_RECORD_HPP

#include <escapement/rt/detail/config.hpp>
#include <escapement/rt/detail/g.hpp>
#include <escapement/rt/detail/hooks.hpp>

#include <atomic>
#include <cstddef>
#include <cstdint>

namespace esc::rt::detail {

using trace_counter = std::atomic<std::uint64_t>;

ESC_RT_INLINE void trace_bump(trace_counter& c, std::uint64_t d = 1) noexcept {
  c.store(c.load(std::memory_order_relaxed) + d, std::memory_order_relaxed);
}

// One (return address, innermost scope) record in a thread's table.
struct trace_site_record {
  std::atomic<std::uintptr_t> addr;
  std::atomic<std::int32_t> scope;  // site id + 1 (0 = outside any scope)
  trace_counter allocs, bytes;
};

// Thread-local fast-path state; `site` and `frees` are null (so every
// record misses) until the thread's first record and while recording is
// suppressed; the slow path re-arms them.
struct trace_tls {
  std::uintptr_t addr;       // the cached record's call site
  trace_site_record* site;   // the cached record
  trace_counter* frees;      // this thread's free counter (in its trace block)
  // Running allocation totals = folded_* + (site's counters - site_*0).
  std::uint64_t folded_allocs, folded_bytes, site_allocs0, site_bytes0;
};

extern constinit thread_local trace_tls tl_trace;
// Attribution context of code running outside tasks.
extern constinit thread_local trace_ctx tl_thread_ctx;

ESC_RT_INLINE trace_ctx* current_trace_ctx() noexcept {
  promise_base* g = tl_g;
  return g != nullptr ? &g->ctx : &tl_thread_ctx;
}

ESC_RT_NOINLINE void trace_alloc_slow(std::size_t n, void* where) noexcept;
ESC_RT_NOINLINE void trace_free_slow() noexcept;

ESC_RT_INLINE void trace_alloc(std::size_t n, void* where) noexcept {
  trace_tls& t = tl_trace;
  trace_site_record* s = t.site;
  if (s != nullptr && t.addr == reinterpret_cast<std::uintptr_t>(where)) [[likely]] {
    trace_bump(s->allocs);
    trace_bump(s->bytes, n);
    return;
  }
  trace_alloc_slow(n, where);
}

ESC_RT_INLINE void trace_free() noexcept {
  trace_counter* f = tl_trace.frees;
  if (f == nullptr) [[unlikely]]
    return trace_free_slow();
  trace_bump(*f);
}

} // namespace esc::rt::detail

#endif
