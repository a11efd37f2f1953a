// The instrumented build records exactly what a known program does.
// Linked with escapement_rt_instrumented: operator new is traced and
// ESC_TRACE_SCOPE is live.
#include <escapement/rt.hpp>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

namespace rt = esc::rt;
using nlohmann::json;

namespace {

template <class T>
void keep(T* p) {
  asm volatile("" : : "r"(p) : "memory");  // the allocation must happen
}

json snapshot() { return json::parse(rt::trace::to_json()); }

json arena_named(const json& t, const std::string& name) {
  for (const json& a : t["arenas"])
    if (a["name"] == name) return a;
  return json();
}

json scope_named(const json& t, const std::string& name) {
  for (const json& s : t["scopes"])
    if (s["name"] == name) return s;
  return json();
}

class Trace : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_TRUE(rt::trace::enabled());
    rt::trace::reset();
  }
};

} // namespace

// Not in the anonymous namespace: dladdr only names exported symbols.
void esc_test_allocate_n(int n, std::vector<int*>& out) {
  ESC_TRACE_SCOPE("test::allocate_n");
  for (int i = 0; i < n; ++i) {
    int* p = new int(i);
    keep(p);
    out.push_back(p);  // capacity reserved by the caller: no growth here
  }
}

namespace {

int no_alloc(int x) {
  ESC_TRACE_SCOPE("test::no_alloc");
  int acc = 0;
  for (int i = 0; i < x; ++i) acc += i * x;
  return acc;
}

TEST_F(Trace, CountsExactlyTheAllocationsOfAScope) {
  std::vector<int*> ptrs;
  ptrs.reserve(64);
  esc_test_allocate_n(37, ptrs);
  esc_test_allocate_n(5, ptrs);
  volatile int sink = no_alloc(100);
  (void)sink;
  for (int* p : ptrs) delete p;

  json t = snapshot();
  json a = scope_named(t, "test::allocate_n");
  ASSERT_FALSE(a.is_null());
  EXPECT_EQ(a["calls"], 2);
  EXPECT_EQ(a["allocs"], 42);
  EXPECT_EQ(a["alloc_bytes"], 42 * sizeof(int));
  ASSERT_EQ(a["sites"].size(), 1u);
  EXPECT_EQ(a["sites"][0]["allocs"], 42);
  ASSERT_TRUE(a["sites"][0]["symbol"].is_string()) << a["sites"][0].dump();
  EXPECT_NE(a["sites"][0]["symbol"].get<std::string>().find("esc_test_allocate_n"), std::string::npos)
      << a["sites"][0].dump();
  EXPECT_TRUE(a["sites"][0]["module"].is_string());
  json n = scope_named(t, "test::no_alloc");
  EXPECT_EQ(n["calls"], 1);
  EXPECT_EQ(n["allocs"], 0);
  EXPECT_GE(t["totals"]["frees"].get<long>(), 42);
}

TEST_F(Trace, NestedScopesAreInclusive) {
  {
    ESC_TRACE_SCOPE("test::outer");
    std::unique_ptr<int> a(new int(1));
    keep(a.get());
    for (int i = 0; i < 3; ++i) {
      ESC_TRACE_SCOPE("test::inner_loop");
      std::unique_ptr<long> b(new long(2));
      keep(b.get());
    }
  }
  json t = snapshot();
  EXPECT_EQ(scope_named(t, "test::outer")["allocs"], 4);
  EXPECT_EQ(scope_named(t, "test::inner_loop")["allocs"], 3);
  EXPECT_EQ(scope_named(t, "test::inner_loop")["calls"], 3);
}

TEST_F(Trace, ArenaPeakBetweenResets) {
  rt::arena ar(4096, "frame");
  for (int round = 0; round < 3; ++round) {
    ESC_TRACE_SCOPE("test::arena_user");
    ar.allocate(100);
    ar.allocate(60);  // 112 + 64 = 176 with 16-byte alignment
    ar.reset();
    ar.allocate(32);
    ar.reset();
  }
  json t = snapshot();
  json s = scope_named(t, "test::arena_user");
  EXPECT_EQ(s["arena_peak_bytes"], 112 + 60);
  EXPECT_EQ(s["allocs"], 0);
}

TEST_F(Trace, ArenaRecordsAtDestruction) {
  {
    rt::arena ar(1000, "packet-arena");
    ar.allocate(300);
    EXPECT_EQ(ar.try_allocate(1000), nullptr);
  }
  json a = arena_named(snapshot(), "packet-arena");
  ASSERT_FALSE(a.is_null());
  EXPECT_EQ(a["peak_bytes"], 300);
  EXPECT_EQ(a["capacity"], 1000);
  EXPECT_EQ(a["overflows"], 1);
}

TEST_F(Trace, LiveArenasAppearWithTheirPeak) {
  rt::arena live(2048, "still-open");
  live.allocate(500);
  live.reset();
  live.allocate(64);
  json t = snapshot();
  json a = arena_named(t, "still-open");
  ASSERT_FALSE(a.is_null()) << t["arenas"].dump();
  EXPECT_EQ(a["alive"], 1);
  EXPECT_EQ(a["instances"], 1);
  EXPECT_EQ(a["peak_bytes"], 500);
  EXPECT_EQ(a["capacity"], 2048);
  {
    rt::arena gone(1000, "still-open");
    gone.allocate(700);
  }
  json merged = arena_named(snapshot(), "still-open");
  ASSERT_FALSE(merged.is_null());
  EXPECT_EQ(merged["instances"], 2);  // one destroyed, one alive: merged by name
  EXPECT_EQ(merged["alive"], 1);
  EXPECT_EQ(merged["peak_bytes"], 700);
}

TEST_F(Trace, TimeIsMeasuredPerCall) {
  for (int i = 0; i < 3; ++i) {
    ESC_TRACE_SCOPE("test::busy");
    auto until = std::chrono::steady_clock::now() + std::chrono::microseconds(200);
    while (std::chrono::steady_clock::now() < until) {
    }
  }
  json t = snapshot();
  json s = scope_named(t, "test::busy");
  EXPECT_GE(s["time"]["min_ns"].get<double>(), 190'000);
  EXPECT_LT(s["time"]["min_ns"].get<double>(), 50'000'000);
  EXPECT_GE(s["time"]["max_ns"].get<double>(), s["time"]["min_ns"].get<double>());
  EXPECT_GT(s["time"]["max_cycles"].get<double>(), 0);
}

TEST_F(Trace, PinsAndBalancePerScopeAndTask) {
  rt::scheduler sched(2);
  auto balanced = []() -> rt::task<void> {
    ESC_TRACE_SCOPE("test::balanced");
    rt::pin_guard g;
    co_await rt::yield();
  };
  auto unbalanced = []() -> rt::task<void> {
    ESC_TRACE_SCOPE("test::unbalanced");
    rt::lock_os_thread();
    co_await rt::yield();
  };
  sched.run(balanced());
  sched.run(balanced());
  sched.run(unbalanced());
  json t = snapshot();
  json b = scope_named(t, "test::balanced");
  EXPECT_EQ(b["calls"], 2);
  EXPECT_EQ(b["pins"], 2);
  EXPECT_EQ(b["unpins"], 2);
  EXPECT_EQ(b["unbalanced_calls"], 0);
  EXPECT_EQ(b["pinned_threads_max"], 1);
  json u = scope_named(t, "test::unbalanced");
  EXPECT_EQ(u["unbalanced_calls"], 1);
  EXPECT_GE(t["totals"]["pinned_threads_max"].get<int>(), 1);
  bool ended_pinned = false;
  for (const json& k : t["tasks"])
    if (k["ended_pinned"].get<int>() > 0) ended_pinned = true;
  EXPECT_TRUE(ended_pinned);
}

rt::task<int> worker_task(int i) {
  std::unique_ptr<int> p(new int(i));
  keep(p.get());
  co_await rt::yield();
  co_return *p;
}

TEST_F(Trace, TasksAreAggregatedByEntryFunction) {
  rt::scheduler sched(2);
  auto root = []() -> rt::task<int> {
    std::vector<rt::join_handle<int>> hs;
    hs.reserve(10);
    for (int i = 0; i < 10; ++i) hs.push_back(rt::spawn(worker_task(i)));
    int s = 0;
    for (auto& h : hs) s += co_await std::move(h);
    co_return s;
  };
  EXPECT_EQ(sched.run(root()), 45);
  json t = snapshot();
  json w;
  for (const json& k : t["tasks"])
    if (k["entry"].is_string() && k["entry"].get<std::string>().find("worker_task") != std::string::npos) w = k;
  ASSERT_FALSE(w.is_null()) << t["tasks"].dump(1);
  EXPECT_EQ(w["spawned"], 10);
  EXPECT_EQ(w["completed"], 10);
  EXPECT_GE(w["polls"].get<int>(), 20);  // start + resume after the yield
  EXPECT_EQ(w["allocs"], 10);            // one new int each (frames come from the runtime)
  EXPECT_GT(w["exec"]["total_ns"].get<double>(), 0);
}

TEST_F(Trace, ScopeInACoroutineFollowsTheTaskAcrossThreads) {
  rt::scheduler sched(2);
  auto t = []() -> rt::task<void> {
    ESC_TRACE_SCOPE("test::coro_scope");
    for (int i = 0; i < 20; ++i) {
      std::unique_ptr<int> p(new int(i));
      keep(p.get());
      co_await rt::sleep_for(std::chrono::microseconds(50));
    }
  };
  auto noise = []() -> rt::task<void> {
    for (int i = 0; i < 200; ++i) {
      std::unique_ptr<int> p(new int(i));
      keep(p.get());
      co_await rt::yield();
    }
  };
  auto root = [&]() -> rt::task<void> {
    auto a = rt::spawn(t());
    auto b = rt::spawn(noise());
    auto c = rt::spawn(noise());
    co_await std::move(a);
    co_await std::move(b);
    co_await std::move(c);
  };
  sched.run(root());
  EXPECT_EQ(scope_named(snapshot(), "test::coro_scope")["allocs"], 20);
}

} // namespace

// Exported: the trace names it.
rt::task<void> esc_test_hog() {
  const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(40);
  while (std::chrono::steady_clock::now() < until) {
  }
  co_return;
}

namespace {

TEST_F(Trace, WatchdogRecordsLongPollsAndRetakes) {
  rt::scheduler_options o;
  o.nprocs = 1;
  o.long_poll = std::chrono::milliseconds(5);
  rt::scheduler sched(o);
  sched.run(esc_test_hog());
  sched.run([]() -> rt::task<void> {
    rt::blocking_section b;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    co_return;
  });
  json t = snapshot();
  const json& w = t["watchdog"];
  EXPECT_GE(w["retakes"].get<int>(), 1) << w.dump();
  bool hog = false;
  for (const json& l : w["long_polls"])
    if (l["entry"].is_string() && l["entry"].get<std::string>().find("esc_test_hog") != std::string::npos) {
      hog = true;
      EXPECT_EQ(l["count"], 1);
      EXPECT_GE(l["max_observed_ns"].get<double>(), 5e6);
    }
  EXPECT_TRUE(hog) << w.dump();
}

TEST_F(Trace, WritesAParseableFile) {
  { ESC_TRACE_SCOPE("test::written"); }
  const std::string path = ::testing::TempDir() + "/esc-trace-test.json";
  ASSERT_TRUE(rt::trace::write(path.c_str()));
  std::ifstream f(path);
  json t = json::parse(f);
  EXPECT_EQ(t["version"], 1);
  EXPECT_EQ(scope_named(t, "test::written")["calls"], 1);
  std::remove(path.c_str());
}

} // namespace
