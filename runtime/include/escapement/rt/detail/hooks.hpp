// The seam between the runtime and its instrumentation.
//
// The runtime calls these hooks at fixed points (task poll, spawn, exit, pin,
// unpin, arena allocate/reset). Each is one relaxed load of g_trace_on and a
// not-taken branch unless the process linked escapement_rt_instrumented, whose
// static initialiser turns the flag on before main. That flag is the only
// switch: no #ifdef in the fast paths, and the recorder (src/trace.cpp) is the
// only code behind it.
#ifndef ESCAPEMENT_RT_DETAIL_HOOKS_HPP
#define ESCAPEMENT_RT_DETAIL_HOOKS_HPP

#include <escapement/annotations.hpp>
#include <escapement/rt/detail/config.hpp>

#include <atomic>
#include <cstddef>
#include <cstdint>

namespace esc::rt::trace {
class scope;
}

namespace esc::rt::detail {

extern constinit std::atomic<bool> g_trace_on;

ESC_RT_INLINE bool tracing() noexcept { return g_trace_on.load(std::memory_order_relaxed); }

// Attribution context: the running task's (or, outside tasks, the thread's).
// Only the thread currently running that task touches it.
struct trace_ctx {
  // Scopes use differences of these counters; unsigned wrap-around keeps the
  // differences exact as long as one scope stays below 2^32 allocations and
  // 2^16 pins, which is why they are narrow (this struct is in every frame).
  std::uint64_t alloc_bytes = 0;
  std::uint32_t allocs = 0;
  std::uint32_t frees = 0;
  std::uint16_t pins = 0;
  std::uint16_t unpins = 0;
  std::int32_t top_id = 0;      // its site id + 1 (0: none): the call-site records' key
  trace::scope* top = nullptr;  // innermost open ESC_TRACE_SCOPE
  std::uint64_t t_spawn = 0;    // tsc at spawn (tasks)
  std::uintptr_t kind = 0;      // task entry (resume function), set at spawn
};

// On arena fast paths: walk the open scopes, record, never allocate (the
// dogfood test proves it where they are defined, in trace.cpp).
ESC_NOALLOC ESC_NONBLOCKING void trace_arena_alloc(std::size_t bytes) noexcept;
ESC_NOALLOC ESC_NONBLOCKING void trace_arena_reset() noexcept;
void trace_arena_done(const char* name, std::size_t capacity, std::size_t peak,
                      std::size_t overflows) noexcept;
void trace_pin(bool pin, std::size_t pinned_threads) noexcept;

// Arenas alive right now (the trace writer): f(ctx, name, capacity, peak,
// overflows) for each, under the live list's lock.
using arena_visitor = void (*)(void* ctx, const char* name, std::size_t capacity, std::size_t peak,
                               std::size_t overflows);
void trace_live_arenas(arena_visitor f, void* ctx) noexcept;

} // namespace esc::rt::detail

#endif
