// wait_group: Go's sync.WaitGroup for tasks. add(n) before spawning, done()
// from each task, co_await wg.wait() (or blocking_wait() from a thread).
//
// The counter is atomic; waiters queue under a spinlock. done() that brings
// the counter to zero takes the lock and wakes every waiter; a waiter checks
// the counter under the same lock before queueing, so no wake-up is lost.
#ifndef ESCAPEMENT_RT_WAIT_GROUP_HPP
#define ESCAPEMENT_RT_WAIT_GROUP_HPP

#include <escapement/annotations.hpp>
#include <escapement/rt/channel.hpp>

#include <atomic>
#include <cstdint>

namespace esc::rt {

class wait_group {
public:
  explicit wait_group(std::int64_t n = 0) noexcept : count_(n) {}

  ESC_NOALLOC ESC_NONBLOCKING void add(std::int64_t n) noexcept {
    count_.fetch_add(n, std::memory_order_relaxed);
  }

  ESC_NOALLOC ESC_NONBLOCKING void done() noexcept {
    if (count_.fetch_sub(1, std::memory_order_acq_rel) != 1) return;
    lock_.lock();
    detail::waiter* first = waiters_.head;
    for (detail::waiter* w = first; w != nullptr; w = w->next) w->enqueued = false;
    waiters_ = {};
    lock_.unlock();
    while (first != nullptr) {
      detail::waiter* next = first->next;
      detail::wake(first);
      first = next;
    }
  }

  std::int64_t count() const noexcept { return count_.load(std::memory_order_acquire); }

  class awaiter {
  public:
    explicit awaiter(wait_group& wg) noexcept : wg_(wg) {}
    ~awaiter() {
      if (!w_.enqueued) return;
      wg_.lock_.lock();
      if (w_.enqueued) wg_.waiters_.unlink(&w_);
      wg_.lock_.unlock();
    }
    bool await_ready() const noexcept { return wg_.count() <= 0; }
    ESC_NOALLOC ESC_NONBLOCKING bool await_suspend(std::coroutine_handle<> h) noexcept {
      wg_.lock_.lock();
      if (wg_.count() <= 0) {
        wg_.lock_.unlock();
        return false;
      }
      detail::promise_base* g = detail::current_g();
      g->resume_point = h;
      w_.set_task(g);
      wg_.waiters_.push(&w_);
      wg_.lock_.unlock();
      return true;
    }
    void await_resume() const noexcept {}

  private:
    wait_group& wg_;
    detail::waiter w_;
  };

  ESC_NOALLOC ESC_NONBLOCKING awaiter wait() noexcept { return awaiter(*this); }

  ESC_BLOCKING void blocking_wait() noexcept {
    detail::waiter w;
    std::atomic<std::uint32_t> flag{0};
    lock_.lock();
    if (count() <= 0) {
      lock_.unlock();
      return;
    }
    w.set_thread(&flag);
    waiters_.push(&w);
    lock_.unlock();
    detail::wait_nonzero(&flag);
  }

private:
  std::atomic<std::int64_t> count_;
  detail::spinlock lock_;
  detail::wait_list waiters_;
};

} // namespace esc::rt

#endif
