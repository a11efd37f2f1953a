// libFuzzer target: arbitrary (mostly broken) C++ fed to the analysis — the
// fact walker, the resolver and the escape graph must survive whatever
// Clang's error recovery leaves in the AST.
#include "core/Annotations.h"
#include "core/TUAnalysis.h"

#include "clang/Tooling/Tooling.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  std::string Code = "#define ESC_NOALLOC [[clang::annotate(\"escapement::noalloc\")]]\n" +
                     std::string(reinterpret_cast<const char *>(Data), Size);
  auto AST = clang::tooling::buildASTFromCodeWithArgs(
      Code, {"-std=c++20", "-fsyntax-only", "-Wno-everything", "-ferror-limit=20"}, "fuzz.cpp");
  if (!AST)
    return 0;
  esc::TUAnalysis A(AST->getASTContext(), nullptr);
  std::vector<esc::FunctionFacts> Facts = A.exportFacts();
  for (const clang::FunctionDecl *FD : A.userFunctions())
    (void)A.escapeFacts(FD);
  return 0;
}
