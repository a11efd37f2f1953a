// Calls: what a call costs and does, by what is known about the callee.
//   ESC_COST_NS(n)            n ns, both worst and best case; its result is an input
//   ESC_ARENA_ALLOC / make<T> an arena allocation of the size argument
//   ESC_ARENA_RESET           the arena is empty again
//   [[noreturn]]              the path ends (assert's failure branch)
//   a body in this TU         inlined: its cost follows its arguments
//   anything else             unknown: the answer cannot be decided
#include "Translator.h"

#include "core/Annotations.h"
#include "core/CallSite.h"

using namespace clang;

namespace esc::bound {

using solver::Op;
using solver::OpClass;

static std::string quoted(const FunctionDecl *FD) {
  return "'" + FD->getQualifiedNameAsString() + "'";
}

// The runtime's arena::make<T>(n) / try_make<T>(n): n * sizeof(T) bytes at
// alignof(T), as the body computes it (its placement-new loop is the
// value-initialisation of those bytes, not a cost the bound is about).
static bool isArenaMake(const FunctionDecl *FD) {
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  if (!MD || !FD->getIdentifier() || !(FD->getName() == "make" || FD->getName() == "try_make"))
    return false;
  return MD->getParent()->getQualifiedNameAsString() == "esc::rt::arena";
}

ExprId Translator::call(const CallExpr *CE) {
  SourceLocation At = siteLoc(CE);
  const FunctionDecl *Callee = CE->getDirectCallee();
  if (!Callee) {
    unsupported("calls through a function pointer or object whose target is unknown", At);
    return freshFor(CE, "'" + text(CE) + "'");
  }
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
    if (isVirtualDispatch(MC)) {
      unsupported("makes a virtual call to " + quoted(Callee) + ", whose target is unknown", At);
      return freshFor(CE, "'" + text(CE) + "'");
    }
  llvm::SmallVector<const Expr *, 4> Args(CE->arguments());
  const Expr *Object = nullptr;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
    Object = MC->getImplicitObjectArgument();
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE); OC && isa<CXXMethodDecl>(Callee)) {
    Object = Args.front();
    Args.erase(Args.begin());
  }

  if (isMarkerCall(Callee)) {
    // A callee's precondition is its callers' obligation, not a fact the
    // analysis of a caller may assume: only the analyzed function's own.
    if (Callee->getName() == "requires_" && !Args.empty() && Frames.size() == 1)
      emit(P.assume(condition(Args[0]), where(At), "ESC_REQUIRES(" + text(Args[0]) + ")"));
    takePending();
    return P.constant(0, IntType{1, false});
  }
  switch (Callee->getBuiltinID()) {
  case Builtin::BI__builtin_assume:
    emit(P.assume(condition(Args[0]), where(At), "__builtin_assume"));
    return P.constant(0, IntType{1, false});
  case Builtin::BI__builtin_expect:
    return value(Args[0]);
  case Builtin::BI__builtin_unreachable:
    emit(P.assume(P.constant(0, IntType{1, false}), where(At), "unreachable"));
    return P.constant(0, IntType{1, false});
  default: break;
  }
  if (Callee->isNoReturn()) {
    // assert's failure branch, abort(), the arena's overflow: no path that
    // ends here returns to the caller, so none is a path the bound is about.
    for (const Expr *A : Args)
      if (hasCalls(A))
        value(A);
    emit(P.assume(P.constant(0, IntType{1, false}), where(At), "calls noreturn " + quoted(Callee)));
    return freshFor(CE, "'" + text(CE) + "'");
  }

  Contract C = readContract(Callee);
  if (C.CostNs) {
    for (const Expr *A : Args)
      if (hasCalls(A))
        value(A);
    flush(At);
    int64_t Ps = *C.CostNs * 1000;
    emit(P.cost(Ps, Ps, where(At), "call to " + quoted(Callee) + " (ESC_COST_NS(" + std::to_string(*C.CostNs) + "))"));
    return freshFor(CE, "'" + text(CE) + "'");
  }
  // A declared cost is the whole call's; any other call pays the call.
  charge(OpClass::Call);
  if ((C.ArenaAlloc && C.ArenaAlloc->Index && *C.ArenaAlloc->Index < Args.size()) || isArenaMake(Callee)) {
    ExprId Bytes, Align = solver::None;
    if (isArenaMake(Callee)) {
      QualType T = Callee->getTemplateSpecializationArgs()->get(0).getAsType();
      IntType Size{64, false};
      ExprId N = Args.empty() ? P.constant(1, Size) : P.cast(value(Args[0]), Size);
      Bytes = P.binary(Op::Mul, N, P.constant(Ctx.getTypeSizeInChars(T).getQuantity(), Size), Size);
      Align = P.constant(Ctx.getTypeAlignInChars(T).getQuantity(), Size);
    } else {
      Bytes = value(Args[*C.ArenaAlloc->Index]);
      // The runtime's allocate(bytes, align) rounds up to its alignment.
      for (unsigned I = 0; I < Callee->getNumParams() && I < Args.size(); ++I)
        if (Callee->getParamDecl(I)->getName() == "align")
          Align = value(Args[I]);
    }
    flush(At);
    emit(P.arenaAlloc(Bytes, Align, where(At), quoted(Callee)));
    return freshFor(CE, "the address " + quoted(Callee) + " returns");
  }
  if (C.ArenaReset) {
    flush(At);
    emit(P.jump(solver::StmtKind::ArenaReset, where(At)));
    return P.constant(0, IntType{1, false});
  }
  return inlineCall(Callee, Args, Object, At);
}

