//===- NoAllocUnprovenCheck.h - heap-noalloc-unproven ---------------------===//
#ifndef ESCAPEMENT_CHECKS_HEAP_NOALLOCUNPROVENCHECK_H
#define ESCAPEMENT_CHECKS_HEAP_NOALLOCUNPROVENCHECK_H

#include "clang-tidy/ClangTidyCheck.h"

namespace esc::heap {

/// Reports what Escapement cannot see through inside a function that must
/// not allocate: a callee with no definition, summary or contract anywhere,
/// a virtual call, a call through a function pointer or a std::function. Each
/// "may allocate"; the finding says why it could not be decided. Disable the
/// check to trust such calls (they stay out of the noalloc claims).
class NoAllocUnprovenCheck : public clang::tidy::ClangTidyCheck {
public:
  using ClangTidyCheck::ClangTidyCheck;
  bool isLanguageVersionSupported(const clang::LangOptions &LO) const override {
    return LO.CPlusPlus;
  }
  void registerPPCallbacks(const clang::SourceManager &SM, clang::Preprocessor *PP,
                           clang::Preprocessor *ModuleExpanderPP) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace esc::heap

#endif
