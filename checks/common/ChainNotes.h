//===- ChainNotes.h - A finding's notes, with the role of each ------------===//
//
// Every note a check emits goes through `note`: clang-tidy gets the text
// (what the plugin, clangd and the text output show), and the session's
// evidence log gets its role (core/Evidence.h), which the JSON and SARIF
// writers use.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_CHECKS_CHAINNOTES_H
#define ESCAPEMENT_CHECKS_CHAINNOTES_H

#include "core/Evidence.h"
#include "core/Resolver.h"
#include "core/TUAnalysis.h"

#include "clang-tidy/ClangTidyCheck.h"

namespace esc {

/// Emits `Text` verbatim as a note at `Loc` and records its role.
void note(clang::tidy::ClangTidyCheck &Check, const clang::SourceManager &SM,
          clang::SourceLocation Loc, NoteRole Role, const std::string &Text);

/// Records the counterexample of the finding `Message` (its final text) that
/// `Check` reports at `Loc`; the steps' offsets are in their own files.
void recordWitness(clang::tidy::ClangTidyCheck &Check, const clang::SourceManager &SM,
                   clang::SourceLocation Loc, const std::string &Message, Witness W);

/// Emits one note per step after the first: "'g' calls 'h', which
/// allocates", ..., ending at the site that has the effect. The steps come
/// from the Resolver, i.e. from the same facts that produced the verdict.
void emitChainNotes(clang::tidy::ClangTidyCheck &Check, TUAnalysis &A,
                    const std::vector<Cause> &Chain);

/// The text of one cause as seen from the function `Owner` it belongs to.
std::string describeStep(llvm::StringRef Owner, const Cause &C);

} // namespace esc

#endif
