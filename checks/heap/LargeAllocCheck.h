//===- LargeAllocCheck.h - heap-large-alloc -------------------------------===//
#ifndef ESCAPEMENT_CHECKS_HEAP_LARGEALLOCCHECK_H
#define ESCAPEMENT_CHECKS_HEAP_LARGEALLOCCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/Support/Regex.h"

namespace esc::heap {

/// Reports allocations of a compile-time size above `Threshold` bytes
/// (default 32768) made, directly or through calls, by a hot function: one
/// that must not allocate or block, carries a deadline or window, or whose
/// qualified name matches the `HotFunctions` regular expression.
class LargeAllocCheck : public clang::tidy::ClangTidyCheck {
public:
  LargeAllocCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  bool isLanguageVersionSupported(const clang::LangOptions &LO) const override {
    return LO.CPlusPlus;
  }
  void registerPPCallbacks(const clang::SourceManager &SM, clang::Preprocessor *PP,
                           clang::Preprocessor *ModuleExpanderPP) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  uint64_t Threshold;
  std::string HotFunctionsText;
  llvm::Regex HotFunctions;
};

} // namespace esc::heap

#endif
