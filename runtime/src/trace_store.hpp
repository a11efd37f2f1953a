// Storage of the trace recorder.
//
// Every thread that records gets a thread_block (mmap'd, never freed; reused
// by a later thread after its owner exits). Only the owning thread writes a
// block; the writer at exit reads all blocks. Counters are relaxed atomics
// written with load+store (no RMW: same cost as plain stores on x86, and no
// data race when the exit writer reads them while a worker still runs).
// Site (ESC_TRACE_SCOPE) ids index the per-block scope arrays; they are
// handed out once under a mutex. Call sites live in a small per-thread
// open-addressed table keyed by (return address, innermost scope).
#ifndef ESCAPEMENT_RT_SRC_TRACE_STORE_HPP
#define ESCAPEMENT_RT_SRC_TRACE_STORE_HPP

#include <escapement/rt/detail/trace_record.hpp>
#include <escapement/trace.hpp>

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>

namespace esc::rt::trace {

inline constexpr int kMaxSites = 1024;
inline constexpr int kCallSlots = 4096;
inline constexpr int kKindSlots = 512;
inline constexpr int kMaxArenas = 256;

using counter = std::atomic<std::uint64_t>;

inline void bump(counter& c, std::uint64_t d = 1) noexcept {
  c.store(c.load(std::memory_order_relaxed) + d, std::memory_order_relaxed);
}
inline void raise(counter& c, std::uint64_t v) noexcept {
  if (v > c.load(std::memory_order_relaxed)) c.store(v, std::memory_order_relaxed);
}
inline std::uint64_t get(const counter& c) noexcept { return c.load(std::memory_order_relaxed); }

struct scope_stats {
  counter calls, allocs, bytes, frees;
  counter cyc_total, cyc_min, cyc_max;
  counter arena_peak, pins, unpins, unbalanced, pinned_max;
};

using call_site = detail::trace_site_record;

struct kind_stats {
  std::atomic<std::uintptr_t> fn;
  counter spawned, completed, polls, cyc_total, cyc_max_poll;
  counter life_total, life_max, allocs, bytes, pins, unpins, ended_pinned;
};

// No per-thread allocation totals: every allocation is counted exactly once
// in a call-site record (or, if the table is full, in unsited_*), and the
// writer sums those.
struct thread_block {
  thread_block* next;
  std::atomic<bool> in_use;
  counter frees, pins, unpins, dropped_sites, dropped_kinds, unsited_allocs, unsited_bytes;
  scope_stats scopes[kMaxSites];
  call_site calls[kCallSlots];
  kind_stats kinds[kKindSlots];
};

// Long polls seen by a scheduler's monitor, by task entry (few: a mutex).
inline constexpr int kMaxLongPollKinds = 256;
struct long_poll_record {
  std::uintptr_t fn;
  std::uint64_t count, max_ns;
};
long_poll_record* long_polls_lock(std::size_t& n, std::uint64_t& retakes) noexcept;  // locked
void long_polls_unlock() noexcept;

struct arena_record {
  const char* name;
  std::uint64_t instances, capacity, peak, overflows;
};

// Shared with trace_json.cpp.
extern std::atomic<thread_block*> g_blocks;
extern site* g_sites[kMaxSites];
extern std::atomic<int> g_nsites;
extern std::atomic<std::size_t> g_pinned_max;
arena_record* arenas_lock(std::size_t& n) noexcept;  // returns table, locked
void arenas_unlock() noexcept;
extern std::atomic<std::uint64_t> g_t0_tsc;
extern std::atomic<std::int64_t> g_t0_ns;

inline std::uint64_t rdtsc() noexcept {
#if defined(__x86_64__) || defined(__i386__)
  return __builtin_ia32_rdtsc();
#else
  return static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
#endif
}

// While set, allocations of this thread are not recorded (the writer's own).
struct suppress_guard {
  suppress_guard() noexcept;
  ~suppress_guard();
};

} // namespace esc::rt::trace

#endif
