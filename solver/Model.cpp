// A model read back in program terms: the path (branches, iteration counts,
// allocations, with the running cost or arena use) and the inputs.
#include "Encoder.h"

#include <map>

namespace esc::solver {

namespace {

bool holds(z3::model &M, const z3::expr &G) { return M.eval(G, true).is_true(); }

int64_t intValue(z3::model &M, const z3::expr &X) {
  z3::expr V = M.eval(X, true);
  int64_t R = 0;
  if (V.is_numeral_i64(R))
    return R;
  // Past 64 bits (a size_t parameter at its maximum): saturated.
  std::string D = V.is_numeral() ? V.get_decimal_string(0) : "0";
  return D.starts_with("-") ? INT64_MIN : INT64_MAX;
}

// A bit-vector's value as its C++ type reads it.
std::string bvValue(z3::model &M, const z3::expr &X, IntType T) {
  z3::expr V = M.eval(X, true);
  uint64_t U = 0;
  if (!V.is_numeral_u64(U))
    return "?";
  if (T.Signed && T.Bits < 64 && (U >> (T.Bits - 1)) & 1)
    return std::to_string(int64_t(U) - (int64_t(1) << T.Bits));
  if (T.Signed && T.Bits == 64)
    return std::to_string(int64_t(U));
  return std::to_string(U);
}

} // namespace

Counterexample extract(const Program &P, const Encoding &E, z3::model &M, bool Arena) {
  Counterexample X;
  std::map<StmtId, size_t> StepOf;
  auto step = [&](const Event &Ev, PathStep::Kind K) -> PathStep & {
    auto [It, New] = StepOf.try_emplace(Ev.S, X.Steps.size());
    if (New) {
      PathStep S;
      S.K = K, S.At = Ev.At, S.Text = P.stmt(Ev.S).Text;
      X.Steps.push_back(S);
    }
    return X.Steps[It->second];
  };
  int64_t Cost = 0, Use = 0, Peak = 0;
  auto running = [&] { return Arena ? Use : Cost; };
  for (const Event &Ev : E.Events) {
    if (!holds(M, Ev.Guard))
      continue;
    switch (Ev.K) {
    case Event::Cost: Cost += intValue(M, Ev.Value); break;
    case Event::Branch: {
      PathStep &S = step(Ev, PathStep::Branch);
      bool Taken = holds(M, Ev.Value);
      if (S.TrueCount + S.FalseCount == 0)
        S.RunningFirst = running();
      ++(Taken ? S.TrueCount : S.FalseCount);
      S.RunningLast = running();
      break;
    }
    case Event::LoopEntry: {
      PathStep &S = step(Ev, PathStep::Loop);
      if (Ev.Value.is_true()) {
        if (S.Iterations.empty())
          S.RunningFirst = running();
        S.Iterations.push_back(0);
      } else {
        S.RunningLast = running();
      }
      break;
    }
    case Event::LoopIter: {
      PathStep &S = step(Ev, PathStep::Loop);
      if (!S.Iterations.empty())
        ++S.Iterations.back();
      break;
    }
    case Event::Alloc: {
      PathStep &S = step(Ev, PathStep::Alloc);
      int64_t Bytes = intValue(M, Ev.Value);
      Use += Bytes;
      Peak = std::max(Peak, Use);
      if (S.TrueCount++ == 0) {
        S.Bytes = Bytes;
        S.RunningFirst = Use;
      }
      S.RunningLast = Use;
      break;
    }
    case Event::Reset: {
      PathStep &S = step(Ev, PathStep::Reset);
      Use = 0;
      if (S.TrueCount++ == 0)
        S.RunningFirst = 0;
      break;
    }
    }
  }
  // Unknown values evaluated several times (a call in a loop) are listed
  // once, with the values of the evaluations on this path in order.
  std::map<std::string, size_t> Group;
  std::map<std::string, unsigned> Count;
  for (const InputSym &In : E.Inputs) {
    if (In.Reached) {
      if (!holds(M, *In.Reached))
        continue;
      std::string V = bvValue(M, In.Sym, In.T);
      auto [It, New] = Group.try_emplace(In.Name, X.Inputs.size());
      if (New)
        X.Inputs.push_back({In.Name, V});
      else
        X.Inputs[It->second].Value += ", " + V;
      ++Count[In.Name];
      continue;
    }
    if (!In.IsArray) {
      X.Inputs.push_back({In.Name, bvValue(M, In.Sym, In.T)});
      continue;
    }
    if (!In.Length || *In.Length > 64)
      continue;
    std::string List = "{";
    for (uint64_t I = 0; I < *In.Length; ++I) {
      z3::expr El = z3::select(In.Sym, In.Sym.ctx().bv_val(I, 64));
      List += (I ? ", " : "") + bvValue(M, El, In.T);
    }
    X.Inputs.push_back({In.Name, List + "}"});
  }
  for (auto &[Name, N] : Count)
    if (N > 1)
      X.Inputs[Group[Name]].Name += " (" + std::to_string(N) + " calls)";
  X.Value = Arena ? Peak : Cost;
  return X;
}

} // namespace esc::solver
