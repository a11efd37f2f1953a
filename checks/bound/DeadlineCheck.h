//===- DeadlineCheck.h - bound-deadline -----------------------------------===//
#ifndef ESCAPEMENT_CHECKS_BOUND_DEADLINECHECK_H
#define ESCAPEMENT_CHECKS_BOUND_DEADLINECHECK_H

#include "BoundCheck.h"

namespace esc::bound {

/// ESC_DEADLINE_NS(n): reports a function with a feasible execution that
/// costs more than n ns under the profile, at the function, with the path
/// (each branch, each loop's iteration count, the running cost), the inputs
/// that take it, and the worst case against the deadline.
class DeadlineCheck : public BoundCheck {
public:
  using BoundCheck::BoundCheck;

protected:
  void checkTU(clang::ASTContext &Ctx, TUAnalysis &A) override;
};

} // namespace esc::bound

#endif
