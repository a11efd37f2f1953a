//===- StdLib.h - The standard library a translation unit uses ------------===//
//
// Hidden-allocation thresholds are properties of the library, not of C++:
// libstdc++ keeps 15 chars in a std::string and a std::function closure of at
// most 16 bytes (trivially copyable, alignof <= 8) in place; libc++ keeps 22
// chars and 24-byte nothrow-copyable closures. The flavour is read from the
// translation unit itself, so one run can mix both.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_CORE_STDLIB_H
#define ESCAPEMENT_CORE_STDLIB_H

#include "clang/AST/ASTContext.h"

namespace esc {

struct StdLib {
  enum Flavor { LibStdCxx, LibCxx, Unknown } Kind = Unknown;
  unsigned StringSSO = 15;       // characters stored without allocating
  unsigned FunctionBuffer = 16;  // bytes of std::function's small buffer
  unsigned FunctionAlign = 8;    // max alignment kept in place
  bool FunctionNeedsTrivialCopy = true; // libstdc++: location-invariant only
  unsigned AnyBuffer = 8;        // bytes of std::any's small buffer
  unsigned AnyBufferAlign = 8;   // its alignment (a pointer's, in both)
  bool DequeDefaultAllocates = true; // libstdc++'s deque allocates its map

  const char *name() const;
  static StdLib detect(const clang::ASTContext &Ctx);
};

} // namespace esc

#endif
