#include "Session.h"

namespace esc {

namespace {
struct ThreadTU {
  clang::ASTContext *Ctx = nullptr;
  std::unique_ptr<TUAnalysis> Analysis;
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

TUAnalysis &Session::analysis(clang::ASTContext &Ctx) {
  if (!Current.Analysis || Current.Ctx != &Ctx) {
    Current.Analysis = std::make_unique<TUAnalysis>(Ctx, &get().store());
    Current.Ctx = &Ctx;
  }
  return *Current.Analysis;
}

} // namespace esc
