// RUN: %check_escapement %s 'heap-*,bound-*' %t -- -- %cxxflags

// A real-world pattern: an audio callback (PortAudio's stream callback,
// JUCE's processBlock) runs on the real-time audio thread and must neither
// wait nor allocate. Guarding the parameters with a mutex and logging a
// dropout are the classic mistakes: a nonblocking function is checked by
// bound-blocking and heap-noalloc both.

#include <escapement/annotations.hpp>

#include <atomic>
#include <cstdio>
#include <mutex>

struct Params {
  float Gain = 1.0f;
};

std::mutex ParamsLock;
Params Shared;

void render(float *Out, int Frames) [[clang::nonblocking]] {
  std::lock_guard<std::mutex> G(ParamsLock);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: error: 'std::lock_guard' acquires a mutex, which may block; 'render' must not block [bound-blocking,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-3]]:6: note: 'render' is declared {{\[\[}}clang::nonblocking{{\]\]}} here
  for (int I = 0; I < Frames; ++I)
    Out[I] *= Shared.Gain;
  if (Frames > 512)
    std::printf("dropout: %d frames\n", Frames);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: error: 'printf' may block the calling thread; 'render' must not block [bound-blocking,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-9]]:6: note: 'render' is declared {{\[\[}}clang::nonblocking{{\]\]}} here
  // CHECK-MESSAGES: :[[@LINE-3]]:5: error: C stdio 'printf' may allocate its stream buffer on first use; 'render' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-11]]:6: note: 'render' is declared {{\[\[}}clang::nonblocking{{\]\]}} here
}

// Negative: the usual fix, an atomic the UI thread stores and the audio
// thread loads; a dropout is counted, and reported elsewhere.
std::atomic<float> Gain{1.0f};
std::atomic<int> Dropouts{0};

void render_fixed(float *Out, int Frames) [[clang::nonblocking]] {
  float G = Gain.load(std::memory_order_relaxed);
  for (int I = 0; I < Frames; ++I)
    Out[I] *= G;
  if (Frames > 512)
    Dropouts.fetch_add(1, std::memory_order_relaxed);
}
