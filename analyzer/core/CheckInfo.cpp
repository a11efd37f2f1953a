#include "CheckInfo.h"

#include "llvm/ADT/STLExtras.h"

#include <map>
#include <mutex>

namespace esc {

namespace {
// Function-local so registrations from other files' static initialisers find
// it constructed, whatever the link order.
struct Registry {
  std::mutex M;
  std::map<std::string, CheckInfo, std::less<>> Checks;
};
Registry &registry() {
  static Registry R;
  return R;
}
} // namespace

bool isEscapementCheckId(llvm::StringRef Id) {
  auto [Module, Rest] = Id.split('-');
  return !Rest.empty() && llvm::is_contained(Modules, Module);
}

RegisterCheckInfo::RegisterCheckInfo(CheckInfo Info) {
  Registry &R = registry();
  std::lock_guard<std::mutex> Lock(R.M);
  std::string Id = Info.Id;
  R.Checks.insert_or_assign(std::move(Id), std::move(Info));
}

std::vector<const CheckInfo *> registeredChecks() {
  Registry &R = registry();
  std::lock_guard<std::mutex> Lock(R.M);
  std::vector<const CheckInfo *> All;
  for (const auto &[Id, Info] : R.Checks)
    All.push_back(&Info);
  return All;
}

const CheckInfo *findCheck(llvm::StringRef Id) {
  Registry &R = registry();
  std::lock_guard<std::mutex> Lock(R.M);
  auto It = R.Checks.find(Id);
  return It == R.Checks.end() ? nullptr : &It->second;
}

std::string defaultChecksGlob() {
  std::string Glob = "-*";
  for (llvm::StringRef M : Modules)
    Glob += "," + M.str() + "-*";
  return Glob;
}

std::string contractChecksGlob() {
  std::string Glob;
  for (const CheckInfo *C : registeredChecks())
    if (C->DefaultLevel == "error")
      Glob += (Glob.empty() ? "" : ",") + C->Id;
  return Glob;
}

} // namespace esc
