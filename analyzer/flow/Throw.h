//===- Throw.h - may this element leave the function by an exception? -----===//
#ifndef ESCAPEMENT_FLOW_THROW_H
#define ESCAPEMENT_FLOW_THROW_H

#include "clang/AST/Stmt.h"
#include "clang/AST/ParentMap.h"

namespace escapement::flow {

/// True for a call or construction whose callee is not declared non-throwing
/// (FunctionProtoType::isNothrow), and not lexically inside a try block: that
/// call is an exceptional way out of the function. Throw expressions are not
/// counted here: the CFG already routes them (to the exit or a handler).
bool mayThrowOut(const clang::Stmt *S, clang::ParentMap &Parents);

} // namespace escapement::flow

#endif
