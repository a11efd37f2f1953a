// The bottom-up walk any module's summaries are built on: components come
// callees first, a recursive component is iterated to a fixed point, and a
// lattice of infinite height is widened (or given up on) instead of looping.
#include "core/BottomUp.h"
#include "core/CallGraph.h"

#include "llvm/ADT/StringMap.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <climits>
#include <set>

using namespace esc;

namespace {

class MapSource : public FactSource {
public:
  FunctionFacts &add(const std::string &USR, std::vector<std::string> Callees = {}) {
    auto &F = Map[USR];
    F.USR = F.Name = USR;
    F.HasBody = true;
    for (auto &C : Callees)
      F.Calls.push_back({C, C, {"/src/x.cpp", 1, 1}});
    return F;
  }
  const FunctionFacts *facts(llvm::StringRef USR) override {
    ++Asked[USR];
    auto It = Map.find(USR);
    return It == Map.end() ? nullptr : &It->second;
  }
  llvm::StringMap<FunctionFacts> Map;
  llvm::StringMap<unsigned> Asked;
};

struct Visit {
  std::set<std::string> Members;
  bool Recursive;
};

std::vector<Visit> walk(CallGraph &G, std::vector<std::string> Roots,
                        std::function<bool(llvm::StringRef)> Skip = nullptr) {
  std::vector<Visit> Out;
  G.visitBottomUp(
      Roots, [&](llvm::StringRef U) { return Skip && Skip(U); },
      [&](llvm::ArrayRef<std::string> M, bool R) { Out.push_back({{M.begin(), M.end()}, R}); });
  return Out;
}

size_t indexOf(const std::vector<Visit> &V, const std::string &USR) {
  for (size_t I = 0; I < V.size(); ++I)
    if (V[I].Members.count(USR))
      return I;
  return SIZE_MAX;
}

TEST(CallGraph, ComponentsComeCalleesFirst) {
  // a -> b -> c, a -> d <-> e, e -> c, f -> f, and a call to an unknown g.
  MapSource S;
  S.add("a", {"b", "d", "g"});
  S.add("b", {"c"});
  S.add("c");
  S.add("d", {"e"});
  S.add("e", {"d", "c"});
  S.add("f", {"f"});
  CallGraph G(S);
  auto V = walk(G, {"a", "f"});
  ASSERT_EQ(V.size(), 6u); // {c} {b} {d,e} {g} {a} {f}
  EXPECT_LT(indexOf(V, "c"), indexOf(V, "b"));
  EXPECT_LT(indexOf(V, "b"), indexOf(V, "a"));
  EXPECT_LT(indexOf(V, "c"), indexOf(V, "e"));
  EXPECT_LT(indexOf(V, "e"), indexOf(V, "a"));
  EXPECT_LT(indexOf(V, "g"), indexOf(V, "a"));
  const Visit &DE = V[indexOf(V, "d")];
  EXPECT_EQ(DE.Members, (std::set<std::string>{"d", "e"}));
  EXPECT_TRUE(DE.Recursive);
  EXPECT_TRUE(V[indexOf(V, "f")].Recursive);  // calls itself
  EXPECT_FALSE(V[indexOf(V, "a")].Recursive);
  EXPECT_FALSE(V[indexOf(V, "g")].Recursive); // no facts: a leaf
}

TEST(CallGraph, SkippedNodesAreNeitherEnteredNorVisited) {
  MapSource S;
  S.add("a", {"b"});
  S.add("b", {"c"});
  S.add("c");
  CallGraph G(S);
  auto V = walk(G, {"a"}, [](llvm::StringRef U) { return U == "b"; });
  ASSERT_EQ(V.size(), 1u);
  EXPECT_EQ(V[0].Members, std::set<std::string>{"a"});
  EXPECT_EQ(S.Asked.count("c"), 0u); // behind the skipped node
}

TEST(CallGraph, DeepChainsDoNotUseTheStack) {
  MapSource S;
  const int N = 200000;
  for (int I = 0; I < N; ++I)
    S.add("f" + std::to_string(I), {"f" + std::to_string(I + 1)});
  CallGraph G(S);
  auto V = walk(G, {"f0"});
  ASSERT_EQ(V.size(), size_t(N + 1));
  EXPECT_EQ(*V.front().Members.begin(), "f" + std::to_string(N));
  EXPECT_EQ(*V.back().Members.begin(), "f0");
}

/// A finite lattice: the set of leaves (functions without callees) reachable.
class ReachableLeaves : public SummaryTransfer<std::set<std::string>> {
public:
  std::set<std::string> initial(llvm::StringRef USR, const FunctionFacts *F) override {
    ++Initial;
    if (F && F->Calls.empty())
      return {USR.str()};
    return {};
  }
  bool transfer(llvm::StringRef, const FunctionFacts *F, std::set<std::string> &S,
                SummaryLookup<std::set<std::string>> &Callees) override {
    size_t Before = S.size();
    for (const CallEdge &E : F ? F->Calls : std::vector<CallEdge>{}) {
      const auto &C = Callees(E.USR);
      S.insert(C.begin(), C.end());
    }
    return S.size() != Before;
  }
  unsigned Initial = 0;
};

TEST(BottomUpSummaries, FiniteLatticeReachesItsFixedPointInACycle) {
  // a -> b -> c -> a, c -> leaf1, b -> d -> leaf2.
  MapSource S;
  S.add("a", {"b"});
  S.add("b", {"c", "d"});
  S.add("c", {"a", "leaf1"});
  S.add("d", {"leaf2"});
  S.add("leaf1");
  S.add("leaf2");
  CallGraph G(S);
  ReachableLeaves T;
  BottomUpSummaries<std::set<std::string>> Table(G, T);
  std::set<std::string> Both{"leaf1", "leaf2"};
  EXPECT_EQ(Table.get("c"), Both); // c reaches leaf2 only through a and b
  EXPECT_EQ(Table.get("a"), Both);
  EXPECT_EQ(Table.get("d"), std::set<std::string>{"leaf2"});
  EXPECT_EQ(Table.stats().Widened, 0u);
  EXPECT_EQ(Table.stats().GaveUp, 0u);
  EXPECT_EQ(T.Initial, 6u); // every function summarised once, whatever was asked
}

TEST(BottomUpSummaries, QuestionsInAnyOrderComputeOnDemand) {
  MapSource S;
  S.add("top", {"mid"});
  S.add("mid", {"leaf"});
  S.add("leaf");
  CallGraph G(S);
  ReachableLeaves T;
  BottomUpSummaries<std::set<std::string>> Table(G, T);
  EXPECT_EQ(Table.peek("mid"), nullptr);
  EXPECT_EQ(Table.get("mid"), std::set<std::string>{"leaf"});
  EXPECT_EQ(Table.peek("top"), nullptr); // callers are not computed
  EXPECT_EQ(Table.get("top"), std::set<std::string>{"leaf"});
  EXPECT_EQ(T.Initial, 3u);
}

/// An infinite-height lattice: the longest call depth below a function,
/// which grows without end around a cycle unless widened to "unbounded".
class CallDepth : public SummaryTransfer<unsigned> {
public:
  explicit CallDepth(bool WidenWorks) : WidenWorks(WidenWorks) {}
  unsigned initial(llvm::StringRef, const FunctionFacts *) override { return 0; }
  bool transfer(llvm::StringRef, const FunctionFacts *F, unsigned &S,
                SummaryLookup<unsigned> &Callees) override {
    unsigned Before = S;
    for (const CallEdge &E : F ? F->Calls : std::vector<CallEdge>{}) {
      unsigned C = Callees(E.USR);
      S = std::max(S, C == Unbounded ? Unbounded : C + 1);
    }
    return S != Before;
  }
  unsigned widenAfter() const override { return 4; }
  void widen(llvm::StringRef, unsigned &S) override {
    if (WidenWorks)
      S = Unbounded;
  }
  void giveUp(llvm::StringRef, unsigned &S) override { S = Unbounded; }

