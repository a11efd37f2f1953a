#include "core/CheckInfo.h"
#include "report/Finding.h"
#include "report/Sarif.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace esc;

namespace {
// Registered the way a check registers itself: at static initialisation.
RegisterCheckInfo ErrorCheck(CheckInfo{"bound-test-window", "short", "full", "help", "error",
                                       {"latency"}, "high", "docs/checks/bound/test-window.md"});
RegisterCheckInfo WarningCheck(CheckInfo{"pin-test-leak", "short", "full", "help", "warning",
                                         {}, "medium", ""});
} // namespace

TEST(CheckInfo, ErrorLevelChecksAreTheContractChecks) {
  std::string Glob = contractChecksGlob();
  EXPECT_NE(Glob.find("bound-test-window"), std::string::npos);
  EXPECT_EQ(Glob.find("pin-test-leak"), std::string::npos);
}

TEST(CheckInfo, DefaultChecksAreEveryModuleAndOnlyThose) {
  EXPECT_EQ(defaultChecksGlob(), "-*,heap-*,pin-*,send-*,bound-*");
}

TEST(CheckInfo, ModulesNameOurChecks) {
  EXPECT_TRUE(isEscapementCheckId("send-capture"));
  EXPECT_FALSE(isEscapementCheckId("heap"));
  EXPECT_FALSE(isEscapementCheckId("bugprone-use-after-move"));
  ASSERT_NE(findCheck("pin-test-leak"), nullptr);
  EXPECT_EQ(findCheck("pin-test-leak")->DefaultLevel, "warning");
  EXPECT_EQ(findCheck("pin-test-nothing"), nullptr);
}

TEST(CheckInfo, SarifRulesReadTheRegistry) {
  report::Report R;
  R.EnabledChecks = {"bound-test-window"};
  nlohmann::json Log = nlohmann::json::parse(report::toSARIF(R));
  const auto &Rule = Log["runs"][0]["tool"]["driver"]["rules"][0];
  EXPECT_EQ(Rule["id"], "bound-test-window");
  EXPECT_EQ(Rule["defaultConfiguration"]["level"], "error");
  EXPECT_EQ(Rule["shortDescription"]["text"], "short");
}
