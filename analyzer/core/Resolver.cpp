#include "Resolver.h"

#include "llvm/ADT/StringSet.h"

#include <algorithm>

namespace esc {

const std::optional<Cause> &Verdict::get(Effect E) const {
  switch (E) {
  case Effect::Allocates: return Allocates;
  case Effect::MayAllocate: return MayAllocate;
  case Effect::Blocks: return Blocks;
  }
  return Allocates;
}

std::optional<Cause> &Verdict::get(Effect E) {
  return const_cast<std::optional<Cause> &>(std::as_const(*this).get(E));
}

namespace {
/// Whether facts say anything heap- can use: a body, or a contract about
/// allocation or blocking. A declaration known only for another module's
/// annotation (ESC_SPAWN, ESC_COST_NS) is still a callee heap cannot see.
bool speaksForHeap(const FunctionFacts &F) {
  const Contract &C = F.Declared;
  return F.HasBody || C.NoAlloc || C.NonBlocking || C.AllowAlloc || C.Blocking;
}

/// A call's contribution to effect `E`, given the callee's verdict (null
/// when it is not needed: the contract decided, or nothing is known).
template <class GetVerdict>
std::optional<Cause> causeOfCall(const FunctionFacts *Callee, const CallEdge &Call, Effect E,
                                 GetVerdict &&Get) {
  if (!Callee || !speaksForHeap(*Callee)) {
    if (E != Effect::MayAllocate)
      return std::nullopt;
    return Cause{Cause::Undefined,
                 "calls '" + Call.Name + "', whose definition Escapement cannot see",
                 Call.Pos, Call.USR, Call.Name, std::nullopt, AllocKind::Library};
  }
  const Contract &C = Callee->Declared;
  bool TrustedNoAlloc = C.NoAlloc || C.NonBlocking || C.AllowAlloc;
  if (E != Effect::Blocks && TrustedNoAlloc)
    return std::nullopt;
  // A time contract of its own (ESC_DEADLINE_NS, ESC_WINDOW_NS) promises a
  // bound, which blocking would break: like ESC_NONBLOCKING, it is checked
  // where the callee is defined (bound-blocking), not at every caller.
  if (E == Effect::Blocks && (C.NonBlocking || C.DeadlineNs || C.WindowNs))
    return std::nullopt;
  if (!Get().get(E))
    return std::nullopt;
  const char *What = E == Effect::Allocates     ? "which allocates"
                     : E == Effect::MayAllocate ? "which may allocate"
                                                : "which blocks";
  return Cause{Cause::Call, "calls '" + Call.Name + "', " + What, Call.Pos, Call.USR,
               Call.Name, std::nullopt, AllocKind::Library};
}
} // namespace

/// Heap's client of the bottom-up walk. The summary is three optional
/// causes; a transfer only fills empty ones, so it is monotone and a
/// component of n functions settles within 3n + 1 rounds: no widening.
class Resolver::VerdictTransfer final : public SummaryTransfer<Verdict> {
public:
  explicit VerdictTransfer(CallGraph &G) : G(G) {}

  Verdict initial(llvm::StringRef, const FunctionFacts *F) override {
    Verdict V;
    if (!F)
      return V; // callers see it through callCause as Undefined.
    if (!F->Allocs.empty()) {
      const AllocSite &A = F->Allocs.front();
      V.Allocates = Cause{Cause::Direct, A.Reason, A.Pos, "", "", A.Bytes, A.Kind};
    }
    if (!F->Unknown.empty()) {
      const EffectSite &U = F->Unknown.front();
      V.MayAllocate =
          Cause{Cause::Opaque, U.Reason, U.Pos, "", "", std::nullopt, AllocKind::Library};
    }
    if (!F->Blocks.empty()) {
      const EffectSite &B = F->Blocks.front();
      V.Blocks = Cause{Cause::Direct, B.Reason, B.Pos, "", "", std::nullopt, AllocKind::Library};
    } else if (F->Declared.Blocking) {
      V.Blocks = Cause{Cause::Direct, "'" + F->Name + "' is declared ESC_BLOCKING", F->Pos,
                       "", "", std::nullopt, AllocKind::Library};
    }
    return V;
  }

