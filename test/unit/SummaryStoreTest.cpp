// Facts survive a round trip through the on-disk cache, and a cache entry is
// only reused while every file its TU read is unchanged.
#include "core/BuildId.h"
#include "core/SummaryStore.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <functional>
#include <thread>

using namespace esc;

namespace {

FunctionFacts sample() {
  FunctionFacts F;
  F.USR = "c:@F@handle#I#";
  F.Name = "gw::handle";
  F.Pos = {"/src/gw.cpp", 12, 6};
  F.HasBody = true;
  F.InSystem = true;
  Contract &C = F.Declared;
  C.NoAlloc = C.NonBlocking = C.AllowAlloc = C.Blocking = C.Spawn = true;
  C.PinsThread = C.UnpinsThread = C.ArenaReset = true;
  C.DeadlineNs = 500;
  C.WindowNs = NsWindow{10, 20};
  C.CostNs = 7;
  C.ArenaBound = 4096;
  C.ArenaAlloc = ArenaAllocParam{"bytes", 1};
  C.Spelled = {Annotation::ClangNonAllocating, Annotation::DeadlineNs, Annotation::ArenaAlloc};
  AllocSite A;
  A.Kind = AllocKind::StdFunction;
  A.Reason = "std::function stores this 24-byte closure on the heap";
  A.Bytes = 24;
  A.Pos = {"/src/gw.cpp", 14, 3};
  F.Allocs.push_back(A);
  A.Kind = AllocKind::Regex;
  A.Bytes.reset();
  A.Pos = {"/src/gw.cpp", 18, 5};
  F.Allocs.push_back(A);
  F.Calls.push_back({"c:@F@parse#", "gw::parse", {"/src/gw.cpp", 15, 3}});
  F.Unknown.push_back({"calls through a function pointer", {"/src/gw.cpp", 16, 3}});
  F.Blocks.push_back({"'read' may block", {"/src/gw.cpp", 17, 3}});
  F.Markers.push_back({Marker::LoopBound, {"/src/gw.cpp", 19, 7}, "16", 16});
  F.Markers.push_back({Marker::Requires, {"/src/gw.cpp", 20, 3}, "n <= 64", std::nullopt});
  return F;
}

struct TempDir {
  TempDir() { llvm::sys::fs::createUniqueDirectory("esc-store", Path); }
  ~TempDir() { llvm::sys::fs::remove_directories(Path); }
  std::string file(const char *Name) const {
    llvm::SmallString<256> P(Path);
    llvm::sys::path::append(P, Name);
    return std::string(P);
  }
  llvm::SmallString<256> Path;
};

void writeFile(const std::string &Path, const std::string &Text) {
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC);
  OS << Text;
}

TEST(Facts, JsonRoundTripKeepsEveryField) {
  FunctionFacts F = sample();
  nlohmann::json J = F;
  FunctionFacts G = J.get<FunctionFacts>();
  EXPECT_EQ(G, F); // every field, positions included
  // Spot checks that equality compares what it should.
  EXPECT_EQ(G.Allocs[1].Pos, (SourcePos{"/src/gw.cpp", 18, 5}));
  EXPECT_FALSE(G.Allocs[1].Bytes);
  EXPECT_EQ(G.Declared.ArenaAlloc->Name, "bytes");
  EXPECT_EQ(G.Declared.WindowNs->Hi, 20);
  EXPECT_EQ(G.Markers[1].Text, "n <= 64");
  EXPECT_EQ(G.Markers[0].Pos.Column, 7u);
  G.Markers[0].Pos.Column = 8;
  EXPECT_NE(G, F);
}

TEST(Facts, EmptyFactsRoundTrip) {
  FunctionFacts F;
  F.USR = "c:@F@f#";
  nlohmann::json J = F;
  EXPECT_EQ(J.get<FunctionFacts>(), F);
}

TEST(Facts, FieldsAreNamedAndGroupedInVersionedSections) {
  nlohmann::json J = sample();
  const nlohmann::json &Sections = J.at("sections");
  for (const FactSectionInfo &S : factSections())
    EXPECT_EQ(Sections.at(S.Name).at("version").get<unsigned>(), S.Version) << S.Name;
  const nlohmann::json &C = Sections.at("contract").at("contract");
  EXPECT_EQ(C.at("DeadlineNs"), 500);
  EXPECT_EQ(C.at("ArenaAlloc").at("Name"), "bytes");
  EXPECT_EQ(C.at("Spelled").at(0), "[[clang::nonallocating]]");
  EXPECT_EQ(Sections.at("heap").at("allocs").at(0).at("Kind"), "std-function");
  EXPECT_EQ(Sections.at("markers").at("markers").at(0).at("K"), "ESC_LOOP_BOUND");
}

