//===- ForceLinker.h - Keeps every Escapement module in a host binary -----===//
//
// Each module registers itself through clang-tidy's static module registry;
// a host (the driver, escapement-clangd) includes this header once so the
// linker keeps every module's object file even where the checks archive is
// not linked whole (clang-tidy's own ClangTidyForceLinker.h pattern). A new
// module adds its anchor here, and only here.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_CHECKS_FORCELINKER_H
#define ESCAPEMENT_CHECKS_FORCELINKER_H

#include "llvm/Support/Compiler.h"

namespace clang::tidy {
extern volatile int EscapementHeapModuleAnchorSource;
extern volatile int EscapementBoundModuleAnchorSource;
[[maybe_unused]] static int EscapementModulesAnchorDestination =
    EscapementHeapModuleAnchorSource + EscapementBoundModuleAnchorSource;
} // namespace clang::tidy

#endif
