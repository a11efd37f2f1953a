//===- NoAllocUnprovenCheck.h - heap-noalloc-unproven ---------------------===//
#ifndef ESCAPEMENT_CHECKS_HEAP_NOALLOCUNPROVENCHECK_H
#define ESCAPEMENT_CHECKS_HEAP_NOALLOCUNPROVENCHECK_H

#include "../common/TUCheck.h"

namespace esc::heap {

/// Reports what Escapement cannot see through inside a function that must
/// not allocate: a callee with no definition, summary or contract anywhere,
/// a virtual call, a call through a function pointer or a std::function. Each
/// "may allocate"; the finding says why it could not be decided. Disable the
/// check to trust such calls (they stay out of the noalloc claims).
class NoAllocUnprovenCheck : public TUCheck {
public:
  using TUCheck::TUCheck;

protected:
  void checkTU(clang::ASTContext &Ctx, TUAnalysis &A) override;
};

} // namespace esc::heap

#endif
