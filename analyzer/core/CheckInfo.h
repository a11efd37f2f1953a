//===- CheckInfo.h - What each Escapement check is, for every host --------===//
//
// A check states what it is (descriptions, default level, docs page) once,
// beside its class, and registers it here at static initialisation; the SARIF
// rules, the driver's defaults (which checks run, which are errors) and
// `--list-checks` read this registry. The core knows no check by name: the
// modules are the only list of names it holds.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_CORE_CHECKINFO_H
#define ESCAPEMENT_CORE_CHECKINFO_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace esc {

/// Escapement's modules: a check id is `<module>-<name>`.
inline constexpr llvm::StringLiteral Modules[] = {"heap", "pin", "send", "bound"};

/// Whether `Id` names a check of one of Escapement's modules (registered or
/// not: a check of a newer build named in a baseline, say).
bool isEscapementCheckId(llvm::StringRef Id);

struct CheckInfo {
  std::string Id;
  std::string ShortDescription; // one line
  std::string FullDescription;  // a paragraph
  std::string HelpMarkdown;     // what to do about it
  /// "error" for contract violations (exit status 1 by default, applied as
  /// WarningsAsErrors so NOLINT still works), else "warning".
  std::string DefaultLevel;
  std::vector<std::string> Tags;
  std::string Precision; // very-high | high | medium | low
  std::string DocPath;   // docs/checks/<module>/<check>.md
};

/// Registers a check's information; define one per check, at namespace
/// scope, in the check's own file.
struct RegisterCheckInfo {
  explicit RegisterCheckInfo(CheckInfo Info);
};

/// Every registered check, sorted by id.
std::vector<const CheckInfo *> registeredChecks();
const CheckInfo *findCheck(llvm::StringRef Id);

/// The checks that run with no --checks and no configuration: every module's
/// checks, and only those ("-*,heap-*,pin-*,...").
std::string defaultChecksGlob();
/// The registered checks whose default level is "error", comma-separated:
/// the driver's default WarningsAsErrors.
std::string contractChecksGlob();

} // namespace esc

#endif
