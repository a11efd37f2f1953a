//===- BoundAnalysis.h - The bound- facts of one translation unit ---------===//
//
// Every bound- check asks about the same functions (those declared
// ESC_DEADLINE_NS, ESC_WINDOW_NS or ESC_ARENA_BOUND), so their programs are
// translated and their questions asked once per TU, here; bound-deadline,
// bound-window, bound-arena and bound-unproven read the answers and only
// decide how to say them. It lives as an extension of the TU's analysis
// (core/TUAnalysis.h) and is dropped with it.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_BOUND_BOUNDANALYSIS_H
#define ESCAPEMENT_BOUND_BOUNDANALYSIS_H

#include "Translate.h"

#include "core/TUAnalysis.h"
#include "solver/Query.h"

#include <map>
#include <memory>

namespace esc::bound {

/// The options every bound- check shares, under CheckOptions as
/// `escapement.bound.<Name>` (docs/checks/bound/cost-model.md).
struct BoundOptions {
  solver::Profile Prof;
  solver::SolverOptions Solver;
  std::string Error; // a bad option value, reported once per TU
};

/// What was asked about one function, and the answers.
struct FunctionBound {
  const clang::FunctionDecl *FD = nullptr;
  FunctionProgram Program;
  std::unique_ptr<solver::FunctionQuery> Query;
  std::optional<solver::Answer> Deadline, WindowHi, WindowLo, Arena;
};

class BoundAnalysis : public TUAnalysis::Extension {
public:
  static const char ExtensionKey;
  explicit BoundAnalysis(TUAnalysis &A) : A(A) {}

  /// Set by the first bound- check of the TU (later calls keep it).
  void configure(const BoundOptions &O);
  const BoundOptions &options() const { return Opts; }
  /// Whether a bound- check ran on the TU (else the options are unknown).
  bool configured() const { return Configured; }

  /// Functions of the TU with a timing or arena contract, each analysed.
  std::vector<FunctionBound *> contracted();

  /// The process-wide --dump-smt directory (the driver sets it).
  static void setDumpDir(std::string Dir);

private:
  FunctionBound &analyse(const clang::FunctionDecl *FD);
  const FunctionProgram *external(const clang::FunctionDecl *FD);

  TUAnalysis &A;
  BoundOptions Opts;
  bool Configured = false;
  std::map<const clang::FunctionDecl *, std::unique_ptr<FunctionBound>> Done;
  std::map<std::string, std::optional<FunctionProgram>> Imported; // by USR
};

} // namespace esc::bound

#endif
