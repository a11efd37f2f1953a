// The live-G registry of one P: how shutdown finds Gs that nothing else
// references (a G blocked on a channel its own frame owns, say).
//
// A slot array in one MAP_NORESERVE reservation (pages are touched as the
// high-water mark grows; 8 bytes per live G). A slot holds either a live G
// or, tagged with bit 0, the index of the next free slot, so free lists are
// threaded through the array and cost no memory of their own.
//
//   * add and remove_local: the P's owner only (the M holding the P), no
//     lock, no atomic RMW. Ownership moves only through a P handoff, which
//     is a happens-before edge.
//   * remove_remote: any other thread (a G stolen or delivered elsewhere
//     ends there). The slot goes onto an MPSC stack (`remote_`, Treiber push);
//     the owner takes the whole stack with one exchange when its own free
//     list runs dry, so there is no ABA. A worker collects the slots of one
//     home P into a chain first (link_free) and pushes the chain with one
//     CAS (push_remote), see sched::reg_remove. The frame itself is freed
//     by the exiting thread right away: nothing here points into it after
//     remove_*, so destruction order and timing stay what the user sees.
//   * the high-water mark only grows to the peak number of Gs homed here at
//     once (a free slot, local or remote, is always reused first).
//   * for_each_live: shutdown only, after every worker has been joined.
//
// Slots are relaxed atomics: a remote exit writes the slot of its own G
// while the owner writes others in the same cache line.
#ifndef ESCAPEMENT_RT_SRC_G_REGISTRY_HPP
#define ESCAPEMENT_RT_SRC_G_REGISTRY_HPP

#include <escapement/annotations.hpp>
#include <escapement/rt/detail/config.hpp>
#include <escapement/rt/detail/g.hpp>

#include <atomic>
#include <cstddef>
#include <cstdint>

namespace esc::rt::detail {

class g_registry {
public:
  // 32 Mi live Gs per P (256 MiB of address space, untouched until used).
  static constexpr std::uint32_t kCap = std::uint32_t{1} << 25;
  static constexpr std::uint32_t kNone = ~std::uint32_t{0};

  g_registry() noexcept = default;
  ~g_registry();
  g_registry(const g_registry&) = delete;
  g_registry& operator=(const g_registry&) = delete;

  // Reserves the address space; fatal if it cannot.
  void init() noexcept;

  // Owner only. Returns the slot to pass to remove_*.
  ESC_NOALLOC ESC_NONBLOCKING std::uint32_t add(promise_base* g) noexcept {
    std::uint32_t i = free_;
    if (i == kNone) [[unlikely]]
      i = refill();
    free_ = next_of(slots_[i].load(std::memory_order_relaxed));
    slots_[i].store(reinterpret_cast<std::uintptr_t>(g), std::memory_order_relaxed);
    // Slots handed back by other threads are cold: fetch the next one while
    // the caller finishes this spawn. (slots_[kNone] is past the mapping;
    // a prefetch never faults.)
    __builtin_prefetch(&slots_[free_], 1);
    return i;
  }

  // Owner only.
  ESC_NOALLOC ESC_NONBLOCKING void remove_local(std::uint32_t i) noexcept {
    slots_[i].store(tag(free_), std::memory_order_relaxed);
    free_ = i;
  }

  // Any thread but the owner.
  ESC_NOALLOC ESC_NONBLOCKING void remove_remote(std::uint32_t i) noexcept { push_remote(i, i); }

  // Any thread but the owner: slot i (of a G that ended) now links to `next`
  // in a chain that thread is building.
  ESC_NOALLOC ESC_NONBLOCKING void link_free(std::uint32_t i, std::uint32_t next) noexcept {
    slots_[i].store(tag(next), std::memory_order_relaxed);
  }
  // Any thread but the owner: hand back the chain first..last (linked with
  // link_free; last's link is overwritten).
  ESC_NOALLOC ESC_NONBLOCKING void push_remote(std::uint32_t first, std::uint32_t last) noexcept {
    std::uint32_t head = remote_.load(std::memory_order_relaxed);
    do slots_[last].store(tag(head), std::memory_order_relaxed);
    while (!remote_.compare_exchange_weak(head, first, std::memory_order_release, std::memory_order_relaxed));
  }

  // Shutdown only (single-threaded).
  template <class F>
  void for_each_live(F&& f) noexcept {
    for (std::uint32_t i = 0; i < hwm_; ++i) {
      const std::uintptr_t v = slots_[i].load(std::memory_order_relaxed);
      if ((v & 1) == 0) f(reinterpret_cast<promise_base*>(v));
    }
  }
  // Shutdown only: forget everything (slots stay reserved).
  void clear() noexcept {
    hwm_ = 0;
    free_ = kNone;
    remote_.store(kNone, std::memory_order_relaxed);
  }

  std::uint32_t high_water() const noexcept { return hwm_; }

private:
  static std::uintptr_t tag(std::uint32_t next) noexcept { return (std::uintptr_t{next} << 1) | 1; }
  static std::uint32_t next_of(std::uintptr_t v) noexcept { return static_cast<std::uint32_t>(v >> 1); }

  // Owner, local free list empty: take the remote frees, else extend.
  ESC_NOALLOC ESC_NONBLOCKING std::uint32_t refill() noexcept {
    if (remote_.load(std::memory_order_relaxed) != kNone) {
      const std::uint32_t i = remote_.exchange(kNone, std::memory_order_acquire);
      if (i != kNone) return i;
    }
    if (hwm_ == kCap) [[unlikely]]
      fatal("more than 2^25 live tasks spawned from one processor");
    slots_[hwm_].store(tag(kNone), std::memory_order_relaxed);
    return hwm_++;
  }

  // Three lines: read-only after init (remote exits read it), owner-written
  // on every spawn, and the remote stack; sharing one would make every
  // stolen G's exit miss on a line its home P just wrote.
  alignas(kCacheLine) std::atomic<std::uintptr_t>* slots_ = nullptr;
  alignas(kCacheLine) std::uint32_t free_ = kNone;  // owner
  std::uint32_t hwm_ = 0;                           // owner
  alignas(kCacheLine) std::atomic<std::uint32_t> remote_{kNone};
};

} // namespace esc::rt::detail

#endif
