//===- Claims.h - What the analyzer claims, for `escapement verify` -------===//
//
// A claim is a static verdict the instrumented runtime can refute: "this
// function never allocates", "this call stays within N arena bytes", ... The
// checks record a claim for every contract they proved; the JSON report
// carries them (schema: docs/runtime/verify.md) and `escapement verify`
// compares them with a trace of a real run.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_CORE_CLAIMS_H
#define ESCAPEMENT_CORE_CLAIMS_H

#include "Facts.h"

#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace esc {

struct Claim {
  std::string Kind;     // noalloc | arena_bound | time_bound | pin_balance
  std::string Function; // qualified name, as passed to ESC_TRACE_SCOPE
  SourcePos Pos;
  std::optional<uint64_t> Bytes, MaxNs, MinNs;
};

class ClaimSet {
public:
  void add(Claim C);
  /// Sorted by file, line, kind; one claim per (kind, function).
  std::vector<Claim> sorted() const;

private:
  mutable std::mutex M;
  std::vector<Claim> Claims;
};

} // namespace esc

#endif
