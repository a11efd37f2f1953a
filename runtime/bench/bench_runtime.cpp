// escapement-bench-runtime: the runtime against its peers, in one process.
//
//   escapement-bench-runtime [--json] [--rounds N] [--quick] [--only a,b,...]
//
// --only runs just the named benchmarks (e.g. --only spawn,yield).
//
// Every benchmark runs >= 3 rounds; the table and the JSON report the median
// (ns_per_op) and the minimum (min_ns_per_op) per implementation. Peers:
// oneTBB task_group and standalone Asio (scheduling), glibc malloc and
// mimalloc (allocation; measured in a child process that LD_PRELOADs it,
// so it does not replace malloc for the glibc column), std::pmr (arena).
//
// Our allocator is called directly (esc::rt::alloc/free), since this process
// links the plain runtime; the "escapement_instrumented" columns of
// alloc_pair and map_workload use the exact functions the instrumented
// operator new/delete call (inline, like the plain allocator), with tracing
// on, inside a trace scope.
#include <escapement/rt.hpp>

#include <asio.hpp>
#include <tbb/task_group.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <functional>
#include <map>
#include <memory_resource>
#include <string>
#include <thread>
#include <sys/wait.h>
#include <ctime>
#include <unistd.h>
#include <vector>

namespace rt = esc::rt;
using clk = std::chrono::steady_clock;

namespace {

template <class T>
inline void escape(T* p) {
  asm volatile("" : : "r"(p) : "memory");
}

double ns_since(clk::time_point t0, double ops) {
  return std::chrono::duration<double, std::nano>(clk::now() - t0).count() / ops;
}

// Single-threaded benchmarks use the thread's CPU time: the machine is shared
// (parallel builds), and wall time would charge other processes' slices to us.
double cpu_ns() {
  timespec ts{};
  ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e9 + static_cast<double>(ts.tv_nsec);
}

struct result {
  explicit result(std::string n, std::string u = "ns_per_op") : name(std::move(n)), unit(std::move(u)) {}
  std::string name;
  std::string unit;
  std::vector<std::pair<std::string, std::vector<double>>> impls;  // per round
  void add(const std::string& impl, double v) {
    for (auto& [n, vs] : impls)
      if (n == impl) {
        vs.push_back(v);
        return;
      }
    impls.push_back({impl, {v}});
  }
};

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2);
}
double minimum(const std::vector<double>& v) { return v.empty() ? 0 : *std::min_element(v.begin(), v.end()); }

// --- scheduling ------------------------------------------------------------

// The counter every task decrements gets a cache line of its own, and the
// spawning loops keep their bound in a local: a loop reading its bound from
// a line the counter shares would miss on every iteration (false sharing),
// which measures the stack layout rather than the scheduler.
template <class T>
struct alignas(64) own_line {
  T v;
};

rt::task<void> trivial(rt::wait_group& wg) {
  wg.done();
  co_return;
}

double esc_spawn(rt::scheduler& s, long n) {
  own_line<rt::wait_group> wg{rt::wait_group(n)};
  auto root = [&wg, n]() -> rt::task<double> {
    auto t0 = clk::now();
    for (long i = 0; i < n; ++i) rt::spawn_detached(trivial(wg.v));
    co_await wg.v.wait();
    co_return ns_since(t0, static_cast<double>(n));
  };
  return s.run(root());
}

double tbb_spawn(long n) {
  own_line<std::atomic<long>> left{{n}};
  tbb::task_group tg;
  auto t0 = clk::now();
  tg.run([&tg, &left, n] {
    for (long i = 0; i < n; ++i) tg.run([&left] { left.v.fetch_sub(1, std::memory_order_relaxed); });
  });
  tg.wait();
  return ns_since(t0, static_cast<double>(n));
}

double asio_run(asio::io_context& ctx, clk::time_point t0, double n) {
  std::thread other([&] { ctx.run(); });
  ctx.run();
  other.join();
  return ns_since(t0, n);
}

double asio_spawn(long n) {
  asio::io_context ctx(2);
  own_line<std::atomic<long>> left{{n}};
  auto t0 = clk::now();
  asio::post(ctx, [&ctx, &left, n] {
    for (long i = 0; i < n; ++i) asio::post(ctx, [&left] { left.v.fetch_sub(1, std::memory_order_relaxed); });
  });
  return asio_run(ctx, t0, static_cast<double>(n));
}

rt::task<void> yielder(int n, rt::wait_group& wg) {
  for (int i = 0; i < n; ++i) co_await rt::yield();
  wg.done();
}

