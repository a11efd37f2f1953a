// RUN: %check_escapement %s 'heap-*' %t -- -- %cxxflags

// What the compiler evaluates does not run with the program: immediate
// invocations (consteval, as fmt checks its format strings), constant
// initializers, and the compile-time branch of `if consteval` or
// `if (std::is_constant_evaluated())`. The run-time branch is judged.

#include <escapement/annotations.hpp>

#include <type_traits>
#include <vector>

consteval std::size_t checked_length(const char *S) {
  std::size_t N = 0;
  while (S[N])
    ++N;
  char *Copy = new char[N + 1]; // compile time only: freed before the program runs
  delete[] Copy;
  return N;
}

struct format_string {
  const char *Text;
  consteval format_string(const char *S) : Text(S) {
    int *Fields = new int[4]; // compile time only
    delete[] Fields;
  }
};

ESC_NOALLOC std::size_t log_line(format_string F) { return F.Text[0]; }

ESC_NOALLOC std::size_t immediate() {
  constexpr std::size_t N = checked_length("a literal longer than sixteen chars");
  return N + checked_length("x") + log_line("tick {} {}");
}

constexpr std::size_t width(std::size_t N) {
  if (std::is_constant_evaluated()) {
    char *Scratch = new char[N]; // compile time only
    delete[] Scratch;
    return N;
  }
  return N;
}

constexpr std::size_t depth(std::size_t N) {
  if consteval {
    int *Levels = new int[N]; // compile time only
    delete[] Levels;
    return N;
  } else {
    return N;
  }
}

ESC_NOALLOC std::size_t branches(std::size_t N) { return width(N) + depth(N); }

// Positive: the run-time branch of `if !consteval` allocates.
constexpr std::size_t runtime_copy(const std::vector<int> &V) {
  if !consteval {
    std::vector<int> Copy(V);
    return Copy.size();
  }
  return V.size();
}

ESC_NOALLOC std::size_t at_run_time(const std::vector<int> &V) {
  return runtime_copy(V);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: error: call to 'runtime_copy' allocates; 'at_run_time' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-9]]:22: note: copying a std::vector allocates its storage on the heap
  // CHECK-NOTES: :[[@LINE-4]]:25: note: 'at_run_time' is declared ESC_NOALLOC here
}
