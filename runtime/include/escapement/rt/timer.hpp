// Sleeping: co_await sleep_for(d) parks the task in its scheduler's timer
// heap (an intrusive pairing heap; the node lives in the awaiter, i.e. in the
// task's frame, so sleeping allocates nothing). Workers move due timers to
// their run queue; a parked worker sleeps no longer than the earliest timer.
#ifndef ESCAPEMENT_RT_TIMER_HPP
#define ESCAPEMENT_RT_TIMER_HPP

#include <escapement/annotations.hpp>
#include <escapement/rt/blocking.hpp>
#include <escapement/rt/detail/g.hpp>

#include <chrono>
#include <coroutine>
#include <cstdint>
#include <thread>

namespace esc::rt {

namespace detail {

struct timer_node {
  std::int64_t when = 0;  // steady_clock, ns
  promise_base* g = nullptr;
  timer_node* child = nullptr;
  timer_node* sibling = nullptr;
};

std::int64_t now_ns() noexcept;
ESC_NOALLOC ESC_NONBLOCKING void timer_add(timer_node* n) noexcept;

} // namespace detail

class sleep_awaiter {
public:
  explicit sleep_awaiter(std::int64_t ns) noexcept : ns_(ns) {}
  bool await_ready() const noexcept { return ns_ <= 0; }
  ESC_NOALLOC ESC_NONBLOCKING void await_suspend(std::coroutine_handle<> h) noexcept {
    detail::promise_base* g = detail::current_g();
    g->resume_point = h;
    node_.g = g;
    node_.when = detail::now_ns() + ns_;
    detail::timer_add(&node_);
  }
  void await_resume() const noexcept {}

private:
  std::int64_t ns_;
  detail::timer_node node_;
};

// co_await sleep_for(d) from a task.
template <class Rep, class Period>
ESC_NOALLOC ESC_NONBLOCKING sleep_awaiter sleep_for(std::chrono::duration<Rep, Period> d) noexcept {
  return sleep_awaiter(std::chrono::duration_cast<std::chrono::nanoseconds>(d).count());
}

// Sleeps the calling OS thread (from a task, in a blocking_section).
template <class Rep, class Period>
ESC_BLOCKING void blocking_sleep_for(std::chrono::duration<Rep, Period> d) {
  blocking_section b;
  std::this_thread::sleep_for(d);
}

} // namespace esc::rt

#endif
