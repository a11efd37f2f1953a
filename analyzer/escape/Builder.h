//===- Builder.h - Translating a function body into the graph -------------===//
//
// Private to analyzer/escape. The builder evaluates every expression *into a
// hole* (Go's `hole`): "the value of this expression flows into Dst with
// Derefs". Taking an address shifts the hole by -1, dereferencing by +1:
//
//   p = &x;     expr(hole(p, 0), &x)  ->  expr(hole(p, -1), x)  ->  x -> p, -1
//   q = *p;     expr(hole(q, 0), *p)  ->  expr(hole(q, +1), p)  ->  p -> q, +1
//
// so an edge is only ever added where a location's value is read (a variable,
// `this`, an allocation site). A hole never goes below -1: asking for the
// address of an address spills into a temporary location first.
//
// Build.cpp   statements, declarations, the function's parameters (stmt.go)
// Expr.cpp    expressions and assignment targets (expr.go)
// Call.cpp    calls, constructors, new, lambdas and spawns (call.go)
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_ESCAPE_BUILDER_H
#define ESCAPEMENT_ESCAPE_BUILDER_H

#include "EscapeGraph.h"
#include "Graph.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/ArrayRef.h"

#include <string>

namespace esc::escape {

/// Where a value goes: into Dst with Derefs; Dst == NoLoc discards it.
struct Hole {
  LocId Dst = NoLoc;
  int Derefs = 0;
  NoteId Note = NoNote;

  bool discarded() const { return Dst == NoLoc; }
  /// The same hole with `N` in place of its note (for holes that have none
  /// yet, or whose note `N` says again); Builder::annotate adds to it.
  Hole withNote(NoteId N) const { return Hole{Dst, Derefs, N}; }
};

/// Translates one function into edges of `G`.
class Builder {
public:
  Builder(clang::ASTContext &Ctx, const EscapeOracle &Oracle,
          const clang::FunctionDecl *FD, Graph &G);

  /// Adds the parameters, constructor initializers and body of the function.
  void build();

private:
  // Build.cpp: statements.
  void stmt(const clang::Stmt *S);
  void varDecl(const clang::VarDecl *VD);
  void returnValue(const clang::Expr *E, clang::SourceLocation Loc);

  // Expr.cpp: expressions.
  void expr(Hole K, const clang::Expr *E);
  void declRef(Hole K, const clang::ValueDecl *D);
  void exprChildren(Hole K, const clang::Stmt *S);
  /// Where a store into lvalue `E` goes, and why when that is the heap
  /// ("stored in a global"); Why stays null for a local.
  Hole lvalue(const clang::Expr *E, const char *&Why);
  /// Where a store into `*Ptr` goes.
  Hole pointee(const clang::Expr *Ptr, const char *&Why);
  /// `LHS = RHS`, with a note naming both.
  void assign(const clang::Expr *LHS, const clang::Expr *RHS,
              clang::SourceLocation Loc);

  // Call.cpp: calls, allocations, closures.
  void call(Hole K, const clang::Expr *E);
  void newExpr(Hole K, const clang::CXXNewExpr *NE);
  void lambda(Hole K, const clang::LambdaExpr *LE);
  bool builtinAssignment(Hole K, const clang::CXXOperatorCallExpr *OC);

  // Holes.
  Hole hole(LocId Dst, NoteId Note) const { return Hole{Dst, 0, Note}; }
  Hole discard() const { return Hole{}; }
  Hole heap(NoteId Note) const { return Hole{Graph::HeapLoc, 0, Note}; }
  /// K shifted by Delta dereferences; spills into a temporary below -1.
  Hole shift(Hole K, int Delta);
  Hole addr(Hole K) { return shift(K, -1); }
  Hole deref(Hole K) { return shift(K, +1); }
  /// One hole feeding all of `Ks` (Go's teeHole).
  Hole tee(llvm::ArrayRef<Hole> Ks);
  /// Adds "the value of Src flows into K".
  void emit(LocId Src, Hole K) { G.flow(Src, K.Dst, K.Derefs, K.Note); }
  /// Makes the address of the object being constructed into `Object` flow
  /// into `To` (a constructor that keeps `this`).
  void objectAddress(Hole Object, Hole To);

  // Words for notes.
  NoteId note(clang::SourceLocation Loc, std::string Text) {
    return G.note(Loc, std::move(Text));
  }
  /// K with a nearer reason added in front of the one it has (Go's
  /// hole.note): both are shown.
  Hole annotate(Hole K, clang::SourceLocation Loc, std::string Text) {
    return K.withNote(G.note(Loc, std::move(Text), K.Note));
  }
  std::string text(const clang::Stmt *S) const;
  static std::string name(const clang::NamedDecl *D);
  static std::string calleeName(const clang::FunctionDecl *FD);

  // Facts about declarations and types.
  bool isLocal(const clang::VarDecl *VD) const;
  bool isSystem(const clang::Decl *D) const;
  static bool mayHoldAddress(clang::QualType T);
  bool inLambdaBody() const;

  clang::ASTContext &Ctx;
  const EscapeOracle &Oracle;
  const clang::FunctionDecl *FD;
  Graph &G;
  /// Name of the spawner whose arguments are being evaluated, for the
  /// wording of captures ("captured by reference into work spawned by ...").
  std::string SpawnName;
  unsigned Depth = 0; // expression nesting, bounded like the graph
};

} // namespace esc::escape

#endif
