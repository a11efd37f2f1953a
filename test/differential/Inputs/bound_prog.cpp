// Differential test program for bound-'s claims (bound.test): the proven
// arena peaks against what the instrumented runtime's arena records, and
// the proven time bounds against the run's timings. Scope names are the
// qualified names the analyzer puts in its claims.
#include <escapement/annotations.hpp>
#include <escapement/rt/arena.hpp>
#include <escapement/trace.hpp>

namespace prog {

esc::rt::arena scratch(4096, "scratch");

// Two phases between resets: 3 chars, then 5 ints at their alignment (3
// rounds up to 4: 24 bytes); then n doubles and, for n > 2, one char: 33
// bytes at n = 4, the proven peak. main() runs it at n = 4: exact.
ESC_ARENA_BOUND(64) void frame(int n) {
  ESC_TRACE_SCOPE("prog::frame");
  ESC_REQUIRES(n >= 0 && n <= 4);
  scratch.make<char>(3);
  scratch.make<int>(5);
  scratch.reset();
  scratch.make<double>(n);
  if (n > 2)
    scratch.make<char>(1);
  scratch.reset();
}

// Proven peak 8 * 8 = 64 bytes at n = 8; main() only runs n = 2 (16 bytes).
ESC_ARENA_BOUND(64) void partial(int n) {
  ESC_TRACE_SCOPE("prog::partial");
  ESC_REQUIRES(n >= 1 && n <= 8);
  scratch.make<long>(n);
  scratch.reset();
}

// A timed function: its proven worst and best case under the default
// profile, and the run's times beside them.
ESC_DEADLINE_NS(100000) int sum(const int *p) {
  ESC_TRACE_SCOPE("prog::sum");
  int s = 0;
  for (int i = 0; i < 16; ++i)
    s += p[i];
  return s;
}

} // namespace prog

int main() {
  int data[16] = {1, 2, 3};
  prog::frame(1);
  prog::frame(4);
  prog::partial(2);
  int r = 0;
  for (int i = 0; i < 100; ++i)
    r += prog::sum(data);
  return r == 12345678 ? 1 : 0;
}
