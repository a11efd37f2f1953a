//===- AtomicFile.h - Reports and caches are never left half-written -------===//
#ifndef ESCAPEMENT_CORE_ATOMICFILE_H
#define ESCAPEMENT_CORE_ATOMICFILE_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

namespace esc {

/// Writes `Contents` to a temporary file beside `Path` and renames it over
/// `Path`: readers see the old file or the new one, never a mix; on failure
/// the old file is untouched.
llvm::Error writeFileAtomically(llvm::StringRef Path, llvm::StringRef Contents);

} // namespace esc

#endif
