#include "pool.h"

ESC_NOALLOC std::size_t on_packet() {
  std::size_t n = pool::capacity();
  pool::Buffer *b = pool::acquire();
  pool::release(b);
  return n;
}
