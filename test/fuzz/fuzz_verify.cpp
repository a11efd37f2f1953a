// libFuzzer target: `escapement verify` on arbitrary claims and traces. The
// first byte splits the input into the two files; any input must end in
// exit status 0, 1 or 2 — never a crash or an uncaught exception.
#include <escapement/verify.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace {
std::string tempPath(const char *What) {
  return std::string("/tmp/esc-fuzz-") + What + "-" + std::to_string(getpid()) + ".json";
}
void write(const std::string &Path, const uint8_t *Data, size_t Size) {
  std::ofstream(Path, std::ios::binary).write(reinterpret_cast<const char *>(Data),
                                              static_cast<std::streamsize>(Size));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  if (Size < 1)
    return 0;
  size_t Split = Size > 1 ? Data[0] % Size : 0;
  static const std::string Claims = tempPath("claims"), Trace = tempPath("trace");
  write(Claims, Data + 1, Split > 0 ? Split - 1 : 0);
  write(Trace, Data + (Split > 0 ? Split : 1), Size - (Split > 0 ? Split : 1));
  std::ostringstream Out, Err;
  int Status = esc::verify::run(Claims, Trace, Out, Err);
  if (Status < 0 || Status > 2)
    std::abort();
  return 0;
}
