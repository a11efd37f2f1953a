#include "ChainNotes.h"

#include "core/Session.h"

namespace esc {

namespace {
/// What clang-tidy will keep of a diagnostic at `Loc`: the position after
/// macro expansion, the file as the SourceManager names it.
DiagKey keyOf(clang::tidy::ClangTidyCheck &Check, const clang::SourceManager &SM,
              clang::SourceLocation Loc, const std::string &Message) {
  // getID() is public on the matcher callback clang-tidy's checks derive from.
  auto &Callback = static_cast<clang::ast_matchers::MatchFinder::MatchCallback &>(Check);
  clang::SourceLocation File = SM.getFileLoc(Loc);
  return {Callback.getID().str(), SM.getFilename(File).str(), SM.getFileOffset(File), Message};
}
} // namespace

void note(clang::tidy::ClangTidyCheck &Check, const clang::SourceManager &SM,
          clang::SourceLocation Loc, NoteRole Role, const std::string &Text) {
  // As an argument, not as the format: a '%' in a name is text.
  Check.diag(Loc, "%0", clang::DiagnosticIDs::Note) << Text;
  EvidenceLog &Log = Session::get().evidence();
  if (Log.enabled())
    Log.setRole(keyOf(Check, SM, Loc, Text), Role);
}

void recordWitness(clang::tidy::ClangTidyCheck &Check, const clang::SourceManager &SM,
                   clang::SourceLocation Loc, const std::string &Message, Witness W) {
  EvidenceLog &Log = Session::get().evidence();
  if (Log.enabled())
    Log.setWitness(keyOf(Check, SM, Loc, Message), std::move(W));
}

std::string describeStep(llvm::StringRef Owner, const Cause &C) {
  if (C.K == Cause::Direct)
    return C.Text;
  return "'" + Owner.str() + "' " + C.Text;
}

void emitChainNotes(clang::tidy::ClangTidyCheck &Check, TUAnalysis &A,
                    const std::vector<Cause> &Chain) {
  const clang::SourceManager &SM = A.context().getSourceManager();
  for (size_t I = 1; I < Chain.size(); ++I) {
    clang::SourceLocation L = A.loc(Chain[I].Pos);
    if (L.isInvalid())
      continue;
    note(Check, SM, L, NoteRole::Step, describeStep(Chain[I - 1].NextName, Chain[I]));
  }
}

} // namespace esc
