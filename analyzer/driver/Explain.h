//===- Explain.h - --explain: every allocation site and escape decision ---===//
//
// Go's `-m=2` for C++: for each function of the analyzed files, each heap
// allocation it performs (explicit or hidden) with its verdict — escapes (to
// the heap, the caller, or another thread, with the flow that carries it
// there) or does not (it could live on the stack or in an arena) — and each
// local whose address escapes. The lines are produced from the same facts
// and escape edges the checks use.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_DRIVER_EXPLAIN_H
#define ESCAPEMENT_DRIVER_EXPLAIN_H

#include "QuietTool.h"
#include "core/SummaryStore.h"

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <string>
#include <vector>

namespace esc::driver {

/// Explains every TU in `Files`; returns the lines in file order.
std::string explainFiles(const clang::tooling::CompilationDatabase &DB,
                         const std::vector<std::string> &Files, unsigned Jobs,
                         const std::vector<std::string> &ExtraArgsBefore, SummaryStore &Store,
                         const FileSystemMaker &NewFS,
                         const std::string &SourceRoot);

} // namespace esc::driver

#endif
