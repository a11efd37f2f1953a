#include "ProgramFacts.h"

#include <nlohmann/json.hpp>

namespace esc::bound {

using nlohmann::json;
using namespace solver;

// The shape each operation needs, so the encoder never reads past what a
// damaged or hostile entry holds.
static bool wellFormed(const Program &P, const Expr &X) {
  size_t Want = 2;
  switch (X.K) {
  case Op::Const: case Op::Fresh: Want = 0; break;
  case Op::Read: Want = 0; break;
  case Op::Select: case Op::Neg: case Op::BitNot: case Op::LNot: case Op::Cast: Want = 1; break;
  case Op::Ite: Want = 3; break;
  default: break;
  }
  if (int(X.K) > int(Op::Cast) || X.Args.size() != Want)
    return false;
  if (X.K == Op::Read || X.K == Op::Select)
    return X.V != None && X.V < P.numVars() && P.var(X.V).IsArray == (X.K == Op::Select);
  return true;
}

static bool wellFormed(const Program &P, const Stmt &X) {
  auto Array = [&](VarId V) { return V != None && V < P.numVars() && P.var(V).IsArray; };
  switch (X.K) {
  case StmtKind::Assign: return X.V != None && X.V < P.numVars() && X.Value != None;
  case StmtKind::Store: return Array(X.V) && X.Index != None && X.Value != None;
  case StmtKind::If: return X.Cond != None && X.Then != None;
  case StmtKind::Loop: return X.Then != None;
  case StmtKind::Assume: return X.Cond != None;
  case StmtKind::ArenaAlloc: return X.Value != None;
  case StmtKind::Cost: return X.Lo >= 0 && X.Hi >= X.Lo;
  default: return true;
  }
}

// Bump on any change of the fields below or of what the translator emits.
static constexpr unsigned Version = 1;

std::string programToJson(const FunctionProgram &FP, const std::function<SourcePos(Where)> &Pos) {
  const Program &P = *FP.P;
  json Vars = json::array(), Exprs = json::array(), Stmts = json::array();
  for (VarId V = 0; V < P.numVars(); ++V) {
    const Var &X = P.var(V);
    Vars.push_back({X.Name, X.T.Bits, X.T.Signed, X.IsArray, X.Length ? int64_t(*X.Length) : -1, X.Input});
  }
  for (ExprId E = 0; E < P.numExprs(); ++E) {
    const Expr &X = P.expr(E);
    Exprs.push_back({int(X.K), X.T.Bits, X.T.Signed, X.Value, X.V, X.Args, X.Label});
  }
  for (StmtId S = 0; S < P.numStmts(); ++S) {
    const Stmt &X = P.stmt(S);
    SourcePos At = X.At ? Pos(X.At) : SourcePos();
    Stmts.push_back({int(X.K), At, X.Body, X.Then, X.Else, X.Pre, X.Cond, X.Value, X.Index, X.V,
                     X.Lo, X.Hi, X.Ops, X.CondFirst, X.CondCost,
                     X.Bound.Max ? int64_t(*X.Bound.Max) : -1, X.Bound.Min, int(X.Bound.Source), X.Text});
  }
  json J = {{"version", Version}, {"name", P.Name},     {"root", P.Root},   {"params", FP.Params},
            {"result", FP.Result}, {"vars", Vars},     {"exprs", Exprs},   {"stmts", Stmts}};
  return J.dump();
}

std::optional<FunctionProgram> programFromJson(const std::string &Text,
                                               const std::function<Where(const SourcePos &)> &At) {
  try {
    json J = json::parse(Text);
    if (J.at("version").get<unsigned>() != Version)
      return std::nullopt;
    FunctionProgram FP;
    FP.P = std::make_unique<Program>();
    Program &P = *FP.P;
    P.Name = J.at("name").get<std::string>();
    for (const json &V : J.at("vars")) {
      Var X;
      X.Name = V.at(0).get<std::string>();
      X.T = {V.at(1).get<unsigned>(), V.at(2).get<bool>()};
      X.IsArray = V.at(3).get<bool>();
      if (int64_t L = V.at(4).get<int64_t>(); L >= 0)
        X.Length = uint64_t(L);
      X.Input = V.at(5).get<bool>();
      P.var(X);
    }
    size_t NV = P.numVars();
    for (const json &E : J.at("exprs")) {
      Expr X;
      X.K = Op(E.at(0).get<int>());
      X.T = {E.at(1).get<unsigned>(), E.at(2).get<bool>()};
      X.Value = E.at(3).get<int64_t>();
      X.V = E.at(4).get<VarId>();
      X.Args = E.at(5).get<std::vector<ExprId>>();
      X.Label = E.at(6).get<std::string>();
      if ((X.V != None && X.V >= NV) || X.T.Bits == 0 || X.T.Bits > 64)
        return std::nullopt;
      for (ExprId A : X.Args)
        if (A >= P.numExprs()) // arguments come first: no cycles
          return std::nullopt;
      if (!wellFormed(P, X))
        return std::nullopt;
      P.expr(X);
    }
    const json &Stmts = J.at("stmts");
    size_t NS = Stmts.size(), NE = P.numExprs();
    auto OkS = [&](StmtId S) { return S == None || S < NS; };
    auto OkE = [&](ExprId E) { return E == None || E < NE; };
    for (const json &S : Stmts) {
      Stmt X;
      X.K = StmtKind(S.at(0).get<int>());
      SourcePos Pos = S.at(1).get<SourcePos>();
      X.At = Pos.valid() ? At(Pos) : 0;
      X.Body = S.at(2).get<std::vector<StmtId>>();
      X.Then = S.at(3).get<StmtId>(), X.Else = S.at(4).get<StmtId>(), X.Pre = S.at(5).get<StmtId>();
      X.Cond = S.at(6).get<ExprId>(), X.Value = S.at(7).get<ExprId>(), X.Index = S.at(8).get<ExprId>();
      X.V = S.at(9).get<VarId>();
      X.Lo = S.at(10).get<int64_t>(), X.Hi = S.at(11).get<int64_t>();
      X.Ops = S.at(12).get<std::array<uint32_t, 6>>();
      X.CondFirst = S.at(13).get<bool>(), X.CondCost = S.at(14).get<int64_t>();
      if (int64_t M = S.at(15).get<int64_t>(); M >= 0)
        X.Bound.Max = uint64_t(M);
      X.Bound.Min = S.at(16).get<uint64_t>();
      X.Bound.Source = BoundSource(S.at(17).get<int>());
      X.Text = S.at(18).get<std::string>();
      bool Ok = OkS(X.Then) && OkS(X.Else) && OkS(X.Pre) && OkE(X.Cond) && OkE(X.Value) &&
                OkE(X.Index) && (X.V == None || X.V < NV) && int(X.K) <= int(StmtKind::Unsupported);
      for (StmtId C : X.Body)
        Ok &= OkS(C);
      if (!Ok || !wellFormed(P, X))
        return std::nullopt;
      P.stmt(X);
    }
    P.Root = J.at("root").get<StmtId>();
    FP.Params = J.at("params").get<std::vector<VarId>>();
    FP.Result = J.at("result").get<VarId>();
    if (P.Root >= NS || P.stmt(P.Root).K != StmtKind::Region || (FP.Result != None && FP.Result >= NV))
      return std::nullopt;
    for (VarId V : FP.Params)
      if (V != None && V >= NV)
        return std::nullopt;
    // The encoder walks statements recursively: a cycle would never end.
    std::vector<int> State(NS, 0);
    std::function<bool(StmtId)> Acyclic = [&](StmtId S) {
      if (S == None)
        return true;
      if (State[S] == 1)
        return false;
      if (State[S] == 2)
        return true;
      State[S] = 1;
      const Stmt &X = P.stmt(S);
      bool Ok = Acyclic(X.Then) && Acyclic(X.Else) && Acyclic(X.Pre);
      for (StmtId C : X.Body)
        Ok = Ok && Acyclic(C);
      State[S] = 2;
      return Ok;
    };
    if (!Acyclic(P.Root))
      return std::nullopt;
    return FP;
  } catch (const json::exception &) {
    return std::nullopt;
  }
}

} // namespace esc::bound
