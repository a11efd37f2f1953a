#include "Profile.h"

#include <charconv>

namespace esc::solver {

const char *opClassName(OpClass K) {
  switch (K) {
  case OpClass::Arith: return "Arith";
  case OpClass::Mul: return "Mul";
  case OpClass::Div: return "Div";
  case OpClass::Mem: return "Mem";
  case OpClass::Branch: return "Branch";
  case OpClass::Call: return "Call";
  }
  return "Arith";
}

int64_t Profile::ps(OpClass K) const {
  if (ClockMHz == 0)
    return 0;
  // cycles * 10^6 / MHz picoseconds, rounded to the nearest.
  return int64_t((Cycles[unsigned(K)] * 1000000 + ClockMHz / 2) / ClockMHz);
}

Profile Profile::builtin(const std::string &Name, bool &Known) {
  Profile P;
  Known = true;
  if (Name == "default")
    return P;
  if (Name == "declared-costs-only") {
    P.Name = Name;
    for (uint64_t &C : P.Cycles)
      C = 0;
    return P;
  }
  Known = false;
  return P;
}

static std::optional<uint64_t> number(const std::string &S) {
  uint64_t V = 0;
  auto [End, Ec] = std::from_chars(S.data(), S.data() + S.size(), V);
  if (Ec != std::errc() || End != S.data() + S.size())
    return std::nullopt;
  return V;
}

Profile readProfile(const std::function<std::optional<std::string>(const std::string &)> &Get,
                    std::string &Error) {
  std::string Name = Get("Profile").value_or("default");
  bool Known = false;
  Profile P = Profile::builtin(Name, Known);
  if (!Known) {
    Error = "unknown profile '" + Name + "' (built in: default, declared-costs-only)";
    return Profile();
  }
  if (auto Clock = Get("ClockMHz")) {
    auto V = number(*Clock);
    if (!V || *V == 0) {
      Error = "ClockMHz must be a positive whole number of MHz, not '" + *Clock + "'";
      return Profile();
    }
    P.ClockMHz = *V;
  }
  for (OpClass K : OpClasses) {
    std::string Key = std::string("Cycles.") + opClassName(K);
    if (auto Text = Get(Key)) {
      auto V = number(*Text);
      if (!V) {
        Error = Key + " must be a whole number of cycles, not '" + *Text + "'";
        return Profile();
      }
      P.Cycles[unsigned(K)] = *V;
    }
  }
  return P;
}

} // namespace esc::solver
