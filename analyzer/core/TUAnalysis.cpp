#include "TUAnalysis.h"

#include "Annotations.h"
#include "CallSite.h"
#include "escape/Summaries.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/Builtins.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Index/USRGeneration.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace esc {
using namespace clang;

/// `std::is_constant_evaluated()` (or a library's wrapper of the builtin,
/// such as fmt::detail::is_constant_evaluated) as the whole condition.
bool constantEvaluatedTest(const Expr *Cond) {
  const auto *Call = Cond ? dyn_cast<CallExpr>(Cond->IgnoreParenImpCasts()) : nullptr;
  const FunctionDecl *FD = Call ? Call->getDirectCallee() : nullptr;
  if (!FD)
    return false;
  if (FD->getBuiltinID() == Builtin::BI__builtin_is_constant_evaluated)
    return true;
  return FD->getIdentifier() && FD->getName() == "is_constant_evaluated" &&
         FD->getNumParams() <= 1;
}

/// Walks one function body and records its sites. Lambda bodies are their
/// own functions (they run when called, not where written) and unevaluated
/// operands run never, so neither is walked.
class BodyWalker : public RecursiveASTVisitor<BodyWalker> {
public:
  BodyWalker(TUAnalysis &A, LocalFacts &Out, bool InSystem)
      : A(A), Out(Out), InSystem(InSystem) {}

  bool shouldVisitImplicitCode() const { return true; }
  bool shouldVisitTemplateInstantiations() const { return true; }

  bool TraverseLambdaExpr(LambdaExpr *LE) {
    for (Expr *Init : LE->capture_inits())
      if (Init)
        TraverseStmt(Init);
    return true;
  }
  bool TraverseUnaryExprOrTypeTraitExpr(UnaryExprOrTypeTraitExpr *) { return true; }
  bool TraverseCXXNoexceptExpr(CXXNoexceptExpr *) { return true; }
  bool TraverseDecltypeTypeLoc(DecltypeTypeLoc) { return true; }
  bool TraverseRequiresExpr(RequiresExpr *) { return true; }
  bool TraverseCXXTypeidExpr(CXXTypeidExpr *E) {
    return E->isPotentiallyEvaluated() ? RecursiveASTVisitor::TraverseCXXTypeidExpr(E) : true;
  }
  bool TraverseCoroutineBodyStmt(CoroutineBodyStmt *S) {
    // The frame's allocation belongs to the ramp and is recorded by collect();
    // walk what runs in the coroutine itself.
    for (Stmt *Part : std::initializer_list<Stmt *>{S->getBody(), S->getInitSuspendStmt(), S->getFinalSuspendStmt(),
                       S->getReturnValueInit(), S->getExceptionHandler()})
      if (Part)
        TraverseStmt(Part);
    if (const auto *Promise = S->getPromiseDecl(); Promise && Promise->getInit())
      TraverseStmt(const_cast<Expr *>(Promise->getInit()));
    return true;
  }
  // Evaluated by the compiler (an immediate invocation such as fmt's
  // consteval format-string check, a constant initializer, a case label):
  // none of it runs when the program does.
  bool TraverseConstantExpr(ConstantExpr *) { return true; }
  bool TraverseIfStmt(IfStmt *S) {
    if (!S->isConsteval() && !constantEvaluatedTest(S->getCond()))
      return RecursiveASTVisitor::TraverseIfStmt(S);
    // `if consteval` / `if (std::is_constant_evaluated())`: one branch is
    // for the compiler only.
    if (S->getInit())
      TraverseStmt(S->getInit());
    Stmt *Runtime = S->isNegatedConsteval() ? S->getThen() : S->getElse();
    return Runtime ? TraverseStmt(Runtime) : true;
  }
  // Destruction frees; it does not allocate.
  bool TraverseCXXDeleteExpr(CXXDeleteExpr *E) { return TraverseStmt(E->getArgument()); }

  bool VisitCXXNewExpr(CXXNewExpr *E) {
    if (auto Site = A.Cat.newExpression(E)) {
      addAlloc(*Site, E);
      return true;
    }
    if (const FunctionDecl *Op = E->getOperatorNew();
        Op && !Op->isReservedGlobalPlacementOperator())
      call(E, Op);
    return true;
  }

  bool VisitCXXThrowExpr(CXXThrowExpr *E) {
    if (InSystem || !E->getSubExpr())
      return true; // library failure paths are not effects; rethrow allocates nothing.
    AllocSite S;
    S.Kind = AllocKind::Throw;
    QualType T = E->getSubExpr()->getType();
    S.Reason = "'throw' allocates the exception object on the heap (__cxa_allocate_exception)";
    if (!T->isDependentType() && !T->isIncompleteType())
      S.Bytes = A.Ctx.getTypeSizeInChars(T).getQuantity();
    addAlloc(S, E);
    return true;
  }

