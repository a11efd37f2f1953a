// A module's check built on TUCheck can add its own matchers and
// preprocessor callbacks beside the whole-TU analysis (pin- matches guard
// declarations, bound- reads #pragma loopbound).
#include "common/TUCheck.h"

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Tooling/Tooling.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace clang;
using namespace clang::ast_matchers;
using namespace esc;

namespace {

struct Events {
  std::vector<std::string> Seen; // in the order the check saw them
};

class PragmaLogger : public PPCallbacks {
public:
  PragmaLogger(const SourceManager &SM, Events &E) : SM(SM), E(E) {}
  void PragmaDirective(SourceLocation Loc, PragmaIntroducerKind) override {
    if (SM.isWrittenInMainFile(Loc)) // not the predefines' own
      E.Seen.push_back("pragma");
  }

private:
  const SourceManager &SM;
  Events &E;
};

class MatchingCheck : public TUCheck {
public:
  MatchingCheck(StringRef Name, tidy::ClangTidyContext *Ctx, Events &E)
      : TUCheck(Name, Ctx), E(E) {}
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override {
    TUCheck::registerPPCallbacks(SM, PP, ModuleExpanderPP);
    PP->addPPCallbacks(std::make_unique<PragmaLogger>(SM, E));
  }
  void registerMatchers(MatchFinder *Finder) override {
    TUCheck::registerMatchers(Finder);
    Finder->addMatcher(functionDecl(isDefinition(), hasName("target")).bind("fn"), this);
  }
  void onEndOfTranslationUnit() override { E.Seen.push_back("end"); }

protected:
  void checkTU(ASTContext &, TUAnalysis &A) override {
    E.Seen.push_back("tu:" + std::to_string(A.userFunctions().size()));
  }
  void checkMatch(const MatchFinder::MatchResult &R) override {
    E.Seen.push_back("match:" + R.Nodes.getNodeAs<FunctionDecl>("fn")->getNameAsString());
  }

private:
  Events &E;
};

class Action : public ASTFrontendAction {
public:
  Action(tidy::ClangTidyContext &Ctx, MatchFinder &Finder, Events &E,
         std::unique_ptr<MatchingCheck> &Check)
      : Ctx(Ctx), Finder(Finder), E(E), Check(Check) {}
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI, StringRef File) override {
    Ctx.setSourceManager(&CI.getSourceManager());
    Ctx.setCurrentFile(File);
    Ctx.setASTContext(&CI.getASTContext());
    Check = std::make_unique<MatchingCheck>("pin-test", &Ctx, E);
    Check->registerMatchers(&Finder);
    Check->registerPPCallbacks(CI.getSourceManager(), &CI.getPreprocessor(),
                               &CI.getPreprocessor());
    return Finder.newASTConsumer();
  }

private:
  tidy::ClangTidyContext &Ctx;
  MatchFinder &Finder;
  Events &E;
  std::unique_ptr<MatchingCheck> &Check;
};

Events run(llvm::StringRef Code) {
  tidy::ClangTidyOptions Options;
  Options.Checks = "*";
  tidy::ClangTidyContext Ctx(std::make_unique<tidy::DefaultOptionsProvider>(
      tidy::ClangTidyGlobalOptions(), Options));
  tidy::ClangTidyDiagnosticConsumer Consumer(Ctx);
  DiagnosticsEngine DE(new DiagnosticIDs, new DiagnosticOptions, &Consumer, false);
  Ctx.setDiagnosticsEngine(&DE);
  Events E;
  MatchFinder Finder;
  std::unique_ptr<MatchingCheck> Check;
  EXPECT_TRUE(tooling::runToolOnCodeWithArgs(std::make_unique<Action>(Ctx, Finder, E, Check),
                                             Code, {"-std=c++20"}, "input.cpp"));
  return E;
}

} // namespace

TEST(TUCheck, OwnMatchersAndCallbacksRunBesideTheWholeTU) {
  Events E = run("#pragma pack(4)\n"
                 "void other() {}\n"
                 "void target() {}\n");
  // The pragma while parsing; then the TU (its two user functions) before the
  // matches inside it; the end of the TU last.
  EXPECT_EQ(E.Seen, (std::vector<std::string>{"pragma", "tu:2", "match:target", "end"}));
}

TEST(TUCheck, NoMatchNoCheckMatch) {
  Events E = run("void other() {}\n");
  EXPECT_EQ(E.Seen, (std::vector<std::string>{"tu:1", "end"}));
}
