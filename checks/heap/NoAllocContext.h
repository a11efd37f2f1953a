//===- NoAllocContext.h - Functions that must not allocate ----------------===//
//
// heap-noalloc and heap-noalloc-unproven judge the same functions and end
// every finding with the same note; this is that shared part.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_CHECKS_HEAP_NOALLOCCONTEXT_H
#define ESCAPEMENT_CHECKS_HEAP_NOALLOCCONTEXT_H

#include "core/CallSite.h"
#include "core/TUAnalysis.h"

#include "clang-tidy/ClangTidyCheck.h"

namespace esc::heap {

/// Function definitions of the TU declared ESC_NOALLOC, ESC_NONBLOCKING,
/// [[clang::nonallocating]] or [[clang::nonblocking]], and not audited with
/// ESC_ALLOW_ALLOC.
std::vector<const clang::FunctionDecl *> noAllocFunctions(TUAnalysis &A);

/// "'f' is declared ESC_NOALLOC here", naming the annotation that applies.
void contractNote(clang::tidy::ClangTidyCheck &Check, const clang::FunctionDecl *FD,
                  llvm::StringRef Name);

} // namespace esc::heap

#endif
