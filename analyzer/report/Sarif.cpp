#include "Sarif.h"

#include "core/CheckInfo.h"
#include "Fingerprint.h"

#include "llvm/ADT/STLExtras.h"
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

  /// SARIF's property bag of messages: {"name": {"text": value}}.
  static json state(const std::vector<NamedValue> &Vs) {
    json S = json::object();
    for (const NamedValue &V : Vs)
      S[V.Name] = {{"text", V.Value}};
    return S;
  }

  /// threadFlowLocations in order; where the path starts and where it ends
  /// up are essential, the steps between important.
  json flowSteps(const std::vector<std::pair<std::string, Location>> &Path,
                 const std::vector<const std::vector<NamedValue> *> &States) {
    auto Steps = json::array();
    for (size_t I = 0; I < Path.size(); ++I) {
      bool Essential = I == 0 || I + 1 == Path.size();
      json Step = {{"location", {{"message", {{"text", Path[I].first}}},
                                 {"physicalLocation", physical(Path[I].second)}}},
                   {"importance", Essential ? "essential" : "important"},
                   {"executionOrder", I + 1}};
      if (I < States.size() && !States[I]->empty())
        Step["state"] = state(*States[I]);
      Steps.push_back(std::move(Step));
    }
    return Steps;
  }

  /// A counterexample as its own code flow: the path with the values at each
  /// step, the input values as the thread's initial state.
  json witnessFlow(const Counterexample &C) {
    std::vector<std::pair<std::string, Location>> Path;
    std::vector<const std::vector<NamedValue> *> States;
    for (const PathStep &S : C.Steps) {
      Path.push_back({S.Message, S.Loc});
      States.push_back(&S.Values);
    }
    json Thread = {{"locations", flowSteps(Path, States)}};
    if (!C.Inputs.empty())
      Thread["initialState"] = state(C.Inputs);
    return {{"message", {{"text", "counterexample: a path and input values that break the "
                                  "contract"}}},
            {"threadFlows", json::array({std::move(Thread)})}};
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

    if (!Notes.empty()) {
      auto Related = json::array();
      for (size_t I = 0; I < Notes.size(); ++I)
        Related.push_back({{"id", I + 1},
                           {"message", {{"text", Notes[I]->Message}}},
                           {"physicalLocation", physical(Notes[I]->Loc)}});
      Res["relatedLocations"] = std::move(Related);
    }

    auto Flows = json::array();
    // The chain a viewer steps through: the finding, then each step note.
    // The contract, a fix's explanation and a related declaration are no
    // steps; they stay related locations. Notes of a check that records no
    // roles (another tool's) are all steps, in order.
    bool Roled = llvm::any_of(Notes, [](const Note *N) { return N->Role != NoteRole::Note; });
    std::vector<std::pair<std::string, Location>> Chain;
    for (const Note *N : Notes)
      if (!Roled || N->Role == NoteRole::Step)
        Chain.push_back({N->Message, N->Loc});
    if (!Chain.empty()) {
      Chain.insert(Chain.begin(), {F.Message, F.Loc});
      Flows.push_back({{"threadFlows", json::array({{{"locations", flowSteps(Chain, {})}}})}});
    }
    if (F.Witness && !F.Witness->Steps.empty())
      Flows.push_back(witnessFlow(*F.Witness));
    if (!Flows.empty())
      Res["codeFlows"] = std::move(Flows);
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
