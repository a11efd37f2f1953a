// task<T>: a lazy C++20 coroutine. It starts when it is awaited (and then runs
// inside the awaiting task, resuming it by symmetric transfer when done) or
// when it is spawned (and then it is a G of its own, see detail/g.hpp).
//
// join_handle<T>: the result of spawn. co_await it from a task, get() it from
// a thread outside the scheduler (blocking), or drop it to detach the task.
// Whichever of {task end, handle drop} happens last frees the frame; the
// state word in promise_base decides which (one atomic RMW each side).
#ifndef ESCAPEMENT_RT_TASK_HPP
#define ESCAPEMENT_RT_TASK_HPP

#include <escapement/annotations.hpp>
#include <escapement/rt/detail/futex.hpp>
#include <escapement/rt/detail/g.hpp>

#include <coroutine>
#include <exception>
#include <optional>
#include <stdexcept>
#include <type_traits>
#include <utility>

namespace esc::rt {

template <class T = void>
class task;
template <class T = void>
class join_handle;

// Thrown by join_handle::get() when shutdown cancelled the task.
struct task_cancelled : std::runtime_error {
  task_cancelled() : std::runtime_error("escapement: task cancelled by scheduler shutdown") {}
};

namespace detail {

struct final_awaiter {
  bool await_ready() const noexcept { return false; }
  template <class P>
  std::coroutine_handle<> await_suspend(std::coroutine_handle<P> h) noexcept {
    promise_base& p = h.promise();
    if (p.owner == nullptr) return p.coro ? p.coro : std::noop_coroutine();
    g_exit(&p);  // may destroy the frame
    return std::noop_coroutine();
  }
  void await_resume() const noexcept {}
};

template <class T>
struct promise : promise_base {
  task<T> get_return_object() noexcept;
  std::suspend_always initial_suspend() const noexcept { return {}; }
  final_awaiter final_suspend() const noexcept { return {}; }
  void unhandled_exception() noexcept {
    error = std::current_exception();
    failed = true;
  }
  template <class U>
  void return_value(U&& v) {
    value.emplace(std::forward<U>(v));
  }
  T take() {
    if (error) std::rethrow_exception(error);
    return std::move(*value);
  }
  std::optional<T> value;
  std::exception_ptr error;
};

template <>
struct promise<void> : promise_base {
  task<void> get_return_object() noexcept;
  std::suspend_always initial_suspend() const noexcept { return {}; }
  final_awaiter final_suspend() const noexcept { return {}; }
  void unhandled_exception() noexcept {
    error = std::current_exception();
    failed = true;
  }
  void return_void() noexcept {}
  void take() {
    if (error) std::rethrow_exception(error);
  }
  std::exception_ptr error;
};

} // namespace detail

template <class T>
class [[nodiscard]] task {
public:
  using promise_type = detail::promise<T>;
  using handle = std::coroutine_handle<promise_type>;
  using value_type = T;

  task() noexcept = default;
  explicit task(handle h) noexcept : h_(h) {}
  task(task&& o) noexcept : h_(std::exchange(o.h_, {})) {}
  task& operator=(task&& o) noexcept {
    if (this != &o) {
      if (h_) h_.destroy();
      h_ = std::exchange(o.h_, {});
    }
    return *this;
  }
  task(const task&) = delete;
  task& operator=(const task&) = delete;
  ~task() {
    if (h_) h_.destroy();
  }

  bool valid() const noexcept { return static_cast<bool>(h_); }
  handle release() noexcept { return std::exchange(h_, {}); }

  auto operator co_await() && noexcept {
    struct awaiter {
      handle h;
      bool await_ready() const noexcept { return !h || h.done(); }
      std::coroutine_handle<> await_suspend(std::coroutine_handle<> parent) noexcept {
        h.promise().coro = parent;
        return h;
      }
      T await_resume() { return h.promise().take(); }
    };
    return awaiter{h_};
  }

private:
  handle h_;
};

namespace detail {
template <class T>
task<T> promise<T>::get_return_object() noexcept {
  return task<T>(std::coroutine_handle<promise<T>>::from_promise(*this));
}
inline task<void> promise<void>::get_return_object() noexcept {
  return task<void>(std::coroutine_handle<promise<void>>::from_promise(*this));
}

template <class>
struct is_task : std::false_type {};
template <class U>
struct is_task<task<U>> : std::true_type {};
} // namespace detail

template <class T>
class join_handle {
public:
  using handle = std::coroutine_handle<detail::promise<T>>;

  join_handle() noexcept = default;
  explicit join_handle(handle h) noexcept : h_(h) {}
  join_handle(join_handle&& o) noexcept : h_(std::exchange(o.h_, {})) {}
  join_handle& operator=(join_handle&& o) noexcept {
    if (this != &o) {
      detach();
      h_ = std::exchange(o.h_, {});
    }
    return *this;
  }
  join_handle(const join_handle&) = delete;
  join_handle& operator=(const join_handle&) = delete;
  ~join_handle() { detach(); }

  bool valid() const noexcept { return static_cast<bool>(h_); }
  bool done() const noexcept {
    return h_ && (h_.promise().state.load(std::memory_order_acquire) & detail::kCompleted);
  }

  // The task keeps running; its frame is freed when it ends.
  void detach() noexcept {
    if (h_) detail::release_join(&std::exchange(h_, {}).promise());
  }

  // From a task: suspends until the spawned task ends, then yields its result.
  auto operator co_await() && noexcept {
    struct awaiter {
      join_handle* self;
      bool await_ready() const noexcept { return self->done(); }
      bool await_suspend(std::coroutine_handle<> h) noexcept {
        detail::promise_base* me = detail::current_g();
        me->resume_point = h;
        auto& p = self->h_.promise();
        p.joiner = me;
        return !(p.state.fetch_or(detail::kWaiting, std::memory_order_acq_rel) & detail::kCompleted);
      }
      T await_resume() { return self->take(); }
    };
    return awaiter{this};
  }

  // From a thread that is not a worker of the task's scheduler.
  ESC_BLOCKING T get() {
    if (!h_) throw std::logic_error("escapement: join_handle::get on an empty handle");
    auto& p = h_.promise();
    constexpr std::uint32_t kEnded = detail::kCompleted | detail::kCancelled;
    if (!(p.state.load(std::memory_order_acquire) & kEnded)) {
      std::atomic<std::uint32_t> flag{0};
      p.joiner = &flag;
      if (!(p.state.fetch_or(detail::kWaiting | detail::kThreadWaiter, std::memory_order_acq_rel) & kEnded)) {
        detail::wait_nonzero(&flag);
        if (flag.load(std::memory_order_acquire) == 2) {  // cancelled: frame is ours to free
          std::exchange(h_, {}).destroy();
          throw task_cancelled();
        }
      }
    }
    if (p.state.load(std::memory_order_acquire) & detail::kCancelled) {
      std::exchange(h_, {}).destroy();
      throw task_cancelled();
    }
    return take();
  }

private:
  T take() {
    handle h = std::exchange(h_, {});
    struct destroy_at_exit {
      handle h;
      ~destroy_at_exit() { h.destroy(); }
    } guard{h};
    return h.promise().take();
  }
  handle h_;
};

} // namespace esc::rt

#endif
