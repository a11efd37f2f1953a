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
//
// A node is a G or a g_batch: the half of a full local ring that its owner
// spilled, as an array of G pointers (taken from the batch pool below). A
// consumer takes a batch whole; since it gets the Gs' addresses at once it
// can fetch their frames in parallel, where a chain of 128 Gs linked through
// their frames costs 128 cache misses in a row on the consuming core (the
// frames were last written by the spawner's). When the pool's reservation is
// exhausted, a spill falls back to such a chain.
#ifndef ESCAPEMENT_RT_SRC_INJECT_QUEUE_HPP
#define ESCAPEMENT_RT_SRC_INJECT_QUEUE_HPP

#include <escapement/annotations.hpp>
#include <escapement/rt/detail/config.hpp>
#include <escapement/rt/detail/g.hpp>

#include <atomic>
#include <cstddef>
#include <cstdint>

namespace esc::rt::detail {

struct g_batch;

// The spill batches of one P. The owner takes and returns batches without
// atomics; a P that consumed one of them hands it back through `remote_`,
// an MPSC stack the owner takes whole (one exchange, so no ABA).
class batch_cache {
public:
  ESC_NOALLOC ESC_NONBLOCKING g_batch* get(class batch_pool& pool) noexcept;  // owner
  ESC_NOALLOC ESC_NONBLOCKING void put(g_batch* b) noexcept;                  // any thread

private:
  friend class run_queue;
  g_batch* local_ = nullptr;  // owner
  alignas(kCacheLine) std::atomic<g_batch*> remote_{nullptr};
};

inline constexpr std::uint32_t kBatchCap = 129;  // half a 256-slot ring + the G being pushed

struct g_batch : qnode {
  batch_cache* home;     // whose cache it returns to
  g_batch* free_next;    // link while free
  std::uint32_t n;
  promise_base* g[kBatchCap];
};

// Backing store of all batches of one scheduler: one MAP_NORESERVE
// reservation, carved by a bump index (pages are touched as the peak number
// of spilled batches grows; batches are recycled through the per-P caches,
// never unmapped before the scheduler goes).
class batch_pool {
public:
  static constexpr std::uint32_t kMax = 1u << 16;  // ~8.4 M spilled Gs at once
  batch_pool() noexcept;
  ~batch_pool();
  batch_pool(const batch_pool&) = delete;
  batch_pool& operator=(const batch_pool&) = delete;

  ESC_NOALLOC ESC_NONBLOCKING g_batch* grab() noexcept {
    if (base_ == nullptr || used_.load(std::memory_order_relaxed) >= kMax) return nullptr;
    const std::uint32_t i = used_.fetch_add(1, std::memory_order_relaxed);
    return i < kMax ? base_ + i : nullptr;
  }
  // Batches ever carved (tests: recycling keeps this at the peak in flight).
  std::uint32_t carved() const noexcept {
    const std::uint32_t n = used_.load(std::memory_order_relaxed);
    return n < kMax ? n : kMax;
  }
  bool contains(const qnode* n) const noexcept {
    return base_ != nullptr && reinterpret_cast<std::uintptr_t>(n) - reinterpret_cast<std::uintptr_t>(base_) <
                                   std::uintptr_t{kMax} * sizeof(g_batch);
  }

private:
  g_batch* base_;
  std::atomic<std::uint32_t> used_{0};
};

inline g_batch* batch_cache::get(batch_pool& pool) noexcept {
  g_batch* b = local_;
  if (b == nullptr) [[unlikely]] {
    if (remote_.load(std::memory_order_relaxed) != nullptr) b = remote_.exchange(nullptr, std::memory_order_acquire);
    if (b == nullptr) {
      b = pool.grab();
      if (b != nullptr) b->home = this;
      return b;
    }
  }
  local_ = b->free_next;
  return b;
}

inline void batch_cache::put(g_batch* b) noexcept {
  g_batch* head = remote_.load(std::memory_order_relaxed);
  do b->free_next = head;
  while (!remote_.compare_exchange_weak(head, b, std::memory_order_release, std::memory_order_relaxed));
}

class inject_queue {
public:
  inject_queue() noexcept : tail_(&stub_), head_(&stub_) {}

  batch_pool& pool() noexcept { return pool_; }
  // The batch behind a node pop() returned, or nullptr for a single G.
  g_batch* as_batch(qnode* n) const noexcept {
    return pool_.contains(n) ? static_cast<g_batch*>(n) : nullptr;
  }

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

  ESC_NOALLOC ESC_NONBLOCKING void push_batch(g_batch* b) noexcept { push_chain(b, b, b->n); }

  // Consumer (lock held): a G or a batch (as_batch). nullptr when empty or a
  // producer is mid-push.
  ESC_NOALLOC ESC_NONBLOCKING qnode* pop() noexcept {
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
  qnode* taken(qnode* n) noexcept {
    g_batch* b = as_batch(n);
    size_.fetch_sub(b != nullptr ? b->n : 1, std::memory_order_relaxed);
    return n;
  }

  alignas(kCacheLine) std::atomic<qnode*> tail_;
  alignas(kCacheLine) qnode* head_;
  std::atomic<bool> locked_{false};
  alignas(kCacheLine) std::atomic<std::int64_t> size_{0};
  qnode stub_;
  batch_pool pool_;
};

} // namespace esc::rt::detail

#endif
