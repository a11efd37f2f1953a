// Wrong on purpose: --fix changes the file and no CHECK-FIXES says so.
#include <escapement/annotations.hpp>
#include <string>
ESC_NOALLOC std::size_t length(const std::string &In) {
  std::string Out = In;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: error: copying a std::string allocates when it is longer than 15 characters; 'length' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-2]]:15: note: 'Out' is only read: bind it as a const reference and the copy goes away
  // CHECK-NOTES: :[[@LINE-4]]:25: note: 'length' is declared ESC_NOALLOC here
  return Out.size();
}
