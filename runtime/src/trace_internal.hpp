// Recorder entry points the scheduler calls behind detail::tracing().
#ifndef ESCAPEMENT_RT_SRC_TRACE_INTERNAL_HPP
#define ESCAPEMENT_RT_SRC_TRACE_INTERNAL_HPP

#include <escapement/rt/detail/g.hpp>

#include <coroutine>

namespace esc::rt::detail {

void trace_spawn(promise_base* g) noexcept;
void trace_execute(promise_base* g, std::coroutine_handle<> h) noexcept;
void trace_task_exit(promise_base* g) noexcept;

} // namespace esc::rt::detail

#endif
