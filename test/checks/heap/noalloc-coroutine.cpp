// RUN: %check_escapement %s 'heap-*' %t -- -- %cxxflags

// Calling a coroutine allocates its frame through the promise type's
// operator new if it has one, the global heap otherwise (HALO may elide it,
// but nothing guarantees it).

#include <escapement/annotations.hpp>

#include <coroutine>
#include <cstddef>

struct Task {
  struct promise_type {
    Task get_return_object() noexcept { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() noexcept {}
    void unhandled_exception() noexcept {}
  };
};

// Frames come from a fixed pool: no global operator new is involved.
alignas(std::max_align_t) static unsigned char Pool[1 << 16];
static std::size_t Used = 0;

struct PooledTask {
  struct promise_type {
    static void *operator new(std::size_t N) noexcept {
      void *P = Pool + Used;
      Used += (N + 15) & ~std::size_t(15);
      return P;
    }
    static void operator delete(void *) noexcept {}
    static PooledTask get_return_object_on_allocation_failure() noexcept { return {}; }
    PooledTask get_return_object() noexcept { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() noexcept {}
    void unhandled_exception() noexcept {}
  };
};

Task heartbeat(int Session) { co_return; }
PooledTask pooled_heartbeat(int Session) { co_return; }
Task relay(int Session) { co_await std::suspend_never{}; }

ESC_NOALLOC void on_timer(int Session) {
  heartbeat(Session);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: call to 'heartbeat' allocates; 'on_timer' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-7]]:6: note: calling coroutine 'heartbeat' allocates its frame on the heap: its promise type has no operator new of its own
  // CHECK-NOTES: :[[@LINE-4]]:18: note: 'on_timer' is declared ESC_NOALLOC here
  pooled_heartbeat(Session); // negative: the frame comes from the promise's pool
  relay(Session);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: call to 'relay' allocates; 'on_timer' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-10]]:6: note: calling coroutine 'relay' allocates its frame on the heap: its promise type has no operator new of its own
  // CHECK-NOTES: :[[@LINE-9]]:18: note: 'on_timer' is declared ESC_NOALLOC here
}

// Through a call chain: the ordinary function that starts the coroutine.
void start(int Session) { heartbeat(Session); }

ESC_NOALLOC void on_accept(int Session) {
  start(Session);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: call to 'start' allocates; 'on_accept' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-5]]:27: note: 'start' calls 'heartbeat', which allocates
  // CHECK-NOTES: :[[@LINE-23]]:6: note: calling coroutine 'heartbeat' allocates its frame on the heap: its promise type has no operator new of its own
  // CHECK-NOTES: :[[@LINE-5]]:18: note: 'on_accept' is declared ESC_NOALLOC here
}

// Negative: a coroutine whose frame comes from the pool, started from a
// no-allocation context, through a chain.
void start_pooled(int Session) { pooled_heartbeat(Session); }
ESC_NOALLOC void on_accept_pooled(int Session) { start_pooled(Session); }
