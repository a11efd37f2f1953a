#include "SummaryStore.h"

#include "AtomicFile.h"
#include "BuildId.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA1.h"
#include "llvm/Support/raw_ostream.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>

namespace esc {

namespace {
// The layout of an entry and of the index; what a function's facts hold is
// versioned per section (Facts.cpp), and the build id covers everything else.
constexpr int CacheVersion = 2;
constexpr const char *IndexName = "index.json";
// An inline function of a common header is defined by every TU that
// includes it; a few files to fall back on are enough, and keep the index
// proportional to the project's functions rather than functions x TUs.
constexpr size_t MaxOrigins = 4;

std::string joinPath(llvm::StringRef Dir, llvm::StringRef Name) {
  llvm::SmallString<256> P(Dir);
  llvm::sys::path::append(P, Name);
  return std::string(P);
}

/// A cache file's JSON object of our version and build; discarded
/// (is_discarded()) when it cannot be read, does not parse, is of another
/// format version or was written by another build of the analyzer.
nlohmann::json readCacheJson(llvm::StringRef Path, llvm::StringRef Build) {
  auto Buf = llvm::MemoryBuffer::getFile(Path);
  if (!Buf)
    return nlohmann::json(nlohmann::json::value_t::discarded);
  auto J = nlohmann::json::parse((*Buf)->getBuffer().begin(), (*Buf)->getBuffer().end(),
                                 nullptr, /*allow_exceptions=*/false);
  if (J.is_discarded() || !J.is_object() || J.value("version", 0) != CacheVersion ||
      J.value("build", std::string()) != Build)
    return nlohmann::json(nlohmann::json::value_t::discarded);
  return J;
}

/// index.json as USR -> cache file names; nothing when it is missing or
/// malformed anywhere (a damaged index is not used, and is rewritten whole).
std::optional<llvm::StringMap<std::vector<std::string>>> readIndex(llvm::StringRef Dir,
                                                                  llvm::StringRef Build) {
  nlohmann::json J = readCacheJson(joinPath(Dir, IndexName), Build);
  if (J.is_discarded() || !J.contains("bodies") || !J["bodies"].is_object())
    return std::nullopt;
  llvm::StringMap<std::vector<std::string>> Index;
  for (const auto &[USR, Files] : J["bodies"].items()) {
    if (!Files.is_array())
      return std::nullopt;
    std::vector<std::string> &Names = Index[USR];
    for (const auto &F : Files) {
      if (!F.is_string())
        return std::nullopt;
      Names.push_back(F.get<std::string>());
    }
  }
  return Index;
}
} // namespace

SummaryStore::SummaryStore() : Build(buildId().str()) {}

const FunctionFacts *SummaryStore::lookup(llvm::StringRef USR) {
  std::vector<std::string> Candidates;
  {
    std::lock_guard<std::mutex> L(M);
    auto It = Map.find(USR);
    if (It != Map.end() && (It->second->HasBody || !IndexInUse))
      return It->second.get();
    if (IndexInUse)
      if (auto I = Index.find(USR); I != Index.end())
        for (const std::string &Name : I->second)
          if (Tried.insert(Name).second)
            Candidates.push_back(Name);
    if (Candidates.empty())
      return It == Map.end() ? nullptr : It->second.get();
  }
  // Read outside the lock: loading publishes, which takes it.
  for (const std::string &Name : Candidates)
    if (loadFile(joinPath(CacheDir, Name), "", ""))
      break;
  std::lock_guard<std::mutex> L(M);
  auto It = Map.find(USR);
  return It == Map.end() ? nullptr : It->second.get();
}

void SummaryStore::noteOrigin(llvm::StringRef Name, const std::vector<FunctionFacts> &Fs) {
  std::lock_guard<std::mutex> L(M);
  for (const FunctionFacts &F : Fs) {
    if (!F.HasBody)
      continue;
    std::vector<std::string> &Files = Origin[F.USR];
    if (Files.size() < MaxOrigins && llvm::find(Files, Name) == Files.end())
      Files.push_back(Name.str());
  }
}

size_t SummaryStore::indexSize() const {
  std::lock_guard<std::mutex> L(M);
  return Index.size();
}

unsigned SummaryStore::filesLoaded() const {
  std::lock_guard<std::mutex> L(M);
  return Loaded;
}

const FunctionFacts *SummaryStore::publish(FunctionFacts F) {
  std::lock_guard<std::mutex> L(M);
  auto &Slot = Map[F.USR];
  if (!Slot || (!Slot->HasBody && F.HasBody))
    Slot = std::make_unique<FunctionFacts>(std::move(F));
  return Slot.get();
}

void SummaryStore::publishAll(std::vector<FunctionFacts> Fs) {
  for (auto &F : Fs)
    publish(std::move(F));
}

size_t SummaryStore::size() const {
  std::lock_guard<std::mutex> L(M);
  return Map.size();
}

FileStamp SummaryStore::stamp(llvm::StringRef Path) {
  FileStamp S;
  S.Path = Path.str();
  llvm::sys::fs::file_status St;
  if (!llvm::sys::fs::status(Path, St)) {
    S.Size = St.getSize();
    S.MTime = St.getLastModificationTime().time_since_epoch().count();
  }
  return S;
}

std::string SummaryStore::cachePathFor(llvm::StringRef MainFile) const {
  llvm::SHA1 H;
  H.update(MainFile);
  auto D = H.final();
  std::string Hex;
  llvm::raw_string_ostream OS(Hex);
  for (uint8_t B : D)
    OS << llvm::format_hex_no_prefix(B, 2);
  llvm::SmallString<256> P(CacheDir);
  llvm::sys::path::append(P, llvm::sys::path::filename(MainFile) + "." + Hex.substr(0, 16) +
                                 ".json");
  return std::string(P);
}

bool SummaryStore::loadFile(llvm::StringRef Path, llvm::StringRef MainFile,
                            llvm::StringRef CommandHash) {
  nlohmann::json J = readCacheJson(Path, Build);
  if (J.is_discarded())
    return false;
  if (!MainFile.empty() && J.value("main", std::string()) != MainFile)
    return false;
  if (!CommandHash.empty() && J.value("command", std::string()) != CommandHash)
    return false;
  try {
    for (const auto &In : J.at("inputs")) {
      FileStamp Now = stamp(In.at("path").get<std::string>());
      if (Now.Size != In.at("size").get<uint64_t>() || Now.MTime != In.at("mtime").get<int64_t>())
        return false;
    }
    std::vector<FunctionFacts> Fs;
    for (const auto &F : J.at("functions"))
      Fs.push_back(F.get<FunctionFacts>());
    noteOrigin(llvm::sys::path::filename(Path), Fs);
    publishAll(std::move(Fs));
    std::lock_guard<std::mutex> L(M);
    ++Loaded;
  } catch (const nlohmann::json::exception &) {
    return false; // a damaged cache entry is a miss, never an error.
  }
  return true;
}

bool SummaryStore::loadCached(llvm::StringRef MainFile, llvm::StringRef CommandHash) {
  if (CacheDir.empty())
    return false;
  return loadFile(cachePathFor(MainFile), MainFile, CommandHash);
}

unsigned SummaryStore::loadAllValid() {
  if (CacheDir.empty())
    return 0;
  unsigned N = 0;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(CacheDir, EC), End; It != End && !EC;
       It.increment(EC))
    if (llvm::StringRef(It->path()).ends_with(".json") &&
        llvm::sys::path::filename(It->path()) != IndexName)
      N += loadFile(It->path(), "", "");
  return N;
}

