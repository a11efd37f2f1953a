#include "LargeAllocCheck.h"

#include "../common/ChainNotes.h"
#include "core/Annotations.h"

using namespace clang;

namespace esc::heap {

LargeAllocCheck::LargeAllocCheck(StringRef Name, tidy::ClangTidyContext *Context)
    : TUCheck(Name, Context), Threshold(Options.get("Threshold", 32768ULL)),
      HotFunctionsText(Options.get("HotFunctions", "")),
      HotFunctions(HotFunctionsText.empty() ? "^$" : HotFunctionsText) {
  std::string Err;
  if (!HotFunctions.isValid(Err))
    configurationDiag("invalid HotFunctions regular expression '%0': %1")
        << HotFunctionsText << Err;
}

void LargeAllocCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "Threshold", Threshold);
  Options.store(Opts, "HotFunctions", HotFunctionsText);
}

void LargeAllocCheck::checkTU(ASTContext &, TUAnalysis &A) {
  Resolver &R = A.resolver();
  for (const FunctionDecl *FD : A.userFunctions()) {
    const LocalFacts &L = A.local(FD);
    const Contract &C = L.F.Declared;
    bool Hot = C.NoAlloc || C.NonBlocking || C.spelled(Annotation::DeadlineNs) ||
               C.spelled(Annotation::WindowNs);
    if (!Hot && !HotFunctionsText.empty())
      Hot = HotFunctions.match(FD->getQualifiedNameAsString());
    if (!Hot || C.AllowAlloc)
      continue;
    for (size_t I = 0; I < L.F.Allocs.size(); ++I) {
      const AllocSite &S = L.F.Allocs[I];
      if (!S.Bytes || *S.Bytes <= Threshold)
        continue;
      diag(L.AllocStmts[I]->getBeginLoc(),
           "large allocation of %0 bytes in hot function '%1' (threshold %2 bytes)")
          << static_cast<unsigned>(*S.Bytes) << L.F.Name << static_cast<unsigned>(Threshold);
    }
    // Through calls: any allocation behind the call, not just the first.
    for (size_t I = 0; I < L.F.Calls.size(); ++I) {
      auto Chain = R.findAllocation(L.F.Calls[I], [&](const AllocSite &S) {
        return S.Bytes && *S.Bytes > Threshold;
      });
      if (!Chain)
        continue;
      diag(L.CallStmts[I]->getBeginLoc(),
           "call to '%0' makes a large allocation of %1 bytes in hot function '%2' "
           "(threshold %3 bytes)")
          << L.F.Calls[I].Name << static_cast<unsigned>(*Chain->back().Bytes) << L.F.Name
          << static_cast<unsigned>(Threshold);
      emitChainNotes(*this, A, *Chain);
    }
  }
}

} // namespace esc::heap
