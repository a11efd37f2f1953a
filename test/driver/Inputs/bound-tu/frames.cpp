#include <escapement/annotations.hpp>
ESC_COST_NS(100) void send_frame();
ESC_COST_NS(20) void pop();
void burst(int frames) {
  for (int i = 0; i < frames; ++i) {
    ESC_LOOP_BOUND(16);
    send_frame();
  }
}
int drain(unsigned level) {
  if (level > 4)
    level = 4;
  for (unsigned i = 0; i < level; ++i)
    pop();
  return int(level);
}
