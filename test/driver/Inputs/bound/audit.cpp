#include <escapement/annotations.hpp>
#include <escapement/rt/arena.hpp>

ESC_COST_NS(100) void tick();
ESC_COST_NS(5) bool more();

// One loop of each source. Under declared-costs-only only the declared
// costs count: the counted loop 3 * 100; the pragma's loop 1 to 4 ticks;
// the annotated loop 0 to 2 ticks. Worst 300 + 400 + 200 = 900 ns; best
// 300 + 100 + 0 = 400 ns.
ESC_WINDOW_NS(100, 2000) void timed(int n, int m) {
  for (int i = 0; i < 3; ++i)
    tick();
  _Pragma("loopbound min 1 max 4")
  for (int j = 0; j < n; ++j)
    tick();
  int k = 0;
  while (k < m) {
    ESC_LOOP_BOUND(2);
    tick();
    ++k;
  }
}

esc::rt::arena scratch(4096, "scratch");

// Two phases between resets: 3 chars, then 5 ints at their alignment
// (3 rounds up to 4: 24 bytes); then n doubles and, for n > 2, one char:
// 8 * 4 + 1 = 33 bytes at n = 4. The peak is 33.
ESC_ARENA_BOUND(64) void frame(int n) {
  ESC_REQUIRES(n >= 0 && n <= 4);
  scratch.make<char>(3);
  scratch.make<int>(5);
  scratch.reset();
  scratch.make<double>(n);
  if (n > 2)
    scratch.make<char>(1);
  scratch.reset();
}

// No bound on the loop: no worst case, and the loop says why.
ESC_DEADLINE_NS(1000) void unbounded() {
  while (more())
    tick();
}
