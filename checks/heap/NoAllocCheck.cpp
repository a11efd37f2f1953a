#include "NoAllocCheck.h"

#include "../common/ChainNotes.h"
#include "NoAllocContext.h"
#include "core/Session.h"

using namespace clang;

namespace esc::heap {

void NoAllocCheck::checkTU(ASTContext &Ctx, TUAnalysis &A) {
  Resolver &R = A.resolver();
  for (const FunctionDecl *FD : noAllocFunctions(A)) {
    const LocalFacts &L = A.local(FD);
    const std::string &Self = L.F.Name;
    bool Proven = L.F.Unknown.empty();

    for (size_t I = 0; I < L.F.Allocs.size(); ++I) {
      diag(siteLoc(L.AllocStmts[I]), "%0; '%1' must not allocate")
          << L.F.Allocs[I].Reason << Self;
      contractNote(*this, FD, Self);
      Proven = false;
    }
    for (size_t I = 0; I < L.F.Calls.size(); ++I) {
      const CallEdge &Call = L.F.Calls[I];
      R.verdict(Call.USR);
      if (auto Cause = R.callCause(Call, Effect::Allocates)) {
        diag(siteLoc(L.CallStmts[I]), "call to '%0' allocates; '%1' must not allocate")
            << Call.Name << Self;
        emitChainNotes(*this, A, R.chain(*Cause, Effect::Allocates));
        contractNote(*this, FD, Self);
        Proven = false;
      } else if (R.callCause(Call, Effect::MayAllocate)) {
        Proven = false; // heap-noalloc-unproven says why
      }
    }
    // A claim the instrumented runtime can refute (`escapement verify`).
    // Header functions are claimed too (deduplicated by name across TUs).
    if (Proven && !Ctx.getSourceManager().isInSystemHeader(FD->getLocation()))
      Session::get().claims().add(
          {"noalloc", FD->getQualifiedNameAsString(), L.F.Pos, {}, {}, {}});
  }
}

} // namespace esc::heap
