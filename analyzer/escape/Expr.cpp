//===- Expr.cpp - Expressions and assignment targets ----------------------===//
//
// expr(K, E) adds the edges for "the value of E flows into K"; lvalue(E)
// answers "where does a store into E go". The model is field-insensitive: a
// member `s.f` is the location of `s`. A store into anything but a local
// variable goes to the heap, as in Go:
//
//   *p = q;      q -> heap   "*p = q (stored through a pointer)"
//   this->f = q; q -> heap   "f = q (stored through 'this')"
//   s.f = q;     q -> s      "s.f = q"
//
//===----------------------------------------------------------------------===//
#include "Builder.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace esc::escape {

namespace {

constexpr unsigned MaxDepth = 1024;

struct DepthGuard {
  unsigned &Depth;
  explicit DepthGuard(unsigned &D) : Depth(D) { ++Depth; }
  ~DepthGuard() { --Depth; }
};

/// The variable a structured binding names: `auto [a, b] = s;` reads `s`
/// (field-insensitively).
const ValueDecl *bindingTarget(const ValueDecl *D) {
  if (const auto *B = dyn_cast<BindingDecl>(D))
    if (ValueDecl *Decomposed = B->getDecomposedDecl())
      return Decomposed;
  return D;
}

} // namespace

void Builder::expr(Hole K, const Expr *E) {
  if (!E)
    return;
  if (Depth >= MaxDepth) {
    G.setOverflowed();
    return;
  }
  DepthGuard Guard(Depth);
  // A copy of an int carries no address; the expression is still walked
  // for what it does (calls, assignments).
  if (K.Derefs >= 0 && !mayHoldAddress(E->getType()))
    K = discard();

  switch (E->getStmtClass()) {
  case Stmt::ParenExprClass:
    return expr(K, cast<ParenExpr>(E)->getSubExpr());
  case Stmt::ConstantExprClass:
  case Stmt::ExprWithCleanupsClass:
    return expr(K, cast<FullExpr>(E)->getSubExpr());
  case Stmt::CXXBindTemporaryExprClass:
    return expr(K, cast<CXXBindTemporaryExpr>(E)->getSubExpr());
  case Stmt::CXXDefaultArgExprClass:
    return expr(K, cast<CXXDefaultArgExpr>(E)->getExpr());
  case Stmt::CXXDefaultInitExprClass:
    return expr(K, cast<CXXDefaultInitExpr>(E)->getExpr());
  case Stmt::CXXStdInitializerListExprClass:
    return expr(K, cast<CXXStdInitializerListExpr>(E)->getSubExpr());
  case Stmt::OpaqueValueExprClass:
    return expr(K, cast<OpaqueValueExpr>(E)->getSourceExpr());
  case Stmt::CXXRewrittenBinaryOperatorClass:
    return expr(K, cast<CXXRewrittenBinaryOperator>(E)->getSemanticForm());
  case Stmt::MaterializeTemporaryExprClass:
  case Stmt::CompoundLiteralExprClass: {
    const Expr *Sub = isa<MaterializeTemporaryExpr>(E)
                          ? cast<MaterializeTemporaryExpr>(E)->getSubExpr()
                          : cast<CompoundLiteralExpr>(E)->getInitializer();
    if (K.Derefs >= 0)
      return expr(K, Sub);
    // const Big &r = make();   the temporary is a location of its own.
    LocId T = G.temp();
    emit(T, K);
    return expr(hole(T, K.Note), Sub);
  }

  case Stmt::DeclRefExprClass:
    return declRef(K, cast<DeclRefExpr>(E)->getDecl());
  case Stmt::CXXThisExprClass:
    // In a lambda's body `this` is the enclosing object, captured by copy
    // into the closure; elsewhere it is the pseudo-parameter.
    if (inLambdaBody())
      return emit(G.thisLoc(), deref(K));
    return emit(G.thisLoc(), K);

  case Stmt::UnaryOperatorClass: {
    const auto *UO = cast<UnaryOperator>(E);
    switch (UO->getOpcode()) {
    case UO_AddrOf:
      return expr(addr(K), UO->getSubExpr());
    case UO_Deref:
      return expr(deref(K), UO->getSubExpr());
    case UO_PreInc:
    case UO_PreDec:
    case UO_PostInc:
    case UO_PostDec:
    case UO_Extension:
    case UO_Real:
    case UO_Imag:
      return expr(K, UO->getSubExpr()); // p++ still points into the same object
    default:
      return expr(discard(), UO->getSubExpr());
    }
  }

  case Stmt::BinaryOperatorClass:
  case Stmt::CompoundAssignOperatorClass: {
    const auto *BO = cast<BinaryOperator>(E);
    switch (BO->getOpcode()) {
    case BO_Assign:
      assign(BO->getLHS(), BO->getRHS(), BO->getOperatorLoc());
      return expr(K, BO->getLHS());
    case BO_Comma:
      expr(discard(), BO->getLHS());
      return expr(K, BO->getRHS());
    case BO_PtrMemD:
      expr(discard(), BO->getRHS());
      return expr(K, BO->getLHS());
    case BO_PtrMemI:
      expr(discard(), BO->getRHS());
      return expr(deref(K), BO->getLHS());
    default:
      if (BO->isCompoundAssignmentOp()) { // p += n keeps p's target
        expr(discard(), BO->getRHS());
        return expr(K, BO->getLHS());
      }
      // p + n: the pointer operand flows; integers and comparisons are
      // discarded by their type.
      expr(K, BO->getLHS());
      return expr(K, BO->getRHS());
    }
  }

  case Stmt::ConditionalOperatorClass: {
    const auto *CO = cast<ConditionalOperator>(E);
    expr(discard(), CO->getCond());
    expr(K, CO->getTrueExpr());
    return expr(K, CO->getFalseExpr());
  }
  case Stmt::BinaryConditionalOperatorClass: {
    const auto *BC = cast<BinaryConditionalOperator>(E);
    expr(K, BC->getCommon());
    return expr(K, BC->getFalseExpr());
  }

  case Stmt::ArraySubscriptExprClass: {
    const auto *AS = cast<ArraySubscriptExpr>(E);
    expr(discard(), AS->getIdx());
    return expr(deref(K), AS->getBase());
  }

  case Stmt::MemberExprClass: {
    const auto *ME = cast<MemberExpr>(E);
    const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (!F) // a static member or a bound method: nothing of the base flows
      return expr(discard(), ME->getBase());
    Hole B = ME->isArrow() ? deref(K) : K;
    if (F->getType()->isReferenceType()) // reading through a reference member
      B = deref(B);
    return expr(B, ME->getBase());
  }

  case Stmt::InitListExprClass: {
    const auto *ILE = cast<InitListExpr>(E);
    if (ILE->isSyntacticForm() && ILE->getSemanticForm())
      ILE = ILE->getSemanticForm();
    // S s{x};   with `int &r` as S's first member, s holds &x.
    const RecordDecl *RD = ILE->getType()->getAsRecordDecl();
    unsigned I = 0, N = ILE->getNumInits();
    if (RD && !RD->isUnion()) {
      if (const auto *CRD = dyn_cast<CXXRecordDecl>(RD))
        for (unsigned B = 0; B < CRD->getNumBases() && I < N; ++B)
          expr(K, ILE->getInit(I++));
      for (const FieldDecl *F : RD->fields()) {
        if (I >= N)
          break;
        if (F->isUnnamedBitField())
          continue;
        expr(F->getType()->isReferenceType() ? addr(K) : K, ILE->getInit(I++));
      }
    }
    for (; I < N; ++I)
      expr(K, ILE->getInit(I));
    return;
  }
  case Stmt::CXXParenListInitExprClass:
    for (const Expr *Init : cast<CXXParenListInitExpr>(E)->getInitExprs())
      expr(K, Init);
    return;

  case Stmt::CallExprClass:
  case Stmt::CXXMemberCallExprClass:
  case Stmt::CXXOperatorCallExprClass:
  case Stmt::UserDefinedLiteralClass:
  case Stmt::CXXConstructExprClass:
  case Stmt::CXXTemporaryObjectExprClass:
    return call(K, E);
  case Stmt::CXXNewExprClass:
    return newExpr(K, cast<CXXNewExpr>(E));
  case Stmt::CXXDeleteExprClass:
    return expr(discard(), cast<CXXDeleteExpr>(E)->getArgument());
  case Stmt::LambdaExprClass:
    return lambda(K, cast<LambdaExpr>(E));

  case Stmt::CXXThrowExprClass:
    return expr(heap(note(E->getExprLoc(), text(E))),
                cast<CXXThrowExpr>(E)->getSubExpr());
  case Stmt::CoyieldExprClass: {
    // co_yield p;   hands p to whoever resumes the coroutine.
    const Expr *Op = cast<CoyieldExpr>(E)->getOperand();
    expr(hole(Graph::ReturnLoc, note(E->getExprLoc(), text(E))), Op);
    return;
  }
  case Stmt::CoawaitExprClass:
    return expr(K, cast<CoawaitExpr>(E)->getOperand());
  case Stmt::StmtExprClass: {
    // GNU ({ ...; v; }): the value of the last statement.
    const CompoundStmt *CS = cast<StmtExpr>(E)->getSubStmt();
    for (const Stmt *S : CS->body()) {
      if (S == CS->body_back())
        if (const auto *Last = dyn_cast<Expr>(S))
          return expr(K, Last);
      stmt(S);
    }
    return;
  }

  // Unevaluated operands and values that hold no address of this function.
  case Stmt::UnaryExprOrTypeTraitExprClass:
  case Stmt::CXXNoexceptExprClass:
  case Stmt::CXXTypeidExprClass:
  case Stmt::RequiresExprClass:
  case Stmt::ConceptSpecializationExprClass:
  case Stmt::PredefinedExprClass:
  case Stmt::SourceLocExprClass:
  case Stmt::StringLiteralClass:
  case Stmt::IntegerLiteralClass:
  case Stmt::FloatingLiteralClass:
  case Stmt::CharacterLiteralClass:
  case Stmt::CXXBoolLiteralExprClass:
  case Stmt::CXXNullPtrLiteralExprClass:
  case Stmt::ImplicitValueInitExprClass:
  case Stmt::CXXScalarValueInitExprClass:
  case Stmt::ArrayInitIndexExprClass:
  case Stmt::GNUNullExprClass:
    return;

  default:
    if (const auto *CE = dyn_cast<CastExpr>(E)) {
      switch (CE->getCastKind()) {
      case CK_ArrayToPointerDecay: // int a[4]; int *p = a;   p = &a
        return expr(addr(K), CE->getSubExpr());
      case CK_FunctionToPointerDecay:
      case CK_BuiltinFnToFnPtr:
      case CK_NullToPointer:
      case CK_NullToMemberPointer:
        return expr(discard(), CE->getSubExpr());
      default: // value-preserving; conversions via calls are calls
        return expr(K, CE->getSubExpr());
      }
    }
    // Anything else: its value may derive from any of its operands.
    return exprChildren(K, E);
  }
}

