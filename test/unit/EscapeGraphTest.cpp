//===- EscapeGraphTest.cpp - Verdicts of the escape analysis --------------===//
//
// Each test parses a snippet, analyses one function and checks the facts.
// Negative cases say why they must stay silent.
//
//===----------------------------------------------------------------------===//
#include "escape/EscapeGraph.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"

#include "gtest/gtest-spi.h"
#include "gtest/gtest.h"

#include <memory>
#include <string>

using namespace clang;
using namespace clang::ast_matchers;
using namespace esc::escape;

namespace {

EscapeOracle testOracle() {
  EscapeOracle O;
  O.IsAllocation = [](const Expr *E) {
    const auto *CE = dyn_cast<CallExpr>(E);
    const FunctionDecl *FD = CE ? CE->getDirectCallee() : nullptr;
    return FD && FD->getNameAsString() == "my_alloc";
  };
  O.IsSpawn = [](const FunctionDecl *FD) {
    return FD->getNameAsString() == "spawn_thread";
  };
  O.Leaks = [](const FunctionDecl *) -> std::optional<std::vector<ParamLeak>> {
    return std::nullopt;
  };
  return O;
}

struct Analysed {
  std::unique_ptr<ASTUnit> AST;
  EscapeFacts Facts;

  const LocalVerdict *local(StringRef Name) const {
    for (const LocalVerdict &V : Facts.Locals)
      if (V.Var->getName() == Name)
        return &V;
    return nullptr;
  }
  /// None for a variable whose address is never taken (it has no verdict);
  /// a name that no variable of the snippet has fails the test, so a typo
  /// cannot pass as "does not escape".
  Sink localSink(StringRef Name) const {
    if (const LocalVerdict *V = local(Name))
      return V->AddressEscapes;
    if (!AST || match(varDecl(hasName(Name)), AST->getASTContext()).empty())
      ADD_FAILURE() << "no variable named '" << Name.str() << "' in the snippet";
    return Sink::None;
  }
  bool leaks(unsigned Param, Sink To, int Derefs = 0) const {
    for (const ParamLeak &L : Facts.Leaks)
      if (L.Param == Param && L.To == To && L.Derefs == Derefs)
        return true;
    return false;
  }
};

/// A tiny standard library, in a system header as the real one is.
const char *FakeStd = R"cpp(
namespace std {
using size_t = decltype(sizeof(0));
template <class T> struct vector {
  T *Begin = nullptr;
  void push_back(const T &V);
  T *data();
  T &operator[](size_t I);
  size_t size() const;
};
struct string {
  char Small[16];
  char *Heap = nullptr;
  string(const char *S);
  const char *c_str() const;
};
template <class T> struct span {
  T *Ptr; size_t Len;
  template <size_t N> span(T (&A)[N]) : Ptr(A), Len(N) {}
};
template <class T> T &&move(T &V) noexcept { return static_cast<T &&>(V); }
template <class T> void swap(T &A, T &B) noexcept { T C = A; A = B; B = C; }
template <class T> struct unique_ptr {
  T *P;
  explicit unique_ptr(T *Q) : P(Q) {}
  T *release() { T *Q = P; P = nullptr; return Q; }
};
struct thread {
  template <class F> explicit thread(F &&Fn) { Fn(); }
  void join();
};
} // namespace std
)cpp";

Analysed analyse(StringRef Code, StringRef Function,
                 EscapeOracle Oracle = testOracle()) {
  Analysed A;
  std::string WithStd = "#include <fakestd.h>\n" + Code.str();
  A.AST = tooling::buildASTFromCodeWithArgs(
      WithStd, {"-std=c++20", "-isystem", "/fake"}, "input.cc", "escape-test",
      std::make_shared<PCHContainerOperations>(),
      tooling::getClangStripDependencyFileAdjuster(),
      {{"/fake/fakestd.h", FakeStd}});
  EXPECT_TRUE(A.AST);
  if (!A.AST)
    return A;
  EXPECT_FALSE(A.AST->getDiagnostics().hasErrorOccurred()) << Code.str();
  ASTContext &Ctx = A.AST->getASTContext();
  auto Found = match(functionDecl(hasName(Function), isDefinition()).bind("f"), Ctx);
  EXPECT_EQ(Found.size(), 1u) << "no single definition of " << Function.str();
  if (Found.empty())
    return A;
  EscapeAnalyzer Analyzer(Ctx, std::move(Oracle));
  A.Facts = Analyzer.analyze(Found[0].getNodeAs<FunctionDecl>("f"));
  return A;
}

