// P-local run queue (Go's runq/runnext, proc.go runqput/runqget/runqgrab).
//
// A fixed ring of 256 slots plus a one-slot `next`:
//   * push and pop at the ring are done by the owner P's thread only; head is
//     also advanced by thieves, so it is CAS'd by everyone, tail is stored by
//     the owner only (release: publishes the slot and the G behind it);
//   * `next` holds the G the running task just readied (channel partner,
//     joined waiter): it runs next and inherits the time slice, which keeps a
//     communicating pair on one core. Only the owner sets it to a G; thieves
//     may CAS it to null, and only after a back-off (see grab);
//   * slots are atomics accessed relaxed: a thief may read a slot the owner
//     is overwriting, but its CAS on head then fails and the value is dropped;
//   * a full ring moves half of itself plus the new G to the injection queue
//     in one batch (one CAS on head, one exchange on the inject tail), as a
//     g_batch array from this P's batch cache (see inject_queue.hpp);
//   * the owner's pop prefetches the frame of the G after the one it takes:
//     Gs stolen or taken from the injection queue arrive cold, and this way
//     the next frame's miss overlaps with running the current G.
#ifndef ESCAPEMENT_RT_SRC_RUN_QUEUE_HPP
#define ESCAPEMENT_RT_SRC_RUN_QUEUE_HPP

#include "inject_queue.hpp"

#include <escapement/annotations.hpp>
#include <escapement/rt/detail/g.hpp>
#include <escapement/rt/detail/spinlock.hpp>

#include <atomic>
#include <chrono>
#include <cstdint>

namespace esc::rt::detail {

class run_queue {
public:
  static constexpr std::uint32_t kCap = 256;

  // Owner only. Returns true if an overflow batch went to `inj`.
  ESC_NOALLOC ESC_NONBLOCKING bool push(promise_base* g, bool next, inject_queue& inj) noexcept {
    if (next) {
      g = next_.exchange(g, std::memory_order_acq_rel);
      if (g == nullptr) return false;  // slot was empty
    }
    return push_tail(g, inj);
  }

  // Owner only: a new G goes to `next` when that is free, else behind the
  // ring. Unlike push(g, true) it never displaces a waiting `next`, so it
  // needs no atomic RMW: only the owner turns `next` from null to a G, and a
  // thief only turns a G into null, so seeing null the owner may store.
  // (A spawning loop thus costs no fence per spawn; a spawn-then-join still
  // runs the child next.)
  ESC_NOALLOC ESC_NONBLOCKING bool push_new(promise_base* g, inject_queue& inj) noexcept {
    if (next_.load(std::memory_order_relaxed) == nullptr) {
      next_.store(g, std::memory_order_release);
      return false;
    }
    return push_tail(g, inj);
  }

  ESC_NOALLOC ESC_NONBLOCKING bool push_tail(promise_base* g, inject_queue& inj) noexcept {
    for (;;) {
      std::uint32_t h = head_.load(std::memory_order_acquire);
      std::uint32_t t = tail_.load(std::memory_order_relaxed);
      if (t - h < kCap) {
        buf_[t % kCap].store(g, std::memory_order_relaxed);
        tail_.store(t + 1, std::memory_order_release);
        return false;
      }
      if (push_overflow(g, h, t, inj)) return true;
    }
  }

  // Owner only: `next` first (unless the caller wants the ring), then the ring.
  ESC_NOALLOC ESC_NONBLOCKING promise_base* pop(bool allow_next, bool& inherited) noexcept {
    inherited = false;
    if (allow_next) {
      promise_base* g = next_.load(std::memory_order_relaxed);
      if (g != nullptr && next_.compare_exchange_strong(g, nullptr, std::memory_order_acquire)) {
        inherited = true;
        return g;
      }
    }
    if (promise_base* g = pop_ring()) return g;
    return allow_next ? nullptr : pop(true, inherited);
  }

  ESC_NOALLOC ESC_NONBLOCKING promise_base* pop_ring() noexcept {
    promise_base* g;
    for (;;) {
      std::uint32_t h = head_.load(std::memory_order_acquire);
      std::uint32_t t = tail_.load(std::memory_order_relaxed);
      if (t == h) return nullptr;
      g = buf_[h % kCap].load(std::memory_order_relaxed);
      if (head_.compare_exchange_weak(h, h + 1, std::memory_order_release, std::memory_order_relaxed)) {
        // May be a stale slot past the tail: a prefetch never faults.
        __builtin_prefetch(buf_[(h + 1) % kCap].load(std::memory_order_relaxed));
        return g;
      }
    }
  }

