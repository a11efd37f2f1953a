//===- BoundModule.cpp - The bound- checks as a clang-tidy module ---------===//
#include "ArenaCheck.h"
#include "DeadlineCheck.h"
#include "UnprovenCheck.h"
#include "WindowCheck.h"

#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"

namespace esc::bound {

class BoundModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(clang::tidy::ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<ArenaCheck>("bound-arena");
    Factories.registerCheck<DeadlineCheck>("bound-deadline");
    Factories.registerCheck<UnprovenCheck>("bound-unproven");
    Factories.registerCheck<WindowCheck>("bound-window");
  }
};

} // namespace esc::bound

namespace clang::tidy {
static ClangTidyModuleRegistry::Add<esc::bound::BoundModule>
    X("escapement-bound-module", "Escapement: timing windows, deadlines and arena bounds, proved with Z3.");

// Referenced by checks/ForceLinker.h so the linker keeps this object file.
volatile int EscapementBoundModuleAnchorSource = 0;
} // namespace clang::tidy
