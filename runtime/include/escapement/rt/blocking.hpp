// blocking_section: mark a blocking call made from a task (Go's
// entersyscall/exitsyscall).
//
//   rt::task<void> read_file(int fd) {
//     ...
//     { rt::blocking_section b; n = ::read(fd, buf, len); }
//   }
//
// A task that blocks its OS thread also blocks the processor (P) that
// thread holds, and with it every task queued there. While a section is
// open, the scheduler's monitor thread may take the P away after a short
// while (scheduler_options::retake_after, 20 µs by default) and hand it to
// another thread, so the other tasks keep running; the blocked task finishes
// its current step on its own thread without a P and then waits for a P
// again. Outside tasks (and in a task that holds no P) it does nothing.
// Sections nest; only the outermost one counts. The runtime's own blocking
// entry points called from a task (join_handle::get, blocking_send/recv,
// wait_group::blocking_wait, blocking_sleep_for) open one themselves.
#ifndef ESCAPEMENT_RT_BLOCKING_HPP
#define ESCAPEMENT_RT_BLOCKING_HPP

namespace esc::rt {

namespace detail {
void blocking_enter() noexcept;
void blocking_exit() noexcept;
} // namespace detail

class blocking_section {
public:
  blocking_section() noexcept { detail::blocking_enter(); }
  ~blocking_section() { detail::blocking_exit(); }
  blocking_section(const blocking_section&) = delete;
  blocking_section& operator=(const blocking_section&) = delete;
};

} // namespace esc::rt

#endif
