// The global (injection) queue: where spawns and wake-ups from threads
// without a P land, and where a full local queue spills half of itself.
//
// An intrusive Vyukov MPSC queue: producers (any thread) link with one
// exchange on tail_ and one store, wait-free, no allocation. Consumers are
// the workers, serialised by a try-lock: a worker that finds the lock taken
// simply looks elsewhere (someone else is already draining). Consumers take
// a batch at a time into their local queue, so one wake-up serves many
// spawns. size_ is a hint maintained after linking/unlinking; it may be
// briefly negative or stale, never persistently wrong.
#ifndef ESCAPEMENT_RT_SRC_INJECT_QUEUE_HPP
#define ESCAPEMENT_RT_SRC_INJECT_QUEUE_HPP

#include <escapement/annotations.hpp>
#include <escapement/rt/detail/config.hpp>
#include <escapement/rt/detail/g.hpp>

#include <atomic>
#include <cstdint>

namespace esc::rt::detail {

class inject_queue {
public:
  inject_queue() noexcept : tail_(&stub_), head_(&stub_) {}

  ESC_NOALLOC ESC_NONBLOCKING void push(qnode* n) noexcept { push_chain(n, n, 1); }

  // first..last already linked through qnext.
  ESC_NOALLOC ESC_NONBLOCKING void push_chain(qnode* first, qnode* last, std::int64_t n) noexcept {
    last->qnext.store(nullptr, std::memory_order_relaxed);
    qnode* prev = tail_.exchange(last, std::memory_order_acq_rel);
    prev->qnext.store(first, std::memory_order_release);
    size_.fetch_add(n, std::memory_order_seq_cst);
  }

  bool empty() const noexcept { return size_.load(std::memory_order_seq_cst) <= 0; }
  std::int64_t size() const noexcept { return size_.load(std::memory_order_relaxed); }

  bool try_lock() noexcept {
    return !locked_.load(std::memory_order_relaxed) && !locked_.exchange(true, std::memory_order_acquire);
  }
  void unlock() noexcept { locked_.store(false, std::memory_order_release); }

  // Consumer (lock held). nullptr when empty or a producer is mid-push.
  ESC_NOALLOC ESC_NONBLOCKING promise_base* pop() noexcept {
    qnode* head = head_;
    qnode* next = head->qnext.load(std::memory_order_acquire);
    if (head == &stub_) {
      if (next == nullptr) return nullptr;
      head_ = head = next;
      next = next->qnext.load(std::memory_order_acquire);
    }
    if (next != nullptr) {
      head_ = next;
      return taken(head);
    }
    if (head != tail_.load(std::memory_order_acquire)) return nullptr;
    push(&stub_);
    size_.fetch_sub(1, std::memory_order_relaxed);  // the stub is not an element
    next = head->qnext.load(std::memory_order_acquire);
    if (next != nullptr) {
      head_ = next;
      return taken(head);
    }
    return nullptr;
  }

private:
  promise_base* taken(qnode* n) noexcept {
    size_.fetch_sub(1, std::memory_order_relaxed);
    return static_cast<promise_base*>(n);
  }

  alignas(kCacheLine) std::atomic<qnode*> tail_;
  alignas(kCacheLine) qnode* head_;
  std::atomic<bool> locked_{false};
  alignas(kCacheLine) std::atomic<std::int64_t> size_{0};
  qnode stub_;
};

} // namespace esc::rt::detail

#endif
