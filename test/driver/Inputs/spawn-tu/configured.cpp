#include <functional>

namespace pool { void post(std::function<void()> work); } // a thread pool's

void configured() {
  int counter = 0;
  pool::post([&counter] { ++counter; });
}
