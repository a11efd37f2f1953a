#include "Explain.h"

#include "Parallel.h"
#include "QuietTool.h"
#include "core/TUAnalysis.h"
#include "escape/Summaries.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "llvm/ADT/DenseSet.h"

#include <map>
#include <mutex>

namespace esc::driver {
using namespace clang;

namespace {

struct Line {
  unsigned LineNo, Column;
  std::string Text;
  size_t Order = 0; // flow lines stay under their heading
};

class ExplainConsumer : public ASTConsumer {
public:
  ExplainConsumer(SummaryStore &Store, std::string Root, std::string &Out)
      : Store(Store), Root(std::move(Root)), Out(Out) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    if (Ctx.getDiagnostics().hasErrorOccurred())
      return;
    TUAnalysis A(Ctx, &Store);
    const SourceManager &SM = Ctx.getSourceManager();

    // Which expressions are allocation sites: those the facts recorded.
    llvm::DenseSet<const Expr *> Sites;
    std::vector<const FunctionDecl *> Mine;
    for (const FunctionDecl *FD : A.userFunctions()) {
      if (!SM.isInMainFile(SM.getExpansionLoc(FD->getLocation())))
        continue;
      Mine.push_back(FD);
      const LocalFacts &L = A.local(FD);
      for (const Stmt *S : L.AllocStmts)
        if (const auto *E = dyn_cast<Expr>(S))
          Sites.insert(E);
    }
    escape::EscapeSummaries EA(
        Ctx, [&](const Expr *E) { return Sites.contains(E); },
        [&](const FunctionDecl *F) { return A.catalog().isSpawn(F); });

    std::vector<Line> Lines;
    auto at = [&](SourceLocation L) {
      SourceLocation E = SM.getExpansionLoc(L);
      return std::pair<unsigned, unsigned>(SM.getExpansionLineNumber(E),
                                           SM.getExpansionColumnNumber(E));
    };
    auto emit = [&](SourceLocation L, std::string Text) {
      auto [Ln, Col] = at(L);
      Lines.push_back({Ln, Col, std::move(Text)});
    };
    // Flow steps print under their heading's position, each saying where
    // its own edge is.
    auto flow = [&](SourceLocation Heading, const std::vector<escape::FlowStep> &Steps) {
      for (const escape::FlowStep &S : Steps) {
        auto [Ln, Col] = at(S.Loc.isValid() ? S.Loc : Heading);
        emit(Heading, "  flow: " + S.Text + " (at " + std::to_string(Ln) + ":" +
                          std::to_string(Col) + ")");
      }
    };
    auto sinkWords = [](escape::Sink S) -> std::string {
      switch (S) {
      case escape::Sink::Heap: return "escapes to the heap";
      case escape::Sink::Return: return "escapes to the caller";
      case escape::Sink::Spawn: return "escapes to another thread";
      case escape::Sink::None: break;
      }
      return "does not escape";
    };

    for (const FunctionDecl *FD : Mine) {
      const LocalFacts &L = A.local(FD);
      const escape::EscapeFacts &Facts = EA.facts(FD);
      std::map<const Expr *, const escape::AllocVerdict *> BySite;
      for (const escape::AllocVerdict &V : Facts.Allocs)
        BySite[V.Site] = &V;
      for (size_t I = 0; I < L.F.Allocs.size(); ++I) {
        const auto *E = dyn_cast<Expr>(L.AllocStmts[I]);
        std::string Head = "in '" + L.F.Name + "': " + L.F.Allocs[I].Reason;
        auto It = E ? BySite.find(E) : BySite.end();
        if (It == BySite.end()) {
          emit(L.AllocStmts[I]->getBeginLoc(), Head);
          continue;
        }
        const escape::AllocVerdict &V = *It->second;
        if (V.Escapes == escape::Sink::None) {
          emit(E->getExprLoc(), Head + ": does not escape (could live on the stack or in an "
                                       "arena)");
          continue;
        }
        emit(E->getExprLoc(), Head + ": " + sinkWords(V.Escapes) + ":");
        flow(E->getExprLoc(), V.Flow);
      }
      for (const escape::LocalVerdict &V : Facts.Locals) {
        if (V.AddressEscapes == escape::Sink::None || !V.Var)
          continue;
        SourceLocation Loc = V.Var->getLocation();
        emit(Loc, "in '" + L.F.Name + "': address of '" + V.Var->getNameAsString() + "' " +
                      sinkWords(V.AddressEscapes) + ":");
        flow(Loc, V.Flow);
      }
    }
    for (size_t I = 0; I < Lines.size(); ++I)
      Lines[I].Order = I;
    std::sort(Lines.begin(), Lines.end(), [](const Line &X, const Line &Y) {
      return std::tie(X.LineNo, X.Column, X.Order) < std::tie(Y.LineNo, Y.Column, Y.Order);
    });
    std::string File = SM.getFileEntryRefForID(SM.getMainFileID())->getName().str();
    llvm::StringRef Rel = File;
    if (!Root.empty() && Rel.consume_front(Root))
      Rel = Rel.ltrim('/');
    for (const Line &Ln : Lines)
      Out += Rel.str() + ":" + std::to_string(Ln.LineNo) + ":" + std::to_string(Ln.Column) +
             ": " + Ln.Text + "\n";
  }

private:
  SummaryStore &Store;
  std::string Root;
  std::string &Out;
};

} // namespace

std::string explainFiles(const tooling::CompilationDatabase &DB,
                         const std::vector<std::string> &Files, unsigned Jobs,
                         const std::vector<std::string> &ExtraArgsBefore, SummaryStore &Store,
                         const FileSystemMaker &NewFS,
                         const std::string &SourceRoot) {
  std::vector<std::string> Outputs(Files.size());
  forEachParallel(Files.size(), Jobs, [&](size_t I) {
    if (!runQuietly(DB, Files[I], ExtraArgsBefore, NewFS(), [&](CompilerInstance &) {
          return std::make_unique<ExplainConsumer>(Store, SourceRoot, Outputs[I]);
        }))
      Outputs[I] = Files[I] + ": explanation unavailable: the analysis crashed\n";
  });
  std::string All;
  for (const std::string &O : Outputs)
    All += O;
  return All;
}

} // namespace esc::driver
