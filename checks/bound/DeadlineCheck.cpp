#include "DeadlineCheck.h"

#include "core/Annotations.h"
#include "core/CheckInfo.h"

namespace esc::bound {

static RegisterCheckInfo Info(CheckInfo{"bound-deadline",
    "A feasible execution exceeds the function's deadline",
    "A function declared ESC_DEADLINE_NS(n) has a feasible execution whose cost under the "
    "configured target profile is more than n ns. The path (branches taken, loop iteration "
    "counts, running cost) and the input values that take it are the notes; the solver "
    "only reports paths that can happen, given the branch conditions, ESC_REQUIRES, assert "
    "and [[assume]].",
    "Shorten the path the notes show (bound the retry loop, move work off the timed "
    "function), state a tighter loop bound or precondition if the path cannot happen, or "
    "raise the deadline if the budget was wrong.",
    "error",
    {"latency", "timing", "wcet"},
    "high",
    "docs/checks/bound/deadline.md"});

void DeadlineCheck::checkTU(clang::ASTContext &, TUAnalysis &A) {
  for (FunctionBound *F : bounds(A).contracted()) {
    if (!F->Deadline || F->Deadline->O != solver::Outcome::Violated)
      continue;
    int64_t N = *readContract(F->FD).DeadlineNs;
    violation(F->FD,
              "worst case " + solver::formatNs(F->Deadline->Cex->Value) +
                  " on this path exceeds the " + std::to_string(N) + " ns deadline of " +
                  quotedName(F->FD),
              *F->Deadline->Cex, false, "ESC_DEADLINE_NS(" + std::to_string(N) + ")");
  }
}

} // namespace esc::bound
