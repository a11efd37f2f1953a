//===- Finding.h - The report model every output format writes ------------===//
//
// Findings are taken from clang-tidy's diagnostics after its filters (NOLINT,
// header and line filters) ran, so every writer (text, JSON, SARIF) prints
// the same set. Paths are made relative to the source root unless asked
// otherwise; positions are 1-based lines and byte columns, as clang counts.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_REPORT_FINDING_H
#define ESCAPEMENT_REPORT_FINDING_H

#include "core/Claims.h"
#include "core/ModuleReport.h"
#include "core/Evidence.h"

#include <optional>

#include <string>
#include <vector>

namespace esc::report {

struct Location {
  std::string File; // relative to the source root when inside it
  unsigned Line = 0, Column = 0;
};

struct Note {
  std::string Message;
  Location Loc;
  NoteRole Role = NoteRole::Note; // recorded by the check (core/Evidence.h)
};

/// One step of a counterexample: where, what happens, and the values the
/// path has there (a running cost, an arena's use).
struct PathStep {
  Location Loc;
  std::string Message;
  std::vector<NamedValue> Values;
};

/// The path and input values that break a contract.
struct Counterexample {
  std::vector<PathStep> Steps;
  std::vector<NamedValue> Inputs;
};

/// One edit of a fix-it: the text between Begin (inclusive) and End
/// (exclusive) is replaced by Text; both on the same file, byte columns.
struct Edit {
  Location Begin, End;
  std::string Text;
};

/// A fix-it: the edits that, applied together, resolve the finding.
struct Fix {
  std::string Description;
  std::vector<Edit> Edits;
};

enum class Level { Note, Warning, Error };
const char *levelName(Level L);

/// Against a --baseline: a finding is new, or unchanged (in the baseline,
/// so it does not fail the run). None when no baseline was given.
enum class BaselineState { None, New, Unchanged };

struct Finding {
  std::string Check;
  Level Severity = Level::Warning;
  std::string Message;
  Location Loc;
  std::vector<Note> Notes;
  std::vector<Fix> Fixes;
  std::optional<Counterexample> Witness;
  std::string LineHash; // GitHub's primaryLocationLineHash; "" until computed (Fingerprint.h)
  BaselineState Baseline = BaselineState::None;
};

/// Why a translation unit could not be analyzed (or that it was).
/// The first note in `F` with role `R`, if any: e.g. send-'s related
/// declaration (NoteRole::Related), the fix-it's explanation (NoteRole::Fix).
const Note *firstNote(const Finding &F, NoteRole R);

struct FileStatus {
  std::string File;
  bool Analyzed = true;
  std::string Error;
};

struct Report {
  std::string ToolVersion;
  std::string SourceRoot; // absolute
  std::vector<Finding> Findings;
  std::vector<FileStatus> Files;
  std::vector<Claim> Claims;
  /// --explain: the modules' audits (core/ModuleReport.h), files display paths.
  bool Explained = false;
  std::vector<FunctionAudit> Audits;
  std::vector<std::string> EnabledChecks; // every check that ran: a SARIF rule each
};

/// Sorts findings by file, line, column, check and message: reports do not
/// depend on thread scheduling.
void canonicalize(Report &R);

std::string toJSON(const Report &R);
std::string toText(const Report &R);

} // namespace esc::report

#endif
