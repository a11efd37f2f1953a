#include "UnprovenCheck.h"

#include "../common/ChainNotes.h"
#include "core/Annotations.h"
#include "core/CheckInfo.h"

namespace esc::bound {

static RegisterCheckInfo Info(CheckInfo{"bound-unproven",
    "A timing or arena contract that Escapement can neither prove nor refute",
    "The ESC_DEADLINE_NS, ESC_WINDOW_NS or ESC_ARENA_BOUND contract of a function could not "
    "be decided: a loop has no bound, a callee has no body and no ESC_COST_NS, a construct "
    "is not modelled (goto, inline assembly, virtual or indirect calls, exceptions, "
    "coroutines), unrolling exceeded its budget, or the solver gave up. The message says "
    "which, and a note points at it.",
    "State what the proof needs: ESC_LOOP_BOUND(n) in the loop or a loopbound pragma before "
    "it, ESC_COST_NS(n) on an external callee, ESC_REQUIRES for the inputs; or raise "
    "escapement.bound.TimeoutMs.",
    "warning",
    {"latency", "timing"},
    "medium",
    "docs/checks/bound/unproven.md"});

void UnprovenCheck::checkTU(clang::ASTContext &Ctx, TUAnalysis &A) {
  for (FunctionBound *F : bounds(A).contracted()) {
    Contract C = readContract(F->FD);
    // A function that may block has no time bound at all; bound-blocking
    // says so at the blocking call, which is the thing to fix.
    bool Blocks = A.resolver().verdict(A.local(F->FD).F.USR).Blocks.has_value();
    auto Report = [&](const std::optional<solver::Answer> &Ans, const std::string &What,
                      const std::string &Spelled) {
      if (!Ans || Ans->O != solver::Outcome::Unknown || (Blocks && What.find("arena") == std::string::npos))
        return;
      diag(F->FD->getLocation(), "%0")
          << "cannot prove " + What + " of " + quotedName(F->FD) + ": " + Ans->Why;
      clang::SourceLocation At = location(Ans->WhyAt);
      if (Ans->WhyAt && At.isValid())
        note(*this, Ctx.getSourceManager(), At, NoteRole::Step, "the proof stops here");
      contractNote(F->FD, Spelled);
    };
    if (C.DeadlineNs)
      Report(F->Deadline, "the " + std::to_string(*C.DeadlineNs) + " ns deadline",
             "ESC_DEADLINE_NS(" + std::to_string(*C.DeadlineNs) + ")");
    if (C.WindowNs) {
      std::string W = "ESC_WINDOW_NS(" + std::to_string(C.WindowNs->Lo) + ", " +
                      std::to_string(C.WindowNs->Hi) + ")";
      Report(F->WindowHi, "the upper end of the " + std::to_string(C.WindowNs->Hi) + " ns window", W);
      // One reason is enough when both ends stop at the same place.
      if (!(F->WindowHi && F->WindowHi->O == solver::Outcome::Unknown && F->WindowLo &&
            F->WindowLo->Why == F->WindowHi->Why))
        Report(F->WindowLo, "the lower end of the " + std::to_string(C.WindowNs->Lo) + " ns window", W);
    }
    if (C.ArenaBound)
      Report(F->Arena, "the " + std::to_string(*C.ArenaBound) + "-byte arena bound",
             "ESC_ARENA_BOUND(" + std::to_string(*C.ArenaBound) + ")");
  }
}

} // namespace esc::bound
