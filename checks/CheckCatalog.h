//===- CheckCatalog.h - What each Escapement check is, for reports --------===//
//
// SARIF rules, `--list-checks` help and the docs index read the same table,
// so a check's description exists once.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_CHECKS_CHECKCATALOG_H
#define ESCAPEMENT_CHECKS_CHECKCATALOG_H

#include <string>
#include <vector>

namespace esc {

struct CheckInfo {
  std::string Id;
  std::string ShortDescription; // one line
  std::string FullDescription;  // a paragraph
  std::string HelpMarkdown;     // what to do about it
  std::string DefaultLevel;     // "error" for contract violations, else "warning"
  std::vector<std::string> Tags;
  std::string Precision;        // very-high | high | medium | low
  std::string DocPath;          // docs/checks/<module>/<check>.md
};

const std::vector<CheckInfo> &checkCatalog();
const CheckInfo *findCheck(const std::string &Id);

} // namespace esc

#endif
