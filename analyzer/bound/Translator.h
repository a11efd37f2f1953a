//===- Translator.h - The translation's state (internal to bound/) --------===//
#ifndef ESCAPEMENT_BOUND_TRANSLATOR_H
#define ESCAPEMENT_BOUND_TRANSLATOR_H

#include "Translate.h"

#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/Stmt.h"
#include "clang/AST/StmtCXX.h"

#include <map>
#include <optional>
#include <vector>

namespace esc::bound {

using solver::ExprId;
using solver::IntType;
using solver::StmtId;
using solver::VarId;

/// A place a value can be stored: a scalar variable or an array element.
struct LValue {
  VarId V = solver::None;
  ExprId Index = solver::None;
  bool valid() const { return V != solver::None; }
};

class Translator {
public:
  Translator(clang::ASTContext &Ctx, const TranslateOptions &Opts, solver::Program &P)
      : Ctx(Ctx), Opts(Opts), P(P) {}

  StmtId function(const clang::FunctionDecl *FD, std::vector<VarId> *Params = nullptr,
                  VarId *Result = nullptr);

private:
  // One activation of a function: the analyzed one, or a call inlined into it.
  struct Frame {
    const clang::FunctionDecl *FD;
    unsigned Id;
    VarId Result = solver::None;
    std::map<const clang::ValueDecl *, LValue> Bound; // reference parameters
  };

  // --- Statements (TranslateStmt.cpp) ---
  void stmt(const clang::Stmt *S);
  void compound(const clang::CompoundStmt *S);
  void decl(const clang::VarDecl *VD);
  void ifStmt(const clang::IfStmt *S);
  void loop(const clang::Stmt *S, const clang::Stmt *Init, const clang::Expr *Cond,
            const clang::Stmt *Body, const clang::Expr *Inc, bool CondFirst, const char *Keyword);
  void rangeFor(const clang::CXXForRangeStmt *S);
  void switchStmt(const clang::SwitchStmt *S);
  solver::LoopBound loopBound(const clang::Stmt *Loop, const clang::Stmt *Init,
                              const clang::Expr *Cond, const clang::Stmt *Body,
                              const clang::Expr *Inc);
  std::vector<StmtId> block(const std::function<void()> &Emit);

  // --- Expressions (TranslateExpr.cpp) ---
  ExprId value(const clang::Expr *E);
  ExprId condition(const clang::Expr *E); // a truth value, as Op::Ne against 0
  LValue lvalue(const clang::Expr *E);
  ExprId assignTo(const LValue &L, ExprId V, clang::SourceLocation At);
  ExprId readLValue(const LValue &L);
  ExprId call(const clang::CallExpr *CE);
  ExprId construct(const clang::CXXConstructExpr *CE);
  ExprId inlineCall(const clang::FunctionDecl *Callee, llvm::ArrayRef<const clang::Expr *> Args,
                    const clang::Expr *Object, clang::SourceLocation At);
  ExprId freshFor(const clang::Expr *E, const std::string &What);
  /// Copies another TU's program of `Callee` into this one as an inlined
  /// call with `Args` bound to its parameters.
  ExprId splice(const FunctionProgram &FP, const clang::FunctionDecl *Callee,
                llvm::ArrayRef<const clang::Expr *> Args, clang::SourceLocation At);
  bool hasCalls(const clang::Expr *E) const;

  // --- Variables ---
  std::optional<IntType> intType(clang::QualType T) const;
  VarId varFor(const clang::ValueDecl *D);
  VarId cellFor(const clang::Expr *E, IntType T, bool Array);
  std::string text(const clang::Stmt *S) const;

  // --- Costs ---
  // Operations are counted, not priced: the profile prices them when the
  // program is encoded, so one program (and its cached copy) serves any.
  void charge(solver::OpClass K, unsigned N = 1) { Pending[unsigned(K)] += N; }
  void flush(clang::SourceLocation At);
  void takePending() { Pending = {}; }

  void emit(StmtId S) { Out->push_back(S); }
  void unsupported(const std::string &Why, clang::SourceLocation At) {
    emit(P.unsupported(Why, where(At)));
  }

  clang::ASTContext &Ctx;
  const TranslateOptions &Opts;
  solver::Program &P;
  std::vector<StmtId> *Out = nullptr;
  std::vector<Frame> Frames;
  unsigned NextFrame = 0;
  std::map<std::pair<unsigned, const clang::ValueDecl *>, VarId> Vars;
  std::map<std::string, VarId> Cells;
  std::vector<StmtId> Prologue; // constant globals' initial values
  std::array<uint32_t, 6> Pending{};
  unsigned Temps = 0;
};

} // namespace esc::bound

#endif
