#include "BoundCheck.h"

#include "../common/ChainNotes.h"

#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace esc::bound {

namespace {
constexpr llvm::StringLiteral Prefix = "escapement.bound.";

std::string join(const std::vector<uint64_t> &Ns) {
  std::string S;
  for (size_t I = 0; I < Ns.size(); ++I)
    S += (I ? (I + 1 == Ns.size() ? " and " : ", ") : "") + std::to_string(Ns[I]);
  return S;
}

std::string times(uint64_t N) { return N == 1 ? "once" : std::to_string(N) + " times"; }

std::string running(int64_t V, bool Arena) {
  return Arena ? std::to_string(V) + " bytes in use" : solver::formatNs(V) + " so far";
}

// One note's text for a step of the path.
std::string describe(const solver::PathStep &S, const std::string &Text, bool Arena) {
  switch (S.K) {
  case solver::PathStep::Branch: {
    std::string What = Text.empty() ? "the condition" : Text;
    std::string How = S.TrueCount + S.FalseCount == 1 ? (S.TrueCount ? "is true" : "is false")
                      : S.FalseCount == 0 ? "is true " + times(S.TrueCount)
                      : S.TrueCount == 0  ? "is false " + times(S.FalseCount)
                                          : "is true " + times(S.TrueCount) + " and false " + times(S.FalseCount);
    return What + " " + How + " (" + running(S.RunningLast, Arena) + ")";
  }
  case solver::PathStep::Loop: {
    uint64_t Total = 0;
    for (uint64_t N : S.Iterations)
      Total += N;
    std::string How = S.Iterations.size() == 1 ? "runs " + times(Total)
                      : S.Iterations.size() <= 4
                          ? "runs " + join(S.Iterations) + " times"
                          : "runs " + std::to_string(Total) + " iterations in all, over " +
                                std::to_string(S.Iterations.size()) + " entries";
    return (Text.empty() ? "the loop" : Text) + " " + How + " (" + running(S.RunningLast, Arena) + ")";
  }
  case solver::PathStep::Alloc:
    return Text + " takes " + std::to_string(S.Bytes) + (S.Bytes == 1 ? " byte" : " bytes") +
           (S.TrueCount > 1 ? " (first of " + std::to_string(S.TrueCount) + " allocations here)" : "") +
           " (" + std::to_string(S.RunningFirst) + " bytes in use)";
  case solver::PathStep::Reset: return "the arena is reset here (0 bytes in use)";
  }
  return Text;
}
} // namespace

std::string quotedName(const FunctionDecl *FD) { return "'" + FD->getQualifiedNameAsString() + "'"; }

BoundCheck::BoundCheck(llvm::StringRef Name, tidy::ClangTidyContext *Context)
    : TUCheck(Name, Context) {
  auto Get = [&](const std::string &Key) -> std::optional<std::string> {
    std::string V = Options.getLocalOrGlobal((Prefix + Key).str(), "").str();
    if (V.empty())
      return std::nullopt;
    return V;
  };
  Opts.Prof = solver::readProfile(Get, Opts.Error);
  if (auto T = Get("TimeoutMs")) {
    unsigned Ms = 0;
    if (llvm::StringRef(*T).getAsInteger(10, Ms) || Ms == 0)
      Opts.Error = "escapement.bound.TimeoutMs must be a positive number of milliseconds, not '" + *T + "'";
    else
      Opts.Solver.TimeoutMs = Ms;
  }
  if (auto B = Get("UnrollBudget")) {
    uint64_t N = 0;
    if (llvm::StringRef(*B).getAsInteger(10, N) || N == 0)
      Opts.Error = "escapement.bound.UnrollBudget must be a positive number of statements, not '" + *B + "'";
    else
      Opts.Solver.UnrollBudget = N;
  }
  if (!Opts.Error.empty())
    configurationDiag("%0") << Opts.Error;
}

void BoundCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &) {}

BoundAnalysis &BoundCheck::bounds(TUAnalysis &A) {
  BoundAnalysis &B = A.extension<BoundAnalysis>();
  B.configure(Opts);
  return B;
}

void BoundCheck::contractNote(const FunctionDecl *FD, const std::string &Contract) {
  note(*this, FD->getASTContext().getSourceManager(), FD->getLocation(), NoteRole::Contract,
       quotedName(FD) + " is declared " + Contract + " here");
}

void BoundCheck::violation(const FunctionDecl *FD, const std::string &Message,
                           const solver::Counterexample &X, bool Arena, const std::string &Contract) {
  const SourceManager &SM = FD->getASTContext().getSourceManager();
  diag(FD->getLocation(), "%0") << Message;
  Witness W;
  for (const solver::PathStep &S : X.Steps) {
    SourceLocation L = location(S.At);
    if (L.isInvalid() || (S.K == solver::PathStep::Branch && S.Text.empty()))
      continue;
    std::string Text = describe(S, S.Text, Arena);
    note(*this, SM, L, NoteRole::Step, Text);
    SourceLocation F = SM.getFileLoc(L);
    W.Steps.push_back({SM.getFilename(F).str(), SM.getFileOffset(F), Text,
                       {{Arena ? "arena_bytes" : "cost_ns", Arena ? std::to_string(S.RunningLast)
                                                                  : solver::formatNs(S.RunningLast)}}});
  }
  if (!X.Inputs.empty()) {
    std::string Values;
    for (const solver::InputValue &In : X.Inputs) {
      Values += (Values.empty() ? "" : ", ") + In.Name + " = " + In.Value;
      W.Inputs.push_back({In.Name, In.Value});
    }
    note(*this, SM, FD->getLocation(), NoteRole::Related, "with " + Values);
  }
  contractNote(FD, Contract);
  recordWitness(*this, SM, FD->getLocation(), Message, std::move(W));
}

} // namespace esc::bound
