// channel<T>: bounded multi-producer multi-consumer channel (Go's chan).
//
//   esc::rt::channel<int> ch(16);          // capacity 0 = unbuffered rendezvous
//   bool ok = co_await ch.send(42);        // false once the channel is closed
//   std::optional<int> v = co_await ch.recv();  // nullopt: closed and drained
//
// Invariants (all under lock_, a spinlock held for a few dozen instructions):
//   * buffered values and waiters never coexist on the wrong side: if
//     receivers wait, the buffer is empty; if senders wait, it is full;
//   * a waiter node lives in the awaiter, i.e. in the waiting task's frame
//     (or on a blocked thread's stack): waiting allocates nothing;
//   * a node is unlinked, and its result written, by the partner under the
//     lock; the partner readies the waiter only after unlocking, and never
//     touches the node after readying it;
//   * an awaiter destroyed while still enqueued (its task cancelled by
//     shutdown) unlinks itself, and a channel destroyed with waiters marks
//     them unlinked, so neither side dangles.
// The buffer is allocated once, at construction.
#ifndef ESCAPEMENT_RT_CHANNEL_HPP
#define ESCAPEMENT_RT_CHANNEL_HPP

#include <escapement/annotations.hpp>
#include <escapement/rt/detail/futex.hpp>
#include <escapement/rt/detail/g.hpp>
#include <escapement/rt/detail/spinlock.hpp>

#include <atomic>
#include <coroutine>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <optional>
#include <utility>

namespace esc::rt {

namespace detail {

struct waiter {
  waiter* next = nullptr;
  void* who = nullptr;   // promise_base* (a task to ready), or, if `thread`,
                         // std::atomic<uint32_t>* (a blocked thread to wake)
  void* slot = nullptr;  // send: T*; recv: std::optional<T>*
  bool thread = false;
  bool ok = false;
  bool enqueued = false;

  void set_task(promise_base* g) noexcept { who = g; }
  void set_thread(std::atomic<std::uint32_t>* f) noexcept {
    who = f;
    thread = true;
  }
};

// FIFO, singly linked (a waiter is 32 bytes of the waiting frame); unlinking
// from the middle walks the list, which only happens when a waiting task is
// cancelled.
struct wait_list {
  waiter* head = nullptr;
  waiter* tail = nullptr;
  bool empty() const noexcept { return head == nullptr; }
  void push(waiter* w) noexcept {
    w->next = nullptr;
    if (tail != nullptr)
      tail->next = w;
    else
      head = w;
    tail = w;
    w->enqueued = true;
  }
  waiter* pop() noexcept {
    waiter* w = head;
    if (w == nullptr) return nullptr;
    head = w->next;
    if (head == nullptr) tail = nullptr;
    w->next = nullptr;
    w->enqueued = false;
    return w;
  }
  void unlink(waiter* w) noexcept {
    waiter* prev = nullptr;
    for (waiter* it = head; it != nullptr; prev = it, it = it->next) {
      if (it != w) continue;
      if (prev != nullptr)
        prev->next = w->next;
      else
        head = w->next;
      if (tail == w) tail = prev;
      break;
    }
    w->next = nullptr;
    w->enqueued = false;
  }
};

// After the lock is released: resume the waiting task or thread.
ESC_NOALLOC ESC_NONBLOCKING inline void wake(waiter* w) noexcept {
  if (!w->thread) return ready(static_cast<promise_base*>(w->who));
  auto* f = static_cast<std::atomic<std::uint32_t>*>(w->who);  // w may die once f is set
  f->store(1, std::memory_order_release);
  futex_wake(f, 1);
}

enum class op_status { done, would_block, closed };

} // namespace detail

template <class T>
class channel {
public:
  explicit channel(std::size_t capacity)
      : buf_(capacity ? static_cast<T*>(::operator new(capacity * sizeof(T), std::align_val_t{alignof(T)}))
                      : nullptr),
        cap_(capacity) {}

