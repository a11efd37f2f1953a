// Recorder entry points the scheduler calls behind detail::tracing().
#ifndef ESCAPEMENT_RT_SRC_TRACE_INTERNAL_HPP
#define ESCAPEMENT_RT_SRC_TRACE_INTERNAL_HPP

#include <escapement/rt/detail/g.hpp>

#include <coroutine>
#include <cstdint>

namespace esc::rt::detail {

void trace_spawn(promise_base* g) noexcept;
void trace_execute(promise_base* g, std::coroutine_handle<> h) noexcept;
void trace_task_exit(promise_base* g) noexcept;
// The monitor (sysmon.cpp): a poll of the task entered at `fn` has held its
// P for `held_ns` so far (`first`: first report of this poll); a P was
// retaken from a blocking section.
void trace_long_poll(std::uintptr_t fn, std::int64_t held_ns, bool first) noexcept;
void trace_retake() noexcept;

} // namespace esc::rt::detail

#endif
