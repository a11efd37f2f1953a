//===- Profile.h - What operations cost on the target ---------------------===//
//
// The cost model: cycles per operation class and the clock that turns
// cycles into time. Costs are kept in picoseconds so a declared
// ESC_COST_NS(n) and a cycle count add up exactly at any clock a user sets
// in whole MHz (one cycle at 3000 MHz is 333 ps: cycle costs are rounded to
// the picosecond, declared ones are exact).
//
// Built in: "default" (a simple in-order core at 1 GHz, documented in
// docs/checks/bound/cost-model.md), "declared-costs-only" (every operation
// costs 0: only ESC_COST_NS counts, for back-annotated programs whose
// cycle-exact costs the user states), and whatever `escapement calibrate`
// measured on a host, given as check options.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_SOLVER_PROFILE_H
#define ESCAPEMENT_SOLVER_PROFILE_H

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace esc::solver {

enum class OpClass : uint8_t { Arith, Mul, Div, Mem, Branch, Call };
inline constexpr OpClass OpClasses[] = {OpClass::Arith, OpClass::Mul, OpClass::Div,
                                        OpClass::Mem,   OpClass::Branch, OpClass::Call};
const char *opClassName(OpClass K); // "Arith", ... : the option suffixes

struct Profile {
  std::string Name = "default";
  uint64_t ClockMHz = 1000;
  // Cycles per operation, indexed by OpClass.
  uint64_t Cycles[6] = {1, 3, 20, 2, 1, 4};

  /// Picoseconds for one operation of class K.
  int64_t ps(OpClass K) const;
  static Profile builtin(const std::string &Name, bool &Known);
};

/// The profile the check options describe: `Profile` names a built-in one
/// (default "default"); `ClockMHz` and `Cycles.<Class>` override its
/// numbers. `Get(key)` returns an option's text if set. Sets `Error` to a
/// message and returns the default profile on a bad value.
Profile readProfile(const std::function<std::optional<std::string>(const std::string &)> &Get,
                    std::string &Error);

} // namespace esc::solver

#endif
