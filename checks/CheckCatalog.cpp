#include "CheckCatalog.h"

namespace esc {

const std::vector<CheckInfo> &checkCatalog() {
  static const std::vector<CheckInfo> Catalog = {
      {"heap-noalloc",
       "Heap allocation reachable from a function that must not allocate",
       "A function declared ESC_NOALLOC, ESC_NONBLOCKING, [[clang::nonallocating]] or "
       "[[clang::nonblocking]] allocates on the heap, directly or through the functions it "
       "calls, including hidden allocations: std::function closures past the small buffer, "
       "strings past SSO, container growth, coroutine frames, exceptions, thread and future "
       "shared state.",
       "Move the allocation out of the function (preallocate, reserve ahead, use an arena or "
       "a fixed-capacity container), or mark an audited callee ESC_ALLOW_ALLOC. The notes "
       "give the call chain down to the allocating expression.",
       "error",
       {"performance", "latency", "allocation"},
       "high",
       "docs/checks/heap/noalloc.md"},
      {"heap-noalloc-unproven",
       "Call that may allocate inside a function that must not allocate",
       "Inside a function that must not allocate, a call Escapement cannot see through: a "
       "callee with no definition, summary or contract anywhere in the project, a virtual "
       "call, a call through a function pointer or a std::function. It may allocate; the "
       "function is not proven allocation-free.",
       "Make the callee visible (analyze its translation unit through the compilation "
       "database), annotate its declaration ESC_NOALLOC if it is known not to allocate, or "
       "disable this check to trust such calls.",
       "warning",
       {"performance", "latency", "allocation"},
       "medium",
       "docs/checks/heap/noalloc-unproven.md"},
      {"heap-large-alloc",
       "Large heap allocation in a hot function",
       "A function that must not allocate or block, carries a deadline or window, or matches "
       "the HotFunctions option allocates more than Threshold bytes (default 32 KiB) at once, "
       "directly or through a call.",
       "Allocate the buffer once at start-up or take it from an arena sized for the worst "
       "case; large allocations go to the page heap and can fault pages in.",
       "warning",
       {"performance", "latency", "allocation"},
       "high",
       "docs/checks/heap/large-alloc.md"},
  };
  return Catalog;
}

const CheckInfo *findCheck(const std::string &Id) {
  for (const CheckInfo &C : checkCatalog())
    if (C.Id == Id)
      return &C;
  return nullptr;
}

} // namespace esc
