//===- Call.cpp - Calls, constructors, new, lambdas and spawns ------------===//
//
// What an argument does depends on what is known about the callee, in this
// order (Go's call.go, plus what C++ adds):
//
//   spawn     std::thread(f, a), std::async, pthread_create, esc::rt::spawn:
//             every argument (the closure first) reaches the Spawn root.
//   summary   Oracle.Leaks(callee): argument I reaches the heap, the Spawn
//             root (a wrapper that spawns it) or the result, with the
//             summary's derefs.
//   std::     a standard-library callee does not retain its arguments, but a
//             container keeps what is put into it and hands out pointers
//             into itself:
//               v.push_back(p);       p -> v
//               int *d = v.data();    &v -> d
//               std::string s(buf);   (characters are copied: nothing)
//               std::span sp(arr);    &arr -> sp (views keep references)
//   unknown   pointer and reference arguments and `this` reach the heap.
//
// A reference parameter receives the address of its argument (-1), except
// for the std:: rule, where containers copy what they are given.
//
//===----------------------------------------------------------------------===//
#include "Builder.h"

#include "core/CallSite.h"

#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/StringSwitch.h"

using namespace clang;

namespace esc::escape {

namespace {

/// Standard callees that keep a reference or pointer to their argument
/// instead of a copy: views and reference wrappers.
bool keepsReferences(StringRef Name) {
  return llvm::StringSwitch<bool>(Name)
      .Cases("std::ref", "std::cref", "std::tie", "std::forward_as_tuple", true)
      .Cases("std::span", "std::basic_string_view", "std::reference_wrapper",
             true)
      .Cases("std::ranges::ref_view", "std::mdspan", "std::back_inserter",
             "std::front_inserter", "std::inserter", true)
      .Cases("std::back_insert_iterator", "std::front_insert_iterator",
             "std::insert_iterator", true)
      .Default(false);
}

/// Standard callees that run user code with their arguments: as unknown as
/// the code they run.
bool invokesUserCode(StringRef Name) {
  return llvm::StringSwitch<bool>(Name)
      .Cases("std::invoke", "std::invoke_r", "std::apply", true)
      .Cases("std::function::operator()", "std::move_only_function::operator()",
             "std::copyable_function::operator()", "std::function_ref::operator()",
             true)
      .Default(false);
}

/// Standard classes that point elsewhere instead of containing what they
/// hand out: p.get(), *it, sv.data() return the pointer the object holds,
/// not an address inside the object.
bool isPointerLike(const CXXRecordDecl *RD) {
  std::string Name = RD->getQualifiedNameAsString();
  StringRef N(Name);
  // unique_ptr, shared_ptr and libstdc++'s __shared_ptr bases, iterators
  // (__normal_iterator, _Rb_tree_iterator, libc++'s __wrap_iter), views.
  return N.contains("_ptr") || N.contains_insensitive("iter") ||
         keepsReferences(N);
}

bool isCharPointer(QualType T) {
  return T->isPointerType() && T->getPointeeType()->isAnyCharacterType();
}

} // namespace

bool Builder::builtinAssignment(Hole K, const CXXOperatorCallExpr *OC) {
  // s = t;   for an implicit or defaulted copy/move assignment, exactly the
  // built-in store of every member.
  if (OC->getOperator() != OO_Equal || OC->getNumArgs() != 2)
    return false;
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(OC->getDirectCallee());
  if (!MD || !(MD->isCopyAssignmentOperator() || MD->isMoveAssignmentOperator()) ||
      !(MD->isTrivial() || MD->isDefaulted()))
    return false;
  assign(OC->getArg(0), OC->getArg(1), OC->getOperatorLoc());
  expr(K, OC->getArg(0));
  return true;
}

void Builder::call(Hole K, const Expr *E) {
  const FunctionDecl *Callee = nullptr;
  const Expr *Object = nullptr; // the implicit object argument
  bool IsCtor = false;
  llvm::SmallVector<const Expr *, 8> Args;
  bool ReturnsRef = false;

  if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
    Callee = CE->getConstructor();
    IsCtor = true;
    Args.append(CE->arg_begin(), CE->arg_end());
    // T b = a;   a copy or move of a record copies everything it holds.
    const auto *Ctor = cast<CXXConstructorDecl>(Callee);
    if (Ctor->isCopyOrMoveConstructor() && Args.size() >= 1 &&
        (Ctor->isTrivial() || Ctor->isDefaulted() || isSystem(Ctor))) {
      expr(K, Args[0]);
      for (const Expr *A : llvm::ArrayRef(Args).drop_front())
        expr(discard(), A);
      return;
    }
    // S s;   an implicit or defaulted constructor only constructs members.
    if (Ctor->isTrivial() || Ctor->isDefaulted()) {
      for (const Expr *A : Args)
        expr(discard(), A);
      return;
    }
  } else {
    const auto *Call = cast<CallExpr>(E);
    ReturnsRef = Call->getCallReturnType(Ctx)->isReferenceType();
    Callee = Call->getDirectCallee();
    Args.append(Call->arg_begin(), Call->arg_end());
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call)) {
      Object = MC->getImplicitObjectArgument();
      if (!MC->getMethodDecl()) // (obj.*pmf)(...): the callee is a value
        expr(discard(), MC->getCallee());
    } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(Call)) {
      if (builtinAssignment(K, OC))
        return;
      const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Callee);
      if (MD && MD->isImplicitObjectMemberFunction() && !Args.empty()) {
        Object = Args.front();
        Args.erase(Args.begin());
      }
    } else if (!Callee) {
      expr(discard(), Call->getCallee()); // through a function pointer
    }
  }

  // A reference result is the address of what it refers to.
  Hole R = IsCtor ? K : ReturnsRef ? deref(K) : K;
  const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Callee);
  bool HasThis = Method && Method->isImplicitObjectMemberFunction();
  bool ObjectIsPointer = Object && Object->getType()->isPointerType();
  unsigned Offset = HasThis ? 1 : 0; // leak numbering: `this` is 0
  auto paramType = [&](unsigned I) -> QualType {
    if (Callee && I < Callee->getNumParams())
      return Callee->getParamDecl(I)->getType();
    return Args[I]->getType(); // variadic: passed by value
  };
  auto passByAddress = [&](unsigned I) {
    return paramType(I)->isReferenceType();
  };
  std::string Name = Callee ? calleeName(Callee) : text(E);

  // p = my_alloc(n);   the result is the address of a new site; a hidden
  // allocation's storage belongs to the object that makes it.
  if (Oracle.IsAllocation && Oracle.IsAllocation(E)) {
    LocId S = G.site(E);
    if (IsCtor) {
      emit(S, addr(K));
    } else if (Object) {
      const char *Why = nullptr;
      Hole O = ObjectIsPointer ? pointee(Object, Why) : lvalue(Object, Why);
      emit(S, addr(O.withNote(note(E->getExprLoc(), text(E)))));
    } else {
      emit(S, addr(R));
    }
  }

  // std::thread t([&] { use(x); });   everything passed reaches the Spawn
  // root; pthread_create passes only its last argument to the thread.
  if (Callee && Oracle.IsSpawn && Oracle.IsSpawn(Callee)) {
    std::string Saved = std::move(SpawnName);
    SpawnName = Name;
    bool Pthread = Name == "pthread_create";
    for (unsigned I = 0; I < Args.size(); ++I) {
      if (Pthread && I != 3) {
        expr(discard(), Args[I]);
        continue;
      }
      NoteId N = note(Args[I]->getExprLoc(),
                      "passed to work spawned by '" + Name + "'");
      expr(hole(Graph::SpawnLoc, N), Args[I]);
    }
    expr(discard(), Object);
    SpawnName = std::move(Saved);
    return;
  }

  std::optional<std::vector<ParamLeak>> Leaks;
  // A virtual call may reach any override: a summary of the static callee
  // says nothing about them (the one decision, core/CallSite.h).
  const auto *AsCall = dyn_cast<CallExpr>(E);
  if (Callee && Oracle.Leaks && !(AsCall && isVirtualDispatch(AsCall)))
    Leaks = Oracle.Leaks(Callee);

  if (Leaks) {
    NoteId Keeps = note(E->getExprLoc(), "passed to '" + Name + "', which keeps it");
    NoteId Runs = NoNote; // made on first use: most callees spawn nothing
    auto sinkHole = [&](Sink To) {
      switch (To) {
      case Sink::Return: // a constructor's result is the object it constructs (R is K)
        return R;
      case Sink::Spawn:
        // template <class F> void submit(F f) { std::thread(std::move(f)).detach(); }
        if (Runs == NoNote)
          Runs = note(E->getExprLoc(),
                      "passed to '" + Name + "', which runs it on another thread");
        return hole(Graph::SpawnLoc, Runs);
      case Sink::Heap:
      case Sink::None:
        break;
      }
      return heap(Keeps);
    };
    auto holeFor = [&](unsigned Param) {
      llvm::SmallVector<Hole, 3> Ks;
      for (const ParamLeak &L : *Leaks)
        if (L.Param == Param)
          Ks.push_back(shift(sinkHole(L.To), L.Derefs));
      return tee(Ks);
    };
    if (HasThis) {
      Hole T = holeFor(0);
      if (IsCtor)
        objectAddress(K, T);
      else
        expr(ObjectIsPointer ? T : addr(T), Object);
    }
    for (unsigned I = 0; I < Args.size(); ++I) {
      Hole A = holeFor(I + Offset);
      expr(passByAddress(I) ? addr(A) : A, Args[I]);
    }
    return;
  }

  bool Lambda = Method && Method->getParent()->isLambda();
  if (Callee && isSystem(Callee) && !invokesUserCode(Name)) {
    bool Keeps = keepsReferences(Name);
    bool ResultPoints =
        !IsCtor && (Callee->getReturnType()->isReferenceType() ||
                    Callee->getReturnType()->isPointerType());
    // Where arguments are put: the object being constructed, or the object
    // a non-const member function is called on.
    Hole O = IsCtor ? K : discard();
    auto into = [&](const Expr *Target, bool IsPointer) {
      const char *Why = nullptr;
      Hole H = IsPointer ? pointee(Target, Why) : lvalue(Target, Why);
      std::string Text = text(E);
      if (Why)
        Text += std::string(" (") + Why + ")";
      return H.withNote(note(E->getExprLoc(), std::move(Text)));
    };
    if (!IsCtor && Object && HasThis && !Method->isConst()) {
      O = into(Object, ObjectIsPointer);
    } else if (!IsCtor && !HasThis && !Keeps) {
      // std::swap(p, q), std::exchange(p, q): a free function writes into
      // what its non-const lvalue reference parameters refer to.
      llvm::SmallVector<Hole, 2> Written;
      for (unsigned I = 0; I < Args.size(); ++I) {
        QualType PT = paramType(I);
        if (PT->isLValueReferenceType() && !PT->getPointeeType().isConstQualified())
          Written.push_back(into(Args[I], false));
      }
      O = tee(Written);
    }
    Hole Res = IsCtor ? discard() : R;
    for (unsigned I = 0; I < Args.size(); ++I) {
      QualType PT = paramType(I);
      if (isCharPointer(PT) && !Keeps && !ResultPoints) {
        expr(discard(), Args[I]); // std::string s(buf): copies the characters
        continue;
      }
      if (!PT->isReferenceType())
        expr(tee({O, Res}), Args[I]);
      else if (Keeps)
        expr(addr(tee({O, Res})), Args[I]);
      else if (ResultPoints) // std::move(x), std::max(a, b): may return &arg
        expr(addr(tee({deref(O), Res})), Args[I]);
      else
        expr(tee({O, Res}), Args[I]);
    }
    // v.data(), s.c_str(), a[0]: may point into the object itself;
    // p.get(), *it: are what the object points to.
    if (Object) {
      Hole From = Method && isPointerLike(Method->getParent()) ? R : addr(R);
      expr(ObjectIsPointer ? deref(From) : From, Object);
    }
    return;
  }

  // Unknown callee: whatever it is given may be kept. Its result comes from
  // the heap, so nothing of this function flows into it.
  NoteId Unknown =
      note(E->getExprLoc(), "passed to '" + Name + "', which may keep it");
  Hole H = heap(Unknown);
  if (IsCtor)
    objectAddress(K, H);
  else if (Object)
    // A lambda's body is analysed on its own; calling it does not leak the
    // closure.
    expr(Lambda ? discard() : ObjectIsPointer ? H : addr(H), Object);
  for (unsigned I = 0; I < Args.size(); ++I)
    expr(passByAddress(I) ? addr(H) : H, Args[I]);
}

