#include <functional>
#include <thread>

// A spawn wrapper: its parameter runs on another thread.
void submit(std::function<void()> work) { std::thread(std::move(work)).detach(); }