void Builder::exprChildren(Hole K, const Stmt *S) {
  for (const Stmt *Child : S->children()) {
    if (const auto *CE = dyn_cast_or_null<Expr>(Child))
      expr(K, CE);
    else
      stmt(Child);
  }
}

void Builder::declRef(Hole K, const ValueDecl *D) {
  const auto *VD = dyn_cast<VarDecl>(bindingTarget(D));
  if (!VD || K.discarded())
    return;
  if (VD->isInitCapture() || (!isLocal(VD) && VD->hasLocalStorage())) {
    // In a lambda's body a captured variable is a member of the closure:
    // one deref of `this`, one more when captured by reference.
    if (!inLambdaBody())
      return; // a local of another function: not ours to track
    int Derefs = 1;
    if (VD->isInitCapture()) {
      Derefs += VD->getType()->isReferenceType();
    } else {
      const CXXRecordDecl *Closure = cast<CXXMethodDecl>(FD)->getParent();
      bool Found = false;
      for (const LambdaCapture &C : Closure->captures())
        if (C.capturesVariable() && C.getCapturedVar() == VD) {
          Found = true;
          Derefs += C.getCaptureKind() == LCK_ByRef;
        }
      if (!Found)
        return;
    }
    return emit(G.thisLoc(), shift(K, Derefs));
  }
  if (!isLocal(VD))
    return; // a global: its value comes from the heap
  LocId L = G.var(VD);
  // int &r = x;   r holds &x, and using r reads x.
  emit(L, VD->getType()->isReferenceType() ? deref(K) : K);
}