  bool VisitCXXConstructExpr(CXXConstructExpr *E) {
    const CXXConstructorDecl *Ctor = E->getConstructor();
    if (Ctor && !Ctor->isTrivial())
      call(E, Ctor);
    return true;
  }

  bool VisitCallExpr(CallExpr *E) {
    const FunctionDecl *Callee = E->getDirectCallee();
    if (Callee)
      if (auto M = readMarker(E, Callee, A.Ctx)) {
        M->Pos = A.pos(locOf(E));
        Out.F.Markers.push_back(std::move(*M));
      }
    if (!Callee) {
      if (isa<CXXPseudoDestructorExpr>(E->getCallee()->IgnoreParens()))
        return true;
      addUnknown("calls through a function pointer, whose target cannot be known statically", E);
      return true;
    }
    if (isa<CXXMemberCallExpr>(E) && isVirtualDispatch(E)) {
      // A catalogued std member stays catalogued; anything else may be
      // overridden anywhere.
      CallVerdict V = A.Cat.classify(E, Callee);
      if (!V.Handled) {
        addUnknown("makes a virtual call to '" + A.displayName(Callee) +
                       "', which any override may implement",
                   E);
        return true;
      }
    }
    call(E, Callee);
    return true;
  }

private:
  void addAlloc(AllocSite S, const Stmt *At) {
    S.Pos = A.pos(locOf(At));
    Out.F.Allocs.push_back(std::move(S));
    Out.AllocStmts.push_back(At);
    if (const auto *E = dyn_cast<Expr>(At))
      A.AllocExprs.insert(E);
  }
  void addUnknown(std::string Reason, const Stmt *At) {
    Out.F.Unknown.push_back({std::move(Reason), A.pos(locOf(At))});
    Out.UnknownStmts.push_back(At);
  }
  void addBlock(std::string Reason, const Stmt *At) {
    Out.F.Blocks.push_back({std::move(Reason), A.pos(locOf(At))});
    Out.BlockStmts.push_back(At);
  }
  static SourceLocation locOf(const Stmt *S) { return siteLoc(S); }

  void call(const Expr *E, const FunctionDecl *Callee) {
    if (A.isSpawn(Callee))
      Out.SpawnCalls.push_back(E);
    CallVerdict V = A.Cat.classify(E, Callee);
    if (V.Handled) {
      if (V.Alloc)
        addAlloc(*V.Alloc, E);
      if (V.Block)
        addBlock(*V.Block, E);
      if (V.Opaque)
        addUnknown(*V.Opaque, E);
      return;
    }
    const FunctionDecl *Target = Callee;
    if (const FunctionDecl *Def = Callee->getDefinition())
      Target = Def;
    std::string USR = A.usr(Target);
    if (USR.empty())
      return;
    A.ByUSR.try_emplace(USR, Target);
    if (Target->hasBody() && !A.ByUSR[USR]->hasBody())
      A.ByUSR[USR] = Target;
    Out.F.Calls.push_back({USR, A.displayName(Callee), A.pos(locOf(E))});
    Out.CallStmts.push_back(E);
    Out.CallDecls.push_back(Target);
  }

  TUAnalysis &A;
  LocalFacts &Out;
  bool InSystem;
};

TUAnalysis::TUAnalysis(ASTContext &Ctx, SummaryStore *Store, SpawnPoints Spawns)
    : Ctx(Ctx), Store(Store), Cat(Ctx, StdLib::detect(Ctx)), Res(*this),
      Spawns(std::move(Spawns)) {}

TUAnalysis::~TUAnalysis() = default;

std::string TUAnalysis::usr(const FunctionDecl *FD) {
  auto It = USRs.find(FD);
  if (It != USRs.end())
    return It->second;
  llvm::SmallString<128> Buf;
  std::string Out;
  if (!index::generateUSRForDecl(FD, Buf))
    Out = std::string(Buf);
  USRs[FD] = Out;
  return Out;
}

std::string TUAnalysis::displayName(const FunctionDecl *FD) const {
  std::string S;
  llvm::raw_string_ostream OS(S);
  PrintingPolicy P(Ctx.getLangOpts());
  P.SuppressInlineNamespace = true;
  P.FullyQualifiedName = true;
  FD->getNameForDiagnostic(OS, P, /*Qualified=*/true);
  return S;
}

std::string TUAnalysis::absolutePath(const FileManager &FM, llvm::StringRef Path) {
  llvm::SmallString<256> Abs(Path);
  FM.makeAbsolutePath(Abs);
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  return std::string(Abs);
}

