#include "SummaryStore.h"

#include "AtomicFile.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA1.h"
#include "llvm/Support/raw_ostream.h"

#include <nlohmann/json.hpp>

namespace esc {

namespace {
constexpr int CacheVersion = 1;
}

const FunctionFacts *SummaryStore::lookup(llvm::StringRef USR) const {
  std::lock_guard<std::mutex> L(M);
  auto It = Map.find(USR);
  return It == Map.end() ? nullptr : It->second.get();
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
  auto Buf = llvm::MemoryBuffer::getFile(Path);
  if (!Buf)
    return false;
  auto J = nlohmann::json::parse((*Buf)->getBuffer().begin(), (*Buf)->getBuffer().end(),
                                 nullptr, /*allow_exceptions=*/false);
  if (J.is_discarded() || !J.is_object() || J.value("version", 0) != CacheVersion)
    return false;
  if (!MainFile.empty() && J.value("main", std::string()) != MainFile)
    return false;
  if (!CommandHash.empty() && J.value("command", std::string()) != CommandHash)
    return false;
  try {
    for (const auto &In : J.at("inputs")) {
      FileStamp Now = stamp(In.at(0).get<std::string>());
      if (Now.Size != In.at(1).get<uint64_t>() || Now.MTime != In.at(2).get<int64_t>())
        return false;
    }
    std::vector<FunctionFacts> Fs;
    for (const auto &F : J.at("functions"))
      Fs.push_back(F.get<FunctionFacts>());
    publishAll(std::move(Fs));
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
    if (llvm::StringRef(It->path()).ends_with(".json"))
      N += loadFile(It->path(), "", "");
  return N;
}

llvm::Error SummaryStore::save(const TUSummary &S) const {
  if (CacheDir.empty())
    return llvm::Error::success();
  if (auto EC = llvm::sys::fs::create_directories(CacheDir))
    return llvm::createStringError(EC, "cannot create cache directory '%s'", CacheDir.c_str());
  nlohmann::json J = {{"version", CacheVersion}, {"main", S.MainFile}, {"command", S.CommandHash}};
  auto Inputs = nlohmann::json::array();
  for (const auto &In : S.Inputs)
    Inputs.push_back({In.Path, In.Size, In.MTime});
  J["inputs"] = std::move(Inputs);
  J["functions"] = S.Functions;
  return writeFileAtomically(cachePathFor(S.MainFile), J.dump());
}

} // namespace esc
