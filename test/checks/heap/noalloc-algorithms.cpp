// RUN: %check_escapement %s 'heap-*' %t -- -- %cxxflags

// Algorithms that take a temporary buffer, std::regex, and iostreams.
// std::sort is not catalogued: Escapement walks libstdc++'s introsort and
// finds it allocation-free, so a comparator that allocates is still found.

#include <escapement/annotations.hpp>

#include <algorithm>
#include <functional>
#include <iostream>
#include <regex>
#include <sstream>
#include <vector>

struct Fill {
  long Price, Qty;
};

ESC_NOALLOC void buffered(std::vector<Fill> &V) {
  auto ByPrice = [](const Fill &A, const Fill &B) { return A.Price < B.Price; };
  std::stable_sort(V.begin(), V.end(), ByPrice);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: 'std::stable_sort' allocates a temporary buffer on the heap; 'buffered' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-4]]:18: note: 'buffered' is declared ESC_NOALLOC here
  std::inplace_merge(V.begin(), V.begin() + 1, V.end(), ByPrice);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: 'std::inplace_merge' allocates a temporary buffer on the heap; 'buffered' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-7]]:18: note: 'buffered' is declared ESC_NOALLOC here
  std::stable_partition(V.begin(), V.end(), [](const Fill &F) { return F.Qty > 0; });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: 'std::stable_partition' allocates a temporary buffer on the heap; 'buffered' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-10]]:18: note: 'buffered' is declared ESC_NOALLOC here
}

// Negative: introsort, heaps, partitions, binary search and rotation work
// in place (walked through libstdc++, not assumed).
ESC_NOALLOC void in_place(std::vector<Fill> &V, std::vector<long> &P) {
  std::sort(P.begin(), P.end());
  std::sort(P.begin(), P.end(), std::greater<long>());
  std::sort(V.begin(), V.end(), [](const Fill &A, const Fill &B) { return A.Qty < B.Qty; });
  std::nth_element(P.begin(), P.begin() + 1, P.end());
  std::partial_sort(P.begin(), P.begin() + 1, P.end());
  std::make_heap(P.begin(), P.end());
  (void)std::lower_bound(P.begin(), P.end(), 42L);
  std::rotate(P.begin(), P.begin() + 1, P.end());
  std::partition(P.begin(), P.end(), [](long X) { return X > 0; });
}

// std::sort with a comparator that allocates: found through the library.

ESC_NOALLOC void sort_alloc(std::vector<Fill> &V) {
  std::sort(V.begin(), V.end(), [](const Fill &A, const Fill &B) {
    std::vector<long> Scratch{A.Price, B.Price};
    return Scratch[0] < Scratch[1];
  });
  // CHECK-MESSAGES: :[[@LINE-4]]:3: error: call to 'std::sort<{{.*}}>' allocates; 'sort_alloc' must not allocate [heap-noalloc,-warnings-as-errors]
  // The chain runs through libstdc++'s introsort (its own line numbers) down
  // to the comparator:
  // CHECK-NOTES: stl_algo.h:{{[0-9]+}}:{{[0-9]+}}: note: 'std::sort<{{.*}}>' calls 'std::__sort<{{.*}}>', which allocates
  // CHECK-NOTES: stl_algo.h:{{[0-9]+}}:{{[0-9]+}}: note: 'std::__sort<{{.*}}>' calls 'std::__introsort_loop<{{.*}}>', which allocates
  // CHECK-NOTES: stl_algo.h:{{[0-9]+}}:{{[0-9]+}}: note: 'std::__introsort_loop<{{.*}}>' calls 'std::__partial_sort<{{.*}}>', which allocates
  // CHECK-NOTES: stl_algo.h:{{[0-9]+}}:{{[0-9]+}}: note: 'std::__partial_sort<{{.*}}>' calls 'std::__heap_select<{{.*}}>', which allocates
  // CHECK-NOTES: stl_algo.h:{{[0-9]+}}:{{[0-9]+}}: note: 'std::__heap_select<{{.*}}>' calls 'std::__make_heap<{{.*}}>', which allocates
  // CHECK-NOTES: stl_heap.h:{{[0-9]+}}:{{[0-9]+}}: note: 'std::__make_heap<{{.*}}>' calls 'std::__adjust_heap<{{.*}}>', which allocates
  // CHECK-NOTES: stl_heap.h:{{[0-9]+}}:{{[0-9]+}}: note: 'std::__adjust_heap<{{.*}}>' calls '__gnu_cxx::__ops::_Iter_comp_iter<{{.*}}>::operator()<{{.*}}>', which allocates
  // CHECK-NOTES: predefined_ops.h:{{[0-9]+}}:{{[0-9]+}}: note: '__gnu_cxx::__ops::_Iter_comp_iter<{{.*}}>::operator()<{{.*}}>' calls 'sort_alloc(std::vector<Fill> &)::(anonymous class)::operator()', which allocates
  // CHECK-NOTES: :[[@LINE-14]]:23: note: constructing a std::vector from an initializer list allocates its storage on the heap
  // CHECK-NOTES: :[[@LINE-17]]:18: note: 'sort_alloc' is declared ESC_NOALLOC here
}

ESC_NOALLOC bool regexes(const char *Line) {
  std::regex Re("[A-Z]+=[0-9]+");
  // CHECK-MESSAGES: :[[@LINE-1]]:14: error: compiling a std::regex allocates its automaton on the heap; 'regexes' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:18: note: 'regexes' is declared ESC_NOALLOC here
  return std::regex_match(Line, Re);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: error: 'std::regex_match' allocates its matching state on the heap; 'regexes' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-6]]:18: note: 'regexes' is declared ESC_NOALLOC here
}

ESC_NOALLOC void streams(long Qty) {
  std::ostringstream Os;
  // CHECK-MESSAGES: :[[@LINE-1]]:22: error: constructing a 'std::ostringstream' allocates its buffer and locale on the heap; 'streams' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:18: note: 'streams' is declared ESC_NOALLOC here
  std::cout << Qty;
  // CHECK-MESSAGES: :[[@LINE-1]]:13: error: iostream formatting may allocate (locale facets, buffer growth); 'streams' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-6]]:18: note: 'streams' is declared ESC_NOALLOC here
}

// Real-world pattern: a fill report printed from the matching engine's hot
// path "just for debugging".
struct Engine {
  ESC_NOALLOC void on_fill(const Fill &F) {
    std::cerr << "fill " << F.Qty << '@' << F.Price << '\n';
    // CHECK-MESSAGES: :[[@LINE-1]]:15: error: iostream formatting may allocate (locale facets, buffer growth); 'Engine::on_fill' must not allocate [heap-noalloc,-warnings-as-errors]
    // CHECK-NOTES: :[[@LINE-3]]:20: note: 'Engine::on_fill' is declared ESC_NOALLOC here
    // One finding per << chain, at its first operator: the rest of the chain
    // is the same stream doing the same thing.
  }
};
