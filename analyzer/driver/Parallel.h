//===- Parallel.h - Translation units on N threads ------------------------===//
#ifndef ESCAPEMENT_DRIVER_PARALLEL_H
#define ESCAPEMENT_DRIVER_PARALLEL_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/ThreadPool.h"

#include <algorithm>
#include <cstddef>

namespace esc::driver {

/// Calls Fn(0..N-1) on up to `Jobs` threads of LLVM's thread pool, in index
/// order as threads free up (so progress and the first files come first).
/// Fn must be safe to run concurrently for different indices.
inline void forEachParallel(size_t N, unsigned Jobs, llvm::function_ref<void(size_t)> Fn) {
  if (Jobs <= 1 || N <= 1) {
    for (size_t I = 0; I < N; ++I)
      Fn(I);
    return;
  }
  // -j is the user's number, as with make: not capped at the core count.
  llvm::DefaultThreadPool Pool(
      llvm::hardware_concurrency(static_cast<unsigned>(std::min<size_t>(Jobs, N))));
  for (size_t I = 0; I < N; ++I)
    Pool.async([Fn, I] { Fn(I); });
  Pool.wait();
}

} // namespace esc::driver

#endif
