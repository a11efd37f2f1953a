#include "CopyFix.h"

#include "clang-tidy/utils/FixItHintUtils.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Analysis/Analyses/ExprMutationAnalyzer.h"

using namespace clang;

namespace esc::heap {
namespace {

/// The variable whose initializer is `E` (through the wrappers Sema adds).
const VarDecl *initializedVar(ASTContext &Ctx, const Expr *E) {
  DynTypedNode Node = DynTypedNode::create(*E);
  for (int Depth = 0; Depth < 4; ++Depth) {
    DynTypedNodeList Parents = Ctx.getParents(Node);
    if (Parents.size() != 1)
      return nullptr;
    Node = Parents[0];
    if (const auto *V = Node.get<VarDecl>())
      return V->getInit() && V->getInit()->IgnoreImplicit() == E->IgnoreImplicit() ? V
                                                                                    : nullptr;
    const auto *Wrapper = Node.get<Expr>();
    if (!Wrapper || !(isa<ExprWithCleanups>(Wrapper) || isa<ImplicitCastExpr>(Wrapper) ||
                      isa<CXXBindTemporaryExpr>(Wrapper)))
      return nullptr;
  }
  return nullptr;
}

/// The declaration statement of `V` when `V` is its only declarator: the
/// rewrite of `std::string a = x, b = y;` would change both.
const DeclStmt *soleDeclaration(ASTContext &Ctx, const VarDecl &V) {
  DynTypedNodeList Parents = Ctx.getParents(V);
  const DeclStmt *DS = Parents.size() == 1 ? Parents[0].get<DeclStmt>() : nullptr;
  return DS && DS->isSingleDecl() ? DS : nullptr;
}

/// The range-for statement whose loop variable is `V` (declared by `DS`).
const CXXForRangeStmt *loopOf(ASTContext &Ctx, const VarDecl &V, const DeclStmt &DS) {
  DynTypedNodeList Parents = Ctx.getParents(DS);
  const auto *Loop = Parents.size() == 1 ? Parents[0].get<CXXForRangeStmt>() : nullptr;
  return Loop && Loop->getLoopVariable() == &V ? Loop : nullptr;
}

const VarDecl *localOrParam(const Expr *E) {
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  const auto *V = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  return V && (V->isLocalVarDecl() || isa<ParmVarDecl>(V)) && !V->isStaticLocal() ? V
                                                                                   : nullptr;
}

/// The object a copy's source belongs to, when the source is that object or
/// a const reference one of its members returns (`v`, `v.front()`, `v[i]`).
const VarDecl *sourceOwner(ASTContext &Ctx, const Expr *Source) {
  if (const VarDecl *V = localOrParam(Source))
    return V;
  const auto *Call = dyn_cast<CallExpr>(Source->IgnoreParenImpCasts());
  if (!Call)
    return nullptr;
  QualType Ret = Call->getCallReturnType(Ctx);
  if (!Ret->isLValueReferenceType() || !Ret->getPointeeType().isConstQualified())
    return nullptr;
  if (const auto *M = dyn_cast<CXXMemberCallExpr>(Call))
    return localOrParam(M->getImplicitObjectArgument());
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
    if (isa_and_nonnull<CXXMethodDecl>(Op->getCalleeDecl()) && Op->getNumArgs() > 0)
      return localOrParam(Op->getArg(0));
  return nullptr;
}

} // namespace

std::optional<CopyFix> constRefForCopy(ASTContext &Ctx, const FunctionDecl &FD,
                                       const Stmt *Site) {
  const auto *Copy = dyn_cast_or_null<CXXConstructExpr>(Site);
  if (!Copy || !Copy->getConstructor()->isCopyConstructor() || Copy->getNumArgs() < 1 ||
      !FD.getBody())
    return std::nullopt;
  const VarDecl *V = initializedVar(Ctx, Copy);
  if (!V || !V->isLocalVarDecl() || V->isStaticLocal() || V->getType()->isReferenceType() ||
      V->getType().isVolatileQualified() || V->getLocation().isMacroID() ||
      V->getTypeSpecStartLoc().isMacroID())
    return std::nullopt;
  const DeclStmt *DS = soleDeclaration(Ctx, *V);
  if (!DS)
    return std::nullopt;

  // Only read where it lives: the loop body, or the rest of the function.
  const CXXForRangeStmt *Loop = loopOf(Ctx, *V, *DS);
  const Stmt *Scope = Loop ? Loop->getBody() : FD.getBody();
  if (ExprMutationAnalyzer(*Scope, Ctx).isMutated(V))
    return std::nullopt;

  if (Loop) {
    // The element lives as long as the range, unless the body changes it.
    if (const VarDecl *Range = localOrParam(Loop->getRangeInit()))
      if (ExprMutationAnalyzer(*Scope, Ctx).isMutated(Range))
        return std::nullopt;
  } else {
    const VarDecl *Owner = sourceOwner(Ctx, Copy->getArg(0));
    if (!Owner || ExprMutationAnalyzer(*FD.getBody(), Ctx).isMutated(Owner))
      return std::nullopt;
  }

  CopyFix Fix{V, {}};
  if (!V->getType().isConstQualified()) {
    std::optional<FixItHint> Const =
        tidy::utils::fixit::addQualifierToVarDecl(*V, Ctx, DeclSpec::TQ_const);
    if (!Const)
      return std::nullopt;
    Fix.Hints.push_back(std::move(*Const));
  }
  Fix.Hints.push_back(tidy::utils::fixit::changeVarDeclToReference(*V, Ctx));
  return Fix;
}

} // namespace esc::heap
