#include "Graph.h"

namespace esc::escape {

Graph::Graph() {
  Notes.push_back(NoteEntry{}); // NoNote
  Location L;
  L.K = Location::HeapRoot;
  add(L);
  L.K = Location::ReturnRoot;
  add(L);
  L.K = Location::SpawnRoot;
  add(L);
}

LocId Graph::add(Location L) {
  if (Locs.size() >= MaxLocations) {
    Overflowed = true;
    return HeapLoc; // anything past the limit is treated as the heap
  }
  Locs.push_back(L);
  return static_cast<LocId>(Locs.size() - 1);
}

LocId Graph::var(const clang::VarDecl *VD) {
  auto It = Vars.find(VD);
  if (It != Vars.end())
    return It->second;
  Location L;
  L.K = Location::Variable;
  L.Var = VD;
  LocId Id = add(L);
  if (Id != HeapLoc)
    Vars[VD] = Id;
  return Id;
}

LocId Graph::param(const clang::VarDecl *VD, int Index) {
  LocId Id = var(VD);
  if (Id != HeapLoc)
    Locs[Id].Param = Index;
  return Id;
}

LocId Graph::thisLoc() {
  if (This == NoLoc) {
    Location L;
    L.K = Location::ThisParam;
    L.Param = 0;
    LocId Id = add(L);
    if (Id == HeapLoc)
      return Id;
    This = Id;
  }
  return This;
}

LocId Graph::site(const clang::Expr *E) {
  auto It = SiteOf.find(E);
  if (It != SiteOf.end())
    return It->second;
  Location L;
  L.K = Location::AllocSite;
  L.Site = E;
  LocId Id = add(L);
  if (Id == HeapLoc)
    return Id;
  SiteOf[E] = Id;
  Sites.push_back(Id);
  return Id;
}

LocId Graph::temp() { return add(Location{}); }

NoteId Graph::note(clang::SourceLocation Loc, std::string Text, NoteId Next) {
  Notes.push_back(NoteEntry{FlowStep{Loc, std::move(Text)}, Next});
  return static_cast<NoteId>(Notes.size() - 1);
}

void Graph::flow(LocId Src, LocId Dst, int Derefs, NoteId Note) {
  if (Src == NoLoc || Dst == NoLoc || (Src == Dst && Derefs >= 0))
    return; // discarded, or "x = x": nothing new flows
  if (Derefs < 0)
    Locs[Src].AddrTaken = true;
  if (Edges.size() >= MaxEdges) {
    Overflowed = true; // keep walking: sites and taken addresses still count
    return;
  }
  Edges.push_back(Edge{Src, Dst, Derefs, Note});
}

} // namespace esc::escape
