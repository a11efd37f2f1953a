#include "Session.h"

#include "escape/Explain.h"
#include "clang/Basic/SourceManager.h"

namespace esc {

namespace {
struct ThreadTU {
  clang::ASTContext *Ctx = nullptr;
  std::unique_ptr<TUAnalysis> Analysis;
  std::string Explanation; // of the TUs analysed since the last take
  bool ClaimsRecorded = false;
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
  }
  return *Current.Analysis;
}

std::string Session::takeExplanation() { return std::exchange(Current.Explanation, {}); }
void Session::recordClaims(TUAnalysis &A) {
  Session &S = get();
  if (!S.RecordClaims || Current.ClaimsRecorded || Current.Analysis.get() != &A)
    return;
  Current.ClaimsRecorded = true;
  const clang::SourceManager &SM = A.context().getSourceManager();
  llvm::StringRef MainFile;
  if (auto Main = SM.getFileEntryRefForID(SM.getMainFileID()))
    MainFile = Main->getName();
  S.Claims.setTU(MainFile, proveClaims(A));
}

} // namespace esc
