#include "LargeAllocCheck.h"

#include "../common/ChainNotes.h"
#include "core/CheckInfo.h"
#include "core/Annotations.h"
#include "core/CallSite.h"

#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace esc::heap {

// What the check is, for SARIF rules and the driver's defaults.
static RegisterCheckInfo Info(CheckInfo{"heap-large-alloc",
    "Large heap allocation in a hot function",
    "A function that must not allocate or block, carries a deadline or window, or matches "
    "the HotFunctions option allocates more than Threshold bytes (default 32 KiB) at once, "
    "directly or through a call.",
    "Allocate the buffer once at start-up or take it from an arena sized for the worst "
    "case; large allocations go to the page heap and can fault pages in.",
    "warning",
    {"performance", "latency", "allocation"},
    "high",
    "docs/checks/heap/large-alloc.md"});

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
      diag(siteLoc(L.AllocStmts[I]),
           "large allocation of %0 bytes in hot function '%1' (threshold %2 bytes)")
          << llvm::utostr(*S.Bytes) << L.F.Name << llvm::utostr(Threshold);
    }
    // Through calls: any allocation behind the call, not just the first.
    for (size_t I = 0; I < L.F.Calls.size(); ++I) {
      auto Chain = R.findAllocation(L.F.Calls[I], [&](const AllocSite &S) {
        return S.Bytes && *S.Bytes > Threshold;
      });
      if (!Chain)
        continue;
      diag(siteLoc(L.CallStmts[I]),
           "call to '%0' makes a large allocation of %1 bytes in hot function '%2' "
           "(threshold %3 bytes)")
          << L.F.Calls[I].Name << llvm::utostr(*Chain->back().Bytes) << L.F.Name
          << llvm::utostr(Threshold);
      emitChainNotes(*this, A, *Chain);
    }
  }
}

} // namespace esc::heap
