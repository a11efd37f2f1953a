#include "Encoder.h"

#include <algorithm>

namespace esc::solver {

namespace {

// The values of every variable and the arena use at one program point.
struct State {
  std::vector<z3::expr> Vals;
  z3::expr Use;
};

// A way out of a region or loop taken under `Guard`, with the state there.
struct Exit {
  z3::expr Guard;
  State St;
};

class Walker {
public:
  Walker(const Program &P, const SolverOptions &Opts, z3::context &C, Encoding &E,
         const FeasibilityCheck &Feasible, const std::function<void(const z3::expr &)> &Asserted)
      : P(P), Opts(Opts), C(C), E(E), Feasible(Feasible), Asserted(Asserted),
        Alive(C.bool_val(true)), St{{}, C.int_val(0)} {
    for (VarId V = 0; V < P.numVars(); ++V)
      St.Vals.push_back(initial(V));
    Used.assign(P.numVars(), false);
    Assigned.assign(P.numVars(), false);
    Acc.emplace_back();
  }

  void run() {
    stmt(P.Root);
    z3::expr_vector Terms(C);
    for (const z3::expr &T : Acc.back())
      Terms.push_back(T);
    E.Cost = Terms.empty() ? C.int_val(0) : z3::sum(Terms);
    z3::expr Peak = C.int_val(0);
    for (auto &[G, U] : E.UsePoints) {
      z3::expr At = z3::ite(G, U, C.int_val(0));
      Peak = z3::ite(At > Peak, At, Peak);
    }
    E.Peak = Peak;
  }

private:
  z3::expr initial(VarId V) {
    const Var &X = P.var(V);
    std::string Name = X.Name;
    if (!Names.insert(Name).second)
      Name += "#" + std::to_string(V);
    if (X.IsArray)
      return C.constant(Name.c_str(), C.array_sort(C.bv_sort(64), C.bv_sort(X.T.Bits)));
    return C.bv_const(Name.c_str(), X.T.Bits);
  }

  void assertHere(const z3::expr &F) {
    E.Assertions.push_back(F);
    Asserted(F);
  }

  void unknown(std::string Why, Where At) {
    if (!E.Unknown) {
      E.Unknown = std::move(Why);
      E.UnknownAt = At;
    }
  }

  // --- Expressions -------------------------------------------------------

  z3::expr truth(const z3::expr &X) {
    return X.is_bool() ? X : X != C.bv_val(0, X.get_sort().bv_size());
  }
  z3::expr bit(const z3::expr &B) { return z3::ite(B, C.bv_val(1, 1), C.bv_val(0, 1)); }

  // `X` (of type `From`) as a value of `Bits` bits: C++'s conversions.
  static z3::expr resize(const z3::expr &X, IntType From, unsigned Bits) {
    unsigned Have = X.get_sort().bv_size();
    if (Have == Bits)
      return X;
    if (Have > Bits)
      return X.extract(Bits - 1, 0);
    return From.Signed ? z3::sext(X, Bits - Have) : z3::zext(X, Bits - Have);
  }

  z3::expr use(VarId V) {
    if (!Used[V] && !Assigned[V] && P.var(V).Input) {
      Used[V] = true;
      const Var &X = P.var(V);
      E.Inputs.push_back({X.Name, St.Vals[V], X.T, X.IsArray, X.Length, std::nullopt});
    }
    return St.Vals[V];
  }