SourcePos TUAnalysis::pos(SourceLocation L) const {
  const SourceManager &SM = Ctx.getSourceManager();
  if (L.isInvalid())
    return {};
  SourceLocation E = SM.getExpansionLoc(L);
  SourcePos P;
  if (auto FE = SM.getFileEntryRefForID(SM.getFileID(E)))
    P.File = absolutePath(SM.getFileManager(), FE->getName());
  P.Line = SM.getExpansionLineNumber(E);
  P.Column = SM.getExpansionColumnNumber(E);
  return P;
}

SourceLocation TUAnalysis::loc(const SourcePos &P) {
  if (!P.valid())
    return {};
  SourceManager &SM = Ctx.getSourceManager();
  auto FE = SM.getFileManager().getOptionalFileRef(P.File);
  if (!FE)
    return {};
  SourceLocation L = SM.translateFileLineCol(*FE, P.Line, P.Column);
  if (L.isValid())
    return L;
  FileID FID = SM.createFileID(*FE, SourceLocation(), SrcMgr::C_User);
  return SM.translateLineCol(FID, P.Line, P.Column);
}

const LocalFacts &TUAnalysis::local(const FunctionDecl *Def) {
  auto &Slot = Locals[Def];
  if (!Slot) {
    Slot = std::make_unique<LocalFacts>();
    collect(Def, *Slot);
  }
  return *Slot;
}

void TUAnalysis::collect(const FunctionDecl *Def, LocalFacts &Out) {
  const SourceManager &SM = Ctx.getSourceManager();
  Out.Decl = Def;
  FunctionFacts &F = Out.F;
  F.USR = usr(Def);
  F.Name = displayName(Def);
  F.Pos = pos(Def->getLocation());
  F.Declared = readContract(Def);
  F.HasBody = Def->hasBody();
  F.InSystem = SM.isInSystemHeader(Def->getLocation());
  const Stmt *Body = Def->getBody();
  if (!Body)
    return;
  if (const auto *Coro = dyn_cast<CoroutineBodyStmt>(Body)) {
    // Every call of a coroutine allocates its frame through the promise's
    // operator new if it has one, the global heap otherwise.
    const FunctionDecl *OpNew = nullptr;
    if (const auto *AllocCall = dyn_cast_or_null<CallExpr>(Coro->getAllocate()))
      OpNew = AllocCall->getDirectCallee();
    if (!OpNew || OpNew->isReplaceableGlobalAllocationFunction()) {
      AllocSite S;
      S.Kind = AllocKind::CoroutineFrame;
      S.Reason = "calling coroutine '" + F.Name +
                 "' allocates its frame on the heap: its promise type has no operator new "
                 "of its own";
      S.Pos = F.Pos;
      F.Allocs.push_back(std::move(S));
      Out.AllocStmts.push_back(Body);
    } else {
      std::string U = usr(OpNew);
      ByUSR.try_emplace(U, OpNew->getDefinition() ? OpNew->getDefinition() : OpNew);
      F.Calls.push_back({U, displayName(OpNew), F.Pos});
      Out.CallStmts.push_back(Body);
      Out.CallDecls.push_back(OpNew);
    }
  }
  BodyWalker W(*this, Out, F.InSystem);
  W.TraverseStmt(const_cast<Stmt *>(Body));
  // Constructors also run their member initializers.
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Def))
    for (const CXXCtorInitializer *Init : Ctor->inits())
      if (Init->getInit())
        W.TraverseStmt(Init->getInit());
}

const FunctionFacts *TUAnalysis::facts(llvm::StringRef USR) {
  auto It = ByUSR.find(USR);
  const FunctionDecl *FD = It == ByUSR.end() ? nullptr : It->second;
  if (FD && FD->hasBody()) {
    bool InSystem = Ctx.getSourceManager().isInSystemHeader(FD->getLocation());
    if (InSystem && Store)
      if (const FunctionFacts *Shared = Store->lookup(USR); Shared && Shared->HasBody)
        return Shared;
    const LocalFacts &L = local(FD);
    if (InSystem && Store)
      Store->publish(L.F);
    return &L.F;
  }
  if (Store)
    if (const FunctionFacts *Shared = Store->lookup(USR))
      return Shared;
  if (!FD)
    return nullptr;
  // Only a declaration: its contract is all there is to know. Any annotation
  // counts (ESC_SPAWN, ESC_COST_NS): each module decides what it can use.
  Contract C = readContract(FD);
  if (!C.any())
    return nullptr;
  auto &Slot = DeclOnly[USR];
  if (!Slot) {
    Slot = std::make_unique<FunctionFacts>();
    Slot->USR = USR.str();
    Slot->Name = displayName(FD);
    Slot->Pos = pos(FD->getLocation());
    Slot->Declared = C;
  }
  return Slot.get();
}