  bool transfer(llvm::StringRef, const FunctionFacts *F, Verdict &V,
                SummaryLookup<Verdict> &Callees) override {
    if (!F)
      return false;
    bool Changed = false;
    for (const CallEdge &Call : F->Calls) {
      for (Effect E : {Effect::Allocates, Effect::MayAllocate, Effect::Blocks}) {
        if (V.get(E))
          continue;
        auto Get = [&]() -> const Verdict & { return Callees(Call.USR); };
        if (auto C = causeOfCall(G.facts(Call.USR), Call, E, Get)) {
          V.get(E) = std::move(*C);
          Changed = true;
        }
      }
    }
    return Changed;
  }

private:
  CallGraph &G;
};

Resolver::Resolver(FactSource &Source)
    : Source(Source), Graph(Source), Transfer(std::make_unique<VerdictTransfer>(Graph)),
      Verdicts(Graph, *Transfer) {}

Resolver::~Resolver() = default;

const Verdict &Resolver::verdict(llvm::StringRef USR) { return Verdicts.get(USR); }

std::optional<Cause> Resolver::callCause(const CallEdge &Call, Effect E) {
  auto Get = [&]() -> const Verdict & { return Verdicts.get(Call.USR); };
  return causeOfCall(Source.facts(Call.USR), Call, E, Get);
}

std::optional<std::vector<Cause>>
Resolver::findAllocation(const CallEdge &Start,
                         const std::function<bool(const AllocSite &)> &Wanted) {
  // Breadth-first over call edges; Parent remembers how each function was
  // reached so the chain can be rebuilt from the site back to Start.
  struct Step {
    std::string USR;
    const CallEdge *Via; // the edge that reached USR
    int Parent;          // index into Steps, -1 for Start
  };
  std::vector<Step> Steps{{Start.USR, &Start, -1}};
  llvm::StringSet<> Seen{Start.USR};
  for (size_t I = 0; I < Steps.size(); ++I) {
    const FunctionFacts *F = Source.facts(Steps[I].USR);
    if (!F || F->Declared.AllowAlloc)
      continue;
    for (const AllocSite &A : F->Allocs) {
      if (!Wanted(A))
        continue;
      std::vector<Cause> Chain{Cause{Cause::Direct, A.Reason, A.Pos, "", "", A.Bytes, A.Kind}};
      for (int J = static_cast<int>(I); J >= 0; J = Steps[J].Parent) {
        const CallEdge &E = *Steps[J].Via;
        Chain.push_back(Cause{Cause::Call, "calls '" + E.Name + "', which allocates", E.Pos,
                              E.USR, E.Name, std::nullopt, AllocKind::Library});
      }
      std::reverse(Chain.begin(), Chain.end());
      return Chain;
    }
    for (const CallEdge &E : F->Calls)
      if (Seen.insert(E.USR).second)
        Steps.push_back({E.USR, &E, static_cast<int>(I)});
  }
  return std::nullopt;
}

bool Resolver::allocationFree(llvm::StringRef USR) {
  std::vector<std::string> Work{USR.str()};
  llvm::StringSet<> Seen{USR};
  while (!Work.empty()) {
    const FunctionFacts *F = Source.facts(Work.back());
    Work.pop_back();
    if (F && F->Declared.AllowAlloc)
      continue;
    if (!F || !F->Allocs.empty() || !F->Unknown.empty())
      return false;
    // Without a body only a contract speaks for it (checked where it is
    // defined, or refuted by the run).
    if (!F->HasBody && !F->Declared.NoAlloc && !F->Declared.NonBlocking)
      return false;
    for (const CallEdge &E : F->Calls)
      if (Seen.insert(E.USR).second)
        Work.push_back(E.USR);
  }
  return true;
}

std::vector<Cause> Resolver::chain(const Cause &Start, Effect E) {
  std::vector<Cause> Out{Start};
  llvm::StringSet<> Seen;
  const Cause *Cur = &Out.back();
  while (Cur->K == Cause::Call && Seen.insert(Cur->NextUSR).second) {
    const Verdict &V = verdict(Cur->NextUSR);
    const auto &Next = V.get(E);
    if (!Next)
      break;
    Out.push_back(*Next);
    Cur = &Out.back();
  }
  return Out;
}

} // namespace esc
