#include "NoAllocUnprovenCheck.h"

#include "../common/ChainNotes.h"
#include "core/CheckInfo.h"
#include "NoAllocContext.h"

using namespace clang;

namespace esc::heap {

// What the check is, for SARIF rules and the driver's defaults.
static RegisterCheckInfo Info(CheckInfo{"heap-noalloc-unproven",
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
    "docs/checks/heap/noalloc-unproven.md"});

void NoAllocUnprovenCheck::checkTU(ASTContext &, TUAnalysis &A) {
  Resolver &R = A.resolver();
  for (const FunctionDecl *FD : noAllocFunctions(A)) {
    const LocalFacts &L = A.local(FD);
    const std::string &Self = L.F.Name;
    for (size_t I = 0; I < L.F.Calls.size(); ++I) {
      const CallEdge &Call = L.F.Calls[I];
      R.verdict(Call.USR);
      if (R.callCause(Call, Effect::Allocates))
        continue; // heap-noalloc reports it as a certainty
      auto Cause = R.callCause(Call, Effect::MayAllocate);
      if (!Cause)
        continue;
      if (Cause->K == esc::Cause::Undefined)
        diag(siteLoc(L.CallStmts[I]),
             "call to '%0' may allocate: its definition is not visible to Escapement; "
             "'%1' must not allocate")
            << Call.Name << Self;
      else
        diag(siteLoc(L.CallStmts[I]), "call to '%0' may allocate; '%1' must not allocate")
            << Call.Name << Self;
      emitChainNotes(*this, A, R.chain(*Cause, Effect::MayAllocate));
      contractNote(*this, FD, Self);
    }
    for (size_t I = 0; I < L.F.Unknown.size(); ++I) {
      diag(siteLoc(L.UnknownStmts[I]), "'%0' must not allocate, but it %1")
          << Self << L.F.Unknown[I].Reason;
      contractNote(*this, FD, Self);
    }
  }
}

} // namespace esc::heap
