//===- LeakSummary.h - How a function's parameters leave it, serialisable -===//
//
// The part of a function's escape facts its callers need (Go's leaks.go),
// free of AST pointers so that it crosses translation units in the summary
// store: a caller in another TU sees that `submit(F f)` runs f on another
// thread without seeing submit's body. It is the "escape" section of a
// function's facts, with a version of its own: a section of another version
// reads as absent (callers then assume the worst), never as wrong data.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_ESCAPE_LEAKSUMMARY_H
#define ESCAPEMENT_ESCAPE_LEAKSUMMARY_H

#include <cstdint>
#include <optional>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace esc::escape {

enum class Sink : uint8_t {
  None,    // does not escape
  Heap,    // stored in a global, through a pointer, or passed where it is kept
  Return,  // returned to the caller
  Spawn,   // captured into work that runs on another thread
};

const char *sinkName(Sink S);

/// How a function's parameters leak, for its callers: the value of
/// parameter `Param` reaches `To` with `Derefs` dereferences (0: the pointer
/// itself is kept; 1: what it points to is). A parameter reaching several
/// roots has one leak for each.
struct ParamLeak {
  unsigned Param = 0;   // 0 = `this` for methods, then the parameters
  Sink To = Sink::Heap; // Heap, Return or Spawn
  int Derefs = 0;

  friend bool operator==(const ParamLeak &, const ParamLeak &) = default;
};

/// The "escape" section of a function's facts.
struct EscapeSummary {
  static constexpr int Version = 1;
  std::vector<ParamLeak> Leaks;

  friend bool operator==(const EscapeSummary &, const EscapeSummary &) = default;
};

void to_json(nlohmann::json &J, const EscapeSummary &S);
/// The section, or nullopt when it is of another version or damaged.
std::optional<EscapeSummary> escapeSectionFromJson(const nlohmann::json &J);

} // namespace esc::escape

#endif
