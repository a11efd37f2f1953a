// escapement verify: true claims pass, false claims are caught, bad input is
// status 2; end to end against the trace of rt_trace_demo.
#include <escapement/verify.hpp>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace {

std::string tmp(const std::string& name) { return ::testing::TempDir() + "/esc-verify-" + name; }

std::string put(const std::string& name, const std::string& text) {
  std::string p = tmp(name);
  std::ofstream(p) << text;
  return p;
}

struct result {
  int status;
  std::string out, err;
};

result verify(const std::string& claims, const std::string& trace) {
  std::ostringstream out, err;
  int st = esc::verify::run(claims, trace, out, err);
  return {st, out.str(), err.str()};
}

const char* kTrace = R"({"version": 1, "tool": "escapement-rt", "scopes": [
  {"name": "gw::handle_packet", "file": "gw.cpp", "line": 10, "calls": 100, "allocs": 0, "alloc_bytes": 0,
   "arena_peak_bytes": 256, "pins": 0, "unpins": 0, "unbalanced_calls": 0,
   "time": {"min_ns": 120, "max_ns": 480}, "sites": []},
  {"name": "gw::parse", "file": "gw.cpp", "line": 20, "calls": 10, "allocs": 10, "alloc_bytes": 640,
   "arena_peak_bytes": 0, "unbalanced_calls": 0, "time": {"min_ns": 50, "max_ns": 900},
   "sites": [{"address": "0x1234", "symbol": "gw::parse(char const*)+0x42", "module": "demo", "offset": "0x1234", "allocs": 10, "bytes": 640}]},
  {"name": "gw::pin", "file": "gw.cpp", "line": 30, "calls": 4, "allocs": 0, "pins": 4, "unpins": 3,
   "unbalanced_calls": 1, "time": {"min_ns": 1, "max_ns": 2}, "sites": []}
]})";

TEST(Verify, TrueClaimsHold) {
  auto trace = put("t1.json", kTrace);
  auto claims = put("c1.json", R"({"version": 1, "tool": "escapement", "claims": [
    {"kind": "noalloc", "function": "gw::handle_packet", "file": "examples/gw.cpp", "line": 42},
    {"kind": "arena_bound", "function": "gw::handle_packet", "bytes": 256, "file": "examples/gw.cpp", "line": 42},
    {"kind": "time_bound", "function": "gw::handle_packet", "max_ns": 500, "min_ns": 100, "file": "examples/gw.cpp", "line": 42},
    {"kind": "pin_balance", "function": "gw::parse", "file": "examples/gw.cpp", "line": 60}
  ]})");
  auto r = verify(claims, trace);
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("4 claim(s): 4 hold, 0 contradicted, 0 not exercised"), std::string::npos) << r.out;
}

TEST(Verify, FalseClaimsAreCaughtOneLineEach) {
  auto trace = put("t2.json", kTrace);
  auto claims = put("c2.json", R"({"version": 1, "tool": "escapement", "claims": [
    {"kind": "noalloc", "function": "gw::parse", "file": "examples/gw.cpp", "line": 61},
    {"kind": "arena_bound", "function": "gw::handle_packet", "bytes": 128, "file": "examples/gw.cpp", "line": 42},
    {"kind": "time_bound", "function": "gw::parse", "max_ns": 500, "file": "examples/gw.cpp", "line": 61},
    {"kind": "time_bound", "function": "gw::handle_packet", "min_ns": 200, "file": "examples/gw.cpp", "line": 42},
    {"kind": "pin_balance", "function": "gw::pin", "file": "examples/gw.cpp", "line": 70},
    {"kind": "noalloc", "function": "gw::never_called", "file": "examples/gw.cpp", "line": 80}
  ]})");
  auto r = verify(claims, trace);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("examples/gw.cpp:61: contradiction: noalloc claim for 'gw::parse' claims no heap "
                       "allocation; observed 10 allocation(s), 640 bytes in 10 call(s); top call site "
                       "gw::parse(char const*)+0x42 (demo+0x1234) [observed at gw.cpp:20]"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("observed peak 256 bytes"), std::string::npos);
  EXPECT_NE(r.out.find("observed max 900 ns"), std::string::npos);
  EXPECT_NE(r.out.find("observed min 120 ns"), std::string::npos);
  EXPECT_NE(r.out.find("1 of 4 call(s) unbalanced (4 pins, 3 unpins)"), std::string::npos);
  EXPECT_NE(r.out.find("examples/gw.cpp:80: not exercised: noalloc claim for 'gw::never_called'"),
            std::string::npos);
  EXPECT_NE(r.out.find("6 claim(s): 0 hold, 5 contradicted, 1 not exercised"), std::string::npos) << r.out;
}

