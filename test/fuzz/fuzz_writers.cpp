// libFuzzer target: the JSON and SARIF writers escape whatever a diagnostic
// message or a path contains (quotes, control bytes, invalid UTF-8); their
// output always parses back, and valid UTF-8 round-trips exactly.
#include "report/Finding.h"
#include "report/Sarif.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>

namespace {
bool validUtf8(const std::string &S) {
  for (size_t I = 0; I < S.size();) {
    unsigned char C = S[I];
    size_t N = C < 0x80 ? 1 : (C >> 5) == 6 ? 2 : (C >> 4) == 14 ? 3 : (C >> 3) == 30 ? 4 : 0;
    if (!N || I + N > S.size())
      return false;
    for (size_t K = 1; K < N; ++K)
      if ((static_cast<unsigned char>(S[I + K]) >> 6) != 2)
        return false;
    I += N;
  }
  return true;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  std::string Text(reinterpret_cast<const char *>(Data), Size);
  size_t Cut = Text.find('\0');
  std::string Message = Text.substr(0, Cut);
  std::string File = Cut == std::string::npos ? "a.cpp" : Text.substr(Cut + 1);

  esc::report::Report R;
  R.ToolVersion = "0.1.0";
  R.SourceRoot = "/src";
  esc::report::Finding F;
  F.Check = "heap-noalloc";
  F.Message = Message;
  F.Loc = {File, 3, 7};
  F.Notes.push_back({Message, {File, 1, 1}});
  R.Findings.push_back(F);
  R.Files.push_back({File, false, Message});

  auto Json = nlohmann::json::parse(esc::report::toJSON(R), nullptr, false);
  if (Json.is_discarded())
    std::abort();
  if (validUtf8(Message) && Json["findings"][0]["message"].get<std::string>() != Message)
    std::abort();
  auto Sarif = nlohmann::json::parse(esc::report::toSARIF(R), nullptr, false);
  if (Sarif.is_discarded())
    std::abort();
  return 0;
}
