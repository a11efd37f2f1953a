#include "QuietTool.h"

#include "clang/Frontend/FrontendAction.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/CrashRecoveryContext.h"

#include <atomic>
#include <mutex>

namespace esc::driver {
using namespace clang;

namespace {
class Action : public ASTFrontendAction {
public:
  explicit Action(const ConsumerMaker &Make) : Make(Make) {}
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI, llvm::StringRef) override {
    return Make(CI);
  }

private:
  const ConsumerMaker &Make;
};

class Factory : public tooling::FrontendActionFactory {
public:
  explicit Factory(const ConsumerMaker &Make) : Make(Make) {}
  std::unique_ptr<FrontendAction> create() override { return std::make_unique<Action>(Make); }

private:
  const ConsumerMaker &Make;
};
std::atomic<bool> Crashed{false};
std::mutex CrashedLock;
llvm::StringSet<> CrashedFiles; // under CrashedLock
} // namespace

bool runContained(llvm::StringRef File, llvm::function_ref<void()> Fn) {
  llvm::CrashRecoveryContext CRC;
  {
    std::lock_guard<std::mutex> L(CrashedLock);
    CRC.DumpStackAndCleanupOnFailure = !CrashedFiles.contains(File);
  }
  if (CRC.RunSafely(Fn))
    return true;
  Crashed = true;
  std::lock_guard<std::mutex> L(CrashedLock);
  CrashedFiles.insert(File);
  return false;
}

bool anyCrashContained() { return Crashed; }

bool runQuietly(const tooling::CompilationDatabase &DB, const std::string &File,
                const std::vector<std::string> &ExtraArgsBefore,
                llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS, const ConsumerMaker &Make) {
  IgnoringDiagConsumer Quiet;
  tooling::ClangTool Tool(DB, {File}, std::make_shared<PCHContainerOperations>(), FS);
  Tool.setDiagnosticConsumer(&Quiet);
  Tool.setPrintErrorMessage(false);
  Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
      tooling::CommandLineArguments(ExtraArgsBefore.begin(), ExtraArgsBefore.end()),
      tooling::ArgumentInsertPosition::BEGIN));
  Factory F(Make);
  return runContained(File, [&] { Tool.run(&F); });
}

} // namespace esc::driver