  static constexpr unsigned Unbounded = UINT_MAX;
  bool WidenWorks;
};

TEST(BottomUpSummaries, InfiniteLatticeIsWidenedInACycle) {
  MapSource S;
  S.add("main", {"a"});
  S.add("a", {"b"});
  S.add("b", {"a", "leaf"});
  S.add("leaf");
  CallGraph G(S);
  CallDepth T(/*WidenWorks=*/true);
  BottomUpSummaries<unsigned> Table(G, T);
  EXPECT_EQ(Table.get("leaf"), 0u);
  EXPECT_EQ(Table.get("main"), CallDepth::Unbounded);
  EXPECT_EQ(Table.get("a"), CallDepth::Unbounded);
  EXPECT_GT(Table.stats().Widened, 0u);
  EXPECT_EQ(Table.stats().GaveUp, 0u);
  EXPECT_LE(Table.stats().MaxRounds, 2 * T.widenAfter());
}

TEST(BottomUpSummaries, AWideningThatDoesNotStabiliseGivesUpToTop) {
  MapSource S;
  S.add("a", {"b"});
  S.add("b", {"a"});
  CallGraph G(S);
  CallDepth T(/*WidenWorks=*/false);
  BottomUpSummaries<unsigned> Table(G, T);
  EXPECT_EQ(Table.get("a"), CallDepth::Unbounded);
  EXPECT_EQ(Table.get("b"), CallDepth::Unbounded);
  EXPECT_EQ(Table.stats().GaveUp, 1u);
  EXPECT_EQ(Table.stats().MaxRounds, 2 * T.widenAfter());
}

TEST(BottomUpSummaries, NonRecursiveComponentsTakeOneRound) {
  MapSource S;
  S.add("a", {"b"});
  S.add("b", {"c"});
  S.add("c");
  CallGraph G(S);
  CallDepth T(true);
  BottomUpSummaries<unsigned> Table(G, T);
  EXPECT_EQ(Table.get("a"), 2u);
  EXPECT_EQ(Table.stats().MaxRounds, 1u);
  EXPECT_EQ(Table.stats().Recursive, 0u);
}

} // namespace
