// RUN: %check_escapement %s 'heap-*' %t -- -- %cxxflags

// Container construction and growth. Reading, erasing and clearing never
// allocate; neither does default construction, except libstdc++'s std::deque
// (and the adaptors built on it), which allocates its map and first block.

#include <escapement/annotations.hpp>

#include <array>
#include <deque>
#include <map>
#include <queue>
#include <stack>
#include <unordered_map>
#include <vector>

ESC_NOALLOC void grow(std::vector<int> &V) {
  V.push_back(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: error: 'std::vector::push_back' may allocate: the container grows its heap storage; 'grow' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:18: note: 'grow' is declared ESC_NOALLOC here
  V.emplace_back(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: error: 'std::vector::emplace_back' may allocate: the container grows its heap storage; 'grow' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-6]]:18: note: 'grow' is declared ESC_NOALLOC here
  V.reserve(64);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: error: 'std::vector::reserve' may allocate: the container grows its heap storage; 'grow' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-9]]:18: note: 'grow' is declared ESC_NOALLOC here
  V.resize(128);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: error: 'std::vector::resize' may allocate: the container grows its heap storage; 'grow' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-12]]:18: note: 'grow' is declared ESC_NOALLOC here
  V.insert(V.begin(), 3);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: error: 'std::vector::insert' may allocate: the container grows its heap storage; 'grow' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-15]]:18: note: 'grow' is declared ESC_NOALLOC here
}

ESC_NOALLOC void construct(const std::vector<int> &In) {
  std::vector<int> Braced{1, 2, 3};
  // CHECK-MESSAGES: :[[@LINE-1]]:20: error: constructing a std::vector from an initializer list allocates its storage on the heap; 'construct' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:18: note: 'construct' is declared ESC_NOALLOC here
  std::vector<int> Sized(8);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: error: constructing a std::vector with elements allocates its storage on the heap; 'construct' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-6]]:18: note: 'construct' is declared ESC_NOALLOC here
  std::vector<int> Copy = In;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: error: copying a std::vector allocates its storage on the heap; 'construct' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-2]]:20: note: 'Copy' is only read: bind it as a const reference and the copy goes away
  // CHECK-NOTES: :[[@LINE-10]]:18: note: 'construct' is declared ESC_NOALLOC here
}
// CHECK-FIXES: {{^}}  const std::vector<int>& Copy = In;{{$}}

ESC_NOALLOC void lookups(std::unordered_map<int, int> &U, std::map<int, int> &M) {
  U[1] = 2;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: 'std::unordered_map::operator[]' inserts a node on the heap when the key is missing; 'lookups' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:18: note: 'lookups' is declared ESC_NOALLOC here
  // Negative: find(), at() and count() never insert.
  auto It = U.find(3);
  int C = M.count(4) + U.at(1);
}

ESC_NOALLOC void deques() {
  std::deque<int> D;
  // CHECK-MESSAGES: :[[@LINE-1]]:19: error: a default-constructed std::deque allocates its map and first block (libstdc++); 'deques' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:18: note: 'deques' is declared ESC_NOALLOC here
  std::queue<int> Q;
  // CHECK-MESSAGES: :[[@LINE-1]]:19: error: a default-constructed std::queue default-constructs its std::deque, which allocates its map and first block (libstdc++); 'deques' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-6]]:18: note: 'deques' is declared ESC_NOALLOC here
  std::stack<int, std::vector<int>> S; // negative: a stack over a vector starts empty
}

// Negative: default construction of vector, map and unordered_map, moving,
// and everything that reads or shrinks.
ESC_NOALLOC int quiet(std::vector<int> &V, std::vector<int> &&Other) {
  std::vector<int> Empty;
  std::map<int, int> NoNodes;
  std::unordered_map<int, int> NoBuckets;
  std::vector<int> Moved = std::move(Other);
  std::array<int, 4> Fixed{1, 2, 3, 4};
  int Sum = static_cast<int>(V.size()) + V[0] + Fixed[1];
  for (int X : Moved)
    Sum += X;
  V.pop_back();
  V.clear();
  return Sum;
}

// Real-world pattern: an order book keyed by price. Looking a level up with
// operator[] inserts it (a heap node) when the price is new; find() does not.
struct Level {
  long Qty = 0;
};

struct OrderBook {
  std::map<long, Level> Bids;

  ESC_NOALLOC void add(long Price, long Qty) {
    Bids[Price].Qty += Qty;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: 'std::map::operator[]' inserts a node on the heap when the key is missing; 'OrderBook::add' must not allocate [heap-noalloc,-warnings-as-errors]
    // CHECK-NOTES: :[[@LINE-3]]:20: note: 'OrderBook::add' is declared ESC_NOALLOC here
  }

  ESC_NOALLOC bool reduce(long Price, long Qty) {
    auto It = Bids.find(Price); // negative: find() never inserts
    if (It == Bids.end())
      return false;
    It->second.Qty -= Qty;
    if (It->second.Qty <= 0)
      Bids.erase(It); // negative: erasing frees
    return true;
  }
};

// Negative: walking a std::map goes through libstdc++'s out-of-line
// _Rb_tree_increment/_Rb_tree_decrement, which only follow links.
ESC_NOALLOC long best_levels(const std::map<long, long> &Book) {
  long Sum = 0;
  for (const auto &[Price, Qty] : Book)
    Sum += Price * Qty;
  for (auto It = Book.rbegin(); It != Book.rend(); ++It)
    Sum -= It->second;
  return Sum;
}