std::string flowText(const std::vector<FlowStep> &Flow) {
  std::string Out;
  for (const FlowStep &S : Flow)
    Out += (Out.empty() ? "" : " | ") + S.Text;
  return Out;
}

const char *Packet = "struct Packet { int x; Packet *next; };\n";

TEST(EscapeGraph, NewThatIsReturnedEscapesViaReturn) {
  auto A = analyse(std::string(Packet) +
                       "Packet *make() { Packet *p = new Packet; return p; }",
                   "make");
  ASSERT_EQ(A.Facts.Allocs.size(), 1u);
  EXPECT_EQ(A.Facts.Allocs[0].Escapes, Sink::Return);
  EXPECT_EQ(flowText(A.Facts.Allocs[0].Flow), "p = new Packet | return p");
  EXPECT_TRUE(A.Facts.Allocs[0].Flow[0].Loc.isValid());
}

TEST(EscapeGraph, NewAssignedToGlobalEscapesToHeap) {
  auto A = analyse(std::string(Packet) +
                       "Packet *g;\n"
                       "void f() { Packet *p = new Packet; g = p; }",
                   "f");
  ASSERT_EQ(A.Facts.Allocs.size(), 1u);
  EXPECT_EQ(A.Facts.Allocs[0].Escapes, Sink::Heap);
  EXPECT_EQ(flowText(A.Facts.Allocs[0].Flow),
            "p = new Packet | g = p (stored in a global)");
}

TEST(EscapeGraph, NewDeletedLocallyDoesNotEscape) {
  // Only an int is stored through p, and delete keeps nothing.
  auto A = analyse(std::string(Packet) +
                       "void f() { Packet *p = new Packet; p->x = 1; delete p; }",
                   "f");
  ASSERT_EQ(A.Facts.Allocs.size(), 1u);
  EXPECT_EQ(A.Facts.Allocs[0].Escapes, Sink::None);
  EXPECT_TRUE(A.Facts.Allocs[0].Flow.empty());
}

TEST(EscapeGraph, AddressOfLocalStoredToGlobalEscapes) {
  auto A = analyse("int *g; void f() { int x = 0; g = &x; }", "f");
  const LocalVerdict *X = A.local("x");
  ASSERT_NE(X, nullptr);
  EXPECT_EQ(X->AddressEscapes, Sink::Heap);
  EXPECT_EQ(flowText(X->Flow), "g = &x (stored in a global)");
}

TEST(EscapeGraph, AddressOfLocalUsedLocallyDoesNotEscape) {
  // p points at x, but only ints leave through p.
  auto A = analyse("int f() { int x = 1; int *p = &x; *p = 2; return x + *p; }",
                   "f");
  const LocalVerdict *X = A.local("x");
  ASSERT_NE(X, nullptr); // its address is taken, so it has a verdict
  EXPECT_EQ(X->AddressEscapes, Sink::None);
}

TEST(EscapeGraph, ReturnedAddressOfLocalEscapesViaReturn) {
  auto A = analyse("#pragma clang diagnostic ignored \"-Wreturn-stack-address\"\n"
                   "int *f() { int x = 0; return &x; }",
                   "f");
  EXPECT_EQ(A.localSink("x"), Sink::Return);
}

const char *Spawn = "template <class F> void spawn_thread(F f) { f(); }\n";

TEST(EscapeGraph, CaptureByReferenceIntoSpawnEscapesViaSpawn) {
  auto A = analyse(std::string(Spawn) +
                       "void f() { int x = 0; spawn_thread([&x] { ++x; }); }",
                   "f");
  const LocalVerdict *X = A.local("x");
  ASSERT_NE(X, nullptr);
  EXPECT_EQ(X->AddressEscapes, Sink::Spawn);
  std::string Flow = flowText(X->Flow);
  EXPECT_NE(Flow.find("captured by reference"), std::string::npos) << Flow;
  EXPECT_NE(Flow.find("'spawn_thread'"), std::string::npos) << Flow;
}