ExprId Translator::construct(const CXXConstructExpr *CE) {
  const CXXConstructorDecl *Ctor = CE->getConstructor();
  if (Ctor->isTrivial() || (Ctor->isDefaulted() && Ctor->getParent()->hasTrivialDefaultConstructor()))
    return freshFor(CE, "a '" + CE->getType().getAsString() + "'");
  llvm::SmallVector<const Expr *, 4> Args(CE->arguments());
  charge(OpClass::Call);
  inlineCall(Ctor, Args, nullptr, CE->getBeginLoc());
  return freshFor(CE, "a '" + CE->getType().getAsString() + "'");
}

ExprId Translator::inlineCall(const FunctionDecl *Callee, llvm::ArrayRef<const Expr *> Args,
                              const Expr *Object, SourceLocation At) {
  const FunctionDecl *Def = nullptr;
  if (!Callee->hasBody(Def) || !Def->getBody()) {
    if (const FunctionProgram *FP = Opts.External ? Opts.External(Callee) : nullptr)
      return splice(*FP, Callee, Args, At);
    for (const Expr *A : Args)
      if (hasCalls(A))
        value(A);
    unsupported("calls " + quoted(Callee) +
                    ", whose cost is unknown: it has no body here and no ESC_COST_NS",
                At);
    return P.fresh(intType(Callee->getReturnType()).value_or(IntType{64, false}), "");
  }
  for (const Frame &F : Frames)
    if (F.FD == Def) {
      unsupported("calls " + quoted(Callee) + " recursively: recursion has no bound", At);
      return P.fresh(intType(Callee->getReturnType()).value_or(IntType{64, false}), "");
    }
  if (Frames.size() > Opts.InlineDepth) {
    unsupported("calls " + quoted(Callee) + " more than " + std::to_string(Opts.InlineDepth) +
                    " calls deep, where the analysis stops following calls",
                At);
    return P.fresh(intType(Callee->getReturnType()).value_or(IntType{64, false}), "");
  }
  if (Object && hasCalls(Object))
    value(Object);

  // Arguments are evaluated in the caller's frame; reference parameters
  // bind to the caller's place, value parameters get their own variable.
  Frame F{Def, ++NextFrame, solver::None, {}};
  std::vector<std::pair<VarId, ExprId>> Copies;
  for (unsigned I = 0; I < Def->getNumParams() && I < Args.size(); ++I) {
    const ParmVarDecl *PD = Def->getParamDecl(I);
    if (PD->getType()->isReferenceType() || PD->getType()->isPointerType()) {
      LValue L = lvalue(Args[I]->IgnoreParenImpCasts());
      if (!L.valid())
        if (const auto *DR = dyn_cast<DeclRefExpr>(Args[I]->IgnoreParenImpCasts()))
          L = {varFor(DR->getDecl()), solver::None};
      if (L.valid() && L.Index == solver::None) {
        F.Bound[PD] = L;
        continue;
      }
    }
    if (auto T = intType(PD->getType()); T && !PD->getType()->isReferenceType()) {
      Copies.push_back({solver::None, P.cast(value(Args[I]), *T)});
    } else {
      if (hasCalls(Args[I]))
        value(Args[I]);
      Copies.push_back({solver::None, solver::None});
    }
  }
  flush(At);
  if (auto RT = intType(Def->getReturnType()); RT && !Def->getReturnType()->isVoidType())
    F.Result = P.var({"result of " + Def->getNameAsString(), *RT, false, {}, false});
  Frames.push_back(F);
  std::vector<StmtId> Body = block([&] {
    for (unsigned I = 0, C = 0; I < Def->getNumParams() && I < Args.size(); ++I) {
      const ParmVarDecl *PD = Def->getParamDecl(I);
      if (Frames.back().Bound.count(PD))
        continue;
      auto [Unused, V] = Copies[C++];
      if (V != solver::None)
        emit(P.assign(varFor(PD), V));
    }
    stmt(Def->getBody());
    flush(Def->getBody()->getEndLoc());
  });
  VarId Result = Frames.back().Result;
  Frames.pop_back();
  emit(P.region(std::move(Body), where(At), "call to " + quoted(Callee)));
  if (Result != solver::None)
    return P.read(Result);
  return P.fresh(IntType{64, false}, "");
}

