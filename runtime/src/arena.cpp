// Arena construction, destruction and overflow. The bump path is inline in
// arena.hpp; nothing here runs per allocation.
#include <escapement/rt/alloc.hpp>
#include <escapement/rt/arena.hpp>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <mutex>

namespace esc::rt {

namespace {
void default_overflow(const arena& a, std::size_t requested) {
  std::fprintf(stderr,
               "escapement: arena '%s' overflow: requested %zu bytes with %zu of %zu in use "
               "(peak %zu); aborting\n",
               a.name(), requested, a.used(), a.capacity(), a.peak());
}
std::atomic<arena_overflow_handler> g_handler{default_overflow};

// Construction and destruction only; never on the allocation path.
std::mutex g_live_mu;
arena* g_live = nullptr;
} // namespace

namespace detail {
void trace_live_arenas(arena_visitor f, void* ctx) noexcept {
  std::lock_guard<std::mutex> l(g_live_mu);
  for (const arena* a = g_live; a != nullptr; a = a->next_)
    f(ctx, a->name_, a->cap_, a->peak(), a->overflows());
}
} // namespace detail

arena::arena(std::size_t capacity, const char* name)
    : base_(reinterpret_cast<std::uintptr_t>(alloc_aligned(capacity ? capacity : 1, 64))),
      cap_(capacity), name_(name) {
  if (base_ == 0) {
    std::fprintf(stderr, "escapement: arena '%s': cannot reserve %zu bytes\n", name, capacity);
    std::abort();
  }
  std::lock_guard<std::mutex> l(g_live_mu);
  next_ = g_live;
  if (g_live != nullptr) g_live->prev_ = this;
  g_live = this;
}

arena::~arena() {
  {
    std::lock_guard<std::mutex> l(g_live_mu);
    if (prev_ != nullptr)
      prev_->next_ = next_;
    else
      g_live = next_;
    if (next_ != nullptr) next_->prev_ = prev_;
  }
  if (detail::tracing()) detail::trace_arena_done(name_, cap_, peak(), overflows());
  free(reinterpret_cast<void*>(base_));
}

arena_overflow_handler arena::set_overflow_handler(arena_overflow_handler h) noexcept {
  return g_handler.exchange(h ? h : default_overflow);
}

void arena::overflow(std::size_t requested) const noexcept {
  if (detail::tracing()) detail::trace_arena_done(name_, cap_, peak(), overflows());
  g_handler.load()(*this, requested);
  std::abort();
}

} // namespace esc::rt
