#include "Summaries.h"

#include "clang/Basic/SourceManager.h"

namespace esc::escape {

EscapeSummaries::EscapeSummaries(clang::ASTContext &Ctx, EscapeOracle Outside,
                                 std::function<void(const clang::FunctionDecl *)> BeforeAnalysis)
    : Ctx(Ctx), Outside(Outside), BeforeAnalysis(std::move(BeforeAnalysis)),
      Analyzer(Ctx, EscapeOracle{Outside.IsAllocation, Outside.IsSpawn,
                                 [this](const clang::FunctionDecl *F) { return leaks(F); }}) {}

std::optional<std::vector<ParamLeak>> EscapeSummaries::leaks(const clang::FunctionDecl *Callee) {
  const clang::FunctionDecl *Def = nullptr;
  if (!Callee->getBody(Def) || !Def) {
    if (Outside.Leaks)
      return Outside.Leaks(Callee);
    return std::nullopt;
  }
  // Library bodies keep the builder's standard-library rules: walking every
  // instantiation they reach would cost more than it tells.
  if (Ctx.getSourceManager().isInSystemHeader(Def->getLocation()))
    return std::nullopt;
  if (InProgress.contains(Def))
    return std::nullopt;
  return facts(Def).Leaks;
}

const EscapeFacts &EscapeSummaries::facts(const clang::FunctionDecl *FD) {
  const clang::FunctionDecl *Def = FD;
  FD->getBody(Def);
  auto &Slot = Done[Def];
  if (Slot)
    return *Slot;
  InProgress.insert(Def);
  if (BeforeAnalysis)
    BeforeAnalysis(Def);
  auto Facts = std::make_unique<EscapeFacts>(Analyzer.analyze(Def));
  InProgress.erase(Def);
  auto &Again = Done[Def]; // the map may have grown while analysing callees
  Again = std::move(Facts);
  return *Again;
}

} // namespace esc::escape