namespace {
class UserFunctionFinder : public RecursiveASTVisitor<UserFunctionFinder> {
public:
  UserFunctionFinder(const SourceManager &SM, std::vector<const FunctionDecl *> &Out)
      : SM(SM), Out(Out) {}
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitLambdaBody() const { return true; }

  bool TraverseDecl(Decl *D) {
    if (!D)
      return true;
    // Never descend into system headers: their functions are walked only
    // when user code reaches them.
    if (!isa<TranslationUnitDecl>(D) && D->getLocation().isValid() &&
        SM.isInSystemHeader(D->getLocation()))
      return true;
    return RecursiveASTVisitor::TraverseDecl(D);
  }
  bool VisitFunctionDecl(FunctionDecl *FD) {
    if (FD->doesThisDeclarationHaveABody() && !FD->isDependentContext() &&
        !FD->isInvalidDecl() && !FD->isDefaulted())
      Out.push_back(FD);
    return true;
  }
  // A lambda's call operator is implicit code the visitor does not visit as
  // a declaration, yet it is a function the user wrote (and may annotate).
  bool VisitLambdaExpr(LambdaExpr *LE) {
    if (const CXXMethodDecl *Op = LE->getCallOperator();
        Op && Op->hasBody() && !Op->isDependentContext())
      Out.push_back(Op);
    return true;
  }

private:
  const SourceManager &SM;
  std::vector<const FunctionDecl *> &Out;
};
} // namespace

const std::vector<const FunctionDecl *> &TUAnalysis::userFunctions() {
  if (!UsersDone) {
    UserFunctionFinder Finder(Ctx.getSourceManager(), Users);
    Finder.TraverseDecl(Ctx.getTranslationUnitDecl());
    for (const FunctionDecl *FD : Users)
      ByUSR[usr(FD)] = FD;
    UsersDone = true;
  }
  return Users;
}

static std::vector<TUAnalysis::FactExporter> &exporters() {
  static std::vector<TUAnalysis::FactExporter> All;
  return All;
}
void TUAnalysis::addFactExporter(FactExporter E) { exporters().push_back(E); }

std::vector<FunctionFacts> TUAnalysis::exportFacts() {
  for (const FunctionDecl *FD : userFunctions())
    Res.verdict(local(FD).F.USR);
  std::vector<FunctionFacts> Out;
  for (const auto &Entry : Locals) {
    if (Entry.second->F.USR.empty())
      continue;
    Out.push_back(Entry.second->F);
    // Callers in other TUs see what leaves it, spawned work included; a
    // library body keeps the escape graph's standard-library rules.
    if (!Entry.second->F.InSystem && Entry.second->F.HasBody) {
      Out.back().Escape = escape::EscapeSummary{escapeFacts(Entry.first).Leaks};
      for (FactExporter E : exporters())
        E(*this, Entry.first, Out.back());
    }
  }
  std::sort(Out.begin(), Out.end(),
            [](const FunctionFacts &A, const FunctionFacts &B) { return A.USR < B.USR; });
  return Out;
}

//===-- Escape facts ------------------------------------------------------===//

bool TUAnalysis::isSpawn(const FunctionDecl *FD) {
  if (Spawns.isSpawn(FD))
    return true;
  // ESC_SPAWN on a definition in another TU, seen here only declared.
  if (!Store || FD->hasBody())
    return false;
  std::string U = usr(FD);
  const FunctionFacts *F = U.empty() ? nullptr : Store->lookup(U);
  return F && F->Declared.Spawn;
}

const escape::EscapeFacts &TUAnalysis::escapeFacts(const FunctionDecl *Def) {
  if (!Escapes) {
    escape::EscapeOracle Oracle;
    // The sites are those the facts recorded, so the graph and the checks
    // judge the same allocations; escapeFacts walks a body's facts first.
    Oracle.IsAllocation = [this](const Expr *E) { return AllocExprs.contains(E); };
    Oracle.IsSpawn = [this](const FunctionDecl *F) { return isSpawn(F); };
    // A callee defined in another TU: its leaks from the summary store.
    Oracle.Leaks = [this](const FunctionDecl *F) -> std::optional<std::vector<escape::ParamLeak>> {
      std::string U = Store ? usr(F) : std::string();
      const FunctionFacts *Shared = U.empty() ? nullptr : Store->lookup(U);
      if (!Shared || !Shared->Escape)
        return std::nullopt;
      return Shared->Escape->Leaks;
    };
    Escapes = std::make_unique<escape::EscapeSummaries>(
        Ctx, std::move(Oracle), [this](const FunctionDecl *F) { (void)local(F); });
  }
  return Escapes->facts(Def);
}

} // namespace esc