ExprId Translator::splice(const FunctionProgram &FP, const FunctionDecl *Callee,
                          llvm::ArrayRef<const Expr *> Args, SourceLocation At) {
  const solver::Program &Q = *FP.P;
  // Arguments first, in the caller's frame.
  std::vector<ExprId> Values;
  for (unsigned I = 0; I < FP.Params.size() && I < Args.size(); ++I)
    Values.push_back(FP.Params[I] != solver::None ? value(Args[I]) : solver::None);
  flush(At);
  std::string Suffix = "@" + Callee->getNameAsString();
  std::vector<VarId> VarMap;
  for (VarId V = 0; V < Q.numVars(); ++V) {
    solver::Var X = Q.var(V);
    X.Name += Suffix;
    VarMap.push_back(P.var(X));
  }
  std::vector<ExprId> ExprMap;
  for (ExprId E = 0; E < Q.numExprs(); ++E) {
    solver::Expr X = Q.expr(E);
    if (X.V != solver::None)
      X.V = VarMap[X.V];
    for (ExprId &A : X.Args)
      A = ExprMap[A];
    ExprMap.push_back(P.expr(X));
  }
  // Statements refer to later ones as well as earlier ones: ids are shifted.
  StmtId Base = StmtId(P.numStmts());
  auto MapS = [&](StmtId S) { return S == solver::None ? S : Base + S; };
  auto MapE = [&](ExprId E) { return E == solver::None ? E : ExprMap[E]; };
  for (StmtId S = 0; S < Q.numStmts(); ++S) {
    solver::Stmt X = Q.stmt(S);
    for (StmtId &C : X.Body)
      C = MapS(C);
    X.Then = MapS(X.Then), X.Else = MapS(X.Else), X.Pre = MapS(X.Pre);
    X.Cond = MapE(X.Cond), X.Value = MapE(X.Value), X.Index = MapE(X.Index);
    if (X.V != solver::None)
      X.V = VarMap[X.V];
    P.stmt(X);
  }
  std::vector<StmtId> Body;
  for (unsigned I = 0; I < Values.size(); ++I)
    if (Values[I] != solver::None)
      Body.push_back(P.assign(VarMap[FP.Params[I]], P.cast(Values[I], P.var(VarMap[FP.Params[I]]).T)));
  Body.push_back(MapS(Q.Root));
  emit(P.region(std::move(Body), where(At), "call to " + quoted(Callee)));
  if (FP.Result != solver::None)
    return P.read(VarMap[FP.Result]);
  return P.fresh(IntType{64, false}, "");
}

} // namespace esc::bound
