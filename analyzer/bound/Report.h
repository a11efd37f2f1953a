//===- Report.h - bound-'s part of --explain and of the claims ------------===//
//
// For every function with a timing or arena contract: the proven worst and
// best case (tight when optimisation reached them, else the safe structural
// bounds), the arena peak when it allocates from arenas, and every loop the
// proof rests on with its bound and where that came from. The same numbers
// become claims (`time_proven`, `arena_peak`) for `escapement verify`.
// Registered with the core as a TU report hook (core/ModuleReport.h) by
// checks/bound/ReportHook.cpp, so the core never includes this module.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_BOUND_REPORT_H
#define ESCAPEMENT_BOUND_REPORT_H

#include "core/ModuleReport.h"
#include "core/TUAnalysis.h"

namespace esc::bound {

/// Adds the explanation, audits and claims `R` asks for. Nothing when no
/// bound- check ran on the TU: the cost model is the checks' option.
void reportTU(TUAnalysis &A, TUReport &R);

} // namespace esc::bound

#endif
