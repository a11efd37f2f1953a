//===- WindowCheck.h - bound-window ---------------------------------------===//
#ifndef ESCAPEMENT_CHECKS_BOUND_WINDOWCHECK_H
#define ESCAPEMENT_CHECKS_BOUND_WINDOWCHECK_H

#include "BoundCheck.h"

namespace esc::bound {

/// ESC_WINDOW_NS(lo, hi): a hardware response window. Reports a feasible
/// execution that takes longer than hi, or one that answers before lo, with
/// its path and inputs as bound-deadline does.
class WindowCheck : public BoundCheck {
public:
  using BoundCheck::BoundCheck;

protected:
  void checkTU(clang::ASTContext &Ctx, TUAnalysis &A) override;
};

} // namespace esc::bound

#endif
