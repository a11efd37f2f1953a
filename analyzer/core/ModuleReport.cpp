#include "ModuleReport.h"

namespace esc {

namespace {
std::vector<TUReportHook> &hooks() {
  static std::vector<TUReportHook> H;
  return H;
}
} // namespace

RegisterTUReportHook::RegisterTUReportHook(TUReportHook H) { hooks().push_back(H); }
const std::vector<TUReportHook> &tuReportHooks() { return hooks(); }

} // namespace esc
