//===- EvidenceSample.h - A hand-built report with every kind of evidence -===//
//
// No check fills a counterexample or a related declaration yet; this report
// does, so the writers can be tested on them (SarifTest.cpp) and their output
// validated against the SARIF schema (test/report/evidence-sample.test, with
// escapement-report-sample writing it).
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_TEST_EVIDENCESAMPLE_H
#define ESCAPEMENT_TEST_EVIDENCESAMPLE_H

#include "report/Finding.h"

namespace esc::report {

/// src/a.cpp of the sample, the lines its positions point at.
inline const char *evidenceSampleSource() {
  return "#include <escapement/annotations.hpp>\n"              // 1
         "ESC_DEADLINE_NS(1000) void tick(int n) {\n"           // 2
         "  for (int i = 0; i < n; ++i) step();\n"              // 3
         "  flush();\n"                                         // 4
         "}\n"                                                  // 5
         "task<void> relay(channel<int> &c) {\n"                // 6
         "  std::unique_lock<std::mutex> held(m);\n"            // 7
         "  co_await c.recv();\n"                               // 8
         "}\n";                                                 // 9
}

inline Report evidenceSample(const std::string &Root) {
  Report R;
  R.ToolVersion = "0.1.0";
  R.SourceRoot = Root;
  R.EnabledChecks = {"bound-deadline", "send-across-await"};

  Finding B;
  B.Check = "bound-deadline";
  B.Severity = Level::Error;
  B.Message = "'tick' can take 1200 ns; its deadline is 1000 ns";
  B.Loc = {"src/a.cpp", 2, 28};
  B.Notes = {{"the loop runs 3 times", {"src/a.cpp", 3, 3}, NoteRole::Step},
             {"'flush' costs 600 ns", {"src/a.cpp", 4, 3}, NoteRole::Step},
             {"'tick' is declared ESC_DEADLINE_NS(1000) here", {"src/a.cpp", 2, 28},
              NoteRole::Contract}};
  Counterexample C;
  C.Steps = {{{"src/a.cpp", 2, 28}, "'tick' is entered", {{"cost", "0 ns"}}},
             {{"src/a.cpp", 3, 33}, "'step' runs 3 times", {{"cost", "600 ns"}, {"i", "3"}}},
             {{"src/a.cpp", 4, 3}, "'flush' returns", {{"cost", "1200 ns"}}}};
  C.Inputs = {{"n", "3"}};
  B.Witness = C;
  R.Findings.push_back(B);

  Finding S;
  S.Check = "send-across-await";
  S.Severity = Level::Warning;
  S.Message = "'held' is not Send and lives across this co_await";
  S.Loc = {"src/a.cpp", 8, 3};
  S.Notes = {{"'held' is declared here", {"src/a.cpp", 7, 32}, NoteRole::Related}};
  R.Findings.push_back(S);
  R.Files = {{"src/a.cpp", true, ""}};
  return R;
}

} // namespace esc::report

#endif
