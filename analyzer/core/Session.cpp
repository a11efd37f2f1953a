#include "Session.h"

#include "escape/Explain.h"

namespace esc {

namespace {
struct ThreadTU {
  clang::ASTContext *Ctx = nullptr;
  std::unique_ptr<TUAnalysis> Analysis;
  std::string Explanation; // of the TUs analysed since the last take
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
  }
  return *Current.Analysis;
}

std::string Session::takeExplanation() { return std::exchange(Current.Explanation, {}); }

} // namespace esc