  ~channel() {
    for (detail::waiter* w = senders_.head; w != nullptr; w = w->next) w->enqueued = false;
    for (detail::waiter* w = receivers_.head; w != nullptr; w = w->next) w->enqueued = false;
    for (std::size_t i = 0; i < count_; ++i) std::destroy_at(&buf_[(head_ + i) % cap_]);
    if (buf_ != nullptr) ::operator delete(buf_, std::align_val_t{alignof(T)});
  }
  channel(const channel&) = delete;
  channel& operator=(const channel&) = delete;

  class send_awaiter {
  public:
    send_awaiter(channel& ch, T v) noexcept(std::is_nothrow_move_constructible_v<T>)
        : ch_(ch), value_(std::move(v)) {}
    ~send_awaiter() { ch_.cancel(w_, ch_.senders_); }
    bool await_ready() const noexcept { return false; }
    ESC_NOALLOC ESC_NONBLOCKING bool await_suspend(std::coroutine_handle<> h) noexcept {
      detail::waiter* wake = nullptr;
      ch_.lock_.lock();
      const detail::op_status st = ch_.send_locked(value_, wake);
      if (st == detail::op_status::would_block) {
        detail::promise_base* g = detail::current_g();
        g->resume_point = h;
        w_.set_task(g);
        w_.slot = &value_;
        ch_.senders_.push(&w_);
        ch_.lock_.unlock();
        return true;
      }
      ch_.lock_.unlock();
      w_.ok = st == detail::op_status::done;
      if (wake != nullptr) detail::wake(wake);
      return false;
    }
    bool await_resume() const noexcept { return w_.ok; }

  private:
    channel& ch_;
    T value_;
    detail::waiter w_;
  };

  class recv_awaiter {
  public:
    explicit recv_awaiter(channel& ch) noexcept : ch_(ch) {}
    ~recv_awaiter() { ch_.cancel(w_, ch_.receivers_); }
    bool await_ready() const noexcept { return false; }
    ESC_NOALLOC ESC_NONBLOCKING bool await_suspend(std::coroutine_handle<> h) noexcept {
      detail::waiter* wake = nullptr;
      ch_.lock_.lock();
      const detail::op_status st = ch_.recv_locked(out_, wake);
      if (st == detail::op_status::would_block) {
        detail::promise_base* g = detail::current_g();
        g->resume_point = h;
        w_.set_task(g);
        w_.slot = &out_;
        ch_.receivers_.push(&w_);
        ch_.lock_.unlock();
        return true;
      }
      ch_.lock_.unlock();
      if (wake != nullptr) detail::wake(wake);
      return false;
    }
    std::optional<T> await_resume() noexcept(std::is_nothrow_move_constructible_v<T>) {
      return std::move(out_);
    }

  private:
    channel& ch_;
    std::optional<T> out_;
    detail::waiter w_;
  };

  // co_await ch.send(v): true when delivered, false when the channel is closed.
  ESC_NOALLOC ESC_NONBLOCKING send_awaiter send(T v) { return send_awaiter(*this, std::move(v)); }
  // co_await ch.recv(): a value, or nullopt when closed and drained.
  ESC_NOALLOC ESC_NONBLOCKING recv_awaiter recv() noexcept { return recv_awaiter(*this); }

  // Never suspends: done, would_block (full) or closed.
  ESC_NOALLOC ESC_NONBLOCKING detail::op_status try_send(T& v) noexcept {
    detail::waiter* wake = nullptr;
    lock_.lock();
    const detail::op_status st = send_locked(v, wake);
    lock_.unlock();
    if (wake != nullptr) detail::wake(wake);
    return st;
  }
  ESC_NOALLOC ESC_NONBLOCKING std::optional<T> try_recv() noexcept {
    std::optional<T> out;
    detail::waiter* wake = nullptr;
    lock_.lock();
    recv_locked(out, wake);
    lock_.unlock();
    if (wake != nullptr) detail::wake(wake);
    return out;
  }

