// Size-class allocator: thread cache -> central lists -> page heap (Go's
// mcache -> mcentral -> mheap, see src/alloc.cpp for the invariants).
//
// Fast path (inline here): a request <= 32 KiB is rounded to its size class
// and popped from the calling thread's free list for that class; free pushes
// onto the freeing thread's list (objects migrate between threads, as in
// tcmalloc; no lock, no atomic). Only a thread-cache miss or overflow takes the
// slow path, which moves a batch under the class's central lock. Requests
// above 32 KiB are mapped directly (mmap) and unmapped on free.
//
// Under AddressSanitizer every entry point forwards to malloc (detail/config.hpp).
#ifndef ESCAPEMENT_RT_ALLOC_HPP
#define ESCAPEMENT_RT_ALLOC_HPP

#include <escapement/annotations.hpp>
#include <escapement/rt/detail/config.hpp>
#include <escapement/rt/detail/size_classes.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>

namespace esc::rt {

namespace detail {

struct free_obj {
  free_obj* next;
};

struct class_cache {
  free_obj* head;
  std::uint32_t count;
  std::uint32_t pad;
};

// Owned by one thread; nothing else reads or writes it (the thread-exit hook
// that flushes it runs on the owning thread).
struct thread_cache {
  class_cache cls[kNumClasses];
  bool registered;
};

extern constinit thread_local thread_cache tl_cache;

// The small-object heap is one reservation; a page's size class is looked up
// in a byte map so that free(p) needs no header. Written once at first use.
struct heap_globals {
  std::uintptr_t base;
  std::uint8_t* pagemap;
};
extern constinit heap_globals g_heap;
inline constexpr std::size_t kHeapReserve = std::size_t{16} << 30;

ESC_NOALLOC ESC_NONBLOCKING ESC_RT_INLINE void* cache_pop(unsigned c) noexcept {
  class_cache& cc = tl_cache.cls[c];
  free_obj* o = cc.head;
  if (o == nullptr) [[unlikely]]
    return nullptr;
  free_obj* next = o->next;
  // Objects freed by another thread arrive cold (task frames of stolen
  // tasks, say): start fetching the next one now so that the next pop
  // overlaps with the caller's work instead of stalling on it.
  __builtin_prefetch(next, 1);
  cc.head = next;
  --cc.count;
  return o;
}

ESC_NOALLOC ESC_NONBLOCKING ESC_RT_INLINE bool cache_push(unsigned c, void* p) noexcept {
  class_cache& cc = tl_cache.cls[c];
  if (cc.count >= 2 * kTables.batch[c]) [[unlikely]]
    return false;
  auto* o = static_cast<free_obj*>(p);
  o->next = cc.head;
  cc.head = o;
  ++cc.count;
  return true;
}

void* alloc_slow(std::size_t n) noexcept;
void* alloc_aligned_slow(std::size_t n, std::size_t align) noexcept;
void free_slow(void* p) noexcept;
void free_class_slow(unsigned c, void* p) noexcept;

} // namespace detail

// Returns nullptr only when the address space is exhausted.
inline void* alloc(std::size_t n) noexcept {
  if constexpr (detail::kSystemMalloc) return std::malloc(n ? n : 1);
  if (n <= detail::kMaxSmall) [[likely]] {
    if (void* p = detail::cache_pop(detail::size_class(n))) return p;
  }
  return detail::alloc_slow(n);
}

// align must be a power of two.
inline void* alloc_aligned(std::size_t n, std::size_t align) noexcept {
  if constexpr (detail::kSystemMalloc) {
    void* p = nullptr;
    return ::posix_memalign(&p, align < sizeof(void*) ? sizeof(void*) : align, n ? n : 1) == 0 ? p
                                                                                                 : nullptr;
  }
  if (align <= 16) return alloc(n);
  return detail::alloc_aligned_slow(n, align);
}

inline void free(void* p) noexcept {
  if constexpr (detail::kSystemMalloc) return std::free(p);
  std::uintptr_t off = reinterpret_cast<std::uintptr_t>(p) - detail::g_heap.base;
  if (off < detail::kHeapReserve) [[likely]] {
    unsigned c = detail::g_heap.pagemap[off >> detail::kPageShift];
    if (detail::cache_push(c, p)) return;
    return detail::free_class_slow(c, p);
  }
  detail::free_slow(p);
}

// Sized free: n must be the size passed to alloc(n) (not alloc_aligned).
inline void free(void* p, std::size_t n) noexcept {
  if constexpr (detail::kSystemMalloc) return std::free(p);
  if (n <= detail::kMaxSmall && p != nullptr) [[likely]] {
    unsigned c = detail::size_class(n);
    if (detail::cache_push(c, p)) return;
    return detail::free_class_slow(c, p);
  }
  detail::free_slow(p);
}

// Bytes usable at p (its class size, or the mapping's payload).
std::size_t usable_size(const void* p) noexcept;

// Return this thread's cached objects to the central lists (a thread that
// exits does this automatically).
void flush_thread_cache() noexcept;

struct heap_stats {
  std::size_t reserved_bytes;   // small-object reservation
  std::size_t span_bytes;       // in spans assigned to a size class (objects in use or free)
  std::size_t spans;
  std::size_t large_live;       // large objects currently mapped
  std::size_t large_live_bytes;
  std::size_t central_free_bytes;  // free objects in the central lists (not thread caches)
  std::size_t released_bytes;   // spans returned to the OS, kept for reuse
  std::size_t scavenges;        // scavenger passes so far
};
heap_stats heap_statistics() noexcept;

// Return this thread's cache to the central lists, then every span whose
// objects are all free to the OS (madvise(MADV_DONTNEED)). Returns the bytes
// released. The allocator also does this by itself when the central lists
// hold more than max(32 MiB, half of span_bytes) (Go: debug.FreeOSMemory
// and the background scavenger).
std::size_t release_free_memory() noexcept;

// std-compatible allocator over the size classes (no tracing).
template <class T>
struct allocator {
  using value_type = T;
  allocator() noexcept = default;
  template <class U>
  allocator(const allocator<U>&) noexcept {}
  T* allocate(std::size_t n) {
    void* p = alignof(T) <= 16 ? alloc(n * sizeof(T)) : alloc_aligned(n * sizeof(T), alignof(T));
    if (p == nullptr) throw std::bad_alloc();
    return static_cast<T*>(p);
  }
  void deallocate(T* p, std::size_t n) noexcept {
    if constexpr (alignof(T) <= 16)
      free(p, n * sizeof(T));
    else
      free(p);
  }
  template <class U>
  bool operator==(const allocator<U>&) const noexcept {
    return true;
  }
};

} // namespace esc::rt

#endif