TEST(EscapeGraph, NamedClosureCapturingByReferenceEscapesViaSpawn) {
  auto A = analyse(std::string(Spawn) +
                       "void f() { int x = 0; auto w = [&] { ++x; };\n"
                       "           spawn_thread(w); }",
                   "f");
  EXPECT_EQ(A.localSink("x"), Sink::Spawn);
  EXPECT_EQ(A.localSink("w"), Sink::None); // w itself is copied
}

TEST(EscapeGraph, CaptureByCopyOfIntDoesNotEscape) {
  // The thread gets its own copy of n.
  auto A = analyse(std::string(Spawn) +
                       "void f() { int n = 1; spawn_thread([n] { (void)n; }); }",
                   "f");
  EXPECT_EQ(A.localSink("n"), Sink::None);
}

TEST(EscapeGraph, LocalLambdaCalledInPlaceDoesNotEscape) {
  // Calling a closure does not leak it: its body is analysed on its own.
  auto A = analyse("int f() { int x = 0; auto l = [&] { ++x; }; l(); return x; }",
                   "f");
  EXPECT_EQ(A.localSink("x"), Sink::None);
}

TEST(EscapeGraph, ParamStoredToGlobalLeaksToHeap) {
  auto A = analyse("int *g; void keep(int *p) { g = p; }", "keep");
  EXPECT_TRUE(A.leaks(0, Sink::Heap, 0));
  EXPECT_FALSE(A.leaks(0, Sink::Return, 0));
}

TEST(EscapeGraph, ParamReturnedLeaksToReturn) {
  auto A = analyse("int *id(int *p) { return p; }", "id");
  EXPECT_TRUE(A.leaks(0, Sink::Return, 0));
  EXPECT_FALSE(A.leaks(0, Sink::Heap, 0));
}

TEST(EscapeGraph, DereferencedParamLeaksWithOneDeref) {
  auto A = analyse("int *g; void f(int **pp) { g = *pp; }", "f");
  EXPECT_TRUE(A.leaks(0, Sink::Heap, 1));
}

TEST(EscapeGraph, MethodNumbersThisFirst) {
  auto A = analyse("struct S { int *m; void set(int *p) { m = p; } };", "set");
  EXPECT_TRUE(A.leaks(1, Sink::Heap, 0));   // p: stored through this
  EXPECT_FALSE(A.leaks(0, Sink::Heap, 0));  // this itself is not kept
}

TEST(EscapeGraph, ReferenceParamAddressLeaks) {
  auto A = analyse("int *g; void f(int &r) { g = &r; }", "f");
  EXPECT_TRUE(A.leaks(0, Sink::Heap, 0));
}

TEST(EscapeGraph, ReferenceVariableIsAPointer) {
  auto A = analyse("int *g; void f() { int x = 0; int &r = x; g = &r; }", "f");
  EXPECT_EQ(A.localSink("x"), Sink::Heap);
  EXPECT_EQ(flowText(A.local("x")->Flow), "r = x | g = &r (stored in a global)");
}

TEST(EscapeGraph, ChainThroughTwoLocalPointers) {
  auto A = analyse(std::string(Packet) +
                       "Packet *g;\n"
                       "void f() { Packet *p = new Packet; Packet *q = p; g = q; }",
                   "f");
  ASSERT_EQ(A.Facts.Allocs.size(), 1u);
  EXPECT_EQ(A.Facts.Allocs[0].Escapes, Sink::Heap);
  EXPECT_GE(A.Facts.Allocs[0].Flow.size(), 2u);
  EXPECT_EQ(flowText(A.Facts.Allocs[0].Flow),
            "p = new Packet | q = p | g = q (stored in a global)");
}

TEST(EscapeGraph, AddressStoredInEscapingObjectEscapes) {
  // &x is inside the node; the node reaches the heap, so x does too.
  auto A = analyse(std::string(Packet) +
                       "Packet *g;\n"
                       "void f() { Packet x; Packet *n = new Packet{0, &x}; g = n; }",
                   "f");
  EXPECT_EQ(A.localSink("x"), Sink::Heap);
}

