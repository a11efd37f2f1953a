// Scheduler building blocks tested on their own: the live-G registry and
// the local run queue's spill to the injection queue.
#include "g_registry.hpp"
#include "inject_queue.hpp"
#include "run_queue.hpp"
#include "test_util.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <set>
#include <thread>
#include <vector>

namespace {

using namespace esc::rt::detail;

std::vector<promise_base*> live_of(g_registry& r) {
  std::vector<promise_base*> v;
  r.for_each_live([&](promise_base* g) { v.push_back(g); });
  std::sort(v.begin(), v.end());
  return v;
}

TEST(Registry, LocalAddRemoveReusesSlots) {
  g_registry r;
  r.init();
  std::vector<promise_base> gs(100);
  std::vector<std::uint32_t> slot(gs.size());
  for (std::size_t i = 0; i < gs.size(); ++i) slot[i] = r.add(&gs[i]);
  EXPECT_EQ(r.high_water(), 100u);
  for (std::size_t i = 0; i < gs.size(); i += 2) r.remove_local(slot[i]);
  std::vector<promise_base*> want;
  for (std::size_t i = 1; i < gs.size(); i += 2) want.push_back(&gs[i]);
  std::sort(want.begin(), want.end());
  EXPECT_EQ(live_of(r), want);
  for (std::size_t i = 0; i < gs.size(); i += 2) slot[i] = r.add(&gs[i]);
  EXPECT_EQ(r.high_water(), 100u) << "freed slots are reused before the array grows";
  EXPECT_EQ(live_of(r).size(), 100u);
}

// One owner adds and removes; another thread ends Gs the owner handed it,
// singly and in chains, while the owner keeps spawning. Every slot comes
// back, and the array never grows beyond the peak number of live Gs.
TEST(Registry, RemoteFreesComeBackToTheOwner) {
  g_registry r;
  r.init();
  constexpr int kRounds = 200 / static_cast<int>(esc_test::kScale), kPer = 256;
  std::vector<promise_base> gs(kPer);
  std::atomic<int> handed{-1}, done{-1};
  std::vector<std::uint32_t> slots(kPer);
  std::thread remote([&] {
    for (int round = 0; round < kRounds; ++round) {
      while (handed.load(std::memory_order_acquire) != round) std::this_thread::yield();
      // Half singly, half as chains of 16 (a worker's batch).
      for (int i = kPer / 2; i < kPer; ++i) r.remove_remote(slots[i]);
      for (int i = 0; i < kPer / 2; i += 16) {
        for (int k = 1; k < 16; ++k) r.link_free(slots[i + k], slots[i + k - 1]);
        r.push_remote(slots[i + 15], slots[i]);
      }
      done.store(round, std::memory_order_release);
    }
  });
  for (int round = 0; round < kRounds; ++round) {
    for (int i = 0; i < kPer; ++i) slots[i] = r.add(&gs[i]);
    EXPECT_EQ(live_of(r).size(), static_cast<std::size_t>(kPer));
    handed.store(round, std::memory_order_release);
    while (done.load(std::memory_order_acquire) != round) std::this_thread::yield();
    EXPECT_TRUE(live_of(r).empty());
  }
  remote.join();
  EXPECT_LE(r.high_water(), static_cast<std::uint32_t>(2 * kPer));
}

// A full ring spills half of itself to the injection queue as one batch;
// draining ring and queue yields every G exactly once, and spilled batches
// are recycled instead of taken afresh from the pool.
TEST(RunQueue, OverflowSpillsBatchesThatAreRecycled) {
  inject_queue inj;
  run_queue q;
  constexpr int kN = 5000;
  std::vector<promise_base> gs(kN);
  std::set<promise_base*> seen;
  auto drain_inject = [&] {
    while (qnode* n = inj.pop()) {
      if (g_batch* b = inj.as_batch(n)) {
        for (std::uint32_t i = 0; i < b->n; ++i) EXPECT_TRUE(seen.insert(b->g[i]).second);
        b->home->put(b);
      } else {
        EXPECT_TRUE(seen.insert(static_cast<promise_base*>(n)).second);
      }
    }
  };
  int spills = 0;
  for (int round = 0; round < 4; ++round) {
    for (int i = round; i < kN; i += 4) spills += q.push_tail(&gs[i], inj) ? 1 : 0;
    drain_inject();
    bool inherited = false;
    while (promise_base* g = q.pop(true, inherited)) EXPECT_TRUE(seen.insert(g).second);
  }
  EXPECT_EQ(seen.size(), static_cast<std::size_t>(kN));
  EXPECT_GT(spills, 0);
  EXPECT_TRUE(inj.empty());
  // Every batch went back to the ring's cache and later spills reused them.
  EXPECT_LE(inj.pool().carved(), static_cast<std::uint32_t>(spills / 4 + 1));
}

} // namespace
