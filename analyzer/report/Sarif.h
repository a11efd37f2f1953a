//===- Sarif.h - SARIF 2.1.0 writer over the report model -----------------===//
#ifndef ESCAPEMENT_REPORT_SARIF_H
#define ESCAPEMENT_REPORT_SARIF_H

#include "Finding.h"

#include <string>

namespace esc::report {

/// One run, one rule per check that ran (from the check catalogue), results
/// with source-root-relative URIs under %SRCROOT%, notes as related locations.
std::string toSARIF(const Report &R);

} // namespace esc::report

#endif
