// channel<T> and wait_group semantics.
#include "test_util.hpp"

#include <escapement/rt.hpp>

#include <gtest/gtest.h>

#include <memory>
#include <numeric>
#include <string>
#include <thread>
#include <vector>

namespace rt = esc::rt;

namespace {

TEST(Channel, BufferedSendRecvPreservesOrder) {
  rt::scheduler s(2);
  auto body = []() -> rt::task<std::vector<int>> {
    rt::channel<int> ch(4);
    for (int i = 0; i < 4; ++i) EXPECT_TRUE(co_await ch.send(i));
    EXPECT_EQ(ch.size(), 4u);
    std::vector<int> got;
    for (int i = 0; i < 4; ++i) got.push_back(*co_await ch.recv());
    co_return got;
  };
  EXPECT_EQ(s.run(body()), (std::vector<int>{0, 1, 2, 3}));
}

TEST(Channel, UnbufferedPingPong) {
  rt::scheduler s(2);
  constexpr int kRounds = 10000;
  auto body = []() -> rt::task<int> {
    rt::channel<int> ping(0), pong(0);
    auto peer = rt::spawn([&]() -> rt::task<void> {
      while (auto v = co_await ping.recv()) co_await pong.send(*v + 1);
    });
    int v = 0;
    for (int i = 0; i < kRounds; ++i) {
      co_await ping.send(v);
      v = *co_await pong.recv();
    }
    ping.close();
    co_await std::move(peer);
    co_return v;
  };
  EXPECT_EQ(s.run(body()), kRounds);
}

TEST(Channel, CloseWakesReceiversAndFailsSenders) {
  rt::scheduler s(2);
  auto body = []() -> rt::task<void> {
    rt::channel<std::string> ch(1);
    EXPECT_TRUE(co_await ch.send("kept"));
    auto blocked_sender = rt::spawn([&]() -> rt::task<bool> { co_return co_await ch.send("dropped"); });
    co_await rt::sleep_for(std::chrono::milliseconds(5));
    ch.close();
    EXPECT_FALSE(co_await std::move(blocked_sender));
    auto v = co_await ch.recv();  // buffered values drain after close
    EXPECT_TRUE(v.has_value());
    EXPECT_EQ(*v, "kept");
    EXPECT_FALSE((co_await ch.recv()).has_value());
    EXPECT_FALSE(co_await ch.send("late"));
  };
  s.run(body());
}

TEST(Channel, MoveOnlyValues) {
  rt::scheduler s(2);
  auto body = []() -> rt::task<int> {
    rt::channel<std::unique_ptr<int>> ch(2);
    co_await ch.send(std::make_unique<int>(41));
    auto p = co_await ch.recv();
    co_return **p + 1;
  };
  EXPECT_EQ(s.run(body()), 42);
}

TEST(Channel, TryOpsNeverBlock) {
  rt::channel<int> ch(1);
  int v = 1;
  EXPECT_EQ(ch.try_send(v), rt::detail::op_status::done);
  v = 2;
  EXPECT_EQ(ch.try_send(v), rt::detail::op_status::would_block);
  EXPECT_EQ(ch.try_recv(), std::optional<int>(1));
  EXPECT_EQ(ch.try_recv(), std::nullopt);
  ch.close();
  EXPECT_EQ(ch.try_send(v), rt::detail::op_status::closed);
}

TEST(Channel, ThreadsAndTasksTalkThroughBlockingOps) {
  rt::scheduler s(2);
  rt::channel<int> in(0), out(0);
  auto h = s.spawn([&]() -> rt::task<void> {
    while (auto v = co_await in.recv()) co_await out.send(*v * 2);
    out.close();
  });
  std::thread producer([&] {
    for (int i = 1; i <= 100; ++i) EXPECT_TRUE(in.blocking_send(i));
    in.close();
  });
  long sum = 0;
  while (auto v = out.blocking_recv()) sum += *v;
  producer.join();
  h.get();
  EXPECT_EQ(sum, 2 * 5050);
}

TEST(Channel, ManyProducersManyConsumers) {
  rt::scheduler s(2);
  constexpr int kProducers = 8, kConsumers = 8, kPer = 2000 / esc_test::kScale;
  auto body = []() -> rt::task<long> {
    rt::channel<int> ch(16);
    std::atomic<long> total{0};
    rt::wait_group producers(kProducers);
    std::vector<rt::join_handle<void>> consumers;
    for (int c = 0; c < kConsumers; ++c)
      consumers.push_back(rt::spawn([&]() -> rt::task<void> {
        while (auto v = co_await ch.recv()) total.fetch_add(*v);
      }));
    for (int p = 0; p < kProducers; ++p)
      rt::spawn_detached([](rt::channel<int>& ch, rt::wait_group& wg) -> rt::task<void> {
        for (int i = 1; i <= kPer; ++i) co_await ch.send(i);
        wg.done();
      }(ch, producers));
    co_await producers.wait();
    ch.close();
    for (auto& c : consumers) co_await std::move(c);
    co_return total.load();
  };
  EXPECT_EQ(s.run(body()), static_cast<long>(kProducers) * kPer * (kPer + 1) / 2);
}

TEST(WaitGroup, BlockingWaitFromAThread) {
  rt::scheduler s(2);
  rt::wait_group wg(10);
  std::atomic<int> n{0};
  for (int i = 0; i < 10; ++i)
    s.spawn_detached([](rt::wait_group& wg, std::atomic<int>& n) -> rt::task<void> {
      co_await rt::sleep_for(std::chrono::milliseconds(1));
      n.fetch_add(1);
      wg.done();
    }(wg, n));
  wg.blocking_wait();
  EXPECT_EQ(n.load(), 10);
}

} // namespace
