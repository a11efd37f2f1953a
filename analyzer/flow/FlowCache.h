//===- FlowCache.h - one CFG per function, built on demand ------*- C++ -*-===//
//
// The flow layer's entry point: a module asks for a function's flow and gets
// the CFG, the statement-to-block map, the parent map and liveness, all built
// the first time that function is asked about and kept for the TU.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_FLOW_FLOWCACHE_H
#define ESCAPEMENT_FLOW_FLOWCACHE_H

#include "clang/Analysis/AnalysisDeclContext.h"
#include "clang/Analysis/Analyses/LiveVariables.h"
#include "clang/Analysis/CFG.h"
#include "clang/Analysis/CFGStmtMap.h"

namespace escapement::flow {

/// The views of one function body. Every pointer is owned by the cache and
/// lives as long as it.
class FunctionFlow {
public:
  explicit FunctionFlow(clang::AnalysisDeclContext &ADC) : ADC(ADC) {}

  const clang::CFG *cfg() const { return ADC.getCFG(); }
  /// The block a statement (a fact's Stmt*) was placed in; null for a
  /// statement the CFG does not contain as an element.
  const clang::CFGBlock *blockOf(const clang::Stmt *S) const;
  clang::ParentMap &parents() const { return ADC.getParentMap(); }
  /// Built the first time it is asked for: most modules never need it.
  clang::LiveVariables *liveness() const {
    return ADC.getAnalysis<clang::LiveVariables>();
  }
  clang::AnalysisDeclContext &context() const { return ADC; }

private:
  clang::AnalysisDeclContext &ADC;
};

/// One per TU (the ASTContext). Not thread-safe, like the TU it belongs to.
class FlowCache {
public:
  explicit FlowCache(clang::ASTContext &Ctx);

  /// Null for a function without a body or one the CFG builder refuses.
  const FunctionFlow *get(const clang::FunctionDecl *FD);

private:
  clang::AnalysisDeclContextManager Manager;
  llvm::DenseMap<const clang::Decl *, std::unique_ptr<FunctionFlow>> Flows;
};

} // namespace escapement::flow

#endif
