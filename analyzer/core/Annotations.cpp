#include "Annotations.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Lex/Lexer.h"

namespace esc {
namespace {
constexpr llvm::StringLiteral Prefix = "escapement::";

const clang::AnnotateAttr *findAnnotation(const clang::Decl *D, llvm::StringRef Name) {
  for (const clang::Decl *R : D->redecls())
    for (const auto *A : R->specific_attrs<clang::AnnotateAttr>()) {
      llvm::StringRef Text = A->getAnnotation();
      if (Text.consume_front(Prefix) && Text == Name)
        return A;
    }
  return nullptr;
}

/// An annotation argument without the wrapping clang adds (the constant
/// evaluation's ConstantExpr, parentheses, conversions).
const clang::Expr *bare(const clang::Expr *E) {
  if (const auto *CE = llvm::dyn_cast<clang::ConstantExpr>(E))
    E = CE->getSubExpr();
  return E->IgnoreParenImpCasts();
}

std::optional<int64_t> intArg(const clang::AnnotateAttr &A, unsigned I,
                              const clang::ASTContext &Ctx) {
  if (I >= A.args_size())
    return std::nullopt;
  if (auto V = bare(A.args_begin()[I])->getIntegerConstantExpr(Ctx))
    return V->getExtValue();
  return std::nullopt;
}

/// Redeclarations first to last, so "spelled" lists read in source order.
std::vector<const clang::FunctionDecl *> inOrder(const clang::FunctionDecl *FD) {
  std::vector<const clang::FunctionDecl *> Out;
  for (const clang::FunctionDecl *R = FD->getMostRecentDecl(); R; R = R->getPreviousDecl())
    Out.push_back(R);
  std::reverse(Out.begin(), Out.end());
  return Out;
}

void spell(Contract &C, Annotation A) {
  llvm::erase(C.Spelled, A);
  C.Spelled.push_back(A);
}

void readAnnotate(const clang::FunctionDecl *R, const clang::AnnotateAttr &A, Contract &C) {
  llvm::StringRef Name = A.getAnnotation();
  if (!Name.consume_front(Prefix))
    return;
  const clang::ASTContext &Ctx = R->getASTContext();
  auto Flag = [&](bool &Field, Annotation Which) {
    Field = true;
    spell(C, Which);
  };
  auto Int = [&](std::optional<int64_t> &Field, Annotation Which) {
    Field = intArg(A, 0, Ctx);
    spell(C, Which);
  };
  if (Name == "noalloc")
    Flag(C.NoAlloc, Annotation::NoAlloc);
  else if (Name == "nonblocking")
    Flag(C.NonBlocking, Annotation::NonBlocking);
  else if (Name == "allow_alloc")
    Flag(C.AllowAlloc, Annotation::AllowAlloc);
  else if (Name == "blocking")
    Flag(C.Blocking, Annotation::Blocking);
  else if (Name == "spawn")
    Flag(C.Spawn, Annotation::Spawn);
  else if (Name == "pins_thread")
    Flag(C.PinsThread, Annotation::PinsThread);
  else if (Name == "unpins_thread")
    Flag(C.UnpinsThread, Annotation::UnpinsThread);
  else if (Name == "arena_reset")
    Flag(C.ArenaReset, Annotation::ArenaReset);
  else if (Name == "deadline_ns")
    Int(C.DeadlineNs, Annotation::DeadlineNs);
  else if (Name == "cost_ns")
    Int(C.CostNs, Annotation::CostNs);
  else if (Name == "arena_bound")
    Int(C.ArenaBound, Annotation::ArenaBound);
  else if (Name == "window_ns") {
    auto Lo = intArg(A, 0, Ctx), Hi = intArg(A, 1, Ctx);
    C.WindowNs = Lo && Hi ? std::optional<NsWindow>(NsWindow{*Lo, *Hi}) : std::nullopt;
    spell(C, Annotation::WindowNs);
  } else if (Name == "arena_alloc") {
    ArenaAllocParam P;
    if (A.args_size() > 0)
      if (const auto *S = llvm::dyn_cast<clang::StringLiteral>(bare(A.args_begin()[0])))
        P.Name = S->getString().str();
    // The index among this redeclaration's parameters: the macro names the
    // parameter as the annotated declaration spells it.
    for (unsigned I = 0; I < R->getNumParams(); ++I)
      if (!P.Name.empty() && R->getParamDecl(I)->getName() == P.Name)
        P.Index = I;
    C.ArenaAlloc = std::move(P);
    spell(C, Annotation::ArenaAlloc);
  }
}
} // namespace

bool hasAnnotation(const clang::Decl *D, llvm::StringRef Name) {
  return findAnnotation(D, Name) != nullptr;
}

std::optional<std::vector<int64_t>> annotationArgs(const clang::Decl *D, llvm::StringRef Name) {
  const clang::AnnotateAttr *A = findAnnotation(D, Name);
  if (!A)
    return std::nullopt;
  std::vector<int64_t> Out;
  const clang::ASTContext &Ctx = D->getASTContext();
  for (const clang::Expr *E : A->args())
    if (auto V = E->getIntegerConstantExpr(Ctx))
      Out.push_back(V->getExtValue());
  return Out;
}

Contract readContract(const clang::FunctionDecl *FD) {
  Contract C;
  for (const clang::FunctionDecl *R : inOrder(FD)) {
    for (const auto *A : R->specific_attrs<clang::AnnotateAttr>())
      if (!A->isInherited()) // copies on later redeclarations were spelled earlier
        readAnnotate(R, *A, C);
    for (const clang::FunctionEffect &E : R->getFunctionEffects().effects()) {
      if (E.kind() == clang::FunctionEffect::Kind::NonAllocating) {
        C.NoAlloc = true;
        spell(C, Annotation::ClangNonAllocating);
      }
      if (E.kind() == clang::FunctionEffect::Kind::NonBlocking) {
        C.NonBlocking = true;
        spell(C, Annotation::ClangNonBlocking);
      }
    }
  }
  return C;
}

TypeContract readTypeContract(const clang::TagDecl *TD) {
  return {hasAnnotation(TD, "send"), hasAnnotation(TD, "not_send")};
}

bool isMarkerCall(const clang::FunctionDecl *Callee) {
  const auto *NS = llvm::dyn_cast<clang::NamespaceDecl>(Callee->getDeclContext());
  if (!NS || NS->getName() != "marker")
    return false;
  const auto *Outer = llvm::dyn_cast<clang::NamespaceDecl>(NS->getDeclContext());
  return Outer && Outer->getName() == "escapement";
}

std::optional<Marker> readMarker(const clang::CallExpr *Call, const clang::FunctionDecl *Callee,
                                 const clang::ASTContext &Ctx) {
  if (!isMarkerCall(Callee) || !Callee->getIdentifier() || Call->getNumArgs() != 1)
    return std::nullopt;
  Marker M;
  llvm::StringRef Name = Callee->getName();
  if (Name == "loop_bound")
    M.K = Marker::LoopBound;
  else if (Name == "requires_")
    M.K = Marker::Requires;
  else
    return std::nullopt;
  const clang::Expr *Arg = Call->getArg(0)->IgnoreParenImpCasts();
  // ESC_REQUIRES wraps the condition in static_cast<bool>(...).
  if (const auto *Cast = llvm::dyn_cast<clang::CXXStaticCastExpr>(Arg))
    Arg = Cast->getSubExpr()->IgnoreParenImpCasts();
  if (M.K == Marker::LoopBound)
    if (auto V = Arg->getIntegerConstantExpr(Ctx); V && !V->isNegative())
      M.Bound = V->getZExtValue();
  // The argument as the user wrote it (inside the macro's argument, so the
  // file range of its tokens); printed from the AST if no such range exists.
  const clang::SourceManager &SM = Ctx.getSourceManager();
  clang::CharSourceRange Range = clang::Lexer::makeFileCharRange(
      clang::CharSourceRange::getTokenRange(Arg->getSourceRange()), SM, Ctx.getLangOpts());
  if (Range.isValid())
    M.Text = clang::Lexer::getSourceText(Range, SM, Ctx.getLangOpts()).str();
  if (M.Text.empty()) {
    llvm::raw_string_ostream OS(M.Text);
    Arg->printPretty(OS, nullptr, clang::PrintingPolicy(Ctx.getLangOpts()));
  }
  return M;
}

} // namespace esc
