#include "LoopBounds.h"

#include "core/Annotations.h"

#include "clang/AST/Expr.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace esc::bound {

std::optional<solver::LoopBound> parseLoopBoundPragma(llvm::StringRef Text) {
  // "min 0 max 16", either part optional but at least max.
  llvm::SmallVector<llvm::StringRef, 4> Words;
  Text.trim().split(Words, ' ', -1, false);
  solver::LoopBound B;
  B.Source = solver::BoundSource::Pragma;
  for (size_t I = 0; I + 1 < Words.size(); I += 2) {
    uint64_t N;
    if (Words[I + 1].trim(" \t\")").getAsInteger(10, N))
      return std::nullopt;
    if (Words[I] == "min")
      B.Min = N;
    else if (Words[I] == "max")
      B.Max = N;
    else
      return std::nullopt;
  }
  if (!B.Max || B.Min > *B.Max)
    return std::nullopt;
  return B;
}

// The pragma on one of the (up to three) non-blank lines before the loop.
static std::optional<solver::LoopBound> pragmaBefore(SourceLocation Loc, const SourceManager &SM) {
  if (Loc.isMacroID())
    return std::nullopt;
  FileID F = SM.getFileID(Loc);
  llvm::StringRef Buf = SM.getBufferData(F);
  unsigned Off = SM.getFileOffset(Loc);
  llvm::StringRef Before = Buf.substr(0, Off);
  // Drop the loop's own line start, then look at the lines above.
  size_t LineStart = Before.rfind('\n');
  if (LineStart == llvm::StringRef::npos)
    return std::nullopt;
  Before = Before.substr(0, LineStart);
  for (int Lines = 0; Lines < 3 && !Before.empty(); ++Lines) {
    size_t Prev = Before.rfind('\n');
    llvm::StringRef Line = Prev == llvm::StringRef::npos ? Before : Before.substr(Prev + 1);
    Before = Prev == llvm::StringRef::npos ? llvm::StringRef() : Before.substr(0, Prev);
    llvm::StringRef T = Line.trim();
    if (T.empty())
      continue;
    size_t At = T.find("loopbound");
    if (At == llvm::StringRef::npos || !(T.starts_with("#") || T.starts_with("_Pragma")))
      return std::nullopt;
    llvm::StringRef Rest = T.substr(At + strlen("loopbound"));
    Rest = Rest.take_until([](char C) { return C == '"' || C == ')'; });
    return parseLoopBoundPragma(Rest);
  }
  return std::nullopt;
}

static std::optional<solver::LoopBound> markerIn(const Stmt *Body, ASTContext &Ctx) {
  const auto *CS = dyn_cast_or_null<CompoundStmt>(Body);
  if (!CS)
    return std::nullopt;
  for (const Stmt *S : CS->body()) {
    const auto *Call = dyn_cast<CallExpr>(S);
    if (const auto *EC = dyn_cast<ExprWithCleanups>(S))
      Call = dyn_cast<CallExpr>(EC->getSubExpr());
    if (!Call || !Call->getDirectCallee() || !isMarkerCall(Call->getDirectCallee()))
      continue;
    auto M = readMarker(Call, Call->getDirectCallee(), Ctx);
    if (M && M->K == Marker::LoopBound && M->Bound)
      return solver::LoopBound{*M->Bound, 0, solver::BoundSource::Annotation};
  }
  return std::nullopt;
}

std::optional<solver::LoopBound> statedLoopBound(const Stmt *Loop, const Stmt *Body, ASTContext &Ctx) {
  if (auto B = markerIn(Body, Ctx))
    return B;
  return pragmaBefore(Loop->getBeginLoc(), Ctx.getSourceManager());
}

namespace {
// Whether the body writes the counter (then the count is not the syntax's).
class Writes : public RecursiveASTVisitor<Writes> {
public:
  explicit Writes(const VarDecl *V) : V(V) {}
  bool Found = false;
  bool refersTo(const Expr *E) {
    const auto *DR = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
    return DR && DR->getDecl() == V;
  }
  bool VisitBinaryOperator(BinaryOperator *B) {
    Found |= B->isAssignmentOp() && refersTo(B->getLHS());
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *U) {
    Found |= (U->isIncrementDecrementOp() || U->getOpcode() == UO_AddrOf) && refersTo(U->getSubExpr());
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *D) {
    // Bound to a non-const reference or passed by one: it may change.
    (void)D;
    return true;
  }
  const VarDecl *V;
};
} // namespace

std::optional<uint64_t> countedTripCount(const Stmt *Init, const Expr *Cond, const Expr *Inc,
                                         const Stmt *Body, ASTContext &Ctx) {
  const auto *DS = dyn_cast_or_null<DeclStmt>(Init);
  if (!DS || !DS->isSingleDecl() || !Cond || !Inc)
    return std::nullopt;
  const auto *V = dyn_cast<VarDecl>(DS->getSingleDecl());
  if (!V || !V->getInit() || !V->getType()->isIntegerType())
    return std::nullopt;
  Expr::EvalResult Start;
  if (!V->getInit()->EvaluateAsInt(Start, Ctx))
    return std::nullopt;
  // ++i, i++, i += 1
  bool Step = false;
  if (const auto *U = dyn_cast<UnaryOperator>(Inc->IgnoreParens()))
    Step = U->isIncrementOp() && isa<DeclRefExpr>(U->getSubExpr()->IgnoreParenImpCasts()) &&
           cast<DeclRefExpr>(U->getSubExpr()->IgnoreParenImpCasts())->getDecl() == V;
  if (const auto *B = dyn_cast<BinaryOperator>(Inc->IgnoreParens()); B && B->getOpcode() == BO_AddAssign) {
    Expr::EvalResult One;
    const auto *DR = dyn_cast<DeclRefExpr>(B->getLHS()->IgnoreParenImpCasts());
    Step = DR && DR->getDecl() == V && B->getRHS()->EvaluateAsInt(One, Ctx) &&
           One.Val.getInt() == 1;
  }
  if (!Step)
    return std::nullopt;
  const auto *C = dyn_cast<BinaryOperator>(Cond->IgnoreParenImpCasts());
  if (!C || !(C->getOpcode() == BO_LT || C->getOpcode() == BO_LE || C->getOpcode() == BO_NE))
    return std::nullopt;
  const auto *L = dyn_cast<DeclRefExpr>(C->getLHS()->IgnoreParenImpCasts());
  Expr::EvalResult End;
  if (!L || L->getDecl() != V || !C->getRHS()->EvaluateAsInt(End, Ctx))
    return std::nullopt;
  Writes W(V);
  W.TraverseStmt(const_cast<Stmt *>(Body));
  if (W.Found)
    return std::nullopt;
  // Counts beyond int64_t are not a loop anyone bounds by its syntax.
  if (!Start.Val.getInt().isRepresentableByInt64() || !End.Val.getInt().isRepresentableByInt64())
    return std::nullopt;
  int64_t S = Start.Val.getInt().getExtValue(), E = End.Val.getInt().getExtValue();
  if (C->getOpcode() == BO_LE)
    ++E;
  if (E <= S)
    return 0;
  return uint64_t(E - S);
}

} // namespace esc::bound
