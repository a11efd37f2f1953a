// RUN: %check_escapement -check-suffixes=,DEFAULT %s 'heap-*' %t -- -- %cxxflags
// RUN: %check_escapement -check-suffixes=,CONF %s 'heap-*' %t -- -config="{CheckOptions: {heap-large-alloc.HotFunctions: '^on_', heap-large-alloc.Threshold: 1000}}" -- %cxxflags

// heap-large-alloc: allocations of a compile-time size above Threshold bytes
// (default 32768) in a hot function: one that must not allocate or block,
// carries a deadline or window, or whose qualified name matches HotFunctions.
// In a no-allocation context heap-noalloc reports the same site as well.

#include <escapement/annotations.hpp>

#include <memory>

ESC_NOALLOC void frame() {
  char *Big = new char[65536];
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:15: warning: large allocation of 65536 bytes in hot function 'frame' (threshold 32768 bytes) [heap-large-alloc]
  // CHECK-MESSAGES-CONF: :[[@LINE-2]]:15: warning: large allocation of 65536 bytes in hot function 'frame' (threshold 1000 bytes) [heap-large-alloc]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: error: 'new char[]' allocates on the heap (65536 bytes); 'frame' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-5]]:18: note: 'frame' is declared ESC_NOALLOC here
  char *Small = new char[1024]; // below the default threshold: heap-noalloc only
  // CHECK-MESSAGES-CONF: :[[@LINE-1]]:17: warning: large allocation of 1024 bytes in hot function 'frame' (threshold 1000 bytes) [heap-large-alloc]
  // CHECK-MESSAGES: :[[@LINE-2]]:17: error: 'new char[]' allocates on the heap (1024 bytes); 'frame' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-9]]:18: note: 'frame' is declared ESC_NOALLOC here
  delete[] Big;
  delete[] Small;
}

// Hot by name only (HotFunctions), not by contract: heap-noalloc is silent.
void on_tick() {
  char *Buf = new char[4096];
  // CHECK-MESSAGES-CONF: :[[@LINE-1]]:15: warning: large allocation of 4096 bytes in hot function 'on_tick' (threshold 1000 bytes) [heap-large-alloc]
  delete[] Buf;
}

// Through a call chain, from a function with a deadline.
char *scratch() { return new char[65536]; }

ESC_DEADLINE_NS(5000) void render() {
  char *P = scratch();
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:13: warning: call to 'scratch' makes a large allocation of 65536 bytes in hot function 'render' (threshold 32768 bytes) [heap-large-alloc]
  // CHECK-MESSAGES-CONF: :[[@LINE-2]]:13: warning: call to 'scratch' makes a large allocation of 65536 bytes in hot function 'render' (threshold 1000 bytes) [heap-large-alloc]
  // CHECK-NOTES: :[[@LINE-6]]:26: note: 'new char[]' allocates on the heap (65536 bytes)
  delete[] P;
  auto Tile = std::make_unique<char[]>(1 << 17);
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:15: warning: large allocation of 131072 bytes in hot function 'render' (threshold 32768 bytes) [heap-large-alloc]
  // CHECK-MESSAGES-CONF: :[[@LINE-2]]:15: warning: large allocation of 131072 bytes in hot function 'render' (threshold 1000 bytes) [heap-large-alloc]
}

// Negative: a large allocation in a cold function (no contract, no deadline,
// its name does not match HotFunctions), and in an audited hot one.
void load_config() { delete[] new char[1 << 20]; }
ESC_ALLOW_ALLOC ESC_DEADLINE_NS(100000) void warm_up() { delete[] new char[1 << 20]; }

// Real-world pattern: an audio callback that allocates its mixing buffer on
// every period instead of once at start-up.
ESC_NONBLOCKING void audio_callback(const float *In, float *Out, int Frames) {
  float *Mix = new float[16384];
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:16: warning: large allocation of 65536 bytes in hot function 'audio_callback' (threshold 32768 bytes) [heap-large-alloc]
  // CHECK-MESSAGES-CONF: :[[@LINE-2]]:16: warning: large allocation of 65536 bytes in hot function 'audio_callback' (threshold 1000 bytes) [heap-large-alloc]
  // CHECK-MESSAGES: :[[@LINE-3]]:16: error: 'new float[]' allocates on the heap (65536 bytes); 'audio_callback' must not allocate [heap-noalloc,-warnings-as-errors]
  // CHECK-NOTES: :[[@LINE-5]]:22: note: 'audio_callback' is declared ESC_NONBLOCKING here
  for (int I = 0; I < Frames; ++I)
    Mix[I] = In[I] * 0.5f;
  for (int I = 0; I < Frames; ++I)
    Out[I] = Mix[I];
  delete[] Mix;
}