  z3::expr eval(ExprId Id) {
    const Expr &X = P.expr(Id);
    auto Arg = [&](unsigned I, unsigned Bits) {
      const Expr &A = P.expr(X.Args[I]);
      z3::expr V = eval(X.Args[I]);
      if (V.is_bool())
        V = bit(V);
      return resize(V, A.T, Bits);
    };
    unsigned W = X.T.Bits;
    switch (X.K) {
    case Op::Const: return C.bv_val(uint64_t(X.Value), W);
    case Op::Read: return use(X.V);
    case Op::Select: {
      z3::expr Arr = use(X.V);
      return z3::select(Arr, Arg(0, 64));
    }
    case Op::Fresh: {
      std::string Label = X.Label.empty() ? "an unknown value" : X.Label;
      // Each evaluation is its own unknown; the symbol's name must differ.
      std::string Sym = Label;
      if (!Names.insert(Sym).second)
        Sym += "#" + std::to_string(++FreshN);
      z3::expr V = C.bv_const(Sym.c_str(), W);
      if (!X.Label.empty())
        E.Inputs.push_back({Label, V, X.T, false, std::nullopt, Alive});
      return V;
    }
    case Op::Add: return Arg(0, W) + Arg(1, W);
    case Op::Sub: return Arg(0, W) - Arg(1, W);
    case Op::Mul: return Arg(0, W) * Arg(1, W);
    case Op::Div: return X.T.Signed ? Arg(0, W) / Arg(1, W) : z3::udiv(Arg(0, W), Arg(1, W));
    case Op::Rem: return X.T.Signed ? z3::srem(Arg(0, W), Arg(1, W)) : z3::urem(Arg(0, W), Arg(1, W));
    case Op::Shl: return z3::shl(Arg(0, W), Arg(1, W));
    case Op::Shr: return X.T.Signed ? z3::ashr(Arg(0, W), Arg(1, W)) : z3::lshr(Arg(0, W), Arg(1, W));
    case Op::BitAnd: return Arg(0, W) & Arg(1, W);
    case Op::BitOr: return Arg(0, W) | Arg(1, W);
    case Op::BitXor: return Arg(0, W) ^ Arg(1, W);
    case Op::Neg: return -Arg(0, W);
    case Op::BitNot: return ~Arg(0, W);
    case Op::Eq: case Op::Ne: case Op::Lt: case Op::Le: case Op::Gt: case Op::Ge: {
      const Expr &A = P.expr(X.Args[0]), &B = P.expr(X.Args[1]);
      unsigned Bits = std::max(A.T.Bits, B.T.Bits);
      bool Signed = A.T.Signed && B.T.Signed;
      z3::expr L = Arg(0, Bits), R = Arg(1, Bits);
      switch (X.K) {
      case Op::Eq: return L == R;
      case Op::Ne: return L != R;
      case Op::Lt: return Signed ? L < R : z3::ult(L, R);
      case Op::Le: return Signed ? L <= R : z3::ule(L, R);
      case Op::Gt: return Signed ? L > R : z3::ugt(L, R);
      default: return Signed ? L >= R : z3::uge(L, R);
      }
    }
    case Op::LAnd: return truth(eval(X.Args[0])) && truth(eval(X.Args[1]));
    case Op::LOr: return truth(eval(X.Args[0])) || truth(eval(X.Args[1]));
    case Op::LNot: return !truth(eval(X.Args[0]));
    case Op::Ite: return z3::ite(truth(eval(X.Args[0])), Arg(1, W), Arg(2, W));
    case Op::Cast: {
      z3::expr V = eval(X.Args[0]);
      if (V.is_bool())
        return resize(bit(V), IntType{1, false}, W);
      return resize(V, P.expr(X.Args[0]).T, W);
    }
    }
    return C.bv_val(0, W);
  }

  // --- Costs -------------------------------------------------------------

  void costTerm(int64_t Lo, int64_t Hi, Where At, StmtId S) {
    if (Hi == 0)
      return;
    z3::expr V = C.int_val(Lo);
    if (Lo != Hi) {
      V = C.int_const(("cost@" + std::to_string(E.Events.size())).c_str());
      assertHere(V >= C.int_val(Lo) && V <= C.int_val(Hi));
    }
    z3::expr T = z3::ite(Alive, V, C.int_val(0));
    Acc.back().push_back(T);
    E.Events.push_back({Event::Cost, At, S, Alive, V});
  }

  // --- State merges ------------------------------------------------------

