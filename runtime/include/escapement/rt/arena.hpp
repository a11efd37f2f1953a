// Bounded arena: one fixed block, bump allocation, reset per cycle.
//
// Invariants: used() <= capacity() always; peak() is the largest used() since
// construction (resets do not lower it); an allocation that does not fit never
// returns memory outside the block: try_allocate returns nullptr, allocate
// calls the overflow handler (default: message on stderr, then abort). An
// arena belongs to one thread at a time (no internal locking); destructors of
// objects made in it are not run (make<T> requires trivially destructible T).
// Every arena is on a process-wide list from construction to destruction, so
// the trace also reports arenas still alive when it is written; peak and
// overflow counts are relaxed atomics for that reader (plain moves on x86).
#ifndef ESCAPEMENT_RT_ARENA_HPP
#define ESCAPEMENT_RT_ARENA_HPP

#include <escapement/annotations.hpp>
#include <escapement/rt/detail/hooks.hpp>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <new>
#include <type_traits>

namespace esc::rt {

class arena;
// Called on overflow of allocate()/make(); if it returns, the process aborts.
using arena_overflow_handler = void (*)(const arena&, std::size_t requested);

class arena {
public:
  // Takes `capacity` bytes from the size-class allocator (or mmap if large).
  explicit arena(std::size_t capacity, const char* name = "arena");
  ~arena();
  arena(const arena&) = delete;
  arena& operator=(const arena&) = delete;

  ESC_ARENA_ALLOC(bytes) ESC_NOALLOC ESC_NONBLOCKING
  void* try_allocate(std::size_t bytes, std::size_t align = alignof(std::max_align_t)) noexcept {
    const std::uintptr_t cur = base_ + used_;
    const std::uintptr_t at = (cur + align - 1) & ~(std::uintptr_t{align} - 1);
    const std::size_t end = static_cast<std::size_t>(at - base_) + bytes;
    if (end > cap_ || end < bytes) [[unlikely]] {
      overflows_.store(overflows_.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
      return nullptr;
    }
    const std::size_t taken = end - used_;
    used_ = end;
    if (end > peak_.load(std::memory_order_relaxed)) peak_.store(end, std::memory_order_relaxed);
    if (detail::tracing()) [[unlikely]]
      detail::trace_arena_alloc(taken);
    return reinterpret_cast<void*>(at);
  }

  ESC_ARENA_ALLOC(bytes) ESC_NOALLOC ESC_NONBLOCKING
  void* allocate(std::size_t bytes, std::size_t align = alignof(std::max_align_t)) noexcept {
    void* p = try_allocate(bytes, align);
    if (p == nullptr) [[unlikely]]
      overflow(bytes);
    return p;
  }

  // n value-initialised Ts.
  template <class T>
  ESC_NOALLOC T* make(std::size_t n = 1) noexcept {
    static_assert(std::is_trivially_destructible_v<T>, "arena never runs destructors");
    if (n > static_cast<std::size_t>(-1) / sizeof(T)) overflow(static_cast<std::size_t>(-1));
    T* p = static_cast<T*>(allocate(n * sizeof(T), alignof(T)));
    for (std::size_t i = 0; i < n; ++i) ::new (static_cast<void*>(p + i)) T();
    return p;
  }

  template <class T>
  ESC_NOALLOC T* try_make(std::size_t n = 1) noexcept {
    static_assert(std::is_trivially_destructible_v<T>, "arena never runs destructors");
    if (n > static_cast<std::size_t>(-1) / sizeof(T)) return nullptr;
    T* p = static_cast<T*>(try_allocate(n * sizeof(T), alignof(T)));
    if (p != nullptr)
      for (std::size_t i = 0; i < n; ++i) ::new (static_cast<void*>(p + i)) T();
    return p;
  }

  // Releases everything allocated so far.
  ESC_ARENA_RESET ESC_NOALLOC ESC_NONBLOCKING void reset() noexcept {
    used_ = 0;
    if (detail::tracing()) [[unlikely]]
      detail::trace_arena_reset();
  }

  std::size_t used() const noexcept { return used_; }
  std::size_t capacity() const noexcept { return cap_; }
  std::size_t peak() const noexcept { return peak_.load(std::memory_order_relaxed); }
  std::size_t overflows() const noexcept { return overflows_.load(std::memory_order_relaxed); }
  const char* name() const noexcept { return name_; }

  static arena_overflow_handler set_overflow_handler(arena_overflow_handler h) noexcept;

private:
  // The failure path: it runs the user's handler (which may format a
  // message) and aborts, so its allocations are audited, not a hot-path cost.
  ESC_ALLOW_ALLOC [[noreturn]] void overflow(std::size_t requested) const noexcept;

  friend void detail::trace_live_arenas(detail::arena_visitor, void*) noexcept;

  std::uintptr_t base_;
  std::size_t cap_;
  std::size_t used_ = 0;
  std::atomic<std::size_t> peak_{0};
  std::atomic<std::size_t> overflows_{0};
  const char* name_;
  arena* prev_ = nullptr;  // live list, under its mutex (arena.cpp)
  arena* next_ = nullptr;
};

} // namespace esc::rt

#endif
