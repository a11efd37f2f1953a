//===- Claims.h - What the analyzer claims, for `escapement verify` -------===//
//
// A claim is a static verdict the instrumented runtime can refute: "this
// function never allocates", "this call stays within N arena bytes", ... The
// core derives the claims of a TU from its analysis once per TU, whichever
// checks are enabled (a check reports violations; a claim is what is proven,
// and must not vanish because one check is turned off). The JSON report
// carries them (schema: docs/runtime/verify.md) and `escapement verify`
// compares them with a trace of a real run.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_CORE_CLAIMS_H
#define ESCAPEMENT_CORE_CLAIMS_H

#include "Facts.h"

#include "llvm/ADT/StringRef.h"

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace esc {

class TUAnalysis;

struct Claim {
  // noalloc | arena_bound | time_bound | pin_balance; the bound module's
  // proven numbers: time_proven (MaxNs/MinNs under Profile), arena_peak.
  std::string Kind;
  std::string Function; // qualified name, as passed to ESC_TRACE_SCOPE
  SourcePos Pos;
  std::optional<uint64_t> Bytes, MaxNs, MinNs;
  std::string Profile;       // time_proven: the cost model the numbers hold under
  std::optional<bool> Tight; // proven numbers: reached by some feasible execution
};

/// Every claim the analysis of one TU proves, for all modules. A module adds
/// its kinds here, next to heap's `noalloc`.
std::vector<Claim> proveClaims(TUAnalysis &A);

/// The claims of a run, by translation unit: a TU analyzed again (clangd's
/// reparse, the plugin's next run over the same file) replaces its claims
/// instead of adding to them.
class ClaimSet {
public:
  void setTU(llvm::StringRef MainFile, std::vector<Claim> Claims);
  /// Adds to what setTU recorded for the TU (a module's, after its checks).
  void addToTU(llvm::StringRef MainFile, std::vector<Claim> Claims);
  void clear();
  /// Sorted by file, line, kind; one claim per (kind, function).
  std::vector<Claim> sorted() const;
  /// How many claims are held, duplicates across TUs included.
  size_t size() const;

private:
  mutable std::mutex M;
  std::map<std::string, std::vector<Claim>, std::less<>> ByTU;
};

} // namespace esc

#endif