TEST(Facts, EveryAllocKindRoundTripsByName) {
  for (int K = 0; K <= static_cast<int>(AllocKind::Library); ++K) {
    FunctionFacts F = sample();
    F.Allocs[0].Kind = static_cast<AllocKind>(K);
    nlohmann::json J = F;
    EXPECT_EQ(J.get<FunctionFacts>().Allocs[0].Kind, F.Allocs[0].Kind) << K;
  }
}

TEST(Facts, ASectionOfAnotherVersionOrNameIsRejected) {
  nlohmann::json Good = sample();
  nlohmann::json Old = Good;
  Old["sections"]["contract"]["version"] = 0;
  EXPECT_THROW(Old.get<FunctionFacts>(), nlohmann::json::exception);
  nlohmann::json Missing = Good;
  Missing["sections"].erase("markers");
  EXPECT_THROW(Missing.get<FunctionFacts>(), nlohmann::json::exception);
  nlohmann::json Unknown = Good;
  Unknown["sections"]["future"] = {{"version", 1}};
  EXPECT_THROW(Unknown.get<FunctionFacts>(), nlohmann::json::exception);
  nlohmann::json BadKind = Good;
  BadKind["sections"]["heap"]["allocs"][0]["Kind"] = "teleport";
  EXPECT_THROW(BadKind.get<FunctionFacts>(), nlohmann::json::exception);
  EXPECT_NO_THROW(Good.get<FunctionFacts>());
}

TEST(SummaryStore, BodyBeatsDeclaration) {
  SummaryStore S;
  FunctionFacts Decl = sample();
  Decl.HasBody = false;
  Decl.Allocs.clear();
  S.publish(Decl);
  S.publish(sample());
  ASSERT_NE(S.lookup(sample().USR), nullptr);
  EXPECT_TRUE(S.lookup(sample().USR)->HasBody);
  EXPECT_EQ(S.lookup("missing"), nullptr);
}

TEST(SummaryStore, CacheIsReusedUntilAnInputChanges) {
  TempDir Dir;
  std::string Src = Dir.file("gw.cpp");
  writeFile(Src, "int x;\n");
  TUSummary T;
  T.MainFile = Src;
  T.CommandHash = "abc";
  T.Inputs.push_back(SummaryStore::stamp(Src));
  T.Functions.push_back(sample());

  SummaryStore Writer;
  Writer.setCacheDir(Dir.file("cache"));
  ASSERT_FALSE(bool(Writer.save(T)));

  SummaryStore Reader;
  Reader.setCacheDir(Dir.file("cache"));
  EXPECT_FALSE(Reader.loadCached(Src, "other-flags"));
  EXPECT_TRUE(Reader.loadCached(Src, "abc"));
  EXPECT_NE(Reader.lookup(sample().USR), nullptr);

  // A changed input (different size) invalidates the entry.
  writeFile(Src, "int x; int y;\n");
  SummaryStore After;
  After.setCacheDir(Dir.file("cache"));
  EXPECT_FALSE(After.loadCached(Src, "abc"));
  EXPECT_EQ(After.loadAllValid(), 0u);
}

TEST(SummaryStore, DamagedCacheIsAMiss) {
  TempDir Dir;
  SummaryStore S;
  S.setCacheDir(Dir.file("cache"));
  TUSummary T;
  T.MainFile = Dir.file("a.cpp");
  writeFile(T.MainFile, "");
  T.Inputs.push_back(SummaryStore::stamp(T.MainFile));
  ASSERT_FALSE(bool(S.save(T)));
  // Corrupt every cache file.
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Dir.file("cache"), EC), End; It != End && !EC;
       It.increment(EC))
    writeFile(It->path(), "{ not json");
  SummaryStore R;
  R.setCacheDir(Dir.file("cache"));
  EXPECT_FALSE(R.loadCached(T.MainFile, ""));
}

} // namespace