void Builder::newExpr(Hole K, const CXXNewExpr *NE) {
  const FunctionDecl *OpNew = NE->getOperatorNew();
  expr(discard(), NE->getArraySize().value_or(nullptr));
  if ((OpNew && OpNew->isReplaceableGlobalAllocationFunction()) ||
      (Oracle.IsAllocation && Oracle.IsAllocation(NE))) {
    // p = new T(args);   p holds the site's address, the site holds args.
    LocId S = G.site(NE);
    emit(S, addr(K));
    for (const Expr *P : NE->placement_arguments())
      expr(discard(), P);
    expr(hole(S, K.Note), NE->getInitializer());
    return;
  }
  if (OpNew && OpNew->isReservedGlobalPlacementOperator() &&
      NE->getNumPlacementArgs() == 1) {
    // p = new (buf) T(args);   p is buf, and args are stored into *buf.
    const Expr *Buf = NE->getPlacementArg(0);
    expr(K, Buf);
    const char *Why = nullptr;
    Hole Into = pointee(Buf, Why);
    std::string Text = text(NE);
    if (Why)
      Text += std::string(" (") + Why + ")";
    expr(Into.withNote(note(NE->getExprLoc(), std::move(Text))),
         NE->getInitializer());
    return;
  }
  // A class's or user's operator new: unknown, so what it is given escapes
  // and the object it returns comes from the heap.
  std::string Name = OpNew ? calleeName(OpNew) : std::string("operator new");
  Hole H = heap(note(NE->getExprLoc(), "passed to '" + Name + "', which may keep it"));
  for (const Expr *P : NE->placement_arguments())
    expr(H, P);
  expr(H, NE->getInitializer());
}

