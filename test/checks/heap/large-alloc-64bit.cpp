// RUN: %check_escapement -check-suffixes=,DEFAULT %s 'heap-large-alloc' %t -- -- %cxxflags
// RUN: %check_escapement -check-suffixes=HIGH %s 'heap-large-alloc' %t -- -config="{CheckOptions: {heap-large-alloc.Threshold: 4294967296}}" -- %cxxflags

// Sizes and thresholds past 4 GiB are printed whole (they were cut to 32
// bits: 5000000000 bytes read as 705032704).

#include <escapement/annotations.hpp>

#include <cstddef>

ESC_NOALLOC char *huge() {
  return new char[5000000000ull];
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:10: warning: large allocation of 5000000000 bytes in hot function 'huge' (threshold 32768 bytes) [heap-large-alloc]
  // CHECK-MESSAGES-HIGH: :[[@LINE-2]]:10: warning: large allocation of 5000000000 bytes in hot function 'huge' (threshold 4294967296 bytes) [heap-large-alloc]
}

struct Block { char Bytes[1u << 20]; };
inline Block *blocks(std::size_t) { return new Block[6000]; }

ESC_NOALLOC Block *through_call() {
  return blocks(1);
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:10: warning: call to 'blocks' makes a large allocation of 6291456000 bytes in hot function 'through_call' (threshold 32768 bytes) [heap-large-alloc]
  // CHECK-NOTES-DEFAULT: :[[@LINE-5]]:44: note: 'new Block[]' allocates on the heap (6291456000 bytes)
  // CHECK-MESSAGES-HIGH: :[[@LINE-3]]:10: warning: call to 'blocks' makes a large allocation of 6291456000 bytes in hot function 'through_call' (threshold 4294967296 bytes) [heap-large-alloc]
  // CHECK-NOTES-HIGH: :[[@LINE-7]]:44: note: 'new Block[]' allocates on the heap (6291456000 bytes)
}

// Below the 4 GiB threshold (HIGH): silent; above the default: reported.
ESC_NOALLOC char *big_but_fine() { return new char[100000]; }
// CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:43: warning: large allocation of 100000 bytes in hot function 'big_but_fine' (threshold 32768 bytes) [heap-large-alloc]

// A member call is reported at the member's name, where heap-noalloc puts
// the same site (one site location for every check).
struct Pool { Block *grab() { return new Block[6000]; } };
ESC_NOALLOC Block *member_call(Pool &P) { return P.grab(); }
// CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:52: warning: call to 'Pool::grab' makes a large allocation of 6291456000 bytes in hot function 'member_call' (threshold 32768 bytes) [heap-large-alloc]
// CHECK-NOTES-DEFAULT: :[[@LINE-3]]:38: note: 'new Block[]' allocates on the heap (6291456000 bytes)
// CHECK-MESSAGES-HIGH: :[[@LINE-3]]:52: warning: call to 'Pool::grab' makes a large allocation of 6291456000 bytes in hot function 'member_call' (threshold 4294967296 bytes) [heap-large-alloc]
// CHECK-NOTES-HIGH: :[[@LINE-5]]:38: note: 'new Block[]' allocates on the heap (6291456000 bytes)
