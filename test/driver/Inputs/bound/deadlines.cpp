#include <escapement/annotations.hpp>

ESC_COST_NS(100) void tick();
ESC_COST_NS(30) void extra();
ESC_COST_NS(20) void other();

// Four ticks, then exactly one of two correlated branches: 430 ns when
// 'flag' holds, 420 ns when not (structurally 450 ns).
ESC_DEADLINE_NS(429) void violated(bool flag) {
  for (int i = 0; i < 4; ++i)
    tick();
  if (flag)
    extra();
  if (!flag)
    other();
}

ESC_DEADLINE_NS(440) void proved(bool flag) {
  for (int i = 0; i < 4; ++i)
    tick();
  if (flag)
    extra();
  if (!flag)
    other();
}
