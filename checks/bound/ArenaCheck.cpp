#include "ArenaCheck.h"

#include "core/Annotations.h"
#include "core/CheckInfo.h"

namespace esc::bound {

static RegisterCheckInfo Info(CheckInfo{"bound-arena",
    "A feasible execution overflows the function's arena bound",
    "A function declared ESC_ARENA_BOUND(bytes) has a feasible execution that takes more than "
    "that many bytes from arenas between two resets (ESC_ARENA_ALLOC functions, the "
    "runtime's arena::allocate and arena::make<T>(n), with their alignment padding). An "
    "ESC_ARENA_RESET call empties the arena: the bound is on the peak, not the sum.",
    "Size the arena for the peak the notes show, reset it per phase, or bound the input "
    "(ESC_REQUIRES) that makes the allocation grow.",
    "error",
    {"memory", "arena", "latency"},
    "high",
    "docs/checks/bound/arena.md"});

void ArenaCheck::checkTU(clang::ASTContext &, TUAnalysis &A) {
  for (FunctionBound *F : bounds(A).contracted()) {
    if (!F->Arena || F->Arena->O != solver::Outcome::Violated)
      continue;
    int64_t N = *readContract(F->FD).ArenaBound;
    violation(F->FD,
              "this path takes " + std::to_string(F->Arena->Cex->Value) +
                  " bytes from arenas between resets, more than the " + std::to_string(N) +
                  "-byte arena bound of " + quotedName(F->FD),
              *F->Arena->Cex, true, "ESC_ARENA_BOUND(" + std::to_string(N) + ")");
  }
}

} // namespace esc::bound
