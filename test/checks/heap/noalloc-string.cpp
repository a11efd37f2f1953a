// RUN: %check_escapement %s 'heap-*' %t -- -- %cxxflags

// std::string against libstdc++'s 15-character small buffer (SSO): what fits
// stays on the stack, what does not goes to the heap.

#include <escapement/annotations.hpp>

#include <string>
#include <utility>

using namespace std::string_literals;

ESC_NOALLOC void log_line(const std::string &Line);

ESC_NOALLOC void fifteen_chars() {
  // Negative: 15 characters fit the small buffer exactly.
  std::string S("123456789012345");
  std::string T = "123456789012345";
}

ESC_NOALLOC void sixteen_chars() {
  std::string S("1234567890123456");
  // CHECK-MESSAGES: :[[@LINE-1]]:15: error: std::string copies this 16-character literal to the heap: its small buffer holds 15 characters; 'sixteen_chars' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:18: note: 'sixteen_chars' is declared ESC_NOALLOC here
}

ESC_NOALLOC void string_literals() {
  auto Short = "short"s; // negative: 5 characters fit
  auto Long = "a literal of 24 characte"s;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: error: std::string copies this 24-character literal to the heap: its small buffer holds 15 characters; 'string_literals' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-4]]:18: note: 'string_literals' is declared ESC_NOALLOC here
}

ESC_NOALLOC void fill(std::size_t N) {
  std::string Pad(15, ' '); // negative: a constant count that fits
  std::string Wide(16, ' ');
  // CHECK-MESSAGES: :[[@LINE-1]]:15: error: std::string of 16 characters does not fit its 15-character small buffer; 'fill' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-4]]:18: note: 'fill' is declared ESC_NOALLOC here
}

ESC_NOALLOC void copy(const std::string &In) {
  std::string Out = In;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: error: copying a std::string allocates when it is longer than 15 characters; 'copy' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-2]]:15: note: 'Out' is only read: bind it as a const reference and the copy goes away
  // CHECK-NOTES: :[[@LINE-4]]:18: note: 'copy' is declared ESC_NOALLOC here
}
// CHECK-FIXES: {{^}}  const std::string& Out = In;{{$}}

ESC_NOALLOC void from_pointer(const char *Name) {
  std::string S(Name);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: error: constructing a std::string from a value of unknown length allocates when it is longer than 15 characters; 'from_pointer' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:18: note: 'from_pointer' is declared ESC_NOALLOC here
}

ESC_NOALLOC void grow(std::string &S) {
  S += "!";
  // CHECK-MESSAGES: :[[@LINE-1]]:5: error: 'std::string::operator+=' may grow the string past its 15-character small buffer onto the heap; 'grow' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:18: note: 'grow' is declared ESC_NOALLOC here
  S.append("?");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: error: 'std::string::append' may grow the string past its 15-character small buffer onto the heap; 'grow' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-6]]:18: note: 'grow' is declared ESC_NOALLOC here
}

// Negative: moving steals the buffer; default construction, size() and
// clear() never allocate.
ESC_NOALLOC std::size_t move(std::string &&In) {
  std::string Out = std::move(In);
  std::string Empty;
  Out.clear();
  return Out.size() + Empty.size();
}

ESC_NOALLOC void numbers(int I, long L, double D) {
  // Negative: a 32-bit integer prints in at most 11 characters.
  std::string A = std::to_string(I);
  std::string B = std::to_string(L);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: error: 'std::to_string' may produce more than 15 characters, which go to the heap; 'numbers' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-5]]:18: note: 'numbers' is declared ESC_NOALLOC here
  std::string C = std::to_string(D);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: error: 'std::to_string' may produce more than 15 characters, which go to the heap; 'numbers' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-8]]:18: note: 'numbers' is declared ESC_NOALLOC here
}

// The small buffer is 16 bytes, so it holds 3 wchar_t (4 bytes each).
ESC_NOALLOC void wide() {
  std::wstring Fits = L"abc"; // negative: 3 wide characters fit
  std::wstring Spills = L"abcd";
  // CHECK-MESSAGES: :[[@LINE-1]]:25: error: std::wstring copies this 4-character literal to the heap: its small buffer holds 3 characters; 'wide' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-4]]:18: note: 'wide' is declared ESC_NOALLOC here
}

// Real-world pattern: a packet handler that logs through a std::string. The
// short tag fits; the concatenation builds a string of unknown length.
struct Packet {
  unsigned Seq;
  const char *Peer;
};

ESC_NOALLOC void on_packet(const Packet &P) {
  log_line("rx"); // negative: a 2-character temporary fits, log_line is ESC_NOALLOC
  log_line("rx seq=" + std::to_string(P.Seq));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: error: concatenating std::strings builds a new string that may outgrow its 15-character small buffer; 'on_packet' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-4]]:18: note: 'on_packet' is declared ESC_NOALLOC here
}

// Negative: the same code without a contract is not judged.
void on_packet_cold(const Packet &P) { log_line("rx seq=" + std::to_string(P.Seq) + P.Peer); }
