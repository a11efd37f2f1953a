// Claims vs trace. A claim names a function (the name the user also gave to
// ESC_TRACE_SCOPE); all trace scopes with that name are merged (sums for
// counts, extremes for peaks and times), then each claim kind is one
// comparison. Input errors are detected up front so that a malformed file
// yields status 2 and no partial report.
#include <escapement/verify.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <map>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

namespace esc::verify {

namespace {

using nlohmann::json;

struct observed {
  std::uint64_t calls = 0, allocs = 0, alloc_bytes = 0, arena_peak = 0, unbalanced = 0;
  std::uint64_t pins = 0, unpins = 0, max_ns = 0, min_ns = UINT64_MAX;
  bool timed = false;  // some scope with calls carried a "time" object
  std::string where;  // "file:line" of the first scope with this name
  std::vector<std::pair<std::uint64_t, std::string>> sites;  // allocs, description
};

struct claim {
  std::string kind, function, file;
  long line = 0;
  std::optional<std::uint64_t> bytes, max_ns, min_ns;
  std::string profile;  // time_proven: the cost model of the numbers
  bool tight = false;   // proven numbers some feasible execution reaches
};

bool load(const std::string& path, const char* what, json& j, std::ostream& err) {
  std::ifstream f(path);
  if (!f) {
    err << "escapement verify: cannot open " << what << " file '" << path << "'\n";
    return false;
  }
  try {
    j = json::parse(f);
  } catch (const json::exception& e) {
    err << "escapement verify: " << what << " file '" << path << "' is not valid JSON: " << e.what()
        << "\n";
    return false;
  }
  if (!j.is_object()) {
    err << "escapement verify: " << what << " file '" << path << "' must hold a JSON object\n";
    return false;
  }
  return true;
}

std::optional<std::uint64_t> number(const json& c, const char* key, bool& bad) {
  auto it = c.find(key);
  if (it == c.end() || it->is_null()) return std::nullopt;
  if (!it->is_number_integer() && !it->is_number_unsigned()) {
    bad = true;
    return std::nullopt;
  }
  if (it->is_number_integer() && it->get<std::int64_t>() < 0) {
    bad = true;
    return std::nullopt;
  }
  return it->get<std::uint64_t>();
}

bool parse_claims(const json& j, const std::string& path, std::vector<claim>& out, std::ostream& err) {
  auto fail = [&](std::size_t i, const std::string& msg) {
    err << "escapement verify: " << path << ": claim " << i << ": " << msg << "\n";
    return false;
  };
  if (j.contains("version") && j["version"] != 1) {
    err << "escapement verify: " << path << ": unsupported claims version " << j["version"].dump()
        << " (expected 1)\n";
    return false;
  }
  auto it = j.find("claims");
  if (it == j.end() || !it->is_array()) {
    err << "escapement verify: " << path << ": missing \"claims\" array\n";
    return false;
  }
  for (std::size_t i = 0; i < it->size(); ++i) {
    const json& c = (*it)[i];
    if (!c.is_object()) return fail(i, "not an object");
    claim cl;
    if (!c.contains("kind") || !c["kind"].is_string()) return fail(i, "missing string \"kind\"");
    if (!c.contains("function") || !c["function"].is_string() || c["function"].get<std::string>().empty())
      return fail(i, "missing string \"function\"");
    cl.kind = c["kind"];
    cl.function = c["function"];
    if (c.contains("file") && c["file"].is_string()) cl.file = c["file"];
    if (c.contains("line") && c["line"].is_number_integer()) cl.line = c["line"];
    bool bad = false;
    cl.bytes = number(c, "bytes", bad);
    cl.max_ns = number(c, "max_ns", bad);
    cl.min_ns = number(c, "min_ns", bad);
    if (bad) return fail(i, "\"bytes\", \"max_ns\" and \"min_ns\" must be non-negative integers");
    if (c.contains("profile") && c["profile"].is_string()) cl.profile = c["profile"];
    if (c.contains("tight") && c["tight"].is_boolean()) cl.tight = c["tight"];
    if ((cl.kind == "arena_bound" || cl.kind == "arena_peak") && !cl.bytes)
      return fail(i, cl.kind + " needs \"bytes\"");
    if (cl.kind == "time_proven" && !cl.max_ns) return fail(i, "time_proven needs \"max_ns\"");
    if (cl.kind == "time_bound" && !cl.max_ns && !cl.min_ns)
      return fail(i, "time_bound needs \"max_ns\" and/or \"min_ns\"");
    if (cl.kind != "noalloc" && cl.kind != "arena_bound" && cl.kind != "time_bound" &&
        cl.kind != "pin_balance" && cl.kind != "time_proven" && cl.kind != "arena_peak")
      return fail(i, "unknown kind \"" + cl.kind +
                         "\" (noalloc, arena_bound, time_bound, pin_balance, time_proven, arena_peak)");
    out.push_back(std::move(cl));
  }
  return true;
}

std::uint64_t u64(const json& j, const char* key) {
  auto it = j.find(key);
  return (it != j.end() && it->is_number()) ? it->get<std::uint64_t>() : 0;
}

bool parse_trace(const json& j, const std::string& path, std::map<std::string, observed>& out,
                 std::ostream& err) {
  if (j.contains("version") && j["version"] != 1) {
    err << "escapement verify: " << path << ": unsupported trace version " << j["version"].dump() << "\n";
    return false;
  }
  auto it = j.find("scopes");
  if (it == j.end() || !it->is_array()) {
    err << "escapement verify: " << path << ": missing \"scopes\" array (not an Escapement trace?)\n";
    return false;
  }
  for (const json& s : *it) {
    if (!s.is_object() || !s.contains("name") || !s["name"].is_string()) {
      err << "escapement verify: " << path << ": a scope without a \"name\"\n";
      return false;
    }
    observed& o = out[s["name"].get<std::string>()];
    const std::uint64_t calls = u64(s, "calls");
    if (o.where.empty() && s.contains("file") && s["file"].is_string())
      o.where = s["file"].get<std::string>() + ":" + std::to_string(u64(s, "line"));
    o.calls += calls;
    o.allocs += u64(s, "allocs");
    o.alloc_bytes += u64(s, "alloc_bytes");
    o.arena_peak = std::max(o.arena_peak, u64(s, "arena_peak_bytes"));
    o.unbalanced += u64(s, "unbalanced_calls");
    o.pins += u64(s, "pins");
    o.unpins += u64(s, "unpins");
    if (calls != 0 && s.contains("time") && s["time"].is_object()) {
      o.max_ns = std::max(o.max_ns, u64(s["time"], "max_ns"));
      o.min_ns = std::min(o.min_ns, u64(s["time"], "min_ns"));
      o.timed = true;
    }
    if (s.contains("sites") && s["sites"].is_array())
      for (const json& site : s["sites"]) {
        std::string d = site.contains("symbol") && site["symbol"].is_string()
                            ? site["symbol"].get<std::string>()
                            : site.value("address", std::string("?"));
        if (site.contains("source") && site["source"].is_string())
          d += " at " + site["source"].get<std::string>();
        else if (site.contains("module") && site["module"].is_string())
          d += " (" + site["module"].get<std::string>() + "+" + site.value("offset", std::string("?")) + ")";
        o.sites.emplace_back(u64(site, "allocs"), std::move(d));
      }
  }
  for (auto& [name, o] : out)
    std::sort(o.sites.begin(), o.sites.end(), [](auto& a, auto& b) { return a.first > b.first; });
  return true;
}

std::string ratio(std::uint64_t observed, std::uint64_t proven) {
  if (proven == 0) return observed == 0 ? "1.00" : "inf";
  std::ostringstream s;
  s.setf(std::ios::fixed);
  s.precision(2);
  s << static_cast<double>(observed) / static_cast<double>(proven);
  return s.str();
}

std::string location(const claim& c) {
  if (c.file.empty()) return "<unknown>";
  return c.file + ":" + std::to_string(c.line);
}

} // namespace

int run(const std::string& claimsPath, const std::string& tracePath, std::ostream& out,
        std::ostream& err) {
  json cj, tj;
  if (!load(claimsPath, "claims", cj, err) || !load(tracePath, "trace", tj, err)) return 2;
  std::vector<claim> claims;
  std::map<std::string, observed> scopes;
  if (!parse_claims(cj, claimsPath, claims, err) || !parse_trace(tj, tracePath, scopes, err)) return 2;

  std::size_t held = 0, contradicted = 0, unexercised = 0;
  for (const claim& c : claims) {
    auto it = scopes.find(c.function);
    if (it == scopes.end() || it->second.calls == 0) {
      ++unexercised;
      out << location(c) << ": not exercised: " << c.kind << " claim for '" << c.function
          << "' (no calls recorded in the trace)\n";
      continue;
    }
    const observed& o = it->second;
    std::ostringstream why;
    if (c.kind == "noalloc") {
      if (o.allocs != 0) {
        why << "claims no heap allocation; observed " << o.allocs << " allocation(s), " << o.alloc_bytes
            << " bytes in " << o.calls << " call(s)";
        if (!o.sites.empty()) why << "; top call site " << o.sites.front().second;
      }
    } else if (c.kind == "arena_bound") {
      if (o.arena_peak > *c.bytes)
        why << "claims arena use <= " << *c.bytes << " bytes per call; observed peak " << o.arena_peak
            << " bytes over " << o.calls << " call(s)";
    } else if (c.kind == "time_bound") {
      if (c.max_ns && o.max_ns > *c.max_ns)
        why << "claims every call takes <= " << *c.max_ns << " ns; observed max " << o.max_ns << " ns over "
            << o.calls << " call(s)";
      else if (c.min_ns && o.min_ns < *c.min_ns)
        why << "claims every call takes >= " << *c.min_ns << " ns; observed min " << o.min_ns << " ns over "
            << o.calls << " call(s)";
    } else if (c.kind == "arena_peak") {
      // The proven peak is a maximum over every feasible execution: a run
      // above it refutes the proof; a run at it shows the proof is exact.
      if (o.arena_peak > *c.bytes)
        why << "claims a proven arena peak of " << *c.bytes << " bytes per call; observed peak "
            << o.arena_peak << " bytes over " << o.calls << " call(s)";
      else
        out << location(c) << ": arena peak of '" << c.function << "': observed " << o.arena_peak
            << " of " << *c.bytes << " bytes proven"
            << (o.arena_peak == *c.bytes ? " (exact)"
                : c.tight ? " (below: the run did not take the worst path)"
                          : " (below: the proven peak is an upper bound only)")
            << "\n";
    } else if (c.kind == "time_proven") {
      // Proven under the claim's cost model, not this machine's clock: the
      // ratio says how the model fits the run, it contradicts nothing.
      if (!o.timed) {
        out << location(c) << ": time claim for '" << c.function
            << "' not checked: the trace carries no timings for it\n";
      } else {
        out << location(c) << ": tightness of '" << c.function << "': observed max " << o.max_ns
            << " ns / proven worst " << *c.max_ns << " ns = " << ratio(o.max_ns, *c.max_ns);
        if (c.min_ns)
          out << "; observed min " << o.min_ns << " ns / proven best " << *c.min_ns << " ns = "
              << ratio(o.min_ns, *c.min_ns);
        out << " (profile " << (c.profile.empty() ? "unknown" : c.profile) << ")\n";
      }
    } else if (c.kind == "pin_balance") {
      if (o.unbalanced != 0)
        why << "claims pins are balanced; observed " << o.unbalanced << " of " << o.calls
            << " call(s) unbalanced (" << o.pins << " pins, " << o.unpins << " unpins)";
    }
    if (why.str().empty()) {
      ++held;
      continue;
    }
    ++contradicted;
    out << location(c) << ": contradiction: " << c.kind << " claim for '" << c.function << "' "
        << why.str() << " [observed at " << (o.where.empty() ? "<unknown>" : o.where) << "]\n";
  }
  out << "escapement verify: " << claims.size() << " claim(s): " << held << " hold, " << contradicted
      << " contradicted, " << unexercised << " not exercised\n";
  return contradicted != 0 ? 1 : 0;
}

} // namespace esc::verify
