//===- Graph.h - Locations and the edges between them ---------------------===//
//
// The data structure of the escape analysis, as in Go's graph.go. A location
// is something that holds a value: a local variable or parameter, `this`, an
// allocation site, a temporary, and three roots that outlive every local:
//
//   Heap    globals, anything stored through a pointer, unknown callees
//   Return  the function's result
//   Spawn   work that runs on another thread (std::thread, std::async, ...)
//
// An edge "Src -> Dst, Derefs" says the value of Dst may hold
//
//   Derefs = -1   the address of Src                    p = &x
//   Derefs =  0   the value of Src                      p = q
//   Derefs =  n   what Src points to, n levels deep     p = *q   (n = 1)
//
// Every edge carries a note: the program text that created it ("p = &x").
// Notes chain, as Go's holes' notes do: a hole that already says why a value
// goes somewhere ("passed to 'submit', which runs it on another thread") keeps
// that reason when a nearer one is added ("'x' captured by reference into a
// lambda"), and the edge shows both, nearest first. The solver explains a
// verdict by printing the notes of the edges it used to reach it, so the
// explanation cannot disagree with the verdict.
//
// Invariant: the graph never exceeds MaxLocations / MaxEdges. When a builder
// would cross a limit the graph is marked Overflowed and stops growing; the
// analyzer then answers conservatively (everything escapes) instead.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_ESCAPE_GRAPH_H
#define ESCAPEMENT_ESCAPE_GRAPH_H

#include "EscapeGraph.h"

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"

#include <cstdint>
#include <string>
#include <vector>

namespace esc::escape {

using LocId = uint32_t;
using NoteId = uint32_t;

constexpr LocId NoLoc = ~0u;
constexpr NoteId NoNote = 0; // note 0 is empty: steps with it are not shown

struct Location {
  enum Kind : uint8_t { HeapRoot, ReturnRoot, SpawnRoot, ThisParam, Variable, AllocSite, Temp };
  Kind K = Temp;
  const clang::VarDecl *Var = nullptr; // Variable
  const clang::Expr *Site = nullptr;   // AllocSite
  int Param = -1;          // leak numbering: 0 = `this`, then parameters
  bool AddrTaken = false;  // some edge takes its address (Derefs < 0)

  /// Roots outlive every other location of the function.
  bool isRoot() const { return K == HeapRoot || K == ReturnRoot || K == SpawnRoot; }
};

struct Edge {
  LocId Src, Dst;
  int Derefs;
  NoteId Note;
};

class Graph {
public:
  static constexpr LocId HeapLoc = 0, ReturnLoc = 1, SpawnLoc = 2;
  static constexpr size_t MaxLocations = 10000;
  static constexpr size_t MaxEdges = 20000;

  Graph();

  /// The location of a local variable or parameter, created on first use.
  LocId var(const clang::VarDecl *VD);
  /// Marks `VD`'s location as parameter `Index` of the leak numbering.
  LocId param(const clang::VarDecl *VD, int Index);
  /// The pseudo-parameter `this`.
  LocId thisLoc();
  /// The location of allocation site `E`, created on first use so that an
  /// expression evaluated twice is still one site.
  LocId site(const clang::Expr *E);
  /// A fresh location for an intermediate value.
  LocId temp();

  /// A note; `Next` is the note it adds to (NoNote: none), shown after it.
  NoteId note(clang::SourceLocation Loc, std::string Text, NoteId Next = NoNote);
  /// Adds "Src flows into Dst with Derefs"; no-op for a discarded Dst.
  void flow(LocId Src, LocId Dst, int Derefs, NoteId Note);

  bool overflowed() const { return Overflowed; }
  void setOverflowed() { Overflowed = true; }

  const std::vector<Location> &locations() const { return Locs; }
  const std::vector<Edge> &edges() const { return Edges; }
  const FlowStep &noteAt(NoteId N) const { return Notes[N].Step; }
  NoteId nextNote(NoteId N) const { return Notes[N].Next; }
  /// The pseudo-parameter `this`, or NoLoc when the body never used it.
  LocId thisId() const { return This; }
  const std::vector<LocId> &sites() const { return Sites; }

private:
  LocId add(Location L);

  std::vector<Location> Locs;
  std::vector<Edge> Edges;
  struct NoteEntry {
    FlowStep Step;
    NoteId Next = NoNote;
  };
  std::vector<NoteEntry> Notes; // Notes[NoNote] is empty
  std::vector<LocId> Sites; // in creation (source) order
  llvm::DenseMap<const clang::VarDecl *, LocId> Vars;
  llvm::DenseMap<const clang::Expr *, LocId> SiteOf;
  LocId This = NoLoc;
  bool Overflowed = false;
};

} // namespace esc::escape

#endif
