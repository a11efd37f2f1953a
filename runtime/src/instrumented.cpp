// escapement_rt_instrumented: the instrumentation switch.
//
// Linking this object (instead of only escapement_rt) installs the traced
// global operator new/delete (size-class allocator + per-scope/per-task
// attribution by return address), turns the recorder on before main, and
// writes the JSON trace at exit to $ESCAPEMENT_TRACE (default
// ./escapement-trace.json; an empty value writes nothing).
#include <escapement/rt/alloc.hpp>
#include <escapement/trace.hpp>

#include <cstdio>
#include <cstdlib>

#define ESC_OV_ALLOC(n) ::esc::rt::trace::traced_alloc(n, __builtin_return_address(0))
#define ESC_OV_ALLOC_ALIGNED(n, a) \
  ::esc::rt::trace::traced_alloc_aligned(n, a, __builtin_return_address(0))
#define ESC_OV_FREE(p) ::esc::rt::trace::traced_free(p)
#define ESC_OV_FREE_SIZED(p, n) ::esc::rt::trace::traced_free_sized(p, n)
#include "new_delete.inc"

namespace {

void write_at_exit() {
  const char* path = esc::rt::trace::default_path();
  if (!esc::rt::trace::write(path))
    std::fprintf(stderr, "escapement: cannot write the trace to '%s'\n", path);
}

struct instrumentation_on {
  instrumentation_on() {
    esc::rt::trace::set_enabled(true);
    std::atexit(write_at_exit);
  }
} g_instrumentation_on;

} // namespace
