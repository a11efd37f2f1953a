#include "Sarif.h"

#include "core/CheckInfo.h"
#include "Fingerprint.h"

#include "llvm/Support/Path.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace esc::report {

// Keys are written sorted (nlohmann::json's std::map): the output does not
// depend on insertion order, so the same report always gives the same bytes.
using json = nlohmann::json;

std::string fileUri(llvm::StringRef AbsPath) {
  static const char Hex[] = "0123456789ABCDEF";
  std::string Out = "file://";
  for (unsigned char C : AbsPath) {
    bool Plain = (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z') || (C >= '0' && C <= '9') ||
                 C == '-' || C == '.' || C == '_' || C == '~' || C == '/';
    if (Plain) {
      Out += static_cast<char>(C);
    } else {
      Out += '%';
      Out += Hex[C >> 4];
      Out += Hex[C & 15];
    }
  }
  return Out;
}

namespace {

constexpr size_t MaxText = 1000; // GitHub: descriptions and help under 1024 chars

std::string clip(std::string S) {
  if (S.size() <= MaxText)
    return S;
  S.resize(MaxText - 3);
  // Do not cut a UTF-8 sequence in half.
  while (!S.empty() && (static_cast<unsigned char>(S.back()) & 0xC0) == 0x80)
    S.pop_back();
  if (!S.empty() && static_cast<unsigned char>(S.back()) >= 0xC0)
    S.pop_back();
  return S + "...";
}

/// A relative path inside the root, percent-encoded like a URI path.
std::string relativeUri(llvm::StringRef Path) {
  std::string U = fileUri(Path);
  return U.substr(strlen("file://"));
}

/// `heap-noalloc` -> `HeapNoalloc`: a readable name that differs from the id
/// (SARIF1001).
std::string ruleName(llvm::StringRef Id) {
  std::string Name;
  bool Up = true;
  for (char C : Id) {
    if (C == '-' || C == '.' || C == '_') {
      Up = true;
      continue;
    }
    Name += Up ? static_cast<char>(toupper(static_cast<unsigned char>(C))) : C;
    Up = false;
  }
  return Name;
}

const char *problemSeverity(llvm::StringRef Level) {
  return Level == "error" ? "error" : Level == "note" ? "recommendation" : "warning";
}

json ruleFor(const std::string &Id) {
  json Rule = {{"id", Id}, {"name", ruleName(Id)}};
  std::string Short, Full, Help, HelpMarkdown, Level = "warning", Precision = "medium", HelpUri;
  std::vector<std::string> Tags;
  if (const CheckInfo *C = findCheck(Id)) {
    Short = C->ShortDescription;
    Full = C->FullDescription;
    HelpMarkdown = C->HelpMarkdown;
    Level = C->DefaultLevel.empty() ? "warning" : C->DefaultLevel;
    Tags = C->Tags;
    Precision = C->Precision.empty() ? "medium" : C->Precision;
    if (!C->DocPath.empty())
      HelpUri = std::string(InformationUri) + "/blob/main/" + C->DocPath;
  } else if (llvm::StringRef(Id).starts_with("clang-diagnostic-")) {
    Short = "Compiler diagnostic " + Id.substr(strlen("clang-diagnostic-"));
    Full = "A diagnostic reported by the compiler front end while parsing the translation "
           "unit; an error means the file could not be analyzed.";
    HelpMarkdown = "Fix the code, or the compiler flags in the compilation database, so that "
                   "the file compiles with clang.";
    Level = Id == "clang-diagnostic-error" ? "error" : "warning";
    Tags = {"compiler"};
    Precision = "very-high";
    HelpUri = "https://clang.llvm.org/docs/DiagnosticsReference.html";
  } else {
    Short = "Escapement check " + Id;
    Full = "Findings of the Escapement check " + Id + ".";
    HelpMarkdown = "See the check's documentation page.";
    Tags = {"escapement"};
    llvm::StringRef Module, Rest;
    std::tie(Module, Rest) = llvm::StringRef(Id).split('-');
    if (isEscapementCheckId(Id))
      HelpUri = std::string(InformationUri) + "/blob/main/docs/checks/" + Module.str() + "/" +
                Rest.str() + ".md";
    else if (!Rest.empty()) // a clang-tidy check enabled alongside ours
      HelpUri = "https://clang.llvm.org/extra/clang-tidy/checks/" + Module.str() + "/" +
                Rest.str() + ".html";
  }
  // help.text is plain text: the markdown without its code spans' backquotes.
  Help = HelpMarkdown;
  Help.erase(std::remove(Help.begin(), Help.end(), '`'), Help.end());
  Rule["shortDescription"] = {{"text", clip(Short)}};
  Rule["fullDescription"] = {{"text", clip(Full.empty() ? Short : Full)}};
  std::string Markdown = HelpMarkdown;
  if (!HelpUri.empty())
    Markdown += "\n\n[Documentation](" + HelpUri + ")";
  if (Markdown.size() > MaxText)
    Markdown = HelpMarkdown;
  Rule["help"] = {{"text", clip(Help)}, {"markdown", clip(Markdown)}};
  if (!HelpUri.empty())
    Rule["helpUri"] = HelpUri;
  Rule["defaultConfiguration"] = {{"level", Level}};
  Rule["properties"] = {{"tags", Tags},
                        {"precision", Precision},
                        {"problem.severity", problemSeverity(Level)}};
  return Rule;
}

class Writer {
public:
  explicit Writer(const Report &R) : R(R), Sources(R.SourceRoot) {}

  json artifact(const std::string &File) const {
    if (llvm::sys::path::is_absolute(File))
      return {{"uri", fileUri(File)}};
    return {{"uri", relativeUri(File)}, {"uriBaseId", "%SRCROOT%"}};
  }

  json physical(const Location &L) {
    json P = {{"artifactLocation", artifact(L.File)}};
    if (L.Line) {
      Utf16Span S = Sources.tokenSpan(L.File, L.Line, L.Column);
      P["region"] = {{"startLine", L.Line},
                     {"startColumn", S.StartColumn},
                     {"endLine", L.Line},
                     {"endColumn", S.EndColumn}};
    }
    return P;
  }

  /// A fix-it as SARIF's fix: one artifactChange per file, its edits as
  /// replacements of deleted regions (UTF-16 columns, like every region).
  json fixes(const Finding &F) {
    auto Out = json::array();
    for (const Fix &X : F.Fixes) {
      std::map<std::string, json> ByFile;
      for (const Edit &E : X.Edits) {
        json &Change = ByFile[E.Begin.File];
        if (Change.is_null())
          Change = {{"artifactLocation", artifact(E.Begin.File)},
                    {"replacements", json::array()}};
        json Deleted = {
            {"startLine", E.Begin.Line},
            {"startColumn", Sources.utf16Column(E.Begin.File, E.Begin.Line, E.Begin.Column)},
            {"endLine", E.End.Line},
            {"endColumn", Sources.utf16Column(E.End.File, E.End.Line, E.End.Column)}};
        Change["replacements"].push_back(
            {{"deletedRegion", std::move(Deleted)}, {"insertedContent", {{"text", E.Text}}}});
      }
      auto Changes = json::array();
      for (auto &[File, Change] : ByFile)
        Changes.push_back(std::move(Change));
      Out.push_back({{"description", {{"text", X.Description}}},
                     {"artifactChanges", std::move(Changes)}});
    }
    return Out;
  }

  json result(const Finding &F, size_t RuleIndex) {
    json Res = {{"ruleId", F.Check},
                {"ruleIndex", RuleIndex},
                {"level", levelName(F.Severity)},
                {"message", {{"text", F.Message}}},
                {"locations", json::array({{{"physicalLocation", physical(F.Loc)}}})}};
    std::string Hash = F.LineHash.empty() ? Sources.lineHash(F.Loc.File, F.Loc.Line) : F.LineHash;
    if (!Hash.empty())
      Res["partialFingerprints"] = {{"primaryLocationLineHash", Hash}};
    if (F.Baseline != BaselineState::None)
      Res["baselineState"] = F.Baseline == BaselineState::Unchanged ? "unchanged" : "new";

    if (!F.Fixes.empty())
      Res["fixes"] = fixes(F);

    std::vector<const Note *> Notes;
    for (const Note &N : F.Notes)
      if (!N.Loc.File.empty())
        Notes.push_back(&N);
    if (Notes.empty())
      return Res;

    auto Related = json::array();
    for (size_t I = 0; I < Notes.size(); ++I)
      Related.push_back({{"id", I + 1},
                         {"message", {{"text", Notes[I]->Message}}},
                         {"physicalLocation", physical(Notes[I]->Loc)}});
    Res["relatedLocations"] = std::move(Related);

    // The chain a viewer steps through: the finding, then each note in order.
    // The ends (where it is reported, where it ends up) are essential.
    auto Steps = json::array();
    auto step = [&](const std::string &Msg, const Location &L, bool Essential) {
      Steps.push_back({{"location", {{"message", {{"text", Msg}}},
                                     {"physicalLocation", physical(L)}}},
                       {"importance", Essential ? "essential" : "important"},
                       {"executionOrder", Steps.size() + 1}});
    };
    step(F.Message, F.Loc, true);
    for (size_t I = 0; I < Notes.size(); ++I)
      step(Notes[I]->Message, Notes[I]->Loc, I + 1 == Notes.size());
    Res["codeFlows"] = json::array(
        {{{"threadFlows", json::array({{{"locations", std::move(Steps)}}})}}});
    return Res;
  }

  std::string write() {
    // Rules: every check that ran, and any other id a finding carries
    // (compiler diagnostics), sorted.
    std::set<std::string> Ids(R.EnabledChecks.begin(), R.EnabledChecks.end());
    for (const Finding &F : R.Findings)
      Ids.insert(F.Check);
    std::map<std::string, size_t> RuleIndex;
    auto Rules = json::array();
    for (const std::string &Id : Ids) {
      RuleIndex[Id] = Rules.size();
      Rules.push_back(ruleFor(Id));
    }

    auto Results = json::array();
    auto Notifications = json::array();
    bool AllAnalyzed = true;
    for (const FileStatus &S : R.Files)
      if (!S.Analyzed) {
        AllAnalyzed = false;
        Notifications.push_back(
            {{"level", "error"},
             {"message", {{"text", "could not analyze " + S.File + ": " + S.Error}}},
             {"locations", json::array({{{"physicalLocation",
                                          {{"artifactLocation", artifact(S.File)}}}}})}});
      }
    for (const Finding &F : R.Findings) {
      if (F.Loc.File.empty()) {
        // No source location (a command-line diagnostic): GitHub needs one
        // for a result, so it is a notification of the run instead.
        Notifications.push_back({{"level", levelName(F.Severity)},
                                 {"message", {{"text", F.Message + " [" + F.Check + "]"}}}});
        continue;
      }
      Results.push_back(result(F, RuleIndex[F.Check]));
    }

    json Invocation = {{"executionSuccessful", AllAnalyzed}};
    if (!Notifications.empty())
      Invocation["toolExecutionNotifications"] = std::move(Notifications);

    std::string Root = R.SourceRoot;
    if (Root.empty() || Root.back() != '/')
      Root += '/';
    json Run = {
        {"tool",
         {{"driver",
           {{"name", "Escapement"},
            {"fullName", "Escapement static analyzer for C++"},
            {"version", R.ToolVersion},
            {"semanticVersion", R.ToolVersion},
            {"informationUri", InformationUri},
            {"rules", std::move(Rules)}}}}},
        {"originalUriBaseIds", {{"%SRCROOT%", {{"uri", fileUri(Root)}}}}},
        {"invocations", json::array({std::move(Invocation)})},
        {"columnKind", "utf16CodeUnits"},
        {"results", std::move(Results)}};
    json Log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                {"version", "2.1.0"},
                {"runs", json::array({std::move(Run)})}};
    return Log.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
  }

private:
  const Report &R;
  SourceFiles Sources;
};

} // namespace

std::string toSARIF(const Report &R) { return Writer(R).write(); }

} // namespace esc::report