TEST(EscapeGraph, OracleAllocationIsASite) {
  auto A = analyse("void *my_alloc(unsigned long);\n"
                   "void *f() { void *p = my_alloc(16); return p; }",
                   "f");
  ASSERT_EQ(A.Facts.Allocs.size(), 1u);
  EXPECT_EQ(A.Facts.Allocs[0].Escapes, Sink::Return);
}

TEST(EscapeGraph, PlacementNewIsNotAnAllocation) {
  auto A = analyse("typedef decltype(sizeof(0)) size_t;\n"
                   "void *operator new(size_t, void *p) noexcept;\n"
                   "struct T { int v; };\n"
                   "int f() { alignas(T) char buf[sizeof(T)]; T *t = new (buf) T{1};\n"
                   "          return t->v; }",
                   "f");
  EXPECT_TRUE(A.Facts.Allocs.empty());
  EXPECT_EQ(A.localSink("buf"), Sink::None);
}

TEST(EscapeGraph, UnknownCalleeKeepsPointerArguments) {
  auto A = analyse("void consume(int *);\n"
                   "void f() { int x = 0; consume(&x); }",
                   "f");
  const LocalVerdict *X = A.local("x");
  ASSERT_NE(X, nullptr);
  EXPECT_EQ(X->AddressEscapes, Sink::Heap);
  EXPECT_EQ(flowText(X->Flow), "passed to 'consume', which may keep it");
}

TEST(EscapeGraph, SummaryOfCalleeDecides) {
  // consume's summary says it keeps nothing; keep's says it stores p.
  EscapeOracle O = testOracle();
  O.Leaks = [](const FunctionDecl *FD) -> std::optional<std::vector<ParamLeak>> {
    if (FD->getName() == "keep")
      return std::vector<ParamLeak>{ParamLeak{0, Sink::Heap, 0}};
    return std::vector<ParamLeak>{};
  };
  auto A = analyse("void consume(int *); void keep(int *);\n"
                   "void f() { int x = 0, y = 0; consume(&x); keep(&y); }",
                   "f", O);
  EXPECT_EQ(A.localSink("x"), Sink::None);
  EXPECT_EQ(A.localSink("y"), Sink::Heap);
  EXPECT_EQ(flowText(A.local("y")->Flow), "passed to 'keep', which keeps it");
}

TEST(EscapeGraph, SelfReferenceTerminates) {
  auto A = analyse("void *g;\n"
                   "void f() { void *p = &p; void *q = &p; p = &q; g = p; }",
                   "f");
  EXPECT_EQ(A.localSink("p"), Sink::Heap);
  EXPECT_EQ(A.localSink("q"), Sink::Heap);
}

TEST(EscapeGraph, AnalysisLimitIsConservative) {
  std::string Code = "int *g;\nvoid f() { int *p = new int; int *q = p;\n";
  for (int I = 0; I < 21000; ++I)
    Code += "q = p;\n";
  Code += "}";
  auto A = analyse(Code, "f");
  ASSERT_EQ(A.Facts.Allocs.size(), 1u);
  EXPECT_EQ(A.Facts.Allocs[0].Escapes, Sink::Heap);
  EXPECT_EQ(flowText(A.Facts.Allocs[0].Flow), "analysis limit reached");
}

TEST(EscapeGraph, ContainerKeepsWhatIsInserted) {
  auto A = analyse("std::vector<int *> f() { int x = 0; std::vector<int *> v;\n"
                   "  v.push_back(&x); return v; }",
                   "f");
  EXPECT_EQ(A.localSink("x"), Sink::Return);
}

TEST(EscapeGraph, ContainerCopiesInsertedValues) {
  // push_back(const int &) copies the int: n's address is not kept.
  auto A = analyse("std::vector<int> f() { int n = 3; std::vector<int> v;\n"
                   "  v.push_back(n); return v; }",
                   "f");
  EXPECT_EQ(A.localSink("n"), Sink::None);
}

TEST(EscapeGraph, PointerIntoContainerDerivesFromIt) {
  auto A = analyse("int *g;\n"
                   "void f() { std::vector<int> v; g = v.data(); }",
                   "f");
  EXPECT_EQ(A.localSink("v"), Sink::Heap);
  EXPECT_EQ(flowText(A.local("v")->Flow), "g = v.data() (stored in a global)");
}

