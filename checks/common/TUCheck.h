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

#include <string>

namespace esc {

class TUCheck : public clang::tidy::ClangTidyCheck {
public:
  TUCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  bool isLanguageVersionSupported(const clang::LangOptions &LO) const override {
    return LO.CPlusPlus;
  }
  /// A module that also needs its own matchers or preprocessor callbacks
  /// (pin- matches guard declarations, bound- reads `#pragma loopbound`)
  /// overrides these and calls the base first: the base starts the TU's
  /// shared analysis (a new TU drops the previous one's) and matches the TU.
  void registerPPCallbacks(const clang::SourceManager &SM, clang::Preprocessor *PP,
                           clang::Preprocessor *ModuleExpanderPP) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  /// Runs checkTU for the TU's match and hands every other match to
  /// checkMatch; an override calls the base for the matches it does not own.
  /// The TU is matched first, so checkTU runs before the matches inside it:
  /// work that needs them all belongs in onEndOfTranslationUnit.
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  /// Every check has run on the TU: the modules' report hooks run now
  /// (core/ModuleReport.h). An override calls the base.
  void onEndOfTranslationUnit() override;

protected:
  /// Called once per TU that compiled without errors.
  virtual void checkTU(clang::ASTContext &Ctx, TUAnalysis &A) = 0;
  /// A match of a matcher the subclass registered (never the TU's own).
  virtual void checkMatch(const clang::ast_matchers::MatchFinder::MatchResult &) {}

private:
  // The global escapement.SpawnFunctions option (core/SpawnPoints.h): read
  // by every check, so the analysis sees it whichever check builds it.
  std::string SpawnFunctions;
};

} // namespace esc

#endif
