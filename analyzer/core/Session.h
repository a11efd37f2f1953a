//===- Session.h - State shared by the checks of one Escapement run -------===//
//
// clang-tidy creates a fresh set of check objects for every translation unit,
// so whatever must outlive one TU lives here: the summary store (cross-TU
// facts) and the per-TU analysis the checks of one TU share, so that running
// three heap- checks walks each body once. The driver configures the session
// before any TU runs; inside Debian's clang-tidy (the --load plugin) nobody
// configures it and the defaults apply (store in memory only).
//
// Threading: each TU runs on one thread; the per-TU analysis (and, under
// --explain, its explanation) is thread-local and replaced when the next TU
// starts on that thread.
//
// Claims are the core's, not a check's: the first check to run on a TU has
// the session record the TU's claims (`recordClaims`), replacing whatever an
// earlier parse of the same main file recorded.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_CORE_SESSION_H
#define ESCAPEMENT_CORE_SESSION_H

#include "Claims.h"
#include "Evidence.h"
#include "ModuleReport.h"
#include "SummaryStore.h"
#include "TUAnalysis.h"

#include <optional>
#include <string>

namespace esc {

class Session {
public:
  static Session &get();

  SummaryStore &store() { return Store; }
  ClaimSet &claims() { return Claims; }
  EvidenceLog &evidence() { return Evidence; }
  /// Whether TUs record their claims (on by default; off where nothing
  /// reads them, e.g. escapement-clangd).
  void setRecordClaims(bool On) { RecordClaims = On; }

  /// Called when a TU starts (from a check's registerPPCallbacks): the next
  /// `analysis()` call builds a fresh analysis for that TU.
  static void beginTU();
  /// The shared analysis of the TU being checked on this thread.
  /// `SpawnFunctions`: the escapement.SpawnFunctions option (SpawnPoints.h),
  /// read by the check that comes first.
  static TUAnalysis &analysis(clang::ASTContext &Ctx, llvm::StringRef SpawnFunctions = {});

  /// --explain: each TU's analysis also explains it (escape/Explain.h),
  /// with paths relative to `SourceRoot` (empty: as the TU names them).
  /// Set before any TU runs.
  void setExplain(std::string SourceRoot) { ExplainRoot = std::move(SourceRoot); }
  /// The explanations of the TUs analysed on this thread since the last
  /// call (what one analysis task produced).
  static std::string takeExplanation();
  /// Records the claims of the TU being checked on this thread, once per TU.
  static void recordClaims(TUAnalysis &A);
  /// The TU being checked on this thread was matched by every check: runs
  /// the modules' report hooks (core/ModuleReport.h) once per TU.
  static void endTU();
  /// --explain's audits of the TUs analysed on this thread since the last
  /// call, for --format=json.
  static std::vector<FunctionAudit> takeAudits();

private:
  SummaryStore Store;
  ClaimSet Claims;
  std::optional<std::string> ExplainRoot;
  EvidenceLog Evidence;
  bool RecordClaims = true;
};

} // namespace esc

#endif
