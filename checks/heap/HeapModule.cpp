//===- HeapModule.cpp - The heap- checks as a clang-tidy module -----------===//
#include "LargeAllocCheck.h"
#include "NoAllocCheck.h"
#include "NoAllocUnprovenCheck.h"

#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"

namespace esc::heap {

class HeapModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(clang::tidy::ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<NoAllocCheck>("heap-noalloc");
    Factories.registerCheck<NoAllocUnprovenCheck>("heap-noalloc-unproven");
    Factories.registerCheck<LargeAllocCheck>("heap-large-alloc");
  }
};

} // namespace esc::heap

namespace clang::tidy {
// Registered through the static registry: linking this file (the driver, the
// clang-tidy plugin, escapement-clangd) is all it takes.
static ClangTidyModuleRegistry::Add<esc::heap::HeapModule>
    X("escapement-heap-module", "Escapement: hidden allocations and escape analysis.");

// Referenced by the driver so the linker keeps this object file.
volatile int EscapementHeapModuleAnchorSource = 0;
} // namespace clang::tidy
