#include "NoAllocContext.h"

#include "../common/ChainNotes.h"
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
  note(Check, FD->getASTContext().getSourceManager(), FD->getLocation(), NoteRole::Contract,
       "'" + Name.str() + "' is declared " + readContract(FD).noAllocSpelling() + " here");
}


} // namespace esc::heap