  // Thief: move half of this (victim) queue into `into` (the thief's, owner
  // = caller). Returns one G to run now, or nullptr.
  promise_base* steal_into(run_queue& into, bool take_next) noexcept {
    promise_base* batch[kCap / 2];
    std::uint32_t n = grab(batch, take_next);
    if (n == 0) return nullptr;
    promise_base* g = batch[--n];
    if (n == 0) return g;
    // The thief only steals when its own ring is empty and nobody else
    // pushes to it, so n <= kCap/2 always fits.
    std::uint32_t t = into.tail_.load(std::memory_order_relaxed);
    for (std::uint32_t i = 0; i < n; ++i) into.buf_[(t + i) % kCap].store(batch[i], std::memory_order_relaxed);
    into.tail_.store(t + n, std::memory_order_release);
    return g;
  }

  // Any thread; a hint (exact only when the owner is not running).
  bool empty() const noexcept {
    return head_.load(std::memory_order_seq_cst) == tail_.load(std::memory_order_seq_cst) &&
           next_.load(std::memory_order_seq_cst) == nullptr;
  }
  std::uint32_t size() const noexcept {
    return tail_.load(std::memory_order_relaxed) - head_.load(std::memory_order_relaxed) +
           (next_.load(std::memory_order_relaxed) != nullptr);
  }

  // Shutdown only (no other thread running): take everything.
  template <class F>
  void drain(F&& f) noexcept {
    if (promise_base* g = next_.exchange(nullptr)) f(g);
    for (std::uint32_t h = head_.load(), t = tail_.load(); h != t; ++h) f(buf_[h % kCap].load());
    head_.store(tail_.load());
  }

  // Where this ring's spilled batches return (batch_cache::put, any thread).
  batch_cache& batches() noexcept { return batches_; }

private:
  std::uint32_t grab(promise_base** out, bool take_next) noexcept {
    for (;;) {
      std::uint32_t h = head_.load(std::memory_order_acquire);
      std::uint32_t t = tail_.load(std::memory_order_acquire);
      std::uint32_t n = t - h;
      n = n - n / 2;
      if (n == 0) {
        if (!take_next) return 0;
        promise_base* g = next_.load(std::memory_order_acquire);
        if (g == nullptr) return 0;
        // The owner is probably about to run it (Go: "A sync chan send/recv
        // takes ~50ns ... 3us gives ~50x overshoot"); give it that chance.
        auto until = std::chrono::steady_clock::now() + std::chrono::microseconds(3);
        while (std::chrono::steady_clock::now() < until) cpu_relax();
        if (next_.compare_exchange_strong(g, nullptr, std::memory_order_acq_rel)) {
          out[0] = g;
          return 1;
        }
        continue;
      }
      if (n > kCap / 2) continue;  // h and t read at different times
      for (std::uint32_t i = 0; i < n; ++i) out[i] = buf_[(h + i) % kCap].load(std::memory_order_relaxed);
      if (head_.compare_exchange_strong(h, h + n, std::memory_order_acq_rel)) return n;
    }
  }

  ESC_NOALLOC ESC_NONBLOCKING bool push_overflow(promise_base* g, std::uint32_t h, std::uint32_t t,
                                                 inject_queue& inj) noexcept {
    static_assert(kCap / 2 + 1 <= kBatchCap);
    const std::uint32_t n = (t - h) / 2;
    if (g_batch* b = batches_.get(inj.pool())) [[likely]] {
      for (std::uint32_t i = 0; i < n; ++i) b->g[i] = buf_[(h + i) % kCap].load(std::memory_order_relaxed);
      if (!head_.compare_exchange_strong(h, h + n, std::memory_order_acq_rel)) {
        b->free_next = batches_.local_;
        batches_.local_ = b;
        return false;
      }
      b->g[n] = g;
      b->n = n + 1;
      inj.push_batch(b);
      return true;
    }
    promise_base* batch[kCap / 2 + 1];
    for (std::uint32_t i = 0; i < n; ++i) batch[i] = buf_[(h + i) % kCap].load(std::memory_order_relaxed);
    if (!head_.compare_exchange_strong(h, h + n, std::memory_order_acq_rel)) return false;
    batch[n] = g;
    for (std::uint32_t i = 0; i < n; ++i) batch[i]->qnext.store(batch[i + 1], std::memory_order_relaxed);
    inj.push_chain(batch[0], batch[n], n + 1);
    return true;
  }

  alignas(kCacheLine) std::atomic<std::uint32_t> head_{0};
  alignas(kCacheLine) std::atomic<std::uint32_t> tail_{0};
  std::atomic<promise_base*> next_{nullptr};
  std::atomic<promise_base*> buf_[kCap]{};
  batch_cache batches_;
};

} // namespace esc::rt::detail

#endif