namespace {

TUSummary summaryOf(const std::string &Main, const std::string &USR) {
  TUSummary T;
  T.MainFile = Main;
  T.CommandHash = "abc";
  T.Inputs.push_back(SummaryStore::stamp(Main));
  FunctionFacts F = sample();
  F.USR = USR;
  T.Functions.push_back(F);
  return T;
}

TEST(SummaryStore, IndexLoadsOnlyWhatIsLookedUp) {
  TempDir Dir;
  std::vector<std::string> USRs;
  SummaryStore Writer;
  Writer.setCacheDir(Dir.file("cache"));
  for (int I = 0; I < 5; ++I) {
    std::string Main = Dir.file(("tu" + std::to_string(I) + ".cpp").c_str());
    writeFile(Main, "int x;\n");
    USRs.push_back("c:@F@f" + std::to_string(I) + "#");
    ASSERT_FALSE(bool(Writer.save(summaryOf(Main, USRs.back()))));
  }
  ASSERT_FALSE(bool(Writer.writeIndex()));

  SummaryStore Reader;
  Reader.setCacheDir(Dir.file("cache"));
  ASSERT_TRUE(Reader.useIndex());
  EXPECT_EQ(Reader.filesLoaded(), 0u);
  ASSERT_NE(Reader.lookup(USRs[3]), nullptr);
  EXPECT_EQ(Reader.lookup(USRs[3])->USR, USRs[3]);
  EXPECT_EQ(Reader.filesLoaded(), 1u); // tu3's file, and only it
  EXPECT_EQ(Reader.lookup("c:@F@unknown#"), nullptr);
  EXPECT_EQ(Reader.filesLoaded(), 1u);
  ASSERT_NE(Reader.lookup(USRs[0]), nullptr);
  EXPECT_EQ(Reader.filesLoaded(), 2u);

  // A stale file behind the index is a miss, as without the index.
  writeFile(Dir.file("tu1.cpp"), "int x; int changed;\n");
  EXPECT_EQ(Reader.lookup(USRs[1]), nullptr);
}

TEST(SummaryStore, IndexOfPartOfTheProjectKeepsTheRest) {
  TempDir Dir;
  std::string A = Dir.file("a.cpp"), B = Dir.file("b.cpp");
  writeFile(A, "int a;\n");
  writeFile(B, "int b;\n");
  {
    SummaryStore Whole;
    Whole.setCacheDir(Dir.file("cache"));
    ASSERT_FALSE(bool(Whole.save(summaryOf(A, "c:@F@a#"))));
    ASSERT_FALSE(bool(Whole.save(summaryOf(B, "c:@F@b#"))));
    ASSERT_FALSE(bool(Whole.writeIndex()));
  }
  {
    // A later run over a.cpp alone, where a's function was renamed.
    SummaryStore Part;
    Part.setCacheDir(Dir.file("cache"));
    ASSERT_FALSE(bool(Part.save(summaryOf(A, "c:@F@a2#"))));
    ASSERT_FALSE(bool(Part.writeIndex()));
  }
  SummaryStore Reader;
  Reader.setCacheDir(Dir.file("cache"));
  ASSERT_TRUE(Reader.useIndex());
  EXPECT_NE(Reader.lookup("c:@F@b#"), nullptr);  // kept from the first index
  EXPECT_NE(Reader.lookup("c:@F@a2#"), nullptr); // the new name
  EXPECT_EQ(Reader.lookup("c:@F@a#"), nullptr);  // the old name is gone
}

TEST(SummaryStore, IndexIsWrittenWhenNothingWasSaved) {
  TempDir Dir;
  SummaryStore S;
  S.setCacheDir(Dir.file("new-cache")); // every TU failed: no entry, no directory yet
  ASSERT_FALSE(bool(S.writeIndex()));
  SummaryStore R;
  R.setCacheDir(Dir.file("new-cache"));
  EXPECT_TRUE(R.useIndex());
  EXPECT_EQ(R.indexSize(), 0u);
}

TEST(SummaryStore, DamagedIndexIsNotUsed) {
  TempDir Dir;
  llvm::sys::fs::create_directories(Dir.file("cache"));
  writeFile(Dir.file("cache/index.json"), "{ \"version\": 1, \"bodies\": [");
  SummaryStore S;
  S.setCacheDir(Dir.file("cache"));
  EXPECT_FALSE(S.useIndex());
}

} // namespace

