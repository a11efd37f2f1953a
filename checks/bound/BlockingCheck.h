//===- BlockingCheck.h - bound-blocking -----------------------------------===//
#ifndef ESCAPEMENT_CHECKS_BOUND_BLOCKINGCHECK_H
#define ESCAPEMENT_CHECKS_BOUND_BLOCKINGCHECK_H

#include "../common/TUCheck.h"

namespace esc::bound {

/// Reports every operation that may block (POSIX I/O, sleeps, mutex,
/// condition-variable and future waits, ESC_BLOCKING functions) reachable
/// from a function whose time must have a bound: one declared
/// ESC_NONBLOCKING, [[clang::nonblocking]], ESC_DEADLINE_NS(n) or
/// ESC_WINDOW_NS(lo, hi). A blocking call waits for something outside the
/// function (a peer, a lock holder, the clock), so no bound holds for it.
///
/// Reported at the blocking operation in the checked function, or at the
/// call that leads to one with the call chain as notes, ending with the
/// contract. A callee declared ESC_NONBLOCKING (or with a time contract of
/// its own) is trusted by its callers: its body is checked where it is
/// defined, so a violation is reported once, at its source.
class BlockingCheck : public TUCheck {
public:
  using TUCheck::TUCheck;

protected:
  void checkTU(clang::ASTContext &Ctx, TUAnalysis &A) override;
};

} // namespace esc::bound

#endif