TEST(EscapeGraph, StdStringCopiesCharacters) {
  // std::string(const char *) copies; only a view would keep buf.
  auto A = analyse("std::string f() { char buf[8] = \"hi\"; std::string s(buf);\n"
                   "  return s; }",
                   "f");
  EXPECT_EQ(A.localSink("buf"), Sink::None);
}

TEST(EscapeGraph, StdSpanKeepsTheArray) {
  auto A = analyse("std::span<int> f() { int a[4] = {}; std::span<int> s(a);\n"
                   "  return s; }",
                   "f");
  EXPECT_EQ(A.localSink("a"), Sink::Return);
}

TEST(EscapeGraph, MoveOfLocalIsACopy) {
  auto A = analyse("std::vector<int> f() { std::vector<int> v;\n"
                   "  std::vector<int> w = std::move(v); return w; }",
                   "f");
  EXPECT_EQ(A.localSink("v"), Sink::None);
}

TEST(EscapeGraph, StdThreadSpawnsCapturedReferences) {
  EscapeOracle O = testOracle();
  O.IsSpawn = [](const FunctionDecl *FD) {
    const auto *C = dyn_cast<CXXConstructorDecl>(FD);
    return C && C->getParent()->getQualifiedNameAsString() == "std::thread";
  };
  auto A = analyse("void f() { int x = 0; std::thread t([&] { ++x; }); t.join(); }",
                   "f", O);
  const LocalVerdict *X = A.local("x");
  ASSERT_NE(X, nullptr);
  EXPECT_EQ(X->AddressEscapes, Sink::Spawn);
  EXPECT_EQ(flowText(X->Flow),
            "'x' captured by reference into work spawned by 'std::thread'");
}

const char *Coroutine = R"cpp(
namespace std {
template <class R, class... Args> struct coroutine_traits {
  using promise_type = typename R::promise_type;
};
template <class P = void> struct coroutine_handle;
template <> struct coroutine_handle<void> {
  static coroutine_handle from_address(void *) noexcept { return {}; }
};
template <class P> struct coroutine_handle {
  static coroutine_handle from_address(void *) noexcept { return {}; }
  operator coroutine_handle<>() const noexcept { return {}; }
};
struct suspend_always {
  bool await_ready() const noexcept { return false; }
  void await_suspend(coroutine_handle<>) const noexcept {}
  void await_resume() const noexcept {}
};
} // namespace std
struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
)cpp";

TEST(EscapeGraph, CoroutineKeepsReferenceParameters) {
  auto A = analyse(std::string(Coroutine) +
                       "task co(const int &r, int v) { (void)r; (void)v; co_return; }",
                   "co");
  // The frame, and so r's address, belongs to the task the call returns:
  // r goes where the task goes, not to the heap.
  EXPECT_TRUE(A.leaks(0, Sink::Return, 0));
  EXPECT_FALSE(A.leaks(0, Sink::Heap, 0));
  EXPECT_FALSE(A.leaks(1, Sink::Heap, 0)); // an int copied into the frame
  EXPECT_FALSE(A.leaks(1, Sink::Return, 0));
}

TEST(EscapeGraph, WrapperThatSpawnsLeaksToSpawnNotHeap) {
  auto A = analyse(std::string(Spawn) +
                       "void submit(void (*fn)()) { spawn_thread(fn); }",
                   "submit");
  EXPECT_TRUE(A.leaks(0, Sink::Spawn, 0));
  EXPECT_FALSE(A.leaks(0, Sink::Heap, 0));
}

TEST(EscapeGraph, CallerOfSpawningWrapperChainsTheNotes) {
  EscapeOracle O = testOracle();
  O.Leaks = [](const FunctionDecl *FD) -> std::optional<std::vector<ParamLeak>> {
    if (FD->getName() == "submit")
      return std::vector<ParamLeak>{ParamLeak{0, Sink::Spawn, 0}};
    return std::nullopt;
  };
  auto A = analyse("template <class F> void submit(F f) {}\n"
                   "void f() { int x = 0; submit([&x] { ++x; }); }",
                   "f", O);
  const LocalVerdict *X = A.local("x");
  ASSERT_NE(X, nullptr);
  EXPECT_EQ(X->AddressEscapes, Sink::Spawn);
  EXPECT_EQ(flowText(X->Flow), "'x' captured by reference into a lambda | "
                               "passed to 'submit', which runs it on another thread");
}

