//===- SpawnPoints.h - Which calls run work on another thread -------------===//
//
// The one recognition of spawn points, used by the body walker (the spawn
// calls of LocalFacts), the escape graph (what reaches the Spawn root) and
// the checks: std::thread's and std::jthread's constructors, std::async,
// pthread_create, the runtime's esc::rt::spawn, functions declared
// ESC_SPAWN, and the names a project configures with the global option
//
//   CheckOptions:
//     escapement.SpawnFunctions: 'pool::post;my::Executor::submit'
//
// (qualified names separated by ';'; a class name stands for its
// constructors, as std::thread does).
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_CORE_SPAWNPOINTS_H
#define ESCAPEMENT_CORE_SPAWNPOINTS_H

#include "clang/AST/Decl.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"

#include <string>

namespace esc {

class SpawnPoints {
public:
  /// The global option's key.
  static constexpr llvm::StringLiteral OptionName = "escapement.SpawnFunctions";

  SpawnPoints() = default;
  /// `Configured`: the option's value, qualified names separated by ';'
  /// (spaces and a leading "::" are ignored).
  explicit SpawnPoints(llvm::StringRef Configured);

  /// True when calling `FD` runs its callable or coroutine argument on
  /// another thread.
  bool isSpawn(const clang::FunctionDecl *FD) const;

  /// The option's value, as given (for a check's storeOptions).
  const std::string &configured() const { return Text; }

private:
  bool isConfigured(const clang::FunctionDecl *FD) const;

  std::string Text;
  llvm::StringSet<> Names;
};

} // namespace esc

#endif
