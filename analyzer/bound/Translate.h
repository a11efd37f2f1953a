//===- Translate.h - A Clang function body as a solver Program ------------===//
//
// What the bound- checks prove is stated over solver::Program (solver/
// Program.h); this is the one place that reads Clang for it. The translation
// keeps C++'s integer semantics (widths, signedness, the implicit
// conversions Clang made explicit), every branch condition it can express,
// loops with their bounds (ESC_LOOP_BOUND in the body, `loopbound` pragmas
// before the loop, counted loops over constants), assumptions (ESC_REQUIRES,
// assert, __builtin_assume, [[assume]]), calls (ESC_COST_NS replaces a body;
// a body the TU has is inlined, so a callee's cost depends on its
// arguments; noreturn calls end a path), arena allocations and resets, and
// the operations of each class (a Profile prices them when solving). Whatever it cannot express
// becomes either a fresh input (a value nobody can know: the solver may pick
// any) or an Unsupported statement with the reason (a cost nobody can know:
// the answer becomes unknown).
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_BOUND_TRANSLATE_H
#define ESCAPEMENT_BOUND_TRANSLATE_H

#include "solver/Profile.h"
#include "solver/Program.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"

#include <functional>
#include <memory>

namespace esc::bound {

/// A function's program with what a caller binds: its parameters'
/// variables in order (None for one that is not an integer or pointer) and
/// its result's (None for void).
struct FunctionProgram {
  std::unique_ptr<solver::Program> P;
  std::vector<solver::VarId> Params;
  solver::VarId Result = solver::None;
};

struct TranslateOptions {
  unsigned InlineDepth = 8; // calls inlined inside each other
  /// The program of a callee defined in another TU (from the summary
  /// store), positions already in this TU's terms; null if there is none.
  std::function<const FunctionProgram *(const clang::FunctionDecl *)> External;
};

/// The program of `FD`'s body (FD must have one). Positions are Clang's raw
/// SourceLocations (see where()/location()).
FunctionProgram translate(const clang::FunctionDecl *FD, clang::ASTContext &Ctx,
                          const TranslateOptions &Opts);

inline solver::Where where(clang::SourceLocation L) { return L.getRawEncoding(); }
inline clang::SourceLocation location(solver::Where W) {
  return clang::SourceLocation::getFromRawEncoding(clang::SourceLocation::UIntTy(W));
}

} // namespace esc::bound

#endif
