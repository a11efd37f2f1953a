//===- ChainNotes.h - A verdict's chain of causes as diagnostic notes -----===//
#ifndef ESCAPEMENT_CHECKS_CHAINNOTES_H
#define ESCAPEMENT_CHECKS_CHAINNOTES_H

#include "core/Resolver.h"
#include "core/TUAnalysis.h"

#include "clang-tidy/ClangTidyCheck.h"

namespace esc {

/// Emits one note per step after the first: "'g' calls 'h', which
/// allocates", ..., ending at the site that has the effect. The steps come
/// from the Resolver, i.e. from the same facts that produced the verdict.
void emitChainNotes(clang::tidy::ClangTidyCheck &Check, TUAnalysis &A,
                    const std::vector<Cause> &Chain);

/// The text of one cause as seen from the function `Owner` it belongs to.
std::string describeStep(llvm::StringRef Owner, const Cause &C);

} // namespace esc

#endif
