//===- Build.cpp - Statements, declarations and parameters ----------------===//
//
// The model is flow-insensitive, like Go's: the order of statements does not
// matter, only which values may end up where. So the body is walked once as
// a tree, every statement contributing its edges:
//
//   int *p = &x;   x -> p, -1       "p = &x"
//   g = p;         p -> heap, 0     "g = p (stored in a global)"
//   return p;      p -> return, 0   "return p"
//
//===----------------------------------------------------------------------===//
#include "Builder.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace esc::escape {

Builder::Builder(ASTContext &Ctx, const EscapeOracle &Oracle,
                 const FunctionDecl *FD, Graph &G)
    : Ctx(Ctx), Oracle(Oracle), FD(FD), G(G) {}

void Builder::build() {
  // Parameters are numbered for leak summaries: `this` first for methods.
  int Index = 0;
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD); MD && MD->isInstance()) {
    G.thisLoc();
    Index = 1;
  }
  for (const ParmVarDecl *P : FD->parameters())
    G.param(P, Index++);

  const Stmt *Body = FD->getBody();
  if (const auto *CB = dyn_cast_or_null<CoroutineBodyStmt>(Body)) {
    // task<int> f(const Config &C) { co_await io(); use(C); }
    // The frame keeps C's address across suspensions, past the caller's
    // full-expression, and the frame belongs to the task the call returns:
    // C's address goes where the task goes (Return), so the caller's object
    // must outlive the task: spawned, it is used on another thread; awaited
    // in place, nothing escapes. Copied parameters and `this` are kept the
    // same way, with what they point to.
    for (const ParmVarDecl *P : FD->parameters())
      if (P->getType()->isReferenceType())
        G.flow(G.var(P), Graph::ReturnLoc, 0,
               note(P->getLocation(),
                    "a coroutine keeps its reference parameters in its frame"));
      else if (mayHoldAddress(P->getType()))
        G.flow(G.var(P), Graph::ReturnLoc, 0,
               note(P->getLocation(), "a coroutine keeps its parameters in its frame"));
    if (const auto *MD = dyn_cast<CXXMethodDecl>(FD); MD && MD->isInstance())
      G.flow(G.thisLoc(), Graph::ReturnLoc, 0,
             note(FD->getLocation(), "a coroutine keeps 'this' in its frame"));
    Body = CB->getBody();
  }

  if (const auto *CD = dyn_cast<CXXConstructorDecl>(FD)) {
    // Foo(int *P) : Ptr(P) {}   stores into the object being constructed,
    // which is the constructor's result (see pointee() in Expr.cpp).
    for (const CXXCtorInitializer *Init : CD->inits()) {
      const Expr *E = Init->getInit();
      if (!E)
        continue;
      std::string Target = Init->getMember() ? name(Init->getMember())
                                             : std::string("base");
      Hole K = hole(Graph::ReturnLoc,
                    note(Init->getSourceLocation(),
                         Target + "(" + text(E) +
                             ") (stored in the object being constructed)"));
      const FieldDecl *F = Init->getMember();
      if (F && F->getType()->isReferenceType())
        K = addr(K);
      expr(K, E);
    }
  }
  stmt(Body);
}

void Builder::stmt(const Stmt *S) {
  if (!S)
    return;
  if (const auto *E = dyn_cast<Expr>(S)) {
    expr(discard(), E);
    return;
  }
  switch (S->getStmtClass()) {
  case Stmt::DeclStmtClass:
    for (const Decl *D : cast<DeclStmt>(S)->decls())
      if (const auto *VD = dyn_cast<VarDecl>(D))
        varDecl(VD);
    return;
  case Stmt::ReturnStmtClass: {
    const auto *RS = cast<ReturnStmt>(S);
    returnValue(RS->getRetValue(), RS->getReturnLoc());
    return;
  }
  case Stmt::CoreturnStmtClass: {
    const auto *CR = cast<CoreturnStmt>(S);
    returnValue(CR->getOperand(), CR->getKeywordLoc());
    return;
  }
  case Stmt::GCCAsmStmtClass:
  case Stmt::MSAsmStmtClass:
    // Inline assembly may do anything with its operands.
    for (const Stmt *Child : S->children())
      if (const auto *E = dyn_cast_or_null<Expr>(Child))
        expr(addr(heap(note(E->getExprLoc(), "used by inline assembly"))), E);
    return;
  default:
    // Compound statements, loops, branches (including their condition
    // variables and init-statements), labels, try/catch.
    for (const Stmt *Child : S->children())
      stmt(Child);
    return;
  }
}

void Builder::varDecl(const VarDecl *VD) {
  const Expr *Init = VD->getInit();
  if (!Init)
    return;
  std::string InitText = text(Init);
  std::string Name = name(VD);
  std::string Text = VD->getInitStyle() == VarDecl::CInit ||
                             InitText.compare(0, Name.size(), Name) != 0
                         ? Name + " = " + InitText
                         : InitText;
  Hole K;
  if (isLocal(VD)) {
    K = hole(G.var(VD), note(VD->getLocation(), std::move(Text)));
  } else {
    // static int *Cache = &x;   a static local is a global.
    K = heap(note(VD->getLocation(), Text + " (stored in a static)"));
  }
  // int &r = x;   a reference holds the address of what it is bound to.
  if (VD->getType()->isReferenceType())
    K = addr(K);
  expr(K, Init);
}