TEST(Verify, NotExercisedDoesNotFail) {
  auto trace = put("t3.json", kTrace);
  auto claims = put("c3.json", R"({"claims": [{"kind": "noalloc", "function": "x::y"}]})");
  auto r = verify(claims, trace);
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("not exercised"), std::string::npos);
}

TEST(Verify, BadInputIsStatusTwo) {
  auto trace = put("t4.json", kTrace);
  auto good = put("c4.json", R"({"claims": []})");
  EXPECT_EQ(verify(tmp("missing.json"), trace).status, 2);
  EXPECT_EQ(verify(good, tmp("missing.json")).status, 2);
  auto r = verify(put("c5.json", "{\"claims\": [ {\"kind\": "), trace);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("not valid JSON"), std::string::npos) << r.err;
  EXPECT_EQ(verify(put("c6.json", R"({"claims": [{"kind": "bogus", "function": "f"}]})"), trace).status, 2);
  EXPECT_EQ(verify(put("c7.json", R"({"claims": [{"kind": "arena_bound", "function": "f"}]})"), trace).status, 2);
  EXPECT_EQ(verify(put("c8.json", R"({"version": 2, "claims": []})"), trace).status, 2);
  EXPECT_EQ(verify(put("c9.json", R"([1, 2])"), trace).status, 2);
  EXPECT_EQ(verify(good, put("t5.json", R"({"version": 1})")).status, 2);
  EXPECT_EQ(verify(put("c10.json", R"({"claims": [{"kind": "time_bound", "function": "f", "max_ns": -3}]})"), trace).status, 2);
}

int sh(const std::string& cmd) {
  int st = std::system(cmd.c_str());
  return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

TEST(Verify, EndToEndAgainstARealTrace) {
  const std::string trace = tmp("demo-trace.json");
  std::remove(trace.c_str());
  ASSERT_EQ(sh("ESCAPEMENT_TRACE='" + trace + "' '" ESC_TRACE_DEMO_EXE "'"), 0);
  auto truth = put("demo-true.json", R"({"version": 1, "tool": "escapement", "claims": [
    {"kind": "noalloc", "function": "gw::handle_packet", "file": "trace_demo.cpp", "line": 14},
    {"kind": "arena_bound", "function": "gw::handle_packet", "bytes": 256, "file": "trace_demo.cpp", "line": 14},
    {"kind": "time_bound", "function": "gw::slow", "min_ns": 1000000, "file": "trace_demo.cpp", "line": 38},
    {"kind": "pin_balance", "function": "gw::pinned_io", "file": "trace_demo.cpp", "line": 30}
  ]})");
  EXPECT_EQ(sh("'" ESC_VERIFY_EXE "' --claims '" + truth + "' --trace '" + trace + "' > /dev/null"), 0);
  {
    // Arenas alive at exit are in the trace with their peak.
    std::ifstream f(trace);
    const nlohmann::json t = nlohmann::json::parse(f);
    bool session = false, gw = false;
    for (const auto& a : t["arenas"]) {
      if (a["name"] == "gw-session") {
        session = true;
        EXPECT_EQ(a["alive"], 1);
        EXPECT_EQ(a["peak_bytes"], 100);
        EXPECT_EQ(a["capacity"], 4096);
      }
      if (a["name"] == "gw-arena") {
        gw = true;
        EXPECT_EQ(a["peak_bytes"], 256);
      }
    }
    EXPECT_TRUE(session) << t["arenas"].dump();
    EXPECT_TRUE(gw) << t["arenas"].dump();
  }
  auto lie = put("demo-false.json", R"({"version": 1, "tool": "escapement", "claims": [
    {"kind": "noalloc", "function": "gw::parse", "file": "trace_demo.cpp", "line": 23},
    {"kind": "arena_bound", "function": "gw::handle_packet", "bytes": 255, "file": "trace_demo.cpp", "line": 14}
  ]})");
  std::ostringstream out, err;
  EXPECT_EQ(esc::verify::run(lie, trace, out, err), 1);
  EXPECT_NE(out.str().find("trace_demo.cpp:23: contradiction: noalloc claim for 'gw::parse'"), std::string::npos)
      << out.str();
  EXPECT_NE(out.str().find("gw::parse"), std::string::npos);
  EXPECT_EQ(sh("'" ESC_VERIFY_EXE "' --claims '" + lie + "' --trace '" + trace + "' > /dev/null"), 1);
  EXPECT_EQ(sh("'" ESC_VERIFY_EXE "' --claims '" + lie + "' > /dev/null 2>&1"), 2);
}

} // namespace
