//===- TUAnalysis.h - Facts and verdicts for one translation unit ---------===//
//
// Owns what one TU contributes: it walks function bodies into FunctionFacts
// (lazily: a standard-library body is only walked when something the user
// wrote reaches it, and only once per run thanks to the SummaryStore), keeps
// the clang locations of every site for diagnostics, answers the Resolver's
// questions about callees from this TU first and the store second, and owns
// the TU's escape facts (computed in the same pass, on first request).
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_CORE_TUANALYSIS_H
#define ESCAPEMENT_CORE_TUANALYSIS_H

#include "Catalog.h"
#include "Facts.h"
#include "Resolver.h"
#include "SpawnPoints.h"
#include "SummaryStore.h"

#include "clang/AST/ASTContext.h"
#include "clang/Basic/FileManager.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

#include <memory>

namespace esc {

namespace escape {
class EscapeSummaries;
struct EscapeFacts;
} // namespace escape

/// Facts of a function defined in this TU, with the AST nodes behind them.
struct LocalFacts {
  FunctionFacts F;
  const clang::FunctionDecl *Decl = nullptr;
  // Parallel to F.Allocs / F.Calls / F.Unknown / F.Blocks.
  std::vector<const clang::Stmt *> AllocStmts, CallStmts, UnknownStmts, BlockStmts;
  std::vector<const clang::FunctionDecl *> CallDecls;
  // Calls that run a callable on another thread (for send-/escape analysis).
  std::vector<const clang::Expr *> SpawnCalls;
};

class TUAnalysis final : public FactSource {
public:
  TUAnalysis(clang::ASTContext &Ctx, SummaryStore *Store, SpawnPoints Spawns = {});
  ~TUAnalysis() override;

  /// Facts of a definition in this TU (walked on first use).
  const LocalFacts &local(const clang::FunctionDecl *Definition);
  const FunctionFacts *facts(llvm::StringRef USR) override;

  /// Function definitions written by the user (not in system headers, not
  /// dependent), including instantiations of user templates and lambdas.
  const std::vector<const clang::FunctionDecl *> &userFunctions();

  Resolver &resolver() { return Res; }
  const Catalog &catalog() const { return Cat; }
  clang::ASTContext &context() { return Ctx; }

  std::string usr(const clang::FunctionDecl *FD);
  std::string displayName(const clang::FunctionDecl *FD) const;
  SourcePos pos(clang::SourceLocation L) const;
  /// A path the TU's file manager read, absolute and dot-free. Relative
  /// paths are relative to the compile command's directory, which is the
  /// TU's file system's working directory, not the process's.
  static std::string absolutePath(const clang::FileManager &FM, llvm::StringRef Path);
  /// The clang location of a position, loading the file into the source
  /// manager when another TU's facts point into a file this TU never read.
  clang::SourceLocation loc(const SourcePos &P);

  /// Escape facts of a definition in this TU, computed on first request
  /// (with its callees' leaks, bottom-up): nothing is paid for them unless a
  /// check, --explain or the export asks.
  const escape::EscapeFacts &escapeFacts(const clang::FunctionDecl *Definition);
  /// Whether calling `FD` runs work on another thread: the configured spawn
  /// points, or ESC_SPAWN on its definition in another TU.
  bool isSpawn(const clang::FunctionDecl *FD);
  const SpawnPoints &spawnPoints() const { return Spawns; }

  /// The facts of every user function, and of every library function their
  /// verdicts reached, for the summary store, with the escape leaks of the
  /// user's. Resolves every user function.
  std::vector<FunctionFacts> exportFacts();
  /// A module adds its own section to what a user function exports (bound-
  /// exports the function's program, so a caller in another TU can follow
  /// it). Registered at static initialisation.
  using FactExporter = void (*)(TUAnalysis &, const clang::FunctionDecl *, FunctionFacts &);
  static void addFactExporter(FactExporter E);

  /// State a module keeps per TU beside the core's (bound-'s solved
  /// functions), made on first use and dropped with the TU. `T` derives
  /// from Extension, has `static const char ExtensionKey` and a constructor
  /// from the TUAnalysis.
  struct Extension {
    virtual ~Extension() = default;
  };
  template <class T> T &extension() {
    std::unique_ptr<Extension> &Slot = Extensions[&T::ExtensionKey];
    if (!Slot)
      Slot = std::make_unique<T>(*this);
    return static_cast<T &>(*Slot);
  }

private:
  void collect(const clang::FunctionDecl *Def, LocalFacts &Out);

  clang::ASTContext &Ctx;
  SummaryStore *Store;
  Catalog Cat;
  Resolver Res;
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<LocalFacts>> Locals;
  llvm::StringMap<const clang::FunctionDecl *> ByUSR;
  llvm::DenseMap<const clang::FunctionDecl *, std::string> USRs;
  llvm::StringMap<std::unique_ptr<FunctionFacts>> DeclOnly;
  std::vector<const clang::FunctionDecl *> Users;
  bool UsersDone = false;
  SpawnPoints Spawns;
  llvm::DenseSet<const clang::Expr *> AllocExprs; // every walked body's sites
  std::unique_ptr<escape::EscapeSummaries> Escapes;
  llvm::DenseMap<const void *, std::unique_ptr<Extension>> Extensions;

  friend class BodyWalker;
};

} // namespace esc

#endif
