//===- Baseline.h - Findings a team has accepted, matched by line content -===//
//
// A baseline is the set of findings of an earlier run. With --baseline, the
// findings it contains do not fail the run (and are left out of text output);
// new ones do; entries no longer found are counted as fixed. A finding
// matches an entry by check, source-root-relative path, the GitHub line hash
// of its line (content, not line number: it survives code moving) and its
// occurrence among findings with the same three. See docs/baseline.md.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_REPORT_BASELINE_H
#define ESCAPEMENT_REPORT_BASELINE_H

#include "Finding.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace esc::report {

struct BaselineEntry {
  std::string Check, Path, Fingerprint, Message;
  unsigned Occurrence = 1;
};

struct Baseline {
  std::vector<BaselineEntry> Entries;
};

/// Reads a baseline file; an error names the file and what is wrong with it.
llvm::Expected<Baseline> readBaseline(llvm::StringRef Path);
llvm::Expected<Baseline> parseBaseline(llvm::StringRef Text, llvm::StringRef Path);

/// The baseline of a report (its findings' line hashes must have been
/// computed: addFingerprints). Sorted, so it diffs well under version control.
std::string toBaselineJSON(const Report &R);

/// Marks every finding New or Unchanged; returns how many baseline entries
/// matched no finding (fixed).
size_t applyBaseline(Report &R, const Baseline &B);

} // namespace esc::report

#endif