//===-- Stores ------------------------------------------------------------===//

static const Expr *stripLValueCasts(const Expr *E) {
  while (true) {
    E = E->IgnoreParens();
    if (const auto *CE = dyn_cast<CastExpr>(E);
        CE && CE->getCastKind() != CK_ArrayToPointerDecay &&
        CE->getCastKind() != CK_LValueToRValue) {
      E = CE->getSubExpr();
      continue;
    }
    if (const auto *FE = dyn_cast<FullExpr>(E)) {
      E = FE->getSubExpr();
      continue;
    }
    return E;
  }
}

Hole Builder::lvalue(const Expr *E, const char *&Why) {
  E = stripLValueCasts(E);
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(bindingTarget(DRE->getDecl()));
    if (!VD)
      return discard();
    if (isLocal(VD) && !VD->isInitCapture()) {
      if (!VD->getType()->isReferenceType())
        return hole(G.var(VD), NoNote);
      Why = "stored through a reference";
      return heap(NoNote);
    }
    Why = VD->hasLocalStorage() ? "stored in a lambda capture"
                                : "stored in a global";
    return heap(NoNote);
  }
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    const ValueDecl *M = ME->getMemberDecl();
    if (isa<VarDecl>(M)) {
      Why = "stored in a global";
      return heap(NoNote);
    }
    if (M->getType()->isReferenceType()) {
      Why = "stored through a reference";
      return heap(NoNote);
    }
    return ME->isArrow() ? pointee(ME->getBase(), Why)
                         : lvalue(ME->getBase(), Why);
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() == UO_Deref)
      return pointee(UO->getSubExpr(), Why);
    if (UO->isIncrementDecrementOp())
      return lvalue(UO->getSubExpr(), Why);
  }
  if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E))
    return pointee(AS->getBase(), Why);
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    if (BO->getOpcode() == BO_Comma)
      return lvalue(BO->getRHS(), Why);
    if (BO->isAssignmentOp())
      return lvalue(BO->getLHS(), Why);
  }
  if (const auto *CO = dyn_cast<ConditionalOperator>(E)) {
    Hole T = lvalue(CO->getTrueExpr(), Why);
    Hole F = lvalue(CO->getFalseExpr(), Why);
    return tee({T, F});
  }
  // v[i] = p;  v.front() = p;   a standard container keeps what is stored
  // into the element it hands out.
  if (const auto *CE = dyn_cast<CallExpr>(E)) {
    const auto *MD = dyn_cast_or_null<CXXMethodDecl>(CE->getDirectCallee());
    const Expr *Obj = nullptr;
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
      Obj = MC->getImplicitObjectArgument();
    else if (isa<CXXOperatorCallExpr>(CE) && MD && MD->isInstance())
      Obj = CE->getArg(0);
    if (Obj && MD && isSystem(MD))
      return Obj->getType()->isPointerType() ? pointee(Obj, Why)
                                             : lvalue(Obj, Why);
    Why = "stored through a returned reference";
    return heap(NoNote);
  }
  Why = "stored through a pointer";
  return heap(NoNote);
}

