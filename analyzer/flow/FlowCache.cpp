//===- FlowCache.cpp ------------------------------------------------------===//
#include "flow/FlowCache.h"

namespace escapement::flow {

using namespace clang;

// Implicit and temporary destructors make RAII guards visible as
// CFGAutomaticObjDtor / CFGTemporaryDtor elements on each path out of their
// scope; lifetime markers tell where a local stops existing (a trivially
// destructible one too). AddEHEdges is left off: clang's exceptional edges
// cover only some calls, so the solver models "a call that may throw leaves
// here" itself (see Solver.h).
FlowCache::FlowCache(ASTContext &Ctx)
    : Manager(Ctx, /*useUnoptimizedCFG=*/false, /*addImplicitDtors=*/true,
              /*addInitializers=*/true, /*addTemporaryDtors=*/true,
              /*addLifetime=*/true) {}

const FunctionFlow *FlowCache::get(const FunctionDecl *FD) {
  if (!FD)
    return nullptr;
  const FunctionDecl *Def = nullptr;
  if (!FD->hasBody(Def) || !Def)
    return nullptr;
  auto [It, New] = Flows.try_emplace(Def->getCanonicalDecl());
  if (New) {
    AnalysisDeclContext *ADC = Manager.getContext(Def);
    if (ADC && ADC->getCFG())
      It->second = std::make_unique<FunctionFlow>(*ADC);
  }
  return It->second.get();
}

const CFGBlock *FunctionFlow::blockOf(const Stmt *S) const {
  CFGStmtMap *Map = ADC.getCFGStmtMap();
  return Map ? Map->getBlock(S) : nullptr;
}

} // namespace escapement::flow
