//===- NoAllocCheck.h - heap-noalloc --------------------------------------===//
#ifndef ESCAPEMENT_CHECKS_HEAP_NOALLOCCHECK_H
#define ESCAPEMENT_CHECKS_HEAP_NOALLOCCHECK_H

#include "clang-tidy/ClangTidyCheck.h"

namespace esc::heap {

/// Reports every heap allocation reachable from a function that must not
/// allocate (ESC_NOALLOC, ESC_NONBLOCKING, [[clang::nonallocating]],
/// [[clang::nonblocking]]): at the allocating expression in that function, or
/// at the call that leads to one, with the call chain as notes.
///
/// Options:
///   UnknownCallees: `report` (default) reports calls Escapement cannot see
///   through (no definition anywhere, virtual, function pointer) as "may
///   allocate"; `trust` assumes they do not allocate.
class NoAllocCheck : public clang::tidy::ClangTidyCheck {
public:
  NoAllocCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  bool isLanguageVersionSupported(const clang::LangOptions &LO) const override {
    return LO.CPlusPlus;
  }
  void registerPPCallbacks(const clang::SourceManager &SM, clang::Preprocessor *PP,
                           clang::Preprocessor *ModuleExpanderPP) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  bool ReportUnknown;
};

} // namespace esc::heap

#endif
