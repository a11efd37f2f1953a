#include "Annotations.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"

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
  C.NoAlloc = hasAnnotation(FD, "noalloc");
  C.NonBlocking = hasAnnotation(FD, "nonblocking");
  C.AllowAlloc = hasAnnotation(FD, "allow_alloc");
  C.Blocking = hasAnnotation(FD, "blocking");
  C.Spawn = hasAnnotation(FD, "spawn");
  for (const clang::FunctionDecl *R : FD->redecls()) {
    for (const clang::FunctionEffect &E : R->getFunctionEffects().effects()) {
      if (E.kind() == clang::FunctionEffect::Kind::NonAllocating)
        C.NoAlloc = true;
      if (E.kind() == clang::FunctionEffect::Kind::NonBlocking)
        C.NonBlocking = true;
    }
  }
  return C;
}

bool isMarkerCall(const clang::FunctionDecl *Callee) {
  const auto *NS = llvm::dyn_cast<clang::NamespaceDecl>(Callee->getDeclContext());
  if (!NS || NS->getName() != "marker")
    return false;
  const auto *Outer = llvm::dyn_cast<clang::NamespaceDecl>(NS->getDeclContext());
  return Outer && Outer->getName() == "escapement";
}

} // namespace esc
