//===- Catalog.h - Known effects of library calls at a call site ----------===//
//
// The catalogue answers, for one call or construction, what it does to the
// heap and to the thread without walking the callee's body: either the call
// is *handled* here (with an allocation, a blocking operation, an opaque
// target, or nothing at all), or it is left to the callee's own facts.
// Decisions that depend on the call's arguments live here because only the
// call site knows them: a 12-character literal fits std::string's small
// buffer and a 40-character one does not; a 16-byte trivially copyable
// closure fits std::function's buffer and a lambda capturing a shared_ptr
// does not.
//
// Library-internal failure paths (std::__throw_length_error, bad_alloc) are
// not effects: they are what happens when an allocation already failed.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_CORE_CATALOG_H
#define ESCAPEMENT_CORE_CATALOG_H

#include "Facts.h"
#include "StdLib.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"

#include <optional>
#include <string>

namespace esc {

struct CallVerdict {
  /// Handled: the fields below are the whole effect. Otherwise the caller
  /// follows the callee's own facts.
  bool Handled = false;
  std::optional<AllocSite> Alloc; // Pos is filled in by the caller
  std::optional<std::string> Block;
  std::optional<std::string> Opaque;

  static CallVerdict none() { CallVerdict V; V.Handled = true; return V; }
  static CallVerdict descend() { return {}; }
};

class Catalog {
public:
  Catalog(const clang::ASTContext &Ctx, StdLib Lib) : Ctx(Ctx), Lib(Lib) {}

  /// `Call` is a CallExpr, CXXConstructExpr or CXXNewExpr; `Callee` the
  /// function it invokes (constructor, operator, ...), never null.
  CallVerdict classify(const clang::Expr *Call, const clang::FunctionDecl *Callee) const;

  /// The allocation a new-expression performs itself (not its constructor),
  /// or nullopt for placement forms and class-specific operator new (which
  /// are ordinary calls).
  std::optional<AllocSite> newExpression(const clang::CXXNewExpr *E) const;

  // Which calls spawn work on another thread: SpawnPoints.h.

  const StdLib &lib() const { return Lib; }

private:
  CallVerdict classifyC(const clang::Expr *Call, const clang::FunctionDecl *FD,
                        llvm::StringRef Name) const;
  CallVerdict classifyStdFree(const clang::Expr *Call, const clang::FunctionDecl *FD,
                              llvm::StringRef Name) const;
  CallVerdict classifyStdMember(const clang::Expr *Call, const clang::CXXMethodDecl *MD,
                                llvm::StringRef Record) const;
  CallVerdict stringConstruction(const clang::CXXConstructExpr *E,
                                 const clang::CXXConstructorDecl *Ctor) const;
  CallVerdict functionFromCallable(const clang::Expr *Callable) const;
  CallVerdict anyFromValue(clang::QualType T) const;

  const clang::ASTContext &Ctx;
  StdLib Lib;
};

/// The record a std:: member belongs to, without inline namespaces
/// ("vector", "basic_string"); empty when `D` is not a std:: member.
llvm::StringRef stdRecordName(const clang::Decl *D);

} // namespace esc

#endif
