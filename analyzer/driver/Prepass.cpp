#include "Prepass.h"

#include "Parallel.h"
#include "QuietTool.h"
#include "core/TUAnalysis.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/xxhash.h"
#include "llvm/Support/raw_ostream.h"

#include <atomic>

namespace esc::driver {
using namespace clang;

std::string commandHash(const tooling::CompilationDatabase &DB, llvm::StringRef File) {
  std::string All;
  for (const tooling::CompileCommand &C : DB.getCompileCommands(File)) {
    All += C.Directory;
    for (const std::string &A : C.CommandLine)
      All += "\x1f" + A;
    All += "\x1e";
  }
  return llvm::utohexstr(llvm::xxh3_64bits(llvm::StringRef(All)));
}

namespace {

class FactsConsumer : public ASTConsumer {
public:
  FactsConsumer(CompilerInstance &CI, TUSummary &Out, SummaryStore &Store, bool &Ok)
      : CI(CI), Out(Out), Store(Store), Ok(Ok) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    if (Ctx.getDiagnostics().hasErrorOccurred())
      return; // phase two reports the error
    TUAnalysis A(Ctx, &Store);
    Out.Functions = A.exportFacts();
    const SourceManager &SM = CI.getSourceManager();
    for (auto It = SM.fileinfo_begin(); It != SM.fileinfo_end(); ++It)
      Out.Inputs.push_back(
          SummaryStore::stamp(TUAnalysis::absolutePath(SM.getFileManager(), It->first.getName())));
    Ok = true;
  }

private:
  CompilerInstance &CI;
  TUSummary &Out;
  SummaryStore &Store;
  bool &Ok;
};

} // namespace

PrepassStats runPrepass(const tooling::CompilationDatabase &DB,
                        const std::vector<std::string> &Files, unsigned Jobs,
                        const std::vector<std::string> &ExtraArgsBefore, SummaryStore &Store,
                        const FileSystemMaker &NewFS,
                        const std::function<void(size_t)> &OnDone) {
  std::atomic<unsigned> Parsed{0}, FromCache{0}, Failed{0};
  forEachParallel(Files.size(), Jobs, [&](size_t I) {
    auto Report = llvm::make_scope_exit([&] {
      if (OnDone)
        OnDone(I);
    });
    const std::string &File = Files[I];
    llvm::SmallString<256> Abs(File);
    llvm::sys::fs::make_absolute(Abs);
    std::string Hash = commandHash(DB, Abs);
    if (Store.loadCached(Abs, Hash)) {
      ++FromCache;
      return;
    }
    TUSummary S;
    S.MainFile = std::string(Abs);
    S.CommandHash = Hash;
    bool Ok = false;
    bool Survived = runQuietly(DB, File, ExtraArgsBefore, NewFS(), [&](CompilerInstance &CI) {
      return std::make_unique<FactsConsumer>(CI, S, Store, Ok);
    });
    if (!Survived || !Ok) {
      ++Failed;
      return;
    }
    ++Parsed;
    Store.publishAll(S.Functions);
    if (llvm::Error E = Store.save(S))
      llvm::errs() << "escapement: warning: summary cache not written: "
                   << llvm::toString(std::move(E)) << "\n";
  });
  return {Parsed.load(), FromCache.load(), Failed.load()};
}

} // namespace esc::driver
