#include <escapement/annotations.hpp>
#include <unistd.h>
void nap() { usleep(1); }
ESC_NONBLOCKING void on_tick() { nap(); }
