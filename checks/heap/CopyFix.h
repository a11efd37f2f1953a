//===- CopyFix.h - A copy into a read-only local, and the fix that drops it -===//
//
// The most common hidden allocation in code that must not allocate is a
// container or string copied into a local that is only read: `for (auto s :
// names)`, `std::string s = names.front();`. Binding a const reference keeps
// the meaning and removes the allocation, so heap-noalloc offers it as a
// fix-it (applied by --fix, offered as a code action by escapement-clangd).
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_CHECKS_HEAP_COPYFIX_H
#define ESCAPEMENT_CHECKS_HEAP_COPYFIX_H

#include "clang/AST/Decl.h"
#include "clang/Basic/Diagnostic.h"

#include <optional>
#include <vector>

namespace esc::heap {

struct CopyFix {
  const clang::VarDecl *Var; // the local that receives the copy
  std::vector<clang::FixItHint> Hints;
};

/// The fix when `Site` (an allocating expression of `FD`) copy-constructs a
/// local that is never modified from an object that outlives it unchanged:
/// a range-for element, a local or parameter, or a const reference returned
/// by a member of one. Nothing when any of that cannot be shown.
std::optional<CopyFix> constRefForCopy(clang::ASTContext &Ctx, const clang::FunctionDecl &FD,
                                       const clang::Stmt *Site);

} // namespace esc::heap

#endif