llvm::Error SummaryStore::save(const TUSummary &S) {
  if (CacheDir.empty())
    return llvm::Error::success();
  if (auto EC = llvm::sys::fs::create_directories(CacheDir))
    return llvm::createStringError(EC, "cannot create cache directory '%s'", CacheDir.c_str());
  nlohmann::json J = {{"version", CacheVersion},
                      {"build", Build},
                      {"main", S.MainFile},
                      {"command", S.CommandHash}};
  auto Inputs = nlohmann::json::array();
  for (const auto &In : S.Inputs)
    Inputs.push_back({{"path", In.Path}, {"size", In.Size}, {"mtime", In.MTime}});
  J["inputs"] = std::move(Inputs);
  J["functions"] = S.Functions;
  std::string Path = cachePathFor(S.MainFile);
  if (llvm::Error E = writeFileAtomically(Path, J.dump()))
    return E;
  noteOrigin(llvm::sys::path::filename(Path), S.Functions);
  return llvm::Error::success();
}

llvm::Error SummaryStore::writeIndex() const {
  if (CacheDir.empty())
    return llvm::Error::success();
  // No TU may have been saved (all cached, or none parsed) in a new directory.
  if (auto EC = llvm::sys::fs::create_directories(CacheDir))
    return llvm::createStringError(EC, "cannot create cache directory '%s'", CacheDir.c_str());
  std::lock_guard<std::mutex> L(M);
  llvm::StringSet<> Fresh; // files whose functions this run knows
  for (const auto &E : Origin)
    for (const std::string &Name : E.second)
      Fresh.insert(Name);
  std::map<std::string, std::vector<std::string>> Merged; // sorted: stable bytes
  if (auto Old = readIndex(CacheDir, Build))
    for (const auto &E : *Old)
      for (const std::string &Name : E.second)
        if (!Fresh.contains(Name) && llvm::sys::fs::exists(joinPath(CacheDir, Name)))
          Merged[E.first().str()].push_back(Name);
  for (const auto &E : Origin) {
    std::vector<std::string> &Files = Merged[E.first().str()];
    for (const std::string &Name : E.second)
      if (Files.size() < MaxOrigins && llvm::find(Files, Name) == Files.end())
        Files.push_back(Name);
  }
  nlohmann::json Bodies = nlohmann::json::object();
  for (auto &[USR, Files] : Merged)
    if (!Files.empty())
      Bodies[USR] = Files;
  nlohmann::json J = {{"version", CacheVersion}, {"build", Build}, {"bodies", std::move(Bodies)}};
  return writeFileAtomically(joinPath(CacheDir, IndexName), J.dump());
}

bool SummaryStore::useIndex() {
  if (CacheDir.empty())
    return false;
  auto Read = readIndex(CacheDir, Build);
  if (!Read)
    return false;
  std::lock_guard<std::mutex> L(M);
  Index = std::move(*Read);
  IndexInUse = true;
  return true;
}

} // namespace esc
