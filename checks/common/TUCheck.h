//===- TUCheck.h - A check that judges a whole translation unit at once ---===//
//
// Escapement's checks read the per-TU analysis (facts, verdicts, escape
// facts) rather than matching AST patterns one by one: each runs once per
// TU, after parsing, on the analysis every check of that TU shares. This base
// does the clang-tidy plumbing so a check is its options and `checkTU`.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_CHECKS_TUCHECK_H
#define ESCAPEMENT_CHECKS_TUCHECK_H

#include "core/TUAnalysis.h"

#include "clang-tidy/ClangTidyCheck.h"

namespace esc {

class TUCheck : public clang::tidy::ClangTidyCheck {
public:
  using ClangTidyCheck::ClangTidyCheck;
  bool isLanguageVersionSupported(const clang::LangOptions &LO) const override {
    return LO.CPlusPlus;
  }
  /// A new TU starts: the shared analysis of the previous one is dropped.
  void registerPPCallbacks(const clang::SourceManager &SM, clang::Preprocessor *PP,
                           clang::Preprocessor *ModuleExpanderPP) final;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) final;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) final;

protected:
  /// Called once per TU that compiled without errors.
  virtual void checkTU(clang::ASTContext &Ctx, TUAnalysis &A) = 0;
};

} // namespace esc

#endif
