#include "CallGraph.h"

#include "llvm/ADT/StringMap.h"

#include <algorithm>
#include <vector>

namespace esc {

void CallGraph::visitBottomUp(llvm::ArrayRef<std::string> Roots,
                              llvm::function_ref<bool(llvm::StringRef)> Skip, SCCVisitor Visit) {
  struct Node {
    unsigned Index = 0, LowLink = 0;
    bool OnStack = false;
  };
  // One frame per node being explored: the recursive Tarjan's locals. Edges
  // are taken in the order the facts list them, exactly as the recursion
  // would, so components and their member order do not depend on depth.
  struct Frame {
    std::string USR;
    const FunctionFacts *F;
    size_t NextEdge = 0;
  };
  llvm::StringMap<Node> Nodes;
  std::vector<std::string> Stack;
  std::vector<Frame> Frames;
  unsigned NextIndex = 1;

  auto Discover = [&](const std::string &USR) {
    Node &N = Nodes[USR];
    N.Index = N.LowLink = NextIndex++;
    N.OnStack = true;
    Stack.push_back(USR);
    Frames.push_back({USR, facts(USR)});
  };

  for (const std::string &Root : Roots) {
    if (Nodes.contains(Root) || Skip(Root))
      continue;
    Discover(Root);
    while (!Frames.empty()) {
      Frame &Top = Frames.back();
      if (Top.F && Top.NextEdge < Top.F->Calls.size()) {
        const std::string &Callee = Top.F->Calls[Top.NextEdge++].USR;
        auto It = Nodes.find(Callee);
        if (It == Nodes.end()) {
          if (!Skip(Callee))
            Discover(Callee); // invalidates Top
        } else if (It->second.OnStack) {
          Node &Me = Nodes[Top.USR];
          Me.LowLink = std::min(Me.LowLink, It->second.Index);
        }
        continue;
      }
      // All edges taken: close the node, as the recursion's return would.
      std::string USR = std::move(Top.USR);
      Frames.pop_back();
      Node &Me = Nodes[USR];
      if (!Frames.empty()) {
        Node &Parent = Nodes[Frames.back().USR];
        Parent.LowLink = std::min(Parent.LowLink, Me.LowLink);
      }
      if (Me.LowLink != Me.Index)
        continue;
      std::vector<std::string> Members;
      while (true) {
        std::string W = std::move(Stack.back());
        Stack.pop_back();
        Nodes[W].OnStack = false;
        Members.push_back(std::move(W));
        if (Members.back() == USR)
          break;
      }
      bool Recursive = Members.size() > 1;
      if (!Recursive)
        if (const FunctionFacts *F = facts(USR))
          Recursive = llvm::any_of(F->Calls, [&](const CallEdge &E) { return E.USR == USR; });
      Visit(Members, Recursive);
    }
  }
}

} // namespace esc
