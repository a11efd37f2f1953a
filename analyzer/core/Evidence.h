//===- Evidence.h - What a finding's notes are, beside clang-tidy's text --===//
//
// clang-tidy carries a diagnostic as text: a message, a position, notes that
// are messages and positions. The report writers need more: which note is a
// step of the chain and which the contract (SARIF puts only steps in a code
// flow), and data no note text can hold (a counterexample's values). A check
// records that here as it emits, keyed by what clang-tidy keeps of the
// diagnostic (check name, file as the SourceManager names it, byte offset,
// final message); the driver's converter looks it up when it turns
// clang-tidy's errors into findings.
//
// Why a side channel rather than data inside the diagnostic: everything in a
// ClangTidyError is shown by some consumer (a range is underlined, a fix-it
// offered, text printed), so the plugin and clangd would show the encoding.
// Beside it, their output is clang-tidy's, unchanged. Nothing is recorded
// unless a reader enabled the log (the driver does); clangd and the plugin
// never read it and so never grow it.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_CORE_EVIDENCE_H
#define ESCAPEMENT_CORE_EVIDENCE_H

#include "llvm/ADT/StringRef.h"

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace esc {

/// What a note says about its finding.
enum class NoteRole {
  Note,     // no role recorded (compiler notes, other tools' checks)
  Step,     // a step of the chain or path, in order; the last one is its end
  Related,  // a related declaration (send-: the value held across co_await)
  Contract, // the annotation that makes it a violation
  Fix,      // explains the finding's fix-it
};
const char *roleName(NoteRole R);

/// A diagnostic as clang-tidy keeps it.
struct DiagKey {
  std::string Check, File;
  unsigned Offset = 0;
  std::string Message;
  bool operator<(const DiagKey &O) const {
    return std::tie(Check, File, Offset, Message) < std::tie(O.Check, O.File, O.Offset, O.Message);
  }
};

struct NamedValue {
  std::string Name, Value;
};

/// One step of a counterexample path, at a file offset like a diagnostic.
struct WitnessStep {
  std::string File;
  unsigned Offset = 0;
  std::string Message;
  std::vector<NamedValue> Values; // e.g. the running cost at this step
};

/// A path and the input values that break a contract (bound-).
struct Witness {
  std::vector<WitnessStep> Steps;
  std::vector<NamedValue> Inputs;
};

class EvidenceLog {
public:
  /// Recording is off until a reader turns it on.
  void enable() { Enabled = true; }
  bool enabled() const { return Enabled; }

  void setRole(DiagKey Note, NoteRole R);
  NoteRole role(const DiagKey &Note) const;
  void setWitness(DiagKey Finding, Witness W);
  std::optional<Witness> witness(const DiagKey &Finding) const;

private:
  bool Enabled = false;
  mutable std::mutex M;
  std::map<DiagKey, NoteRole> Roles;
  std::map<DiagKey, Witness> Witnesses;
};

} // namespace esc

#endif
