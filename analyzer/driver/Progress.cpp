#include "Progress.h"

#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

namespace esc::driver {

Progress::Progress(size_t Total, bool Enabled)
    : Total(Total), Shown(Enabled && llvm::sys::Process::StandardErrIsDisplayed()) {}

Progress::~Progress() { clear(); }

void Progress::clear() {
  std::lock_guard<std::mutex> L(Lock);
  if (Dirty)
    llvm::errs() << "\r\x1b[K";
  llvm::errs().flush();
  Dirty = false;
}

void Progress::phase(llvm::StringRef Name) {
  std::lock_guard<std::mutex> L(Lock);
  Phase = Name.str();
  Done = 0;
}

void Progress::done(llvm::StringRef File) {
  if (!Shown)
    return;
  std::lock_guard<std::mutex> L(Lock);
  // \r and erase-to-end-of-line: one line, rewritten; no scrolling.
  llvm::errs() << "\r\x1b[K[" << ++Done << "/" << Total << "] ";
  if (!Phase.empty())
    llvm::errs() << Phase << ": ";
  llvm::errs() << File;
  llvm::errs().flush();
  Dirty = true;
}

} // namespace esc::driver
