// Expressions: integer values with C++'s conversions, places to store to,
// calls (declared costs, arena primitives, inlined bodies), and a fresh
// input for any value the translation cannot follow.
#include "Translator.h"

#include "core/Annotations.h"

#include "clang/AST/ParentMapContext.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace esc::bound {

using solver::Op;
using solver::OpClass;

std::optional<IntType> Translator::intType(QualType T) const {
  T = T.getNonReferenceType().getCanonicalType();
  if (T->isBooleanType())
    return IntType{1, false};
  if (T->isIntegralOrEnumerationType())
    return IntType{unsigned(Ctx.getTypeSize(T)), T->isSignedIntegerOrEnumerationType()};
  if (T->isPointerType() || T->isNullPtrType())
    return IntType{64, false};
  return std::nullopt;
}

std::string Translator::text(const Stmt *S) const {
  // As written when it is written in one place; printed from the AST when
  // it comes out of a macro (whose argument text would not say which).
  const SourceManager &SM = Ctx.getSourceManager();
  CharSourceRange R = Lexer::makeFileCharRange(CharSourceRange::getTokenRange(S->getSourceRange()),
                                               SM, Ctx.getLangOpts());
  std::string T;
  if (R.isValid())
    T = Lexer::getSourceText(R, SM, Ctx.getLangOpts()).str();
  if (T.empty()) {
    llvm::raw_string_ostream OS(T);
    S->printPretty(OS, nullptr, PrintingPolicy(Ctx.getLangOpts()));
  }
  for (char &C : T)
    if (C == '\n' || C == '\t')
      C = ' ';
  if (T.size() > 48)
    T = T.substr(0, 45) + "...";
  return T;
}

VarId Translator::varFor(const ValueDecl *D) {
  const auto *VD = dyn_cast<VarDecl>(D);
  bool Global = VD && VD->hasGlobalStorage();
  unsigned FrameId = Global || Frames.empty() ? 0 : Frames.back().Id;
  auto Key = std::make_pair(Global ? ~0u : FrameId, D);
  if (auto It = Vars.find(Key); It != Vars.end())
    return It->second;
  QualType T = D->getType().getNonReferenceType();
  solver::Var V;
  V.Name = D->getNameAsString();
  if (FrameId != 0 && !Global)
    V.Name += "@" + Frames.back().FD->getNameAsString();
  if (const auto *AT = Ctx.getAsConstantArrayType(T)) {
    V.IsArray = true;
    V.Length = AT->getSize().getZExtValue();
    T = AT->getElementType();
  } else if (T->isPointerType()) {
    // A pointer parameter indexed like an array: its elements are inputs.
    V.IsArray = true;
    T = T->getPointeeType();
  }
  V.T = intType(T).value_or(IntType{64, false});
  bool Param = isa<ParmVarDecl>(D) && FrameId == 0;
  // A constant global with an initialiser is not an input: it starts with it.
  bool Initialised = Global && VD->getType().isConstQualified() && VD->getInit();
  V.Input = Param || (Global && !Initialised);
  VarId Id = P.var(V);
  Vars[Key] = Id;
  // A constant global with an initialiser starts with it; any other global
  // is an input (it may hold anything when the function is called).
  if (Global && VD->getType().isConstQualified())
    if (const Expr *Init = VD->getInit()) {
      std::vector<StmtId> *Saved = std::exchange(Out, &Prologue);
      if (const auto *IL = dyn_cast<InitListExpr>(Init->IgnoreImplicit())) {
        for (unsigned I = 0; I < IL->getNumInits(); ++I)
          emit(P.store(Id, P.constant(I, IntType{64, false}), value(IL->getInit(I))));
      } else if (!P.var(Id).IsArray) {
        emit(P.assign(Id, value(Init)));
      }
      Out = Saved;
      takePending();
    }
  return Id;
}

VarId Translator::cellFor(const Expr *E, IntType T, bool Array) {
  std::string Key = text(E);
  if (!Frames.empty() && Frames.back().Id != 0)
    Key += "@" + Frames.back().FD->getNameAsString();
  if (auto It = Cells.find(Key); It != Cells.end())
    return It->second;
  solver::Var V;
  V.Name = Key, V.T = T, V.IsArray = Array;
  VarId Id = P.var(V);
  Cells[Key] = Id;
  return Id;
}

