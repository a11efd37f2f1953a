//===- Encoder.h - A Program as SMT terms (internal to solver/) -----------===//
//
// Guarded SSA, as bounded model checkers do it: the encoder walks the
// program once per path-merge point rather than once per path, carrying the
// condition under which the current point is reached (`Alive`) and every
// variable's value as a term. A branch encodes both arms and merges values
// with if-then-else; a loop is unrolled to its bound, and a loop with no
// stated bound is unrolled while another iteration is feasible (the
// solver is asked once the guard stops being a constant), which is how a
// counted loop or a binary search gets its bound inferred. Costs are a sum
// of guarded terms over mathematical integers (nothing can wrap around);
// program values are bit-vectors of their C++ width, so overflow is exact.
//
// Everything the counterexample needs is recorded as an event in program
// order with the guard under which it happens; a model then selects the
// events of its path.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_SOLVER_ENCODER_H
#define ESCAPEMENT_SOLVER_ENCODER_H

#include "Program.h"
#include "Query.h"

#include <z3++.h>

#include <functional>
#include <map>
#include <set>

namespace esc::solver {

struct Event {
  enum Kind : uint8_t { Cost, Branch, LoopEntry, LoopIter, Alloc, Reset } K;
  Where At = 0;
  StmtId S = None;
  z3::expr Guard;  // reached
  z3::expr Value;  // Cost: Int; Branch: Bool (condition); Alloc: Int bytes
  unsigned Entry = 0; // LoopIter: which entry of the loop instance it belongs to
};

struct InputSym {
  std::string Name;
  z3::expr Sym;
  IntType T;
  bool IsArray = false;
  std::optional<uint64_t> Length;
  // A value nobody can know (a call's result), evaluated where `Reached`
  // holds: reported only on the paths that evaluate it, in order.
  std::optional<z3::expr> Reached;
};

struct Encoding {
  explicit Encoding(z3::context &C)
      : Assertions(C), Cost(C.int_val(0)), Peak(C.int_val(0)) {}
  z3::expr_vector Assertions;
  z3::expr Cost;              // total picoseconds
  z3::expr Peak;              // the largest arena use seen
  std::vector<std::pair<z3::expr, z3::expr>> UsePoints; // (reached, use after an allocation)
  std::vector<Event> Events;
  std::vector<InputSym> Inputs;
  std::map<StmtId, LoopInfo> Loops;
  bool Arena = false;
  // Set when the program cannot be encoded completely.
  std::optional<std::string> Unknown;
  Where UnknownAt = 0;
};

/// Asks whether `Cond` can hold under what has been asserted so far
/// (z3::sat, unsat or unknown); used for loops with no stated bound.
using FeasibilityCheck = std::function<z3::check_result(const z3::expr &Cond)>;

/// Encodes `P`. The solver behind `Feasible` must hold exactly the
/// assertions added to `E.Assertions` so far: the encoder adds each there
/// and calls `Asserted` with it.
void encode(const Program &P, const SolverOptions &Opts, z3::context &C, Encoding &E,
            const FeasibilityCheck &Feasible, const std::function<void(const z3::expr &)> &Asserted);

/// The path and inputs of `M`, in program terms. `Arena`: running values
/// are arena use rather than cost.
Counterexample extract(const Program &P, const Encoding &E, z3::model &M, bool Arena);

} // namespace esc::solver

#endif
