//===- Sarif.h - SARIF 2.1.0 writer over the report model -----------------===//
//
// One run that GitHub code scanning ingests without warnings (see
// docs/sarif.md): a rule per check that ran (sorted, from the check
// catalogue), results with %SRCROOT%-relative URIs, regions in UTF-16 code
// units spanning the token at the location, GitHub's primaryLocationLineHash,
// notes as related locations and as a code flow, baselineState in baseline
// mode, and files that could not be analyzed as tool notifications. The same
// report gives the same bytes.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_REPORT_SARIF_H
#define ESCAPEMENT_REPORT_SARIF_H

#include "Finding.h"

#include "llvm/ADT/StringRef.h"

#include <string>

namespace esc::report {

/// Where the tool and its docs live; rule helpUris are
/// `InformationUri + "/blob/main/" + DocPath`.
inline constexpr const char *InformationUri = "https://github.com/escapement/escapement";

std::string toSARIF(const Report &R);

/// `file://` URI of an absolute path, percent-encoded (RFC 3986).
std::string fileUri(llvm::StringRef AbsPath);

} // namespace esc::report

#endif
