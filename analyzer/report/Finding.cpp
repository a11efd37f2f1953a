#include "Finding.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <tuple>

namespace esc::report {

const char *levelName(Level L) {
  switch (L) {
  case Level::Note: return "note";
  case Level::Warning: return "warning";
  case Level::Error: return "error";
  }
  return "warning";
}

const Note *firstNote(const Finding &F, NoteRole R) {
  for (const Note &N : F.Notes)
    if (N.Role == R)
      return &N;
  return nullptr;
}

void canonicalize(Report &R) {
  auto Key = [](const Finding &F) {
    return std::tie(F.Loc.File, F.Loc.Line, F.Loc.Column, F.Check, F.Message);
  };
  std::sort(R.Findings.begin(), R.Findings.end(),
                   [&](const Finding &A, const Finding &B) { return Key(A) < Key(B); });
  R.Findings.erase(std::unique(R.Findings.begin(), R.Findings.end(),
                               [&](const Finding &A, const Finding &B) {
                                 return Key(A) == Key(B);
                               }),
                   R.Findings.end());
  std::sort(R.Files.begin(), R.Files.end(),
            [](const FileStatus &A, const FileStatus &B) { return A.File < B.File; });
  std::sort(R.Audits.begin(), R.Audits.end(), [](const FunctionAudit &A, const FunctionAudit &B) {
    return std::tie(A.Pos.File, A.Pos.Line, A.Pos.Column, A.Function) <
           std::tie(B.Pos.File, B.Pos.Line, B.Pos.Column, B.Function);
  });
}

namespace {
// Keys in a reader's order (version first, findings before bookkeeping).
using json = nlohmann::ordered_json;

json loc(const Location &L) {
  return {{"file", L.File}, {"line", L.Line}, {"column", L.Column}};
}
json pos(const Location &L) { return {{"line", L.Line}, {"column", L.Column}}; }

json values(const std::vector<NamedValue> &Vs) {
  auto Out = json::array();
  for (const NamedValue &V : Vs)
    Out.push_back({{"name", V.Name}, {"value", V.Value}});
  return Out;
}

json counterexample(const Counterexample &C) {
  auto Steps = json::array();
  for (const PathStep &S : C.Steps) {
    json O = {{"message", S.Message}, {"location", loc(S.Loc)}};
    if (!S.Values.empty())
      O["values"] = values(S.Values);
    Steps.push_back(std::move(O));
  }
  return {{"steps", std::move(Steps)}, {"inputs", values(C.Inputs)}};
}

json srcPos(const SourcePos &P) {
  return {{"file", P.File}, {"line", P.Line}, {"column", P.Column}};
}

// What a proof rests on, for a user to audit: the numbers and every loop.
json audit(const FunctionAudit &F) {
  json O = {{"function", F.Function}, {"location", srcPos(F.Pos)}, {"contract", F.Contract},
            {"profile", F.Profile}};
  O["worst_ps"] = F.WorstPs ? json(*F.WorstPs) : json(nullptr);
  O["best_ps"] = F.BestPs ? json(*F.BestPs) : json(nullptr);
  if (F.UsesArena)
    O["arena_peak_bytes"] = F.PeakBytes ? json(*F.PeakBytes) : json(nullptr);
  O["tight"] = F.Tight;
  auto Loops = json::array();
  for (const LoopAudit &L : F.Loops)
    Loops.push_back({{"location", srcPos(L.Pos)},
                     {"text", L.Text},
                     {"min", L.Min},
                     {"max", L.Max ? json(*L.Max) : json(nullptr)},
                     {"source", L.Source}});
  O["loops"] = std::move(Loops);
  return O;
}
} // namespace

std::string toJSON(const Report &R) {
  json J;
  J["version"] = 1;
  J["tool"] = {{"name", "escapement"}, {"version", R.ToolVersion}};
  auto Findings = json::array();
  for (const Finding &F : R.Findings) {
    json O = {{"check", F.Check},
                        {"level", levelName(F.Severity)},
                        {"message", F.Message},
                        {"location", loc(F.Loc)}};
    auto Notes = json::array();
    for (const Note &N : F.Notes)
      Notes.push_back(
          {{"message", N.Message}, {"location", loc(N.Loc)}, {"role", roleName(N.Role)}});
    O["notes"] = std::move(Notes);
    if (!F.Fixes.empty()) {
      auto Fixes = json::array();
      for (const Fix &X : F.Fixes) {
        auto Edits = json::array();
        for (const Edit &E : X.Edits)
          Edits.push_back({{"file", E.Begin.File},
                           {"begin", pos(E.Begin)},
                           {"end", pos(E.End)},
                           {"text", E.Text}});
        Fixes.push_back({{"description", X.Description}, {"edits", std::move(Edits)}});
      }
      O["fixes"] = std::move(Fixes);
    }
    if (F.Witness)
      O["counterexample"] = counterexample(*F.Witness);
    if (F.Baseline != BaselineState::None)
      O["baseline"] = F.Baseline == BaselineState::Unchanged ? "unchanged" : "new";
    Findings.push_back(std::move(O));
  }
  J["findings"] = std::move(Findings);
  auto Files = json::array();
  for (const FileStatus &S : R.Files) {
    json O = {{"file", S.File}, {"analyzed", S.Analyzed}};
    if (!S.Error.empty())
      O["error"] = S.Error;
    Files.push_back(std::move(O));
  }
  J["files"] = std::move(Files);
  auto Claims = json::array();
  for (const Claim &C : R.Claims) {
    json O = {{"kind", C.Kind}, {"function", C.Function},
                        {"file", C.Pos.File}, {"line", C.Pos.Line}};
    if (C.Bytes)
      O["bytes"] = *C.Bytes;
    if (C.MaxNs)
      O["max_ns"] = *C.MaxNs;
    if (C.MinNs)
      O["min_ns"] = *C.MinNs;
    if (!C.Profile.empty())
      O["profile"] = C.Profile;
    if (C.Tight)
      O["tight"] = *C.Tight;
    Claims.push_back(std::move(O));
  }
  J["claims"] = std::move(Claims);
  if (R.Explained) {
    auto Audits = json::array();
    for (const FunctionAudit &F : R.Audits)
      Audits.push_back(audit(F));
    J["explain"] = {{"functions", std::move(Audits)}};
  }
  // Invalid UTF-8 (from a source line quoted in a message) must not abort.
  return J.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string toText(const Report &R) {
  std::string Out;
  auto line = [&](const Location &L, const char *Level, const std::string &Msg,
                  const std::string &Check) {
    Out += L.File + ":" + std::to_string(L.Line) + ":" + std::to_string(L.Column) + ": " +
           Level + ": " + Msg;
    if (!Check.empty())
      Out += " [" + Check + "]";
    Out += "\n";
  };
  for (const Finding &F : R.Findings) {
    if (F.Baseline == BaselineState::Unchanged)
      continue; // in the baseline: only new findings are printed
    line(F.Loc, levelName(F.Severity), F.Message, F.Check);
    for (const Note &N : F.Notes)
      line(N.Loc, "note", N.Message, "");
  }
  return Out;
}

} // namespace esc::report
