//===- LargeAllocCheck.h - heap-large-alloc -------------------------------===//
#ifndef ESCAPEMENT_CHECKS_HEAP_LARGEALLOCCHECK_H
#define ESCAPEMENT_CHECKS_HEAP_LARGEALLOCCHECK_H

#include "../common/TUCheck.h"
#include "llvm/Support/Regex.h"

namespace esc::heap {

/// Reports allocations of a compile-time size above `Threshold` bytes
/// (default 32768) made, directly or through calls, by a hot function: one
/// that must not allocate or block, carries a deadline or window, or whose
/// qualified name matches the `HotFunctions` regular expression.
class LargeAllocCheck : public TUCheck {
public:
  LargeAllocCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

protected:
  void checkTU(clang::ASTContext &Ctx, TUAnalysis &A) override;

private:
  uint64_t Threshold;
  std::string HotFunctionsText;
  llvm::Regex HotFunctions;
};

} // namespace esc::heap

#endif