namespace {

/// Rewrites one cache file's JSON in place.
void editJson(const std::string &Path, const std::function<void(nlohmann::json &)> &Edit) {
  auto Buf = llvm::MemoryBuffer::getFile(Path);
  ASSERT_TRUE(bool(Buf));
  nlohmann::json J = nlohmann::json::parse((*Buf)->getBuffer().str());
  Edit(J);
  writeFile(Path, J.dump());
}

std::vector<std::string> cacheEntries(const std::string &Dir) {
  std::vector<std::string> Out;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC; It.increment(EC))
    if (llvm::sys::path::filename(It->path()) != "index.json")
      Out.push_back(It->path());
  return Out;
}

struct SavedEntry {
  TempDir Dir;
  std::string Main = Dir.file("gw.cpp");
  SavedEntry(const std::string &Build = "") {
    writeFile(Main, "int x;\n");
    SummaryStore W;
    W.setCacheDir(Dir.file("cache"));
    if (!Build.empty())
      W.setBuildId(Build);
    EXPECT_FALSE(bool(W.save(summaryOf(Main, sample().USR))));
    EXPECT_FALSE(bool(W.writeIndex()));
  }
  bool reusable() {
    SummaryStore R;
    R.setCacheDir(Dir.file("cache"));
    return R.loadCached(Main, "abc");
  }
};

TEST(SummaryStore, CacheRoundTripKeepsEveryField) {
  SavedEntry E;
  SummaryStore R;
  R.setCacheDir(E.Dir.file("cache"));
  ASSERT_TRUE(R.loadCached(E.Main, "abc"));
  const FunctionFacts *F = R.lookup(sample().USR);
  ASSERT_NE(F, nullptr);
  EXPECT_EQ(*F, sample());
}

TEST(SummaryStore, AnEntryOfAnotherBuildIsNotReused) {
  SavedEntry E("some-older-build");
  EXPECT_FALSE(E.reusable());
  SummaryStore R;
  R.setCacheDir(E.Dir.file("cache"));
  EXPECT_FALSE(R.useIndex()); // the index is keyed on the build too
  EXPECT_EQ(R.loadAllValid(), 0u);
  // The same build reads it: the key is what differs, nothing else.
  SummaryStore Same;
  Same.setCacheDir(E.Dir.file("cache"));
  Same.setBuildId("some-older-build");
  EXPECT_TRUE(Same.loadCached(E.Main, "abc"));
  EXPECT_TRUE(Same.useIndex());
}

TEST(SummaryStore, TheBuildIdIsThisAnalyzersByDefault) {
  EXPECT_FALSE(buildId().empty());
  SavedEntry E;
  std::vector<std::string> Files = cacheEntries(E.Dir.file("cache"));
  ASSERT_EQ(Files.size(), 1u);
  auto Buf = llvm::MemoryBuffer::getFile(Files[0]);
  ASSERT_TRUE(bool(Buf));
  EXPECT_EQ(nlohmann::json::parse((*Buf)->getBuffer().str()).at("build"), buildId().str());
}

TEST(SummaryStore, AnEntryOfAnOldFormatVersionIsAMiss) {
  SavedEntry E;
  ASSERT_TRUE(E.reusable());
  std::vector<std::string> Files = cacheEntries(E.Dir.file("cache"));
  ASSERT_EQ(Files.size(), 1u);
  editJson(Files[0], [](nlohmann::json &J) { J["version"] = 1; });
  EXPECT_FALSE(E.reusable());
}

TEST(SummaryStore, AnEntryWithASectionOfAnotherVersionIsAMiss) {
  SavedEntry E;
  ASSERT_TRUE(E.reusable());
  std::vector<std::string> Files = cacheEntries(E.Dir.file("cache"));
  ASSERT_EQ(Files.size(), 1u);
  editJson(Files[0], [](nlohmann::json &J) {
    J["functions"][0]["sections"]["heap"]["version"] = 0;
  });
  EXPECT_FALSE(E.reusable());
  SummaryStore R;
  R.setCacheDir(E.Dir.file("cache"));
  EXPECT_FALSE(R.loadCached(E.Main, "abc"));
  EXPECT_EQ(R.lookup(sample().USR), nullptr); // nothing of it half-read
}

} // namespace
