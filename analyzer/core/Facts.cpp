#include "Facts.h"

#include <nlohmann/json.hpp>

namespace esc {

const char *allocKindName(AllocKind K) {
  switch (K) {
  case AllocKind::NewExpr: return "new-expression";
  case AllocKind::MallocFamily: return "malloc";
  case AllocKind::OperatorNew: return "operator-new";
  case AllocKind::Throw: return "exception";
  case AllocKind::CoroutineFrame: return "coroutine-frame";
  case AllocKind::StdFunction: return "std-function";
  case AllocKind::StdString: return "std-string";
  case AllocKind::StdAny: return "std-any";
  case AllocKind::Container: return "container";
  case AllocKind::SharedState: return "shared-state";
  case AllocKind::SmartPointer: return "smart-pointer";
  case AllocKind::TemporaryBuffer: return "temporary-buffer";
  case AllocKind::Regex: return "regex";
  case AllocKind::IOStream: return "iostream";
  case AllocKind::Library: return "library";
  }
  return "unknown";
}

void to_json(nlohmann::json &J, const SourcePos &P) {
  J = nlohmann::json::array({P.File, P.Line, P.Column});
}

void from_json(const nlohmann::json &J, SourcePos &P) {
  P.File = J.at(0).get<std::string>();
  P.Line = J.at(1).get<unsigned>();
  P.Column = J.at(2).get<unsigned>();
}

namespace {
nlohmann::json sitesToJson(const std::vector<EffectSite> &Sites) {
  auto A = nlohmann::json::array();
  for (const auto &S : Sites)
    A.push_back({{"reason", S.Reason}, {"pos", S.Pos}});
  return A;
}

std::vector<EffectSite> sitesFromJson(const nlohmann::json &A) {
  std::vector<EffectSite> Out;
  for (const auto &S : A)
    Out.push_back({S.at("reason").get<std::string>(), S.at("pos").get<SourcePos>()});
  return Out;
}
} // namespace

void to_json(nlohmann::json &J, const FunctionFacts &F) {
  J = {{"usr", F.USR},
       {"name", F.Name},
       {"pos", F.Pos},
       {"body", F.HasBody},
       {"system", F.InSystem},
       {"contract",
        {F.Declared.NoAlloc, F.Declared.NonBlocking, F.Declared.AllowAlloc,
         F.Declared.Blocking, F.Declared.Spawn}}};
  auto Allocs = nlohmann::json::array();
  for (const auto &A : F.Allocs) {
    nlohmann::json S = {{"kind", static_cast<int>(A.Kind)}, {"reason", A.Reason}, {"pos", A.Pos}};
    if (A.Bytes)
      S["bytes"] = *A.Bytes;
    Allocs.push_back(std::move(S));
  }
  J["allocs"] = std::move(Allocs);
  auto Calls = nlohmann::json::array();
  for (const auto &C : F.Calls)
    Calls.push_back({{"usr", C.USR}, {"name", C.Name}, {"pos", C.Pos}});
  J["calls"] = std::move(Calls);
  J["unknown"] = sitesToJson(F.Unknown);
  J["blocks"] = sitesToJson(F.Blocks);
  if (F.Escape)
    J["escape"] = *F.Escape;
}

void from_json(const nlohmann::json &J, FunctionFacts &F) {
  F.USR = J.at("usr").get<std::string>();
  F.Name = J.at("name").get<std::string>();
  F.Pos = J.at("pos").get<SourcePos>();
  F.HasBody = J.at("body").get<bool>();
  F.InSystem = J.at("system").get<bool>();
  const auto &C = J.at("contract");
  F.Declared = {C.at(0).get<bool>(), C.at(1).get<bool>(), C.at(2).get<bool>(),
                C.at(3).get<bool>(), C.at(4).get<bool>()};
  for (const auto &A : J.at("allocs")) {
    AllocSite S;
    S.Kind = static_cast<AllocKind>(A.at("kind").get<int>());
    S.Reason = A.at("reason").get<std::string>();
    S.Pos = A.at("pos").get<SourcePos>();
    if (A.contains("bytes"))
      S.Bytes = A.at("bytes").get<uint64_t>();
    F.Allocs.push_back(std::move(S));
  }
  for (const auto &E : J.at("calls"))
    F.Calls.push_back({E.at("usr").get<std::string>(), E.at("name").get<std::string>(),
                       E.at("pos").get<SourcePos>()});
  F.Unknown = sitesFromJson(J.at("unknown"));
  F.Blocks = sitesFromJson(J.at("blocks"));
  if (auto It = J.find("escape"); It != J.end())
    F.Escape = escape::escapeSectionFromJson(*It);
}

} // namespace esc