  // The state after paths that reach one point under disjoint guards; the
  // last exit needs no guard (it is whatever the others are not).
  State merge(std::vector<Exit> &Exits) {
    State R = Exits.back().St;
    for (size_t I = Exits.size() - 1; I-- > 0;) {
      const Exit &X = Exits[I];
      for (size_t V = 0; V < R.Vals.size(); ++V)
        if (!z3::eq(X.St.Vals[V], R.Vals[V]))
          R.Vals[V] = z3::ite(X.Guard, X.St.Vals[V], R.Vals[V]);
      if (!z3::eq(X.St.Use, R.Use))
        R.Use = z3::ite(X.Guard, X.St.Use, R.Use);
    }
    return R;
  }

  void join(std::vector<Exit> Exits) {
    std::vector<Exit> Live;
    for (Exit &X : Exits)
      if (!X.Guard.is_false())
        Live.push_back(std::move(X));
    if (Live.empty()) {
      Alive = C.bool_val(false);
      return;
    }
    z3::expr_vector Gs(C);
    for (const Exit &X : Live)
      Gs.push_back(X.Guard);
    Alive = Live.size() == 1 ? Live[0].Guard : z3::mk_or(Gs).simplify();
    St = merge(Live);
  }

  // --- Statements --------------------------------------------------------

  void stmt(StmtId Id) {
    if (Id == None || E.Unknown || Alive.is_false())
      return;
    const Stmt &S = P.stmt(Id);
    if (++Steps > Opts.UnrollBudget) {
      // Said at the loop being unrolled: that is what the user can bound.
      const Stmt *L = OpenLoops.empty() ? nullptr : &P.stmt(OpenLoops.back());
      unknown("unrolling " + (L ? L->Text : std::string("its loops")) +
                  " takes more than the budget of " + std::to_string(Opts.UnrollBudget) +
                  " statements",
              L ? L->At : S.At);
      return;
    }
    switch (S.K) {
    case StmtKind::Seq:
      for (StmtId Ch : S.Body)
        stmt(Ch);
      return;
    case StmtKind::Region: {
      Returns.emplace_back();
      for (StmtId Ch : S.Body)
        stmt(Ch);
      std::vector<Exit> Exits = std::move(Returns.back());
      Returns.pop_back();
      Exits.push_back({Alive, St});
      join(std::move(Exits));
      return;
    }
    case StmtKind::Assign:
      if (P.var(S.V).IsArray) {
        // A pointer pointed elsewhere: what it points to is unknown.
        St.Vals[S.V] = C.constant(("elements of " + P.var(S.V).Name + "#" + std::to_string(++FreshN)).c_str(),
                                  St.Vals[S.V].get_sort());
        Assigned[S.V] = true;
        return;
      }
      St.Vals[S.V] = resize(boolToBits(eval(S.Value)), P.expr(S.Value).T, P.var(S.V).T.Bits).simplify();
      Assigned[S.V] = true;
      return;
    case StmtKind::Store: {
      z3::expr Arr = use(S.V);
      z3::expr Idx = resize(boolToBits(eval(S.Index)), P.expr(S.Index).T, 64);
      z3::expr Val = resize(boolToBits(eval(S.Value)), P.expr(S.Value).T, P.var(S.V).T.Bits);
      St.Vals[S.V] = z3::store(Arr, Idx, Val).simplify();
      return;
    }
    case StmtKind::If: return branch(Id, S);
    case StmtKind::Loop: return loop(Id, S);
    case StmtKind::Cost: {
      auto [Lo, Hi] = costOf(S, Opts.Prof);
      return costTerm(Lo, Hi, S.At, Id);
    }
    case StmtKind::Return:
      if (!Returns.empty())
        Returns.back().push_back({Alive, St});
      Alive = C.bool_val(false);
      return;
    case StmtKind::Break:
    case StmtKind::Continue: {
      auto &Stack = S.K == StmtKind::Break ? Breaks : Continues;
      if (!Stack.empty())
        Stack.back().push_back({Alive, St});
      Alive = C.bool_val(false);
      return;
    }
    case StmtKind::Assume:
      assertHere(z3::implies(Alive, truth(eval(S.Cond))));
      return;
    case StmtKind::ArenaAlloc: {
      E.Arena = true;
      z3::expr Bytes = z3::bv2int(resize(boolToBits(eval(S.Value)), P.expr(S.Value).T, 64), false);
      z3::expr Old = St.Use, Before = St.Use;
      if (S.Index != None) {
        // The arena aligns where the allocation starts; only a constant
        // power of two is modelled (any other is the caller's error).
        z3::expr A = resize(boolToBits(eval(S.Index)), P.expr(S.Index).T, 64).simplify();
        uint64_t N = 0;
        if (A.is_numeral_u64(N) && N > 1 && (N & (N - 1)) == 0) {
          z3::expr Al = C.int_val(int64_t(N));
          Before = ((Before + Al - 1) / Al) * Al;
        }
      }
      St.Use = (Before + Bytes).simplify();
      // What this allocation takes, padding included, for the path's notes.
      Bytes = (St.Use - Old).simplify();
      E.UsePoints.push_back({Alive, St.Use});
      E.Events.push_back({Event::Alloc, S.At, Id, Alive, Bytes});
      return;
    }
    case StmtKind::ArenaReset:
      St.Use = C.int_val(0);
      E.Events.push_back({Event::Reset, S.At, Id, Alive, C.int_val(0)});
      return;
    case StmtKind::Unsupported:
      unknown(S.Text, S.At);
      return;
    }
  }

