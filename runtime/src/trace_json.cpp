// Merging the per-thread trace blocks and writing the JSON trace (schema in
// docs/runtime/trace.md). Runs off every fast path: at exit, or when a test
// asks; its own allocations are not recorded (suppress_guard).
#include "trace_store.hpp"

#include <escapement/rt/pin.hpp>
#include <escapement/trace.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cxxabi.h>
#include <dlfcn.h>
#include <fstream>
#include <map>
#include <string>
#include <thread>
#include <tuple>
#include <unistd.h>
#include <vector>

namespace esc::rt::trace {

namespace {

using nlohmann::json;

std::string hex(std::uintptr_t v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%zx", static_cast<std::size_t>(v));
  return buf;
}

std::string demangle(const char* sym) {
  int status = 0;
  char* d = abi::__cxa_demangle(sym, nullptr, nullptr, &status);
  std::string r = (status == 0 && d != nullptr) ? d : sym;
  std::free(d);
  return r;
}

// Names for code addresses: dladdr for exported symbols, then one batched
// `addr2line -f -C` per module for everything (static functions, coroutine
// clones, file:line). Only at trace-writing time; ESCAPEMENT_TRACE_SYMBOLIZE=0
// skips addr2line.
class symbolizer {
public:
  // `ret`: a return address (look up the call instruction before it).
  void want(std::uintptr_t addr, bool ret) { wanted_[addr] = ret; }

  void resolve() {
    std::map<std::string, std::vector<std::pair<std::uintptr_t, std::uintptr_t>>> by_module;
    for (auto [addr, ret] : wanted_) {
      entry& e = done_[addr];
      Dl_info info{};
      if (::dladdr(reinterpret_cast<void*>(addr), &info) == 0 || info.dli_fname == nullptr) continue;
      e.module = info.dli_fname;
      e.offset = addr - reinterpret_cast<std::uintptr_t>(info.dli_fbase);
      if (info.dli_sname != nullptr) {
        e.symbol = demangle(info.dli_sname);
        e.sym_offset = addr - reinterpret_cast<std::uintptr_t>(info.dli_saddr);
      }
      by_module[e.module].emplace_back(addr, ret ? e.offset - 1 : e.offset);
    }
    const char* env = std::getenv("ESCAPEMENT_TRACE_SYMBOLIZE");
    if (env != nullptr && std::string(env) == "0") return;
    for (auto& [module, addrs] : by_module) {
      for (std::size_t at = 0; at < addrs.size(); at += 256) {
        std::string cmd = "addr2line -f -C -e '" + module + "'";
        const std::size_t end = std::min(addrs.size(), at + 256);
        for (std::size_t i = at; i < end; ++i) cmd += " " + hex(addrs[i].second);
        cmd += " 2>/dev/null";
        FILE* f = ::popen(cmd.c_str(), "r");
        if (f == nullptr) return;
        char fn[4096], loc[4096];
        for (std::size_t i = at; i < end; ++i) {
          if (std::fgets(fn, sizeof fn, f) == nullptr || std::fgets(loc, sizeof loc, f) == nullptr) break;
          std::string func = trim(fn), where = trim(loc);
          entry& e = done_[addrs[i].first];
          if (func != "??" && e.symbol.empty()) e.symbol = func;
          if (!where.empty() && where.rfind("??", 0) != 0) {
            auto paren = where.find(" (discriminator");
            if (paren != std::string::npos) where.erase(paren);
            e.source = where;
          }
        }
        ::pclose(f);
      }
    }
  }

