//===- LoopBounds.h - How many times a loop runs, as the source says ------===//
//
// A stated bound is the user's word: ESC_LOOP_BOUND(n) as a statement of
// the loop's body, or a TACLeBench-style `loopbound min a max b` pragma
// (`#pragma` or `_Pragma`) on the lines right before the loop. A counted
// loop over constants (`for (int i = 0; i < 16; ++i)`, the counter not
// written in the body) has its trip count computed here, so the structural
// bound sees it; every other loop's bound is found by the encoder, which
// unrolls while another iteration is feasible.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_BOUND_LOOPBOUNDS_H
#define ESCAPEMENT_BOUND_LOOPBOUNDS_H

#include "solver/Program.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Stmt.h"

#include <optional>

namespace esc::bound {

std::optional<solver::LoopBound> statedLoopBound(const clang::Stmt *Loop, const clang::Stmt *Body,
                                                 clang::ASTContext &Ctx);

/// `min a max b` as a pragma states it (the text after `loopbound`).
std::optional<solver::LoopBound> parseLoopBoundPragma(llvm::StringRef Text);

std::optional<uint64_t> countedTripCount(const clang::Stmt *Init, const clang::Expr *Cond,
                                         const clang::Expr *Inc, const clang::Stmt *Body,
                                         clang::ASTContext &Ctx);

} // namespace esc::bound

#endif