void Builder::returnValue(const Expr *E, SourceLocation Loc) {
  if (!E)
    return;
  Hole K = hole(Graph::ReturnLoc, note(Loc, "return " + text(E)));
  // int &f() { return x; }   returns the address of x.
  if (FD->getReturnType()->isReferenceType())
    K = addr(K);
  expr(K, E);
}

//===-- Holes -------------------------------------------------------------===//

Hole Builder::shift(Hole K, int Delta) {
  if (K.discarded())
    return K;
  if (K.Derefs + Delta >= -1)
    return Hole{K.Dst, K.Derefs + Delta, K.Note};
  // The address of an address: hold the inner address in a temporary and
  // let the temporary's address flow into K.
  //   const int *const &r = &x;   temp = &x; r = &temp
  LocId T = G.temp();
  emit(T, K);
  return shift(Hole{T, 0, K.Note}, Delta - K.Derefs);
}

Hole Builder::tee(llvm::ArrayRef<Hole> Ks) {
  llvm::SmallVector<Hole, 4> Live;
  for (const Hole &K : Ks)
    if (!K.discarded())
      Live.push_back(K);
  if (Live.empty())
    return discard();
  if (Live.size() == 1)
    return Live.front();
  LocId T = G.temp();
  for (const Hole &K : Live)
    emit(T, K);
  return hole(T, NoNote);
}

void Builder::objectAddress(Hole Object, Hole To) {
  // Only an object stored by value (Derefs 0) or whose address is wanted
  // (-1, a temporary) has a location; a value that is only read through
  // (Derefs > 0) is not an object of this function.
  if (Object.discarded() || To.discarded() || Object.Derefs > 0)
    return;
  LocId Obj = Object.Dst;
  // Foo() : Base(args) {}   in a constructor the result is *this, whose
  // address is `this`.
  if (Obj == Graph::ReturnLoc && Object.Derefs == 0 &&
      isa<CXXConstructorDecl>(FD))
    return emit(G.thisLoc(), To);
  if (Object.Derefs < 0) {
    Obj = G.temp();
    emit(Obj, Object);
  }
  emit(Obj, addr(To));
}

//===-- Words -------------------------------------------------------------===//

std::string Builder::text(const Stmt *S) const {
  const SourceManager &SM = Ctx.getSourceManager();
  CharSourceRange R = SM.getExpansionRange(S->getSourceRange());
  StringRef Src = Lexer::getSourceText(R, SM, Ctx.getLangOpts());
  std::string Out;
  bool Space = false;
  for (char C : Src) {
    if (C == '\n' || C == '\r' || C == '\t' || C == ' ') {
      Space = !Out.empty();
      continue;
    }
    if (Space)
      Out += ' ';
    Space = false;
    Out += C;
  }
  constexpr size_t Max = 40;
  if (Out.size() > Max)
    Out = Out.substr(0, Max - 3) + "...";
  return Out.empty() ? std::string("<expr>") : Out;
}

std::string Builder::name(const NamedDecl *D) {
  std::string N = D->getNameAsString();
  return N.empty() ? std::string("<unnamed>") : N;
}

std::string Builder::calleeName(const FunctionDecl *Callee) {
  // std::thread's constructor reads as "std::thread".
  if (const auto *CD = dyn_cast<CXXConstructorDecl>(Callee))
    return CD->getParent()->getQualifiedNameAsString();
  return Callee->getQualifiedNameAsString();
}

//===-- Facts -------------------------------------------------------------===//

bool Builder::isLocal(const VarDecl *VD) const {
  return VD->hasLocalStorage() && VD->getParentFunctionOrMethod() == FD;
}

bool Builder::isSystem(const Decl *D) const {
  if (const auto *F = dyn_cast<FunctionDecl>(D)) {
    if (F->getBuiltinID())
      return true;
    // Instantiations are located at their pattern, in the library's header.
    if (const FunctionDecl *P = F->getTemplateInstantiationPattern())
      D = P;
  }
  return Ctx.getSourceManager().isInSystemHeader(D->getLocation());
}

bool Builder::mayHoldAddress(QualType T) {
  // Error recovery leaves expressions without a type: assume the worst.
  if (T.isNull())
    return true;
  T = T.getCanonicalType();
  if (T->isDependentType() || T->isReferenceType() || T->isPointerType() ||
      T->isRecordType() || T->isBlockPointerType() || T->isObjCObjectPointerType())
    return true;
  if (const ArrayType *AT = T->getAsArrayTypeUnsafe())
    return mayHoldAddress(AT->getElementType());
  // Arithmetic, enums, bool, nullptr_t, member pointers, void: a copy of
  // one carries no address (casts of pointers to integers are not tracked).
  return false;
}

bool Builder::inLambdaBody() const {
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  return MD && MD->getParent()->isLambda();
}

} // namespace esc::escape
