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

const Verdict &Resolver::verdict(llvm::StringRef USR) {
  auto It = Nodes.find(USR);
  if (It == Nodes.end() || !It->second.Done)
    strongConnect(USR.str());
  return Nodes[USR].V;
}

void Resolver::computeOwn(const std::string &USR) {
  Verdict &V = Nodes[USR].V;
  const FunctionFacts *F = Source.facts(USR);
  if (!F)
    return; // callers see it through callCause as Undefined.
  if (!F->Allocs.empty()) {
    const AllocSite &A = F->Allocs.front();
    V.Allocates = Cause{Cause::Direct, A.Reason, A.Pos, "", "", A.Bytes, A.Kind};
  }
  if (!F->Unknown.empty()) {
    const EffectSite &U = F->Unknown.front();
    V.MayAllocate = Cause{Cause::Opaque, U.Reason, U.Pos, "", "", std::nullopt, AllocKind::Library};
  }
  if (!F->Blocks.empty()) {
    const EffectSite &B = F->Blocks.front();
    V.Blocks = Cause{Cause::Direct, B.Reason, B.Pos, "", "", std::nullopt, AllocKind::Library};
  } else if (F->Declared.Blocking) {
    V.Blocks = Cause{Cause::Direct, "'" + F->Name + "' is declared ESC_BLOCKING", F->Pos,
                     "", "", std::nullopt, AllocKind::Library};
  }
}

std::optional<Cause> Resolver::callCause(const CallEdge &Call, Effect E) {
  const FunctionFacts *Callee = Source.facts(Call.USR);
  if (!Callee) {
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
  if (E == Effect::Blocks && C.NonBlocking)
    return std::nullopt;
  auto NodeIt = Nodes.find(Call.USR);
  if (NodeIt == Nodes.end())
    return std::nullopt; // not visited yet: the SCC fixpoint comes back.
  if (!NodeIt->second.V.get(E))
    return std::nullopt;
  const char *What = E == Effect::Allocates     ? "which allocates"
                     : E == Effect::MayAllocate ? "which may allocate"
                                                : "which blocks";
  return Cause{Cause::Call, "calls '" + Call.Name + "', " + What, Call.Pos, Call.USR,
               Call.Name, std::nullopt, AllocKind::Library};
}

bool Resolver::propagate(const std::string &USR) {
  const FunctionFacts *F = Source.facts(USR);
  if (!F)
    return false;
  bool Changed = false;
  for (const CallEdge &Call : F->Calls) {
    for (Effect E : {Effect::Allocates, Effect::MayAllocate, Effect::Blocks}) {
      if (Nodes[USR].V.get(E))
        continue;
      if (auto C = callCause(Call, E)) {
        Nodes[USR].V.get(E) = std::move(*C);
        Changed = true;
      }
    }
  }
  return Changed;
}

void Resolver::strongConnect(const std::string &USR) {
  {
    Node &N = Nodes[USR];
    N.Index = N.LowLink = NextIndex++;
    N.OnStack = true;
  }
  Stack.push_back(USR);
  computeOwn(USR);

  if (const FunctionFacts *F = Source.facts(USR)) {
    // The facts object is stable (owned by the source), so iterating it while
    // recursing is safe; Nodes may rehash, so re-find after each recursion.
    for (const CallEdge &Call : F->Calls) {
      auto It = Nodes.find(Call.USR);
      if (It == Nodes.end()) {
        strongConnect(Call.USR);
        Node &Me = Nodes[USR];
        Me.LowLink = std::min(Me.LowLink, Nodes[Call.USR].LowLink);
      } else if (It->second.OnStack) {
        unsigned Idx = It->second.Index;
        Node &Me = Nodes[USR];
        Me.LowLink = std::min(Me.LowLink, Idx);
      }
    }
  }

  Node &Me = Nodes[USR];
  if (Me.LowLink != Me.Index)
    return;
  std::vector<std::string> Component;
  while (true) {
    std::string W = Stack.back();
    Stack.pop_back();
    Nodes[W].OnStack = false;
    Component.push_back(W);
    if (W == USR)
      break;
  }
  // Members of a cycle inherit each other's effects: iterate to a fixpoint.
  // Each round sets at least one of three effects on some member, so it ends.
  while (true) {
    bool Changed = false;
    for (const std::string &W : Component)
      Changed |= propagate(W);
    if (!Changed)
      break;
  }
  for (const std::string &W : Component)
    Nodes[W].Done = true;
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
