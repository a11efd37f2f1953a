// bound-'s explanation and claims reach the core through its report hook;
// this object is in the whole-archived checks library, so it is always
// linked where the bound- checks are.
#include "bound/Report.h"

namespace esc::bound {
static RegisterTUReportHook Hook(&reportTU);
} // namespace esc::bound
