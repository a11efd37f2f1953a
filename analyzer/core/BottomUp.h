//===- BottomUp.h - A module's function summaries over the call graph -----===//
//
// Each module owns a summary type (heap's verdict, a cost interval, a pin
// delta) and a transfer that recomputes one function's summary from its own
// facts and its callees' summaries. BottomUpSummaries drives it: components
// of the call graph are solved callees first; inside a recursive component
// the transfer is iterated over the members until nothing changes.
//
// Termination. A transfer must be monotone (it only moves a summary up its
// lattice) and report whether it changed anything. If the lattice has finite
// height, every round that reports a change raised some member at least one
// step, and a component of n members can rise at most n x height times: the
// iteration ends with no cap (widenAfter() == 0, the default). A lattice of
// infinite height (a cost that grows around a cycle) must say after how many
// rounds to widen: from then on widen() is applied to each member whose
// summary still changed, and must jump to a value with no infinite ascending
// chain above it (an upper bound to "unbounded"). If a component still
// changes after as many rounds again, giveUp() sets it to the lattice's top:
// a faulty widening costs precision, never a hang.
//
// Queries are answered on demand: get() on a function nobody asked about
// walks its callees first, whatever the order of questions.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_CORE_BOTTOMUP_H
#define ESCAPEMENT_CORE_BOTTOMUP_H

#include "CallGraph.h"

#include "llvm/ADT/StringMap.h"

#include <string>
#include <vector>

namespace esc {

/// Reads a callee's summary during a transfer: final outside the component
/// being solved, the current approximation inside it.
template <class Summary> class SummaryLookup;

template <class Summary> class SummaryTransfer {
public:
  virtual ~SummaryTransfer() = default;
  /// The function's summary from its own facts alone (`F` null: nothing is
  /// known about it).
  virtual Summary initial(llvm::StringRef USR, const FunctionFacts *F) = 0;
  /// Folds the callees' summaries into `S`; true when `S` changed. Monotone.
  virtual bool transfer(llvm::StringRef USR, const FunctionFacts *F, Summary &S,
                        SummaryLookup<Summary> &Callees) = 0;
  /// Rounds inside one component before widening; 0: finite height, none.
  virtual unsigned widenAfter() const { return 0; }
  /// Moves a still-changing summary to a stable bound (see the file comment).
  virtual void widen(llvm::StringRef, Summary &) {}
  /// The lattice's top, for a component widening did not stabilise.
  virtual void giveUp(llvm::StringRef, Summary &) {}
};

/// How the last solved components went (for tests and --stats).
struct BottomUpStats {
  unsigned Components = 0, Recursive = 0, MaxRounds = 0, Widened = 0, GaveUp = 0;
};

template <class Summary> class BottomUpSummaries {
public:
  BottomUpSummaries(CallGraph &G, SummaryTransfer<Summary> &T) : G(G), T(T) {}

  /// The summary of `USR`, computed (with everything it reaches) on first use.
  const Summary &get(llvm::StringRef USR) {
    auto It = Entries.find(USR);
    if (It != Entries.end())
      return It->second.Value;
    std::string Root = USR.str();
    G.visitBottomUp(
        Root, [&](llvm::StringRef U) { return Entries.contains(U); },
        [&](llvm::ArrayRef<std::string> Members, bool Recursive) { solve(Members, Recursive); });
    return Entries[USR].Value;
  }
  /// The summary if it was computed (or is being computed), without walking.
  const Summary *peek(llvm::StringRef USR) const {
    auto It = Entries.find(USR);
    return It == Entries.end() ? nullptr : &It->second.Value;
  }
  const BottomUpStats &stats() const { return Stats; }
  CallGraph &graph() { return G; }

private:
  struct Entry {
    Summary Value;
    bool Final = false;
  };
  friend class SummaryLookup<Summary>;

  void solve(llvm::ArrayRef<std::string> Members, bool Recursive) {
    ++Stats.Components;
    Stats.Recursive += Recursive;
    // Entries' values do not move when the map grows (StringMap allocates
    // each entry), so references taken here stay valid through transfers.
    std::vector<std::pair<const std::string *, Entry *>> Work;
    for (const std::string &M : Members) {
      Entry &E = Entries[M];
      E.Value = T.initial(M, G.facts(M));
      Work.push_back({&M, &E});
    }
    SummaryLookup<Summary> Lookup(*this);
    unsigned Widen = T.widenAfter();
    for (unsigned Round = 1;; ++Round) {
      bool Changed = false;
      for (auto &[USR, E] : Work) {
        bool Moved = T.transfer(*USR, G.facts(*USR), E->Value, Lookup);
        if (Moved && Widen && Round >= Widen) {
          T.widen(*USR, E->Value);
          ++Stats.Widened;
        }
        Changed |= Moved;
      }
      Stats.MaxRounds = std::max(Stats.MaxRounds, Round);
      if (!Changed || !Recursive)
        break; // a non-recursive member reads only finished callees: one round.
      if (Widen && Round >= 2 * Widen) {
        for (auto &[USR, E] : Work)
          T.giveUp(*USR, E->Value);
        ++Stats.GaveUp;
        break;
      }
    }
    for (auto &[USR, E] : Work)
      E->Final = true;
  }

  CallGraph &G;
  SummaryTransfer<Summary> &T;
  llvm::StringMap<Entry> Entries;
  BottomUpStats Stats;
};

template <class Summary> class SummaryLookup {
public:
  explicit SummaryLookup(BottomUpSummaries<Summary> &Table) : Table(Table) {}
  /// A callee's summary. Callees on the facts' edges were solved before (or
  /// are in the current component); any other function is solved on demand.
  const Summary &operator()(llvm::StringRef USR) { return Table.get(USR); }

private:
  BottomUpSummaries<Summary> &Table;
};

} // namespace esc

#endif
