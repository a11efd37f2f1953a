#include "ChainNotes.h"

namespace esc {

std::string describeStep(llvm::StringRef Owner, const Cause &C) {
  if (C.K == Cause::Direct)
    return C.Text;
  return "'" + Owner.str() + "' " + C.Text;
}

void emitChainNotes(clang::tidy::ClangTidyCheck &Check, TUAnalysis &A,
                    const std::vector<Cause> &Chain) {
  for (size_t I = 1; I < Chain.size(); ++I) {
    clang::SourceLocation L = A.loc(Chain[I].Pos);
    if (L.isInvalid())
      continue;
    Check.diag(L, describeStep(Chain[I - 1].NextName, Chain[I]), clang::DiagnosticIDs::Note);
  }
}

} // namespace esc
