// Scheduler behaviour: spawn/join, run, yield, sleep, stealing, shutdown.
#include "test_util.hpp"

#include <escapement/rt.hpp>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <set>
#include <thread>
#include <vector>

using namespace std::chrono_literals;
namespace rt = esc::rt;

namespace {

rt::task<int> add(int a, int b) { co_return a + b; }

rt::task<int> nested(int depth) {
  if (depth == 0) co_return 1;
  int r = co_await nested(depth - 1);
  co_return r + 1;
}

rt::task<long> fib(int n) {
  if (n < 2) co_return n;
  auto a = rt::spawn(fib(n - 1));
  long b = co_await fib(n - 2);
  co_return co_await std::move(a) + b;
}

TEST(Scheduler, RunReturnsTheTaskResult) {
  rt::scheduler s(2);
  EXPECT_EQ(s.run(add(2, 3)), 5);
  EXPECT_EQ(s.run(nested(100)), 101);
}

TEST(Scheduler, RunAcceptsCallables) {
  rt::scheduler s(2);
  int captured = 7;
  EXPECT_EQ(s.run([captured]() -> rt::task<int> { co_return captured * 6; }), 42);
  EXPECT_EQ(s.run([] { return 9; }), 9);
}

TEST(Scheduler, SpawnAndJoinFromTasks) {
  rt::scheduler s(2);
  EXPECT_EQ(s.run(fib(18)), 2584);
}

TEST(Scheduler, ExternalSpawnAndBlockingGet) {
  rt::scheduler s(2);
  std::vector<rt::join_handle<int>> hs;
  for (int i = 0; i < 100; ++i) hs.push_back(s.spawn(add(i, 1)));
  long sum = 0;
  for (auto& h : hs) sum += h.get();
  EXPECT_EQ(sum, 100 * 101 / 2);
}

TEST(Scheduler, ExceptionsPropagateToTheJoiner) {
  rt::scheduler s(2);
  auto thrower = []() -> rt::task<int> {
    throw std::runtime_error("boom");
    co_return 0;
  };
  EXPECT_THROW(s.run(thrower()), std::runtime_error);
  auto outer = [&]() -> rt::task<bool> {
    auto h = rt::spawn(thrower());
    try {
      co_await std::move(h);
    } catch (const std::runtime_error&) {
      co_return true;
    }
    co_return false;
  };
  EXPECT_TRUE(s.run(outer()));
}

TEST(Scheduler, DetachedTasksRunToCompletion) {
  rt::scheduler s(2);
  std::atomic<int> n{0};
  rt::wait_group wg(1000);
  auto body = [&]() -> rt::task<void> {
    for (int i = 0; i < 1000; ++i)
      rt::spawn_detached([](std::atomic<int>& n, rt::wait_group& wg) -> rt::task<void> {
        n.fetch_add(1);
        wg.done();
        co_return;
      }(n, wg));
    co_await wg.wait();
  };
  s.run(body());
  EXPECT_EQ(n.load(), 1000);
}

TEST(Scheduler, YieldLetsOthersRun) {
  rt::scheduler s(1);  // one P: interleaving is deterministic
  std::vector<int> order;
  auto worker = [&](int id) -> rt::task<void> {
    for (int i = 0; i < 3; ++i) {
      order.push_back(id);
      co_await rt::yield();
    }
  };
  auto body = [&]() -> rt::task<void> {
    auto a = rt::spawn(worker(1));
    auto b = rt::spawn(worker(2));
    co_await std::move(a);
    co_await std::move(b);
  };
  s.run(body());
  ASSERT_EQ(order.size(), 6u);
  // Both made progress before either finished.
  EXPECT_NE(order[0], order[1]);
}

TEST(Scheduler, SleepForWaitsAndOrdersByDeadline) {
  rt::scheduler s(2);
  std::vector<int> order;
  std::mutex mu;
  auto sleeper = [&](int ms) -> rt::task<void> {
    co_await rt::sleep_for(std::chrono::milliseconds(ms));
    std::lock_guard<std::mutex> l(mu);
    order.push_back(ms);
  };
  auto t0 = std::chrono::steady_clock::now();
  auto body = [&]() -> rt::task<void> {
    auto a = rt::spawn(sleeper(30));
    auto b = rt::spawn(sleeper(10));
    auto c = rt::spawn(sleeper(20));
    co_await std::move(a);
    co_await std::move(b);
    co_await std::move(c);
  };
  s.run(body());
  auto elapsed = std::chrono::steady_clock::now() - t0;
  EXPECT_GE(elapsed, 30ms);
  EXPECT_EQ(order, (std::vector<int>{10, 20, 30}));
}

TEST(Scheduler, WorkIsStolenAcrossProcessors) {
  rt::scheduler s(2);
  std::mutex mu;
  std::set<std::thread::id> threads;
  auto spin = [&]() -> rt::task<void> {
    auto until = std::chrono::steady_clock::now() + 2ms;
    while (std::chrono::steady_clock::now() < until) {
    }
    std::lock_guard<std::mutex> l(mu);
    threads.insert(std::this_thread::get_id());
    co_return;
  };
  auto body = [&]() -> rt::task<void> {
    std::vector<rt::join_handle<void>> hs;
    for (int i = 0; i < 20; ++i) hs.push_back(rt::spawn(spin()));
    for (auto& h : hs) co_await std::move(h);
  };
  s.run(body());
  EXPECT_EQ(threads.size(), 2u);
  EXPECT_GT(s.stats().steals, 0u);
}

TEST(Scheduler, CurrentIsSetOnlyOnWorkers) {
  rt::scheduler s(2);
  EXPECT_EQ(rt::scheduler::current(), nullptr);
  auto body = [&]() -> rt::task<bool> { co_return rt::scheduler::current() == &s; };
  EXPECT_TRUE(s.run(body()));
}

TEST(Scheduler, ShutdownCancelsBlockedAndSleepingTasks) {
  esc_test::tracked::live() = 0;
  {
    rt::scheduler s(2);
    auto ch = std::make_shared<rt::channel<int>>(0);
    rt::wait_group started(3);
    auto blocked = [](std::shared_ptr<rt::channel<int>> ch, rt::wait_group& wg) -> rt::task<void> {
      esc_test::tracked t;
      wg.done();
      co_await ch->recv();  // nobody ever sends
      ADD_FAILURE() << "resumed after shutdown";
    };
    auto sleeper = [](rt::wait_group& wg) -> rt::task<void> {
      esc_test::tracked t;
      wg.done();
      co_await rt::sleep_for(std::chrono::hours(1));
      ADD_FAILURE() << "woke up";
    };
    s.spawn_detached(blocked(ch, started));
    s.spawn_detached(sleeper(started));
    auto joined = s.spawn(blocked(ch, started));  // a handle that outlives the scheduler's tasks
    started.blocking_wait();
    EXPECT_EQ(esc_test::tracked::live().load(), 3);
    s.shutdown();
    EXPECT_EQ(esc_test::tracked::live().load(), 1);  // the joined one: its handle owns it
    EXPECT_THROW(joined.get(), rt::task_cancelled);
    EXPECT_EQ(esc_test::tracked::live().load(), 0);
    EXPECT_EQ(s.stats().cancelled, 3u);
  }
  EXPECT_EQ(esc_test::tracked::live().load(), 0);
}

// Spawned from one P, run (and ended or blocked) on both: ends on the other
// P hand registry slots back across, and shutdown still finds every G that
// blocked wherever it ran.
TEST(Scheduler, ShutdownFindsBlockedTasksSpawnedElsewhere) {
  esc_test::tracked::live() = 0;
  constexpr int kN = 4000;
  {
    rt::scheduler s(2);
    auto ch = std::make_shared<rt::channel<int>>(0);
    rt::wait_group started(kN);
    std::atomic<int> ended{0};
    auto blocked = [](std::shared_ptr<rt::channel<int>> ch, rt::wait_group& wg) -> rt::task<void> {
      esc_test::tracked t;
      wg.done();
      co_await ch->recv();
      ADD_FAILURE() << "resumed after shutdown";
    };
    auto quick = [](std::atomic<int>& ended, rt::wait_group& wg) -> rt::task<void> {
      esc_test::tracked t;
      ended.fetch_add(1);
      wg.done();
      co_return;
    };
    auto root = [&]() -> rt::task<void> {
      for (int round = 0; round < 4; ++round)
        for (int i = 0; i < kN / 4; ++i) {
          if (i % 2)
            rt::spawn_detached(blocked(ch, started));
          else
            rt::spawn_detached(quick(ended, started));
        }
      co_await started.wait();
    };
    s.run(root());
    EXPECT_EQ(ended.load(), kN / 2);
    // (A quick task may still be between done() and the end of its poll.)
    EXPECT_GE(esc_test::tracked::live().load(), kN / 2);
    s.shutdown();
    EXPECT_EQ(esc_test::tracked::live().load(), 0);
    EXPECT_EQ(s.stats().cancelled, static_cast<std::uint64_t>(kN / 2));
  }
  EXPECT_EQ(esc_test::tracked::live().load(), 0);
}

void busy_for(std::chrono::nanoseconds d) {
  const auto until = std::chrono::steady_clock::now() + d;
  while (std::chrono::steady_clock::now() < until) {
  }
}

// A task that runs 60 ms without suspending holds its P all that time; the
// monitor cannot preempt it, but reports it.
TEST(Monitor, ReportsAPollThatHoldsItsProcessor) {
  rt::scheduler_options o;
  o.nprocs = 2;
  o.long_poll = 5ms;
  rt::scheduler s(o);
  s.run([]() -> rt::task<void> {
    busy_for(60ms);
    co_return;
  });
  EXPECT_GE(s.stats().long_polls, 1u);
  EXPECT_LE(s.stats().long_polls, 2u);  // once per poll, not once per look
}

TEST(Monitor, ShortPollsAreNotReported) {
  rt::scheduler_options o;
  o.nprocs = 2;
  o.long_poll = 200ms;  // far above any poll below, even on a loaded machine
  rt::scheduler s(o);
  s.run([]() -> rt::task<void> {
    for (int i = 0; i < 2000; ++i) co_await rt::yield();
  });
  std::this_thread::sleep_for(30ms);  // the monitor backs off while idle
  EXPECT_EQ(s.stats().long_polls, 0u);
}

// One P. A task spawns a second one and then blocks its thread inside a
// blocking_section: the monitor hands the P to another thread, so the second
// task runs while the first is still blocked (Go's syscall handoff). With the
// retake disabled it cannot.
TEST(Monitor, ABlockedTaskLosesItsProcessor) {
  for (const bool retake : {true, false}) {
    rt::scheduler_options o;
    o.nprocs = 1;
    o.retake_after = retake ? std::chrono::nanoseconds(20us) : std::chrono::nanoseconds(0);
    rt::scheduler s(o);
    std::atomic<bool> other_ran{false};
    const bool ran_while_blocked = s.run([&]() -> rt::task<bool> {
      auto h = rt::spawn([&]() -> rt::task<void> {
        other_ran = true;
        co_return;
      });
      bool seen = false;
      {
        rt::blocking_section b;
        for (int i = 0; i < 200 && !other_ran.load(); ++i) std::this_thread::sleep_for(1ms);
        seen = other_ran.load();
      }
      co_await std::move(h);  // now without a P, then with one again
      co_return seen;
    });
    EXPECT_EQ(ran_while_blocked, retake) << "retake " << retake;
    EXPECT_EQ(s.stats().retakes > 0, retake);
    // The scheduler still works afterwards, on its one P.
    EXPECT_EQ(s.run(add(20, 22)), 42);
  }
}

// The runtime's own blocking calls open a section: a task that (wrongly)
// joins with get() from a worker does not stall the other tasks of its P.
TEST(Monitor, BlockingGetInATaskHandsItsProcessorOn) {
  rt::scheduler_options o;
  o.nprocs = 1;
  rt::scheduler s(o);
  EXPECT_EQ(s.run([]() -> rt::task<int> {
              auto h = rt::spawn(add(1, 2));
              co_return h.get();  // blocks this thread; the P moves on and runs add
            }),
            3);
  EXPECT_GE(s.stats().retakes, 1u);
}

// Inside a section the task holds no P (the monitor may have given it
// away), so runtime calls made there take the P-less paths; a section that
// spans a suspension ends at it.
TEST(Monitor, RuntimeCallsInsideASectionAndSuspendingInOne) {
  rt::scheduler_options o;
  o.nprocs = 1;
  rt::scheduler s(o);
  const int r = s.run([]() -> rt::task<int> {
    rt::join_handle<int> h;
    {
      rt::blocking_section b;
      std::this_thread::sleep_for(2ms);  // retaken meanwhile
      h = rt::spawn(add(2, 3));
    }
    const int x = co_await std::move(h);
    {
      rt::blocking_section b;
      co_await rt::yield();
      std::this_thread::sleep_for(1ms);
    }
    auto h2 = rt::spawn(add(x, 1));
    co_return co_await std::move(h2);
  });
  EXPECT_EQ(r, 6);
  EXPECT_EQ(s.run(add(1, 1)), 2);
}

TEST(Scheduler, DestructorWithoutWorkIsClean) {
  for (int i = 0; i < 20; ++i) {
    rt::scheduler s(2);
  }
  SUCCEED();
}

TEST(Scheduler, SpawnFromOutsideWhileWorkersAreParked) {
  rt::scheduler s(2);
  std::this_thread::sleep_for(20ms);  // let both workers park
  for (int i = 0; i < 50; ++i) {
    EXPECT_EQ(s.spawn(add(i, i)).get(), 2 * i);
    std::this_thread::sleep_for(1ms);
  }
  EXPECT_GT(s.stats().parks, 0u);
}

} // namespace
