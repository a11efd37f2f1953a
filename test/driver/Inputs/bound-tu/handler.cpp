#include <escapement/annotations.hpp>
void burst(int frames);
int drain(unsigned level);
ESC_DEADLINE_NS(299) void on_tick() { burst(3); }
ESC_DEADLINE_NS(300) void on_tick_ok() { burst(3); }
ESC_DEADLINE_NS(80) void on_rx(unsigned level) { drain(level); }
