//===- Summaries.h - Escape facts of every function of a TU, bottom-up ----===//
//
// A caller's escape graph needs its callees' parameter leaks (Go's leaks.go):
// `consume(p)` keeps p only if consume's own graph says so. This computes
// each function's facts on first request, asking for callees' leaks as it
// goes; a callee already being analysed (recursion) is answered "unknown",
// which the builder treats conservatively. A callee without a body in this
// TU is asked of the outside oracle (the summary store: its body is in
// another TU).
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_ESCAPE_SUMMARIES_H
#define ESCAPEMENT_ESCAPE_SUMMARIES_H

#include "EscapeGraph.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

#include <memory>

namespace esc::escape {

class EscapeSummaries {
public:
  /// `Outside.IsAllocation` and `Outside.IsSpawn` as in EscapeOracle;
  /// `Outside.Leaks` (may be empty) answers for callees whose body is not
  /// in this TU. Leaks of bodies in the TU are computed here.
  /// `BeforeAnalysis`, when set, runs before a body is analysed (the TU
  /// walks its facts there, which is what IsAllocation answers from).
  EscapeSummaries(clang::ASTContext &Ctx, EscapeOracle Outside,
                  std::function<void(const clang::FunctionDecl *)> BeforeAnalysis = {});

  /// Facts of a function with a body in this TU (analysed once).
  const EscapeFacts &facts(const clang::FunctionDecl *FD);

private:
  std::optional<std::vector<ParamLeak>> leaks(const clang::FunctionDecl *Callee);

  clang::ASTContext &Ctx;
  EscapeOracle Outside;
  std::function<void(const clang::FunctionDecl *)> BeforeAnalysis;
  EscapeAnalyzer Analyzer;
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<EscapeFacts>> Done;
  llvm::DenseSet<const clang::FunctionDecl *> InProgress;
};

} // namespace esc::escape

#endif
