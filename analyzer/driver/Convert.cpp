#include "Convert.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <tuple>

namespace esc::driver {

std::string Converter::displayPath(llvm::StringRef AbsPath) const {
  if (Absolute || Root.empty())
    return AbsPath.str();
  llvm::StringRef P = AbsPath;
  if (P.consume_front(Root) && (P.empty() || llvm::sys::path::is_separator(P.front())))
    return P.ltrim('/').str();
  return AbsPath.str();
}

std::string Converter::absolutePath(llvm::StringRef Path, llvm::StringRef BuildDir) {
  llvm::SmallString<256> Abs(Path);
  if (!llvm::sys::path::is_absolute(Abs) && !BuildDir.empty()) {
    Abs = BuildDir;
    llvm::sys::path::append(Abs, Path);
  }
  llvm::sys::fs::make_absolute(Abs);
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  return std::string(Abs);
}

report::Location Converter::location(llvm::StringRef Path, llvm::StringRef BuildDir,
                                     unsigned Offset) {
  report::Location L;
  if (Path.empty())
    return L;
  std::string Abs = absolutePath(Path, BuildDir);
  L.File = displayPath(Abs);
  auto It = LineStarts.find(Abs);
  if (It == LineStarts.end()) {
    std::vector<unsigned> Starts{0};
    if (auto Buf = llvm::MemoryBuffer::getFile(Abs)) {
      llvm::StringRef Text = (*Buf)->getBuffer();
      for (size_t I = 0; I < Text.size(); ++I)
        if (Text[I] == '\n')
          Starts.push_back(I + 1);
    }
    It = LineStarts.try_emplace(Abs, std::move(Starts)).first;
  }
  const std::vector<unsigned> &S = It->second;
  auto Line = std::upper_bound(S.begin(), S.end(), Offset) - S.begin();
  L.Line = static_cast<unsigned>(Line);
  L.Column = Offset - S[Line - 1] + 1;
  return L;
}

report::Finding Converter::finding(const clang::tidy::ClangTidyError &E) {
  report::Finding F;
  F.Check = E.DiagnosticName;
  F.Severity = E.DiagLevel == clang::tooling::Diagnostic::Error || E.IsWarningAsError
                   ? report::Level::Error
               : E.DiagLevel == clang::tooling::Diagnostic::Remark ? report::Level::Note
                                                                   : report::Level::Warning;
  F.Message = E.Message.Message;
  F.Loc = location(E.Message.FilePath, E.BuildDirectory, E.Message.FileOffset);
  // The key is what the check saw: the file as its SourceManager named it.
  auto key = [&](const clang::tooling::DiagnosticMessage &M) {
    return DiagKey{E.DiagnosticName, M.FilePath, M.FileOffset, M.Message};
  };
  for (const auto &N : E.Notes)
    F.Notes.push_back({N.Message, location(N.FilePath, E.BuildDirectory, N.FileOffset),
                       Evidence ? Evidence->role(key(N)) : NoteRole::Note});
  if (Evidence)
    if (std::optional<Witness> W = Evidence->witness(key(E.Message))) {
      report::Counterexample C;
      for (WitnessStep &S : W->Steps)
        C.Steps.push_back({location(S.File, E.BuildDirectory, S.Offset), std::move(S.Message),
                           std::move(S.Values)});
      C.Inputs = std::move(W->Inputs);
      F.Witness = std::move(C);
    }
  if (!E.Message.Fix.empty()) {
    report::Fix X;
    for (const auto &[Path, Replacements] : E.Message.Fix)
      for (const clang::tooling::Replacement &R : Replacements)
        X.Edits.push_back({location(R.getFilePath(), E.BuildDirectory, R.getOffset()),
                           location(R.getFilePath(), E.BuildDirectory,
                                    R.getOffset() + R.getLength()),
                           R.getReplacementText().str()});
    std::sort(X.Edits.begin(), X.Edits.end(), [](const report::Edit &A, const report::Edit &B) {
      return std::tie(A.Begin.File, A.Begin.Line, A.Begin.Column) <
             std::tie(B.Begin.File, B.Begin.Line, B.Begin.Column);
    });
    // The note that explains the fix: the one recorded as such, else
    // (another tool's check) the one where it edits; else the finding.
    X.Description = F.Message;
    if (const report::Note *N = report::firstNote(F, NoteRole::Fix))
      X.Description = N->Message;
    else
      for (const report::Note &N : F.Notes)
        if (!X.Edits.empty() && N.Loc.File == X.Edits.front().Begin.File &&
            N.Loc.Line == X.Edits.front().Begin.Line) {
          X.Description = N.Message;
          break;
        }
    F.Fixes.push_back(std::move(X));
  }
  return F;
}

} // namespace esc::driver
