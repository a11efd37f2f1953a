#include <escapement/annotations.hpp>
ESC_COST_NS(100) void send_frame();
ESC_DEADLINE_NS(250) void on_tick(unsigned n) {
  for (unsigned i = 0; i < n && i < 3; ++i)
    send_frame();
}
