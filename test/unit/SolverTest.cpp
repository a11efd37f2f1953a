// The encoder and counterexample extraction, on programs built by hand in
// solver/ terms (no Clang): hand-computed worst cases, infeasible paths,
// inferred bounds, arenas, and what a model says about the path.
#include "solver/Query.h"

#include <gtest/gtest.h>

using namespace esc::solver;

namespace {

constexpr IntType I32{32, true};
constexpr IntType Bit{1, false};

Profile declaredOnly() {
  bool Known = false;
  return Profile::builtin("declared-costs-only", Known);
}

SolverOptions options() {
  SolverOptions O;
  O.Prof = declaredOnly();
  return O;
}

// if (x > 5) cost a; else cost b;  twice, on opposite conditions.
Program correlated(int64_t A, int64_t B) {
  Program P;
  VarId X = P.var({"x", I32, false, {}, true});
  auto Arm = [&](Op K) {
    ExprId C = P.compare(K, P.read(X), P.constant(5, I32));
    return P.ifThen(C, P.seq({P.cost(A, A, 0)}), P.seq({P.cost(B, B, 0)}), 1, "the condition");
  };
  P.Root = P.region({Arm(Op::Gt), Arm(Op::Le)});
  return P;
}

TEST(SolverTest, CorrelatedBranchesAreNotAddedUp) {
  Program P = correlated(100000, 10000);
  EXPECT_EQ(*structuralCost(P, P.Root, declaredOnly()).Hi, 200000);
  FunctionQuery Q(P, options());
  EXPECT_EQ(Q.costAtMost(110000).O, Outcome::Holds);
  Answer A = Q.costAtMost(109999);
  ASSERT_EQ(A.O, Outcome::Violated);
  EXPECT_EQ(A.Cex->Value, 110000);
  ASSERT_EQ(A.Cex->Steps.size(), 2u);
  // Exactly one of the two conditions holds on any path.
  EXPECT_EQ(A.Cex->Steps[0].TrueCount + A.Cex->Steps[1].TrueCount, 1u);
  ASSERT_EQ(A.Cex->Inputs.size(), 1u);
  EXPECT_EQ(A.Cex->Inputs[0].Name, "x");
  FunctionQuery::Bounds B = Q.bounds();
  EXPECT_TRUE(B.Tight);
  EXPECT_EQ(*B.Worst, 110000);
  EXPECT_EQ(*B.Best, 110000);
}

TEST(SolverTest, StructuralProofNeedsNoSolver) {
  Program P = correlated(100000, 10000);
  FunctionQuery Q(P, options());
  Answer A = Q.costAtMost(200000);
  EXPECT_EQ(A.O, Outcome::Holds);
  EXPECT_TRUE(A.Structural);
  EXPECT_EQ(Q.stats().SolverCalls, 0u);
}

// for (i = 0; i < n; ++i) cost 7;   with an assumption n <= Max.
Program counted(std::optional<int64_t> Max) {
  Program P;
  VarId N = P.var({"n", I32, false, {}, true});
  VarId I = P.var({"i", I32, false, {}, false});
  std::vector<StmtId> Body;
  if (Max)
    Body.push_back(P.assume(P.compare(Op::Le, P.read(N), P.constant(*Max, I32))));
  Body.push_back(P.assign(I, P.constant(0, I32)));
  StmtId Latch = P.seq({P.assign(I, P.binary(Op::Add, P.read(I), P.constant(1, I32), I32))});
  Body.push_back(P.loop(P.compare(Op::Lt, P.read(I), P.read(N)), P.seq({P.cost(7, 7)}), Latch, {}, 2,
                        "the loop"));
  P.Root = P.region(Body);
  return P;
}

TEST(SolverTest, LoopBoundInferredFromAPrecondition) {
  Program P = counted(9);
  FunctionQuery Q(P, options());
  EXPECT_EQ(Q.costAtMost(63).O, Outcome::Holds);
  Answer A = Q.costAtMost(62);
  ASSERT_EQ(A.O, Outcome::Violated);
  ASSERT_EQ(A.Cex->Steps.size(), 1u);
  EXPECT_EQ(A.Cex->Steps[0].K, PathStep::Loop);
  EXPECT_EQ(A.Cex->Steps[0].Iterations, std::vector<uint64_t>{9});
  EXPECT_EQ(A.Cex->Inputs[0].Value, "9");
  ASSERT_EQ(Q.loops().size(), 1u);
  EXPECT_EQ(Q.loops()[0].Bound.Source, BoundSource::Inferred);
  EXPECT_GE(*Q.loops()[0].Bound.Max, 9u); // checked at powers of two
}

TEST(SolverTest, LoopWithNoBoundIsUnknownAndSaysWhere) {
  Program P = counted(std::nullopt);
  SolverOptions O = options();
  O.InferLimit = 64;
  FunctionQuery Q(P, O);
  Answer A = Q.costAtMost(1000);
  EXPECT_EQ(A.O, Outcome::Unknown);
  EXPECT_NE(A.Why.find("the loop has no bound"), std::string::npos) << A.Why;
  EXPECT_EQ(A.WhyAt, 2u);
}

TEST(SolverTest, ContradictoryAssumptionIsNotAProof) {
  Program P;
  VarId N = P.var({"n", I32, false, {}, true});
  ExprId Pos = P.compare(Op::Gt, P.read(N), P.constant(0, I32));
  ExprId Neg = P.compare(Op::Lt, P.read(N), P.constant(0, I32));
  P.Root = P.region({P.assume(P.binary(Op::LAnd, Pos, Neg, Bit)), P.cost(500, 500)});
  FunctionQuery Q(P, options());
  EXPECT_EQ(Q.costAtMost(1).O, Outcome::Unknown);
}

TEST(SolverTest, ArenaPeakIsBetweenResetsWithAlignment) {
  Program P;
  IntType Size{64, false};
  auto Alloc = [&](int64_t Bytes, int64_t Align) {
    return P.arenaAlloc(P.constant(Bytes, Size), P.constant(Align, Size), 3, "alloc");
  };
  // 40, then 1 byte at 48 (49); reset; 30.
  P.Root = P.region({Alloc(40, 16), Alloc(1, 16), P.jump(StmtKind::ArenaReset), Alloc(30, 16)});
  FunctionQuery Q(P, options());
  EXPECT_EQ(Q.arenaAtMost(49).O, Outcome::Holds);
  Answer A = Q.arenaAtMost(48);
  ASSERT_EQ(A.O, Outcome::Violated);
  EXPECT_EQ(A.Cex->Value, 49);
  ASSERT_FALSE(A.Cex->Steps.empty());
  ASSERT_EQ(A.Cex->Steps.size(), 4u); // each allocation, and the reset
  EXPECT_EQ(A.Cex->Steps[0].K, PathStep::Alloc);
  EXPECT_EQ(A.Cex->Steps[1].Bytes, 9); // 1 byte after 8 bytes of padding
  EXPECT_EQ(A.Cex->Steps[1].RunningFirst, 49);
  EXPECT_EQ(A.Cex->Steps[2].K, PathStep::Reset);
  EXPECT_EQ(*Q.bounds().Peak, 49);
}

TEST(SolverTest, UnknownValuesAreListedPerEvaluationOnThePath) {
  // while (fresh() != 0) { cost 5 }  at most 3 times.
  Program P;
  ExprId More = P.compare(Op::Ne, P.fresh(I32, "'poll()'"), P.constant(0, I32));
  P.Root = P.region({P.loop(More, P.seq({P.cost(5, 5)}), None, {3, 0, BoundSource::Annotation}, 4,
                            "the loop")});
  FunctionQuery Q(P, options());
  Answer A = Q.costAtMost(14);
  ASSERT_EQ(A.O, Outcome::Violated);
  EXPECT_EQ(A.Cex->Value, 15);
  ASSERT_EQ(A.Cex->Inputs.size(), 1u);
  // Three tests that continue and the fourth that the bound makes stop.
  EXPECT_EQ(A.Cex->Inputs[0].Name, "'poll()' (4 calls)");
}

TEST(SolverTest, FormatsPicosecondsAsNanoseconds) {
  EXPECT_EQ(formatNs(410000), "410 ns");
  EXPECT_EQ(formatNs(12500), "12.5 ns");
  EXPECT_EQ(formatNs(333), "0.333 ns");
}

} // namespace
