#include "BlockingCheck.h"

#include "../common/ChainNotes.h"
#include "core/Annotations.h"
#include "core/CallSite.h"
#include "core/CheckInfo.h"

#include <optional>

using namespace clang;

namespace esc::bound {

// What the check is, for SARIF rules and the driver's defaults.
static RegisterCheckInfo Info(CheckInfo{"bound-blocking",
    "Blocking call reachable from a nonblocking or timed function",
    "A function declared ESC_NONBLOCKING, [[clang::nonblocking]], ESC_DEADLINE_NS(n) or "
    "ESC_WINDOW_NS(lo, hi) may block, directly or through the functions it calls: POSIX "
    "I/O, sleeps, mutex, condition-variable and future waits, or a function declared "
    "ESC_BLOCKING. A blocking call waits for something outside the function, so its time "
    "has no bound.",
    "Move the blocking work out of the function (hand it to another thread or an I/O "
    "loop, poll with a non-blocking call such as try_lock, or wait before the timed "
    "section starts). The notes give the call chain down to the blocking operation.",
    "error",
    {"latency", "real-time", "blocking"},
    "high",
    "docs/checks/bound/blocking.md"});

namespace {

/// Why a function's time must have a bound, as the user declared it. A
/// function may declare several; the most direct promise is quoted.
struct TimeContract {
  std::string Spelling; // "ESC_NONBLOCKING", "ESC_DEADLINE_NS(500)", ...
  std::string Demand;   // what the finding says the function must do
};

std::optional<TimeContract> timeContract(const Contract &C, llvm::StringRef Self) {
  const std::string Name = "'" + Self.str() + "'";
  for (Annotation A : {Annotation::NonBlocking, Annotation::ClangNonBlocking})
    if (C.spelled(A))
      return TimeContract{annotationSpelling(A), Name + " must not block"};
  // Blocking has no bound, so it breaks any bound: say which one.
  const std::string NoBound = ", and blocking has no bound on its time";
  if (C.DeadlineNs) {
    std::string N = std::to_string(*C.DeadlineNs);
    return TimeContract{std::string(annotationSpelling(Annotation::DeadlineNs)) + "(" + N + ")",
                        Name + " must finish within " + N + " ns" + NoBound};
  }
  if (C.WindowNs) {
    std::string Lo = std::to_string(C.WindowNs->Lo), Hi = std::to_string(C.WindowNs->Hi);
    return TimeContract{std::string(annotationSpelling(Annotation::WindowNs)) + "(" + Lo +
                            ", " + Hi + ")",
                        Name + " must take between " + Lo + " and " + Hi + " ns" + NoBound};
  }
  return std::nullopt;
}

} // namespace

void BlockingCheck::checkTU(ASTContext &Ctx, TUAnalysis &A) {
  Resolver &R = A.resolver();
  const SourceManager &SM = Ctx.getSourceManager();
  for (const FunctionDecl *FD : A.userFunctions()) {
    const LocalFacts &L = A.local(FD);
    const std::string &Self = L.F.Name;
    std::optional<TimeContract> TC = timeContract(readContract(FD), Self);
    if (!TC)
      continue;
    auto ContractNote = [&] {
      note(*this, SM, FD->getLocation(), NoteRole::Contract,
           "'" + Self + "' is declared " + TC->Spelling + " here");
    };

    for (size_t I = 0; I < L.F.Blocks.size(); ++I) {
      diag(siteLoc(L.BlockStmts[I]), "%0; %1") << L.F.Blocks[I].Reason << TC->Demand;
      ContractNote();
    }
    for (size_t I = 0; I < L.F.Calls.size(); ++I) {
      const CallEdge &Call = L.F.Calls[I];
      if (auto Cause = R.callCause(Call, Effect::Blocks)) {
        diag(siteLoc(L.CallStmts[I]), "call to '%0' blocks; %1") << Call.Name << TC->Demand;
        emitChainNotes(*this, A, R.chain(*Cause, Effect::Blocks));
        ContractNote();
      }
    }
  }
}

} // namespace esc::bound
