//===- Main.cpp - escapement-clangd: clangd 19 with Escapement's checks ---===//
//
// clangd itself, unchanged, with the heap- checks registered in its
// clang-tidy (they self-register through the static ClangTidyModuleRegistry;
// the archive is linked whole). Enable them in `.clangd`:
//
//   Diagnostics:
//     ClangTidy:
//       Add: [heap-*]
//       FastCheckFilter: None   # or Loose; clangd's default Strict skips them
//
// Cross-TU summaries: the checks consult the process-wide summary store
// (esc::Session). Nobody fills it inside clangd, so at start-up this loads
// every still-valid TU summary from an on-disk store that `escapement -p
// <build>` wrote (<build>/.escapement-cache). Where it is, in order:
//   --escapement-cache-dir=<dir>   (stripped before clangd parses its flags)
//   $ESCAPEMENT_CACHE_DIR
//   <dir>/.escapement-cache for clangd's own --compile-commands-dir=<dir>
// An empty value disables it. The store is loaded once; the buffers being
// edited are always judged by their own (current) bodies, the cached
// summaries only stand in for functions defined in other files.
//
// Resource directory: clangd finds the compiler's built-in headers
// (stddef.h, ...) relative to its own executable, which for a binary in
// build/bin is wrong; unless --resource-dir is given, the one of the
// clang 19 Escapement was built with is passed.
//
//===----------------------------------------------------------------------===//
#include "ForceLinker.h"
#include "core/Session.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

namespace clang::clangd {
int clangdMain(int argc, char *argv[]);
} // namespace clang::clangd

namespace {

constexpr const char CacheFlag[] = "--escapement-cache-dir";

/// `--name=value` or `--name value` (also with one dash, as llvm::cl takes).
std::optional<std::string> flagValue(std::vector<char *> &Args, size_t &I,
                                     llvm::StringRef Name, bool Remove) {
  llvm::StringRef A = Args[I];
  if (A.starts_with("--"))
    A = A.drop_front(2);
  else if (A.starts_with("-"))
    A = A.drop_front(1);
  else
    return std::nullopt;
  if (!A.consume_front(Name))
    return std::nullopt;
  std::optional<std::string> V;
  size_t N = 1;
  if (A.consume_front("="))
    V = A.str();
  else if (A.empty() && I + 1 < Args.size()) {
    V = Args[I + 1];
    N = 2;
  } else
    return std::nullopt;
  if (Remove)
    Args.erase(Args.begin() + I, Args.begin() + I + N);
  else
    I += N - 1;
  return V;
}

} // namespace

int main(int argc, char *argv[]) {
  // Claims are for `escapement verify`; nothing reads them here, and every
  // reparse would prove them again. (Note roles are not recorded either:
  // the session's evidence log stays off, clangd shows the text notes.)
  esc::Session::get().setRecordClaims(false);

  std::vector<char *> Args(argv, argv + argc);
  std::optional<std::string> CacheDir, CdbDir, ResourceDir;
  for (size_t I = 1; I < Args.size();) {
    if (auto V = flagValue(Args, I, llvm::StringRef(CacheFlag).drop_front(2), true)) {
      CacheDir = *V;
      continue; // removed; Args[I] is the next argument
    }
    if (auto V = flagValue(Args, I, "compile-commands-dir", false))
      CdbDir = *V;
    else if (auto V = flagValue(Args, I, "resource-dir", false))
      ResourceDir = *V;
    ++I;
  }
  if (!CacheDir)
    if (const char *Env = std::getenv("ESCAPEMENT_CACHE_DIR"))
      CacheDir = Env;
  if (!CacheDir && CdbDir) {
    std::string Guess = *CdbDir + "/.escapement-cache";
    if (llvm::sys::fs::is_directory(Guess))
      CacheDir = Guess;
  }

  if (CacheDir && !CacheDir->empty()) {
    esc::SummaryStore &Store = esc::Session::get().store();
    Store.setCacheDir(*CacheDir);
    // clangd's log goes to stderr; so does this line (stdout is the LSP).
    if (Store.useIndex()) {
      // A project's whole store can be large: entries are read when a
      // call in an open file needs them.
      size_t N = Store.indexSize();
      llvm::errs() << "escapement-clangd: index of " << N << " function" << (N == 1 ? "" : "s")
                   << " loaded from " << *CacheDir << "; summaries are read on demand\n";
    } else {
      unsigned N = Store.loadAllValid();
      llvm::errs() << "escapement-clangd: " << N << " summar" << (N == 1 ? "y" : "ies")
                   << " loaded from " << *CacheDir << "\n";
    }
  }

  std::string ResourceFlag = std::string("--resource-dir=") + ESC_CLANG_RESOURCE_DIR;
  if (!ResourceDir && llvm::sys::fs::is_directory(ESC_CLANG_RESOURCE_DIR))
    Args.insert(Args.begin() + 1, ResourceFlag.data());

  Args.push_back(nullptr);
  return clang::clangd::clangdMain(static_cast<int>(Args.size() - 1), Args.data());
}
