//===- Solver.h - a worklist solver a module instantiates with its lattice ===//
//
// A module describes its lattice and its transfer function in one type:
//
//   struct PinDepth {
//     using State = ...;                       // regular, ==-comparable
//     static State bottom();                   // "no path reaches here"
//     static State join(const State &, const State &);
//     State initial();                         // entry (forward) / exit state
//     void transfer(const clang::CFGElement &, State &);
//     // optional:
//     void suspend(const clang::CoroutineSuspendExpr *, State &);
//     static State widen(const State &Old, const State &New);
//   };
//
// solve<Direction::Forward>(Flow, Analysis) returns the state at each block's
// entry and exit, and (forward only) the function's ways out with the state
// on each. suspend() is called for every co_await / co_yield (the initial and
// final suspends included) when the CFG reaches it, before the transfer of
// that same element, so the state it sees is the one held across the
// suspension.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_FLOW_SOLVER_H
#define ESCAPEMENT_FLOW_SOLVER_H

#include "flow/FlowCache.h"
#include "flow/Throw.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

#include <concepts>
#include <deque>
#include <optional>
#include <vector>

namespace escapement::flow {

template <class L>
concept Lattice = requires(L &A, const typename L::State &S,
                           typename L::State &M, const clang::CFGElement &E) {
  { L::bottom() } -> std::same_as<typename L::State>;
  { L::join(S, S) } -> std::same_as<typename L::State>;
  { S == S } -> std::convertible_to<bool>;
  { A.initial() } -> std::same_as<typename L::State>;
  A.transfer(E, M);
};

enum class Direction { Forward, Backward };

/// How a path leaves the function.
enum class ExitKind {
  Return,      // a return statement
  FallOff,     // the end of the body
  CoReturn,    // co_return (the final suspend follows)
  Throw,       // a throw expression not caught inside the function
  MayThrow,    // a call that may throw, outside any try block
};

template <class State> struct Exit {
  ExitKind Kind;
  /// The return / co_return / throw / call; null for FallOff.
  const clang::Stmt *Where;
  /// For Return, FallOff and Throw: after the block's last element, so the
  /// destructors the CFG runs on that path have been applied. For MayThrow:
  /// just before the call (unwinding destructors are not modelled). For
  /// CoReturn: just after the co_return statement.
  State At;
};

struct SolverLimits {
  /// Visits of one block after which widen() is applied (if the lattice
  /// has one).
  unsigned WidenAfter = 8;
  /// Block visits in all; past it the solver stops with Converged = false.
  unsigned MaxVisits = 100000;
};

template <class State> struct Solution {
  /// Indexed by CFGBlock::getBlockID(). Entry/exit in the program's order,
  /// whatever the direction.
  std::vector<State> In, Out;
  std::vector<Exit<State>> Exits;
  bool Converged = true;

  const State &in(const clang::CFGBlock &B) const { return In[B.getBlockID()]; }
  const State &out(const clang::CFGBlock &B) const {
    return Out[B.getBlockID()];
  }
};

namespace detail {

template <class L>
void suspendIfAny(L &A, const clang::CFGElement &E, typename L::State &S) {
  if constexpr (requires(const clang::CoroutineSuspendExpr *X) {
                  A.suspend(X, S);
                }) {
    if (auto CS = E.getAs<clang::CFGStmt>())
      if (const auto *X =
              llvm::dyn_cast<clang::CoroutineSuspendExpr>(CS->getStmt()))
        A.suspend(X, S);
  }
}

template <class L>
typename L::State widenIfAny(const typename L::State &Old,
                             const typename L::State &New) {
  if constexpr (requires { L::widen(Old, New); })
    return L::widen(Old, New);
  else
    return New;
}

template <class L>
void step(L &A, const clang::CFGElement &E, typename L::State &S) {
  suspendIfAny(A, E, S);
  A.transfer(E, S);
}

} // namespace detail

template <Lattice L>
std::vector<Exit<typename L::State>>
exitsOf(const FunctionFlow &Flow, L &A, const Solution<typename L::State> &R);

/// Runs the analysis to a fixed point over the function's CFG.
template <Direction Dir, Lattice L>
Solution<typename L::State> solve(const FunctionFlow &Flow, L &A,
                                  SolverLimits Limits = {}) {
  using State = typename L::State;
  const clang::CFG &G = *Flow.cfg();
  Solution<State> R;
  unsigned N = G.getNumBlockIDs();
  R.In.assign(N, L::bottom());
  R.Out.assign(N, L::bottom());
  std::vector<unsigned> Visits(N, 0);
  std::vector<bool> Queued(N, false);
  std::deque<const clang::CFGBlock *> Work;
  auto Push = [&](const clang::CFGBlock *B) {
    if (B && !Queued[B->getBlockID()]) {
      Queued[B->getBlockID()] = true;
      Work.push_back(B);
    }
  };
  constexpr bool Fwd = Dir == Direction::Forward;
  const clang::CFGBlock &Start = Fwd ? G.getEntry() : G.getExit();
  // Seed every block so unreachable-from-start code still gets bottom, and
  // the start block first so the common case converges in one sweep.
  Push(&Start);
  for (const clang::CFGBlock *B : G)
    Push(B);

  unsigned Total = 0;
  while (!Work.empty()) {
    const clang::CFGBlock *B = Work.front();
    Work.pop_front();
    unsigned ID = B->getBlockID();
    Queued[ID] = false;
    if (++Total > Limits.MaxVisits) {
      R.Converged = false;
      break;
    }
    State Head = B == &Start ? A.initial() : L::bottom();
    if constexpr (Fwd) {
      for (const clang::CFGBlock *P : B->preds())
        if (P)
          Head = L::join(Head, R.Out[P->getBlockID()]);
    } else {
      for (const clang::CFGBlock *S : B->succs())
        if (S)
          Head = L::join(Head, R.In[S->getBlockID()]);
    }
    State &HeadSlot = Fwd ? R.In[ID] : R.Out[ID];
    if (++Visits[ID] > Limits.WidenAfter)
      Head = detail::widenIfAny<L>(HeadSlot, Head);
    HeadSlot = Head;
    State S = Head;
    if constexpr (Fwd) {
      for (const clang::CFGElement &E : *B)
        detail::step(A, E, S);
    } else {
      for (auto It = B->rbegin(); It != B->rend(); ++It)
        detail::step(A, *It, S);
    }
    State &TailSlot = Fwd ? R.Out[ID] : R.In[ID];
    if (Visits[ID] > 1 && S == TailSlot)
      continue;
    TailSlot = std::move(S);
    if constexpr (Fwd) {
      for (const clang::CFGBlock *Next : B->succs())
        Push(Next);
    } else {
      for (const clang::CFGBlock *Next : B->preds())
        Push(Next);
    }
  }
  if constexpr (Fwd)
    if (R.Converged)
      R.Exits = exitsOf(Flow, A, R);
  return R;
}

/// The ways out of the function with the state on each, from a forward
/// solution. Replays each block once from its entry state; the analysis'
/// transfer must not keep side effects it cannot repeat.
template <Lattice L>
std::vector<Exit<typename L::State>>
exitsOf(const FunctionFlow &Flow, L &A, const Solution<typename L::State> &R) {
  using State = typename L::State;
  std::vector<Exit<State>> Exits;
  const clang::CFG &G = *Flow.cfg();
  const clang::CFGBlock &ExitBlock = G.getExit();
  for (const clang::CFGBlock *B : G) {
    if (B == &ExitBlock || B == &G.getEntry())
      continue;
    bool Reached = false;
    for (const clang::CFGBlock *P : B->preds())
      Reached |= P != nullptr;
    if (!Reached)
      continue;
    State S = R.In[B->getBlockID()];
    const clang::Stmt *Ending = nullptr;
    for (const clang::CFGElement &E : *B) {
      if (auto CS = E.getAs<clang::CFGStmt>()) {
        const clang::Stmt *St = CS->getStmt();
        if (llvm::isa<clang::CXXThrowExpr, clang::ReturnStmt>(St))
          Ending = St;
        else if (mayThrowOut(St, Flow.parents()))
          Exits.push_back({ExitKind::MayThrow, St, S});
        detail::step(A, E, S);
        if (llvm::isa<clang::CoreturnStmt>(St))
          Exits.push_back({ExitKind::CoReturn, St, S});
        continue;
      }
      detail::step(A, E, S);
    }
    bool ToExit = false;
    for (const clang::CFGBlock *Next : B->succs())
      ToExit |= Next == &ExitBlock;
    if (!ToExit)
      continue;
    ExitKind K = ExitKind::FallOff;
    if (Ending)
      K = llvm::isa<clang::ReturnStmt>(Ending) ? ExitKind::Return
                                               : ExitKind::Throw;
    Exits.push_back({K, Ending, S});
  }
  return Exits;
}

} // namespace escapement::flow

#endif
