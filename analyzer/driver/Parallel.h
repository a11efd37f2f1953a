//===- Parallel.h - Translation units on N threads ------------------------===//
#ifndef ESCAPEMENT_DRIVER_PARALLEL_H
#define ESCAPEMENT_DRIVER_PARALLEL_H

#include <atomic>
#include <cstddef>
#include <functional>
#include <thread>
#include <vector>

namespace esc::driver {

/// Calls Fn(0..N-1) on up to `Jobs` threads, each taking the next index.
/// Fn must be safe to run concurrently for different indices.
inline void forEachParallel(size_t N, unsigned Jobs, const std::function<void(size_t)> &Fn) {
  if (Jobs <= 1 || N <= 1) {
    for (size_t I = 0; I < N; ++I)
      Fn(I);
    return;
  }
  std::atomic<size_t> Next{0};
  std::vector<std::thread> Threads;
  for (unsigned T = 0; T < Jobs && T < N; ++T)
    Threads.emplace_back([&] {
      for (size_t I; (I = Next.fetch_add(1)) < N;)
        Fn(I);
    });
  for (std::thread &T : Threads)
    T.join();
}

} // namespace esc::driver

#endif
