#include "Explain.h"

#include "EscapeGraph.h"

#include "core/CallSite.h"

#include "clang/Basic/SourceManager.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace esc::escape {
using namespace clang;

namespace {

struct Line {
  unsigned LineNo, Column;
  std::string Text;
  size_t Order = 0; // flow lines stay under their heading
};

std::string sinkWords(Sink S) {
  switch (S) {
  case Sink::Heap: return "escapes to the heap";
  case Sink::Return: return "escapes to the caller";
  case Sink::Spawn: return "escapes to another thread";
  case Sink::None: break;
  }
  return "does not escape";
}

class Explainer {
public:
  explicit Explainer(const SourceManager &SM) : SM(SM) {}

  void function(TUAnalysis &A, const FunctionDecl *FD) {
    const LocalFacts &L = A.local(FD);
    const EscapeFacts &Facts = A.escapeFacts(FD);
    std::map<const Expr *, const AllocVerdict *> BySite;
    for (const AllocVerdict &V : Facts.Allocs)
      BySite[V.Site] = &V;
    for (size_t I = 0; I < L.F.Allocs.size(); ++I) {
      const Stmt *S = L.AllocStmts[I];
      const auto *E = dyn_cast<Expr>(S);
      std::string Head = "in '" + L.F.Name + "': " + L.F.Allocs[I].Reason;
      auto It = E ? BySite.find(E) : BySite.end();
      if (It == BySite.end()) {
        emit(siteLoc(S), Head);
        continue;
      }
      const AllocVerdict &V = *It->second;
      if (V.Escapes == Sink::None) {
        emit(siteLoc(E), Head + ": does not escape (could live on the stack or in an arena)");
        continue;
      }
      emit(siteLoc(E), Head + ": " + sinkWords(V.Escapes) + ":");
      flow(siteLoc(E), V.Flow);
    }
    for (const LocalVerdict &V : Facts.Locals) {
      if (V.AddressEscapes == Sink::None || !V.Var)
        continue;
      SourceLocation Loc = V.Var->getLocation();
      emit(Loc, "in '" + L.F.Name + "': address of '" + V.Var->getNameAsString() + "' " +
                    sinkWords(V.AddressEscapes) + ":");
      flow(Loc, V.Flow);
    }
    // The object a method runs on, when it is handed to another thread (a
    // method storing `this` somewhere is ordinary; sharing it is not).
    if (Facts.This && Facts.This->ObjectEscapes == Sink::Spawn) {
      SourceLocation Loc = FD->getLocation();
      emit(Loc, "in '" + L.F.Name + "': the object 'this' points to " +
                    sinkWords(Facts.This->ObjectEscapes) + ":");
      flow(Loc, Facts.This->Flow);
    }
  }

  std::string text(llvm::StringRef SourceRoot) {
    for (size_t I = 0; I < Lines.size(); ++I)
      Lines[I].Order = I;
    std::sort(Lines.begin(), Lines.end(), [](const Line &X, const Line &Y) {
      return std::tie(X.LineNo, X.Column, X.Order) < std::tie(Y.LineNo, Y.Column, Y.Order);
    });
    auto Main = SM.getFileEntryRefForID(SM.getMainFileID());
    std::string File = Main ? Main->getName().str() : std::string("<main>");
    llvm::StringRef Rel = File;
    if (!SourceRoot.empty() && Rel.consume_front(SourceRoot))
      Rel = Rel.ltrim('/');
    std::string Out;
    for (const Line &Ln : Lines)
      Out += Rel.str() + ":" + std::to_string(Ln.LineNo) + ":" + std::to_string(Ln.Column) +
             ": " + Ln.Text + "\n";
    return Out;
  }

private:
  std::pair<unsigned, unsigned> at(SourceLocation L) const {
    SourceLocation E = SM.getExpansionLoc(L);
    return {SM.getExpansionLineNumber(E), SM.getExpansionColumnNumber(E)};
  }
  void emit(SourceLocation L, std::string Text) {
    auto [Ln, Col] = at(L);
    Lines.push_back({Ln, Col, std::move(Text)});
  }
  // Flow steps print under their heading's position, each saying where its
  // own edge is.
  void flow(SourceLocation Heading, const std::vector<FlowStep> &Steps) {
    for (const FlowStep &S : Steps) {
      auto [Ln, Col] = at(S.Loc.isValid() ? S.Loc : Heading);
      emit(Heading, "  flow: " + S.Text + " (at " + std::to_string(Ln) + ":" +
                        std::to_string(Col) + ")");
    }
  }

  const SourceManager &SM;
  std::vector<Line> Lines;
};

} // namespace

std::string explainTU(TUAnalysis &A, llvm::StringRef SourceRoot) {
  const SourceManager &SM = A.context().getSourceManager();
  Explainer X(SM);
  for (const FunctionDecl *FD : A.userFunctions())
    if (SM.isInMainFile(SM.getExpansionLoc(FD->getLocation())))
      X.function(A, FD);
  return X.text(SourceRoot);
}

} // namespace esc::escape