  json describe(std::uintptr_t addr, bool entry_point) const {
    json j;
    j["address"] = hex(addr);
    auto it = done_.find(addr);
    const entry* e = it != done_.end() ? &it->second : nullptr;
    std::string sym = e != nullptr ? e->symbol : std::string();
    if (entry_point) {  // coroutine resume clones
      for (const char* suffix : {" [clone .actor]", " (.resume)", " [clone .resume]"}) {
        auto pos = sym.rfind(suffix);
        if (pos != std::string::npos) sym.erase(pos);
      }
    }
    j["symbol"] = sym.empty() ? json(nullptr) : json(sym);
    j["source"] = (e != nullptr && !e->source.empty()) ? json(e->source) : json(nullptr);
    if (e != nullptr && !e->module.empty()) {
      j["module"] = e->module;
      j["offset"] = hex(e->offset);
    }
    return j;
  }

private:
  static std::string trim(const char* s) {
    std::string r(s);
    while (!r.empty() && (r.back() == '\n' || r.back() == '\r' || r.back() == ' ')) r.pop_back();
    return r;
  }
  struct entry {
    std::string module, symbol, source;
    std::uintptr_t offset = 0, sym_offset = 0;
  };
  std::map<std::uintptr_t, bool> wanted_;
  std::map<std::uintptr_t, entry> done_;
};

double ns_per_cycle() {
  std::uint64_t t0 = g_t0_tsc.load();
  std::int64_t n0 = g_t0_ns.load();
  auto now_ns = [] {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
  };
  if (t0 == 0 || now_ns() - n0 < 5'000'000) {  // too short to calibrate: measure
    t0 = rdtsc();
    n0 = now_ns();
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  const std::uint64_t t1 = rdtsc();
  const std::int64_t n1 = now_ns();
  return t1 > t0 ? static_cast<double>(n1 - n0) / static_cast<double>(t1 - t0) : 1.0;
}

struct scope_sum {
  std::uint64_t calls = 0, allocs = 0, bytes = 0, frees = 0, cyc_total = 0, cyc_min = 0, cyc_max = 0;
  std::uint64_t arena_peak = 0, pins = 0, unpins = 0, unbalanced = 0, pinned_max = 0;
};

struct kind_sum {
  std::uint64_t spawned = 0, completed = 0, polls = 0, cyc_total = 0, cyc_max_poll = 0;
  std::uint64_t life_total = 0, life_max = 0, allocs = 0, bytes = 0, pins = 0, unpins = 0,
                ended_pinned = 0;
};

json timing(std::uint64_t total, std::uint64_t mn, std::uint64_t mx, std::uint64_t n, double npc) {
  json t;
  t["min_cycles"] = mn;
  t["max_cycles"] = mx;
  t["total_cycles"] = total;
  t["min_ns"] = static_cast<std::uint64_t>(static_cast<double>(mn) * npc);
  t["max_ns"] = static_cast<std::uint64_t>(static_cast<double>(mx) * npc);
  t["total_ns"] = static_cast<std::uint64_t>(static_cast<double>(total) * npc);
  t["mean_ns"] = n ? static_cast<double>(total) * npc / static_cast<double>(n) : 0.0;
  return t;
}

} // namespace

std::string to_json() {
  suppress_guard quiet;
  const double npc = ns_per_cycle();
  const int nsites = g_nsites.load(std::memory_order_acquire);
  std::vector<scope_sum> scopes(static_cast<std::size_t>(nsites));
  std::map<std::pair<std::uintptr_t, std::int32_t>, std::pair<std::uint64_t, std::uint64_t>> calls;
  std::map<std::uintptr_t, kind_sum> kinds;
  std::uint64_t allocs = 0, bytes = 0, frees = 0, pins = 0, unpins = 0, dropped_sites = 0,
                dropped_kinds = 0, threads = 0;

  for (thread_block* b = g_blocks.load(std::memory_order_acquire); b != nullptr; b = b->next) {
    ++threads;
    allocs += get(b->unsited_allocs);
    bytes += get(b->unsited_bytes);
    frees += get(b->frees);
    pins += get(b->pins);
    unpins += get(b->unpins);
    dropped_sites += get(b->dropped_sites);
    dropped_kinds += get(b->dropped_kinds);
    for (int i = 0; i < nsites; ++i) {
      const scope_stats& s = b->scopes[i];
      const std::uint64_t calls_i = get(s.calls);
      if (calls_i == 0) continue;
      scope_sum& d = scopes[static_cast<std::size_t>(i)];
      d.cyc_min = d.calls == 0 ? get(s.cyc_min) : std::min(d.cyc_min, get(s.cyc_min));
      d.calls += calls_i;
      d.allocs += get(s.allocs);
      d.bytes += get(s.bytes);
      d.frees += get(s.frees);
      d.cyc_total += get(s.cyc_total);
      d.cyc_max = std::max(d.cyc_max, get(s.cyc_max));
      d.arena_peak = std::max(d.arena_peak, get(s.arena_peak));
      d.pins += get(s.pins);
      d.unpins += get(s.unpins);
      d.unbalanced += get(s.unbalanced);
      d.pinned_max = std::max(d.pinned_max, get(s.pinned_max));
    }
    for (const call_site& c : b->calls) {
      const std::uintptr_t a = c.addr.load(std::memory_order_relaxed);
      if (a == 0) continue;
      auto& v = calls[{a, c.scope.load(std::memory_order_relaxed)}];
      v.first += get(c.allocs);
      v.second += get(c.bytes);
      allocs += get(c.allocs);
      bytes += get(c.bytes);
    }
    for (const kind_stats& k : b->kinds) {
      const std::uintptr_t fn = k.fn.load(std::memory_order_relaxed);
      if (fn == 0) continue;
      kind_sum& d = kinds[fn];
      d.spawned += get(k.spawned);
      d.completed += get(k.completed);
      d.polls += get(k.polls);
      d.cyc_total += get(k.cyc_total);
      d.cyc_max_poll = std::max(d.cyc_max_poll, get(k.cyc_max_poll));
      d.life_total += get(k.life_total);
      d.life_max = std::max(d.life_max, get(k.life_max));
      d.allocs += get(k.allocs);
      d.bytes += get(k.bytes);
      d.pins += get(k.pins);
      d.unpins += get(k.unpins);
      d.ended_pinned += get(k.ended_pinned);
    }
  }

  symbolizer names;
  for (const auto& [key, v] : calls) names.want(key.first, true);
  for (const auto& [fn, k] : kinds) names.want(fn, false);
  std::vector<long_poll_record> long_polls;
  std::uint64_t retakes = 0;
  {
    std::size_t n = 0;
    long_poll_record* r = long_polls_lock(n, retakes);
    long_polls.assign(r, r + n);
    long_polls_unlock();
  }
  for (const long_poll_record& r : long_polls) names.want(r.fn, false);
  names.resolve();

  json out;
  out["version"] = 1;
  out["tool"] = "escapement-rt";
  out["pid"] = static_cast<long>(::getpid());
  out["clock"] = {{"ns_per_cycle", npc}, {"source", "rdtsc"}};
  out["totals"] = {{"allocs", allocs},
                   {"alloc_bytes", bytes},
                   {"frees", frees},
                   {"pins", pins},
                   {"unpins", unpins},
                   {"pinned_threads_max", g_pinned_max.load()},
                   {"pinned_threads_now", pinned_threads()},
                   {"threads", threads}};

  json jscopes = json::array();
  for (int i = 0; i < nsites; ++i) {
    const scope_sum& s = scopes[static_cast<std::size_t>(i)];
    const site* st = g_sites[i];
    json j;
    j["name"] = st->name;
    j["file"] = st->file;
    j["line"] = st->line;
    j["calls"] = s.calls;
    j["allocs"] = s.allocs;
    j["alloc_bytes"] = s.bytes;
    j["frees"] = s.frees;
    j["arena_peak_bytes"] = s.arena_peak;
    j["pins"] = s.pins;
    j["unpins"] = s.unpins;
    j["unbalanced_calls"] = s.unbalanced;
    j["pinned_threads_max"] = s.pinned_max;
    j["time"] = timing(s.cyc_total, s.cyc_min, s.cyc_max, s.calls, npc);
    json sites = json::array();
    for (const auto& [key, v] : calls) {
      if (key.second != i + 1) continue;
      json c = names.describe(key.first, false);
      c["allocs"] = v.first;
      c["bytes"] = v.second;
      sites.push_back(std::move(c));
    }
    j["sites"] = std::move(sites);
    jscopes.push_back(std::move(j));
  }
  out["scopes"] = std::move(jscopes);

  json jtasks = json::array();
  for (const auto& [fn, k] : kinds) {
    json j = names.describe(fn, true);
    j["entry"] = j["symbol"];
    j.erase("symbol");
    j["spawned"] = k.spawned;
    j["completed"] = k.completed;
    j["polls"] = k.polls;
    j["exec"] = timing(k.cyc_total, 0, k.cyc_max_poll, k.polls, npc);
    j["exec"].erase("min_cycles");
    j["exec"].erase("min_ns");
    j["lifetime"] = timing(k.life_total, 0, k.life_max, k.completed, npc);
    j["lifetime"].erase("min_cycles");
    j["lifetime"].erase("min_ns");
    j["allocs"] = k.allocs;
    j["alloc_bytes"] = k.bytes;
    j["pins"] = k.pins;
    j["unpins"] = k.unpins;
    j["ended_pinned"] = k.ended_pinned;
    jtasks.push_back(std::move(j));
  }
  out["tasks"] = std::move(jtasks);

  // Destroyed arenas (recorded by their destructors) and the ones still
  // alive now, merged by name.
  struct arena_sum {
    std::uint64_t instances = 0, alive = 0, capacity = 0, peak = 0, overflows = 0;
  };
  std::vector<std::pair<std::string, arena_sum>> arenas;
  auto arena_slot = [&arenas](const char* name) -> arena_sum& {
    const std::string key = name != nullptr ? name : "";
    for (auto& [k, v] : arenas)
      if (k == key) return v;
    return arenas.emplace_back(key, arena_sum{}).second;
  };
  {
    std::size_t n = 0;
    arena_record* a = arenas_lock(n);
    for (std::size_t i = 0; i < n; ++i) {
      arena_sum& d = arena_slot(a[i].name);
      d.instances += a[i].instances;
      d.capacity = std::max(d.capacity, a[i].capacity);
      d.peak = std::max(d.peak, a[i].peak);
      d.overflows += a[i].overflows;
    }
    arenas_unlock();
  }
  struct live_ctx {
    decltype(arena_slot)* slot;
  } lc{&arena_slot};
  detail::trace_live_arenas(
      [](void* c, const char* name, std::size_t capacity, std::size_t peak, std::size_t overflows) {
        arena_sum& d = (*static_cast<live_ctx*>(c)->slot)(name);
        ++d.instances;
        ++d.alive;
        d.capacity = std::max<std::uint64_t>(d.capacity, capacity);
        d.peak = std::max<std::uint64_t>(d.peak, peak);
        d.overflows += overflows;
      },
      &lc);
  json jarenas = json::array();
  for (const auto& [name, d] : arenas)
    jarenas.push_back({{"name", name},
                       {"instances", d.instances},
                       {"alive", d.alive},
                       {"capacity", d.capacity},
                       {"peak_bytes", d.peak},
                       {"overflows", d.overflows}});
  out["arenas"] = std::move(jarenas);

  json jlong = json::array();
  for (const long_poll_record& r : long_polls) {
    json j = names.describe(r.fn, true);
    j["entry"] = j["symbol"];
    j.erase("symbol");
    j["count"] = r.count;
    j["max_observed_ns"] = r.max_ns;
    jlong.push_back(std::move(j));
  }
  out["watchdog"] = {{"long_polls", std::move(jlong)}, {"retakes", retakes}};

  json jsites = json::array();
  for (const auto& [key, v] : calls) {
    json c = names.describe(key.first, false);
    c["scope"] = key.second > 0 ? json(g_sites[key.second - 1]->name) : json(nullptr);
    c["allocs"] = v.first;
    c["bytes"] = v.second;
    jsites.push_back(std::move(c));
  }
  out["sites"] = std::move(jsites);
  out["dropped"] = {{"sites", dropped_sites}, {"tasks", dropped_kinds}};
  return out.dump(2);
}

bool write(const char* path) {
  suppress_guard quiet;
  if (path == nullptr || *path == '\0') return true;
  const std::string text = to_json();
  const std::string tmp = std::string(path) + ".tmp" + std::to_string(::getpid());
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    if (!f) return false;
    f << text << '\n';
    if (!f.flush()) return false;
  }
  return std::rename(tmp.c_str(), path) == 0;
}

const char* default_path() noexcept {
  const char* p = std::getenv("ESCAPEMENT_TRACE");
  return p != nullptr ? p : "escapement-trace.json";
}

} // namespace esc::rt::trace
