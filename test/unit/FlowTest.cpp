// The flow layer over hand-written functions: the solver's fixed point, the
// ways out of a function and the state on each.
#include "flow/FlowCache.h"
#include "flow/Solver.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Tooling/Tooling.h"

#include <gtest/gtest.h>
#include <set>

using namespace clang;
using namespace clang::ast_matchers;
using namespace escapement::flow;

namespace {

// A "started/joined" depth: start() adds one, join() takes one. The state is
// the set of depths a path can reach, so a join of paths keeps both.
struct Depth {
  using State = std::set<int>;
  static State bottom() { return {}; }
  static State join(const State &A, const State &B) {
    State R = A;
    R.insert(B.begin(), B.end());
    return R;
  }
  static State widen(const State &, const State &New) { return New; }
  State initial() { return {0}; }
  void transfer(const CFGElement &E, State &S) {
    auto CS = E.getAs<CFGStmt>();
    if (!CS)
      return;
    const auto *Call = dyn_cast<CallExpr>(CS->getStmt());
    const FunctionDecl *F = Call ? Call->getDirectCallee() : nullptr;
    if (!F || !F->getIdentifier())
      return;
    int D = F->getName() == "start" ? 1 : F->getName() == "join" ? -1 : 0;
    State R;
    for (int V : S)
      R.insert(std::min(V + D, 3)); // bounded, so loops terminate
    S = R;
  }
};

struct Parsed {
  std::unique_ptr<ASTUnit> AST;
  std::unique_ptr<FlowCache> Cache;
  const FunctionFlow *Flow = nullptr;
};

Parsed parse(const std::string &Code, const std::string &Fn = "f") {
  Parsed P;
  P.AST = tooling::buildASTFromCodeWithArgs(
      "void start(); void join(); bool cond();\n" + Code, {"-std=c++20"},
      "input.cc", "flow-test");
  auto M = match(functionDecl(hasName(Fn), isDefinition()).bind("f"),
                 P.AST->getASTContext());
  const auto *FD = M[0].getNodeAs<FunctionDecl>("f");
  P.Cache = std::make_unique<FlowCache>(P.AST->getASTContext());
  P.Flow = P.Cache->get(FD);
  return P;
}

TEST(FlowTest, EarlyReturnKeepsItsOwnState) {
  Parsed P = parse("void f() { start(); if (cond()) return; join(); }");
  ASSERT_TRUE(P.Flow);
  Depth D;
  auto R = solve<Direction::Forward>(*P.Flow, D);
  ASSERT_TRUE(R.Converged);
  std::multiset<std::pair<ExitKind, std::set<int>>> Got;
  for (const auto &E : R.Exits)
    if (E.Kind != ExitKind::MayThrow)
      Got.insert({E.Kind, E.At});
  std::multiset<std::pair<ExitKind, std::set<int>>> Want = {
      {ExitKind::Return, {1}}, {ExitKind::FallOff, {0}}};
  EXPECT_EQ(Got, Want);
}

TEST(FlowTest, ThrowSkipsTheJoin) {
  Parsed P = parse("void f() { start(); if (cond()) throw 1; join(); }");
  ASSERT_TRUE(P.Flow);
  Depth D;
  auto R = solve<Direction::Forward>(*P.Flow, D);
  bool SawThrow = false;
  for (const auto &E : R.Exits) {
    if (E.Kind == ExitKind::Throw) {
      SawThrow = true;
      EXPECT_EQ(E.At, std::set<int>{1});
    }
    if (E.Kind == ExitKind::FallOff)
      EXPECT_EQ(E.At, std::set<int>{0});
  }
  EXPECT_TRUE(SawThrow);
  // cond(), start() and join() are not noexcept: each is a way out, with the
  // depth before the call.
  std::set<int> AtCalls;
  for (const auto &E : R.Exits)
    if (E.Kind == ExitKind::MayThrow)
      AtCalls.insert(E.At.begin(), E.At.end());
  EXPECT_EQ(AtCalls, (std::set<int>{0, 1}));
}

TEST(FlowTest, LoopHeadIsTheJoinOfEntryAndBackEdge) {
  Parsed P = parse("void f() { while (cond()) start(); }");
  ASSERT_TRUE(P.Flow);
  Depth D;
  auto R = solve<Direction::Forward>(*P.Flow, D);
  ASSERT_TRUE(R.Converged);
  std::set<int> AtExit;
  for (const auto &E : R.Exits)
    if (E.Kind == ExitKind::FallOff)
      AtExit = E.At;
  EXPECT_EQ(AtExit, (std::set<int>{0, 1, 2, 3}));
}

} // namespace
