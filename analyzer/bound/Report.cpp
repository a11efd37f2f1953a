#include "Report.h"

#include "BoundAnalysis.h"

#include "core/Annotations.h"

#include "clang/Basic/SourceManager.h"

namespace esc::bound {

namespace {

std::string contractText(const Contract &C) {
  std::string S;
  auto add = [&](const std::string &T) { S += (S.empty() ? "" : ", ") + T; };
  if (C.DeadlineNs)
    add("ESC_DEADLINE_NS(" + std::to_string(*C.DeadlineNs) + ")");
  if (C.WindowNs)
    add("ESC_WINDOW_NS(" + std::to_string(C.WindowNs->Lo) + ", " + std::to_string(C.WindowNs->Hi) + ")");
  if (C.ArenaBound)
    add("ESC_ARENA_BOUND(" + std::to_string(*C.ArenaBound) + ")");
  return S;
}

FunctionAudit audit(TUAnalysis &A, FunctionBound &F) {
  FunctionAudit Out;
  Out.Function = F.FD->getQualifiedNameAsString();
  Out.Pos = A.pos(F.FD->getLocation());
  Out.Contract = contractText(readContract(F.FD));
  solver::FunctionQuery::Bounds B = F.Query->bounds();
  Out.WorstPs = B.Worst;
  Out.BestPs = B.Best;
  Out.Tight = B.Tight;
  Out.UsesArena = F.Query->usesArena();
  if (Out.UsesArena)
    Out.PeakBytes = B.Peak;
  for (const solver::LoopInfo &L : F.Query->loops())
    Out.Loops.push_back({A.pos(location(L.At)), L.Text, L.Bound.Min, L.Bound.Max,
                         solver::boundSourceName(L.Bound.Source)});
  std::sort(Out.Loops.begin(), Out.Loops.end(), [](const LoopAudit &X, const LoopAudit &Y) {
    return std::tie(X.Pos.File, X.Pos.Line, X.Pos.Column) < std::tie(Y.Pos.File, Y.Pos.Line, Y.Pos.Column);
  });
  return Out;
}

std::string relative(llvm::StringRef File, llvm::StringRef Root) {
  llvm::StringRef Rel = File;
  if (!Root.empty() && Rel.consume_front(Root))
    Rel = Rel.ltrim('/');
  return Rel.str();
}

std::string at(const SourcePos &P) { return std::to_string(P.Line) + ":" + std::to_string(P.Column); }

// The explanation of one function: a heading with the proven numbers, then
// one line per loop under it (as escape's flow lines sit under theirs).
std::string explain(const FunctionAudit &F, llvm::StringRef Root, const std::string &Profile) {
  std::string Head = relative(F.Pos.File, Root) + ":" + at(F.Pos) + ": in '" + F.Function + "': ";
  std::string Numbers;
  if (F.WorstPs && F.BestPs)
    Numbers = F.Tight ? "worst case " + solver::formatNs(*F.WorstPs) + ", best case " +
                            solver::formatNs(*F.BestPs)
                      : "worst case at most " + solver::formatNs(*F.WorstPs) +
                            ", best case at least " + solver::formatNs(*F.BestPs);
  else
    Numbers = "no worst case: the cost is unbounded (see the loops, or bound-unproven)";
  if (F.PeakBytes)
    Numbers += std::string(", arena peak ") + (F.Tight ? "" : "at most ") +
               std::to_string(*F.PeakBytes) + " bytes";
  else if (F.UsesArena)
    Numbers += ", arena peak unknown";
  std::string Out = Head + F.Contract + ": " + Numbers + " (" +
                    (F.Tight ? "tight" : "upper bound only") + ", profile " + Profile + ")\n";
  for (const LoopAudit &L : F.Loops) {
    std::string Bound = L.Max ? "runs " + std::to_string(L.Min) + " to " + std::to_string(*L.Max) + " times"
                              : "has no bound";
    Out += Head + "  loop: " + (L.Text.empty() ? "a loop" : L.Text) + " " + Bound +
           (L.Max ? " (bound: " + L.Source + ")" : std::string()) + " (at " + at(L.Pos) + ")\n";
  }
  return Out;
}

// Picoseconds to whole ns on the safe side of the claim.
uint64_t nsUp(int64_t Ps) { return Ps <= 0 ? 0 : uint64_t((Ps + 999) / 1000); }
uint64_t nsDown(int64_t Ps) { return Ps <= 0 ? 0 : uint64_t(Ps / 1000); }

void claims(const FunctionAudit &F, const Contract &C, const std::string &Profile,
            std::vector<Claim> &Out) {
  if ((C.DeadlineNs || C.WindowNs) && F.WorstPs && F.BestPs) {
    Claim T{"time_proven", F.Function, F.Pos, {}, nsUp(*F.WorstPs), nsDown(*F.BestPs), Profile, F.Tight};
    Out.push_back(std::move(T));
  }
  if (F.PeakBytes)
    Out.push_back({"arena_peak", F.Function, F.Pos, uint64_t(*F.PeakBytes), {}, {}, {}, F.Tight});
}

} // namespace

void reportTU(TUAnalysis &A, TUReport &R) {
  BoundAnalysis &B = A.extension<BoundAnalysis>();
  if (!B.configured())
    return;
  const clang::SourceManager &SM = A.context().getSourceManager();
  const std::string &Profile = B.options().Prof.Name;
  for (FunctionBound *F : B.contracted()) {
    if (!F->Query)
      continue;
    FunctionAudit Audit = audit(A, *F);
    if (R.Claims)
      claims(Audit, readContract(F->FD), Profile, R.NewClaims);
    if (!R.Explain || !SM.isInMainFile(SM.getExpansionLoc(F->FD->getLocation())))
      continue;
    R.Text += explain(Audit, R.SourceRoot, Profile);
    Audit.Profile = Profile;
    R.Audits.push_back(std::move(Audit));
  }
}

} // namespace esc::bound