Hole Builder::pointee(const Expr *Ptr, const char *&Why) {
  Ptr = Ptr->IgnoreParens();
  while (const auto *CE = dyn_cast<CastExpr>(Ptr)) {
    if (CE->getCastKind() == CK_ArrayToPointerDecay) // a[i] = p;  a is local
      return lvalue(CE->getSubExpr(), Why);
    Ptr = CE->getSubExpr()->IgnoreParens();
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(Ptr);
      UO && UO->getOpcode() == UO_AddrOf)
    return lvalue(UO->getSubExpr(), Why);
  if (!isa<CXXThisExpr>(Ptr)) {
    Why = "stored through a pointer";
    return heap(NoNote);
  }
  // Foo(int *P) { Ptr = P; }   a constructor's *this is its result: the
  // caller decides where the object lives. Any other method's *this
  // outlives it, like memory behind any pointer.
  if (isa<CXXConstructorDecl>(FD)) {
    Why = "stored in the object being constructed";
    return hole(Graph::ReturnLoc, NoNote);
  }
  Why = "stored through 'this'";
  return heap(NoNote);
}

void Builder::assign(const Expr *LHS, const Expr *RHS, SourceLocation Loc) {
  const char *Why = nullptr;
  Hole K = lvalue(LHS, Why);
  if (K.discarded())
    return expr(discard(), RHS);
  std::string Text = text(LHS) + " = " + text(RHS);
  if (Why)
    Text += std::string(" (") + Why + ")";
  expr(K.withNote(note(Loc, std::move(Text))), RHS);
}

} // namespace esc::escape
