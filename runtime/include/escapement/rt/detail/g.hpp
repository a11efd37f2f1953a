// G: the scheduler's view of a task (Go's g). Every task<T> promise derives
// from promise_base; a promise becomes a G when its task is spawned (owner !=
// nullptr). A lazily awaited child task runs inside its parent's G.
//
// Ownership of the fields:
//   resume_point   written by the G itself (in an awaiter's await_suspend,
//                  before the G is published to a queue or wait list); read by
//                  whoever resumes it after taking it from there.
//   qnext          the injection queue's link; only while the G sits there.
//   home, reg_slot the G's slot in its home P's live registry (src/g_registry.hpp);
//                  written at spawn, read at exit.
//   locked_m, lock_count
//                  written only while the G runs (on its locked thread).
//   state          the join protocol (kCompleted | kDetached | kWaiting |
//                  kCancelled), atomic: the G and its join_handle race on it.
//   ctx            trace attribution; only the thread running the G.
#ifndef ESCAPEMENT_RT_DETAIL_G_HPP
#define ESCAPEMENT_RT_DETAIL_G_HPP

#include <escapement/annotations.hpp>
#include <escapement/rt/alloc.hpp>
#include <escapement/rt/detail/hooks.hpp>

#include <atomic>
#include <coroutine>
#include <cstdint>
#include <new>

namespace esc::rt::detail {

class sched;
struct machine;

struct qnode {
  std::atomic<qnode*> qnext{nullptr};
};

enum : std::uint32_t {
  kCompleted = 1,
  kDetached = 2,
  kWaiting = 4,
  kCancelled = 8,
  kThreadWaiter = 16,
};

struct promise_base : qnode {
  std::coroutine_handle<> resume_point;
  // A lazy child: the coroutine awaiting it. A G: its own frame. (A task is
  // either awaited or spawned, never both, so one field serves.)
  std::coroutine_handle<> coro;
  sched* owner = nullptr;
  machine* locked_m = nullptr;
  // Who waits in the join: a promise_base* (co_await handle) or, with
  // kThreadWaiter in state, a std::atomic<uint32_t>* (handle.get()).
  void* joiner = nullptr;
  std::atomic<std::uint32_t> state{0};
  std::uint32_t lock_count = 0;
  std::uint32_t reg_slot = 0;
  std::uint16_t home = 0;
  bool failed = false;
  trace_ctx ctx;

  // Frames come from the size-class thread caches (Go keeps dead Gs per P
  // for the same reason: creation must not take a global lock).
  static void* operator new(std::size_t n) {
    void* p = ::esc::rt::alloc(n);
    if (p == nullptr) throw std::bad_alloc();
    return p;
  }
  static void operator delete(void* p, std::size_t n) noexcept { ::esc::rt::free(p, n); }
};

// The G running on this thread (nullptr outside tasks).
extern constinit thread_local promise_base* tl_g;

// Hands the running poll's allocation counts to its G (src/trace.cpp).
void trace_poll_flush() noexcept;

// Every suspension point calls this right before it publishes the G (sets
// resume_point and puts it where a waker finds it): the last moment the G
// is still this thread's, so the recorder settles its counts here.
ESC_RT_INLINE promise_base* current_g() noexcept {
  if (tracing()) [[unlikely]]
    trace_poll_flush();
  return tl_g;
}

// Scheduler entry points used by inline code (src/scheduler.cpp).
ESC_NOALLOC ESC_NONBLOCKING void spawn_here(promise_base* g, std::coroutine_handle<> h, bool detached) noexcept;
void spawn_on(sched* s, promise_base* g, std::coroutine_handle<> h, bool detached) noexcept;
ESC_NOALLOC ESC_NONBLOCKING void ready(promise_base* g) noexcept;
ESC_NOALLOC ESC_NONBLOCKING void yield_g(promise_base* g) noexcept;
void g_exit(promise_base* g) noexcept;
void release_join(promise_base* g) noexcept;
[[noreturn]] void fatal(const char* msg) noexcept;

} // namespace esc::rt::detail

#endif
