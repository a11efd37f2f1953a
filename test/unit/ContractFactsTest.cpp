// Every annotation of escapement/annotations.hpp, with its arguments, and
// every statement marker reaches a function's facts as TUAnalysis records
// them, and survives the summary cache unchanged.
#include "core/Annotations.h"
#include "core/SummaryStore.h"
#include "core/TUAnalysis.h"

#include "clang/AST/DeclCXX.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <gtest/gtest.h>

using namespace esc;

namespace {

const char *Code = R"cpp(
#include <escapement/annotations.hpp>
ESC_NOALLOC ESC_DEADLINE_NS(500) ESC_WINDOW_NS(10, 2 * 10) ESC_COST_NS(7) void hot(int n);
ESC_ARENA_BOUND(4096) ESC_ARENA_RESET ESC_PINS_THREAD void cycle() {}
ESC_ARENA_ALLOC(bytes) void *alloc(void *self, unsigned long bytes);
ESC_UNPINS_THREAD ESC_SPAWN void spawn_elsewhere(void (*f)());
void attr_only() [[clang::nonallocating]] {}
ESC_NONBLOCKING void both() [[clang::nonblocking]];
void both() [[clang::nonblocking]] {}
ESC_BLOCKING ESC_ALLOW_ALLOC void slow() {}
void undeclared();
void plain() {
  spawn_elsewhere(nullptr);
  undeclared();
}
struct ESC_NOT_SEND Handle {};
struct ESC_SEND Message {};
struct Plain {};
constexpr int Limit = 8;
void hot(int n) {
  for (int i = 0; i < n; ++i) {
    ESC_LOOP_BOUND(16);
  }
  while (n > 0) {
    ESC_LOOP_BOUND(Limit * 2);
    --n;
  }
  ESC_REQUIRES(n <= 64 && n >= 0);
  alloc(nullptr, 4);
}
)cpp";

/// 1-based line and column of the first occurrence of `Needle` in Code.
std::pair<unsigned, unsigned> where(const char *Needle) {
  std::string S(Code);
  size_t At = S.find(Needle);
  EXPECT_NE(At, std::string::npos) << Needle;
  unsigned Line = 1 + std::count(S.begin(), S.begin() + At, '\n');
  size_t LineStart = S.rfind('\n', At);
  return {Line, unsigned(At - (LineStart == std::string::npos ? 0 : LineStart + 1) + 1)};
}

class ContractFacts : public ::testing::Test {
protected:
  void SetUp() override {
    AST = clang::tooling::buildASTFromCodeWithArgs(
        Code, {"-std=c++20", "-I" ESC_SOURCE_DIR "/runtime/include"}, "input.cpp");
    ASSERT_TRUE(AST);
    ASSERT_FALSE(AST->getDiagnostics().hasErrorOccurred());
    A = std::make_unique<TUAnalysis>(AST->getASTContext(), nullptr);
  }
  const clang::FunctionDecl *decl(llvm::StringRef Name) {
    for (const clang::Decl *D : AST->getASTContext().getTranslationUnitDecl()->decls())
      if (const auto *FD = llvm::dyn_cast<clang::FunctionDecl>(D); FD && FD->getName() == Name)
        return FD->getDefinition() ? FD->getDefinition() : FD->getMostRecentDecl();
    ADD_FAILURE() << "no function " << Name.str();
    return nullptr;
  }
  const clang::TagDecl *type(llvm::StringRef Name) {
    for (const clang::Decl *D : AST->getASTContext().getTranslationUnitDecl()->decls())
      if (const auto *TD = llvm::dyn_cast<clang::TagDecl>(D); TD && TD->getName() == Name)
        return TD;
    ADD_FAILURE() << "no type " << Name.str();
    return nullptr;
  }
  /// The facts every module reads: a definition's, or a declaration's.
  const FunctionFacts &facts(llvm::StringRef Name) {
    const clang::FunctionDecl *FD = decl(Name);
    if (FD->hasBody())
      return A->local(FD).F;
    for (const clang::FunctionDecl *U : A->userFunctions())
      A->local(U); // the walker learns declarations through calls
    const FunctionFacts *F = A->facts(A->usr(FD));
    static FunctionFacts None;
    EXPECT_NE(F, nullptr) << Name.str();
    return F ? *F : None;
  }

  std::unique_ptr<clang::ASTUnit> AST;
  std::unique_ptr<TUAnalysis> A;
};

TEST_F(ContractFacts, TimingAnnotationsKeepTheirArguments) {
  const Contract &C = facts("hot").Declared;
  EXPECT_TRUE(C.NoAlloc);
  EXPECT_EQ(C.DeadlineNs, 500);
  ASSERT_TRUE(C.WindowNs);
  EXPECT_EQ(C.WindowNs->Lo, 10);
  EXPECT_EQ(C.WindowNs->Hi, 20); // evaluated, not just literals
  EXPECT_EQ(C.CostNs, 7);
  EXPECT_EQ(C.Spelled, (std::vector<Annotation>{Annotation::NoAlloc, Annotation::DeadlineNs,
                                                Annotation::WindowNs, Annotation::CostNs}));
  EXPECT_STREQ(C.noAllocSpelling(), "ESC_NOALLOC");
  EXPECT_FALSE(C.ArenaBound);
  EXPECT_FALSE(C.PinsThread);
}

