#include "TUCheck.h"

#include "core/Session.h"
#include "core/SpawnPoints.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"

namespace esc {

namespace {
// Distinct from any name a subclass binds.
constexpr const char TUBinding[] = "escapement-tu";
} // namespace

TUCheck::TUCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      SpawnFunctions(Options.getLocalOrGlobal(SpawnPoints::OptionName, "")) {}

void TUCheck::registerPPCallbacks(const clang::SourceManager &, clang::Preprocessor *,
                                  clang::Preprocessor *) {
  Session::beginTU();
}

void TUCheck::registerMatchers(clang::ast_matchers::MatchFinder *Finder) {
  Finder->addMatcher(clang::ast_matchers::translationUnitDecl().bind(TUBinding), this);
}

void TUCheck::check(const clang::ast_matchers::MatchFinder::MatchResult &Result) {
  // A TU that does not compile is reported by the driver; a broken AST is
  // not worth judging.
  if (Result.Context->getDiagnostics().hasErrorOccurred())
    return;
  if (!Result.Nodes.getNodeAs<clang::TranslationUnitDecl>(TUBinding)) {
    checkMatch(Result);
    return;
  }
  TUAnalysis &A = Session::analysis(*Result.Context, SpawnFunctions);
  Session::recordClaims(A); // the core's, whichever checks are enabled
  checkTU(*Result.Context, A);
}

void TUCheck::onEndOfTranslationUnit() { Session::endTU(); }

} // namespace esc