double esc_yield(rt::scheduler& s, int tasks, int per) {
  own_line<rt::wait_group> wg{rt::wait_group(tasks)};
  auto root = [&wg, tasks, per]() -> rt::task<double> {
    auto t0 = clk::now();
    for (int i = 0; i < tasks; ++i) rt::spawn_detached(yielder(per, wg.v));
    co_await wg.v.wait();
    co_return ns_since(t0, static_cast<double>(tasks) * per);
  };
  return s.run(root());
}

// Asio's "yield": a handler that re-posts itself (no coroutine frame).
struct reposter {
  asio::io_context* ctx;
  int left;
  void operator()() {
    if (--left > 0) asio::post(*ctx, reposter{ctx, left});
  }
};

double asio_yield(int tasks, int per) {
  asio::io_context ctx(2);
  auto t0 = clk::now();
  for (int i = 0; i < tasks; ++i) asio::post(ctx, reposter{&ctx, per});
  return asio_run(ctx, t0, static_cast<double>(tasks) * per);
}

double esc_ping_pong(rt::scheduler& s, int rounds) {
  auto root = [&]() -> rt::task<double> {
    rt::channel<int> ping(0), pong(0);
    auto peer = rt::spawn([&]() -> rt::task<void> {
      while (auto v = co_await ping.recv()) co_await pong.send(*v);
    });
    auto t0 = clk::now();
    for (int i = 0; i < rounds; ++i) {
      co_await ping.send(i);
      co_await pong.recv();
    }
    double r = ns_since(t0, rounds);
    ping.close();
    co_await std::move(peer);
    co_return r;
  };
  return s.run(root());
}

// Two OS threads handing a token back and forth (mutex + condition variable).
double thread_ping_pong(int rounds) {
  std::mutex mu;
  std::condition_variable cv;
  int turn = 0;
  auto t0 = clk::now();
  std::thread other([&] {
    for (int i = 0; i < rounds; ++i) {
      std::unique_lock<std::mutex> l(mu);
      cv.wait(l, [&] { return turn == 1; });
      turn = 0;
      cv.notify_one();
    }
  });
  for (int i = 0; i < rounds; ++i) {
    std::unique_lock<std::mutex> l(mu);
    turn = 1;
    cv.notify_one();
    cv.wait(l, [&] { return turn == 0; });
  }
  other.join();
  return ns_since(t0, rounds);
}

// --- allocation ------------------------------------------------------------

constexpr std::size_t kSizes[8] = {16, 32, 48, 64, 96, 128, 192, 256};

template <class A, class F>
double alloc_pairs(long n, A&& a, F&& f) {
  const double t0 = cpu_ns();
  for (long i = 0; i < n; ++i) {
    const std::size_t sz = kSizes[i & 7];
    void* p = a(sz);
    escape(p);
    f(p, sz);
  }
  return (cpu_ns() - t0) / (static_cast<double>(n));
}

// mimalloc runs as it is deployed, replacing malloc: in a child process of
// this binary started with LD_PRELOAD (dlopen'ing it RTLD_LOCAL instead would
// force its thread-local heap through __tls_get_addr and slow it down ~3x).
constexpr const char* kMimalloc = "/usr/lib/x86_64-linux-gnu/libmimalloc.so.2";

double esc_arena(long n) {
  rt::arena a(1 << 20, "bench");
  const double t0 = cpu_ns();
  for (long i = 0; i < n; ++i) {
    if ((i & 1023) == 0) a.reset();
    escape(a.allocate(kSizes[i & 7]));
  }
  return (cpu_ns() - t0) / (static_cast<double>(n));
}

double pmr_arena(long n) {
  static std::byte buf[1 << 20];
  std::pmr::monotonic_buffer_resource r(buf, sizeof buf, std::pmr::null_memory_resource());
  const double t0 = cpu_ns();
  for (long i = 0; i < n; ++i) {
    if ((i & 1023) == 0) r.release();
    escape(r.allocate(kSizes[i & 7], alignof(std::max_align_t)));
  }
  return (cpu_ns() - t0) / (static_cast<double>(n));
}

template <class T>
struct traced_allocator {
  using value_type = T;
  traced_allocator() = default;
  template <class U>
  traced_allocator(const traced_allocator<U>&) noexcept {}
  T* allocate(std::size_t n) {
    return static_cast<T*>(rt::trace::traced_alloc(n * sizeof(T), __builtin_return_address(0)));
  }
  void deallocate(T* p, std::size_t n) noexcept { rt::trace::traced_free_sized(p, n * sizeof(T)); }
  template <class U>
  bool operator==(const traced_allocator<U>&) const noexcept {
    return true;
  }
};

