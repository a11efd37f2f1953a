// Size-class allocator.
#include "test_util.hpp"

#include <escapement/rt/alloc.hpp>

#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>
#include <map>
#include <random>
#include <thread>
#include <vector>

namespace rt = esc::rt;
using namespace esc::rt::detail;

namespace {

TEST(SizeClasses, GoTable) {
  EXPECT_EQ(kNumClasses, 68u);
  EXPECT_EQ(kClassSize[1], 8u);
  EXPECT_EQ(kClassSize[kNumClasses - 1], 32768u);
  for (unsigned c = 2; c < kNumClasses; ++c) EXPECT_LT(kClassSize[c - 1], kClassSize[c]);
  for (unsigned c = 1; c < kNumClasses; ++c) {
    EXPECT_EQ(kClassSize[c] % 8, 0u);
    const std::size_t span = kTables.pages[c] * kPageSize;
    EXPECT_GE(span, kClassSize[c]);
    EXPECT_LE((span % kClassSize[c]) * 8, span) << "class " << c;  // <= 12.5% tail waste
  }
}

TEST(SizeClasses, LookupIsTheSmallestFittingClass) {
  for (std::size_t n = 1; n <= kMaxSmall; ++n) {
    const unsigned c = size_class(n);
    ASSERT_GE(kClassSize[c], n) << n;
    ASSERT_TRUE(c == 1 || kClassSize[c - 1] < n) << n;
  }
}

TEST(Alloc, EverySizeRoundTrips) {
  if constexpr (kSystemMalloc) GTEST_SKIP() << "ASan build: allocator forwards to malloc";
  std::vector<std::pair<unsigned char*, std::size_t>> live;
  for (std::size_t n : {1, 7, 8, 9, 16, 24, 100, 256, 1000, 1024, 1025, 4096, 9000, 32768, 32769, 100000, 1 << 20}) {
    auto* p = static_cast<unsigned char*>(rt::alloc(n));
    ASSERT_NE(p, nullptr);
    EXPECT_GE(rt::usable_size(p), n);
    std::memset(p, 0xAB, n);
    live.emplace_back(p, n);
  }
  for (auto [p, n] : live) {
    for (std::size_t i = 0; i < n; i += 97) ASSERT_EQ(p[i], 0xAB);
    rt::free(p, n);
  }
  EXPECT_EQ(rt::heap_statistics().large_live, 0u);
}

TEST(Alloc, MallocAlignment) {
  for (std::size_t n = 16; n <= 4096; n += 16) {
    void* p = rt::alloc(n);
    EXPECT_EQ(reinterpret_cast<std::uintptr_t>(p) % 16, 0u) << n;
    rt::free(p);
  }
}

TEST(Alloc, AlignedAllocations) {
  for (std::size_t align : {32, 64, 128, 4096, 8192, 65536})
    for (std::size_t n : {1, 100, 5000, 70000}) {
      void* p = rt::alloc_aligned(n, align);
      ASSERT_NE(p, nullptr);
      EXPECT_EQ(reinterpret_cast<std::uintptr_t>(p) % align, 0u) << n << " @" << align;
      std::memset(p, 1, n);
      rt::free(p);
    }
}

TEST(Alloc, FreedObjectsAreReused) {
  if constexpr (kSystemMalloc) GTEST_SKIP();
  void* a = rt::alloc(48);
  rt::free(a);
  void* b = rt::alloc(48);
  EXPECT_EQ(a, b);  // LIFO thread cache
  rt::free(b);
}

TEST(Alloc, SpanUsageStaysBoundedUnderChurn) {
  if constexpr (kSystemMalloc) GTEST_SKIP();
  std::vector<void*> v;
  for (int round = 0; round < 50; ++round) {
    for (int i = 0; i < 1000; ++i) v.push_back(rt::alloc(64));
    for (void* p : v) rt::free(p);
    v.clear();
  }
  const auto before = rt::heap_statistics().span_bytes;
  for (int round = 0; round < 50; ++round) {
    for (int i = 0; i < 1000; ++i) v.push_back(rt::alloc(64));
    for (void* p : v) rt::free(p);
    v.clear();
  }
  EXPECT_EQ(rt::heap_statistics().span_bytes, before);
}

TEST(Alloc, CrossThreadFreesAndThreadExit) {
  constexpr int kThreads = 4, kPer = 20000 / static_cast<int>(esc_test::kScale);
  std::vector<std::vector<void*>> made(kThreads);
  std::vector<std::thread> ts;
  for (int t = 0; t < kThreads; ++t)
    ts.emplace_back([&, t] {
      std::mt19937 rng(t);
      for (int i = 0; i < kPer; ++i) {
        std::size_t n = 1 + rng() % 2048;
        auto* p = static_cast<unsigned char*>(rt::alloc(n));
        p[0] = static_cast<unsigned char>(t);
        made[t].push_back(p);
      }
    });
  for (auto& t : ts) t.join();
  ts.clear();
  // Each thread frees another thread's objects, then exits (flushing its cache).
  for (int t = 0; t < kThreads; ++t)
    ts.emplace_back([&, t] {
      for (void* p : made[(t + 1) % kThreads]) {
        EXPECT_EQ(static_cast<unsigned char*>(p)[0], (t + 1) % kThreads);
        rt::free(p);
      }
    });
  for (auto& t : ts) t.join();
}

long rss_bytes() {
  long pages = 0, resident = 0;
  FILE* f = std::fopen("/proc/self/statm", "r");
  if (f == nullptr) return -1;
  if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = -1;
  std::fclose(f);
  return resident * 4096;
}

// 64 MiB of small objects, all freed: the scavenger returns their spans to
// the OS by itself (the central lists went over the goal), the rest goes on
// release_free_memory(), and later allocations reuse the released spans.
TEST(Alloc, FreedSmallObjectsGoBackToTheOS) {
  if constexpr (kSystemMalloc) GTEST_SKIP() << "ASan build: allocator forwards to malloc";
  constexpr std::size_t kBytes = std::size_t{64} << 20, kSize = 64, kObjs = kBytes / kSize;
  constexpr long kMiB = 1 << 20;
  // TSan keeps the shadow of released pages resident: RSS says nothing there.
#if defined(ESC_RT_TSAN)
  constexpr bool kRssMeaningful = false;
#else
  constexpr bool kRssMeaningful = true;
#endif
  std::vector<void*> v(kObjs, nullptr);  // its own pages are resident before the baseline
  rt::release_free_memory();
  const auto st0 = rt::heap_statistics();
  const long rss0 = rss_bytes();
  ASSERT_GT(rss0, 0);
  for (std::size_t i = 0; i < kObjs; ++i) {
    v[i] = rt::alloc(kSize);
    std::memset(v[i], 1, kSize);
  }
  const long rss1 = rss_bytes();
  if (kRssMeaningful) {
    EXPECT_GE(rss1 - rss0, 60 * kMiB);
  }
  const auto st_full = rt::heap_statistics();  // (allocating reused spans released earlier)
  for (void* p : v) rt::free(p, kSize);
  rt::flush_thread_cache();
  const auto st1 = rt::heap_statistics();
  EXPECT_GT(st1.scavenges, st0.scavenges) << "no automatic pass";
  EXPECT_GE(st1.released_bytes, st_full.released_bytes + 40 * static_cast<std::size_t>(kMiB));
  const long rss2 = rss_bytes();
  if (kRssMeaningful) {
    EXPECT_LT(rss2 - rss0, 24 * kMiB) << "the automatic passes released too little";
  }
  rt::release_free_memory();
  const long rss3 = rss_bytes();
  if (kRssMeaningful) {
    EXPECT_LT(rss3 - rss0, 4 * kMiB);
  }
  const auto st3 = rt::heap_statistics();
  EXPECT_GE(st3.released_bytes, st_full.released_bytes + 60 * static_cast<std::size_t>(kMiB));
  EXPECT_LT(st3.central_free_bytes, 4 * static_cast<std::size_t>(kMiB));
  // Released spans are taken before fresh pages, by any class.
  for (std::size_t i = 0; i < kObjs / 2; ++i) v[i] = rt::alloc(2 * kSize);
  EXPECT_LE(rt::heap_statistics().released_bytes + 60 * static_cast<std::size_t>(kMiB),
            st3.released_bytes + 4 * static_cast<std::size_t>(kMiB));
  for (std::size_t i = 0; i < kObjs / 2; ++i) {
    static_cast<unsigned char*>(v[i])[0] = 7;
    rt::free(v[i], 2 * kSize);
  }
  rt::release_free_memory();
}

TEST(Alloc, StdAllocatorAdapter) {
  std::map<int, int, std::less<int>, rt::allocator<std::pair<const int, int>>> m;
  for (int i = 0; i < 10000; ++i) m[i] = i * 2;
  long s = 0;
  for (auto& [k, v] : m) s += v;
  EXPECT_EQ(s, 2L * (9999L * 10000 / 2));
}

} // namespace
