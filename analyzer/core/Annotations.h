//===- Annotations.h - Escapement's annotations as read from the AST ------===//
//
// Every annotation of runtime/include/escapement/annotations.hpp reaches the
// AST as `[[clang::annotate("escapement::<name>", args...)]]` on some
// redeclaration of a function or on a record. Clang 19 also parses
// [[clang::nonallocating]] / [[clang::nonblocking]] as function effects
// without checking them; they mean the same as ESC_NOALLOC / ESC_NONBLOCKING.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_CORE_ANNOTATIONS_H
#define ESCAPEMENT_CORE_ANNOTATIONS_H

#include "Facts.h"

#include "clang/AST/Decl.h"

#include <optional>

namespace esc {

/// The contract a function declares, merged over all its redeclarations.
Contract readContract(const clang::FunctionDecl *FD);

/// Whether any redeclaration of `D` carries `escapement::<Name>`.
bool hasAnnotation(const clang::Decl *D, llvm::StringRef Name);

/// The integer arguments of `escapement::<Name>` on `D`, if present.
std::optional<std::vector<int64_t>> annotationArgs(const clang::Decl *D, llvm::StringRef Name);

/// True for a statement-marker call (ESC_LOOP_BOUND, ESC_REQUIRES): these
/// expand to empty functions in namespace escapement::marker.
bool isMarkerCall(const clang::FunctionDecl *Callee);

} // namespace esc

#endif
