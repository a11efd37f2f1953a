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
//   page heap                 8 KiB pages out of one 16 GiB reservation
//                             (MAP_NORESERVE: untouched pages cost nothing):
//                             a released span of the same length if there is
//                             one, else the bump pointer. A new span is carved
//                             into objects of a single class and its pages are
//                             recorded in the page map (class, so free(p)
//                             needs no header) and the span map (first page).
//   scavenger                 returns spans whose objects are all free to the
//                             OS (madvise(MADV_DONTNEED)) and to the page heap
//                             for reuse by any class. Objects carry no
//                             per-span count on the fast paths; instead, when
//                             the bytes free in the central lists exceed a
//                             goal (or on release_free_memory()), one pass
//                             takes a class's central list, counts its objects
//                             per span, keeps those of partly used spans and
//                             releases the spans that are complete. Objects
//                             in thread caches count as in use. The pass runs
//                             on the thread whose free crossed the goal, with
//                             no central lock held while it counts.
//   large objects (> 32 KiB)  mmap'd individually with a 16-byte header
//                             {mapping base, mapping length} right before the
//                             payload, unmapped on free.
//
// Who may touch what: tl_cache only its thread; central[c] under its lock;
// page-heap bump pointer, the released-span lists and the page/span map
// entries of a span being (re)assigned under heap_lock; the span records'
// scratch counts only the scavenger (under g_scavenge_mu);
// g_heap.{base,pagemap} are written once before the first object is handed
// out, so any thread holding an object can read them without a lock.
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

// Per span, indexed by its first page: the scavenger's count and the link of
// the released-span list.
struct span_rec {
  std::uint32_t scratch;
  std::uint32_t next;
};
constexpr std::uint32_t kNoSpan = ~std::uint32_t{0};
constexpr std::size_t kHeapPages = kHeapReserve >> kPageShift;
constexpr std::uint32_t kMaxSpanPages = 10;
// Scavenge when this much is free in the central lists (and at least half
// of all carved span bytes, so that a big steady heap is not churned).
constexpr std::size_t kScavengeMin = std::size_t{32} << 20;

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
std::uint32_t* g_spanmap = nullptr;  // page -> first page of its span
span_rec* g_spanrec = nullptr;       // by first page
std::uint32_t g_released[kMaxSpanPages + 1];  // released spans by length, under g_heap_lock
std::mutex g_scavenge_mu;
std::atomic<std::size_t> g_central_free{0};   // bytes in central lists (hint)
std::atomic<std::size_t> g_released_bytes{0};
std::atomic<std::size_t> g_scavenges{0};
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
  void* sm = map(kHeapPages * sizeof(std::uint32_t));
  void* sr = map(kHeapPages * sizeof(span_rec));
  if (raw == nullptr || pm == nullptr || sm == nullptr || sr == nullptr) {
    std::fputs("escapement: cannot reserve the allocator's address space\n", stderr);
    return false;
  }
  auto base = (reinterpret_cast<std::uintptr_t>(raw) + kAlign - 1) & ~(kAlign - 1);
  ::pthread_key_create(&g_exit_key, thread_exit);
  g_spanmap = static_cast<std::uint32_t*>(sm);
  g_spanrec = static_cast<span_rec*>(sr);
  for (std::uint32_t& r : g_released) r = kNoSpan;
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
    std::size_t first = g_released[pages];
    if (first != kNoSpan) {
      g_released[pages] = g_spanrec[first].next;
      g_released_bytes.fetch_sub(pages << kPageShift, std::memory_order_relaxed);
    } else {
      if ((g_next_page + pages) << kPageShift > kHeapReserve) return nullptr;
      first = g_next_page;
      g_next_page += pages;
    }
    start = g_heap.base + (first << kPageShift);
    std::memset(g_heap.pagemap + first, static_cast<int>(c), pages);
    for (std::size_t i = 0; i < pages; ++i) g_spanmap[first + i] = static_cast<std::uint32_t>(first);
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
      g_central_free.fetch_sub(want * kClassSize[c], std::memory_order_relaxed);
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
      g_central_free.fetch_sub(n * kClassSize[c], std::memory_order_relaxed);
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
  g_central_free.fetch_add((n - want) * kClassSize[c], std::memory_order_relaxed);
  got = want;
  return first;
}

std::size_t scavenge_all() noexcept;

void maybe_scavenge() noexcept {
  const std::size_t free_bytes = g_central_free.load(std::memory_order_relaxed);
  if (free_bytes < kScavengeMin || free_bytes < g_span_bytes.load(std::memory_order_relaxed) / 2) return;
  if (!g_scavenge_mu.try_lock()) return;  // someone is at it
  std::lock_guard<std::mutex> g(g_scavenge_mu, std::adopt_lock);
  scavenge_all();
}

