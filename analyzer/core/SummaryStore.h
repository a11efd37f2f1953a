//===- SummaryStore.h - Facts shared across translation units -------------===//
//
// One store per run. Phase one of a multi-TU run publishes the facts of every
// function defined in each TU; phase two's checks look callees up here when
// their TU has only a declaration, so a call into another TU is judged by the
// callee's real body. Facts of standard-library instantiations are published
// too, so a TU that calls std::sort after another did reuses its facts instead
// of walking libstdc++ again.
//
// On disk, the store is a directory with one JSON file per translation unit:
// the facts it defined plus the files it read (path, size, mtime). A re-run
// reuses a TU's file while none of those files changed, so an unchanged
// project is not re-parsed for summaries. Entries and the index are keyed on
// the build of the analyzer (BuildId.h) as well as the format: facts written
// by another build (another catalogue, walker or facts layout) are a miss,
// so an upgraded analyzer never reuses what an older one concluded. An
// index (index.json: which file holds the body of each function) lets a
// single-file run load only the files its TU's calls lead to, not the whole
// project's.
//
// Thread-safety: publish/lookup take a mutex; a published FunctionFacts is
// never moved or destroyed before the store, so pointers stay valid.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_CORE_SUMMARYSTORE_H
#define ESCAPEMENT_CORE_SUMMARYSTORE_H

#include "Facts.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Error.h"

#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace esc {

struct FileStamp {
  std::string Path;
  uint64_t Size = 0;
  int64_t MTime = 0;
};

/// What one translation unit contributed, as cached on disk.
struct TUSummary {
  std::string MainFile;
  std::string CommandHash; // hash of the compile command
  std::vector<FileStamp> Inputs;
  std::vector<FunctionFacts> Functions;
};

class SummaryStore {
public:
  SummaryStore();

  /// The facts for `USR`, or null. Facts with a body win over declarations.
  /// With an index in use, a miss loads the cache files that define `USR`.
  const FunctionFacts *lookup(llvm::StringRef USR);
  /// Adds facts unless better ones (with a body) are already there.
  const FunctionFacts *publish(FunctionFacts F);
  void publishAll(std::vector<FunctionFacts> Fs);
  size_t size() const;

  /// Disk cache. `Dir` empty disables it.
  void setCacheDir(std::string Dir) { CacheDir = std::move(Dir); }
  const std::string &cacheDir() const { return CacheDir; }
  /// Loads the cached summary of `MainFile` if it is still valid for
  /// `CommandHash` and all its inputs are unchanged; publishes its facts.
  bool loadCached(llvm::StringRef MainFile, llvm::StringRef CommandHash);
  /// Loads every still-valid cached TU summary (single-file runs use the
  /// summaries a previous project run left).
  unsigned loadAllValid();
  /// Writes a TU summary atomically (temporary file + rename).
  llvm::Error save(const TUSummary &S);

  /// Writes index.json for the cache files this store saved or loaded,
  /// keeping the entries of the old index that point elsewhere (a run over
  /// part of the project keeps the rest findable).
  llvm::Error writeIndex() const;
  /// Reads index.json; from then on lookups load cache files on demand.
  /// False (and nothing changes) when there is no usable index.
  bool useIndex();
  /// How many cache files were read and found valid.
  unsigned filesLoaded() const;
  /// How many functions the index in use knows.
  size_t indexSize() const;

  static FileStamp stamp(llvm::StringRef Path);

  /// The build this store reads and writes as (buildId() unless changed:
  /// tests stand in for another build with it).
  void setBuildId(std::string Id) { Build = std::move(Id); }

private:
  std::string cachePathFor(llvm::StringRef MainFile) const;
  bool loadFile(llvm::StringRef Path, llvm::StringRef MainFile, llvm::StringRef CommandHash);

  /// Remembers that cache file `Name` defines the functions of `Fs`.
  void noteOrigin(llvm::StringRef Name, const std::vector<FunctionFacts> &Fs);

  mutable std::mutex M;
  llvm::StringMap<std::unique_ptr<FunctionFacts>> Map;
  std::string CacheDir;
  std::string Build;
  // The cache files (by name) behind each function with a body: what this
  // run saved or loaded (Origin), and what the index says (Index).
  llvm::StringMap<std::vector<std::string>> Origin, Index;
  llvm::StringSet<> Tried; // cache files already read (valid or not)
  bool IndexInUse = false;
  unsigned Loaded = 0;
};

} // namespace esc

#endif
