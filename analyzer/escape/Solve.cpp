#include "Solve.h"

#include <algorithm>
#include <deque>

namespace esc::escape {

namespace {

/// Bellman-Ford from `W.Root` over incoming edges (Go's walkOne). Only
/// max(derefs, 0) propagates: in
///
///   root = &l;  l = x;
///
/// l's address reaches the root but x's does not: x's value is what l
/// holds, so x is reached with 0, not -1. This also bounds every count at -1,
/// so the walk terminates even around cycles such as `p = &p`.
bool walk(const Graph &G, const std::vector<std::vector<uint32_t>> &In,
          Walk &W, size_t &Work, size_t MaxWork) {
  const auto &Locs = G.locations();
  const auto &Edges = G.edges();
  W.Derefs.assign(Locs.size(), Unreached);
  W.Pred.assign(Locs.size(), NoEdge);
  W.KeyPred.assign(Locs.size(), NoEdge);
  std::vector<bool> Queued(Locs.size(), false);
  std::deque<LocId> Todo;
  W.Derefs[W.Root] = 0;
  Todo.push_back(W.Root);
  while (!Todo.empty()) {
    LocId L = Todo.front();
    Todo.pop_front();
    Queued[L] = false;
    int Base = std::max(W.Derefs[L], 0);
    for (uint32_t E : In[L]) {
      if (++Work > MaxWork)
        return false;
      LocId Src = Edges[E].Src;
      if (Locs[Src].isRoot())
        continue;
      int D = Base + Edges[E].Derefs;
      int Old = W.Derefs[Src];
      if (D >= Old)
        continue;
      W.Derefs[Src] = D;
      W.Pred[Src] = E;
      if (Old != Unreached && std::max(D, 0) >= std::max(Old, 0))
        continue; // only its address is new: nothing more propagates
      W.KeyPred[Src] = E;
      if (!Queued[Src]) {
        Queued[Src] = true;
        Todo.push_back(Src);
      }
    }
  }
  return true;
}

} // namespace

const Walk *Solution::addressEscapes(LocId L) const {
  for (const Walk &W : Walks)
    if (L < W.Derefs.size() && W.Derefs[L] < 0)
      return &W;
  return nullptr;
}

Solution solve(const Graph &G) {
  Solution S;
  const auto &Edges = G.edges();
  std::vector<std::vector<uint32_t>> In(G.locations().size());
  for (uint32_t E = 0; E < Edges.size(); ++E)
    In[Edges[E].Dst].push_back(E);

  // Walks are O(locations * edges) at worst; real functions converge in a
  // few passes over the edges.
  size_t Work = 0, MaxWork = 64 * (Edges.size() + 1) + 100000;
  const std::pair<LocId, Sink> Roots[] = {{Graph::SpawnLoc, Sink::Spawn},
                                          {Graph::HeapLoc, Sink::Heap},
                                          {Graph::ReturnLoc, Sink::Return}};
  for (size_t I = 0; I < S.Walks.size(); ++I) {
    S.Walks[I].Root = Roots[I].first;
    S.Walks[I].As = Roots[I].second;
    if (!walk(G, In, S.Walks[I], Work, MaxWork)) {
      S.Overflowed = true;
      return S;
    }
  }
  return S;
}

std::vector<FlowStep> explain(const Graph &G, const Walk &W, LocId From,
                              bool Address) {
  std::vector<FlowStep> Flow;
  std::vector<bool> Seen(G.locations().size(), false);
  NoteId Last = NoNote;
  LocId L = From;
  // The first edge is the one that made From's count negative; after it,
  // only the count that propagated (max(derefs, 0)) matters.
  uint32_t E = Address ? W.Pred[L] : W.KeyPred[L];
  while (E != NoEdge && !Seen[L]) {
    Seen[L] = true;
    const Edge &Step = G.edges()[E];
    // The edge's own note, then the notes it was added to.
    for (NoteId N = Step.Note; N != NoNote; N = G.nextNote(N)) {
      if (N != Last)
        Flow.push_back(G.noteAt(N));
      Last = N;
    }
    if (Step.Note == NoNote)
      Last = NoNote;
    L = Step.Dst;
    if (L == W.Root)
      break;
    E = W.KeyPred[L];
  }
  return Flow;
}

} // namespace esc::escape
