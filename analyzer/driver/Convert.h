//===- Convert.h - clang-tidy's diagnostics into Escapement's report ------===//
#ifndef ESCAPEMENT_DRIVER_CONVERT_H
#define ESCAPEMENT_DRIVER_CONVERT_H

#include "report/Finding.h"

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"

namespace esc::driver {

/// Turns byte offsets into lines and columns (reading each file once) and
/// paths into source-root-relative ones; takes the notes' roles and a
/// finding's counterexample from the evidence the checks recorded beside
/// their diagnostics (core/Evidence.h).
class Converter {
public:
  Converter(std::string SourceRoot, bool Absolute, const EvidenceLog *Evidence = nullptr)
      : Root(std::move(SourceRoot)), Absolute(Absolute), Evidence(Evidence) {}
  report::Finding finding(const clang::tidy::ClangTidyError &E);
  std::string displayPath(llvm::StringRef AbsPath) const;
  /// A diagnostic's file as an absolute, dot-free path (clang-tidy keeps it
  /// relative to the compile command's directory when the command did).
  static std::string absolutePath(llvm::StringRef Path, llvm::StringRef BuildDir);

private:
  report::Location location(llvm::StringRef Path, llvm::StringRef BuildDir, unsigned Offset);
  std::string Root;
  bool Absolute;
  const EvidenceLog *Evidence;
  llvm::StringMap<std::vector<unsigned>> LineStarts;
};

} // namespace esc::driver

#endif
