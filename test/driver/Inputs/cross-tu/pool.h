#pragma once
#include <escapement/annotations.hpp>
#include <cstddef>

namespace pool {
struct Buffer {
  char bytes[256];
};
Buffer *acquire();         // defined in pool.cpp: allocates
std::size_t capacity();    // defined in pool.cpp: pure
void release(Buffer *b);   // defined in pool.cpp: frees
} // namespace pool
