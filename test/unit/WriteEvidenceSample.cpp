// escapement-report-sample DIR: writes the hand-built evidence report
// (EvidenceSample.h) as DIR/sample.sarif and DIR/sample.json, with the source
// it points at as DIR/src/a.cpp, for the lit test that validates the SARIF.
#include "EvidenceSample.h"
#include "report/Sarif.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

namespace {
bool write(const std::string &Path, const std::string &Text) {
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC);
  if (EC) {
    llvm::errs() << Path << ": " << EC.message() << "\n";
    return false;
  }
  OS << Text;
  return true;
}
} // namespace

int main(int argc, char **argv) {
  if (argc != 2) {
    llvm::errs() << "usage: escapement-report-sample DIR\n";
    return 2;
  }
  std::string Dir = argv[1];
  llvm::SmallString<256> Root(Dir);
  llvm::sys::fs::make_absolute(Root);
  if (llvm::sys::fs::create_directories(std::string(Root) + "/src"))
    return 1;
  esc::report::Report R = esc::report::evidenceSample(std::string(Root));
  bool Ok = write(std::string(Root) + "/src/a.cpp", esc::report::evidenceSampleSource()) &&
            write(std::string(Root) + "/sample.sarif", esc::report::toSARIF(R)) &&
            write(std::string(Root) + "/sample.json", esc::report::toJSON(R));
  return Ok ? 0 : 1;
}
