// Intrusive pairing heap of timer nodes, ordered by deadline. Insert is O(1),
// pop is amortised O(log n); nodes live in the sleeping tasks' frames, so the
// heap never allocates. Not thread-safe: sched::tlock guards it.
#ifndef ESCAPEMENT_RT_SRC_TIMER_HEAP_HPP
#define ESCAPEMENT_RT_SRC_TIMER_HEAP_HPP

#include <escapement/rt/timer.hpp>

#include <cstddef>

namespace esc::rt::detail {

class timer_heap {
public:
  bool empty() const noexcept { return root_ == nullptr; }
  std::size_t size() const noexcept { return n_; }
  timer_node* top() const noexcept { return root_; }

  void push(timer_node* n) noexcept {
    n->child = n->sibling = nullptr;
    root_ = meld(root_, n);
    ++n_;
  }

  timer_node* pop() noexcept {
    timer_node* r = root_;
    if (r == nullptr) return nullptr;
    root_ = merge_pairs(r->child);
    r->child = nullptr;
    --n_;
    return r;
  }

  void clear() noexcept {
    root_ = nullptr;
    n_ = 0;
  }

private:
  static timer_node* meld(timer_node* a, timer_node* b) noexcept {
    if (a == nullptr) return b;
    if (b == nullptr) return a;
    if (b->when < a->when) {
      timer_node* t = a;
      a = b;
      b = t;
    }
    b->sibling = a->child;
    a->child = b;
    return a;
  }

  // Two-pass merge, iterative (a long sibling list must not recurse).
  static timer_node* merge_pairs(timer_node* first) noexcept {
    timer_node* pairs = nullptr;  // merged pairs, pushed in reverse order
    while (first != nullptr) {
      timer_node* a = first;
      timer_node* b = a->sibling;
      if (b == nullptr) {
        a->sibling = pairs;
        pairs = a;
        break;
      }
      first = b->sibling;
      a->sibling = b->sibling = nullptr;
      timer_node* m = meld(a, b);
      m->sibling = pairs;
      pairs = m;
    }
    timer_node* r = nullptr;
    while (pairs != nullptr) {
      timer_node* n = pairs;
      pairs = n->sibling;
      n->sibling = nullptr;
      r = meld(r, n);
    }
    return r;
  }

  timer_node* root_ = nullptr;
  std::size_t n_ = 0;
};

} // namespace esc::rt::detail

#endif
