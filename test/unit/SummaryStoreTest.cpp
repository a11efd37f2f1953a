// Facts survive a round trip through the on-disk cache, and a cache entry is
// only reused while every file its TU read is unchanged.
#include "core/SummaryStore.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <thread>

using namespace esc;

namespace {

FunctionFacts sample() {
  FunctionFacts F;
  F.USR = "c:@F@handle#I#";
  F.Name = "gw::handle";
  F.Pos = {"/src/gw.cpp", 12, 6};
  F.HasBody = true;
  F.Declared.NoAlloc = true;
  AllocSite A;
  A.Kind = AllocKind::StdFunction;
  A.Reason = "std::function stores this 24-byte closure on the heap";
  A.Bytes = 24;
  A.Pos = {"/src/gw.cpp", 14, 3};
  F.Allocs.push_back(A);
  F.Calls.push_back({"c:@F@parse#", "gw::parse", {"/src/gw.cpp", 15, 3}});
  F.Unknown.push_back({"calls through a function pointer", {"/src/gw.cpp", 16, 3}});
  F.Blocks.push_back({"'read' may block", {"/src/gw.cpp", 17, 3}});
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

TEST(Facts, JsonRoundTrip) {
  FunctionFacts F = sample();
  nlohmann::json J = F;
  FunctionFacts G = J.get<FunctionFacts>();
  EXPECT_EQ(G.USR, F.USR);
  EXPECT_EQ(G.Name, F.Name);
  EXPECT_TRUE(G.Declared.NoAlloc);
  ASSERT_EQ(G.Allocs.size(), 1u);
  EXPECT_EQ(G.Allocs[0].Kind, AllocKind::StdFunction);
  EXPECT_EQ(*G.Allocs[0].Bytes, 24u);
  EXPECT_EQ(G.Allocs[0].Pos, F.Allocs[0].Pos);
  ASSERT_EQ(G.Calls.size(), 1u);
  EXPECT_EQ(G.Calls[0].Name, "gw::parse");
  EXPECT_EQ(G.Unknown.size(), 1u);
  EXPECT_EQ(G.Blocks.size(), 1u);
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
