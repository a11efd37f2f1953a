#include <escapement/annotations.hpp>
#include <unistd.h>

void nap() { usleep(1); }
void doze() { nap(); }

ESC_NONBLOCKING void on_tick() { doze(); }
