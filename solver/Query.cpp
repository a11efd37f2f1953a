#include "Query.h"
#include "Encoder.h"

#include <cctype>
#include <atomic>
#include <chrono>
#include <fstream>

namespace esc::solver {

std::string formatNs(int64_t Ps) {
  std::string S = std::to_string(Ps / 1000);
  if (int64_t Frac = (Ps < 0 ? -Ps : Ps) % 1000) {
    std::string F = std::to_string(1000 + Frac).substr(1);
    while (F.back() == '0')
      F.pop_back();
    S += "." + F;
  }
  return S + " ns";
}

struct FunctionQuery::Impl {
  Impl(const Program &P, SolverOptions Opts)
      : P(P), Opts(std::move(Opts)), Structural(structuralCost(P, P.Root, this->Opts.Prof)) {}

  const Program &P;
  SolverOptions Opts;
  Interval Structural;
  z3::context C;
  std::unique_ptr<z3::solver> S;
  std::unique_ptr<Encoding> E;
  std::vector<LoopInfo> Loops;
  QueryStats Stats;
  double FeasibleMs = 0;
  std::optional<std::optional<Answer>> Vacuous;

  // Stated loop bounds and preconditions are trusted; if together with the
  // code they leave no execution at all, every claim would hold vacuously.
  // That is a contradiction to report, not a proof.
  std::optional<Answer> vacuous() {
    if (Vacuous)
      return *Vacuous;
    Vacuous.emplace();
    bool Stated = false;
    for (size_t S = 0; S < P.numStmts(); ++S) {
      const Stmt &X = P.stmt(StmtId(S));
      Stated |= X.K == StmtKind::Assume || (X.K == StmtKind::Loop && (X.Bound.Source == BoundSource::Annotation ||
                                                                      X.Bound.Source == BoundSource::Pragma));
    }
    if (!Stated)
      return std::nullopt;
    ensureEncoded();
    if (E->Unknown)
      return std::nullopt;
    try {
      if (check(C.bool_val(true), "feasible").first == z3::unsat) {
        Answer A;
        A.Why = "no execution satisfies its stated loop bounds and preconditions: one of them "
                "contradicts the code (a loop bound below the count the loop always runs, a "
                "precondition that cannot hold)";
        *Vacuous = A;
      }
    } catch (const z3::exception &) {
    }
    return *Vacuous;
  }

  z3::params params() {
    z3::params Ps(C);
    Ps.set("timeout", Opts.TimeoutMs);
    return Ps;
  }

  void ensureEncoded() {
    if (E)
      return;
    S = std::make_unique<z3::solver>(C);
    S->set(params());
    E = std::make_unique<Encoding>(C);
    try {
      encode(
          P, Opts, C, *E,
          [&](const z3::expr &Cond) {
            // Bounding loops shares one timeout: a loop whose every
            // iteration stays feasible must not cost minutes.
            if (FeasibleMs > Opts.TimeoutMs)
              return z3::unknown;
            auto T0 = std::chrono::steady_clock::now();
            z3::check_result R = check(Cond, "loop-feasible").first;
            FeasibleMs += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - T0).count();
            return R;
          },
          [&](const z3::expr &F) { S->add(F); });
    } catch (const z3::exception &X) {
      E->Unknown = std::string("the solver failed: ") + X.msg();
    }
    for (auto &[Id, L] : E->Loops)
      Loops.push_back(L);
  }

