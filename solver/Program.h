//===- Program.h - A function as the solver sees it, in program terms -----===//
//
// The bound- checks describe a function to the solver in the terms of the
// program, not of Z3: integer variables of C++ widths, array elements,
// branch conditions, loops with the bound the user stated (or none), the
// cost of each piece of straight-line code, arena allocations and resets,
// assumptions. analyzer/bound translates a Clang body into this; solver/
// turns it into SMT terms (Encoder), decides queries about it (Query.h), and
// reads a model back in these same terms, so a counterexample names the
// branches, the loops' iteration counts and the inputs of this program.
//
// Positions are opaque tags (`Where`): the translator stores what it can map
// back to a source location (Clang's raw SourceLocation), so this library
// knows nothing of Clang either.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_SOLVER_PROGRAM_H
#define ESCAPEMENT_SOLVER_PROGRAM_H

#include "Profile.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace esc::solver {

using Where = uint64_t;
using ExprId = uint32_t;
using StmtId = uint32_t;
using VarId = uint32_t;
inline constexpr uint32_t None = ~0u;

/// A C++ integer type: width in bits and signedness. Booleans are 1 bit.
struct IntType {
  unsigned Bits = 32;
  bool Signed = true;
  friend bool operator==(const IntType &, const IntType &) = default;
};

/// A program variable: a scalar or an array of scalars. Reading one before
/// anything is assigned reads its initial value, which is an input of the
/// function (a parameter, a global, memory the function did not write).
struct Var {
  std::string Name; // as the user would write it: "n", "p->len", "table"
  IntType T;
  bool IsArray = false;
  std::optional<uint64_t> Length; // arrays of known length (for reports)
  bool Input = true;              // false: a local, whose initial value is never read
};

enum class Op : uint8_t {
  Const,  // Value
  Read,   // a scalar variable
  Select, // Args[0] indexes array variable V
  Fresh,  // a value nobody can know (a call's result): an input per evaluation
  Add, Sub, Mul, Div, Rem, Shl, Shr, BitAnd, BitOr, BitXor, Neg, BitNot,
  Eq, Ne, Lt, Le, Gt, Ge, // comparisons: 1-bit results, signedness of Args[0]
  LAnd, LOr, LNot,        // on truth values (non-zero)
  Ite,                    // Args[0] ? Args[1] : Args[2]
  Cast,                   // Args[0] converted to T (truncation or extension)
};

struct Expr {
  Op K = Op::Const;
  IntType T;
  int64_t Value = 0;
  VarId V = None;
  std::vector<ExprId> Args;
  std::string Label; // Fresh: what the value is ("the result of 'read_reg()'")
};

/// Where a loop's bound comes from; what the proof rests on (--explain).
enum class BoundSource : uint8_t { None, Annotation, Pragma, Inferred };
const char *boundSourceName(BoundSource S);

struct LoopBound {
  std::optional<uint64_t> Max;
  uint64_t Min = 0;
  BoundSource Source = BoundSource::None;
};

enum class StmtKind : uint8_t {
  Seq,        // Body in order
  Assign,     // V = Value
  Store,      // V[Index] = Value
  If,         // Cond ? Then : Else (Else may be None)
  Loop,       // while (Pre; Cond) { Then; Else (the latch, runs after continue) }
  Cost,       // Ops operations of each class (priced by the profile), plus
              // [Lo, Hi] declared picoseconds (Lo == Hi: exact)
  Return,     // leaves the innermost Region
  Break,      // leaves the innermost Loop
  Continue,   // to the innermost Loop's latch
  Assume,     // Cond holds here (ESC_REQUIRES, assert, [[assume]])
  ArenaAlloc, // Value bytes from the arena, the use first rounded up to Index (an alignment)
  ArenaReset, // the arena is empty again
  Region,     // a function body (inlined calls too): Body, Return stops here
  Unsupported // Text says what cannot be modelled; makes the result unknown
};

