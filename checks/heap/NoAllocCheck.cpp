#include "NoAllocCheck.h"

#include "../common/ChainNotes.h"
#include "core/Annotations.h"
#include "core/Session.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace esc::heap {

namespace {
// Which annotation made the function a no-allocation context, for the note.
std::string contractName(const FunctionDecl *FD) {
  if (hasAnnotation(FD, "noalloc"))
    return "ESC_NOALLOC";
  if (hasAnnotation(FD, "nonblocking"))
    return "ESC_NONBLOCKING";
  for (const FunctionDecl *R : FD->redecls())
    for (const FunctionEffect &E : R->getFunctionEffects().effects())
      return E.kind() == FunctionEffect::Kind::NonBlocking ? "[[clang::nonblocking]]"
                                                           : "[[clang::nonallocating]]";
  return "no-allocation";
}

SourceLocation locOf(const Stmt *S) {
  if (const auto *E = dyn_cast<Expr>(S))
    return E->getExprLoc();
  return S->getBeginLoc();
}
} // namespace

NoAllocCheck::NoAllocCheck(StringRef Name, tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      ReportUnknown(Options.get("UnknownCallees", "report") != "trust") {}

void NoAllocCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "UnknownCallees", ReportUnknown ? "report" : "trust");
}

void NoAllocCheck::registerPPCallbacks(const SourceManager &, Preprocessor *, Preprocessor *) {
  Session::beginTU();
}

void NoAllocCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(translationUnitDecl().bind("tu"), this);
}

void NoAllocCheck::check(const MatchFinder::MatchResult &Result) {
  // A TU that does not compile is reported by the driver; its AST is not
  // worth judging.
  if (Result.Context->getDiagnostics().hasErrorOccurred())
    return;
  TUAnalysis &A = Session::analysis(*Result.Context);
  Resolver &R = A.resolver();
  for (const FunctionDecl *FD : A.userFunctions()) {
    Contract C = readContract(FD);
    if (!(C.NoAlloc || C.NonBlocking) || C.AllowAlloc)
      continue;
    const LocalFacts &L = A.local(FD);
    const std::string &Self = L.F.Name;
    unsigned Reported = 0;
    auto contractNote = [&] {
      ++Reported;
      diag(FD->getLocation(), "'%0' is declared %1 here", DiagnosticIDs::Note)
          << Self << contractName(FD);
    };

    for (size_t I = 0; I < L.F.Allocs.size(); ++I) {
      diag(locOf(L.AllocStmts[I]), "%0; '%1' must not allocate", DiagnosticIDs::Error)
          << L.F.Allocs[I].Reason << Self;
      contractNote();
    }
    for (size_t I = 0; I < L.F.Calls.size(); ++I) {
      const CallEdge &Call = L.F.Calls[I];
      R.verdict(Call.USR);
      if (auto Cause = R.callCause(Call, Effect::Allocates)) {
        diag(locOf(L.CallStmts[I]), "call to '%0' allocates; '%1' must not allocate",
             DiagnosticIDs::Error)
            << Call.Name << Self;
        emitChainNotes(*this, A, R.chain(*Cause, Effect::Allocates));
        contractNote();
        continue;
      }
      if (!ReportUnknown)
        continue;
      if (auto Cause = R.callCause(Call, Effect::MayAllocate)) {
        if (Cause->K == esc::Cause::Undefined)
          diag(locOf(L.CallStmts[I]),
               "call to '%0' may allocate: its definition is not visible to Escapement; "
               "'%1' must not allocate")
              << Call.Name << Self;
        else
          diag(locOf(L.CallStmts[I]), "call to '%0' may allocate; '%1' must not allocate")
              << Call.Name << Self;
        emitChainNotes(*this, A, R.chain(*Cause, Effect::MayAllocate));
        contractNote();
      }
    }
    if (ReportUnknown)
      for (size_t I = 0; I < L.F.Unknown.size(); ++I) {
        diag(locOf(L.UnknownStmts[I]), "'%0' must not allocate, but it %1")
            << Self << L.F.Unknown[I].Reason;
        contractNote();
      }
    // Proven (up to unknown callees when they are trusted): a claim the
    // instrumented runtime can check.
    if (Reported == 0 && Result.SourceManager->isInMainFile(FD->getLocation()))
      Session::get().claims().add(
          {"noalloc", FD->getQualifiedNameAsString(), L.F.Pos, {}, {}, {}});
  }
}

} // namespace esc::heap
