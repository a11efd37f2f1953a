// Thread pinning, Go's runtime.LockOSThread for tasks.
//
// lock_os_thread() is a plain call (not an awaitable): it marks the calling
// task as wired to the OS thread it is running on. From then on, until as many
// unlock_os_thread() calls as lock calls have been made, the task runs only on
// that thread and no other task runs there. When the pinned task suspends, its
// thread hands its P to another thread (an idle one, or a new one) so the rest
// of the program keeps running on nprocs Ps; the pinned thread sleeps until
// its task is readied and then runs it without a P (spawns from there go to
// the global queue). If a task ends while pinned, its thread is retired (it
// may have been left in a special kernel state) and the runtime replaces it.
//
// Outside a task the calls only count (the thread is already its own).
// Nesting is exact; unlock with no lock held is a no-op, as in Go.
#ifndef ESCAPEMENT_RT_PIN_HPP
#define ESCAPEMENT_RT_PIN_HPP

#include <escapement/annotations.hpp>

#include <cstddef>
#include <cstdint>

namespace esc::rt {

ESC_PINS_THREAD ESC_NOALLOC ESC_NONBLOCKING void lock_os_thread() noexcept;
ESC_UNPINS_THREAD ESC_NOALLOC ESC_NONBLOCKING void unlock_os_thread() noexcept;

// Current nesting depth of the calling task (or thread, outside tasks).
std::uint32_t os_thread_lock_depth() noexcept;

// Runtime threads currently wired to a task (all schedulers).
std::size_t pinned_threads() noexcept;

class pin_guard {
public:
  ESC_PINS_THREAD pin_guard() noexcept { lock_os_thread(); }
  ESC_UNPINS_THREAD ~pin_guard() { unlock_os_thread(); }
  pin_guard(const pin_guard&) = delete;
  pin_guard& operator=(const pin_guard&) = delete;
};

} // namespace esc::rt

#endif
