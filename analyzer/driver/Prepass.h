//===- Prepass.h - Phase one: facts of every TU before any check runs -----===//
//
// A check in TU b.cpp that calls a function defined in a.cpp must see a.cpp's
// body. So a multi-TU run first parses every TU once for its facts (or takes
// them from the on-disk cache when nothing the TU read has changed), and only
// then runs the checks. A single-file run skips this and reads the cache.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_DRIVER_PREPASS_H
#define ESCAPEMENT_DRIVER_PREPASS_H

#include "QuietTool.h"
#include "core/SummaryStore.h"

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <functional>
#include <string>
#include <vector>

namespace esc::driver {

struct PrepassStats {
  unsigned Parsed = 0, FromCache = 0, Failed = 0;
};

/// Hash of the compile command(s) of `File`: a cached summary is only valid
/// for the same flags.
std::string commandHash(const clang::tooling::CompilationDatabase &DB, llvm::StringRef File);

/// `OnDone(I)` is called (from any thread) when Files[I] is summarized.
PrepassStats runPrepass(const clang::tooling::CompilationDatabase &DB,
                        const std::vector<std::string> &Files, unsigned Jobs,
                        const std::vector<std::string> &ExtraArgsBefore, SummaryStore &Store,
                        const FileSystemMaker &NewFS,
                        const std::function<void(size_t)> &OnDone = {});

} // namespace esc::driver

#endif