struct Stmt {
  StmtKind K = StmtKind::Seq;
  Where At = 0;
  std::vector<StmtId> Body;
  StmtId Then = None, Else = None;
  StmtId Pre = None; // Loop: runs before each test of Cond (calls in the condition)
  ExprId Cond = None, Value = None, Index = None;
  VarId V = None;
  int64_t Lo = 0, Hi = 0; // Cost: declared picoseconds
  std::array<uint32_t, 6> Ops{}; // Cost: operations per OpClass
  // Loop: whether Cond is tested before the first iteration (false for
  // do-while), the cost of one test, and the bound.
  bool CondFirst = true;
  int64_t CondCost = 0;
  LoopBound Bound;
  std::string Text; // a description for notes: "call to 'f'", the loop, why unsupported
};

/// One function, ready to encode. Ids index the vectors; Root is a Region.
class Program {
public:
  VarId var(Var V);
  ExprId expr(Expr E);
  StmtId stmt(Stmt S);

  // Builders for the common shapes (what the translator and tests write).
  ExprId constant(int64_t Value, IntType T);
  ExprId read(VarId V);
  ExprId select(VarId Array, ExprId Index);
  ExprId fresh(IntType T, std::string Label);
  ExprId unary(Op K, ExprId A, IntType T);
  ExprId binary(Op K, ExprId A, ExprId B, IntType T);
  ExprId compare(Op K, ExprId A, ExprId B);
  ExprId ite(ExprId C, ExprId A, ExprId B, IntType T);
  ExprId cast(ExprId A, IntType T);

  StmtId seq(std::vector<StmtId> Body, Where At = 0);
  StmtId assign(VarId V, ExprId Value, Where At = 0);
  StmtId store(VarId V, ExprId Index, ExprId Value, Where At = 0);
  StmtId ifThen(ExprId Cond, StmtId Then, StmtId Else, Where At, std::string Text = "");
  StmtId loop(ExprId Cond, StmtId Body, StmtId Latch, LoopBound B, Where At, std::string Text = "",
              bool CondFirst = true, int64_t CondCost = 0, StmtId Pre = None);
  StmtId cost(int64_t Lo, int64_t Hi, Where At = 0, std::string Text = "");
  StmtId ops(const std::array<uint32_t, 6> &Counts, Where At = 0);
  StmtId jump(StmtKind K, Where At = 0); // Return, Break, Continue, ArenaReset
  StmtId assume(ExprId Cond, Where At = 0, std::string Text = "");
  StmtId arenaAlloc(ExprId Bytes, ExprId Align, Where At, std::string Text = "");
  StmtId region(std::vector<StmtId> Body, Where At = 0, std::string Text = "");
  StmtId unsupported(std::string Why, Where At);

  const Var &var(VarId I) const { return Vars[I]; }
  const Expr &expr(ExprId I) const { return Exprs[I]; }
  const Stmt &stmt(StmtId I) const { return Stmts[I]; }
  Stmt &stmt(StmtId I) { return Stmts[I]; }
  size_t numVars() const { return Vars.size(); }
  size_t numStmts() const { return Stmts.size(); }
  size_t numExprs() const { return Exprs.size(); }

  StmtId Root = None;
  std::string Name; // the function, for dumps

private:
  std::vector<Var> Vars;
  std::vector<Expr> Exprs;
  std::vector<Stmt> Stmts;
};

/// What a Cost statement costs under `Prof`: [Lo, Hi] picoseconds.
std::pair<int64_t, int64_t> costOf(const Stmt &S, const Profile &Prof);

/// A closed interval of picoseconds or bytes; Hi empty: unbounded.
struct Interval {
  int64_t Lo = 0;
  std::optional<int64_t> Hi = 0;
};

/// The cost of `S` (under `Prof`) read off the structure alone: branches give the min and
/// max of their arms, a loop its bound times its body, early exits make the
/// rest optional. A safe bound that needs no solver: the cheap proof, the
/// cuts given to the solver, and the summary a caller in another TU uses.
/// Unbounded when a loop has no stated bound or a statement is unsupported.
Interval structuralCost(const Program &P, StmtId S, const Profile &Prof);

} // namespace esc::solver

#endif