TEST(EscapeGraph, ThisCapturedIntoSpawnedWorkHasAVerdict) {
  auto A = analyse(std::string(Spawn) +
                       "struct S { int n; void start() { spawn_thread([this] { ++n; }); } };",
                   "start");
  ASSERT_TRUE(A.Facts.This.has_value());
  EXPECT_EQ(A.Facts.This->ObjectEscapes, Sink::Spawn);
  EXPECT_NE(flowText(A.Facts.This->Flow).find("'this' captured into work spawned by"),
            std::string::npos);
  auto B = analyse("struct S { int n; int get() { return n; } };", "get");
  ASSERT_TRUE(B.Facts.This.has_value());
  EXPECT_EQ(B.Facts.This->ObjectEscapes, Sink::None);
}

TEST(EscapeGraph, LookingUpAMisspelledLocalFails) {
  auto A = analyse("int f() { int x = 1; return x; }", "f");
  EXPECT_NONFATAL_FAILURE((void)A.localSink("y"), "no variable named 'y'");
  EXPECT_EQ(A.localSink("x"), Sink::None); // declared, address never taken
}

TEST(EscapeGraph, LocalsWithoutTakenAddressHaveNoVerdict) {
  auto A = analyse("int f() { int a = 1, b = 2; return a + b; }", "f");
  EXPECT_TRUE(A.Facts.Locals.empty());
}

TEST(EscapeGraph, SwapWritesThroughReferenceParameters) {
  auto A = analyse("int *g;\n"
                   "void f() { int a, b; int *p = &a, *q = &b; std::swap(p, q); g = p; }",
                   "f");
  EXPECT_EQ(A.localSink("b"), Sink::Heap);
}

TEST(EscapeGraph, SmartPointerHandsOutItsPointeeNotItself) {
  // release() returns the pointer p holds: the site escapes, p does not.
  auto A = analyse(std::string(Packet) +
                       "Packet *f() { std::unique_ptr<Packet> p(new Packet);\n"
                       "  return p.release(); }",
                   "f");
  ASSERT_EQ(A.Facts.Allocs.size(), 1u);
  EXPECT_EQ(A.Facts.Allocs[0].Escapes, Sink::Return);
  EXPECT_EQ(A.localSink("p"), Sink::None);
}

const char *Holder = "struct Holder { int *P; Holder(int *Q) : P(Q) {} };\n";

TEST(EscapeGraph, ConstructorStoresIntoItsResult) {
  auto A = analyse(Holder, "Holder");
  EXPECT_TRUE(A.leaks(1, Sink::Return, 0)); // Q: into the constructed object
  EXPECT_FALSE(A.leaks(1, Sink::Heap, 0));
}

TEST(EscapeGraph, ConstructorSummaryPutsArgumentsIntoTheObject) {
  EscapeOracle O = testOracle();
  O.Leaks = [](const FunctionDecl *FD) -> std::optional<std::vector<ParamLeak>> {
    if (isa<CXXConstructorDecl>(FD))
      return std::vector<ParamLeak>{ParamLeak{1, Sink::Return, 0}};
    return std::nullopt;
  };
  // x stays in h while h is local; y's holder is returned.
  auto A = analyse(std::string(Holder) +
                       "int f() { int x = 0; Holder h(&x); return *h.P; }",
                   "f", O);
  EXPECT_EQ(A.localSink("x"), Sink::None);
  auto B = analyse(std::string(Holder) + "Holder g() { int y = 0; return Holder(&y); }",
                   "g", O);
  EXPECT_EQ(B.localSink("y"), Sink::Return);
}

TEST(EscapeGraph, SinkNames) {
  EXPECT_STREQ(sinkName(Sink::None), "none");
  EXPECT_STREQ(sinkName(Sink::Heap), "heap");
  EXPECT_STREQ(sinkName(Sink::Return), "return");
  EXPECT_STREQ(sinkName(Sink::Spawn), "spawn");
}

} // namespace
