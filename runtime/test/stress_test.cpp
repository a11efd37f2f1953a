// Stress: many tasks, stealing, channels, pin churn, shutdown under load.
// Sizes scale down under sanitizers (test_util.hpp).
#include "test_util.hpp"

#include <escapement/rt.hpp>

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using namespace std::chrono_literals;
namespace rt = esc::rt;
using esc_test::kScale;

namespace {

rt::task<void> bump(std::atomic<long>& n, rt::wait_group& wg) {
  n.fetch_add(1, std::memory_order_relaxed);
  wg.done();
  co_return;
}

TEST(Stress, AMillionTasks) {
  const long kTasks = 1'000'000 / kScale;
  rt::scheduler s(2);
  std::atomic<long> n{0};
  rt::wait_group wg(kTasks);
  auto spawner = [&](long count) -> rt::task<void> {
    for (long i = 0; i < count; ++i) {
      rt::spawn_detached(bump(n, wg));
      if (i % 1024 == 0) co_await rt::yield();
    }
  };
  auto root = [&]() -> rt::task<void> {
    for (int k = 0; k < 4; ++k) rt::spawn_detached(spawner(kTasks / 4));
    co_await wg.wait();
  };
  s.run(root());
  EXPECT_EQ(n.load(), kTasks);
}

rt::task<long> fib(int n) {
  if (n < 2) co_return n;
  auto a = rt::spawn(fib(n - 1));
  long b = co_await fib(n - 2);
  co_return co_await std::move(a) + b;
}

TEST(Stress, SpawnJoinTreeWithStealing) {
  rt::scheduler s(2);
  const int n = kScale == 1 ? 24 : 18;
  const long expect = n == 24 ? 46368 : 2584;
  EXPECT_EQ(s.run(fib(n)), expect);
  EXPECT_GT(s.stats().steals, 0u);
}

TEST(Stress, ExternalSpawnersFromManyThreads) {
  rt::scheduler s(2);
  const long kPer = 50'000 / kScale;
  std::atomic<long> n{0};
  rt::wait_group wg(4 * kPer);
  std::vector<std::thread> ts;
  for (int t = 0; t < 4; ++t)
    ts.emplace_back([&] {
      for (long i = 0; i < kPer; ++i) s.spawn_detached(bump(n, wg));
    });
  for (auto& t : ts) t.join();
  wg.blocking_wait();
  EXPECT_EQ(n.load(), 4 * kPer);
}

TEST(Stress, TokenRingOverChannels) {
  rt::scheduler s(2);
  constexpr int kNodes = 64;
  const int kLaps = 2000 / static_cast<int>(kScale);
  // Simple ring: we are node 0; chans[i] carries i -> i+1 (mod kNodes).
  auto ring = [&]() -> rt::task<long> {
    std::vector<std::unique_ptr<rt::channel<long>>> ch;
    for (int i = 0; i < kNodes; ++i) ch.push_back(std::make_unique<rt::channel<long>>(i % 2));
    std::vector<rt::join_handle<void>> nodes;
    for (int i = 1; i < kNodes; ++i)
      nodes.push_back(rt::spawn([&, i]() -> rt::task<void> {
        while (auto v = co_await ch[i - 1]->recv()) co_await ch[i]->send(*v + 1);
        ch[i]->close();
      }));
    long v = 0;
    for (int lap = 0; lap < kLaps; ++lap) {
      co_await ch[0]->send(v);
      v = *co_await ch[kNodes - 1]->recv();
    }
    ch[0]->close();
    for (auto& n : nodes) co_await std::move(n);
    co_return v;
  };
  EXPECT_EQ(s.run(ring()), static_cast<long>(kLaps) * (kNodes - 1));
}

TEST(Stress, PinUnpinChurn) {
  rt::scheduler s(2);
  const int kTasks = 400 / static_cast<int>(kScale);
  auto root = [&]() -> rt::task<int> {
    std::vector<rt::join_handle<int>> hs;
    for (int i = 0; i < kTasks; ++i)
      hs.push_back(rt::spawn([](int i) -> rt::task<int> {
        int ok = 0;
        for (int k = 0; k < 5; ++k) {
          rt::pin_guard g;
          const auto id = std::this_thread::get_id();
          if (k % 2 == 0) co_await rt::yield();
          else co_await rt::sleep_for(10us);
          ok += std::this_thread::get_id() == id;
        }
        if (i % 8 == 0) rt::lock_os_thread();  // end pinned: thread retires
        co_return ok;
      }(i)));
    int total = 0;
    for (auto& h : hs) total += co_await std::move(h);
    co_return total;
  };
  EXPECT_EQ(s.run(root()), kTasks * 5);
  EXPECT_EQ(rt::pinned_threads(), 0u);
  EXPECT_GE(s.stats().threads_retired, static_cast<std::uint64_t>(kTasks / 8));
}

// Tasks blocking in sections (losing and regaining Ps), yielding and
// spawning, on fewer Ps than threads; then shutdown with some still blocked.
TEST(Stress, BlockingSectionsChurn) {
  esc_test::tracked::live() = 0;
  const int kTasks = 400 / static_cast<int>(kScale);
  {
    rt::scheduler s(2);
    std::atomic<long> sum{0};
    auto root = [&]() -> rt::task<void> {
      std::vector<rt::join_handle<void>> hs;
      hs.reserve(kTasks);
      for (int i = 0; i < kTasks; ++i)
        hs.push_back(rt::spawn([&sum, i]() -> rt::task<void> {
          esc_test::tracked t;
          for (int k = 0; k < 3; ++k) {
            if ((i + k) % 3 == 0) {
              rt::blocking_section b;
              std::this_thread::sleep_for(std::chrono::microseconds(100));
            }
            rt::spawn_detached([](std::atomic<long>& sum) -> rt::task<void> {
              sum.fetch_add(1);
              co_return;
            }(sum));
            co_await rt::yield();
          }
          sum.fetch_add(10);
        }));
      for (auto& h : hs) co_await std::move(h);
    };
    s.run(root());
    EXPECT_GE(sum.load(), 10L * kTasks);
    // Leave some blocked in a section while shutting down.
    for (int i = 0; i < 4; ++i)
      s.spawn_detached([]() -> rt::task<void> {
        esc_test::tracked t;
        rt::blocking_section b;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        co_return;
      }());
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  EXPECT_EQ(esc_test::tracked::live().load(), 0);
}

TEST(Stress, ShutdownUnderLoad) {
  esc_test::tracked::live() = 0;
  const int kRounds = 20 / static_cast<int>(kScale > 1 ? 4 : 1);
  for (int round = 0; round < kRounds; ++round) {
    rt::scheduler s(2);
    auto ch = std::make_shared<rt::channel<int>>(1);
    std::atomic<bool> go{true};
    for (int i = 0; i < 200; ++i) {
      switch (i % 4) {
      case 0:  // busy yielder
        s.spawn_detached([](std::atomic<bool>& go) -> rt::task<void> {
          esc_test::tracked t;
          while (go.load()) co_await rt::yield();
        }(go));
        break;
      case 1:  // sleeper
        s.spawn_detached([]() -> rt::task<void> {
          esc_test::tracked t;
          for (;;) co_await rt::sleep_for(50us);
        }());
        break;
      case 2:  // channel traffic, some blocked forever
        s.spawn_detached([](std::shared_ptr<rt::channel<int>> ch) -> rt::task<void> {
          esc_test::tracked t;
          for (int k = 0;; ++k) {
            co_await ch->send(k);
            co_await ch->recv();
            co_await rt::yield();  // with a free slot neither op suspends
          }
        }(ch));
        break;
      default:  // pinned and spawning
        s.spawn_detached([]() -> rt::task<void> {
          esc_test::tracked t;
          rt::pin_guard g;
          for (;;) {
            rt::spawn_detached([]() -> rt::task<void> {
              esc_test::tracked t;
              co_await rt::yield();
            }());
            co_await rt::sleep_for(20us);
          }
        }());
      }
    }
    std::this_thread::sleep_for(2ms);
    s.shutdown();
    EXPECT_EQ(esc_test::tracked::live().load(), 0) << "round " << round;
    EXPECT_EQ(rt::pinned_threads(), 0u);
  }
}

} // namespace
