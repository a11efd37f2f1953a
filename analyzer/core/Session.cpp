#include "Session.h"

#include "clang/Basic/SourceManager.h"

namespace esc {

namespace {
struct ThreadTU {
  clang::ASTContext *Ctx = nullptr;
  std::unique_ptr<TUAnalysis> Analysis;
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

TUAnalysis &Session::analysis(clang::ASTContext &Ctx) {
  if (!Current.Analysis || Current.Ctx != &Ctx) {
    Current.Analysis = std::make_unique<TUAnalysis>(Ctx, &get().store());
    Current.Ctx = &Ctx;
    Current.ClaimsRecorded = false;
  }
  return *Current.Analysis;
}

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
