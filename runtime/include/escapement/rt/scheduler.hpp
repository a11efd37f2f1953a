// The M:P:G scheduler's public face.
//
//   esc::rt::scheduler s(2);                  // 2 Ps (processors), >= 2 Ms (threads)
//   int r = s.run(main_task());               // blocking: from a non-worker thread
//   ...inside a task:
//   auto h = esc::rt::spawn(child());         // runs in parallel; join_handle<T>
//   int x = co_await std::move(h);            // join
//   co_await esc::rt::yield();
//
// Destroying (or shutdown()) the scheduler stops the workers after their
// current poll and cancels every task that has not ended: its frame is
// destroyed without being resumed, so destructors of its locals run.
// See src/scheduler.cpp for the invariants.
#ifndef ESCAPEMENT_RT_SCHEDULER_HPP
#define ESCAPEMENT_RT_SCHEDULER_HPP

#include <escapement/annotations.hpp>
#include <escapement/rt/task.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <type_traits>

namespace esc::rt {

struct scheduler_stats {
  std::uint64_t threads_started;  // Ms ever created (initial + replacements)
  std::uint64_t threads_retired;  // Ms that exited (pinned task ended, surplus spare)
  std::uint64_t steals;           // successful steals (tasks taken from another P)
  std::uint64_t parks;            // times a worker went to sleep
  std::uint64_t handoffs;         // Ps handed to another M because of pinning
  std::uint64_t cancelled;        // tasks cancelled by shutdown
  std::uint64_t long_polls;       // polls the monitor saw holding a P past long_poll
  std::uint64_t retakes;          // Ps taken from a thread blocked in a blocking_section
};

struct scheduler_options {
  unsigned nprocs = 0;  // 0 = hardware concurrency; at most 64
  // The monitor thread (Go's sysmon). C++ coroutines cannot be preempted:
  // a task that runs long without suspending keeps its P and the monitor can
  // only report it (scheduler_stats::long_polls, and the trace's
  // "watchdog" section). A task blocked inside a blocking_section, though,
  // loses its P to another thread after retake_after. Zero disables either.
  std::chrono::nanoseconds long_poll = std::chrono::milliseconds(10);
  std::chrono::nanoseconds retake_after = std::chrono::microseconds(20);
};

namespace detail {

template <class F>
auto owned_call(F f) -> task<typename std::invoke_result_t<F&>::value_type> {
  // The callable lives in this frame, so its captures outlive the task it returns.
  co_return co_await std::invoke(f);
}

template <class F>
auto plain_call(F f) -> task<std::invoke_result_t<F&>> {
  co_return std::invoke(f);
}

template <class F>
auto as_task(F&& f) {
  using R = std::invoke_result_t<std::decay_t<F>&>;
  if constexpr (is_task<R>::value)
    return owned_call(std::decay_t<F>(std::forward<F>(f)));
  else
    return plain_call(std::decay_t<F>(std::forward<F>(f)));
}

} // namespace detail

class scheduler {
public:
  // nprocs = number of Ps (parallelism); 0 = hardware concurrency. At most 64.
  explicit scheduler(unsigned nprocs = 0);
  explicit scheduler(const scheduler_options& options);
  ~scheduler();
  scheduler(const scheduler&) = delete;
  scheduler& operator=(const scheduler&) = delete;

  // Callable from any thread, including a worker of another scheduler.
  template <class T>
  join_handle<T> spawn(task<T> t) {
    auto h = t.release();
    detail::spawn_on(impl_, &h.promise(), h, false);
    return join_handle<T>(h);
  }
  template <class F>
    requires std::invocable<std::decay_t<F>&>
  auto spawn(F&& f) {
    return spawn(detail::as_task(std::forward<F>(f)));
  }
  void spawn_detached(task<void> t) {
    auto h = t.release();
    detail::spawn_on(impl_, &h.promise(), h, true);
  }

  // Spawn and wait for the result. Must not be called from one of this
  // scheduler's workers (it would block a P).
  template <class T>
  ESC_BLOCKING T run(task<T> t) {
    check_not_worker();
    return spawn(std::move(t)).get();
  }
  template <class F>
    requires std::invocable<std::decay_t<F>&>
  ESC_BLOCKING auto run(F&& f) {
    return run(detail::as_task(std::forward<F>(f)));
  }

  // Stop the workers and cancel what is left; idempotent, also run by the
  // destructor. Blocks until every worker thread has been joined.
  ESC_BLOCKING void shutdown();

  unsigned nprocs() const noexcept;
  scheduler_stats stats() const noexcept;

  // The scheduler whose worker is the calling thread (nullptr elsewhere).
  static scheduler* current() noexcept;

private:
  void check_not_worker() const;
  detail::sched* impl_;
};

// From inside a task: spawn onto the current scheduler. Spawning from a
// thread that is not a worker is a fatal error (use scheduler::spawn).
template <class T>
ESC_NOALLOC ESC_NONBLOCKING join_handle<T> spawn(task<T> t) noexcept {
  auto h = t.release();
  detail::spawn_here(&h.promise(), h, false);
  return join_handle<T>(h);
}

// Fire and forget: no handle, the frame is freed when the task ends.
ESC_NOALLOC ESC_NONBLOCKING inline void spawn_detached(task<void> t) noexcept {
  auto h = t.release();
  detail::spawn_here(&h.promise(), h, true);
}

// Spawn a callable: a task-returning callable is kept alive (captures
// included) for as long as its task runs; a plain callable runs as a task.
template <class F>
  requires std::invocable<std::decay_t<F>&>
auto spawn(F&& f) {
  return spawn(detail::as_task(std::forward<F>(f)));
}

// co_await yield(): let other runnable tasks of this P run first.
struct yield_awaiter {
  bool await_ready() const noexcept { return false; }
  ESC_NOALLOC ESC_NONBLOCKING void await_suspend(std::coroutine_handle<> h) const noexcept {
    detail::promise_base* g = detail::current_g();
    g->resume_point = h;
    detail::yield_g(g);
  }
  void await_resume() const noexcept {}
};
ESC_NOALLOC ESC_NONBLOCKING inline yield_awaiter yield() noexcept { return {}; }

} // namespace esc::rt

#endif
