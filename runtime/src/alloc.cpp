// Size-class allocator (Go's malloc.go flow, tcmalloc's thread caches).
//
//   thread cache (tl_cache)   one free list per class, owned by its thread:
//                             no lock, no atomic. Holds at most 2*batch objects
//                             per class; overflow returns a batch to central.
//   central[c]                one spinlock-protected free list per class. A
//                             thread-cache miss takes up to `batch` objects in
//                             one critical section (amortises the lock).
//                             Full batches a thread cache hands back are kept
//                             whole (tcmalloc's transfer cache), so the next
//                             miss takes one in O(1) instead of walking a
//                             chain whose objects another core last wrote
//                             (a cache miss per link: producer/consumer task
//                             frames are exactly that pattern).
//   page heap                 bump allocation of 8 KiB pages out of one 16 GiB
//                             reservation (MAP_NORESERVE: untouched pages cost
//                             nothing). A new span is carved into objects of a
//                             single class and its pages are recorded in the
//                             page map so free(p) finds the class without a
//                             header. Spans are never returned (unlike Go's
//                             scavenger): the runtime's working set is reused.
//   large objects (> 32 KiB)  mmap'd individually with a 16-byte header
//                             {mapping base, mapping length} right before the
//                             payload, unmapped on free.
//
// Who may touch what: tl_cache only its thread; central[c] under its lock;
// page-heap bump pointer and the page map entries of unassigned pages under
// heap_lock; g_heap.{base,pagemap} are written once before the first object is
// handed out, so any thread holding an object can read them without a lock.
#include <escapement/rt/alloc.hpp>
#include <escapement/rt/detail/spinlock.hpp>

#include <atomic>
#include <cstdio>
#include <cstring>
#include <mutex>

#include <pthread.h>
#include <sys/mman.h>

