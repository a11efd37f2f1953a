#include "Claims.h"

#include <algorithm>
#include <tuple>

namespace esc {

void ClaimSet::add(Claim C) {
  std::lock_guard<std::mutex> L(M);
  Claims.push_back(std::move(C));
}

std::vector<Claim> ClaimSet::sorted() const {
  std::vector<Claim> Out;
  {
    std::lock_guard<std::mutex> L(M);
    Out = Claims;
  }
  auto Key = [](const Claim &C) {
    return std::tie(C.Pos.File, C.Pos.Line, C.Kind, C.Function);
  };
  std::sort(Out.begin(), Out.end(), [&](const Claim &A, const Claim &B) { return Key(A) < Key(B); });
  Out.erase(std::unique(Out.begin(), Out.end(),
                        [](const Claim &A, const Claim &B) {
                          return A.Kind == B.Kind && A.Function == B.Function;
                        }),
            Out.end());
  return Out;
}

} // namespace esc
