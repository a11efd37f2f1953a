// Bounded arena.
#include <escapement/rt/arena.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>

namespace rt = esc::rt;

namespace {

TEST(Arena, BumpsAlignsAndTracksPeak) {
  rt::arena a(1024, "test");
  void* p = a.allocate(10);
  void* q = a.allocate(10);
  EXPECT_EQ(reinterpret_cast<std::uintptr_t>(p) % alignof(std::max_align_t), 0u);
  EXPECT_EQ(static_cast<char*>(q) - static_cast<char*>(p), 16);
  EXPECT_EQ(a.used(), 26u);
  a.reset();
  EXPECT_EQ(a.used(), 0u);
  EXPECT_EQ(a.peak(), 26u);
  a.allocate(100, 1);
  EXPECT_EQ(a.peak(), 100u);
  void* big = a.allocate(8, 256);
  EXPECT_EQ(reinterpret_cast<std::uintptr_t>(big) % 256, 0u);
}

TEST(Arena, MakeValueInitialises) {
  rt::arena a(4096);
  int* xs = a.make<int>(100);
  for (int i = 0; i < 100; ++i) EXPECT_EQ(xs[i], 0);
  struct P {
    double x = 1.5;
    int y = 7;
  };
  P* p = a.make<P>(3);
  EXPECT_EQ(p[2].y, 7);
  EXPECT_EQ(reinterpret_cast<std::uintptr_t>(p) % alignof(P), 0u);
}

TEST(Arena, TryAllocateFailsCleanlyOnOverflow) {
  rt::arena a(64);
  EXPECT_NE(a.try_allocate(64, 1), nullptr);
  EXPECT_EQ(a.try_allocate(1, 1), nullptr);
  EXPECT_EQ(a.overflows(), 1u);
  EXPECT_EQ(a.used(), 64u);
  EXPECT_EQ(a.try_make<long>(static_cast<std::size_t>(-1) / 4), nullptr);  // n*sizeof overflows
  a.reset();
  EXPECT_NE(a.try_allocate(64, 1), nullptr);
}

TEST(ArenaDeathTest, AllocateAbortsWithAMessage) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_DEATH(
      {
        rt::arena a(32, "frame-buffer");
        a.allocate(16);
        a.allocate(32);
      },
      "arena 'frame-buffer' overflow: requested 32 bytes with 16 of 32 in use");
}

void noisy_handler(const rt::arena& a, std::size_t n) {
  std::fprintf(stderr, "custom handler %s %zu\n", a.name(), n);
}

TEST(ArenaDeathTest, CustomHandlerRunsThenAborts) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_DEATH(
      {
        rt::arena::set_overflow_handler(noisy_handler);
        rt::arena a(8, "tiny");
        a.make<double>(2);
      },
      "custom handler tiny 16");
}

} // namespace