ExprId Translator::freshFor(const Expr *E, const std::string &What) {
  // A float or a class has no integer value worth showing: unlabelled, so
  // the counterexample does not list its bits as an input.
  auto T = intType(E->getType());
  return P.fresh(T.value_or(IntType{64, false}), T ? What : "");
}

bool Translator::hasCalls(const Expr *E) const {
  if (!E)
    return false;
  if (isa<CallExpr>(E) || isa<CXXConstructExpr>(E))
    return true;
  if (const auto *BO = dyn_cast<BinaryOperator>(E); BO && BO->isAssignmentOp())
    return true;
  if (const auto *UO = dyn_cast<UnaryOperator>(E); UO && UO->isIncrementDecrementOp())
    return true;
  for (const Stmt *C : E->children())
    if (const auto *CE = dyn_cast_or_null<Expr>(C); CE && hasCalls(CE))
      return true;
  return false;
}

LValue Translator::lvalue(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *DR = dyn_cast<DeclRefExpr>(E)) {
    const ValueDecl *D = DR->getDecl();
    if (!Frames.empty())
      if (auto It = Frames.back().Bound.find(D); It != Frames.back().Bound.end())
        return It->second;
    if (isa<VarDecl>(D) && intType(D->getType()))
      return {varFor(D), solver::None};
    return {};
  }
  if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
    const Expr *Base = AS->getBase()->IgnoreParenImpCasts();
    VarId Arr = solver::None;
    if (const auto *DR = dyn_cast<DeclRefExpr>(Base)) {
      if (!Frames.empty())
        if (auto It = Frames.back().Bound.find(DR->getDecl()); It != Frames.back().Bound.end())
          Arr = It->second.V;
      if (Arr == solver::None)
        Arr = varFor(DR->getDecl());
    } else {
      auto T = intType(AS->getType());
      if (!T)
        return {};
      Arr = cellFor(Base, *T, true);
    }
    charge(OpClass::Mem);
    return {Arr, value(AS->getIdx())};
  }
  if (isa<MemberExpr>(E) || (isa<UnaryOperator>(E) && cast<UnaryOperator>(E)->getOpcode() == UO_Deref)) {
    auto T = intType(E->getType());
    if (!T)
      return {};
    charge(OpClass::Mem);
    return {cellFor(E, *T, false), solver::None};
  }
  return {};
}

ExprId Translator::readLValue(const LValue &L) {
  return L.Index == solver::None ? P.read(L.V) : P.select(L.V, L.Index);
}

ExprId Translator::assignTo(const LValue &L, ExprId V, SourceLocation At) {
  if (!L.valid())
    return V;
  if (L.Index == solver::None)
    emit(P.assign(L.V, P.cast(V, P.var(L.V).T), where(At)));
  else
    emit(P.store(L.V, L.Index, V, where(At)));
  return readLValue(L);
}

ExprId Translator::condition(const Expr *E) {
  ExprId V = value(E);
  IntType T = P.expr(V).T;
  return P.compare(Op::Ne, V, P.constant(0, T));
}

static std::optional<Op> arithOp(BinaryOperatorKind K) {
  switch (K) {
  case BO_Add: case BO_AddAssign: return Op::Add;
  case BO_Sub: case BO_SubAssign: return Op::Sub;
  case BO_Mul: case BO_MulAssign: return Op::Mul;
  case BO_Div: case BO_DivAssign: return Op::Div;
  case BO_Rem: case BO_RemAssign: return Op::Rem;
  case BO_Shl: case BO_ShlAssign: return Op::Shl;
  case BO_Shr: case BO_ShrAssign: return Op::Shr;
  case BO_And: case BO_AndAssign: return Op::BitAnd;
  case BO_Or: case BO_OrAssign: return Op::BitOr;
  case BO_Xor: case BO_XorAssign: return Op::BitXor;
  case BO_EQ: return Op::Eq;
  case BO_NE: return Op::Ne;
  case BO_LT: return Op::Lt;
  case BO_LE: return Op::Le;
  case BO_GT: return Op::Gt;
  case BO_GE: return Op::Ge;
  default: return std::nullopt;
  }
}

