// Timers: sleep_for's deadline heap per scheduler (see timer.hpp).
//
// The heap and its nodes are touched only under sched::tlock. next_deadline
// mirrors the earliest deadline so that workers can skip the lock (and the
// clock read) when nothing is due; it is only a hint: the heap is the truth.
// A due G goes to the tail of the polling worker's run queue (or to its
// pinned thread's mailbox), never to `next`: it did not just communicate.
#include "sched.hpp"

#include <escapement/rt/detail/futex.hpp>

#include <chrono>
#include <climits>

namespace esc::rt::detail {

std::int64_t now_ns() noexcept {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

void sched::poll_timers(processor* p) noexcept {
  const std::int64_t nd = next_deadline.load(std::memory_order_acquire);
  if (nd == INT64_MAX) return;
  const std::int64_t now = now_ns();
  if (now < nd || !tlock.try_lock()) return;
  unsigned n = 0;
  while (timer_node* t = timers.top()) {
    if (t->when > now) break;
    timers.pop();
    promise_base* g = t->g;  // t dies with the frame once g runs
    if (g->locked_m != nullptr)
      deliver(g->locked_m, g);
    else
      p->q.push_tail(g, inj);
    ++n;
  }
  next_deadline.store(timers.empty() ? INT64_MAX : timers.top()->when, std::memory_order_release);
  tlock.unlock();
  if (n != 0) notify_work();
}

void sched::add_timer(timer_node* n) noexcept {
  bool earliest;
  {
    spin_guard l(tlock);
    timers.push(n);
    earliest = timers.top() == n;
    if (earliest) next_deadline.store(n->when, std::memory_order_release);
  }
  // A parked worker computed its sleep from the old deadline: let one re-plan.
  if (earliest) notify_work();
}

void timer_add(timer_node* n) noexcept {
  if (n->g == nullptr) fatal("esc::rt::sleep_for awaited outside a scheduler's task");
  n->g->owner->add_timer(n);
}

} // namespace esc::rt::detail
