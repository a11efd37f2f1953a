//===- Query.h - Questions about one function's cost and arena use --------===//
//
// A FunctionQuery encodes a Program once (loops unrolled to their bounds,
// every branch condition kept, so an infeasible path is never taken) and
// then answers questions about it incrementally (push/pop on one solver):
// can a call cost more than n ps, less than n ps, allocate more than n arena
// bytes between resets; what are the tight worst and best cases.
//
// Proof before refutation: a question the structure answers (the
// structural bound of Program.h fits the budget) never reaches Z3. A
// refutation comes with a counterexample in program terms. Anything that
// cannot be decided — a loop with no bound, an unsupported statement, the
// solver's timeout, the unrolling budget — is Unknown with the reason, never
// a guess.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_SOLVER_QUERY_H
#define ESCAPEMENT_SOLVER_QUERY_H

#include "Program.h"
#include "Profile.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace esc::solver {

struct SolverOptions {
  Profile Prof;                  // prices the programs' operations
  unsigned TimeoutMs = 5000;     // per solver call
  uint64_t UnrollBudget = 200000; // statements encoded, over all unrolled iterations
  unsigned InferLimit = 1024;    // iterations tried for a loop with no stated bound
  std::string DumpDir;           // --dump-smt: every query as SMT-LIB2
};

enum class Outcome : uint8_t { Holds, Violated, Unknown };

/// A step of a counterexample's path, one per branch or loop (instances of
/// the same statement inside loops are counted together).
struct PathStep {
  enum Kind : uint8_t { Branch, Loop, Alloc, Reset } K = Branch;
  Where At = 0;
  std::string Text;
  unsigned TrueCount = 0, FalseCount = 0; // Branch: how often each arm ran
  std::vector<uint64_t> Iterations;       // Loop: per entry of the loop
  int64_t Bytes = 0;                      // Alloc: bytes of its first occurrence
  int64_t RunningFirst = 0, RunningLast = 0; // cost (ps) or arena use (bytes) after it
};

struct InputValue {
  std::string Name, Value;
};

struct Counterexample {
  std::vector<PathStep> Steps;
  std::vector<InputValue> Inputs;
  int64_t Value = 0; // the path's cost (ps) or peak arena use (bytes)
};

struct Answer {
  Outcome O = Outcome::Unknown;
  std::string Why; // Unknown: what could not be decided
  Where WhyAt = 0;
  std::optional<Counterexample> Cex;
  bool Structural = false; // decided without the solver
};

/// A loop as the proof used it, for --explain and for audits.
struct LoopInfo {
  Where At = 0;
  std::string Text;
  LoopBound Bound; // Inferred bounds carry the largest feasible count found
};

struct QueryStats {
  unsigned SolverCalls = 0;
  std::vector<double> CallMs; // each solver call's wall time
};

class FunctionQuery {
public:
  FunctionQuery(const Program &P, SolverOptions Opts);
  ~FunctionQuery();
  FunctionQuery(const FunctionQuery &) = delete;
  FunctionQuery &operator=(const FunctionQuery &) = delete;

  /// Is there a feasible execution costing more than `Ps`?
  Answer costAtMost(int64_t Ps);
  /// Is there one costing less than `Ps`?
  Answer costAtLeast(int64_t Ps);
  /// Does the arena use between resets ever exceed `Bytes`?
  Answer arenaAtMost(int64_t Bytes);
  /// Tight worst/best cost and arena peak, by optimisation under the
  /// timeout; the structural bound when that is all there is.
  struct Bounds {
    std::optional<int64_t> Worst, Best, Peak;
    bool Tight = false;
  };
  Bounds bounds();

  /// Whether the program allocates from an arena at all.
  bool usesArena() const;
  const std::vector<LoopInfo> &loops();
  const QueryStats &stats() const;

private:
  struct Impl;
  std::unique_ptr<Impl> I;
};

/// Picoseconds as a user reads them: "410 ns", "12.5 ns".
std::string formatNs(int64_t Ps);

} // namespace esc::solver

#endif
