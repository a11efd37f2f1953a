//===- CallGraph.h - The call graph the facts describe, walked bottom-up --===//
//
// Nodes are functions by USR, edges are the CallEdges of their facts, so the
// graph spans every TU and the disk cache without ever being materialised:
// a function's callees are read from its facts when the walk reaches it.
//
// visitBottomUp is Go's VisitFuncsBottomUp: Tarjan's algorithm hands out the
// strongly connected components callees first, so a module summarising
// functions sees every callee outside the current component finished. It
// walks on demand: nodes a client already summarised are not entered again,
// which is how a summary table answers a question about a function nobody
// asked about before without redoing the rest.
//
// The module-facing part (a summary type plus a transfer, iterated to a fixed
// point inside each component) is BottomUpSummaries in BottomUp.h.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_CORE_CALLGRAPH_H
#define ESCAPEMENT_CORE_CALLGRAPH_H

#include "Facts.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"

#include <string>

namespace esc {

class FactSource {
public:
  virtual ~FactSource() = default;
  /// Facts for the function with this USR, or null when no definition,
  /// summary or contract is known anywhere.
  virtual const FunctionFacts *facts(llvm::StringRef USR) = 0;
};

class CallGraph {
public:
  explicit CallGraph(FactSource &Source) : Source(Source) {}

  /// The facts behind a node (null: nothing is known about it; it is still a
  /// node, a leaf, so its callers can say so).
  const FunctionFacts *facts(llvm::StringRef USR) { return Source.facts(USR); }

  /// One strongly connected component: its members in the order Tarjan pops
  /// them (the last discovered first), and whether it is recursive (more than
  /// one member, or a member that calls itself).
  using SCCVisitor = llvm::function_ref<void(llvm::ArrayRef<std::string> Members, bool Recursive)>;

  /// Calls `Visit` for every component reachable from `Roots`, callees'
  /// components before callers'. A node for which `Skip` is true is neither
  /// entered nor visited: it is the client's finished (or in-progress) work.
  /// Iterative, so a call chain thousands deep does not exhaust the stack.
  void visitBottomUp(llvm::ArrayRef<std::string> Roots, llvm::function_ref<bool(llvm::StringRef)> Skip,
                     SCCVisitor Visit);

private:
  FactSource &Source;
};

} // namespace esc

#endif
