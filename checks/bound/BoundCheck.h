//===- BoundCheck.h - What the bound- checks share ------------------------===//
//
// The cost-model and solver options (one set for the module, read as
// `escapement.bound.<Name>` by whichever bound- check runs first), the TU's
// BoundAnalysis, and how a counterexample is said: one note per branch and
// loop of its path with the running cost (or arena use), the input values,
// and the contract; the same path as the finding's witness, which JSON and
// SARIF carry as a code flow.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_CHECKS_BOUND_BOUNDCHECK_H
#define ESCAPEMENT_CHECKS_BOUND_BOUNDCHECK_H

#include "../common/TUCheck.h"
#include "bound/BoundAnalysis.h"

namespace esc::bound {

class BoundCheck : public TUCheck {
public:
  BoundCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

protected:
  /// The TU's bound facts, configured with this check's options.
  BoundAnalysis &bounds(TUAnalysis &A);

  /// Reports `Message` at `FD` with the path of `X` as notes (running
  /// values in ns, or in bytes when `Arena`), its inputs, and the contract
  /// note `Contract` (e.g. "ESC_DEADLINE_NS(409)").
  void violation(const clang::FunctionDecl *FD, const std::string &Message,
                 const solver::Counterexample &X, bool Arena, const std::string &Contract);
  void contractNote(const clang::FunctionDecl *FD, const std::string &Contract);

private:
  BoundOptions Opts;
};

/// "'f'" as messages quote a function.
std::string quotedName(const clang::FunctionDecl *FD);

} // namespace esc::bound

#endif