template <class Alloc>
double map_workload(int reps, int n) {
  using map = std::map<int, int, std::less<int>, Alloc>;
  const double t0 = cpu_ns();
  for (int r = 0; r < reps; ++r) {
    map m;
    for (int i = 0; i < n; ++i) m.emplace((i * 7919) % n, i);
    escape(&m);
  }
  return (cpu_ns() - t0) / (static_cast<double>(reps) * n);
}

double alloc_pairs_instrumented(long n) {
  static constinit rt::trace::site site{"bench::alloc_pair", __FILE__, __LINE__};
  rt::trace::set_enabled(true);
  double r;
  {
    rt::trace::scope sc(site);
    r = alloc_pairs(n, [](std::size_t k) { return rt::trace::traced_alloc(k, __builtin_return_address(0)); },
                    [](void* p, std::size_t k) { rt::trace::traced_free_sized(p, k); });
  }
  rt::trace::set_enabled(false);
  return r;
}

double map_instrumented(int reps, int n) {
  static constinit rt::trace::site site{"bench::map_workload", __FILE__, __LINE__};
  rt::trace::set_enabled(true);
  double r;
  {
    rt::trace::scope sc(site);
    r = map_workload<traced_allocator<std::pair<const int, int>>>(reps, n);
  }
  rt::trace::set_enabled(false);
  return r;
}

// --- memory per idle task --------------------------------------------------

long rss_bytes() {
  long pages = 0, resident = 0;
  FILE* f = std::fopen("/proc/self/statm", "r");
  if (f == nullptr) return 0;
  if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
  std::fclose(f);
  return resident * ::sysconf(_SC_PAGESIZE);
}

rt::task<void> idle(rt::wait_group& gate, rt::wait_group& parked) {
  parked.done();
  co_await gate.wait();
}

double idle_task_bytes(long n) {
  rt::scheduler s(2);
  rt::wait_group gate(1), parked(n);
  const long before = rss_bytes();
  auto root = [&]() -> rt::task<void> {
    for (long i = 0; i < n; ++i) rt::spawn_detached(idle(gate, parked));
    co_await parked.wait();
  };
  s.run(root());
  const long after = rss_bytes();
  gate.done();  // let them finish
  return static_cast<double>(after - before) / static_cast<double>(n);
}

// Memory is measured in a fresh child per round (freed frames would be
// reused by the next round in the same process). Forked before this process
// starts any thread.
double idle_task_bytes_in_child(long n) {
  int fds[2];
  if (::pipe(fds) != 0) return -1;
  pid_t pid = ::fork();
  if (pid == 0) {
    double v = idle_task_bytes(n);
    if (::write(fds[1], &v, sizeof v) != sizeof v) ::_exit(1);
    ::_exit(0);
  }
  double v = -1;
  ::close(fds[1]);
  if (::read(fds[0], &v, sizeof v) != sizeof v) v = -1;
  ::close(fds[0]);
  int st = 0;
  ::waitpid(pid, &st, 0);
  return v;
}

} // namespace

