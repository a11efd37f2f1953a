//===- Explain.h - --explain: every allocation site and escape decision ---===//
//
// Go's `-m=2` for C++: for each function of the TU's main file, each heap
// allocation it performs (explicit or hidden) with its verdict — escapes (to
// the heap, the caller, or another thread, with the flow that carries it
// there) or does not (it could live on the stack or in an arena) — each
// local whose address escapes, and each method whose object (`this`) is
// captured into work on another thread. The lines are produced from the
// TU's own facts and escape facts, the ones the checks use, in the checks'
// pass: explaining costs no parse of its own.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_ESCAPE_EXPLAIN_H
#define ESCAPEMENT_ESCAPE_EXPLAIN_H

#include "core/TUAnalysis.h"

#include "llvm/ADT/StringRef.h"

#include <string>

namespace esc::escape {

/// The explanation of `A`'s main file, one "file:line:col: text" line each,
/// in source order; the file is shown relative to `SourceRoot` when under it.
std::string explainTU(TUAnalysis &A, llvm::StringRef SourceRoot);

} // namespace esc::escape

#endif
