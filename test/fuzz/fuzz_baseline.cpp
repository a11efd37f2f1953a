// libFuzzer target: the baseline reader must reject any malformed file with
// an error, never crash, and accept what it wrote itself.
#include "report/Baseline.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  auto B = esc::report::parseBaseline(Text, "<fuzz>");
  if (!B) {
    llvm::consumeError(B.takeError());
    return 0;
  }
  // Whatever parsed can be applied to a report without trouble.
  esc::report::Report R;
  esc::report::Finding F;
  F.Check = "heap-noalloc";
  F.Loc = {"a.cpp", 1, 1};
  R.Findings.push_back(F);
  esc::report::applyBaseline(R, *B);
  return 0;
}
