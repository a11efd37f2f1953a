//===- EscapeAnalyzer.cpp - Build, solve, report --------------------------===//
//
// The pipeline for one function: Builder (Build.cpp, Expr.cpp, Call.cpp)
// turns the body into a Graph, solve() walks it from the roots, and the
// verdicts below read the walks, with flows from explain() over the same
// edges. How callees without a summary are treated, including the standard
// library's, is described at the top of Call.cpp.
//
//===----------------------------------------------------------------------===//
#include "Builder.h"
#include "EscapeGraph.h"
#include "Graph.h"
#include "Leaks.h"
#include "Solve.h"

#include "clang/AST/DeclCXX.h"

namespace esc::escape {

EscapeAnalyzer::EscapeAnalyzer(clang::ASTContext &Ctx, EscapeOracle Oracle)
    : Ctx(Ctx), Oracle(std::move(Oracle)) {}

namespace {

/// An instance method whose `this` is the user's object, not a closure.
bool hasOwnThis(const clang::FunctionDecl *FD) {
  const auto *MD = llvm::dyn_cast<clang::CXXMethodDecl>(FD);
  return MD && MD->isInstance() && !MD->getParent()->isLambda();
}

/// The answer when a limit was hit: every site and every local whose
/// address is taken escapes, every parameter leaks.
EscapeFacts giveUp(const Graph &G, const clang::FunctionDecl *FD) {
  std::vector<FlowStep> Why{FlowStep{FD->getLocation(), "analysis limit reached"}};
  EscapeFacts Facts;
  for (LocId S : G.sites())
    Facts.Allocs.push_back(AllocVerdict{G.locations()[S].Site, Sink::Heap, Why});
  for (const Location &L : G.locations())
    if (L.K == Location::Variable && L.AddrTaken && !L.Var->isImplicit())
      Facts.Locals.push_back(LocalVerdict{L.Var, Sink::Heap, Why});
  if (G.thisId() != NoLoc && hasOwnThis(FD))
    Facts.This = ThisVerdict{Sink::Heap, Why};
  Facts.Leaks = allParamsLeak(FD);
  return Facts;
}

} // namespace

EscapeFacts EscapeAnalyzer::analyze(const clang::FunctionDecl *FD) {
  const clang::FunctionDecl *Def = nullptr;
  if (!FD || !FD->getBody(Def) || !Def)
    return {};
  Graph G;
  Builder(Ctx, Oracle, Def, G).build();
  if (G.overflowed())
    return giveUp(G, Def);
  Solution S = solve(G);
  if (S.Overflowed)
    return giveUp(G, Def);

  EscapeFacts Facts;
  for (LocId Site : G.sites()) {
    AllocVerdict V;
    V.Site = G.locations()[Site].Site;
    if (const Walk *W = S.addressEscapes(Site)) {
      V.Escapes = W->As;
      V.Flow = explain(G, *W, Site, /*Address=*/true);
    }
    Facts.Allocs.push_back(std::move(V));
  }
  const auto &Locs = G.locations();
  for (LocId L = 0; L < Locs.size(); ++L) {
    // Implicit variables (a range-for's __begin) are not the user's.
    if (Locs[L].K != Location::Variable || !Locs[L].AddrTaken ||
        Locs[L].Var->isImplicit())
      continue;
    LocalVerdict V;
    V.Var = Locs[L].Var;
    if (const Walk *W = S.addressEscapes(L)) {
      V.AddressEscapes = W->As;
      V.Flow = explain(G, *W, L, /*Address=*/true);
    }
    Facts.Locals.push_back(std::move(V));
  }
  if (LocId T = G.thisId(); T != NoLoc && hasOwnThis(Def)) {
    // `this` is a pointer: the object escapes when the pointer itself (0
    // derefs) reaches a root, as `[this] { run(); }` passed to a thread does.
    ThisVerdict V;
    for (const Walk &W : S.Walks)
      if (W.Derefs[T] <= 0) {
        V.ObjectEscapes = W.As;
        V.Flow = explain(G, W, T, /*Address=*/false);
        break;
      }
    Facts.This = std::move(V);
  }
  Facts.Leaks = paramLeaks(G, S);
  return Facts;
}

} // namespace esc::escape