namespace esc::rt::detail {

constinit thread_local thread_cache tl_cache{};
constinit heap_globals g_heap{};

namespace {

// A full batch kept whole: its first object also links to the next batch
// (every class but the 8-byte one has room for the second word).
struct free_batch {
  free_obj* next;  // the rest of this batch
  free_batch* next_batch;
};

struct alignas(kCacheLine) central_list {
  spinlock lock;
  free_obj* head = nullptr;        // loose objects
  std::size_t count = 0;
  free_batch* batches = nullptr;   // chains of exactly kTables.batch[c] objects
};

central_list g_central[kNumClasses];

std::mutex g_heap_lock;           // page bump pointer + initialisation
std::atomic<bool> g_ready{false};
std::size_t g_next_page = 0;      // under g_heap_lock
std::atomic<std::size_t> g_spans{0};
std::atomic<std::size_t> g_span_bytes{0};
std::atomic<std::size_t> g_large_live{0};
std::atomic<std::size_t> g_large_bytes{0};
pthread_key_t g_exit_key;

struct large_header {
  void* base;
  std::size_t len;
};

void thread_exit(void*) { flush_thread_cache(); }

void* map(std::size_t len) {
  void* p = ::mmap(nullptr, len, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  return p == MAP_FAILED ? nullptr : p;
}

bool heap_init() {
  if (g_ready.load(std::memory_order_acquire)) return true;
  std::lock_guard<std::mutex> g(g_heap_lock);
  if (g_ready.load(std::memory_order_relaxed)) return true;
  constexpr std::size_t kAlign = 64 * 1024;
  void* raw = map(kHeapReserve + kAlign);
  void* pm = map(kHeapReserve >> kPageShift);
  if (raw == nullptr || pm == nullptr) {
    std::fputs("escapement: cannot reserve the allocator's address space\n", stderr);
    return false;
  }
  auto base = (reinterpret_cast<std::uintptr_t>(raw) + kAlign - 1) & ~(kAlign - 1);
  ::pthread_key_create(&g_exit_key, thread_exit);
  g_heap.pagemap = static_cast<std::uint8_t*>(pm);
  g_heap.base = base;
  g_ready.store(true, std::memory_order_release);
  return true;
}

void register_thread() {
  if (tl_cache.registered) return;
  tl_cache.registered = true;
  ::pthread_setspecific(g_exit_key, reinterpret_cast<void*>(1));
}

// Carve a new span for class c; returns the chain of its objects.
free_obj* new_span(unsigned c, std::size_t& n_out, free_obj*& tail_out) {
  const std::size_t pages = kTables.pages[c];
  std::uintptr_t start;
  {
    std::lock_guard<std::mutex> g(g_heap_lock);
    if ((g_next_page + pages) << kPageShift > kHeapReserve) return nullptr;
    start = g_heap.base + (g_next_page << kPageShift);
    std::memset(g_heap.pagemap + g_next_page, static_cast<int>(c), pages);
    g_next_page += pages;
  }
  g_spans.fetch_add(1, std::memory_order_relaxed);
  g_span_bytes.fetch_add(pages << kPageShift, std::memory_order_relaxed);
  const std::size_t size = kClassSize[c];
  const std::size_t n = (pages << kPageShift) / size;
  auto* first = reinterpret_cast<free_obj*>(start);
  free_obj* o = first;
  for (std::size_t i = 1; i < n; ++i) {
    auto* next = reinterpret_cast<free_obj*>(start + i * size);
    o->next = next;
    o = next;
  }
  o->next = nullptr;
  n_out = n;
  tail_out = o;
  return first;
}

// Take up to `want` objects of class c from central (growing it if empty).
free_obj* central_take(unsigned c, std::size_t want, std::size_t& got) {
  central_list& cl = g_central[c];
  {
    spin_guard g(cl.lock);
    if (cl.batches != nullptr && want == kTables.batch[c]) {
      free_batch* b = cl.batches;
      cl.batches = b->next_batch;
      got = want;
      return reinterpret_cast<free_obj*>(b);
    }
    if (cl.head != nullptr) {
      free_obj* first = cl.head;
      free_obj* last = first;
      std::size_t n = 1;
      while (n < want && last->next != nullptr) {
        last = last->next;
        ++n;
      }
      cl.head = last->next;
      cl.count -= n;
      last->next = nullptr;
      got = n;
      return first;
    }
  }
  std::size_t n = 0;
  free_obj* tail = nullptr;
  free_obj* first = new_span(c, n, tail);
  if (first == nullptr) {
    got = 0;
    return nullptr;
  }
  if (n <= want) {
    got = n;
    return first;
  }
  free_obj* last = first;
  for (std::size_t i = 1; i < want; ++i) last = last->next;
  free_obj* rest = last->next;
  last->next = nullptr;
  {
    spin_guard g(cl.lock);
    tail->next = cl.head;
    cl.head = rest;
    cl.count += n - want;
  }
  got = want;
  return first;
}

void central_put(unsigned c, free_obj* first, free_obj* last, std::size_t n) {
  central_list& cl = g_central[c];
  if (n == kTables.batch[c] && kClassSize[c] >= sizeof(free_batch)) {
    last->next = nullptr;
    auto* b = reinterpret_cast<free_batch*>(first);
    spin_guard g(cl.lock);
    b->next_batch = cl.batches;
    cl.batches = b;
    return;
  }
  spin_guard g(cl.lock);
  last->next = cl.head;
  cl.head = first;
  cl.count += n;
}

void* large_alloc(std::size_t n, std::size_t align) {
  if (align < 16) align = 16;
  std::size_t pad = align > sizeof(large_header) ? align : sizeof(large_header);
  if (align > 4096) pad += align;  // room to slide the payload to the boundary
  std::size_t len = (n + pad + 4095) & ~std::size_t{4095};
  if (len < n) return nullptr;
  void* base = map(len);
  if (base == nullptr) return nullptr;
  auto payload = reinterpret_cast<std::uintptr_t>(base) + sizeof(large_header);
  payload = (payload + align - 1) & ~(align - 1);
  auto* h = reinterpret_cast<large_header*>(payload) - 1;
  h->base = base;
  h->len = len;
  g_large_live.fetch_add(1, std::memory_order_relaxed);
  g_large_bytes.fetch_add(len, std::memory_order_relaxed);
  return reinterpret_cast<void*>(payload);
}

bool in_heap(const void* p) {
  return reinterpret_cast<std::uintptr_t>(p) - g_heap.base < kHeapReserve;
}

} // namespace

ESC_RT_NOINLINE void* alloc_slow(std::size_t n) noexcept {
  if (!heap_init()) return nullptr;
  if (n > kMaxSmall) return large_alloc(n, 16);
  register_thread();
  const unsigned c = size_class(n);
  class_cache& cc = tl_cache.cls[c];
  if (cc.head != nullptr) {  // raced with nothing: the caller's pop just missed
    free_obj* o = cc.head;
    cc.head = o->next;
    --cc.count;
    return o;
  }
  std::size_t got = 0;
  free_obj* chain = central_take(c, kTables.batch[c], got);
  if (chain == nullptr) return nullptr;
  cc.head = chain->next;
  cc.count = static_cast<std::uint32_t>(got - 1);
  return chain;
}

void* alloc_aligned_slow(std::size_t n, std::size_t align) noexcept {
  if (align <= 4096 && n <= kMaxSmall) {
    std::size_t s = n < align ? align : n;
    std::size_t pow2 = 8;
    while (pow2 < s) pow2 <<= 1;  // power-of-two classes are naturally aligned
    if (pow2 <= kMaxSmall) return alloc(pow2);
  }
  if (!heap_init()) return nullptr;
  return large_alloc(n, align);
}

ESC_RT_NOINLINE void free_class_slow(unsigned c, void* p) noexcept {
  register_thread();
  class_cache& cc = tl_cache.cls[c];
  auto* o = static_cast<free_obj*>(p);
  o->next = cc.head;
  cc.head = o;
  ++cc.count;
  // Return one batch, keep the rest hot.
  const std::size_t n = kTables.batch[c];
  free_obj* first = cc.head;
  free_obj* last = first;
  for (std::size_t i = 1; i < n; ++i) last = last->next;
  cc.head = last->next;
  cc.count -= static_cast<std::uint32_t>(n);
  central_put(c, first, last, n);
}

void free_slow(void* p) noexcept {
  if (p == nullptr) return;
  if (in_heap(p)) return free(p);
  auto* h = static_cast<large_header*>(p) - 1;
  g_large_live.fetch_sub(1, std::memory_order_relaxed);
  g_large_bytes.fetch_sub(h->len, std::memory_order_relaxed);
  ::munmap(h->base, h->len);
}

} // namespace esc::rt::detail

namespace esc::rt {

std::size_t usable_size(const void* p) noexcept {
  using namespace detail;
  if (p == nullptr) return 0;
  if constexpr (kSystemMalloc) return 0;
  if (in_heap(p)) return kClassSize[g_heap.pagemap[(reinterpret_cast<std::uintptr_t>(p) - g_heap.base) >> kPageShift]];
  auto* h = static_cast<const large_header*>(p) - 1;
  return h->len - (reinterpret_cast<std::uintptr_t>(p) - reinterpret_cast<std::uintptr_t>(h->base));
}

void flush_thread_cache() noexcept {
  using namespace detail;
  for (unsigned c = 1; c < kNumClasses; ++c) {
    class_cache& cc = tl_cache.cls[c];
    if (cc.head == nullptr) continue;
    free_obj* last = cc.head;
    while (last->next != nullptr) last = last->next;
    central_put(c, cc.head, last, cc.count);
    cc.head = nullptr;
    cc.count = 0;
  }
  tl_cache.registered = false;  // a later free re-arms the exit hook
}

heap_stats heap_statistics() noexcept {
  using namespace detail;
  return heap_stats{kHeapReserve, g_span_bytes.load(std::memory_order_relaxed),
                    g_spans.load(std::memory_order_relaxed),
                    g_large_live.load(std::memory_order_relaxed),
                    g_large_bytes.load(std::memory_order_relaxed)};
}

} // namespace esc::rt
