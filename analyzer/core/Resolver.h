//===- Resolver.h - Transitive effects over facts, bottom-up by SCC -------===//
//
// Given the facts of every function it can find (through a FactSource), the
// Resolver decides for each function whether it allocates, may allocate
// through something it cannot see, or blocks, and *why*: each verdict is a
// Cause that is either the function's own site or a call to a function whose
// verdict has the same effect. Following causes yields the chain a diagnostic
// prints as notes, so the explanation is built from the very edges that made
// the decision and cannot disagree with it.
//
// The verdict is one client of the generic bottom-up walk (CallGraph.h,
// BottomUp.h): its summary is three optional causes, a lattice of height
// three per function, so a cycle's members are iterated to a fixed point
// with no widening; inside a cycle every member gets the effect if any
// member has it, like Go's escape analysis batches. Every query resolves on
// demand: asking about a callee nobody asked about before computes it.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_CORE_RESOLVER_H
#define ESCAPEMENT_CORE_RESOLVER_H

#include "BottomUp.h"
#include "CallGraph.h"
#include "Facts.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace esc {

enum class Effect { Allocates, MayAllocate, Blocks };

struct Cause {
  enum Kind : uint8_t {
    Direct,    // the function's own allocation / blocking site
    Call,      // a call to NextUSR, which has the effect
    Opaque,    // an indirect or virtual call nobody can resolve statically
    Undefined, // a call to a function with no definition, summary or contract
  };
  Kind K = Direct;
  std::string Text; // user words for this step
  SourcePos Pos;
  std::string NextUSR;
  std::string NextName;
  std::optional<uint64_t> Bytes; // Direct allocations of known size
  AllocKind Alloc = AllocKind::NewExpr;
};

struct Verdict {
  std::optional<Cause> Allocates;
  std::optional<Cause> MayAllocate;
  std::optional<Cause> Blocks;

  const std::optional<Cause> &get(Effect E) const;
  std::optional<Cause> &get(Effect E);
};

class Resolver {
public:
  explicit Resolver(FactSource &Source);
  ~Resolver();

  /// The verdict for a function; computed once, with its whole SCC.
  const Verdict &verdict(llvm::StringRef USR);

  /// The causes from `Start` down to the site that has the effect. The first
  /// element is `Start` itself.
  std::vector<Cause> chain(const Cause &Start, Effect E);

  /// The shortest chain from the call `Start` to an allocation site that
  /// satisfies `Wanted`, through callees that are not audited
  /// (ESC_ALLOW_ALLOC) — for questions a verdict's single cause cannot answer
  /// ("is any allocation behind this call larger than 32 KiB?").
  std::optional<std::vector<Cause>>
  findAllocation(const CallEdge &Start, const std::function<bool(const AllocSite &)> &Wanted);

  /// Whether nothing reachable from `USR` allocates or is opaque, without
  /// trusting a callee's ESC_NOALLOC: one that allocates anyway (reported
  /// where it is defined) still allocates at run time. This is what a
  /// `noalloc` claim for `escapement verify` needs; verdicts (and findings)
  /// trust that contract so a violation is reported once, at its source.
  /// Audited callees (ESC_ALLOW_ALLOC: a slow path such as an arena's
  /// overflow) are trusted here too; the run shows whether they were taken.
  bool allocationFree(llvm::StringRef USR);
  /// Verdict contributions of a call to `USR` as seen from a caller: honours
  /// contracts (a callee declared no-alloc is trusted by its callers not to
  /// allocate, one declared nonblocking or timed not to block; its own body
  /// is checked where it is defined). The callee's verdict is computed if
  /// nobody asked for it yet.
  std::optional<Cause> callCause(const CallEdge &Call, Effect E);

  CallGraph &graph() { return Graph; }

private:
  class VerdictTransfer;

  FactSource &Source;
  CallGraph Graph;
  std::unique_ptr<VerdictTransfer> Transfer;
  BottomUpSummaries<Verdict> Verdicts;
};

} // namespace esc

#endif
