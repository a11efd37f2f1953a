//===- Annotations.h - Escapement's annotations as read from the AST ------===//
//
// Every annotation of runtime/include/escapement/annotations.hpp reaches the
// AST as `[[clang::annotate("escapement::<name>", args...)]]` on some
// redeclaration of a function or on a record. Clang 19 also parses
// [[clang::nonallocating]] / [[clang::nonblocking]] as function effects
// without checking them; they mean the same as ESC_NOALLOC / ESC_NONBLOCKING.
// Statement markers (ESC_LOOP_BOUND, ESC_REQUIRES) are calls of empty
// functions in namespace escapement::marker.
//
// This file is the only reader of those attributes: what it reads becomes
// the function's Contract (and Markers) in its facts, which checks read.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_CORE_ANNOTATIONS_H
#define ESCAPEMENT_CORE_ANNOTATIONS_H

#include "Facts.h"

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"

#include <optional>

namespace esc {

/// The contract a function declares, merged over all its redeclarations,
/// with every annotation's arguments and how each was spelled.
Contract readContract(const clang::FunctionDecl *FD);

/// What a type declares (ESC_SEND / ESC_NOT_SEND). Types are not functions
/// and have no facts: a type's annotations are read where the type is used,
/// which always has its definition (a type is sent by value or by pointer to
/// a complete type), so nothing crosses translation units for them.
struct TypeContract {
  bool Send = false;
  bool NotSend = false;
};
TypeContract readTypeContract(const clang::TagDecl *TD);

/// Whether any redeclaration of `D` carries `escapement::<Name>`.
bool hasAnnotation(const clang::Decl *D, llvm::StringRef Name);

/// The integer arguments of `escapement::<Name>` on `D`, if present.
std::optional<std::vector<int64_t>> annotationArgs(const clang::Decl *D, llvm::StringRef Name);

/// True for a statement-marker call (ESC_LOOP_BOUND, ESC_REQUIRES): these
/// expand to empty functions in namespace escapement::marker.
bool isMarkerCall(const clang::FunctionDecl *Callee);

/// The marker a marker call states: its kind, its argument as written and
/// ESC_LOOP_BOUND's constant value. Pos is left to the caller (facts name
/// positions the TU's way). None for a marker function Escapement does not
/// know.
std::optional<Marker> readMarker(const clang::CallExpr *Call, const clang::FunctionDecl *Callee,
                                 const clang::ASTContext &Ctx);

} // namespace esc

#endif