void central_put(unsigned c, free_obj* first, free_obj* last, std::size_t n) {
  central_list& cl = g_central[c];
  g_central_free.fetch_add(n * kClassSize[c], std::memory_order_relaxed);
  if (n == kTables.batch[c] && kClassSize[c] >= sizeof(free_batch)) {
    last->next = nullptr;
    auto* b = reinterpret_cast<free_batch*>(first);
    {
      spin_guard g(cl.lock);
      b->next_batch = cl.batches;
      cl.batches = b;
    }
    maybe_scavenge();
    return;
  }
  {
    spin_guard g(cl.lock);
    last->next = cl.head;
    cl.head = first;
    cl.count += n;
  }
  maybe_scavenge();
}

std::uint32_t span_of(const void* p) noexcept {
  return g_spanmap[(reinterpret_cast<std::uintptr_t>(p) - g_heap.base) >> kPageShift];
}

// One class: take its central list, find the spans all of whose objects are
// in it, give the rest back, release those spans. g_scavenge_mu held.
std::size_t scavenge_class(unsigned c) noexcept {
  central_list& cl = g_central[c];
  free_obj* loose;
  free_batch* batches;
  {
    spin_guard g(cl.lock);
    loose = cl.head;
    batches = cl.batches;
    cl.head = nullptr;
    cl.batches = nullptr;
    cl.count = 0;
  }
  // One chain of everything (batches are dissolved).
  free_obj* all = loose;
  for (free_batch* b = batches; b != nullptr;) {
    free_batch* nb = b->next_batch;
    auto* f = reinterpret_cast<free_obj*>(b);
    free_obj* l = f;
    while (l->next != nullptr) l = l->next;
    l->next = all;
    all = f;
    b = nb;
  }
  if (all == nullptr) return 0;
  std::size_t total = 0;
  for (free_obj* o = all; o != nullptr; o = o->next) {
    ++g_spanrec[span_of(o)].scratch;
    ++total;
  }
  const std::size_t pages = kTables.pages[c];
  const std::uint32_t per_span = static_cast<std::uint32_t>((pages << kPageShift) / kClassSize[c]);
  // Survivors back into one chain; complete spans onto a release list.
  free_obj* keep = nullptr;
  std::size_t kept = 0;
  std::uint32_t release = kNoSpan;
  for (free_obj* o = all; o != nullptr;) {
    free_obj* next = o->next;
    const std::uint32_t sp = span_of(o);
    span_rec& r = g_spanrec[sp];
    if (r.scratch == per_span) {
      r.scratch = kNoSpan;  // listed once
      r.next = release;
      release = sp;
    } else if (r.scratch != kNoSpan) {
      o->next = keep;
      keep = o;
      ++kept;
    }
    o = next;
  }
  for (free_obj* o = keep; o != nullptr; o = o->next) g_spanrec[span_of(o)].scratch = 0;
  if (keep != nullptr) {
    free_obj* last = keep;
    while (last->next != nullptr) last = last->next;
    spin_guard g(cl.lock);
    last->next = cl.head;
    cl.head = keep;
    cl.count += kept;
  }
  g_central_free.fetch_sub((total - kept) * kClassSize[c], std::memory_order_relaxed);
  std::size_t released = 0;
  while (release != kNoSpan) {
    const std::uint32_t sp = release;
    release = g_spanrec[sp].next;
    g_spanrec[sp].scratch = 0;
    void* at = reinterpret_cast<void*>(g_heap.base + (std::uintptr_t{sp} << kPageShift));
    // Before the span is visible for reuse: whoever takes it next finds zero pages.
    ::madvise(at, pages << kPageShift, MADV_DONTNEED);
    {
      std::lock_guard<std::mutex> g(g_heap_lock);
      std::memset(g_heap.pagemap + sp, 0, pages);
      g_spanrec[sp].next = g_released[pages];
      g_released[pages] = sp;
    }
    released += pages << kPageShift;
  }
  g_spans.fetch_sub(released / (pages << kPageShift), std::memory_order_relaxed);
  g_span_bytes.fetch_sub(released, std::memory_order_relaxed);
  g_released_bytes.fetch_add(released, std::memory_order_relaxed);
  return released;
}

std::size_t scavenge_all() noexcept {
  g_scavenges.fetch_add(1, std::memory_order_relaxed);
  std::size_t released = 0;
  for (unsigned c = 1; c < kNumClasses; ++c) released += scavenge_class(c);
  return released;
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
  return heap_stats{kHeapReserve,
                    g_span_bytes.load(std::memory_order_relaxed),
                    g_spans.load(std::memory_order_relaxed),
                    g_large_live.load(std::memory_order_relaxed),
                    g_large_bytes.load(std::memory_order_relaxed),
                    g_central_free.load(std::memory_order_relaxed),
                    g_released_bytes.load(std::memory_order_relaxed),
                    g_scavenges.load(std::memory_order_relaxed)};
}

std::size_t release_free_memory() noexcept {
  using namespace detail;
  if constexpr (kSystemMalloc) return 0;
  if (!g_ready.load(std::memory_order_acquire)) return 0;
  flush_thread_cache();
  std::lock_guard<std::mutex> g(g_scavenge_mu);
  return scavenge_all();
}

} // namespace esc::rt