TEST_F(ContractFacts, ArenaAndPinAnnotations) {
  const Contract &C = facts("cycle").Declared;
  EXPECT_EQ(C.ArenaBound, 4096);
  EXPECT_TRUE(C.ArenaReset);
  EXPECT_TRUE(C.PinsThread);
  EXPECT_FALSE(C.UnpinsThread);
  EXPECT_FALSE(C.NoAlloc);

  const Contract &Alloc = facts("alloc").Declared; // declaration only
  ASSERT_TRUE(Alloc.ArenaAlloc);
  EXPECT_EQ(Alloc.ArenaAlloc->Name, "bytes");
  EXPECT_EQ(Alloc.ArenaAlloc->Index, 1u);
}

TEST_F(ContractFacts, ADeclarationOnlySpawnContractIsKept) {
  // It has no heap contract: a declaration like it used to have no facts.
  const FunctionFacts &F = facts("spawn_elsewhere");
  EXPECT_FALSE(F.HasBody);
  EXPECT_TRUE(F.Declared.Spawn);
  EXPECT_TRUE(F.Declared.UnpinsThread);
  EXPECT_EQ(F.Name, "spawn_elsewhere");
  // A declaration that declares nothing is still unknown.
  EXPECT_EQ(A->facts(A->usr(decl("undeclared"))), nullptr);
}

TEST_F(ContractFacts, SpellingsAreRecorded) {
  const Contract &Attr = facts("attr_only").Declared;
  EXPECT_TRUE(Attr.NoAlloc);
  EXPECT_EQ(Attr.Spelled, std::vector<Annotation>{Annotation::ClangNonAllocating});
  EXPECT_STREQ(Attr.noAllocSpelling(), "[[clang::nonallocating]]");

  const Contract &Both = facts("both").Declared;
  EXPECT_TRUE(Both.NonBlocking);
  EXPECT_TRUE(Both.spelled(Annotation::NonBlocking));
  EXPECT_TRUE(Both.spelled(Annotation::ClangNonBlocking));
  EXPECT_STREQ(Both.noAllocSpelling(), "ESC_NONBLOCKING"); // the macro wins

  const Contract &Slow = facts("slow").Declared;
  EXPECT_TRUE(Slow.Blocking);
  EXPECT_TRUE(Slow.AllowAlloc);
  EXPECT_FALSE(Slow.NoAlloc);
  EXPECT_FALSE(facts("plain").Declared.any());
}

TEST_F(ContractFacts, TypesSayWhetherTheyMaySend) {
  EXPECT_TRUE(readTypeContract(type("Handle")).NotSend);
  EXPECT_FALSE(readTypeContract(type("Handle")).Send);
  EXPECT_TRUE(readTypeContract(type("Message")).Send);
  EXPECT_FALSE(readTypeContract(type("Plain")).Send);
  EXPECT_FALSE(readTypeContract(type("Plain")).NotSend);
}

TEST_F(ContractFacts, MarkersAreFactsOfTheEnclosingFunction) {
  const FunctionFacts &F = facts("hot");
  ASSERT_EQ(F.Markers.size(), 3u);
  EXPECT_EQ(F.Markers[0].K, Marker::LoopBound);
  EXPECT_EQ(F.Markers[0].Text, "16");
  EXPECT_EQ(F.Markers[0].Bound, 16u);
  auto [L0, C0] = where("ESC_LOOP_BOUND(16)");
  EXPECT_EQ(F.Markers[0].Pos.Line, L0);
  EXPECT_EQ(F.Markers[0].Pos.Column, C0);

  EXPECT_EQ(F.Markers[1].Text, "Limit * 2");
  EXPECT_EQ(F.Markers[1].Bound, 16u); // a constant expression is evaluated
  EXPECT_EQ(F.Markers[1].Pos.Line, where("ESC_LOOP_BOUND(Limit").first);

  EXPECT_EQ(F.Markers[2].K, Marker::Requires);
  EXPECT_EQ(F.Markers[2].Text, "n <= 64 && n >= 0");
  EXPECT_FALSE(F.Markers[2].Bound);
  EXPECT_EQ(F.Markers[2].Pos.Line, where("ESC_REQUIRES").first);
  EXPECT_TRUE(facts("cycle").Markers.empty());
  // Markers are not calls of the function.
  for (const CallEdge &E : F.Calls)
    EXPECT_EQ(E.Name.find("marker"), std::string::npos) << E.Name;
}

TEST_F(ContractFacts, EverythingSurvivesTheCache) {
  llvm::SmallString<128> Dir;
  ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("esc-contract", Dir));
  TUSummary T;
  T.MainFile = std::string(Dir) + "/input.cpp";
  T.Functions = A->exportFacts();
  SummaryStore W;
  W.setCacheDir(std::string(Dir) + "/cache");
  ASSERT_FALSE(bool(W.save(T)));
  SummaryStore R;
  R.setCacheDir(std::string(Dir) + "/cache");
  ASSERT_TRUE(R.loadCached(T.MainFile, ""));
  for (llvm::StringRef Name : {"hot", "cycle", "attr_only", "both", "slow"}) {
    // What was saved: the walker's facts plus the sections export adds
    // (the escape module's leaks).
    auto Saved = llvm::find_if(T.Functions, [&](const FunctionFacts &F) {
      return F.USR == facts(Name).USR;
    });
    ASSERT_NE(Saved, T.Functions.end()) << Name.str();
    const FunctionFacts *There = R.lookup(Saved->USR);
    ASSERT_NE(There, nullptr) << Name.str();
    EXPECT_EQ(*There, *Saved) << Name.str();
  }
  EXPECT_EQ(R.lookup(facts("hot").USR)->Markers.size(), 3u);
  llvm::sys::fs::remove_directories(Dir);
}

} // namespace
