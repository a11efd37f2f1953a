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
