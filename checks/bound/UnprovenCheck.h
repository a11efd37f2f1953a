//===- UnprovenCheck.h - bound-unproven -----------------------------------===//
#ifndef ESCAPEMENT_CHECKS_BOUND_UNPROVENCHECK_H
#define ESCAPEMENT_CHECKS_BOUND_UNPROVENCHECK_H

#include "BoundCheck.h"

namespace esc::bound {

/// A timing or arena contract that could be neither proved nor refuted:
/// a loop with no bound, a callee with no known cost, a construct the
/// translation does not model, the unrolling budget, the solver's timeout.
/// Says which, and where; never silence.
class UnprovenCheck : public BoundCheck {
public:
  using BoundCheck::BoundCheck;

protected:
  void checkTU(clang::ASTContext &Ctx, TUAnalysis &A) override;
};

} // namespace esc::bound

#endif
