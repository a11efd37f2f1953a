#include "Leaks.h"

#include "clang/AST/DeclCXX.h"

#include <algorithm>

namespace esc::escape {

std::vector<ParamLeak> paramLeaks(const Graph &G, const Solution &S) {
  std::vector<ParamLeak> Leaks;
  const auto &Locs = G.locations();
  for (LocId L = 0; L < Locs.size(); ++L) {
    if (Locs[L].Param < 0)
      continue;
    unsigned P = static_cast<unsigned>(Locs[L].Param);
    // One leak per root: a spawn stays a spawn for the callers (a wrapper
    // around std::thread spawns what it is given), not just "the heap".
    for (const Walk &W : S.Walks) {
      if (W.Derefs[L] == Unreached)
        continue;
      // A parameter whose own address escapes leaks its value as well.
      Leaks.push_back(ParamLeak{P, W.As, std::max(W.Derefs[L], 0)});
    }
  }
  std::sort(Leaks.begin(), Leaks.end(), [](const ParamLeak &A, const ParamLeak &B) {
    return A.Param != B.Param ? A.Param < B.Param : A.To < B.To;
  });
  return Leaks;
}

std::vector<ParamLeak> allParamsLeak(const clang::FunctionDecl *FD) {
  std::vector<ParamLeak> Leaks;
  unsigned Index = 0;
  if (const auto *MD = llvm::dyn_cast<clang::CXXMethodDecl>(FD);
      MD && MD->isInstance())
    Leaks.push_back(ParamLeak{Index++, Sink::Heap, 0});
  for (unsigned I = 0; I < FD->getNumParams(); ++I)
    Leaks.push_back(ParamLeak{Index++, Sink::Heap, 0});
  return Leaks;
}

} // namespace esc::escape
