//===- Summaries.h - Escape facts of every function of a TU, bottom-up ----===//
//
// A caller's escape graph needs its callees' parameter leaks (Go's leaks.go):
// `consume(p)` keeps p only if consume's own graph says so. This computes
// each function's facts on first request, asking for callees' leaks as it
// goes; a callee already being analysed (recursion) is answered "unknown",
// which the builder treats conservatively.
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
  /// `IsAllocation` and `IsSpawn` as in EscapeOracle; `Leaks` is provided here.
  EscapeSummaries(clang::ASTContext &Ctx,
                  std::function<bool(const clang::Expr *)> IsAllocation,
                  std::function<bool(const clang::FunctionDecl *)> IsSpawn);

  /// Facts of a function with a body in this TU (analysed once).
  const EscapeFacts &facts(const clang::FunctionDecl *FD);

private:
  std::optional<std::vector<ParamLeak>> leaks(const clang::FunctionDecl *Callee);

  clang::ASTContext &Ctx;
  EscapeAnalyzer Analyzer;
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<EscapeFacts>> Done;
  llvm::DenseSet<const clang::FunctionDecl *> InProgress;
};

} // namespace esc::escape

#endif
