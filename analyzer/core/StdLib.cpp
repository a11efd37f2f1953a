#include "StdLib.h"

#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"

namespace esc {

const char *StdLib::name() const {
  switch (Kind) {
  case LibStdCxx: return "libstdc++";
  case LibCxx: return "libc++";
  case Unknown: return "unknown";
  }
  return "unknown";
}

StdLib StdLib::detect(const clang::ASTContext &Ctx) {
  // libc++ puts everything in the inline namespace std::__1 (or another
  // __N ABI namespace); libstdc++ has std::__cxx11 or std::__detail.
  StdLib L;
  const clang::TranslationUnitDecl *TU = Ctx.getTranslationUnitDecl();
  for (const clang::Decl *D : TU->decls()) {
    const auto *NS = llvm::dyn_cast<clang::NamespaceDecl>(D);
    if (!NS || NS->getName() != "std")
      continue;
    for (const clang::Decl *Inner : NS->decls()) {
      const auto *In = llvm::dyn_cast<clang::NamespaceDecl>(Inner);
      if (!In)
        continue;
      llvm::StringRef N = In->getName();
      if (In->isInline() && N.starts_with("__") && N.size() > 2 && isdigit(N[2])) {
        L.Kind = LibCxx;
        L.StringSSO = 22;
        L.FunctionBuffer = 24;
        L.FunctionAlign = 16;
        L.FunctionNeedsTrivialCopy = false;
        L.AnyBuffer = 24;
        L.DequeDefaultAllocates = false;
        return L;
      }
      if (N == "__cxx11" || N == "__detail")
        L.Kind = LibStdCxx;
    }
  }
  return L;
}

} // namespace esc
