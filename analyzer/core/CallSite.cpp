#include "CallSite.h"

#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

namespace esc {
using namespace clang;

SourceLocation siteLoc(const Stmt *S) {
  if (const auto *E = dyn_cast<Expr>(S))
    return E->getExprLoc();
  return S->getBeginLoc();
}

bool isVirtualDispatch(const CallExpr *Call) {
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Call->getDirectCallee());
  if (!MD || !MD->isVirtual())
    return false;
  if (MD->hasAttr<FinalAttr>() || MD->getParent()->hasAttr<FinalAttr>())
    return false;
  const Expr *Obj = nullptr;
  if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(Call)) {
    if (const auto *ME = dyn_cast<MemberExpr>(MCE->getCallee()->IgnoreParens()))
      if (ME->hasQualifier())
        return false; // Base::f() is a direct call.
    Obj = MCE->getImplicitObjectArgument();
  } else if (isa<CXXOperatorCallExpr>(Call) && MD->isImplicitObjectMemberFunction() &&
             Call->getNumArgs() > 0) {
    Obj = Call->getArg(0); // (*p)(x): the object is the first operand
  }
  if (!Obj)
    return true;
  // Calls on an object (not through a pointer or reference) are direct.
  // A variable of reference type dispatches like a pointer does.
  Obj = Obj->IgnoreParenImpCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(Obj))
    return DRE->getDecl()->getType()->isReferenceType() || Obj->getType()->isPointerType();
  return !isa<MaterializeTemporaryExpr, CXXTemporaryObjectExpr>(Obj);
}

} // namespace esc
