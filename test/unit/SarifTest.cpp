// GitHub's line hash against the test vectors of its own implementation
// (github/codeql-action src/fingerprints.test.ts), UTF-16 columns, the
// baseline file format and matching, and the SARIF writer's structure.
#include "report/Baseline.h"
#include "report/Fingerprint.h"
#include "report/Sarif.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace esc::report;

namespace {

using Hashes = std::vector<std::string>;

TEST(LineHash, EmptyFile) { EXPECT_EQ(lineHashes(""), Hashes{"c129715d7a2bc9a3:1"}); }

TEST(LineHash, Whitespace) {
  EXPECT_EQ(lineHashes(" a\nb\n  \t\tc\n d"),
            (Hashes{"271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1",
                    "a23a3dc5e078b07b:1"}));
  EXPECT_EQ(lineHashes(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End"),
            (Hashes{"8b7cf3e952e7aeb2:1", "b1ae1287ec4718d9:1", "bff680108adb0fcc:1",
                    "c6805c5e1288b612:1", "b86d3392aea1be30:1", "e6ceba753e1a442:1"}));
}

TEST(LineHash, LineEndingsAreNormalized) {
  Hashes Want{"e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1",
              "e20e36e16fcb0cc8:1", "b3edc88f2938467e:1", "c8e28b0b4002a3a0:1",
              "c129715d7a2bc9a3:1"};
  EXPECT_EQ(lineHashes(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n"), Want);
  EXPECT_EQ(lineHashes(" hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r"), Want);
  EXPECT_EQ(lineHashes(" hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n"), Want);
  EXPECT_EQ(lineHashes(" hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n"), Want);
}

TEST(LineHash, RepeatedLinesCountOccurrences) {
  std::string Text;
  for (int I = 0; I < 10; ++I)
    Text += "Lorem ipsum dolor sit amet.\n";
  EXPECT_EQ(lineHashes(Text),
            (Hashes{"a7f2ff13bc495cf2:1", "a7f2ff13bc495cf2:2", "a7f2ff13bc495cf2:3",
                    "a7f2ff13bc495cf2:4", "a7f2ff13bc495cf2:5", "a7f2ff13bc495cf2:6",
                    "a7f2ff1481e87703:1", "a9cf91f7bbf1862b:1", "55ec222b86bcae53:1",
                    "cc97dc7b1d7d8f7b:1", "c129715d7a2bc9a3:1"}));
}

TEST(Utf8, DecodesLikeNode) {
  EXPECT_EQ(decodeUtf8ToUtf16("a\xC3\xA9"), (std::vector<uint16_t>{'a', 0xE9}));
  // U+1F600 is a surrogate pair.
  EXPECT_EQ(decodeUtf8ToUtf16("\xF0\x9F\x98\x80"), (std::vector<uint16_t>{0xD83D, 0xDE00}));
  // Maximal invalid subparts become one U+FFFD each.
  EXPECT_EQ(decodeUtf8ToUtf16("\xE2\x82x"), (std::vector<uint16_t>{0xFFFD, 'x'}));
  EXPECT_EQ(decodeUtf8ToUtf16("\xFF\x80"), (std::vector<uint16_t>{0xFFFD, 0xFFFD}));
  EXPECT_EQ(decodeUtf8ToUtf16("\xED\xA0\x80"),
            (std::vector<uint16_t>{0xFFFD, 0xFFFD, 0xFFFD})); // no surrogates in UTF-8
}

class TempDir : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("esc-sarif", Dir));
  }
  void TearDown() override { llvm::sys::fs::remove_directories(Dir); }
  void write(const std::string &Name, const std::string &Text) {
    llvm::SmallString<256> P(Dir);
    llvm::sys::path::append(P, Name);
    std::error_code EC;
    llvm::raw_fd_ostream OS(P, EC);
    ASSERT_FALSE(EC);
    OS << Text;
  }
  llvm::SmallString<256> Dir;
};

using Columns = TempDir;

TEST_F(Columns, TokenSpansInUtf16) {
  // "é" is 2 bytes and 1 UTF-16 unit; the emoji is 4 bytes and 2 units.
  write("a.cpp", "int x = new_thing(1);\n/* \xC3\xA9\xF0\x9F\x98\x80 */ auto *p = new int;\r\n"
                 "s = \"a\\\"b\" + 'c';\nx <<= 2;\n");
  SourceFiles S{std::string(Dir)};
  Utf16Span A = S.tokenSpan("a.cpp", 1, 9); // new_thing
  EXPECT_EQ(A.StartColumn, 9u);
  EXPECT_EQ(A.EndColumn, 18u);
  // `new` after the multi-byte characters: byte column 24, UTF-16 column 21.
  Utf16Span B = S.tokenSpan("a.cpp", 2, 24);
  EXPECT_EQ(B.StartColumn, 21u);
  EXPECT_EQ(B.EndColumn, 24u);
  Utf16Span C = S.tokenSpan("a.cpp", 3, 5); // the string literal with an escaped quote
  EXPECT_EQ(C.EndColumn - C.StartColumn, 6u);
  Utf16Span D = S.tokenSpan("a.cpp", 4, 3); // <<=
  EXPECT_EQ(D.EndColumn - D.StartColumn, 3u);
  Utf16Span E = S.tokenSpan("a.cpp", 4, 99); // past the end: one column
  EXPECT_EQ(E.EndColumn, E.StartColumn + 1);
  Utf16Span F = S.tokenSpan("missing.cpp", 3, 7);
  EXPECT_EQ(F.StartColumn, 7u);
  EXPECT_EQ(F.EndColumn, 8u);
  EXPECT_EQ(S.lineHash("a.cpp", 1), lineHashes("int x = new_thing(1);\n/* \xC3\xA9\xF0\x9F\x98\x80 */ auto *p = new int;\r\ns = \"a\\\"b\" + 'c';\nx <<= 2;\n")[0]);
  EXPECT_EQ(S.lineHash("missing.cpp", 1), "");
}

Report sample(const std::string &Root) {
  Report R;
  R.ToolVersion = "0.1.0";
  R.SourceRoot = Root;
  R.EnabledChecks = {"heap-noalloc", "heap-large-alloc"};
  Finding F;
  F.Check = "heap-noalloc";
  F.Severity = Level::Error;
  F.Message = "'new int' allocates on the heap";
  F.Loc = {"src/a.cpp", 2, 12};
  F.Notes = {{"'f' calls 'g'", {"src/a.cpp", 5, 3}},
             {"'g' is declared ESC_NOALLOC here", {"src/a.cpp", 1, 1}}};
  R.Findings.push_back(F);
  F.Notes.clear();
  F.Loc = {"src/a.cpp", 3, 12}; // same line content as line 2
  R.Findings.push_back(F);
  R.Files = {{"src/a.cpp", true, ""}, {"src/b c.cpp", false, "expected ';'"}};
  return R;
}

using Sarif = TempDir;

TEST_F(Sarif, Structure) {
  llvm::sys::fs::create_directory(Dir + "/src");
  write("src/a.cpp", "void g();\n  int *p = new int;\n  int *q = new int;\n\n  g();\n");
  Report R = sample(std::string(Dir));
  auto J = nlohmann::json::parse(toSARIF(R));
  auto &Run = J["runs"][0];
  auto &Rules = Run["tool"]["driver"]["rules"];
  ASSERT_EQ(Rules.size(), 2u);
  EXPECT_EQ(Rules[0]["id"], "heap-large-alloc"); // sorted
  EXPECT_EQ(Rules[1]["id"], "heap-noalloc");
  for (auto &Rule : Rules) {
    EXPECT_NE(Rule["name"], Rule["id"]);
    EXPECT_FALSE(Rule["shortDescription"]["text"].get<std::string>().empty());
    EXPECT_LT(Rule["help"]["markdown"].get<std::string>().size(), 1024u);
    EXPECT_EQ(Rule["helpUri"].get<std::string>().rfind(std::string(InformationUri) + "/blob/main/docs/", 0), 0u);
  }
  EXPECT_EQ(Run["originalUriBaseIds"]["%SRCROOT%"]["uri"], fileUri(std::string(Dir) + "/"));
  auto &Res = Run["results"];
  ASSERT_EQ(Res.size(), 2u);
  EXPECT_EQ(Res[0]["ruleIndex"], 1);
  auto &Region = Res[0]["locations"][0]["physicalLocation"]["region"];
  EXPECT_EQ(Region["startColumn"], 12);
  EXPECT_EQ(Region["endColumn"], 15); // `new`
  // GitHub's hash of the primary line (its window covers the next lines too).
  auto Want = lineHashes("void g();\n  int *p = new int;\n  int *q = new int;\n\n  g();\n");
  EXPECT_EQ(Res[0]["partialFingerprints"]["primaryLocationLineHash"], Want[1]);
  EXPECT_EQ(Res[1]["partialFingerprints"]["primaryLocationLineHash"], Want[2]);
  // The chain: related locations and a code flow, finding first.
  EXPECT_EQ(Res[0]["relatedLocations"].size(), 2u);
  auto &Flow = Res[0]["codeFlows"][0]["threadFlows"][0]["locations"];
  ASSERT_EQ(Flow.size(), 3u);
  EXPECT_EQ(Flow[0]["location"]["physicalLocation"]["region"]["startLine"], 2);
  EXPECT_EQ(Flow[0]["importance"], "essential");
  EXPECT_EQ(Flow[1]["importance"], "important");
  EXPECT_EQ(Flow[2]["importance"], "essential");
  EXPECT_FALSE(Res[1].contains("codeFlows"));
  EXPECT_FALSE(Res[0].contains("baselineState"));
  // The file that failed: a notification with a percent-encoded URI.
  auto &Inv = Run["invocations"][0];
  EXPECT_EQ(Inv["executionSuccessful"], false);
  EXPECT_EQ(Inv["toolExecutionNotifications"][0]["locations"][0]["physicalLocation"]
               ["artifactLocation"]["uri"],
            "src/b%20c.cpp");
  EXPECT_EQ(toSARIF(R), toSARIF(R));
}

TEST(FileUri, Encodes) {
  EXPECT_EQ(fileUri("/a b/c#d%.cpp"), "file:///a%20b/c%23d%25.cpp");
  EXPECT_EQ(fileUri("/x/\xC3\xA9.cpp"), "file:///x/%C3%A9.cpp");
}

using BaselineTest = TempDir;

TEST_F(BaselineTest, RoundTripAndMatching) {
  llvm::sys::fs::create_directory(Dir + "/src");
  write("src/a.cpp", "void g();\n  int *p = new int;\n  int *q = new int;\n\n  g();\n");
  Report R = sample(std::string(Dir));
  addFingerprints(R);
  std::string Text = toBaselineJSON(R);
  auto B = parseBaseline(Text, "b.json");
  ASSERT_TRUE(static_cast<bool>(B)) << llvm::toString(B.takeError());
  ASSERT_EQ(B->Entries.size(), 2u);
  EXPECT_EQ(B->Entries[0].Path, "src/a.cpp");

  // Code moved down by two lines: still the same findings.
  write("src/a.cpp", "// new\n// header\nvoid g();\n  int *p = new int;\n  int *q = new int;\n\n  g();\n");
  Report Moved = sample(std::string(Dir));
  for (Finding &F : Moved.Findings)
    F.Loc.Line += 2;
  addFingerprints(Moved);
  EXPECT_EQ(applyBaseline(Moved, *B), 0u);
  EXPECT_EQ(Moved.Findings[0].Baseline, BaselineState::Unchanged);
  EXPECT_EQ(Moved.Findings[1].Baseline, BaselineState::Unchanged);

  // One finding fixed, one new one elsewhere.
  Report Changed = sample(std::string(Dir));
  Changed.Findings.pop_back();
  Changed.Findings[0].Loc.Line = 5; // the g() line
  Changed.Findings[0].Check = "heap-large-alloc";
  addFingerprints(Changed);
  EXPECT_EQ(applyBaseline(Changed, *B), 2u);
  EXPECT_EQ(Changed.Findings[0].Baseline, BaselineState::New);
}

TEST(BaselineParse, Errors) {
  auto expectError = [](const char *Text, const char *Want) {
    auto B = parseBaseline(Text, "b.json");
    ASSERT_FALSE(static_cast<bool>(B));
    std::string Msg = llvm::toString(B.takeError());
    EXPECT_NE(Msg.find(Want), std::string::npos) << Msg;
    EXPECT_NE(Msg.find("bad baseline 'b.json'"), std::string::npos) << Msg;
  };
  expectError("{", "not JSON");
  expectError("[]", "expected a JSON object");
  expectError("{\"findings\": []}", "no integer \"version\"");
  expectError("{\"version\": 7, \"findings\": []}", "unsupported version 7");
  expectError("{\"version\": 1}", "no \"findings\" array");
  expectError("{\"version\": 1, \"findings\": [{\"check\": \"x\"}]}",
              "findings[0]: no string \"path\"");
  expectError("{\"version\": 1, \"findings\": [{\"check\": \"x\", \"path\": \"p\", "
              "\"fingerprint\": \"\", \"occurrence\": 0}]}",
              "\"occurrence\" must be a positive integer");
  EXPECT_TRUE(static_cast<bool>(parseBaseline("{\"version\": 1, \"findings\": []}", "b")));
}

} // namespace
