#include "LeakSummary.h"

#include <nlohmann/json.hpp>

namespace esc::escape {

const char *sinkName(Sink S) {
  switch (S) {
  case Sink::None:
    return "none";
  case Sink::Heap:
    return "heap";
  case Sink::Return:
    return "return";
  case Sink::Spawn:
    return "spawn";
  }
  return "unknown";
}

namespace {
std::optional<Sink> sinkNamed(const std::string &Name) {
  for (Sink S : {Sink::Heap, Sink::Return, Sink::Spawn})
    if (Name == sinkName(S))
      return S;
  return std::nullopt;
}
} // namespace

void to_json(nlohmann::json &J, const EscapeSummary &S) {
  auto Leaks = nlohmann::json::array();
  for (const ParamLeak &L : S.Leaks)
    Leaks.push_back({{"param", L.Param}, {"to", sinkName(L.To)}, {"derefs", L.Derefs}});
  J = {{"version", EscapeSummary::Version}, {"leaks", std::move(Leaks)}};
}

std::optional<EscapeSummary> escapeSectionFromJson(const nlohmann::json &J) {
  try {
    if (!J.is_object() || J.value("version", 0) != EscapeSummary::Version)
      return std::nullopt;
    EscapeSummary S;
    for (const auto &L : J.at("leaks")) {
      auto To = sinkNamed(L.at("to").get<std::string>());
      if (!To)
        return std::nullopt;
      S.Leaks.push_back(ParamLeak{L.at("param").get<unsigned>(), *To, L.at("derefs").get<int>()});
    }
    return S;
  } catch (const nlohmann::json::exception &) {
    return std::nullopt;
  }
}

} // namespace esc::escape
