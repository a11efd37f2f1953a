// RUN: %check_escapement %s 'heap-*' %t -- -- %cxxflags

// Shared state of threads and futures, and smart pointers' control blocks.

#include <escapement/annotations.hpp>

#include <future>
#include <memory>
#include <thread>

struct Order {
  long Id;
  double Price;
};

void flush(int Fd) {}

ESC_NOALLOC void spawn_flusher(int Fd) {
  std::thread T(flush, Fd);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: error: 'std::thread' stores the callable and its arguments on the heap and creates an OS thread; 'spawn_flusher' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:18: note: 'spawn_flusher' is declared ESC_NOALLOC here
  T.detach();
}

ESC_NOALLOC void async_flush(int Fd) {
  auto F = std::async(std::launch::async, flush, Fd);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: error: 'std::async' allocates its shared state and may start a thread; 'async_flush' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:18: note: 'async_flush' is declared ESC_NOALLOC here
}

ESC_NOALLOC void promise() {
  std::promise<int> P;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: error: 'std::promise' allocates its shared state on the heap; 'promise' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:18: note: 'promise' is declared ESC_NOALLOC here
}

// Negative: an empty std::thread, moving one, and an empty future own nothing.
ESC_NOALLOC void handles(std::thread &Worker, std::future<int> &Done) {
  std::thread None;
  std::thread Taken = std::move(Worker);
  std::future<int> Empty;
  Taken.detach();
}

// shared_ptr from a raw pointer: the 'new' and the separate control block.
ESC_NOALLOC void from_raw() {
  std::shared_ptr<Order> P(new Order{1, 2.0});
  // CHECK-MESSAGES: :[[@LINE-1]]:26: error: std::shared_ptr allocates a separate control block for a raw pointer (2 allocations; std::make_shared needs 1); 'from_raw' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:18: note: 'from_raw' is declared ESC_NOALLOC here
  // CHECK-MESSAGES: :[[@LINE-3]]:28: error: 'new Order' allocates on the heap (16 bytes); 'from_raw' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-5]]:18: note: 'from_raw' is declared ESC_NOALLOC here
}

ESC_NOALLOC void reset_raw(std::shared_ptr<Order> &P) {
  P.reset(new Order{3, 4.0});
  // CHECK-MESSAGES: :[[@LINE-1]]:5: error: std::shared_ptr allocates a separate control block for a raw pointer (2 allocations; std::make_shared needs 1); 'reset_raw' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:18: note: 'reset_raw' is declared ESC_NOALLOC here
  // CHECK-MESSAGES: :[[@LINE-3]]:11: error: 'new Order' allocates on the heap (16 bytes); 'reset_raw' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-5]]:18: note: 'reset_raw' is declared ESC_NOALLOC here
}

ESC_NOALLOC void make_shared() {
  auto P = std::make_shared<Order>();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: error: 'std::make_shared' allocates the object and its control block on the heap; 'make_shared' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:18: note: 'make_shared' is declared ESC_NOALLOC here
}

ESC_NOALLOC void make_unique() {
  auto P = std::make_unique<Order>();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: error: 'std::make_unique' allocates on the heap (16 bytes); 'make_unique' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:18: note: 'make_unique' is declared ESC_NOALLOC here
}

// Negative: copying, moving and resetting shared_ptrs only touches the
// reference count; unique_ptr of an existing object allocates nothing.
ESC_NOALLOC long share(const std::shared_ptr<Order> &P, Order *Owned) {
  std::shared_ptr<Order> Copy = P;
  std::shared_ptr<Order> Moved = std::move(Copy);
  Moved.reset();
  std::unique_ptr<Order> U(Owned);
  return U.release()->Id;
}

// Real-world pattern: an order gateway that hands each order to a worker
// thread. Accepting the order must not allocate.
struct Gateway {
  std::shared_ptr<Order> Pending;

  ESC_NOALLOC void on_order(long Id, double Price) {
    Pending = std::make_shared<Order>(Order{Id, Price});
    // CHECK-MESSAGES: :[[@LINE-1]]:15: error: 'std::make_shared' allocates the object and its control block on the heap; 'Gateway::on_order' must not allocate [heap-noalloc,-warnings-as-errors]
    // CHECK-NOTES: :[[@LINE-3]]:20: note: 'Gateway::on_order' is declared ESC_NOALLOC here
    std::thread([P = Pending] { (void)P->Price; }).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: 'std::thread' stores the callable and its arguments on the heap and creates an OS thread; 'Gateway::on_order' must not allocate [heap-noalloc,-warnings-as-errors]
    // CHECK-NOTES: :[[@LINE-6]]:20: note: 'Gateway::on_order' is declared ESC_NOALLOC here
  }
};
