// libFuzzer target: a function's program read from the summary store (the
// "bound" facts section, analyzer/bound/ProgramFacts.h) is outside input. A
// damaged entry must be refused, never crash; one that is accepted must be
// safe to bound structurally and to encode and solve (a small budget and
// timeout keep each input quick).
#include "bound/ProgramFacts.h"
#include "solver/Query.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  std::string Text(reinterpret_cast<const char *>(Data), Size);
  auto FP = esc::bound::programFromJson(Text, [](const esc::SourcePos &P) { return P.Line; });
  if (!FP)
    return 0;
  esc::solver::SolverOptions O;
  O.TimeoutMs = 50;
  O.UnrollBudget = 2000;
  O.InferLimit = 16;
  (void)esc::solver::structuralCost(*FP->P, FP->P->Root, O.Prof);
  esc::solver::FunctionQuery Q(*FP->P, O);
  (void)Q.costAtMost(1000);
  (void)Q.arenaAtMost(64);
  return 0;
}
