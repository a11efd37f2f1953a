//===- Solve.h - Which addresses reach a root -----------------------------===//
//
// Go's solve.go: one backwards walk per root (heap, return, spawn) computes,
// for every location, the fewest dereferences with which its value reaches
// the root. Fewer than zero means its *address* reaches the root: since
// every root outlives the function's locals, the location escapes.
//
// Each walk also remembers, per location, the edge that last improved it,
// so explain() prints exactly the chain of edges the decision was made from
// (Go's explainPath).
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_ESCAPE_SOLVE_H
#define ESCAPEMENT_ESCAPE_SOLVE_H

#include "EscapeGraph.h"
#include "Graph.h"

#include <array>
#include <climits>
#include <vector>

namespace esc::escape {

constexpr uint32_t NoEdge = ~0u;
constexpr int Unreached = INT_MAX;

/// One root's walk.
struct Walk {
  LocId Root = NoLoc;
  Sink As = Sink::None;
  std::vector<int> Derefs;       // Unreached, or fewest derefs to the root
  std::vector<uint32_t> Pred;    // the edge that gave Derefs
  std::vector<uint32_t> KeyPred; // the edge that gave max(Derefs, 0)
};

struct Solution {
  /// Walks in reporting priority: a spawn is the most specific verdict for
  /// the send- checks, the heap next, the return value last.
  std::array<Walk, 3> Walks;
  bool Overflowed = false; // the work limit was hit

  /// The root `L`'s address reaches, or nullptr.
  const Walk *addressEscapes(LocId L) const;
};

Solution solve(const Graph &G);

/// The notes of the edges from `From` to `W`'s root. With `Address`, the
/// chain by which From's address (not only its value) reaches the root.
std::vector<FlowStep> explain(const Graph &G, const Walk &W, LocId From,
                              bool Address);

} // namespace esc::escape

#endif
