// Statements: blocks, declarations, branches, loops (with their bounds),
// switch, jumps; and the entry point.
#include "LoopBounds.h"
#include "Translator.h"

#include "clang/AST/Attr.h"

using namespace clang;

namespace esc::bound {

using solver::Op;
using solver::OpClass;
using solver::StmtKind;

std::vector<StmtId> Translator::block(const std::function<void()> &Emit) {
  std::vector<StmtId> Body;
  std::vector<StmtId> *Saved = std::exchange(Out, &Body);
  Emit();
  Out = Saved;
  return Body;
}

void Translator::flush(SourceLocation At) {
  bool Any = false;
  for (uint32_t N : Pending)
    Any |= N != 0;
  if (Any)
    emit(P.ops(Pending, where(At)));
  takePending();
}

StmtId Translator::function(const FunctionDecl *FD, std::vector<VarId> *Params, VarId *Result) {
  Frames.push_back({FD, NextFrame++, solver::None, {}});
  if (auto RT = intType(FD->getReturnType()); RT && !FD->getReturnType()->isVoidType())
    Frames.back().Result = P.var({"result", *RT, false, {}, false});
  if (Result)
    *Result = Frames.back().Result;
  if (Params)
    for (const ParmVarDecl *PD : FD->parameters())
      Params->push_back(intType(PD->getType()) && !PD->getType()->isReferenceType() ? varFor(PD)
                                                                                     : solver::None);
  std::vector<StmtId> Body = block([&] {
    stmt(FD->getBody());
    flush(FD->getBody()->getEndLoc());
  });
  // Constant tables the body reads are set up before it runs.
  Body.insert(Body.begin(), Prologue.begin(), Prologue.end());
  Frames.pop_back();
  return P.region(std::move(Body), where(FD->getLocation()), FD->getQualifiedNameAsString());
}

void Translator::compound(const CompoundStmt *S) {
  for (const Stmt *C : S->body())
    stmt(C);
}

void Translator::decl(const VarDecl *VD) {
  if (VD->isStaticLocal() || !VD->hasLocalStorage())
    return; // read through varFor when used
  const Expr *Init = VD->getInit();
  auto T = intType(VD->getType());
  if (VD->getType()->isReferenceType() && Init) {
    LValue L = lvalue(Init);
    if (L.valid() && L.Index == solver::None) {
      Frames.back().Bound[VD] = L;
      return;
    }
  }
  if (!Init) {
    varFor(VD);
    return;
  }
  if (const auto *AT = Ctx.getAsConstantArrayType(VD->getType())) {
    VarId Arr = varFor(VD);
    const auto *IL = dyn_cast<InitListExpr>(Init->IgnoreImplicit());
    uint64_t N = AT->getSize().getZExtValue();
    IntType Idx{64, false}, ET = P.var(Arr).T;
    for (uint64_t I = 0; IL && I < N; ++I) {
      ExprId V = I < IL->getNumInits() ? value(IL->getInit(I)) : P.constant(0, ET);
      emit(P.store(Arr, P.constant(int64_t(I), Idx), V, where(VD->getLocation())));
    }
    flush(VD->getLocation());
    return;
  }
  if (T) {
    ExprId V = value(Init);
    emit(P.assign(varFor(VD), P.cast(V, *T), where(VD->getLocation())));
  } else if (hasCalls(Init)) {
    value(Init); // a class object: its constructor's cost counts
  }
  flush(VD->getLocation());
}

void Translator::ifStmt(const IfStmt *S) {
  if (S->getInit())
    stmt(S->getInit());
  if (const VarDecl *CV = S->getConditionVariable())
    decl(CV);
  if (S->isConsteval()) {
    stmt(S->getElse()); // at run time, `if consteval` takes its else arm
    return;
  }
  if (S->isConstexpr()) {
    if (auto Taken = S->getConditionVariable() ? std::nullopt : S->getNondiscardedCase(Ctx))
      if (*Taken)
        stmt(*Taken);
    return;
  }
  charge(OpClass::Branch);
  ExprId Cond = condition(S->getCond());
  flush(S->getIfLoc());
  std::vector<StmtId> Then = block([&] { stmt(S->getThen()); });
  StmtId Else = solver::None;
  if (S->getElse()) {
    std::vector<StmtId> E = block([&] { stmt(S->getElse()); });
    Else = P.seq(std::move(E));
  }
  emit(P.ifThen(Cond, P.seq(std::move(Then)), Else, where(S->getIfLoc()),
                "the condition '" + text(S->getCond()) + "'"));
}

void Translator::loop(const Stmt *S, const Stmt *Init, const Expr *Cond, const Stmt *Body,
                      const Expr *Inc, bool CondFirst, const char *Keyword) {
  if (Init)
    stmt(Init);
  flush(S->getBeginLoc());
  solver::LoopBound B = loopBound(S, Init, Cond, Body, Inc);
  std::string Text = std::string("the '") + Keyword + "' loop";
  // Each test of the condition runs `Pre` first: its operations' cost, and
  // the calls of a condition that calls something.
  ExprId C = solver::None;
  std::vector<StmtId> Before = block([&] {
    charge(OpClass::Branch);
    if (Cond)
      C = condition(Cond);
    flush(Cond ? Cond->getBeginLoc() : S->getBeginLoc());
  });
  StmtId Pre = P.seq(std::move(Before));
  std::vector<StmtId> BodyStmts = block([&] {
    stmt(Body);
    flush(Body->getEndLoc());
  });
  StmtId Latch = solver::None;
  if (Inc) {
    std::vector<StmtId> L = block([&] {
      value(Inc);
      flush(Inc->getBeginLoc());
    });
    Latch = P.seq(std::move(L));
  }
  emit(P.loop(C, P.seq(std::move(BodyStmts)), Latch, B, where(S->getBeginLoc()), Text, CondFirst,
              0, Pre));
}

void Translator::rangeFor(const CXXForRangeStmt *S) {
  // Over an array of known size: a counted loop. Over anything else the
  // number of elements is an input: only a stated bound bounds it.
  const Expr *Range = S->getRangeInit()->IgnoreParenImpCasts();
  std::optional<uint64_t> N;
  if (const auto *AT = Ctx.getAsConstantArrayType(Range->getType()))
    N = AT->getSize().getZExtValue();
  solver::LoopBound B = loopBound(S, nullptr, nullptr, S->getBody(), nullptr);
  if (N && B.Source == solver::BoundSource::None)
    B = {N, *N, solver::BoundSource::Inferred};
  if (S->getInit())
    stmt(S->getInit());
  if (S->getRangeStmt() && hasCalls(S->getRangeInit()))
    value(S->getRangeInit());
  flush(S->getBeginLoc());
  ExprId More = N ? P.constant(1, IntType{1, false})
                  : P.fresh(IntType{1, false}, "whether '" + text(Range) + "' has another element");
  std::vector<StmtId> Test = block([&] {
    charge(OpClass::Branch);
    flush(S->getBeginLoc());
  });
  std::vector<StmtId> Body = block([&] {
    stmt(S->getBody());
    flush(S->getBody()->getEndLoc());
  });
  emit(P.loop(N ? solver::None : More, P.seq(std::move(Body)), solver::None, B,
              where(S->getBeginLoc()), "the range 'for' loop", true, 0, P.seq(std::move(Test))));
}

void Translator::switchStmt(const SwitchStmt *S) {
  if (S->getInit())
    stmt(S->getInit());
  if (const VarDecl *CV = S->getConditionVariable())
    decl(CV);
  const auto *Body = dyn_cast<CompoundStmt>(S->getBody());
  if (!Body) {
    unsupported("a 'switch' whose body is not a block is not modelled", S->getSwitchLoc());
    return;
  }
  // Fallthrough is kept: `matched` turns on at the first case label that
  // matches and every statement after it runs; a `break` leaves the switch,
  // which is encoded as a loop that runs exactly once.
  charge(OpClass::Branch);
  ExprId V = value(S->getCond());
  IntType T = P.expr(V).T;
  VarId Val = P.var({"switch" + std::to_string(++Temps), T, false, {}, false});
  VarId Matched = P.var({"matched" + std::to_string(Temps), IntType{1, false}, false, {}, false});
  emit(P.assign(Val, V));
  emit(P.assign(Matched, P.constant(0, IntType{1, false})));
  flush(S->getSwitchLoc());
  std::vector<ExprId> CaseValues;
  for (const SwitchCase *SC = S->getSwitchCaseList(); SC; SC = SC->getNextSwitchCase())
    if (const auto *CS = dyn_cast<CaseStmt>(SC))
      CaseValues.push_back(value(CS->getLHS()));
  std::vector<StmtId> Inner = block([&] {
    for (const Stmt *Child : Body->body()) {
      const Stmt *Run = Child;
      while (const auto *SC = dyn_cast<SwitchCase>(Run)) {
        ExprId Hit;
        if (const auto *CS = dyn_cast<CaseStmt>(SC)) {
          Hit = P.compare(Op::Eq, P.read(Val), value(CS->getLHS()));
        } else {
          Hit = P.constant(1, IntType{1, false});
          for (ExprId CV : CaseValues)
            Hit = P.binary(Op::LAnd, Hit, P.compare(Op::Ne, P.read(Val), CV), IntType{1, false});
        }
        emit(P.assign(Matched, P.binary(Op::LOr, P.read(Matched), Hit, IntType{1, false})));
        Run = SC->getSubStmt();
      }
      std::vector<StmtId> Then = block([&] { stmt(Run); });
      // Only a case label is a step of the path; the statements after it
      // run under the same condition and say nothing new.
      emit(P.ifThen(P.read(Matched), P.seq(std::move(Then)), solver::None, where(Child->getBeginLoc()),
                    isa<SwitchCase>(Child) ? "the 'case' at this line" : ""));
    }
  });
  // A loop that runs once: its condition is true on entry and the latch
  // makes it false (a stated bound of 1 would rule out falling off the end).
  VarId Once = P.var({"once" + std::to_string(Temps), IntType{1, false}, false, {}, false});
  emit(P.assign(Once, P.constant(1, IntType{1, false})));
  StmtId Latch = P.seq({P.assign(Once, P.constant(0, IntType{1, false}))});
  emit(P.loop(P.read(Once), P.seq(std::move(Inner)), Latch, {1, 1, solver::BoundSource::Inferred},
              where(S->getSwitchLoc()), "the 'switch'", true, 0));
}

static bool containsContinue(const Stmt *S) {
  if (!S)
    return false;
  if (isa<ContinueStmt>(S))
    return true;
  if (isa<ForStmt>(S) || isa<WhileStmt>(S) || isa<DoStmt>(S) || isa<CXXForRangeStmt>(S))
    return false; // its own continue
  for (const Stmt *C : S->children())
    if (containsContinue(C))
      return true;
  return false;
}

void Translator::stmt(const Stmt *S) {
  if (!S)
    return;
  if (const auto *E = dyn_cast<Expr>(S)) {
    value(E);
    flush(E->getBeginLoc());
    return;
  }
  switch (S->getStmtClass()) {
  case Stmt::CompoundStmtClass: return compound(cast<CompoundStmt>(S));
  case Stmt::DeclStmtClass:
    for (const Decl *D : cast<DeclStmt>(S)->decls())
      if (const auto *VD = dyn_cast<VarDecl>(D))
        decl(VD);
    return;
  case Stmt::IfStmtClass: return ifStmt(cast<IfStmt>(S));
  case Stmt::ForStmtClass: {
    const auto *F = cast<ForStmt>(S);
    return loop(F, F->getInit(), F->getCond(), F->getBody(), F->getInc(), true, "for");
  }
  case Stmt::WhileStmtClass: {
    const auto *W = cast<WhileStmt>(S);
    if (const VarDecl *CV = W->getConditionVariable()) {
      unsupported("a 'while' loop declaring a variable in its condition is not modelled",
                  W->getWhileLoc());
      (void)CV;
      return;
    }
    return loop(W, nullptr, W->getCond(), W->getBody(), nullptr, true, "while");
  }
  case Stmt::DoStmtClass: {
    const auto *D = cast<DoStmt>(S);
    return loop(D, nullptr, D->getCond(), D->getBody(), nullptr, false, "do");
  }
  case Stmt::CXXForRangeStmtClass: return rangeFor(cast<CXXForRangeStmt>(S));
  case Stmt::SwitchStmtClass:
    if (containsContinue(cast<SwitchStmt>(S)->getBody())) {
      unsupported("a 'continue' inside a 'switch' is not modelled", S->getBeginLoc());
      return;
    }
    return switchStmt(cast<SwitchStmt>(S));
  case Stmt::ReturnStmtClass: {
    const auto *R = cast<ReturnStmt>(S);
    if (const Expr *V = R->getRetValue()) {
      ExprId X = value(V);
      if (Frames.back().Result != solver::None)
        emit(P.assign(Frames.back().Result, P.cast(X, P.var(Frames.back().Result).T)));
    }
    flush(R->getReturnLoc());
    emit(P.jump(StmtKind::Return, where(R->getReturnLoc())));
    return;
  }
  case Stmt::BreakStmtClass: flush(S->getBeginLoc()); emit(P.jump(StmtKind::Break, where(S->getBeginLoc()))); return;
  case Stmt::ContinueStmtClass: flush(S->getBeginLoc()); emit(P.jump(StmtKind::Continue, where(S->getBeginLoc()))); return;
  case Stmt::NullStmtClass: return;
  case Stmt::LabelStmtClass: return stmt(cast<LabelStmt>(S)->getSubStmt());
  case Stmt::AttributedStmtClass: {
    const auto *A = cast<AttributedStmt>(S);
    for (const Attr *At : A->getAttrs())
      if (const auto *Assume = dyn_cast<CXXAssumeAttr>(At)) {
        emit(P.assume(condition(Assume->getAssumption()), where(A->getBeginLoc()), "[[assume]]"));
        takePending();
      }
    return stmt(A->getSubStmt());
  }
  case Stmt::CXXTryStmtClass:
    unsupported("a 'try' block: the cost of unwinding is not modelled", S->getBeginLoc());
    return;
  case Stmt::GotoStmtClass:
  case Stmt::IndirectGotoStmtClass:
    unsupported("a 'goto' is not modelled", S->getBeginLoc());
    return;
  case Stmt::GCCAsmStmtClass:
  case Stmt::MSAsmStmtClass:
    unsupported("inline assembly has no known cost", S->getBeginLoc());
    return;
  case Stmt::CoroutineBodyStmtClass:
  case Stmt::CoreturnStmtClass:
    unsupported("a coroutine's suspensions have no bounded cost", S->getBeginLoc());
    return;
  default:
    unsupported(std::string("a '") + S->getStmtClassName() + "' statement is not modelled",
                S->getBeginLoc());
    return;
  }
}

solver::LoopBound Translator::loopBound(const Stmt *Loop, const Stmt *Init, const Expr *Cond,
                                        const Stmt *Body, const Expr *Inc) {
  if (auto B = statedLoopBound(Loop, Body, Ctx))
    return *B;
  if (auto N = countedTripCount(Init, Cond, Inc, Body, Ctx))
    return {*N, *N, solver::BoundSource::Inferred};
  return {};
}

FunctionProgram translate(const FunctionDecl *FD, ASTContext &Ctx, const TranslateOptions &Opts) {
  FunctionProgram Out;
  Out.P = std::make_unique<solver::Program>();
  Out.P->Name = FD->getQualifiedNameAsString();
  Translator T(Ctx, Opts, *Out.P);
  Out.P->Root = T.function(FD, &Out.Params, &Out.Result);
  return Out;
}

} // namespace esc::bound
