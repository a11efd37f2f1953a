//===- CallSite.h - How a site is seen, decided once ----------------------===//
//
// Two questions every consumer of a site asks, answered in one place so the
// facts, the escape graph, --explain and every check agree:
//
//   where is it?    the expression's own location: the member name of a
//                   member call (`v.push_back` at push_back), the operator of
//                   an operator call, the start of anything else
//   which code runs? a call of a virtual method may run any override unless
//                   the call is devirtualised: `Base::f()`, a final method or
//                   class, or an object (not a pointer or a reference) whose
//                   dynamic type is its static type: `obj.f()`, `T().f()`
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_CORE_CALLSITE_H
#define ESCAPEMENT_CORE_CALLSITE_H

#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"

namespace esc {

/// Where a site (an allocation, a call, a spawn) is reported and recorded.
clang::SourceLocation siteLoc(const clang::Stmt *S);

/// True when `Call` may run an override of the method it names rather than
/// that method itself.
bool isVirtualDispatch(const clang::CallExpr *Call);

} // namespace esc

#endif