int main(int argc, char** argv) {
  bool json = false, quick = false, peer_child = false;
  int rounds = 3;
  std::string only;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--json")) json = true;
    else if (!std::strcmp(argv[i], "--peer-malloc-child")) peer_child = true;
    else if (!std::strcmp(argv[i], "--quick")) quick = true;
    else if (!std::strcmp(argv[i], "--rounds") && i + 1 < argc) rounds = std::max(3, std::atoi(argv[++i]));
    else if (!std::strcmp(argv[i], "--only") && i + 1 < argc) only = std::string(",") + argv[++i] + ",";
    else {
      std::fprintf(stderr, "usage: escapement-bench-runtime [--json] [--rounds N] [--quick] [--only a,b,...]\n");
      return 2;
    }
  }
  const long kSpawn = quick ? 20000 : 200000;
  const int kYieldTasks = 200, kYieldPer = quick ? 100 : 1000;
  const int kPing = quick ? 10000 : 100000;
  const int kThreadPing = quick ? 500 : 5000;
  const long kPairs = quick ? 1000000 : 10000000;
  const int kMapReps = quick ? 5 : 30, kMapN = 10000;
  const long kIdle = quick ? 100000 : 1000000;
  if (peer_child) {  // malloc is mimalloc here (LD_PRELOAD)
    const bool preloaded = ::dlsym(RTLD_DEFAULT, "mi_malloc") != nullptr;
    for (int r = 0; r < rounds; ++r) {
      double a = alloc_pairs(kPairs, [](std::size_t n) { return std::malloc(n); },
                             [](void* p, std::size_t) { std::free(p); });
      double m = map_workload<std::allocator<std::pair<const int, int>>>(kMapReps, kMapN);
      std::printf("%d %.4f %.4f\n", preloaded ? 1 : 0, a, m);
    }
    return 0;
  }
  auto want = [&](const char* name) { return only.empty() || only.find(std::string(",") + name + ",") != std::string::npos; };
  std::vector<std::pair<double, double>> mi;  // per round: alloc_pair, map_workload
  if ((want("alloc_pair") || want("map_workload")) && ::access(kMimalloc, R_OK) == 0) {
    std::string cmd = std::string("LD_PRELOAD=") + kMimalloc + " /proc/" + std::to_string(::getpid()) +
                      "/exe --peer-malloc-child --rounds " + std::to_string(rounds) + (quick ? " --quick" : "");
    if (FILE* f = ::popen(cmd.c_str(), "r")) {
      int ok;
      double a, m;
      while (std::fscanf(f, "%d %lf %lf", &ok, &a, &m) == 3)
        if (ok) mi.emplace_back(a, m);
      ::pclose(f);
    }
  }

  result spawn{"spawn"}, yield{"yield"}, ping{"ping_pong"}, pairs{"alloc_pair"}, arena{"arena_alloc"},
      mapw{"map_workload"}, idle_r{"idle_task_bytes", "bytes_per_task"};
  if (want("idle_task_bytes"))
    for (int r = 0; r < rounds; ++r) idle_r.add("escapement", idle_task_bytes_in_child(kIdle));
  rt::scheduler s(2);
  for (int r = 0; r < rounds; ++r) {
    if (want("spawn")) {
      spawn.add("escapement", esc_spawn(s, kSpawn));
      spawn.add("onetbb", tbb_spawn(kSpawn));
      spawn.add("asio", asio_spawn(kSpawn));
    }
    if (want("yield")) {
      yield.add("escapement", esc_yield(s, kYieldTasks, kYieldPer));
      yield.add("asio", asio_yield(kYieldTasks, kYieldPer));
    }
    if (want("ping_pong")) {
      ping.add("escapement", esc_ping_pong(s, kPing));
      ping.add("std_thread_cv", thread_ping_pong(kThreadPing));
    }
    if (want("alloc_pair")) {
      pairs.add("escapement", alloc_pairs(kPairs, [](std::size_t n) { return rt::alloc(n); },
                                          [](void* p, std::size_t n) { rt::free(p, n); }));
      pairs.add("escapement_instrumented", alloc_pairs_instrumented(kPairs));
      pairs.add("glibc", alloc_pairs(kPairs, [](std::size_t n) { return std::malloc(n); },
                                     [](void* p, std::size_t) { std::free(p); }));
      if (r < static_cast<int>(mi.size())) pairs.add("mimalloc", mi[r].first);
    }
    if (want("arena_alloc")) {
      arena.add("escapement", esc_arena(kPairs));
      arena.add("std_pmr_monotonic", pmr_arena(kPairs));
    }
    if (want("map_workload")) {
      mapw.add("escapement", map_workload<rt::allocator<std::pair<const int, int>>>(kMapReps, kMapN));
      mapw.add("escapement_instrumented", map_instrumented(kMapReps, kMapN));
      mapw.add("glibc", map_workload<std::allocator<std::pair<const int, int>>>(kMapReps, kMapN));
      if (r < static_cast<int>(mi.size())) mapw.add("mimalloc", mi[r].second);
    }
  }

  std::vector<result*> all;
  for (result* r : {&spawn, &yield, &ping, &pairs, &arena, &mapw, &idle_r})
    if (!r->impls.empty()) all.push_back(r);
  if (json) {
    std::printf("{\"rounds\": %d, \"benchmarks\": [", rounds);
    for (std::size_t b = 0; b < all.size(); ++b) {
      const result& r = *all[b];
      std::printf("%s\n  {\"name\": \"%s\", \"%s\": {", b ? "," : "", r.name.c_str(), r.unit.c_str());
      for (std::size_t i = 0; i < r.impls.size(); ++i)
        std::printf("%s\"%s\": %.2f", i ? ", " : "", r.impls[i].first.c_str(), median(r.impls[i].second));
      std::printf("}, \"min_%s\": {", r.unit.c_str());
      for (std::size_t i = 0; i < r.impls.size(); ++i)
        std::printf("%s\"%s\": %.2f", i ? ", " : "", r.impls[i].first.c_str(), minimum(r.impls[i].second));
      std::printf("}}");
    }
    std::printf("\n]}\n");
    return 0;
  }
  std::printf("%-16s %-24s %12s %12s\n", "benchmark", "implementation", "median", "min");
  for (const result* r : all) {
    for (const auto& [impl, vs] : r->impls)
      std::printf("%-16s %-24s %12.2f %12.2f  %s\n", r->name.c_str(), impl.c_str(), median(vs), minimum(vs),
                  r->unit.c_str());
  }
  return 0;
}
