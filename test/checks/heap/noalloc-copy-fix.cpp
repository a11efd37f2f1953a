// RUN: %check_escapement %s 'heap-*' %t -- -- %cxxflags
// The fixed file keeps only the copies that had no fix (modified ones).
// RUN: not %escapement %t.cpp -- %cxxflags | FileCheck %s --check-prefix=AFTER --implicit-check-not="{{warning|error}}:"

// A container or string copied into a local that is only read is the most
// common hidden allocation in code that must not allocate; heap-noalloc offers
// the const reference that keeps the meaning and drops the copy.

#include <escapement/annotations.hpp>

#include <map>
#include <string>
#include <utility>
#include <vector>

ESC_NOALLOC std::size_t total(const std::vector<std::string> &Names) {
  std::size_t N = 0;
  for (auto S : Names)
    // CHECK-MESSAGES: :[[@LINE-1]]:15: error: copying a std::string allocates when it is longer than 15 characters; 'total' must not allocate
    // CHECK-NOTES: :[[@LINE-2]]:13: note: 'S' is only read: bind it as a const reference and the copy goes away
    // CHECK-NOTES: :[[@LINE-5]]:25: note: 'total' is declared ESC_NOALLOC here
    N += S.size();
  return N;
}
// CHECK-FIXES: {{^}}  for (const auto& S : Names){{$}}

ESC_NOALLOC std::size_t first(const std::vector<std::string> &Names, std::size_t I) {
  std::string Front = Names.front();
  // CHECK-MESSAGES: :[[@LINE-1]]:23: error: copying a std::string
  // CHECK-NOTES: :[[@LINE-2]]:15: note: 'Front' is only read
  // CHECK-NOTES: :[[@LINE-4]]:25: note: 'first' is declared ESC_NOALLOC here
  const std::string Nth = Names[I];
  // CHECK-MESSAGES: :[[@LINE-1]]:27: error: copying a std::string
  // CHECK-NOTES: :[[@LINE-2]]:21: note: 'Nth' is only read
  // CHECK-NOTES: :[[@LINE-8]]:25: note: 'first' is declared ESC_NOALLOC here
  std::vector<std::string> All = Names;
  // CHECK-MESSAGES: :[[@LINE-1]]:34: error: copying a std::vector
  // CHECK-NOTES: :[[@LINE-2]]:28: note: 'All' is only read
  // CHECK-NOTES: :[[@LINE-12]]:25: note: 'first' is declared ESC_NOALLOC here
  return Front.size() + Nth.size() + All.size();
}
// CHECK-FIXES: {{^}}  const std::string& Front = Names.front();{{$}}
// CHECK-FIXES: {{^}}  const std::string& Nth = Names[I];{{$}}
// CHECK-FIXES: {{^}}  const std::vector<std::string>& All = Names;{{$}}

// A copy made through a library call (pair's copy constructor) gets it too.
ESC_NOALLOC std::size_t entries(const std::map<int, std::string> &M) {
  std::size_t N = 0;
  for (const std::pair<const int, std::string> P : M)
    // CHECK-MESSAGES: :[[@LINE-1]]:50: error: call to 'std::pair<const int, std::basic_string<char>>::pair' allocates
    // CHECK-NOTES: stl_pair.h:{{[0-9]+}}:{{[0-9]+}}: note: copying a std::string
    // CHECK-NOTES: :[[@LINE-3]]:48: note: 'P' is only read
    // CHECK-NOTES: :[[@LINE-6]]:25: note: 'entries' is declared ESC_NOALLOC here
    N += P.second.size();
  return N;
}
// CHECK-FIXES: {{^}}  for (const std::pair<const int, std::string>& P : M){{$}}

// Negatives: no fix where a reference would change what the code does.
ESC_NOALLOC std::size_t modified(std::vector<std::string> &Names, std::string Other) {
  std::size_t N = 0;
  for (std::string S : Names) { // the copy is modified
    // CHECK-MESSAGES: :[[@LINE-1]]:22: error: copying a std::string
    // AFTER: :[[@LINE-2]]:22: error: copying a std::string
    // CHECK-NOTES: :[[@LINE-5]]:25: note: 'modified' is declared ESC_NOALLOC here
    S[0] = '!';
    N += S.size();
  }
  for (auto S : Names) { // the range changes under the loop
    // CHECK-MESSAGES: :[[@LINE-1]]:15: error: copying a std::string
    // AFTER: :[[@LINE-2]]:15: error: copying a std::string
    // CHECK-NOTES: :[[@LINE-12]]:25: note: 'modified' is declared ESC_NOALLOC here
    Names.clear();
    N += S.size();
  }
  std::string Saved = Names.back(); // the source changes afterwards
  // CHECK-MESSAGES: :[[@LINE-1]]:23: error: copying a std::string
  // AFTER: :[[@LINE-2]]:23: error: copying a std::string
  // CHECK-NOTES: :[[@LINE-19]]:25: note: 'modified' is declared ESC_NOALLOC here
  Names.pop_back();
  std::string Moved = Other; // moved from: a reference would move the source
  // CHECK-MESSAGES: :[[@LINE-1]]:23: error: copying a std::string
  // AFTER: :[[@LINE-2]]:23: error: copying a std::string
  // CHECK-NOTES: :[[@LINE-24]]:25: note: 'modified' is declared ESC_NOALLOC here
  std::string Taken = std::move(Moved);
  std::string A = Other, B = Other; // two declarators: not rewritten
  // CHECK-MESSAGES: :[[@LINE-1]]:19: error: copying a std::string
  // AFTER: :[[@LINE-2]]:19: error: copying a std::string
  // CHECK-NOTES: :[[@LINE-29]]:25: note: 'modified' is declared ESC_NOALLOC here
  // CHECK-MESSAGES: :[[@LINE-4]]:30: error: copying a std::string
  // AFTER: :[[@LINE-5]]:30: error: copying a std::string
  // CHECK-NOTES: :[[@LINE-32]]:25: note: 'modified' is declared ESC_NOALLOC here
  return N + Saved.size() + Taken.size() + A.size() + B.size();
}

std::string global_name;
ESC_NOALLOC std::size_t from_global() {
  std::string Copy = global_name; // a global can change behind our back
  // CHECK-MESSAGES: :[[@LINE-1]]:22: error: copying a std::string
  // AFTER: :[[@LINE-2]]:22: error: copying a std::string
  // CHECK-NOTES: :[[@LINE-4]]:25: note: 'from_global' is declared ESC_NOALLOC here
  return Copy.size();
}

// The copies without a fix are left as they were.
// CHECK-FIXES: {{^}}  for (std::string S : Names) { // the copy is modified{{$}}
// CHECK-FIXES: {{^}}  for (auto S : Names) { // the range changes under the loop{{$}}
// CHECK-FIXES: {{^}}  std::string Saved = Names.back(); // the source changes afterwards{{$}}
// CHECK-FIXES: {{^}}  std::string Moved = Other; // moved from: a reference would move the source{{$}}
// CHECK-FIXES: {{^}}  std::string A = Other, B = Other; // two declarators: not rewritten{{$}}
// CHECK-FIXES: {{^}}  std::string Copy = global_name; // a global can change behind our back{{$}}
