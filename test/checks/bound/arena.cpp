// RUN: %check_escapement %s 'bound-arena' %t -- -- %cxxflags

// Arena use between resets, with the runtime's alignment rounding:
// allocate(n) starts at a multiple of alignof(std::max_align_t) (16),
// make<T>(n) takes n * sizeof(T) bytes at alignof(T).

#include <escapement/annotations.hpp>
#include <escapement/rt/arena.hpp>

#include <cstddef>
#include <cstdint>

using esc::rt::arena;

struct Header {
  std::uint32_t id;
  std::uint16_t len;
}; // 8 bytes, aligned to 4

// Phase one: 40, then 3 headers at 40 (64), then 1 byte at 64 (65).
// Phase two, after the reset: 33, then 8 bytes at 48 (56). The peak is 65,
// not the sum of both phases.
ESC_ARENA_BOUND(65) void cycle(arena &A) {
  A.allocate(40);
  A.make<Header>(3);
  A.allocate(1);
  A.reset();
  A.allocate(33);
  A.allocate(8);
}
ESC_ARENA_BOUND(64) void cycle_tight(arena &A) {
  A.allocate(40);
  A.make<Header>(3);
  A.allocate(1);
  A.reset();
  A.allocate(33);
  A.allocate(8);
}
// CHECK-MESSAGES: :[[@LINE-8]]:26: error: this path takes 65 bytes from arenas between resets, more than the 64-byte arena bound of 'cycle_tight' [bound-arena,-warnings-as-errors]
// CHECK-NOTES: :[[@LINE-8]]:5: note: 'esc::rt::arena::allocate' takes 40 bytes (40 bytes in use)
// CHECK-NOTES: :[[@LINE-8]]:5: note: 'esc::rt::arena::make' takes 24 bytes (64 bytes in use)
// CHECK-NOTES: :[[@LINE-8]]:5: note: 'esc::rt::arena::allocate' takes 1 byte (65 bytes in use)
// CHECK-NOTES: :[[@LINE-8]]:5: note: the arena is reset here (0 bytes in use)
// CHECK-NOTES: :[[@LINE-8]]:5: note: 'esc::rt::arena::allocate' takes 33 bytes (33 bytes in use)
// CHECK-NOTES: :[[@LINE-8]]:5: note: 'esc::rt::arena::allocate' takes 23 bytes (56 bytes in use)
// CHECK-NOTES: :[[@LINE-15]]:26: note: 'cycle_tight' is declared ESC_ARENA_BOUND(64) here

// A size from a parameter has no bound of its own...
ESC_ARENA_BOUND(1024) void packet(arena &A, std::size_t len) {
  A.allocate(16);
  A.allocate(len);
}
// CHECK-MESSAGES: :[[@LINE-4]]:28: error: this path takes 1025 bytes from arenas between resets, more than the 1024-byte arena bound of 'packet' [bound-arena,-warnings-as-errors]
// CHECK-NOTES: :[[@LINE-4]]:5: note: 'esc::rt::arena::allocate' takes 16 bytes (16 bytes in use)
// CHECK-NOTES: :[[@LINE-4]]:5: note: 'esc::rt::arena::allocate' takes 1009 bytes (1025 bytes in use)
// CHECK-NOTES: :[[@LINE-7]]:28: note: with len = 1009
// CHECK-NOTES: :[[@LINE-8]]:28: note: 'packet' is declared ESC_ARENA_BOUND(1024) here

// ...until a precondition gives it one: 16 + 1008 fits exactly.
ESC_ARENA_BOUND(1024) void packet_checked(arena &A, std::size_t len) {
  ESC_REQUIRES(len <= 1008);
  A.allocate(16);
  A.allocate(len);
}

// n headers from a parameter, bounded by the caller's precondition, inside
// a loop over records: 4 x (8 x 8) bytes = 256.
ESC_ARENA_BOUND(256) void records(arena &A, unsigned n) {
  ESC_REQUIRES(n <= 8);
  for (int r = 0; r < 4; ++r)
    A.make<Header>(n);
}
ESC_ARENA_BOUND(255) void records_tight(arena &A, unsigned n) {
  ESC_REQUIRES(n <= 8);
  for (int r = 0; r < 4; ++r)
    A.make<Header>(n);
}
// CHECK-MESSAGES: :[[@LINE-5]]:27: error: this path takes 256 bytes from arenas between resets, more than the 255-byte arena bound of 'records_tight' [bound-arena,-warnings-as-errors]
// CHECK-NOTES: :[[@LINE-4]]:3: note: the 'for' loop runs 4 times (256 bytes in use)
// CHECK-NOTES: :[[@LINE-4]]:7: note: 'esc::rt::arena::make' takes 64 bytes (first of 4 allocations here) (64 bytes in use)
// CHECK-NOTES: :[[@LINE-8]]:27: note: with n = 8
// CHECK-NOTES: :[[@LINE-9]]:27: note: 'records_tight' is declared ESC_ARENA_BOUND(255) here

// A user's own allocator, declared with the parameter that carries the size.
ESC_ARENA_ALLOC(bytes) void *pool_take(std::size_t bytes);
ESC_ARENA_BOUND(100) void own_allocator() {
  pool_take(60);
  pool_take(40);
}