  // For threads outside the scheduler: block the OS thread.
  ESC_BLOCKING bool blocking_send(T v) {
    detail::waiter w;
    std::atomic<std::uint32_t> flag{0};
    detail::waiter* wake = nullptr;
    lock_.lock();
    const detail::op_status st = send_locked(v, wake);
    if (st == detail::op_status::would_block) {
      w.set_thread(&flag);
      w.slot = &v;
      senders_.push(&w);
      lock_.unlock();
      detail::wait_nonzero(&flag);
      return w.ok;
    }
    lock_.unlock();
    if (wake != nullptr) detail::wake(wake);
    return st == detail::op_status::done;
  }
  ESC_BLOCKING std::optional<T> blocking_recv() {
    std::optional<T> out;
    detail::waiter w;
    std::atomic<std::uint32_t> flag{0};
    detail::waiter* wake = nullptr;
    lock_.lock();
    if (recv_locked(out, wake) == detail::op_status::would_block) {
      w.set_thread(&flag);
      w.slot = &out;
      receivers_.push(&w);
      lock_.unlock();
      detail::wait_nonzero(&flag);
      return out;
    }
    lock_.unlock();
    if (wake != nullptr) detail::wake(wake);
    return out;
  }

  // Wakes every waiter: senders get false, receivers drain then get nullopt.
  void close() noexcept {
    detail::waiter* first = nullptr;
    detail::waiter* last = nullptr;
    lock_.lock();
    closed_ = true;
    for (detail::wait_list* l : {&senders_, &receivers_}) {
      while (detail::waiter* w = l->pop()) {  // pop marks it unlinked
        w->ok = false;
        if (last != nullptr)
          last->next = w;
        else
          first = w;
        last = w;
      }
    }
    lock_.unlock();
    while (first != nullptr) {
      detail::waiter* next = first->next;  // read before the waiter may run
      detail::wake(first);
      first = next;
    }
  }

  bool closed() const noexcept {
    spin_lock_const g(*this);
    return closed_;
  }
  std::size_t size() const noexcept {
    spin_lock_const g(*this);
    return count_;
  }
  std::size_t capacity() const noexcept { return cap_; }

private:
  struct spin_lock_const {
    explicit spin_lock_const(const channel& c) noexcept : c_(const_cast<channel&>(c)) { c_.lock_.lock(); }
    ~spin_lock_const() { c_.lock_.unlock(); }
    channel& c_;
  };

  detail::op_status send_locked(T& v, detail::waiter*& wake) noexcept {
    if (closed_) return detail::op_status::closed;
    if (detail::waiter* r = receivers_.pop()) {  // buffer is empty: hand over
      static_cast<std::optional<T>*>(r->slot)->emplace(std::move(v));
      r->ok = true;
      wake = r;
      return detail::op_status::done;
    }
    if (count_ < cap_) {
      ::new (static_cast<void*>(&buf_[(head_ + count_) % cap_])) T(std::move(v));
      ++count_;
      return detail::op_status::done;
    }
    return detail::op_status::would_block;
  }

  detail::op_status recv_locked(std::optional<T>& out, detail::waiter*& wake) noexcept {
    if (count_ > 0) {
      T& front = buf_[head_];
      out.emplace(std::move(front));
      std::destroy_at(&front);
      head_ = (head_ + 1) % cap_;
      --count_;
      if (detail::waiter* s = senders_.pop()) {  // refill the slot just freed
        ::new (static_cast<void*>(&buf_[(head_ + count_) % cap_])) T(std::move(*static_cast<T*>(s->slot)));
        ++count_;
        s->ok = true;
        wake = s;
      }
      return detail::op_status::done;
    }
    if (detail::waiter* s = senders_.pop()) {  // unbuffered rendezvous
      out.emplace(std::move(*static_cast<T*>(s->slot)));
      s->ok = true;
      wake = s;
      return detail::op_status::done;
    }
    return closed_ ? detail::op_status::closed : detail::op_status::would_block;
  }

  void cancel(detail::waiter& w, detail::wait_list& l) noexcept {
    if (!w.enqueued) return;
    lock_.lock();
    if (w.enqueued) l.unlink(&w);
    lock_.unlock();
  }

  mutable detail::spinlock lock_;
  T* buf_;
  std::size_t cap_;
  std::size_t head_ = 0;
  std::size_t count_ = 0;
  bool closed_ = false;
  detail::wait_list senders_;
  detail::wait_list receivers_;
};

} // namespace esc::rt

#endif
