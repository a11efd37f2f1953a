// RUN: %check_escapement %s 'heap-*' %t -- -- %cxxflags

// C stdio that clang knows as library builtins (printf, fprintf, puts) is
// still the C library's: its stream buffer is allocated on first use. (They
// were once taken as effect-free because clang calls them builtins.)

#include <escapement/annotations.hpp>

#include <cstdio>
#include <cstring>

ESC_NOALLOC void report(FILE *Log, int Code) {
  std::printf("code %d\n", Code);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: C stdio 'printf' may allocate its stream buffer on first use; 'report' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:18: note: 'report' is declared ESC_NOALLOC here
  fprintf(Log, "code %d\n", Code);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: C stdio 'fprintf' may allocate its stream buffer on first use; 'report' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-6]]:18: note: 'report' is declared ESC_NOALLOC here
}

// Negative: builtins that are pure library functions allocate nothing.
ESC_NOALLOC unsigned long measure(char *Dst, const char *Src) {
  std::memcpy(Dst, Src, 4);
  return std::strlen(Src);
}