  z3::expr boolToBits(const z3::expr &X) { return X.is_bool() ? bit(X) : X; }

  void branch(StmtId Id, const Stmt &S) {
    z3::expr Cond = truth(eval(S.Cond)).simplify();
    z3::expr Entry = Alive;
    E.Events.push_back({Event::Branch, S.At, Id, Entry, Cond});
    State Before = St;
    Acc.emplace_back();
    Alive = (Entry && Cond).simplify();
    stmt(S.Then);
    Exit Then{Alive, St};
    St = Before;
    Alive = (Entry && !Cond).simplify();
    stmt(S.Else);
    Exit Else{Alive, St};
    join({Then, Else});
    cut(Id, Entry);
  }

  // The region just encoded costs what its structure allows: telling the
  // solver so (a "cut") is what keeps correlated branches cheap to decide.
  void cut(StmtId Id, const z3::expr &Entry) {
    std::vector<z3::expr> Terms = std::move(Acc.back());
    Acc.pop_back();
    if (Terms.size() < 2) {
      for (z3::expr &T : Terms)
        Acc.back().push_back(T);
      return;
    }
    Interval B = structuralCost(P, Id, Opts.Prof);
    z3::expr_vector Vs(C);
    for (const z3::expr &T : Terms)
      Vs.push_back(T);
    z3::expr R = C.int_const(("region@" + std::to_string(Id) + "#" + std::to_string(++Cuts)).c_str());
    assertHere(R == z3::sum(Vs));
    assertHere(R >= C.int_val(0));
    if (B.Hi)
      assertHere(R <= C.int_val(*B.Hi));
    if (B.Lo > 0)
      assertHere(z3::implies(Entry, R >= C.int_val(B.Lo)));
    Acc.back().push_back(R);
  }