void Builder::lambda(Hole K, const LambdaExpr *LE) {
  // auto f = [&x, y] { ... };   f holds &x and y.
  bool Spawned = K.Dst == Graph::SpawnLoc && !SpawnName.empty();
  std::string Into = Spawned ? "work spawned by '" + SpawnName + "'"
                             : std::string("a lambda");
  // A capture's note adds to the hole's ("passed to 'submit', ..."), except
  // where it already says the same thing: "captured ... into work spawned
  // by 'std::thread'" needs no "passed to work spawned by 'std::thread'".
  auto capture = [&](SourceLocation Loc, std::string Text) {
    return Spawned ? K.withNote(note(Loc, std::move(Text)))
                   : annotate(K, Loc, std::move(Text));
  };
  auto Init = LE->capture_init_begin();
  for (const LambdaCapture &C : LE->captures()) {
    const Expr *E = *Init++;
    if (!E)
      continue;
    if (!C.capturesVariable()) { // this, *this, or a VLA bound
      std::string What = C.getCaptureKind() == LCK_StarThis ? "'*this'" : "'this'";
      expr(capture(C.getLocation(), What + " captured into " + Into), E);
      continue;
    }
    const ValueDecl *V = C.getCapturedVar();
    bool ByRef = C.getCaptureKind() == LCK_ByRef ||
                 (isa<VarDecl>(V) && cast<VarDecl>(V)->isInitCapture() &&
                  V->getType()->isReferenceType());
    std::string Text = "'" + name(V) + "' captured by " +
                       (ByRef ? "reference" : "copy") + " into " + Into;
    Hole CK = capture(C.getLocation(), std::move(Text));
    expr(ByRef ? addr(CK) : CK, E);
  }
}

} // namespace esc::escape
