// RUN: %check_escapement %s 'heap-*' %t -- -- %cxxflags

// std::function against libstdc++'s small buffer: 16 bytes, alignment 8, and
// only for trivially copyable ("location invariant") callables.

#include <escapement/annotations.hpp>

#include <functional>
#include <memory>
#include <utility>

struct Book {
  long Bid = 0, Ask = 0;
};

int add(int A, int B) { return A + B; }

// Negative: two pointers make a 16-byte trivially copyable closure, which
// std::function keeps in place.
ESC_NOALLOC void two_pointers(long *Dst, const long *Src) {
  std::function<void()> F = [Dst, Src] { *Dst = *Src; };
}

ESC_NOALLOC void three_captures(long *Dst, const long *Src, long Bias) {
  std::function<void()> F = [Dst, Src, Bias] { *Dst = *Src + Bias; };
  // CHECK-MESSAGES: :[[@LINE-1]]:29: error: std::function stores this 24-byte closure on the heap: its small buffer holds 16 bytes; 'three_captures' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:18: note: 'three_captures' is declared ESC_NOALLOC here
}

ESC_NOALLOC void shared_capture(std::shared_ptr<Book> B) {
  std::function<long()> F = [B] { return B->Bid; };
  // CHECK-MESSAGES: :[[@LINE-1]]:29: error: std::function stores this 16-byte closure on the heap although it fits the 16-byte buffer: it captures 'B' of type 'std::shared_ptr<Book>', which is not trivially copyable; 'shared_capture' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:18: note: 'shared_capture' is declared ESC_NOALLOC here
}

// Negative: function pointers (and references to functions) are stored in
// place; moving and default construction never allocate.
ESC_NOALLOC void pointers(std::function<int(int, int)> &Slot) {
  std::function<int(int, int)> ByName = add;
  std::function<int(int, int)> ByAddress = &add;
  std::function<int(int, int)> Empty;
  std::function<int(int, int)> Moved = std::move(Slot);
}

ESC_NOALLOC void copy(const std::function<void()> &In) {
  std::function<void()> Out = In;
  // CHECK-MESSAGES: :[[@LINE-1]]:31: error: copying a std::function allocates when its callable is stored on the heap; 'copy' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-2]]:25: note: 'Out' is only read: bind it as a const reference and the copy goes away
  // CHECK-NOTES: :[[@LINE-4]]:18: note: 'copy' is declared ESC_NOALLOC here
}
// CHECK-FIXES: {{^}}  const std::function<void()>& Out = In;{{$}}

// Assigning a lambda to an existing std::function: the same rule as construction.
ESC_NOALLOC void reassign(std::function<void()> &Slot, long *Dst, long V) {
  Slot = [Dst] { *Dst = 0; }; // negative: 8-byte closure
  Slot = [Dst, V, W = V] { *Dst = V + W; };
  // CHECK-MESSAGES: :[[@LINE-1]]:8: error: std::function stores this 24-byte closure on the heap: its small buffer holds 16 bytes; 'reassign' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-4]]:18: note: 'reassign' is declared ESC_NOALLOC here
}

// Calling a std::function runs whatever it holds: said, not silently trusted.
ESC_NOALLOC int invoke(const std::function<int(int, int)> &F) {
  return F(1, 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'invoke' must not allocate, but it calls the target of a std::function, which Escapement cannot see [heap-noalloc-unproven]
  // CHECK-NOTES: :[[@LINE-3]]:17: note: 'invoke' is declared ESC_NOALLOC here
}

// Real-world pattern: a market-data callback registry. Registering happens at
// start-up (no contract); dispatch is on the hot path.
struct Registry {
  std::function<void(const Book &)> Handlers[8];
  int N = 0;

  // Negative: registration is not a no-allocation context.
  void on_quote(std::function<void(const Book &)> H) { Handlers[N++] = std::move(H); }

  ESC_NOALLOC void subscribe_counter(long *Counter, long *Last) {
    Handlers[N++] = [Counter, Last](const Book &B) { ++*Counter; *Last = B.Bid; };
  }

  ESC_NOALLOC void subscribe_book(std::shared_ptr<Book> Mirror) {
    Handlers[N++] = [Mirror](const Book &B) { *Mirror = B; };
    // CHECK-MESSAGES: :[[@LINE-1]]:19: error: std::function stores this 16-byte closure on the heap although it fits the 16-byte buffer: it captures 'Mirror' of type 'std::shared_ptr<Book>', which is not trivially copyable; 'Registry::subscribe_book' must not allocate [heap-noalloc,-warnings-as-errors]
    // CHECK-NOTES: :[[@LINE-3]]:20: note: 'Registry::subscribe_book' is declared ESC_NOALLOC here
  }

  ESC_NOALLOC void dispatch(const Book &B) {
    for (int I = 0; I < N; ++I)
      Handlers[I](B);
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'Registry::dispatch' must not allocate, but it calls the target of a std::function, which Escapement cannot see [heap-noalloc-unproven]
    // CHECK-NOTES: :[[@LINE-4]]:20: note: 'Registry::dispatch' is declared ESC_NOALLOC here
  }
};
