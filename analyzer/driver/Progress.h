//===- Progress.h - "[12/340] src/conn.cpp" on a terminal -----------------===//
//
// A run over a compile database takes minutes; on a terminal the user sees
// which file is being worked on, on one line rewritten in place (as ninja
// does), cleared before the findings are printed. Not on a terminal (CI logs,
// editors, pipes) nothing is written: output stays what scripts expect.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_DRIVER_PROGRESS_H
#define ESCAPEMENT_DRIVER_PROGRESS_H

#include "llvm/ADT/StringRef.h"

#include <cstddef>
#include <mutex>

namespace esc::driver {

class Progress {
public:
  /// Shows progress when `Enabled` and stderr is a terminal.
  Progress(size_t Total, bool Enabled);
  ~Progress();
  Progress(const Progress &) = delete;
  Progress &operator=(const Progress &) = delete;

  /// Starts a phase: counting restarts at zero.
  void phase(llvm::StringRef Name);
  /// One more file of the current phase is done (any thread).
  void done(llvm::StringRef File);
  /// Whether progress is being shown.
  bool active() const { return Shown; }
  /// Erases the progress line, so that a message can be printed.
  void clear();

private:
  std::mutex Lock;
  size_t Total, Done = 0;
  bool Shown;
  bool Dirty = false; // a progress line is on the screen
  std::string Phase;
};

} // namespace esc::driver

#endif
