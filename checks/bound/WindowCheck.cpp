#include "WindowCheck.h"

#include "core/Annotations.h"
#include "core/CheckInfo.h"

namespace esc::bound {

static RegisterCheckInfo Info(CheckInfo{"bound-window",
    "A feasible execution falls outside the function's response window",
    "A function declared ESC_WINDOW_NS(lo, hi) must take between lo and hi ns on every "
    "call (a hardware response window). A feasible execution above hi, or one below lo, is "
    "reported with its path, its running cost and the inputs that take it.",
    "Make the short path wait (or do its work) until the window opens, and bound the long "
    "path's loops so it answers before the window closes; the notes show which path is out.",
    "error",
    {"latency", "timing", "wcet"},
    "high",
    "docs/checks/bound/window.md"});

void WindowCheck::checkTU(clang::ASTContext &, TUAnalysis &A) {
  for (FunctionBound *F : bounds(A).contracted()) {
    if (!F->WindowHi && !F->WindowLo)
      continue;
    NsWindow W = *readContract(F->FD).WindowNs;
    std::string Window = "[" + std::to_string(W.Lo) + ", " + std::to_string(W.Hi) + "] ns window of " +
                         quotedName(F->FD);
    std::string Contract = "ESC_WINDOW_NS(" + std::to_string(W.Lo) + ", " + std::to_string(W.Hi) + ")";
    if (F->WindowHi && F->WindowHi->O == solver::Outcome::Violated)
      violation(F->FD,
                "worst case " + solver::formatNs(F->WindowHi->Cex->Value) +
                    " on this path exceeds the upper end of the " + Window,
                *F->WindowHi->Cex, false, Contract);
    if (F->WindowLo && F->WindowLo->O == solver::Outcome::Violated)
      violation(F->FD,
                "best case " + solver::formatNs(F->WindowLo->Cex->Value) +
                    " on this path is below the lower end of the " + Window,
                *F->WindowLo->Cex, false, Contract);
  }
}

} // namespace esc::bound
