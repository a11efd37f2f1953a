#include "NoAllocContext.h"

#include "core/Annotations.h"

#include "clang/AST/Expr.h"

using namespace clang;

namespace esc::heap {

std::vector<const FunctionDecl *> noAllocFunctions(TUAnalysis &A) {
  std::vector<const FunctionDecl *> Out;
  for (const FunctionDecl *FD : A.userFunctions()) {
    Contract C = readContract(FD);
    if ((C.NoAlloc || C.NonBlocking) && !C.AllowAlloc)
      Out.push_back(FD);
  }
  return Out;
}

void contractNote(tidy::ClangTidyCheck &Check, const FunctionDecl *FD, llvm::StringRef Name) {
  const char *How = readContract(FD).noAllocSpelling();
  Check.diag(FD->getLocation(), "'%0' is declared %1 here", DiagnosticIDs::Note) << Name << How;
}

SourceLocation siteLoc(const Stmt *S) {
  if (const auto *E = dyn_cast<Expr>(S))
    return E->getExprLoc();
  return S->getBeginLoc();
}

} // namespace esc::heap
