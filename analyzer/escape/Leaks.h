//===- Leaks.h - Parameter leak summaries for callers ---------------------===//
//
// Go's leaks.go. A caller analysed later (bottom-up) does not re-walk this
// function; it asks how each parameter's value leaves it:
//
//   void keep(int *p) { g = p; }      p: Heap, 0   caller's &x escapes
//   void run(F f) { std::thread t(f); t.detach(); }
//                                     f: Spawn, 0  caller's closure runs on
//                                                  another thread
//   int *id(int *p) { return p; }     p: Return, 0 result holds what p holds
//   int get(int **pp) { return **pp; }  nothing: only ints leave
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_ESCAPE_LEAKS_H
#define ESCAPEMENT_ESCAPE_LEAKS_H

#include "EscapeGraph.h"
#include "Graph.h"
#include "Solve.h"

#include <vector>

namespace esc::escape {

/// Leaks of every parameter (`this` = 0 for methods) that reaches a root,
/// one per root it reaches.
std::vector<ParamLeak> paramLeaks(const Graph &G, const Solution &S);

/// Every parameter leaks to the heap with 0 derefs: the answer when the
/// analysis gave up.
std::vector<ParamLeak> allParamsLeak(const clang::FunctionDecl *FD);

} // namespace esc::escape

#endif
