// Futex wait/wake on a 32-bit atomic. Used instead of std::atomic::wait where
// a timeout is needed (parked workers sleep until the next timer) or where the
// waker may touch the word after the waiter has returned (a futex wake on a
// dead address is harmless; notify on a destroyed std::atomic is not allowed).
#ifndef ESCAPEMENT_RT_DETAIL_FUTEX_HPP
#define ESCAPEMENT_RT_DETAIL_FUTEX_HPP

#include <escapement/annotations.hpp>

#include <atomic>
#include <cstdint>

namespace esc::rt::detail {

// Sleeps while *w == expected, at most timeout_ns (< 0: no limit).
ESC_BLOCKING void futex_wait(std::atomic<std::uint32_t>* w, std::uint32_t expected,
                             std::int64_t timeout_ns = -1) noexcept;
ESC_NONBLOCKING void futex_wake(std::atomic<std::uint32_t>* w, int n = 1) noexcept;

// Block the calling thread until *w != 0 (spins briefly first).
ESC_BLOCKING void wait_nonzero(std::atomic<std::uint32_t>* w) noexcept;

} // namespace esc::rt::detail

#endif
