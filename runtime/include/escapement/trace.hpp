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
// directly (the benchmark does). They record only while tracing is enabled;
// inline, so the traced operator new is the allocator plus the recorder's
// fast path (detail/trace_record.hpp) in one function.
inline void* traced_alloc(std::size_t n, void* call_site) noexcept {
  void* p = alloc(n);
  if (detail::tracing()) detail::trace_alloc(n, call_site);
  return p;
}
inline void* traced_alloc_aligned(std::size_t n, std::size_t align, void* call_site) noexcept {
  void* p = alloc_aligned(n, align);
  if (detail::tracing()) detail::trace_alloc(n, call_site);
  return p;
}
inline void traced_free(void* p) noexcept {
  if (p == nullptr) return;
  free(p);
  if (detail::tracing()) detail::trace_free();
}
inline void traced_free_sized(void* p, std::size_t n) noexcept {
  if (p == nullptr) return;
  free(p, n);
  if (detail::tracing()) detail::trace_free();
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
// Forget everything recorded so far (tests).
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
