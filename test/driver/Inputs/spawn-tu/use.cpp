#include <functional>

void submit(std::function<void()> work); // defined in wrap.cpp

void tally() {
  int counter = 0;
  submit([&counter] { ++counter; });
}