  void loop(StmtId Id, const Stmt &S) {
    LoopInfo &Info = E.Loops.try_emplace(Id, LoopInfo{S.At, S.Text, S.Bound}).first->second;
    OpenLoops.push_back(Id);
    z3::expr Entry = Alive;
    unsigned EntryNo = EntryCount[Id]++;
    E.Events.push_back({Event::LoopEntry, S.At, Id, Entry, C.bool_val(true), EntryNo});
    Acc.emplace_back();
    std::vector<Exit> Exits;
    std::vector<size_t> ExitIteration;
    Breaks.emplace_back();
    uint64_t K = 0;
    for (;; ++K) {
      if (K > 0 || S.CondFirst) {
        stmt(S.Pre);
        costTerm(S.CondCost, S.CondCost, S.At, Id);
        if (S.Cond != None) {
          z3::expr Cond = truth(eval(S.Cond)).simplify();
          Exits.push_back({(Alive && !Cond).simplify(), St});
          ExitIteration.push_back(K);
          Alive = (Alive && Cond).simplify();
        }
      }
      if (Alive.is_false() || E.Unknown)
        break;
      if (S.Bound.Max && K >= *S.Bound.Max) {
        // The stated bound: no execution runs another iteration.
        assertHere(!Alive);
        Alive = C.bool_val(false);
        break;
      }
      if (!S.Bound.Max) {
        if (K >= Opts.InferLimit) {
          unknown(S.Text + " has no bound: it can run more than " + std::to_string(Opts.InferLimit) +
                      " times; state one with ESC_LOOP_BOUND(n) in its body or "
                      "_Pragma(\"loopbound min a max b\") before it",
                  S.At);
          break;
        }
        // Asked at powers of two only: an iteration that cannot happen is
        // harmless to encode (its guard is unsatisfiable), and a loop of n
        // iterations then costs log2(n) queries instead of n.
        if (!Alive.is_true() && (K & (K + 1)) == 0) {
          z3::check_result R = Feasible(Alive);
          if (R == z3::unsat) {
            Alive = C.bool_val(false);
            break;
          }
          if (R == z3::unknown) {
            unknown("the solver gave up while bounding " + S.Text, S.At);
            break;
          }
        }
      }
      E.Events.push_back({Event::LoopIter, S.At, Id, Alive, C.bool_val(true), EntryNo});
      Continues.emplace_back();
      stmt(S.Then);
      std::vector<Exit> Next = std::move(Continues.back());
      Continues.pop_back();
      Next.push_back({Alive, St});
      join(std::move(Next));
      stmt(S.Else);
      if (E.Unknown)
        break;
    }
    for (size_t I = 0; I < Exits.size(); ++I)
      if (ExitIteration[I] < S.Bound.Min)
        assertHere(!Exits[I].Guard);
    if (!S.Bound.Max && !E.Unknown) {
      Info.Bound.Source = BoundSource::Inferred;
      Info.Bound.Max = std::max<uint64_t>(Info.Bound.Max.value_or(0), K);
    }
    std::vector<Exit> Out = std::move(Exits);
    for (Exit &B : Breaks.back())
      Out.push_back(std::move(B));
    Breaks.pop_back();
    Out.push_back({Alive, St}); // false unless the loop ended in Unknown
    join(std::move(Out));
    E.Events.push_back({Event::LoopEntry, S.At, Id, Entry, C.bool_val(false), EntryNo});
    OpenLoops.pop_back();
    std::vector<z3::expr> Terms = std::move(Acc.back());
    Acc.pop_back();
    for (z3::expr &T : Terms)
      Acc.back().push_back(T);
  }

  const Program &P;
  const SolverOptions &Opts;
  z3::context &C;
  Encoding &E;
  const FeasibilityCheck &Feasible;
  const std::function<void(const z3::expr &)> &Asserted;

  z3::expr Alive;
  State St;
  std::vector<std::vector<Exit>> Returns, Breaks, Continues;
  std::vector<std::vector<z3::expr>> Acc; // cost terms per open region
  std::vector<bool> Used, Assigned;
  std::set<std::string> Names;
  std::map<StmtId, unsigned> EntryCount;
  std::vector<StmtId> OpenLoops;
  uint64_t Steps = 0;
  unsigned FreshN = 0, Cuts = 0;
};

} // namespace

void encode(const Program &P, const SolverOptions &Opts, z3::context &C, Encoding &E,
            const FeasibilityCheck &Feasible, const std::function<void(const z3::expr &)> &Asserted) {
  Walker(P, Opts, C, E, Feasible, Asserted).run();
}

} // namespace esc::solver
