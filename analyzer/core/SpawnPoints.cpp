#include "SpawnPoints.h"

#include "Annotations.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/SmallVector.h"

namespace esc {
using namespace clang;

namespace {

llvm::StringRef identifierOf(const NamedDecl *D) {
  return D->getDeclName().isIdentifier() ? D->getName() : llvm::StringRef();
}

/// In namespace std or one nested in it (std::__1, std::__cxx11, ...).
bool inStd(const Decl *D) {
  for (const DeclContext *C = D->getDeclContext(); C && !C->isTranslationUnit();
       C = C->getParent())
    if (C->isStdNamespace())
      return true;
  return false;
}

/// `ns::f` with inline namespaces left out, as users write it.
std::string qualifiedName(const NamedDecl *D) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  PrintingPolicy P(D->getASTContext().getLangOpts());
  P.SuppressInlineNamespace = true;
  D->printQualifiedName(OS, P);
  return S;
}

bool isKnown(const FunctionDecl *FD) {
  if (hasAnnotation(FD, "spawn"))
    return true;
  if (FD->isExternC() && identifierOf(FD) == "pthread_create")
    return true;
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD)) {
    const CXXRecordDecl *RD = Ctor->getParent();
    llvm::StringRef Record = RD->getIdentifier() ? RD->getName() : llvm::StringRef();
    return inStd(RD) && (Record == "thread" || Record == "jthread") &&
           Ctor->getNumParams() > 0 && !Ctor->isCopyOrMoveConstructor();
  }
  if (FD->getDeclContext()->isNamespace() && inStd(FD) && identifierOf(FD) == "async")
    return true;
  // The reference runtime's spawn: esc::rt::spawn (and scheduler::spawn's
  // free counterpart).
  if (identifierOf(FD) == "spawn")
    if (const auto *NS = dyn_cast<NamespaceDecl>(FD->getDeclContext()))
      if (NS->getName() == "rt")
        if (const auto *Outer = dyn_cast<NamespaceDecl>(NS->getDeclContext()))
          return Outer->getName() == "esc";
  return false;
}

} // namespace

SpawnPoints::SpawnPoints(llvm::StringRef Configured) : Text(Configured.str()) {
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  Configured.split(Parts, ';', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef P : Parts) {
    P = P.trim();
    P.consume_front("::");
    if (!P.empty())
      Names.insert(P);
  }
}

bool SpawnPoints::isConfigured(const FunctionDecl *FD) const {
  if (Names.empty())
    return false;
  if (Names.contains(qualifiedName(FD)))
    return true;
  // A class's constructors are named by the class.
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD))
    return !Ctor->isCopyOrMoveConstructor() && Names.contains(qualifiedName(Ctor->getParent()));
  return false;
}

bool SpawnPoints::isSpawn(const FunctionDecl *FD) const {
  if (!FD)
    return false;
  return isKnown(FD) || isConfigured(FD);
}

} // namespace esc
