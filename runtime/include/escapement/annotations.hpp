// Escapement annotations.
//
// Every macro expands either to a `[[clang::annotate("escapement::...")]]`
// attribute (read by the analyzer from Clang's AST) or to a call of an empty
// inline marker function, so an ordinary compiler builds the code unchanged
// and an optimizing one emits nothing for it. GCC does not know
// `clang::annotate`, so outside Clang the attributes expand to nothing: they
// only matter to the analyzer, which is Clang.
//
// Placement (see docs/annotations.md):
//   ESC_NOALLOC void f(int);                    // function: before the declaration
//   struct ESC_NOT_SEND Handle { ... };         // type: after the class-key
//   ESC_LOOP_BOUND(16);                         // statement marker: its own statement
//   ESC_ARENA_ALLOC(bytes) void* alloc(std::size_t bytes);
#ifndef ESCAPEMENT_ANNOTATIONS_HPP
#define ESCAPEMENT_ANNOTATIONS_HPP

#if defined(__clang__)
#define ESC_ANNOTATE_(...) [[clang::annotate(__VA_ARGS__)]]
#else
#define ESC_ANNOTATE_(...)
#endif

// Allocation and blocking contracts.
#define ESC_NOALLOC ESC_ANNOTATE_("escapement::noalloc")
#define ESC_ALLOW_ALLOC ESC_ANNOTATE_("escapement::allow_alloc")
#define ESC_NONBLOCKING ESC_ANNOTATE_("escapement::nonblocking")
#define ESC_BLOCKING ESC_ANNOTATE_("escapement::blocking")

// Threads and sending.
#define ESC_SPAWN ESC_ANNOTATE_("escapement::spawn")
#define ESC_SEND ESC_ANNOTATE_("escapement::send")
#define ESC_NOT_SEND ESC_ANNOTATE_("escapement::not_send")
#define ESC_PINS_THREAD ESC_ANNOTATE_("escapement::pins_thread")
#define ESC_UNPINS_THREAD ESC_ANNOTATE_("escapement::unpins_thread")

// Timing.
#define ESC_DEADLINE_NS(n) ESC_ANNOTATE_("escapement::deadline_ns", (n))
#define ESC_WINDOW_NS(lo, hi) ESC_ANNOTATE_("escapement::window_ns", (lo), (hi))
#define ESC_COST_NS(n) ESC_ANNOTATE_("escapement::cost_ns", (n))

// Arenas.
#define ESC_ARENA_BOUND(bytes) ESC_ANNOTATE_("escapement::arena_bound", (bytes))
#define ESC_ARENA_ALLOC(size_param) ESC_ANNOTATE_("escapement::arena_alloc", #size_param)
#define ESC_ARENA_RESET ESC_ANNOTATE_("escapement::arena_reset")

namespace escapement::marker {
// Statement markers. The analyzer recognises calls to these by name; the
// bodies are empty so the optimizer removes the calls.
inline constexpr void loop_bound(unsigned long long) noexcept {}
inline constexpr void requires_(bool) noexcept {}
} // namespace escapement::marker

#define ESC_LOOP_BOUND(n) ::escapement::marker::loop_bound(n)
#define ESC_REQUIRES(cond) ::escapement::marker::requires_(static_cast<bool>(cond))

#endif // ESCAPEMENT_ANNOTATIONS_HPP
