//===- Throw.cpp ----------------------------------------------------------===//
#include "flow/Throw.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

namespace escapement::flow {

using namespace clang;

static bool declaredNothrow(const FunctionDecl *FD) {
  if (!FD)
    return false; // an indirect call: assume it may throw
  const auto *Proto = FD->getType()->getAs<FunctionProtoType>();
  return Proto && Proto->isNothrow();
}

static bool insideTry(const Stmt *S, ParentMap &Parents) {
  for (const Stmt *P = Parents.getParent(S); P; P = Parents.getParent(P))
    if (isa<CXXTryStmt>(P))
      return true;
  return false;
}

bool mayThrowOut(const Stmt *S, ParentMap &Parents) {
  bool Throws = false;
  if (const auto *Call = dyn_cast<CallExpr>(S)) {
    if (const FunctionDecl *Callee = Call->getDirectCallee())
      Throws = !declaredNothrow(Callee) && !Callee->isTrivial();
    else if (const auto *Proto = Call->getCallee()
                                     ->getType()
                                     ->getPointeeOrArrayElementType()
                                     ->getAs<FunctionProtoType>())
      Throws = !Proto->isNothrow();
    else
      Throws = true;
  } else if (const auto *Ctor = dyn_cast<CXXConstructExpr>(S)) {
    Throws = !Ctor->getConstructor()->isTrivial() &&
             !declaredNothrow(Ctor->getConstructor());
  }
  return Throws && !insideTry(S, Parents);
}

} // namespace escapement::flow
