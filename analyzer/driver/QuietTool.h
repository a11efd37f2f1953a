//===- QuietTool.h - One TU through an AST consumer, silently, crash-safe --===//
//
// The driver's own passes over a TU (phase one's facts, --explain) parse it
// the way the checks' pass does — same compile command, same resource dir —
// but report nothing themselves: compile errors are phase two's to report.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_DRIVER_QUIETTOOL_H
#define ESCAPEMENT_DRIVER_QUIETTOOL_H

#include "clang/AST/ASTConsumer.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace esc::driver {

using ConsumerMaker =
    std::function<std::unique_ptr<clang::ASTConsumer>(clang::CompilerInstance &)>;

/// A fresh file system for one translation unit. A tool sets its file
/// system's working directory to the compile command's `directory`, and
/// restores it after; on the process-wide real file system that is chdir(),
/// which races between TUs analyzed in parallel (a relative path read in one
/// thread after another restored the directory). So every TU gets its own
/// stack over a physical file system that keeps its working directory to
/// itself.
using FileSystemMaker =
    std::function<llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem>()>;

/// Runs `Fn`, the work on translation unit `File`, under a
/// CrashRecoveryContext: false when it crashed (a signal, an assertion), and
/// the run goes on with the next translation unit. The first crash on a file
/// prints the stack dump a bug report needs (clang's "while parsing ..."
/// entries included); a second pass over the same file stays quiet.
bool runContained(llvm::StringRef File, llvm::function_ref<void()> Fn);

/// Whether some runContained call crashed. The crashed code's objects were
/// never destroyed (LLVM's timer groups still list some of them), so the
/// process must end without LLVM's shutdown once its reports are written.
bool anyCrashContained();

/// Parses `File` with its compile command (plus `ExtraArgsBefore`) and runs
/// the consumer `Make` returns; diagnostics are discarded. False when the
/// parse or the consumer crashed (the crash is contained).
bool runQuietly(const clang::tooling::CompilationDatabase &DB, const std::string &File,
                const std::vector<std::string> &ExtraArgsBefore,
                llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS, const ConsumerMaker &Make);

} // namespace esc::driver

#endif
