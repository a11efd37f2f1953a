// RUN: %check_escapement %s 'heap-*' %t -- -- %cxxflags

// 'throw' allocates the exception object (__cxa_allocate_exception). The
// library's own failure paths (std::__throw_out_of_range_fmt behind at(),
// std::__throw_length_error behind reserve()) are not effects: they run
// only when the program is already failing.

#include <escapement/annotations.hpp>

#include <array>
#include <stdexcept>
#include <vector>

struct ParseError {
  int Offset;
};

ESC_NOALLOC int parse_digit(char C, int Offset) {
  if (C < '0' || C > '9')
    throw ParseError{Offset};
  // CHECK-MESSAGES: :[[@LINE-1]]:5: error: 'throw' allocates the exception object on the heap (__cxa_allocate_exception); 'parse_digit' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-4]]:17: note: 'parse_digit' is declared ESC_NOALLOC here
  return C - '0';
}

// Through a call: the validator throws, the hot path calls it.
int checked(int V) {
  if (V < 0)
    throw std::invalid_argument("negative");
  return V;
}

ESC_NOALLOC int on_field(int V) {
  return checked(V);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: error: call to 'checked' allocates; 'on_field' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-7]]:5: note: 'throw' allocates the exception object on the heap (__cxa_allocate_exception)
  // CHECK-NOTES: :[[@LINE-4]]:17: note: 'on_field' is declared ESC_NOALLOC here
}

// Negative: the same throw in a function that is not a no-allocation
// context, and not reached from one.
int parse_config_digit(char C) {
  if (C < '0' || C > '9')
    throw std::runtime_error("bad digit in config");
  return C - '0';
}

// Negative: rethrowing allocates nothing new; at() only throws through the
// library's failure path, which is not an effect.
ESC_NOALLOC int lookup(const std::vector<int> &Levels, const std::array<int, 8> &Fixed,
                       std::size_t I) {
  try {
    return Levels.at(I) + Fixed.at(I);
  } catch (...) {
    throw;
  }
}
