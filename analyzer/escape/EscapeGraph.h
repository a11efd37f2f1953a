//===- EscapeGraph.h - Where addresses flow, per function -----------------===//
//
// Go's escape-analysis model (cmd/compile/internal/escape) over Clang's AST:
// a flow-insensitive walk of each body as a tree (statement order does not
// matter, no CFG is built). A function becomes a graph of *locations* (each
// local variable and
// parameter, each heap allocation site, the function's return value, and one
// heap location that outlives everything) joined by *edges* "the value of src
// flows into dst" carrying a dereference count: -1 for "the address of src",
// 0 for a copy, +1 for "what src points to". Solving walks backwards from each
// location that outlives the function (heap, return) and finds everything
// whose address reaches it with a negative count:
//
//   int *g;
//   void f() { int x; int *p = &x; g = p; }   // g = p (0), p = &x (-1):
//                                             // &x reaches the heap, x escapes
//
// The answers are *facts*, not diagnostics, owned by the TU's analysis
// (TUAnalysis::escapeFacts): --explain prints them (does this allocation
// escape, or could it live on the stack or an arena?), send- will use them
// for references to the spawner's stack, and for `this`, that are captured
// into work that runs on another thread.
//
// This header is the facts API; Graph.h is the graph.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_ESCAPE_ESCAPEGRAPH_H
#define ESCAPEMENT_ESCAPE_ESCAPEGRAPH_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"

#include "LeakSummary.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace esc::escape {

/// One step of a flow chain, in program terms: "p = &x", "return p",
/// "captured by reference into work spawned by 'std::thread'".
struct FlowStep {
  clang::SourceLocation Loc;
  std::string Text;
};

/// Verdict for one allocation site (a new-expression, a malloc-family call,
/// or a catalogued hidden allocation whose storage belongs to a local object).
struct AllocVerdict {
  const clang::Expr *Site = nullptr;
  Sink Escapes = Sink::None;
  std::vector<FlowStep> Flow; // from the site to the sink, in order
};

/// Verdict for one local variable or parameter: does its *address* escape.
struct LocalVerdict {
  const clang::VarDecl *Var = nullptr;
  Sink AddressEscapes = Sink::None;
  std::vector<FlowStep> Flow;
};

/// Verdict for `this` of a method: does the object it points to escape
/// (captured into spawned work, stored, returned).
struct ThisVerdict {
  Sink ObjectEscapes = Sink::None;
  std::vector<FlowStep> Flow;
};

struct EscapeFacts {
  std::vector<AllocVerdict> Allocs;
  std::vector<LocalVerdict> Locals;
  /// Instance methods that use `this` (lambda bodies excluded: their
  /// `this` is the closure, and the enclosing object's verdict belongs to
  /// the function that captured it).
  std::optional<ThisVerdict> This;
  std::vector<ParamLeak> Leaks;
};

/// What the escape analysis needs to know about the rest of the program.
struct EscapeOracle {
  /// True when `E` (a CallExpr, CXXConstructExpr or CXXNewExpr) allocates
  /// heap storage that the analysis should track as an allocation site.
  std::function<bool(const clang::Expr *E)> IsAllocation;
  /// True when the callee runs its callable argument on another thread.
  std::function<bool(const clang::FunctionDecl *Callee)> IsSpawn;
  /// Leak summary of a callee analysed before (bottom-up), or nullopt when
  /// unknown: then pointer and reference arguments are assumed to escape,
  /// except for standard-library callees (see EscapeAnalyzer.cpp).
  std::function<std::optional<std::vector<ParamLeak>>(const clang::FunctionDecl *Callee)> Leaks;
};

class EscapeAnalyzer {
public:
  EscapeAnalyzer(clang::ASTContext &Ctx, EscapeOracle Oracle);
  /// Analyses one function definition (with a body).
  EscapeFacts analyze(const clang::FunctionDecl *FD);

private:
  clang::ASTContext &Ctx;
  EscapeOracle Oracle;
};

} // namespace esc::escape

#endif
