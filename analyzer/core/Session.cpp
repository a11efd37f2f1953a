#include "Session.h"

#include "escape/Explain.h"
#include "clang/Basic/SourceManager.h"

namespace esc {

namespace {
struct ThreadTU {
  clang::ASTContext *Ctx = nullptr;
  std::unique_ptr<TUAnalysis> Analysis;
  std::string Explanation; // of the TUs analysed since the last take
  std::vector<FunctionAudit> Audits; // likewise
  bool ClaimsRecorded = false;
  bool Ended = false; // the report hooks ran for this TU
};
thread_local ThreadTU Current;
} // namespace

Session &Session::get() {
  static Session S;
  return S;
}

void Session::beginTU() {
  Current.Analysis.reset();
  Current.Ctx = nullptr;
  Current.ClaimsRecorded = false;
  Current.Ended = false;
}

TUAnalysis &Session::analysis(clang::ASTContext &Ctx, llvm::StringRef SpawnFunctions) {
  if (!Current.Analysis || Current.Ctx != &Ctx) {
    Current.Analysis =
        std::make_unique<TUAnalysis>(Ctx, &get().store(), SpawnPoints(SpawnFunctions));
    Current.Ctx = &Ctx;
    // The TU is parsed and about to be checked: explaining it here reuses
    // the parse, the facts and the escape facts the checks use.
    if (const std::optional<std::string> &Root = get().ExplainRoot)
      Current.Explanation += escape::explainTU(*Current.Analysis, *Root);
    Current.ClaimsRecorded = false;
    Current.Ended = false;
  }
  return *Current.Analysis;
}

std::string Session::takeExplanation() { return std::exchange(Current.Explanation, {}); }
std::vector<FunctionAudit> Session::takeAudits() { return std::exchange(Current.Audits, {}); }

namespace {
llvm::StringRef mainFile(const clang::SourceManager &SM) {
  if (auto Main = SM.getFileEntryRefForID(SM.getMainFileID()))
    return Main->getName();
  return {};
}
} // namespace

void Session::endTU() {
  Session &S = get();
  if (!Current.Analysis || Current.Ended)
    return;
  Current.Ended = true;
  TUReport R;
  R.Explain = S.ExplainRoot.has_value();
  R.SourceRoot = S.ExplainRoot.value_or("");
  // Only a TU whose core claims were recorded adds to them: the hooks'
  // claims belong beside those, not in place of them.
  R.Claims = S.RecordClaims && Current.ClaimsRecorded;
  if (!R.Explain && !R.Claims)
    return;
  for (TUReportHook H : tuReportHooks())
    H(*Current.Analysis, R);
  Current.Explanation += R.Text;
  for (FunctionAudit &F : R.Audits)
    Current.Audits.push_back(std::move(F));
  if (R.Claims && !R.NewClaims.empty())
    S.Claims.addToTU(mainFile(Current.Analysis->context().getSourceManager()),
                     std::move(R.NewClaims));
}

void Session::recordClaims(TUAnalysis &A) {
  Session &S = get();
  if (!S.RecordClaims || Current.ClaimsRecorded || Current.Analysis.get() != &A)
    return;
  Current.ClaimsRecorded = true;
  S.Claims.setTU(mainFile(A.context().getSourceManager()), proveClaims(A));
}

} // namespace esc
