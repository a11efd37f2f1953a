#include "BuildId.h"

#include "BuildId.inc"

namespace esc {

llvm::StringRef buildId() { return ESC_BUILD_ID; }

} // namespace esc
