// RUN: %check_escapement %s 'heap-*' %t -- -- %cxxflags

// std::any keeps a value in place only when it fits libstdc++'s one-pointer
// (8-byte) buffer; anything bigger is stored on the heap.

#include <escapement/annotations.hpp>

#include <any>
#include <utility>

struct Quote {
  double Bid, Ask, BidSize, AskSize; // 32 bytes
};

// Negative: an int (and a pointer) fit the 8-byte buffer; moving an any
// moves its value or its pointer.
ESC_NOALLOC void small(std::any &Slot, Quote *Q) {
  std::any Count = 42;
  std::any Ptr = Q;
  Slot = 7;
  std::any Moved = std::move(Count);
}

ESC_NOALLOC void large(const Quote &Q) {
  std::any Box = Q;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: error: std::any stores this 32-byte 'Quote' on the heap: its small buffer holds 8 bytes of nothrow-movable data; 'large' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:18: note: 'large' is declared ESC_NOALLOC here
}

ESC_NOALLOC void assign_and_emplace(std::any &Slot, const Quote &Q) {
  Slot = Q;
  // CHECK-MESSAGES: :[[@LINE-1]]:8: error: std::any stores this 32-byte 'Quote' on the heap: its small buffer holds 8 bytes of nothrow-movable data; 'assign_and_emplace' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:18: note: 'assign_and_emplace' is declared ESC_NOALLOC here
  Slot.emplace<Quote>();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: error: std::any stores this 32-byte 'Quote' on the heap: its small buffer holds 8 bytes of nothrow-movable data; 'assign_and_emplace' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-6]]:18: note: 'assign_and_emplace' is declared ESC_NOALLOC here
  auto Made = std::make_any<Quote>();
  // CHECK-MESSAGES: :[[@LINE-1]]:15: error: std::any stores this 32-byte 'Quote' on the heap: its small buffer holds 8 bytes of nothrow-movable data; 'assign_and_emplace' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-9]]:18: note: 'assign_and_emplace' is declared ESC_NOALLOC here
  auto Tiny = std::make_any<int>(3); // negative: an int fits
}

ESC_NOALLOC void copy(const std::any &In) {
  std::any Out = In;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: error: copying a std::any allocates when its value is stored on the heap; 'copy' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: 'Out' is only read: bind it as a const reference and the copy goes away
  // CHECK-NOTES: :[[@LINE-4]]:18: note: 'copy' is declared ESC_NOALLOC here
}
// CHECK-FIXES: {{^}}  const std::any& Out = In;{{$}}

// Real-world pattern: a type-erased per-connection context slot, filled once
// at accept time (no contract) and read on the hot path.
struct Connection {
  std::any User;
  void accept(const Quote &Initial) { User = Initial; } // negative: no contract
  ESC_NOALLOC const Quote *last() const { return std::any_cast<Quote>(&User); } // negative: reads only
};

// The rule is libstdc++'s _Internal (and libc++'s _IsSmallObject): a value
// stays in place when it fits and is nothrow move constructible, trivially
// copyable or not.
struct Owner {
  int *P = nullptr;
  Owner() = default;
  Owner(Owner &&O) noexcept : P(O.P) { O.P = nullptr; }
  Owner(const Owner &O) : P(O.P) {}
  ~Owner() {}
};
struct Member { // implicit move, noexcept through its member
  Owner O;
};
struct Risky { // a move that may throw: stored on the heap
  int *P = nullptr;
  Risky() = default;
  Risky(Risky &&O) : P(O.P) {}
  Risky(const Risky &) = default;
};

ESC_NOALLOC void nothrow_movable(Owner &&O, Member &&M) {
  std::any A = std::move(O); // negative: 8 bytes, noexcept move
  std::any B = std::move(M); // negative: its implicit move is noexcept
}

ESC_NOALLOC void may_throw(Risky &&R) {
  std::any A = std::move(R);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: error: std::any stores this 8-byte 'Risky' on the heap: its small buffer holds 8 bytes of nothrow-movable data; 'may_throw' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:18: note: 'may_throw' is declared ESC_NOALLOC here
}