static OpClass classOf(Op K) {
  switch (K) {
  case Op::Mul: return OpClass::Mul;
  case Op::Div: case Op::Rem: return OpClass::Div;
  default: return OpClass::Arith;
  }
}

ExprId Translator::value(const Expr *E) {
  E = E->IgnoreParens();
  IntType T = intType(E->getType()).value_or(IntType{64, false});
  // Constants of every kind (literals, enumerators, sizeof, constexpr).
  if (!E->isValueDependent() && !E->isGLValue() && intType(E->getType())) {
    Expr::EvalResult R;
    // As the type's bits: an unsigned 64-bit value past INT64_MAX (or a
    // 128-bit one) has no int64_t value, and the bits are what is encoded.
    if (E->EvaluateAsInt(R, Ctx) && R.Val.getInt().getBitWidth() <= 64) {
      const llvm::APSInt &V = R.Val.getInt();
      return P.constant(V.isSigned() ? V.getSExtValue() : int64_t(V.getZExtValue()), T);
    }
  }
  if (const auto *IC = dyn_cast<ImplicitCastExpr>(E)) {
    switch (IC->getCastKind()) {
    case CK_LValueToRValue: {
      LValue L = lvalue(IC->getSubExpr());
      if (L.valid())
        return readLValue(L);
      return freshFor(E, "the value of '" + text(IC->getSubExpr()) + "'");
    }
    case CK_IntegralCast: case CK_IntegralToBoolean: case CK_NoOp:
    case CK_BooleanToSignedIntegral: case CK_PointerToBoolean:
      if (IC->getCastKind() == CK_IntegralToBoolean || IC->getCastKind() == CK_PointerToBoolean)
        return condition(IC->getSubExpr());
      return P.cast(value(IC->getSubExpr()), T);
    default: break;
    }
  }
  if (const auto *CE = dyn_cast<ExplicitCastExpr>(E))
    if (intType(CE->getSubExpr()->getType()) && CE->getCastKind() != CK_ToVoid)
      return P.cast(value(CE->getSubExpr()), T);
  if (const auto *DR = dyn_cast<DeclRefExpr>(E)) {
    LValue L = lvalue(DR);
    if (L.valid())
      return readLValue(L);
  }
  if (isa<ArraySubscriptExpr>(E) || isa<MemberExpr>(E)) {
    LValue L = lvalue(E);
    if (L.valid())
      return readLValue(L);
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    BinaryOperatorKind K = BO->getOpcode();
    if (K == BO_Comma) {
      value(BO->getLHS());
      return value(BO->getRHS());
    }
    if (K == BO_LAnd || K == BO_LOr) {
      // The right side runs only when the left does not decide: lowered to
      // a branch when it calls something, so its cost is paid only then.
      if (!hasCalls(BO->getRHS())) {
        charge(OpClass::Branch);
        ExprId L = condition(BO->getLHS()), R = condition(BO->getRHS());
        return P.binary(K == BO_LAnd ? Op::LAnd : Op::LOr, L, R, IntType{1, false});
      }
      VarId Tmp = P.var({"&&" + std::to_string(++Temps), IntType{1, false}, false, {}, false});
      ExprId L = condition(BO->getLHS());
      emit(P.assign(Tmp, L));
      flush(BO->getOperatorLoc());
      std::vector<StmtId> Then = block([&] { emit(P.assign(Tmp, condition(BO->getRHS()))); });
      ExprId Test = K == BO_LAnd ? P.read(Tmp) : P.unary(Op::LNot, P.read(Tmp), IntType{1, false});
      emit(P.ifThen(Test, P.seq(Then), solver::None, where(BO->getOperatorLoc())));
      return P.read(Tmp);
    }
    if (BO->isAssignmentOp()) {
      LValue L = lvalue(BO->getLHS());
      ExprId R = value(BO->getRHS());
      if (K != BO_Assign) {
        Op A = *arithOp(K);
        charge(classOf(A));
        IntType LT = intType(BO->getLHS()->getType()).value_or(T);
        ExprId Cur = L.valid() ? readLValue(L) : freshFor(BO->getLHS(), text(BO->getLHS()));
        R = P.binary(A, Cur, P.cast(R, LT), LT);
      }
      if (L.Index != solver::None)
        charge(OpClass::Mem);
      return assignTo(L, R, BO->getOperatorLoc());
    }
    if (auto A = arithOp(K)) {
      ExprId L = value(BO->getLHS()), R = value(BO->getRHS());
      charge(classOf(*A));
      if (BO->isComparisonOp())
        return P.compare(*A, L, R);
      return P.binary(*A, L, R, T);
    }
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    switch (UO->getOpcode()) {
    case UO_Plus: return value(UO->getSubExpr());
    case UO_Minus: charge(OpClass::Arith); return P.unary(Op::Neg, value(UO->getSubExpr()), T);
    case UO_Not: charge(OpClass::Arith); return P.unary(Op::BitNot, value(UO->getSubExpr()), T);
    case UO_LNot: return P.unary(Op::LNot, condition(UO->getSubExpr()), IntType{1, false});
    case UO_PreInc: case UO_PreDec: case UO_PostInc: case UO_PostDec: {
      LValue L = lvalue(UO->getSubExpr());
      IntType LT = intType(UO->getSubExpr()->getType()).value_or(T);
      if (!L.valid())
        return freshFor(E, text(E));
      charge(OpClass::Arith);
      VarId Old = P.var({"old" + std::to_string(++Temps), LT, false, {}, false});
      emit(P.assign(Old, readLValue(L)));
      ExprId One = P.constant(1, LT);
      bool Inc = UO->isIncrementOp();
      assignTo(L, P.binary(Inc ? Op::Add : Op::Sub, P.read(Old), One, LT), UO->getOperatorLoc());
      return UO->isPrefix() ? readLValue(L) : P.read(Old);
    }
    case UO_Deref: {
      LValue L = lvalue(UO);
      if (L.valid())
        return readLValue(L);
      break;
    }
    default: break;
    }
  }
  if (const auto *CO = dyn_cast<ConditionalOperator>(E)) {
    ExprId C = condition(CO->getCond());
    charge(OpClass::Branch);
    if (!hasCalls(CO->getTrueExpr()) && !hasCalls(CO->getFalseExpr()))
      return P.ite(C, value(CO->getTrueExpr()), value(CO->getFalseExpr()), T);
    VarId Tmp = P.var({"?:" + std::to_string(++Temps), T, false, {}, false});
    flush(CO->getQuestionLoc());
    std::vector<StmtId> Then = block([&] { emit(P.assign(Tmp, value(CO->getTrueExpr()))); });
    std::vector<StmtId> Else = block([&] { emit(P.assign(Tmp, value(CO->getFalseExpr()))); });
    emit(P.ifThen(C, P.seq(Then), P.seq(Else), where(CO->getQuestionLoc())));
    return P.read(Tmp);
  }
  if (isa<CXXThrowExpr>(E)) {
    unsupported("throws: the cost of unwinding is not modelled", E->getBeginLoc());
    return freshFor(E, "");
  }
  if (const auto *CE = dyn_cast<CallExpr>(E))
    return call(CE);
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E))
    return construct(CE);
  if (const auto *EC = dyn_cast<ExprWithCleanups>(E))
    return value(EC->getSubExpr());
  if (const auto *MT = dyn_cast<MaterializeTemporaryExpr>(E))
    return value(MT->getSubExpr());
  if (const auto *BT = dyn_cast<CXXBindTemporaryExpr>(E))
    return value(BT->getSubExpr());
  if (const auto *DA = dyn_cast<CXXDefaultArgExpr>(E))
    return value(DA->getExpr());
  if (const auto *DI = dyn_cast<CXXDefaultInitExpr>(E))
    return value(DI->getExpr());
  // Anything else is evaluated for its effects (calls inside it still
  // count) and its value is unknown.
  for (const Stmt *C : E->children())
    if (const auto *Sub = dyn_cast_or_null<Expr>(C); Sub && hasCalls(Sub))
      value(Sub);
  return freshFor(E, "the value of '" + text(E) + "'");
}

} // namespace esc::bound
