//===- ModuleReport.h - What a module adds to a TU's report, after its checks
//
// Some of a module's report can only be written once its checks have run on
// the TU: bound-'s proven worst cases need the profile its checks read from
// the options, and the answers they asked the solver for. A module
// registers a hook here (like CheckInfo's registry, so the core includes no
// module's headers); the first check to see the end of the TU has the
// session run every hook once (Session::endTU), while the AST is alive.
//
// What a hook adds: --explain lines, claims for `escapement verify`, and
// audits (the structured form of the explanation that --explain
// --format=json writes).
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_CORE_MODULEREPORT_H
#define ESCAPEMENT_CORE_MODULEREPORT_H

#include "Claims.h"
#include "Facts.h"

#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace esc {

class TUAnalysis;

/// A loop a proof rests on: where it is and the bound it was given.
struct LoopAudit {
  SourcePos Pos;
  std::string Text;
  uint64_t Min = 0;
  std::optional<uint64_t> Max; // none: unbounded
  std::string Source;          // annotation | pragma | inferred | none
};

/// A function with a timing or arena contract, as proven.
struct FunctionAudit {
  std::string Function;
  SourcePos Pos;
  std::string Contract; // "ESC_DEADLINE_NS(440)", ...
  std::string Profile;
  std::optional<int64_t> WorstPs, BestPs, PeakBytes;
  bool UsesArena = false; // PeakBytes empty then: the peak is unknown
  bool Tight = false; // by optimisation; else only safe bounds
  std::vector<LoopAudit> Loops;
};

struct TUReport {
  // What is asked for.
  bool Explain = false;
  std::string SourceRoot; // explanation paths are relative to it
  bool Claims = false;
  // What the hooks add.
  std::string Text; // "file:line:col: text" lines
  std::vector<Claim> NewClaims;
  std::vector<FunctionAudit> Audits;
};

using TUReportHook = void (*)(TUAnalysis &A, TUReport &R);

/// Define one at namespace scope in a module's (whole-archived) object.
struct RegisterTUReportHook {
  explicit RegisterTUReportHook(TUReportHook H);
};
const std::vector<TUReportHook> &tuReportHooks();

} // namespace esc

#endif
