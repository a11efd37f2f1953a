// Size classes: Go's table (src/runtime/sizeclasses.go, 68 classes, class 0 =
// large). Every small request is rounded up to one of 67 sizes between 8 B and
// 32 KiB so that each class can keep free lists of identical objects; the
// table bounds internal waste to ~12.5% per object.
//
// Invariants the allocator relies on:
//   * every class size is a multiple of 8; classes >= 16 B that can hold an
//     object of alignment 16 are multiples of 16 (so malloc-alignment holds);
//   * power-of-two classes exist from 8 B to 32 KiB, and spans start on 8 KiB
//     page boundaries, so a power-of-two class <= 8 KiB is naturally aligned
//     (used for aligned new up to 4 KiB);
//   * a span of a class is the smallest number of 8 KiB pages (1..10) that
//     wastes at most 1/8 of the span.
#ifndef ESCAPEMENT_RT_DETAIL_SIZE_CLASSES_HPP
#define ESCAPEMENT_RT_DETAIL_SIZE_CLASSES_HPP

#include <array>
#include <cstddef>
#include <cstdint>

namespace esc::rt::detail {

inline constexpr unsigned kNumClasses = 68;
inline constexpr std::size_t kMaxSmall = 32768;
inline constexpr unsigned kPageShift = 13;
inline constexpr std::size_t kPageSize = std::size_t{1} << kPageShift;

inline constexpr std::array<std::uint32_t, kNumClasses> kClassSize = {
    0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,
    160,   176,   192,   208,   224,   240,   256,   288,   320,   352,   384,   416,
    448,   480,   512,   576,   640,   704,   768,   896,   1024,  1152,  1280,  1408,
    1536,  1792,  2048,  2304,  2688,  3072,  3200,  3456,  4096,  4864,  5376,  6144,
    6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880, 12288, 13568, 14336, 16384,
    18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};

constexpr std::uint32_t span_pages(unsigned c) {
  if (c == 0) return 0;
  for (std::uint32_t n = 1; n <= 10; ++n) {
    std::size_t bytes = n * kPageSize;
    if (bytes >= kClassSize[c] && (bytes % kClassSize[c]) * 8 <= bytes) return n;
  }
  return 10;
}

// Objects moved between a thread cache and the central list at a time: enough
// to amortise the central lock, few enough that an idle thread hoards little.
constexpr std::uint32_t batch_count(unsigned c) {
  if (c == 0) return 0;
  std::uint32_t n = static_cast<std::uint32_t>(65536 / kClassSize[c]);
  return n < 2 ? 2 : (n > 64 ? 64 : n);
}

struct class_tables {
  std::array<std::uint8_t, kMaxSmall / 8 + 1> small{};    // (size+7)/8 for size <= 1024
  std::array<std::uint8_t, (kMaxSmall - 1024) / 128 + 1> large{};  // (size-1024+127)/128
  std::array<std::uint32_t, kNumClasses> pages{};
  std::array<std::uint32_t, kNumClasses> batch{};
};

constexpr class_tables make_tables() {
  class_tables t{};
  unsigned c = 1;
  for (std::size_t i = 0; i <= 1024 / 8; ++i) {
    std::size_t size = i * 8;
    while (c < kNumClasses - 1 && kClassSize[c] < size) ++c;
    t.small[i] = static_cast<std::uint8_t>(size == 0 ? 1 : c);
  }
  c = 1;
  for (std::size_t i = 0; i < t.large.size(); ++i) {
    std::size_t size = 1024 + i * 128;
    while (c < kNumClasses - 1 && kClassSize[c] < size) ++c;
    t.large[i] = static_cast<std::uint8_t>(c);
  }
  for (unsigned k = 0; k < kNumClasses; ++k) {
    t.pages[k] = span_pages(k);
    t.batch[k] = batch_count(k);
  }
  return t;
}

inline constexpr class_tables kTables = make_tables();

// Class of a request of n bytes (n <= kMaxSmall); never 0.
constexpr unsigned size_class(std::size_t n) noexcept {
  return n <= 1024 ? kTables.small[(n + 7) >> 3] : kTables.large[(n - 1024 + 127) >> 7];
}

} // namespace esc::rt::detail

#endif
