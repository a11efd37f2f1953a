//===- ArenaCheck.h - bound-arena -----------------------------------------===//
#ifndef ESCAPEMENT_CHECKS_BOUND_ARENACHECK_H
#define ESCAPEMENT_CHECKS_BOUND_ARENACHECK_H

#include "BoundCheck.h"

namespace esc::bound {

/// ESC_ARENA_BOUND(bytes): reports a feasible execution in which the bytes
/// taken from arenas (ESC_ARENA_ALLOC functions, the runtime's
/// arena::allocate and arena::make<T>(n) with its alignment rounding)
/// between two resets exceed the bound, with the path, each allocation and
/// the use after it, and the inputs.
class ArenaCheck : public BoundCheck {
public:
  using BoundCheck::BoundCheck;

protected:
  void checkTU(clang::ASTContext &Ctx, TUAnalysis &A) override;
};

} // namespace esc::bound

#endif