  // One solver call with `Goal` added on top of the encoding.
  std::pair<z3::check_result, std::optional<z3::model>> check(const z3::expr &Goal,
                                                               const char *What) {
    S->push();
    S->add(Goal);
    auto T0 = std::chrono::steady_clock::now();
    z3::check_result R = S->check();
    double Ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - T0).count();
    ++Stats.SolverCalls;
    Stats.CallMs.push_back(Ms);
    std::optional<z3::model> M;
    if (R == z3::sat)
      M = S->get_model();
    else if (R == z3::unknown)
      LastUnknown = S->reason_unknown();
    dump(What, R);
    S->pop();
    return {R, M};
  }
  std::string LastUnknown;

  void dump(const char *What, z3::check_result R) {
    if (Opts.DumpDir.empty())
      return;
    std::string Name;
    for (char Ch : P.Name)
      Name += std::isalnum(static_cast<unsigned char>(Ch)) ? Ch : '_';
    // Numbered across the process: two TUs (or threads) may both have a
    // function of this name.
    static std::atomic<unsigned> Serial{0};
    std::string Path = Opts.DumpDir + "/" + Name + "-" + std::to_string(++Serial) + "-" + What + ".smt2";
    std::ofstream Out(Path);
    const char *Verdict = R == z3::sat ? "sat" : R == z3::unsat ? "unsat" : "unknown";
    Out << "; escapement: " << P.Name << ": " << What << "\n; expected: " << Verdict << "\n"
        << S->to_smt2();
  }

  Answer unknownAnswer() {
    Answer A;
    A.Why = *E->Unknown;
    A.WhyAt = E->UnknownAt;
    return A;
  }

  // Decides `Goal`; a violation's path is then the extreme one (the worst
  // case, the best case, the peak: `Objective`, maximised or not), as far
  // as optimisation finishes within the timeout, so the reported value is
  // the one the user must fix rather than any value past the budget.
  Answer decide(const z3::expr &Goal, const char *What, bool Arena, const z3::expr &Objective,
                bool Maximise) {
    Answer A;
    try {
      auto [R, M] = check(Goal, What);
      if (R == z3::unsat) {
        A.O = Outcome::Holds;
      } else if (R == z3::sat) {
        A.O = Outcome::Violated;
        if (auto Extreme = extremeModel(Goal, Objective, Maximise))
          M = Extreme;
        A.Cex = extract(P, *E, *M, Arena);
      } else {
        A.Why = "the solver gave up after " + std::to_string(Opts.TimeoutMs) + " ms (" + LastUnknown + ")";
      }
    } catch (const z3::exception &X) {
      A.Why = std::string("the solver failed: ") + X.msg();
    }
    return A;
  }

  std::optional<z3::model> extremeModel(const z3::expr &Goal, const z3::expr &Objective, bool Max) {
    try {
      z3::optimize O(C);
      O.set(params());
      for (const z3::expr &F : E->Assertions)
        O.add(F);
      O.add(Goal);
      if (Max)
        O.maximize(Objective);
      else
        O.minimize(Objective);
      ++Stats.SolverCalls;
      if (O.check() == z3::sat)
        return O.get_model();
    } catch (const z3::exception &) {
    }
    return std::nullopt;
  }

  std::optional<int64_t> optimize(const z3::expr &Goal, bool Max, bool &Tight) {
    try {
      z3::optimize O(C);
      O.set(params());
      for (const z3::expr &F : E->Assertions)
        O.add(F);
      z3::optimize::handle H = Max ? O.maximize(Goal) : O.minimize(Goal);
      z3::check_result R = O.check();
      ++Stats.SolverCalls;
      if (R != z3::sat) {
        Tight = false;
        return std::nullopt;
      }
      z3::expr V = Max ? O.upper(H) : O.lower(H);
      int64_t N;
      if (V.is_numeral_i64(N))
        return N;
    } catch (const z3::exception &) {
    }
    Tight = false;
    return std::nullopt;
  }
};

FunctionQuery::FunctionQuery(const Program &P, SolverOptions Opts)
    : I(std::make_unique<Impl>(P, std::move(Opts))) {}
FunctionQuery::~FunctionQuery() = default;

Answer FunctionQuery::costAtMost(int64_t Ps) {
  if (std::optional<Answer> V = I->vacuous())
    return *V;
  if (I->Structural.Hi && *I->Structural.Hi <= Ps) {
    Answer A;
    A.O = Outcome::Holds;
    A.Structural = true;
    return A;
  }
  I->ensureEncoded();
  if (I->E->Unknown)
    return I->unknownAnswer();
  return I->decide(I->E->Cost > I->C.int_val(Ps), "cost-above", false, I->E->Cost, true);
}

Answer FunctionQuery::costAtLeast(int64_t Ps) {
  if (std::optional<Answer> V = I->vacuous())
    return *V;
  if (I->Structural.Lo >= Ps) {
    Answer A;
    A.O = Outcome::Holds;
    A.Structural = true;
    return A;
  }
  I->ensureEncoded();
  if (I->E->Unknown)
    return I->unknownAnswer();
  return I->decide(I->E->Cost < I->C.int_val(Ps), "cost-below", false, I->E->Cost, false);
}

Answer FunctionQuery::arenaAtMost(int64_t Bytes) {
  if (std::optional<Answer> V = I->vacuous())
    return *V;
  I->ensureEncoded();
  if (I->E->Unknown)
    return I->unknownAnswer();
  z3::expr_vector Over(I->C);
  for (auto &[G, U] : I->E->UsePoints)
    Over.push_back(G && U > I->C.int_val(Bytes));
  if (Over.empty()) {
    Answer A;
    A.O = Outcome::Holds;
    A.Structural = true;
    return A;
  }
    // The smallest overflow: the input value at which the bound stops
  // holding is what the user acts on (a size may otherwise be unbounded).
  return I->decide(z3::mk_or(Over), "arena-above", true, I->E->Peak, false);
}

FunctionQuery::Bounds FunctionQuery::bounds() {
  Bounds B;
  I->ensureEncoded();
  if (I->E->Unknown) {
    B.Worst = I->Structural.Hi;
    B.Best = I->Structural.Lo;
    return B;
  }
  B.Tight = true;
  B.Worst = I->optimize(I->E->Cost, true, B.Tight);
  B.Best = I->optimize(I->E->Cost, false, B.Tight);
  if (I->E->Arena)
    B.Peak = I->optimize(I->E->Peak, true, B.Tight);
  if (!B.Worst)
    B.Worst = I->Structural.Hi;
  if (!B.Best)
    B.Best = I->Structural.Lo;
  return B;
}

bool FunctionQuery::usesArena() const {
  for (size_t S = 0; S < I->P.numStmts(); ++S)
    if (I->P.stmt(StmtId(S)).K == StmtKind::ArenaAlloc)
      return true;
  return false;
}

const std::vector<LoopInfo> &FunctionQuery::loops() {
  I->ensureEncoded();
  return I->Loops;
}

const QueryStats &FunctionQuery::stats() const { return I->Stats; }

} // namespace esc::solver
