// Build-wide facts the runtime adapts to, decided in exactly one place.
//
// Under AddressSanitizer the size-class allocator steps aside and every
// runtime allocation goes to malloc, so ASan can poison freed task frames and
// LeakSanitizer can see a task frame that shutdown failed to destroy. Under
// ThreadSanitizer the runtime's own allocator stays in use: its cross-thread
// free lists are exactly what TSan should look at.
#ifndef ESCAPEMENT_RT_DETAIL_CONFIG_HPP
#define ESCAPEMENT_RT_DETAIL_CONFIG_HPP

#if defined(__SANITIZE_ADDRESS__)
#define ESC_RT_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ESC_RT_ASAN 1
#endif
#endif

#if defined(__SANITIZE_THREAD__)
#define ESC_RT_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define ESC_RT_TSAN 1
#endif
#endif

#if defined(ESC_RT_ASAN) || defined(ESC_RT_TSAN)
#define ESC_RT_SANITIZED 1
#endif

#if defined(__GNUC__)
#define ESC_RT_INLINE inline __attribute__((always_inline))
#define ESC_RT_NOINLINE __attribute__((noinline))
#else
#define ESC_RT_INLINE inline
#define ESC_RT_NOINLINE
#endif

namespace esc::rt::detail {
#if defined(ESC_RT_ASAN)
inline constexpr bool kSystemMalloc = true;
#else
inline constexpr bool kSystemMalloc = false;
#endif
inline constexpr unsigned kCacheLine = 64;
} // namespace esc::rt::detail

#endif
