#include "NoAllocCheck.h"

#include "../common/ChainNotes.h"
#include "core/CheckInfo.h"
#include "CopyFix.h"
#include "NoAllocContext.h"

using namespace clang;

namespace esc::heap {

// What the check is, for SARIF rules and the driver's defaults.
static RegisterCheckInfo Info(CheckInfo{"heap-noalloc",
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
    "docs/checks/heap/noalloc.md"});
DiagnosticBuilder NoAllocCheck::violation(const Stmt *Site, llvm::StringRef Message,
                                          const std::optional<CopyFix> &Fix) {
  DiagnosticBuilder D = diag(siteLoc(Site), Message);
  if (Fix)
    for (const FixItHint &H : Fix->Hints)
      D << H;
  return D;
}

void NoAllocCheck::fixNote(const std::optional<CopyFix> &Fix) {
  if (Fix)
    note(*this, Fix->Var->getASTContext().getSourceManager(), Fix->Var->getLocation(),
         NoteRole::Fix,
         "'" + Fix->Var->getName().str() +
             "' is only read: bind it as a const reference and the copy goes away");
}

void NoAllocCheck::checkTU(ASTContext &Ctx, TUAnalysis &A) {
  Resolver &R = A.resolver();
  for (const FunctionDecl *FD : noAllocFunctions(A)) {
    const LocalFacts &L = A.local(FD);
    const std::string &Self = L.F.Name;

    for (size_t I = 0; I < L.F.Allocs.size(); ++I) {
      std::optional<CopyFix> Fix = constRefForCopy(Ctx, *FD, L.AllocStmts[I]);
      violation(L.AllocStmts[I], "%0; '%1' must not allocate", Fix)
          << L.F.Allocs[I].Reason << Self;
      fixNote(Fix);
      contractNote(*this, FD, Self);
    }
    for (size_t I = 0; I < L.F.Calls.size(); ++I) {
      const CallEdge &Call = L.F.Calls[I];
      R.verdict(Call.USR);
      if (auto Cause = R.callCause(Call, Effect::Allocates)) {
        std::optional<CopyFix> Fix = constRefForCopy(Ctx, *FD, L.CallStmts[I]);
        violation(L.CallStmts[I], "call to '%0' allocates; '%1' must not allocate", Fix)
            << Call.Name << Self;
        emitChainNotes(*this, A, R.chain(*Cause, Effect::Allocates));
        fixNote(Fix);
        contractNote(*this, FD, Self);
      }
    }
  }
}

} // namespace esc::heap
