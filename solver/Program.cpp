#include "Program.h"

#include <algorithm>

namespace esc::solver {

const char *boundSourceName(BoundSource S) {
  switch (S) {
  case BoundSource::None: return "none";
  case BoundSource::Annotation: return "annotation";
  case BoundSource::Pragma: return "pragma";
  case BoundSource::Inferred: return "inferred";
  }
  return "none";
}

VarId Program::var(Var V) {
  Vars.push_back(std::move(V));
  return VarId(Vars.size() - 1);
}
ExprId Program::expr(Expr E) {
  Exprs.push_back(std::move(E));
  return ExprId(Exprs.size() - 1);
}
StmtId Program::stmt(Stmt S) {
  Stmts.push_back(std::move(S));
  return StmtId(Stmts.size() - 1);
}

ExprId Program::constant(int64_t Value, IntType T) {
  Expr E;
  E.K = Op::Const, E.T = T, E.Value = Value;
  return expr(std::move(E));
}
ExprId Program::read(VarId V) {
  Expr E;
  E.K = Op::Read, E.T = Vars[V].T, E.V = V;
  return expr(std::move(E));
}
ExprId Program::select(VarId Array, ExprId Index) {
  Expr E;
  E.K = Op::Select, E.T = Vars[Array].T, E.V = Array, E.Args = {Index};
  return expr(std::move(E));
}
ExprId Program::fresh(IntType T, std::string Label) {
  Expr E;
  E.K = Op::Fresh, E.T = T, E.Label = std::move(Label);
  return expr(std::move(E));
}
ExprId Program::unary(Op K, ExprId A, IntType T) {
  Expr E;
  E.K = K, E.T = T, E.Args = {A};
  return expr(std::move(E));
}
ExprId Program::binary(Op K, ExprId A, ExprId B, IntType T) {
  Expr E;
  E.K = K, E.T = T, E.Args = {A, B};
  return expr(std::move(E));
}
ExprId Program::compare(Op K, ExprId A, ExprId B) { return binary(K, A, B, IntType{1, false}); }
ExprId Program::ite(ExprId C, ExprId A, ExprId B, IntType T) {
  Expr E;
  E.K = Op::Ite, E.T = T, E.Args = {C, A, B};
  return expr(std::move(E));
}
ExprId Program::cast(ExprId A, IntType T) { return unary(Op::Cast, A, T); }

StmtId Program::seq(std::vector<StmtId> Body, Where At) {
  Stmt S;
  S.K = StmtKind::Seq, S.At = At, S.Body = std::move(Body);
  return stmt(std::move(S));
}
StmtId Program::assign(VarId V, ExprId Value, Where At) {
  Stmt S;
  S.K = StmtKind::Assign, S.At = At, S.V = V, S.Value = Value;
  return stmt(std::move(S));
}
StmtId Program::store(VarId V, ExprId Index, ExprId Value, Where At) {
  Stmt S;
  S.K = StmtKind::Store, S.At = At, S.V = V, S.Index = Index, S.Value = Value;
  return stmt(std::move(S));
}
StmtId Program::ifThen(ExprId Cond, StmtId Then, StmtId Else, Where At, std::string Text) {
  Stmt S;
  S.K = StmtKind::If, S.At = At, S.Cond = Cond, S.Then = Then, S.Else = Else;
  S.Text = std::move(Text);
  return stmt(std::move(S));
}
StmtId Program::loop(ExprId Cond, StmtId Body, StmtId Latch, LoopBound B, Where At,
                     std::string Text, bool CondFirst, int64_t CondCost, StmtId Pre) {
  Stmt S;
  S.K = StmtKind::Loop, S.At = At, S.Cond = Cond, S.Then = Body, S.Else = Latch, S.Bound = B;
  S.Pre = Pre;
  S.Text = std::move(Text), S.CondFirst = CondFirst, S.CondCost = CondCost;
  return stmt(std::move(S));
}
StmtId Program::cost(int64_t Lo, int64_t Hi, Where At, std::string Text) {
  Stmt S;
  S.K = StmtKind::Cost, S.At = At, S.Lo = Lo, S.Hi = Hi, S.Text = std::move(Text);
  return stmt(std::move(S));
}
StmtId Program::ops(const std::array<uint32_t, 6> &Counts, Where At) {
  Stmt S;
  S.K = StmtKind::Cost, S.At = At, S.Ops = Counts;
  return stmt(std::move(S));
}
std::pair<int64_t, int64_t> costOf(const Stmt &S, const Profile &Prof) {
  int64_t Ops = 0;
  for (OpClass K : OpClasses)
    Ops += int64_t(S.Ops[unsigned(K)]) * Prof.ps(K);
  return {S.Lo + Ops, S.Hi + Ops};
}
StmtId Program::jump(StmtKind K, Where At) {
  Stmt S;
  S.K = K, S.At = At;
  return stmt(std::move(S));
}
StmtId Program::assume(ExprId Cond, Where At, std::string Text) {
  Stmt S;
  S.K = StmtKind::Assume, S.At = At, S.Cond = Cond, S.Text = std::move(Text);
  return stmt(std::move(S));
}
StmtId Program::arenaAlloc(ExprId Bytes, ExprId Align, Where At, std::string Text) {
  Stmt S;
  S.K = StmtKind::ArenaAlloc, S.At = At, S.Value = Bytes, S.Index = Align, S.Text = std::move(Text);
  return stmt(std::move(S));
}
StmtId Program::region(std::vector<StmtId> Body, Where At, std::string Text) {
  Stmt S;
  S.K = StmtKind::Region, S.At = At, S.Body = std::move(Body), S.Text = std::move(Text);
  return stmt(std::move(S));
}
StmtId Program::unsupported(std::string Why, Where At) {
  Stmt S;
  S.K = StmtKind::Unsupported, S.At = At, S.Text = std::move(Why);
  return stmt(std::move(S));
}

namespace {

// A structural bound, and whether the statement can leave early (so what
// follows it may not run: its cost cannot count towards a lower bound).
struct Shape {
  int64_t Lo = 0;
  std::optional<int64_t> Hi = 0;
  bool Exits = false;
};

std::optional<int64_t> addHi(std::optional<int64_t> A, std::optional<int64_t> B) {
  if (!A || !B)
    return std::nullopt;
  int64_t R;
  if (__builtin_add_overflow(*A, *B, &R))
    return std::nullopt;
  return R;
}

std::optional<int64_t> mulHi(std::optional<int64_t> A, uint64_t N) {
  if (!A)
    return std::nullopt;
  int64_t R;
  if (N > uint64_t(INT64_MAX) || __builtin_mul_overflow(*A, int64_t(N), &R))
    return std::nullopt;
  return R;
}

Shape shape(const Program &P, StmtId Id, const Profile &Prof) {
  if (Id == None)
    return {};
  const Stmt &S = P.stmt(Id);
  switch (S.K) {
  case StmtKind::Seq:
  case StmtKind::Region: {
    Shape R;
    bool Exited = false;
    for (StmtId C : S.Body) {
      Shape X = shape(P, C, Prof);
      if (!Exited)
        R.Lo += X.Lo;
      R.Hi = addHi(R.Hi, X.Hi);
      Exited |= X.Exits;
    }
    R.Exits = S.K == StmtKind::Seq && Exited;
    return R;
  }
  case StmtKind::If: {
    Shape T = shape(P, S.Then, Prof), E = shape(P, S.Else, Prof);
    Shape R;
    R.Lo = std::min(T.Lo, E.Lo);
    R.Hi = (T.Hi && E.Hi) ? std::optional<int64_t>(std::max(*T.Hi, *E.Hi)) : std::nullopt;
    R.Exits = T.Exits || E.Exits;
    return R;
  }
  case StmtKind::Loop: {
    Shape B = shape(P, S.Then, Prof), L = shape(P, S.Else, Prof), Pre = shape(P, S.Pre, Prof);
    Shape R;
    std::optional<int64_t> Test = addHi(Pre.Hi, S.CondCost);
    std::optional<int64_t> Iter = addHi(addHi(B.Hi, L.Hi), Test);
    if (!S.Bound.Max)
      R.Hi = std::nullopt;
    else
      R.Hi = addHi(mulHi(Iter, *S.Bound.Max), S.CondFirst ? Test : 0);
    // A break or return in the body can end the loop at any iteration.
    int64_t TestLo = Pre.Lo + S.CondCost;
    R.Lo = S.CondFirst ? TestLo : 0;
    if (!B.Exits)
      R.Lo += int64_t(S.Bound.Min) * (B.Lo + L.Lo + TestLo);
    R.Exits = B.Exits; // a return inside leaves more than the loop
    return R;
  }
  case StmtKind::Cost: {
    auto [Lo, Hi] = costOf(S, Prof);
    return {Lo, Hi, false};
  }
  case StmtKind::Return:
  case StmtKind::Break:
  case StmtKind::Continue: return {0, 0, true};
  case StmtKind::Unsupported: return {0, std::nullopt, false};
  default: return {};
  }
}

} // namespace

Interval structuralCost(const Program &P, StmtId S, const Profile &Prof) {
  Shape X = shape(P, S, Prof);
  return {X.Lo, X.Hi};
}

} // namespace esc::solver
