// ESC_TRACE_SCOPE("ns::function"): name the enclosing block for the trace.
//
// In a build linked with escapement_rt_instrumented (which defines
// ESC_INSTRUMENTED=1) the macro opens a scope probe that records, per call:
// heap allocations made inside it (count, bytes, call sites; inclusive of
// callees and nested scopes), arena bytes allocated between resets (peak),
// pins taken and released, the pinned-thread count, and elapsed time (cycles
// and ns). In any other build it expands to nothing.
//
// The name should be the fully qualified function name the analyzer uses in
// its claims (`escapement verify` matches them by name). A scope inside a
// coroutine may span suspensions: attribution follows the task, not the
// thread, and the time is wall time including the suspension.
//
// Trace schema: docs/runtime/trace.md.
#ifndef ESCAPEMENT_TRACE_HPP
#define ESCAPEMENT_TRACE_HPP

#include <escapement/annotations.hpp>
#include <escapement/rt/alloc.hpp>
#include <escapement/rt/detail/hooks.hpp>
#include <escapement/rt/detail/trace_record.hpp>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string>

namespace esc::rt::trace {

// One per ESC_TRACE_SCOPE expansion; constant-initialised, registered on
// first entry.
struct site {
  const char* name;
  const char* file;
  unsigned line;
  std::atomic<int> id{-1};
  constexpr site(const char* n, const char* f, unsigned l) noexcept : name(n), file(f), line(l) {}
};

struct scope_access;

class scope {
public:
  ESC_NOALLOC ESC_NONBLOCKING explicit scope(site& s) noexcept;
  ESC_NOALLOC ESC_NONBLOCKING ~scope();
  scope(const scope&) = delete;
  scope& operator=(const scope&) = delete;

private:
  friend struct scope_access;
  site* site_;
  detail::trace_ctx* ctx_;
  scope* parent_;
  std::uint64_t t0_;
  std::uint64_t bytes0_;
  std::uint32_t allocs0_, frees0_;
  std::uint16_t pins0_, unpins0_;
  std::uint64_t arena_run_, arena_peak_;
  std::size_t pinned_max_;
  int id_;
};

// Recording entry points of the instrumented operator new/delete, callable
// directly (the benchmark does). They record only while tracing is enabled.
// Inline and small: one test covers "tracing on, call-site cache hit,
// thread cache hit", so the traced operator new is the allocator's fast path
// plus two increments; everything else is one out-of-line call.
void* traced_alloc_slow(std::size_t n, void* call_site) noexcept;
void traced_free_slow(void* p) noexcept;
void traced_free_sized_slow(void* p, std::size_t n) noexcept;

ESC_RT_INLINE void* traced_alloc(std::size_t n, void* call_site) noexcept {
  if constexpr (!detail::kSystemMalloc) {
    detail::trace_tls& t = detail::tl_trace;
    detail::trace_site_record* s = t.site;
    if (n <= detail::kMaxSmall && s != nullptr && t.addr == reinterpret_cast<std::uintptr_t>(call_site) &&
        detail::tracing()) [[likely]] {
      if (void* p = detail::cache_pop(detail::size_class(n))) [[likely]] {
        detail::trace_bump(s->allocs);
        detail::trace_bump(s->bytes, n);
        return p;
      }
    }
  }
  return traced_alloc_slow(n, call_site);
}
void* traced_alloc_aligned(std::size_t n, std::size_t align, void* call_site) noexcept;

ESC_RT_INLINE void traced_free_sized(void* p, std::size_t n) noexcept {
  if constexpr (!detail::kSystemMalloc) {
    detail::trace_counter* f = detail::tl_trace.frees;
    if (n <= detail::kMaxSmall && p != nullptr && f != nullptr && detail::tracing()) [[likely]] {
      if (detail::cache_push(detail::size_class(n), p)) [[likely]] {
        detail::trace_bump(*f);
        return;
      }
    }
  }
  traced_free_sized_slow(p, n);
}

ESC_RT_INLINE void traced_free(void* p) noexcept {
  if constexpr (!detail::kSystemMalloc) {
    detail::trace_counter* f = detail::tl_trace.frees;
    const std::uintptr_t off = reinterpret_cast<std::uintptr_t>(p) - detail::g_heap.base;
    if (off < detail::kHeapReserve && f != nullptr && detail::tracing()) [[likely]] {
      if (detail::cache_push(detail::g_heap.pagemap[off >> detail::kPageShift], p)) [[likely]] {
        detail::trace_bump(*f);
        return;
      }
    }
  }
  traced_free_slow(p);
}

// escapement_rt_instrumented enables tracing before main; tests and
// benchmarks may toggle it.
void set_enabled(bool on) noexcept;
bool enabled() noexcept;

// Trace as JSON (merging every thread's counters so far).
std::string to_json();
// Writes to_json() to `path` atomically (temp file + rename).
bool write(const char* path);
// $ESCAPEMENT_TRACE if set (empty: do not write), else "escapement-trace.json".
const char* default_path() noexcept;
// Forget everything recorded so far (tests; no other thread may be
// recording meanwhile: their call-site caches would point at cleared records).
void reset() noexcept;

} // namespace esc::rt::trace

#define ESC_TRACE_CAT2_(a, b) a##b
#define ESC_TRACE_CAT_(a, b) ESC_TRACE_CAT2_(a, b)

#if defined(ESC_INSTRUMENTED) && ESC_INSTRUMENTED
#define ESC_TRACE_SCOPE(name)                                                              \
  static constinit ::esc::rt::trace::site ESC_TRACE_CAT_(esc_trace_site_, __LINE__){      \
      name, __FILE__, __LINE__};                                                           \
  ::esc::rt::trace::scope ESC_TRACE_CAT_(esc_trace_scope_, __LINE__) {                     \
    ESC_TRACE_CAT_(esc_trace_site_, __LINE__)                                              \
  }
#else
#define ESC_TRACE_SCOPE(name) static_cast<void>(0)
#endif

#endif
