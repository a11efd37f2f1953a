#include "Sarif.h"

#include "CheckCatalog.h"

#include <nlohmann/json.hpp>

#include <map>

namespace esc::report {

namespace {
nlohmann::json physical(const Location &L) {
  nlohmann::json Region = {{"startLine", std::max(1u, L.Line)}};
  if (L.Column)
    Region["startColumn"] = L.Column;
  return {{"artifactLocation", {{"uri", L.File}, {"uriBaseId", "%SRCROOT%"}}},
          {"region", Region}};
}
} // namespace

std::string toSARIF(const Report &R) {
  std::map<std::string, size_t> RuleIndex;
  auto Rules = nlohmann::json::array();
  auto ruleFor = [&](const std::string &Id) -> size_t {
    auto It = RuleIndex.find(Id);
    if (It != RuleIndex.end())
      return It->second;
    nlohmann::json Rule = {{"id", Id}};
    if (const CheckInfo *C = findCheck(Id)) {
      Rule["shortDescription"] = {{"text", C->ShortDescription}};
      Rule["fullDescription"] = {{"text", C->FullDescription}};
      Rule["help"] = {{"text", C->HelpMarkdown}, {"markdown", C->HelpMarkdown}};
      Rule["defaultConfiguration"] = {{"level", C->DefaultLevel}};
      Rule["properties"] = {{"tags", C->Tags}, {"precision", C->Precision}};
    } else {
      Rule["shortDescription"] = {{"text", "Compiler diagnostic " + Id}};
      Rule["fullDescription"] = {{"text", "A diagnostic reported by the compiler front end."}};
      Rule["help"] = {{"text", "Fix the code so that it compiles."},
                      {"markdown", "Fix the code so that it compiles."}};
    }
    Rules.push_back(std::move(Rule));
    return RuleIndex[Id] = Rules.size() - 1;
  };

  auto Results = nlohmann::json::array();
  for (const Finding &F : R.Findings) {
    nlohmann::json Res = {{"ruleId", F.Check},
                          {"ruleIndex", ruleFor(F.Check)},
                          {"level", levelName(F.Severity)},
                          {"message", {{"text", F.Message}}},
                          {"locations", {{{"physicalLocation", physical(F.Loc)}}}}};
    auto Related = nlohmann::json::array();
    for (size_t I = 0; I < F.Notes.size(); ++I)
      Related.push_back({{"id", I},
                         {"message", {{"text", F.Notes[I].Message}}},
                         {"physicalLocation", physical(F.Notes[I].Loc)}});
    if (!Related.empty())
      Res["relatedLocations"] = std::move(Related);
    Results.push_back(std::move(Res));
  }

  bool AllAnalyzed = true;
  auto Notifications = nlohmann::json::array();
  for (const FileStatus &S : R.Files)
    if (!S.Analyzed) {
      AllAnalyzed = false;
      Notifications.push_back(
          {{"level", "error"},
           {"message", {{"text", "could not analyze " + S.File + ": " + S.Error}}},
           {"locations",
            {{{"physicalLocation",
               {{"artifactLocation", {{"uri", S.File}, {"uriBaseId", "%SRCROOT%"}}}}}}}}});
    }

  nlohmann::json Run = {
      {"tool",
       {{"driver",
         {{"name", "Escapement"},
          {"version", R.ToolVersion},
          {"semanticVersion", R.ToolVersion},
          {"informationUri", "https://github.com/escapement/escapement"},
          {"rules", Rules}}}}},
      {"originalUriBaseIds", {{"%SRCROOT%", {{"uri", "file://" + R.SourceRoot + "/"}}}}},
      {"invocations",
       {{{"executionSuccessful", AllAnalyzed},
         {"toolExecutionNotifications", Notifications}}}},
      {"columnKind", "utf16CodeUnits"},
      {"results", Results}};
  nlohmann::json Log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                        {"version", "2.1.0"},
                        {"runs", {Run}}};
  return Log.dump(2) + "\n";
}

} // namespace esc::report
