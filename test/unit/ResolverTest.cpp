// The Resolver decides transitive effects from facts alone: these tests build
// facts by hand (as another TU or the disk cache would supply them).
#include "core/Resolver.h"

#include "llvm/ADT/StringMap.h"

#include <gtest/gtest.h>

using namespace esc;

namespace {

class MapSource : public FactSource {
public:
  FunctionFacts &add(const std::string &USR) {
    auto &F = Map[USR];
    F.USR = USR;
    F.Name = USR;
    F.HasBody = true;
    F.Pos = {"/src/" + USR + ".cpp", 1, 1};
    return F;
  }
  const FunctionFacts *facts(llvm::StringRef USR) override {
    auto It = Map.find(USR);
    return It == Map.end() ? nullptr : &It->second;
  }
  llvm::StringMap<FunctionFacts> Map;
};

CallEdge call(const std::string &Callee, unsigned Line) {
  return {Callee, Callee, {"/src/caller.cpp", Line, 3}};
}

AllocSite site(const std::string &Why) {
  AllocSite S;
  S.Reason = Why;
  S.Pos = {"/src/leaf.cpp", 7, 9};
  return S;
}

TEST(Resolver, DirectAllocation) {
  MapSource S;
  S.add("leaf").Allocs.push_back(site("new int"));
  Resolver R(S);
  ASSERT_TRUE(R.verdict("leaf").Allocates);
  EXPECT_EQ(R.verdict("leaf").Allocates->Text, "new int");
  EXPECT_FALSE(R.verdict("leaf").MayAllocate);
}

TEST(Resolver, ChainFollowsCallsToTheAllocatingSite) {
  MapSource S;
  S.add("a").Calls.push_back(call("b", 10));
  S.add("b").Calls.push_back(call("c", 20));
  S.add("c").Allocs.push_back(site("new Packet"));
  Resolver R(S);
  const Verdict &V = R.verdict("a");
  ASSERT_TRUE(V.Allocates);
  EXPECT_EQ(V.Allocates->K, Cause::Call);
  auto Chain = R.chain(*V.Allocates, Effect::Allocates);
  ASSERT_EQ(Chain.size(), 3u);
  EXPECT_EQ(Chain[0].NextUSR, "b");
  EXPECT_EQ(Chain[1].NextUSR, "c");
  EXPECT_EQ(Chain[2].K, Cause::Direct);
  EXPECT_EQ(Chain[2].Text, "new Packet");
}

TEST(Resolver, PureCallsDoNotAllocate) {
  MapSource S;
  S.add("a").Calls.push_back(call("b", 10));
  S.add("b");
  Resolver R(S);
  EXPECT_FALSE(R.verdict("a").Allocates);
  EXPECT_FALSE(R.verdict("a").MayAllocate);
}

TEST(Resolver, CycleMembersShareEffects) {
  // a -> b -> a, and b -> leaf which allocates: both a and b allocate.
  MapSource S;
  S.add("a").Calls.push_back(call("b", 1));
  auto &B = S.add("b");
  B.Calls.push_back(call("a", 2));
  B.Calls.push_back(call("leaf", 3));
  S.add("leaf").Allocs.push_back(site("malloc"));
  Resolver R(S);
  EXPECT_TRUE(R.verdict("a").Allocates);
  EXPECT_TRUE(R.verdict("b").Allocates);
  auto Chain = R.chain(*R.verdict("a").Allocates, Effect::Allocates);
  EXPECT_EQ(Chain.back().Text, "malloc");
}

TEST(Resolver, CycleWithoutAllocationStaysClean) {
  MapSource S;
  S.add("a").Calls.push_back(call("b", 1));
  S.add("b").Calls.push_back(call("a", 2));
  Resolver R(S);
  EXPECT_FALSE(R.verdict("a").Allocates);
  EXPECT_FALSE(R.verdict("b").Allocates);
}

TEST(Resolver, UndefinedCalleeMayAllocate) {
  MapSource S;
  S.add("a").Calls.push_back(call("nowhere", 4));
  Resolver R(S);
  const Verdict &V = R.verdict("a");
  EXPECT_FALSE(V.Allocates);
  ASSERT_TRUE(V.MayAllocate);
  // a calls nowhere, which has no facts: the call itself is the end.
  EXPECT_EQ(V.MayAllocate->K, Cause::Undefined);
  EXPECT_EQ(V.MayAllocate->NextName, "nowhere");
}

TEST(Resolver, DeclaredNoAllocCalleeIsTrustedByCallers) {
  MapSource S;
  S.add("a").Calls.push_back(call("b", 1));
  auto &B = S.add("b");
  B.Declared.NoAlloc = true;
  B.Allocs.push_back(site("new int")); // reported inside b, not again in a
  Resolver R(S);
  EXPECT_TRUE(R.verdict("b").Allocates);
  EXPECT_FALSE(R.verdict("a").Allocates);
}

TEST(Resolver, ClaimsDoNotTrustAViolatedNoAllocContract) {
  MapSource S;
  S.add("a").Calls.push_back(call("b", 1));
  auto &B = S.add("b");
  B.Declared.NoAlloc = true;
  B.Calls.push_back(call("c", 2));
  S.add("c").Allocs.push_back(site("new int"));
  Resolver R(S);
  EXPECT_FALSE(R.verdict("a").Allocates); // reported in b, not in a
  EXPECT_FALSE(R.allocationFree("a"));    // but a does allocate at run time
  EXPECT_FALSE(R.allocationFree("b"));

  S.add("clean").Calls.push_back(call("d", 3));
  auto &D = S.add("d");
  D.Declared.NoAlloc = true;
  D.Calls.push_back(call("clean", 4)); // a cycle, allocation-free
  EXPECT_TRUE(R.allocationFree("clean"));

  S.add("opaque").Unknown.push_back({"calls through a function pointer", {"x.cpp", 5, 1}});
  S.add("e").Calls.push_back(call("opaque", 6));
  EXPECT_FALSE(R.allocationFree("e"));
  S.add("f").Calls.push_back(call("nowhere", 7));
  EXPECT_FALSE(R.allocationFree("f"));
}

TEST(Resolver, AllowAllocIsAccepted) {
  MapSource S;
  S.add("a").Calls.push_back(call("audited", 1));
  auto &Au = S.add("audited");
  Au.Declared.AllowAlloc = true;
  Au.Allocs.push_back(site("new int"));
  Resolver R(S);
  EXPECT_FALSE(R.verdict("a").Allocates);
  // Claims trust the audit too: the run shows whether the slow path ran.
  EXPECT_TRUE(R.allocationFree("a"));
}

TEST(Resolver, BlockingPropagatesAndDeclaredBlockingCounts) {
  MapSource S;
  S.add("a").Calls.push_back(call("io", 1));
  S.add("io").Declared.Blocking = true;
  Resolver R(S);
  ASSERT_TRUE(R.verdict("a").Blocks);
  EXPECT_FALSE(R.verdict("a").Allocates);
}

// bound-blocking reports a nonblocking or timed function's blocking once,
// where it is defined: its callers trust the contract, as they trust
// ESC_NOALLOC for allocation.
TEST(Resolver, NonblockingAndTimedCalleesAreTrustedNotToBlock) {
  MapSource S;
  for (const char *Callee : {"nb", "deadline", "window", "plain"})
    S.add(Callee).Blocks.push_back({"'read' may block the calling thread", {"/src/io.cpp", 3, 3}});
  S.Map["nb"].Declared.NonBlocking = true;
  S.Map["deadline"].Declared.DeadlineNs = 500;
  S.Map["window"].Declared.WindowNs = NsWindow{100, 200};
  Resolver R(S);
  EXPECT_FALSE(R.callCause(call("nb", 1), Effect::Blocks));
  EXPECT_FALSE(R.callCause(call("deadline", 2), Effect::Blocks));
  EXPECT_FALSE(R.callCause(call("window", 3), Effect::Blocks));
  EXPECT_TRUE(R.callCause(call("plain", 4), Effect::Blocks));
  // Their own verdicts still say they block: that is what is reported.
  EXPECT_TRUE(R.verdict("deadline").Blocks);
}

TEST(Resolver, DeepChainIsResolvedWithoutRecursionTrouble) {
  MapSource S;
  const int N = 2000;
  for (int I = 0; I < N; ++I)
    S.add("f" + std::to_string(I)).Calls.push_back(call("f" + std::to_string(I + 1), I));
  S.add("f" + std::to_string(N)).Allocs.push_back(site("new char[4096]"));
  Resolver R(S);
  ASSERT_TRUE(R.verdict("f0").Allocates);
  EXPECT_EQ(R.chain(*R.verdict("f0").Allocates, Effect::Allocates).size(), size_t(N + 1));
}

// callCause used to read only verdicts already computed: a check that asked
// about a call before anyone asked for the callee's verdict was told "no
// effect". It resolves on demand now, whatever was asked before.
TEST(Resolver, CallCauseResolvesTheCalleeOnDemand) {
  MapSource S;
  S.add("a").Calls.push_back(call("b", 1));
  S.add("b").Calls.push_back(call("c", 2));
  S.add("c").Allocs.push_back(site("new int"));
  S.add("d").Calls.push_back(call("io", 3));
  S.add("io").Declared.Blocking = true;
  Resolver R(S);
  auto C = R.callCause(call("b", 1), Effect::Allocates);
  ASSERT_TRUE(C);
  EXPECT_EQ(C->K, Cause::Call);
  EXPECT_EQ(C->NextUSR, "b");
  EXPECT_EQ(R.chain(*C, Effect::Allocates).back().Text, "new int");
  EXPECT_TRUE(R.callCause(call("d", 4), Effect::Blocks));
  EXPECT_FALSE(R.callCause(call("d", 4), Effect::Allocates));
}

// A declaration known only for another module's annotation says nothing
// about allocation: for heap it is still a callee it cannot see.
TEST(Resolver, DeclarationWithOnlyAnotherModulesContractIsUndefinedForHeap) {
  MapSource S;
  S.add("a").Calls.push_back(call("spawner", 1));
  auto &Sp = S.add("spawner");
  Sp.HasBody = false;
  Sp.Declared.Spawn = true;
  Sp.Declared.CostNs = 40;
  Resolver R(S);
  ASSERT_TRUE(R.verdict("a").MayAllocate);
  EXPECT_EQ(R.verdict("a").MayAllocate->K, Cause::Undefined);
  EXPECT_FALSE(R.allocationFree("a"));

  S.add("b").Calls.push_back(call("promised", 2));
  auto &P = S.add("promised");
  P.HasBody = false;
  P.Declared.NoAlloc = true; // a heap contract does speak for it
  EXPECT_FALSE(R.verdict("b").MayAllocate);
}

} // namespace
