// lock_os_thread / unlock_os_thread / pin_guard.
#include "test_util.hpp"

#include <escapement/rt.hpp>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <set>
#include <thread>

using namespace std::chrono_literals;
namespace rt = esc::rt;

namespace {

TEST(Pin, NestingCountsLikeGo) {
  rt::scheduler s(2);
  auto body = []() -> rt::task<void> {
    EXPECT_EQ(rt::os_thread_lock_depth(), 0u);
    rt::unlock_os_thread();  // no lock held: no-op
    EXPECT_EQ(rt::os_thread_lock_depth(), 0u);
    rt::lock_os_thread();
    rt::lock_os_thread();
    EXPECT_EQ(rt::os_thread_lock_depth(), 2u);
    EXPECT_EQ(rt::pinned_threads(), 1u);
    rt::unlock_os_thread();
    EXPECT_EQ(rt::pinned_threads(), 1u);  // still pinned: one lock left
    rt::unlock_os_thread();
    EXPECT_EQ(rt::pinned_threads(), 0u);
    EXPECT_EQ(rt::os_thread_lock_depth(), 0u);
    co_return;
  };
  s.run(body());
}

TEST(Pin, OutsideTasksOnlyCounts) {
  rt::lock_os_thread();
  EXPECT_EQ(rt::os_thread_lock_depth(), 1u);
  EXPECT_EQ(rt::pinned_threads(), 0u);
  rt::unlock_os_thread();
  EXPECT_EQ(rt::os_thread_lock_depth(), 0u);
}

TEST(Pin, PinnedTaskStaysOnItsThreadAcrossSuspensions) {
  rt::scheduler s(2);
  auto body = []() -> rt::task<bool> {
    rt::pin_guard pin;
    const auto home = std::this_thread::get_id();
    bool same = true;
    for (int i = 0; i < 50; ++i) {
      if (i % 3 == 0) co_await rt::sleep_for(100us);
      else co_await rt::yield();
      // Spawn work so other threads are busy and could otherwise take us.
      rt::spawn_detached([]() -> rt::task<void> { co_return; }());
      same = same && std::this_thread::get_id() == home;
    }
    co_return same;
  };
  EXPECT_TRUE(s.run(body()));
  EXPECT_GT(s.stats().handoffs, 0u);
}

TEST(Pin, OthersKeepRunningWhilePinnedTaskBlocks) {
  rt::scheduler s(1);  // one P: only a handoff lets the others run
  auto body = []() -> rt::task<int> {
    rt::channel<int> ch(0);
    auto pinned = rt::spawn([&]() -> rt::task<int> {
      rt::pin_guard pin;
      auto v = co_await ch.recv();  // suspends while pinned: P is handed off
      co_return *v;
    });
    co_await rt::sleep_for(1ms);
    // These run on the P the pinned thread handed over.
    int sum = 0;
    for (int i = 0; i < 100; ++i) sum += co_await rt::spawn([i]() -> rt::task<int> { co_return i; });
    co_await ch.send(sum);
    co_return co_await std::move(pinned);
  };
  EXPECT_EQ(s.run(body()), 4950);
  EXPECT_GE(s.stats().threads_started, 2u);
}

TEST(Pin, NoOtherTaskRunsOnAPinnedThread) {
  rt::scheduler s(2);
  std::atomic<bool> stop{false};
  std::atomic<std::thread::id> pinned_id{};
  std::atomic<int> intruders{0};
  auto body = [&]() -> rt::task<void> {
    auto pinned = rt::spawn([&]() -> rt::task<void> {
      rt::lock_os_thread();
      pinned_id = std::this_thread::get_id();
      for (int i = 0; i < 200; ++i) co_await rt::yield();
      stop = true;
      rt::unlock_os_thread();
    });
    std::vector<rt::join_handle<void>> others;
    for (int k = 0; k < 4; ++k)
      others.push_back(rt::spawn([&]() -> rt::task<void> {
        while (!stop) {
          if (std::this_thread::get_id() == pinned_id.load()) intruders.fetch_add(1);
          co_await rt::yield();
        }
      }));
    co_await std::move(pinned);
    for (auto& o : others) co_await std::move(o);
  };
  s.run(body());
  EXPECT_EQ(intruders.load(), 0);
}

TEST(Pin, TaskEndingPinnedRetiresItsThread) {
  rt::scheduler s(2);
  const auto before = s.stats();
  auto body = []() -> rt::task<std::thread::id> {
    auto h = rt::spawn([]() -> rt::task<std::thread::id> {
      rt::lock_os_thread();  // never unlocked
      co_await rt::yield();
      co_return std::this_thread::get_id();
    });
    co_return co_await std::move(h);
  };
  auto dead = s.run(body());
  // The runtime still has nprocs Ps at work: it keeps running tasks.
  std::set<std::thread::id> seen;
  for (int i = 0; i < 200; ++i)
    seen.insert(s.run([]() -> rt::task<std::thread::id> { co_return std::this_thread::get_id(); }));
  EXPECT_EQ(seen.count(dead), 0u);
  const auto after = s.stats();
  EXPECT_GE(after.threads_retired, before.threads_retired + 1);
  EXPECT_GE(after.threads_started, before.threads_started + 1);
  EXPECT_EQ(rt::pinned_threads(), 0u);
}

TEST(Pin, PinnedThreadCountIsObservable) {
  rt::scheduler s(2);
  auto body = []() -> rt::task<void> {
    rt::channel<int> release(0);
    rt::wait_group pinned(3);
    std::vector<rt::join_handle<void>> hs;
    for (int i = 0; i < 3; ++i)
      hs.push_back(rt::spawn([&]() -> rt::task<void> {
        rt::pin_guard g;
        pinned.done();
        co_await release.recv();
      }));
    co_await pinned.wait();
    EXPECT_EQ(rt::pinned_threads(), 3u);
    release.close();
    for (auto& h : hs) co_await std::move(h);
    EXPECT_EQ(rt::pinned_threads(), 0u);
  };
  s.run(body());
}

} // namespace
