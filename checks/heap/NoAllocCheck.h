//===- NoAllocCheck.h - heap-noalloc --------------------------------------===//
#ifndef ESCAPEMENT_CHECKS_HEAP_NOALLOCCHECK_H
#define ESCAPEMENT_CHECKS_HEAP_NOALLOCCHECK_H

#include "../common/TUCheck.h"
#include "CopyFix.h"

namespace esc::heap {

/// Reports every heap allocation reachable from a function that must not
/// allocate (ESC_NOALLOC, ESC_NONBLOCKING, [[clang::nonallocating]],
/// [[clang::nonblocking]]): at the allocating expression in that function, or
/// at the call that leads to one, with the call chain as notes. These are
/// contract violations: the escapement driver treats them as errors.
///
/// A function with no finding here and none from heap-noalloc-unproven is
/// proven allocation-free; the core claims it (`noalloc`, core/Claims.h)
/// whether or not this check is enabled.
///
/// A copy into a local that is only read carries a fix-it: bind it by const
/// reference (CopyFix.h).
class NoAllocCheck : public TUCheck {
public:
  using TUCheck::TUCheck;

protected:
  void checkTU(clang::ASTContext &Ctx, TUAnalysis &A) override;

private:
  /// The finding at `Site`, carrying the fix-it when there is one.
  clang::DiagnosticBuilder violation(const clang::Stmt *Site, llvm::StringRef Message,
                                     const std::optional<CopyFix> &Fix);
  void fixNote(const std::optional<CopyFix> &Fix);
};

} // namespace esc::heap

#endif
