//===- BuildId.h - Which build of the analyzer wrote something ------------===//
//
// A hash of the sources that decide what facts say (analyzer/core,
// analyzer/escape) and of the project and LLVM versions, computed at build
// time. The summary cache keys every entry and its index on it: facts of
// another build (a different catalogue, walker or format) are never reused.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_CORE_BUILDID_H
#define ESCAPEMENT_CORE_BUILDID_H

#include "llvm/ADT/StringRef.h"

namespace esc {

llvm::StringRef buildId();

} // namespace esc

#endif
