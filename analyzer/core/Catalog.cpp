#include "Catalog.h"

#include "Annotations.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/Builtins.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"

#include <linux/futex.h>
#include <sys/syscall.h>

namespace esc {
using namespace clang;

namespace {

AllocSite alloc(AllocKind K, std::string Reason, std::optional<uint64_t> Bytes = std::nullopt) {
  AllocSite S;
  S.Kind = K;
  S.Reason = std::move(Reason);
  S.Bytes = Bytes;
  return S;
}

CallVerdict allocates(AllocKind K, std::string Reason,
                      std::optional<uint64_t> Bytes = std::nullopt) {
  CallVerdict V = CallVerdict::none();
  V.Alloc = alloc(K, std::move(Reason), Bytes);
  return V;
}

CallVerdict blocks(std::string Reason) {
  CallVerdict V = CallVerdict::none();
  V.Block = std::move(Reason);
  return V;
}

bool in(llvm::StringRef Name, std::initializer_list<llvm::StringRef> Set) {
  for (llvm::StringRef S : Set)
    if (S == Name)
      return true;
  return false;
}

llvm::StringRef identifierOf(const NamedDecl *D) {
  return D->getDeclName().isIdentifier() ? D->getName() : llvm::StringRef();
}

const Expr *stripToValue(const Expr *E) {
  while (true) {
    E = E->IgnoreParenImpCasts();
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *F = dyn_cast<CXXFunctionalCastExpr>(E))
      E = F->getSubExpr();
    else if (const auto *C = dyn_cast<CXXConstructExpr>(E);
             C && C->getNumArgs() == 1 && C->getConstructor()->isCopyOrMoveConstructor())
      E = C->getArg(0);
    else
      return E;
  }
}

std::optional<uint64_t> literalLength(const Expr *E) {
  if (const auto *SL = dyn_cast<StringLiteral>(E->IgnoreParenImpCasts()))
    return SL->getLength();
  return std::nullopt;
}

// The libc and POSIX functions whose effects matter; every other extern "C"
// function from a system header is taken to neither allocate nor block.
const llvm::StringSet<> &cAllocating() {
  static const llvm::StringSet<> S = {
      "malloc", "calloc", "realloc", "reallocarray", "aligned_alloc", "posix_memalign",
      "memalign", "valloc", "pvalloc", "strdup", "strndup", "wcsdup", "asprintf",
      "vasprintf", "getline", "getdelim", "fopen", "fdopen", "freopen", "tmpfile",
      "opendir", "fdopendir", "scandir", "getaddrinfo", "open_memstream", "backtrace_symbols",
      "__builtin_malloc", "__builtin_calloc", "__builtin_realloc", "__builtin_strdup"};
  return S;
}

const llvm::StringSet<> &cBlocking() {
  static const llvm::StringSet<> S = {
      "read", "write", "pread", "pwrite", "readv", "writev", "recv", "recvfrom",
      "recvmsg", "recvmmsg", "send", "sendto", "sendmsg", "sendmmsg", "accept", "accept4",
      "connect", "poll", "ppoll", "select", "pselect", "epoll_wait", "epoll_pwait",
      "sleep", "usleep", "nanosleep", "clock_nanosleep", "open", "openat", "creat",
      "fsync", "fdatasync", "sync", "flock", "lockf", "wait", "waitpid", "waitid",
      "pthread_join", "pthread_mutex_lock", "pthread_cond_wait", "pthread_cond_timedwait",
      "pthread_rwlock_rdlock", "pthread_rwlock_wrlock", "pthread_barrier_wait",
      "sem_wait", "sem_timedwait", "msgrcv", "msgsnd", "fread", "fwrite", "fgets",
      "fputs", "fgetc", "fputc", "getc", "putc", "getchar", "putchar", "gets", "puts",
      "scanf", "fscanf", "printf", "fprintf", "vprintf", "vfprintf", "fflush",
      "getaddrinfo", "gethostbyname", "system", "popen", "pclose", "io_uring_enter",
      "futex", "syscall", "ioctl", "fclose", "close", "sendfile", "splice"};
  return S;
}

/// `syscall(SYS_gettid)` and its kin only read the kernel's state: libraries
/// call them for thread ids and clocks on hot paths (spdlog's log_msg), and
/// counting them as blocking gave a chain that blames the wrong call. The
/// numbers are the host's (<sys/syscall.h>), which is the target's unless
/// cross-compiling; any other number, or one not constant, may block.
/// (Likewise a futex wake: FUTEX_WAKE and its variants never wait.)
bool nonBlockingSyscall(const Expr *Call, const ASTContext &Ctx) {
  const auto *CE = dyn_cast_or_null<CallExpr>(Call);
  if (!CE || CE->getNumArgs() == 0)
    return false;
  std::optional<llvm::APSInt> Nr = CE->getArg(0)->getIntegerConstantExpr(Ctx);
  if (!Nr)
    return false;
  static constexpr long ReadOnly[] = {SYS_gettid,  SYS_getpid,  SYS_getppid,
                                      SYS_getuid,  SYS_geteuid, SYS_getgid,
                                      SYS_getegid, SYS_gettimeofday, SYS_clock_gettime};
  if (llvm::is_contained(ReadOnly, Nr->getExtValue()))
    return true;
  // A futex wake (the other half of a futex wait) returns at once.
  if (Nr->getExtValue() != SYS_futex || CE->getNumArgs() < 3)
    return false;
  std::optional<llvm::APSInt> Op = CE->getArg(2)->getIntegerConstantExpr(Ctx);
  if (!Op)
    return false;
  static constexpr long Wakes[] = {FUTEX_WAKE, FUTEX_WAKE_OP, FUTEX_WAKE_BITSET};
  return llvm::is_contained(Wakes, Op->getExtValue() & FUTEX_CMD_MASK);
}

// std:: records whose members are judged by name; members not listed as
// effects are taken as effect-free instead of walking library internals.
enum class Family { None, String, Sequence, Associative, Unordered, Adaptor, Function, Any,
                    SharedPtr, Thread, Promise, Regex, Stream, Lock, Mutex, CondVar };

Family familyOf(llvm::StringRef R) {
  if (R == "basic_string")
    return Family::String;
  if (in(R, {"vector", "deque", "list", "forward_list"}))
    return Family::Sequence;
  if (in(R, {"map", "multimap", "set", "multiset"}))
    return Family::Associative;
  if (in(R, {"unordered_map", "unordered_multimap", "unordered_set", "unordered_multiset"}))
    return Family::Unordered;
  if (in(R, {"priority_queue", "queue", "stack"}))
    return Family::Adaptor;
  if (R == "function")
    return Family::Function;
  if (R == "any")
    return Family::Any;
  if (in(R, {"shared_ptr", "__shared_ptr"})) // libstdc++ declares reset() in the base
    return Family::SharedPtr;
  if (in(R, {"thread", "jthread"}))
    return Family::Thread;
  if (in(R, {"promise", "packaged_task", "future", "shared_future"}))
    return Family::Promise;
  if (R == "basic_regex")
    return Family::Regex;
  if (in(R, {"basic_ostream", "basic_istream", "basic_iostream", "basic_ostringstream",
             "basic_istringstream", "basic_stringstream", "basic_ofstream", "basic_ifstream",
             "basic_fstream", "basic_stringbuf", "basic_filebuf"}))
    return Family::Stream;
  if (in(R, {"lock_guard", "unique_lock", "scoped_lock", "shared_lock"}))
    return Family::Lock;
  if (in(R, {"mutex", "recursive_mutex", "timed_mutex", "recursive_timed_mutex",
             "shared_mutex", "shared_timed_mutex", "counting_semaphore", "latch", "barrier"}))
    return Family::Mutex;
  if (in(R, {"condition_variable", "condition_variable_any"}))
    return Family::CondVar;
  return Family::None;
}

/// Whether a lock_guard / unique_lock / scoped_lock / shared_lock
/// constructor acquires: one given mutexes (scoped_lock takes several;
/// unique_lock's timed form waits up to its timeout), not a move and not
/// the defer_lock / try_to_lock / adopt_lock forms, which never wait.
bool locksOnConstruction(const CXXConstructorDecl *Ctor) {
  if (Ctor->isCopyOrMoveConstructor() || Ctor->getNumParams() == 0)
    return false;
  for (const ParmVarDecl *P : Ctor->parameters())
    if (const auto *RD = P->getType().getNonReferenceType()->getAsCXXRecordDecl();
        RD && in(RD->getName(), {"defer_lock_t", "try_to_lock_t", "adopt_lock_t"}))
      return false;
  return true;
}

// A std::basic_string's small buffer is sized in bytes, so it keeps fewer
// wide characters: libstdc++ 15 / sizeof(CharT) (3 wchar_t), libc++
// 23 / sizeof(CharT) - 1 (4 wchar_t). The name is the one users write.
struct StringKind {
  std::string Name;
  uint64_t SSO;
};

StringKind stringKind(const ASTContext &Ctx, const StdLib &Lib, const CXXRecordDecl *RD) {
  StringKind K{"std::string", Lib.StringSSO};
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(RD);
  if (!Spec || Spec->getTemplateArgs().size() < 1 ||
      Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return K;
  QualType C = Spec->getTemplateArgs()[0].getAsType().getCanonicalType();
  if (const auto *BT = C->getAs<BuiltinType>())
    switch (BT->getKind()) {
    case BuiltinType::WChar_S:
    case BuiltinType::WChar_U: K.Name = "std::wstring"; break;
    case BuiltinType::Char8: K.Name = "std::u8string"; break;
    case BuiltinType::Char16: K.Name = "std::u16string"; break;
    case BuiltinType::Char32: K.Name = "std::u32string"; break;
    default: break;
    }
  uint64_t W = C->isIncompleteType() ? 1 : Ctx.getTypeSizeInChars(C).getQuantity();
  if (W > 1)
    K.SSO = Lib.Kind == StdLib::LibCxx ? (Lib.StringSSO + 1) / W - 1 : Lib.StringSSO / W;
  return K;
}

bool isStringStream(llvm::StringRef R) {
  return in(R, {"basic_ostringstream", "basic_istringstream", "basic_stringstream",
                "basic_stringbuf"});
}


/// Formatted I/O on a stream of record `R`: it may allocate, and it blocks
/// unless the stream is in memory.
CallVerdict streamIO(llvm::StringRef R) {
  CallVerdict V = allocates(AllocKind::IOStream,
                            "iostream formatting may allocate (locale facets, buffer growth)");
  if (!isStringStream(R))
    V.Block = "stream I/O may block the calling thread";
  return V;
}

/// `os << a << b`: the outer << continues a chain whose first operator
/// already carries the finding; one finding per chain, not per operand.
bool continuesStreamChain(const Expr *Call) {
  const auto *OCE = dyn_cast_or_null<CXXOperatorCallExpr>(Call);
  if (!OCE || OCE->getNumArgs() < 1)
    return false;
  const auto *Inner = dyn_cast<CXXOperatorCallExpr>(OCE->getArg(0)->IgnoreParenImpCasts());
  return Inner && (Inner->getOperator() == OO_LessLess ||
                   Inner->getOperator() == OO_GreaterGreater);
}
} // namespace

/// In namespace std or one nested in it (std::chrono, std::__cxx11, ...).
static bool inStd(const Decl *D) {
  for (const DeclContext *C = D->getDeclContext(); C && !C->isTranslationUnit();
       C = C->getParent())
    if (C->isStdNamespace())
      return true;
  return false;
}

llvm::StringRef stdRecordName(const Decl *D) {
  const auto *RD = dyn_cast<CXXRecordDecl>(D->getDeclContext());
  if (!RD || !inStd(RD) || !RD->getIdentifier())
    return {};
  return RD->getName();
}

std::optional<AllocSite> Catalog::newExpression(const CXXNewExpr *E) const {
  const FunctionDecl *OpNew = E->getOperatorNew();
  if (!OpNew || OpNew->isReservedGlobalPlacementOperator())
    return std::nullopt;
  if (!OpNew->isReplaceableGlobalAllocationFunction())
    return std::nullopt; // class-specific or user placement: an ordinary call.
  QualType T = E->getAllocatedType();
  std::string TypeName = T.getAsString(Ctx.getPrintingPolicy());
  std::optional<uint64_t> Bytes;
  if (!T->isDependentType() && !T->isIncompleteType()) {
    uint64_t Elem = Ctx.getTypeSizeInChars(T).getQuantity();
    if (!E->isArray())
      Bytes = Elem;
    else if (auto N = E->getArraySize(); N && *N)
      if (auto C = (*N)->getIntegerConstantExpr(Ctx))
        Bytes = Elem * C->getZExtValue();
  }
  std::string Reason = E->isArray() ? "'new " + TypeName + "[]' allocates on the heap"
                                    : "'new " + TypeName + "' allocates on the heap";
  if (Bytes)
    Reason += " (" + std::to_string(*Bytes) + " bytes)";
  return alloc(AllocKind::NewExpr, std::move(Reason), Bytes);
}

CallVerdict Catalog::classify(const Expr *Call, const FunctionDecl *FD) const {
  if (isMarkerCall(FD))
    return CallVerdict::none();
  llvm::StringRef Name = identifierOf(FD);
  // A call that ends the process ([[noreturn]] and non-throwing: abort, a
  // fatal-error reporter that prints and aborts, an arena's overflow
  // handler) is a failure path: what it does on the way out is not a cost of
  // the operation, which never continues.
  if (const auto *FPT = FD->getType()->getAs<FunctionProtoType>();
      FD->isNoReturn() && FPT && FPT->isNothrow())
    return CallVerdict::none();
  // Libraries' error-reporting helpers (std::__throw_length_error,
  // asio::detail::throw_error, boost::throw_exception, fmt's assert_fail,
  // which prints with fprintf and terminates) run only when an operation
  // already failed: failure paths, not costs of the operation.
  if ((Name.starts_with("throw_") || Name.starts_with("__throw") ||
       Name == "throw_exception" || Name == "do_throw_error" || Name == "assert_fail") &&
      Ctx.getSourceManager().isInSystemHeader(FD->getLocation()))
    return CallVerdict::none();

  // Explicit operator new / delete calls.
  OverloadedOperatorKind Op = FD->getOverloadedOperator();
  if ((Op == OO_New || Op == OO_Array_New) && FD->isReplaceableGlobalAllocationFunction())
    return allocates(AllocKind::OperatorNew, "'operator new' allocates on the heap");
  if ((Op == OO_Delete || Op == OO_Array_Delete) && !isa<CXXMethodDecl>(FD))
    return CallVerdict::none();
  if (unsigned ID = FD->getBuiltinID()) {
    if (Name == "__builtin_operator_new")
      return allocates(AllocKind::OperatorNew, "'operator new' allocates on the heap");
    if (cAllocating().contains(Name))
      return allocates(AllocKind::MallocFamily, "'" + Name.str() + "' allocates on the heap");
    // Clang knows printf, fwrite, puts, ... as library builtins: they are
    // still the C library's functions, judged by its catalogue (they were
    // taken as effect-free here, so a printf in a hot path went unseen).
    if (Ctx.BuiltinInfo.isPredefinedLibFunction(ID))
      return classifyC(Call, FD, Name);
    return CallVerdict::none();
  }

  if (FD->isExternC() || (FD->getDeclContext()->isTranslationUnit() &&
                          Ctx.getSourceManager().isInSystemHeader(FD->getLocation())))
    return classifyC(Call, FD, Name);

  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD)) {
    llvm::StringRef Record = stdRecordName(MD);
    if (!Record.empty())
      return classifyStdMember(Call, MD, Record);
  }
  if (FD->getDeclContext()->isNamespace() && inStd(FD))
    return classifyStdFree(Call, FD, Name);
  return CallVerdict::descend();
}

CallVerdict Catalog::classifyC(const Expr *Call, const FunctionDecl *FD,
                               llvm::StringRef Name) const {
  if (Name.empty())
    return CallVerdict::none();
  CallVerdict V = CallVerdict::none();
  if (Name == "pthread_create") {
    V.Alloc = alloc(AllocKind::SharedState,
                    "'pthread_create' allocates a thread's stack and control block");
    return V;
  }
  if (cAllocating().contains(Name))
    V.Alloc = alloc(AllocKind::MallocFamily, "'" + Name.str() + "' allocates on the heap");
  if (cBlocking().contains(Name) && !(Name == "syscall" && nonBlockingSyscall(Call, Ctx)))
    V.Block = "'" + Name.str() + "' may block the calling thread";
  if (in(Name, {"printf", "fprintf", "vprintf", "vfprintf", "puts", "fputs", "scanf", "fscanf"}))
    V.Alloc = alloc(AllocKind::Library,
                    "C stdio '" + Name.str() + "' may allocate its stream buffer on first use");
  // A function from no system header with C linkage is user code whose body
  // lives elsewhere: follow its facts like any other call.
  if (!V.Alloc && !V.Block && !Ctx.getSourceManager().isInSystemHeader(FD->getLocation()))
    return CallVerdict::descend();
  return V;
}

CallVerdict Catalog::classifyStdFree(const Expr *Call, const FunctionDecl *FD,
                                     llvm::StringRef Name) const {
  if (Name.starts_with("__throw_") || Name == "__glibcxx_assert_fail" ||
      Name == "__replacement_assert" || Name == "terminate")
    return CallVerdict::none(); // failure paths, not effects
  // Compiled into the library, and known to return a reference to a static
  // object: no allocation, no blocking.
  if (in(Name, {"system_category", "generic_category", "future_category",
                "iostream_category"}))
    return CallVerdict::none();
  // libstdc++'s out-of-line tree walkers (tree.cc) only relink nodes the
  // caller already allocated.
  if (in(Name, {"_Rb_tree_increment", "_Rb_tree_decrement", "_Rb_tree_insert_and_rebalance",
                "_Rb_tree_rebalance_for_erase"}))
    return CallVerdict::none();
  if (in(Name, {"make_shared", "allocate_shared", "make_shared_for_overwrite"}))
    return allocates(AllocKind::SmartPointer,
                     "'std::" + Name.str() +
                         "' allocates the object and its control block on the heap");
  if (in(Name, {"make_unique", "make_unique_for_overwrite"})) {
    // The size, when known, lets heap-large-alloc judge make_unique<char[]>(n).
    std::optional<uint64_t> Bytes;
    const auto *TA = FD->getTemplateSpecializationArgs();
    const auto *CE = dyn_cast<CallExpr>(Call);
    if (TA && TA->size() >= 1 && TA->get(0).getKind() == TemplateArgument::Type) {
      QualType T = TA->get(0).getAsType();
      if (const auto *AT = Ctx.getAsIncompleteArrayType(T)) {
        QualType Elem = AT->getElementType();
        if (CE && CE->getNumArgs() == 1 && !Elem->isIncompleteType())
          if (auto N = CE->getArg(0)->getIntegerConstantExpr(Ctx))
            Bytes = N->getZExtValue() * Ctx.getTypeSizeInChars(Elem).getQuantity();
      } else if (!T->isIncompleteType() && !T->isDependentType()) {
        Bytes = Ctx.getTypeSizeInChars(T).getQuantity();
      }
    }
    std::string Reason = "'std::" + Name.str() + "' allocates on the heap";
    if (Bytes)
      Reason += " (" + std::to_string(*Bytes) + " bytes)";
    return allocates(AllocKind::SmartPointer, std::move(Reason), Bytes);
  }
  if (Name == "async") {
    CallVerdict V = allocates(AllocKind::SharedState,
                              "'std::async' allocates its shared state and may start a thread");
    return V;
  }
  if (in(Name, {"stable_sort", "inplace_merge", "stable_partition", "get_temporary_buffer"}))
    return allocates(AllocKind::TemporaryBuffer,
                     "'std::" + Name.str() + "' allocates a temporary buffer on the heap");
  if (in(Name, {"regex_match", "regex_search", "regex_replace"}))
    return allocates(AllocKind::Regex,
                     "'std::" + Name.str() + "' allocates its matching state on the heap");
  if (in(Name, {"format", "vformat", "getline"}))
    return allocates(AllocKind::StdString,
                     "'std::" + Name.str() + "' builds a std::string that may outgrow its " +
                         std::to_string(Lib.StringSSO) + "-character small buffer");
  if (in(Name, {"sleep_for", "sleep_until"}))
    return blocks("'std::this_thread::" + Name.str() + "' blocks the calling thread");
  if (in(Name, {"to_string", "to_wstring"})) {
    const auto *CE = dyn_cast<CallExpr>(Call);
    QualType T = CE && CE->getNumArgs() == 1 ? CE->getArg(0)->IgnoreImpCasts()->getType()
                                             : QualType();
    // Integers of 32 bits print in at most 11 characters, inside any SSO.
    if (!T.isNull() && T->isIntegerType() && Ctx.getTypeSize(T) <= 32)
      return CallVerdict::none();
    return allocates(AllocKind::StdString,
                     "'std::" + Name.str() + "' may produce more than " +
                         std::to_string(Lib.StringSSO) + " characters, which go to the heap");
  }
  // operator""s builds a std::string from a literal of known length.
  if (FD->getLiteralIdentifier() && FD->getLiteralIdentifier()->getName() == "s") {
    const auto *CE = dyn_cast<CallExpr>(Call);
    if (CE && CE->getNumArgs() == 2)
      if (auto Len = literalLength(CE->getArg(0))) {
        StringKind K = stringKind(Ctx, Lib, FD->getReturnType()->getAsCXXRecordDecl());
        if (*Len <= K.SSO)
          return CallVerdict::none();
        return allocates(AllocKind::StdString,
                         K.Name + " copies this " + std::to_string(*Len) +
                             "-character literal to the heap: its small buffer holds " +
                             std::to_string(K.SSO) + " characters",
                         *Len + 1);
      }
  }
  // Stream insertion and extraction as free operators (operator<<(ostream&, T)).
  OverloadedOperatorKind Op = FD->getOverloadedOperator();
  if ((Op == OO_LessLess || Op == OO_GreaterGreater) && FD->getNumParams() >= 1) {
    QualType P = FD->getParamDecl(0)->getType().getNonReferenceType();
    if (const auto *RD = P->getAsCXXRecordDecl())
      if (familyOf(RD->getName()) == Family::Stream) {
        if (continuesStreamChain(Call))
          return CallVerdict::none();
        return streamIO(RD->getName());
      }
  }
  if (Op == OO_Plus && FD->getNumParams() == 2) {
    QualType P = FD->getParamDecl(0)->getType().getNonReferenceType();
    const auto *RD = P->getAsCXXRecordDecl();
    if (!RD && FD->getNumParams() == 2)
      RD = FD->getParamDecl(1)->getType().getNonReferenceType()->getAsCXXRecordDecl();
    if (RD && RD->getName() == "basic_string")
      return allocates(AllocKind::StdString,
                       "concatenating std::strings builds a new string that may outgrow its " +
                           std::to_string(Lib.StringSSO) + "-character small buffer");
  }
  if (in(Name, {"make_any"}))
    if (const auto *TA = FD->getTemplateSpecializationArgs(); TA && TA->size() >= 1 &&
                                                             TA->get(0).getKind() ==
                                                                 TemplateArgument::Type)
      return anyFromValue(TA->get(0).getAsType());
  return CallVerdict::descend();
}

CallVerdict Catalog::stringConstruction(const CXXConstructExpr *E,
                                        const CXXConstructorDecl *Ctor) const {
  StringKind K = stringKind(Ctx, Lib, Ctor->getParent());
  std::string SSO = std::to_string(K.SSO);
  if (Ctor->isDefaultConstructor() || Ctor->isMoveConstructor() || E->getNumArgs() == 0)
    return CallVerdict::none();
  if (Ctor->isCopyConstructor())
    return allocates(AllocKind::StdString,
                     "copying a " + K.Name + " allocates when it is longer than " + SSO +
                         " characters");
  const Expr *First = E->getArg(0);
  if (auto Len = literalLength(First)) {
    // string(const char*, n) with a literal: the count wins.
    uint64_t N = *Len;
    if (E->getNumArgs() >= 2 && First->IgnoreParenImpCasts()->getType()->isArrayType() &&
        E->getArg(1)->getType()->isIntegerType())
      if (auto C = E->getArg(1)->getIntegerConstantExpr(Ctx))
        N = C->getZExtValue();
    if (N <= K.SSO)
      return CallVerdict::none();
    return allocates(AllocKind::StdString,
                     K.Name + " copies this " + std::to_string(N) +
                         "-character literal to the heap: its small buffer holds " + SSO +
                         " characters",
                     N + 1);
  }
  if (First->getType()->isIntegerType() && E->getNumArgs() >= 2) {
    if (auto C = First->getIntegerConstantExpr(Ctx)) {
      if (C->getZExtValue() <= K.SSO)
        return CallVerdict::none();
      return allocates(AllocKind::StdString,
                       K.Name + " of " + std::to_string(C->getZExtValue()) +
                           " characters does not fit its " + SSO + "-character small buffer",
                       C->getZExtValue() + 1);
    }
  }
  // Only an allocator argument: empty string.
  if (E->getNumArgs() == 1 && First->getType()->getAsCXXRecordDecl() &&
      First->getType()->getAsCXXRecordDecl()->getName() == "allocator")
    return CallVerdict::none();
  return allocates(AllocKind::StdString,
                   "constructing a " + K.Name + " from a value of unknown length allocates "
                   "when it is longer than " + SSO + " characters");
}

CallVerdict Catalog::functionFromCallable(const Expr *Callable) const {
  const Expr *C = stripToValue(Callable);
  QualType T = C->getType().getNonReferenceType().getUnqualifiedType();
  if (T->isPointerType() || T->isMemberPointerType() || T->isFunctionType() ||
      T->isNullPtrType())
    return CallVerdict::none();
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD || T->isDependentType() || T->isIncompleteType())
    return CallVerdict::descend();
  if (familyOf(RD->getName()) == Family::Function && RD->isInStdNamespace())
    return CallVerdict::none(); // converting between std::function types is a copy/move
  uint64_t Size = Ctx.getTypeSizeInChars(T).getQuantity();
  uint64_t Align = Ctx.getTypeAlignInChars(T).getQuantity();
  bool Trivial = T.isTriviallyCopyableType(Ctx);
  std::string What = RD->isLambda() ? "closure" : "callable '" + RD->getNameAsString() + "'";
  std::string Buf = std::to_string(Lib.FunctionBuffer);
  if (Size > Lib.FunctionBuffer)
    return allocates(AllocKind::StdFunction,
                     "std::function stores this " + std::to_string(Size) + "-byte " + What +
                         " on the heap: its small buffer holds " + Buf + " bytes",
                     Size);
  if (Align > Lib.FunctionAlign)
    return allocates(AllocKind::StdFunction,
                     "std::function stores this " + What + " on the heap: its alignment of " +
                         std::to_string(Align) + " exceeds the small buffer's " +
                         std::to_string(Lib.FunctionAlign),
                     Size);
  if (Lib.FunctionNeedsTrivialCopy && !Trivial) {
    std::string Why = "it is not trivially copyable";
    if (const auto *LE = dyn_cast<LambdaExpr>(C))
      for (const LambdaCapture &Cap : LE->captures()) {
        if (!Cap.capturesVariable() || Cap.getCaptureKind() != LCK_ByCopy)
          continue;
        const ValueDecl *V = Cap.getCapturedVar();
        QualType VT = V->getType().getNonReferenceType();
        if (!VT.isTriviallyCopyableType(Ctx)) {
          Why = "it captures '" + V->getNameAsString() + "' of type '" +
                VT.getCanonicalType().getUnqualifiedType().getAsString(Ctx.getPrintingPolicy()) +
                "', which is not trivially copyable";
          break;
        }
      }
    return allocates(AllocKind::StdFunction,
                     "std::function stores this " + std::to_string(Size) + "-byte " + What +
                         " on the heap although it fits the " + Buf + "-byte buffer: " + Why,
                     Size);
  }
  return CallVerdict::none();
}

namespace {

bool nothrowSpec(const FunctionDecl *FD) {
  const auto *P = FD->getType()->getAs<FunctionProtoType>();
  return P && P->isNothrow();
}

/// std::is_nothrow_move_constructible<T>, read from the declarations (the
/// checks run after Sema; the trait is not instantiated for us to read). An
/// implicit move constructor is noexcept when every base's and member's is;
/// a class without one moves by its copy constructor.
bool nothrowMovable(const ASTContext &Ctx, QualType T, unsigned Depth = 0) {
  T = T.getNonReferenceType();
  if (T.isTriviallyCopyableType(Ctx) || T->isScalarType())
    return true;
  if (const auto *Array = Ctx.getAsConstantArrayType(T))
    return nothrowMovable(Ctx, Array->getElementType(), Depth + 1);
  const auto *RD = T->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition() || Depth > 8)
    return false;
  RD = RD->getDefinition();
  const CXXConstructorDecl *Copy = nullptr;
  for (const CXXConstructorDecl *C : RD->ctors()) {
    if (C->isMoveConstructor() && !C->isImplicit())
      return !C->isDeleted() && nothrowSpec(C);
    if (C->isCopyConstructor() && !C->isImplicit())
      Copy = C;
  }
  if (!RD->needsImplicitMoveConstructor() && !RD->hasMoveConstructor())
    return Copy && !Copy->isDeleted() && nothrowSpec(Copy);
  // The implicit move: member-wise.
  for (const CXXBaseSpecifier &B : RD->bases())
    if (!nothrowMovable(Ctx, B.getType(), Depth + 1))
      return false;
  for (const FieldDecl *F : RD->fields())
    if (!nothrowMovable(Ctx, F->getType(), Depth + 1))
      return false;
  return true;
}

} // namespace

CallVerdict Catalog::anyFromValue(QualType T) const {
  T = T.getNonReferenceType().getUnqualifiedType();
  if (T->isDependentType() || T->isIncompleteType())
    return CallVerdict::descend();
  uint64_t Size = Ctx.getTypeSizeInChars(T).getQuantity();
  // libstdc++ and libc++ agree on the rule; only the buffer size differs.
  bool Fits = Size <= Lib.AnyBuffer &&
              Ctx.getTypeAlignInChars(T).getQuantity() <= Lib.AnyBufferAlign;
  if (Fits && nothrowMovable(Ctx, T))
    return CallVerdict::none();
  // Name the user's type, not the library's alias for it
  // (`std::remove_reference<Risky &>::type` after std::move).
  QualType Shown = T;
  while (const auto *TT = Shown->getAs<TypedefType>()) {
    if (!Ctx.getSourceManager().isInSystemHeader(TT->getDecl()->getLocation()))
      break;
    Shown = TT->desugar();
  }
  return allocates(AllocKind::StdAny,
                   "std::any stores this " + std::to_string(Size) + "-byte '" +
                       Shown.getAsString(Ctx.getPrintingPolicy()) + "' on the heap: its small "
                       "buffer holds " + std::to_string(Lib.AnyBuffer) +
                       " bytes of nothrow-movable data",
                   Size);
}

CallVerdict Catalog::classifyStdMember(const Expr *Call, const CXXMethodDecl *MD,
                                       llvm::StringRef Record) const {
  Family F = familyOf(Record);
  llvm::StringRef Name = identifierOf(MD);
  // Compiled into libstdc++.so / libc++.so (no body in any TU) and known to
  // read a clock without allocating or blocking.
  if (Name == "now" && in(Record, {"steady_clock", "system_clock", "high_resolution_clock",
                                   "file_clock", "utc_clock", "tai_clock", "gps_clock"}))
    return CallVerdict::none();
  if (F == Family::None)
    return CallVerdict::descend();
  OverloadedOperatorKind Op = MD->getOverloadedOperator();
  const auto *Ctor = dyn_cast<CXXConstructorDecl>(MD);
  const auto *Construct = dyn_cast<CXXConstructExpr>(Call);
  const auto *CE = dyn_cast<CallExpr>(Call);
  std::string Qual = "std::" + Record.str();
  if (isa<CXXDestructorDecl>(MD))
    return CallVerdict::none();

  // The argument of a call, skipping the implicit object of operator calls.
  auto arg = [&](unsigned I) -> const Expr * {
    if (Construct)
      return I < Construct->getNumArgs() ? Construct->getArg(I) : nullptr;
    if (!CE)
      return nullptr;
    unsigned Base = isa<CXXOperatorCallExpr>(CE) ? 1 : 0;
    return I + Base < CE->getNumArgs() ? CE->getArg(I + Base) : nullptr;
  };

  switch (F) {
  case Family::String: {
    if (Ctor && Construct)
      return stringConstruction(Construct, Ctor);
    StringKind K = stringKind(Ctx, Lib, MD->getParent());
    if (in(Name, {"push_back", "append", "insert", "replace", "resize", "reserve", "assign",
                  "substr", "append_range", "insert_range", "replace_with_range"}) ||
        Op == OO_PlusEqual)
      return allocates(AllocKind::StdString,
                       "'" + K.Name + "::" + (Name.empty() ? "operator+=" : Name.str()) +
                           "' may grow the string past its " + std::to_string(K.SSO) +
                           "-character small buffer onto the heap");
    if (Op == OO_Equal && MD->isCopyAssignmentOperator())
      return allocates(AllocKind::StdString,
                       "copy-assigning a " + K.Name + " allocates when it is longer than " +
                           std::to_string(K.SSO) + " characters");
    if (Op == OO_Equal && !MD->isMoveAssignmentOperator()) {
      if (const Expr *A = arg(0))
        if (auto Len = literalLength(A); Len && *Len <= K.SSO)
          return CallVerdict::none();
      return allocates(AllocKind::StdString,
                       "assigning to a " + K.Name + " allocates when the value is longer than " +
                           std::to_string(K.SSO) + " characters");
    }
    return CallVerdict::none();
  }

  case Family::Sequence:
  case Family::Associative:
  case Family::Unordered:
  case Family::Adaptor: {
    if (Ctor) {
      if (Ctor->isDefaultConstructor() || (Construct && Construct->getNumArgs() == 0)) {
        if (Record == "deque" && Lib.DequeDefaultAllocates)
          return allocates(AllocKind::Container,
                           "a default-constructed std::deque allocates its map and first "
                           "block (" + std::string(Lib.name()) + ")");
        // std::queue and std::stack default-construct their container, a
        // std::deque unless told otherwise.
        if (F == Family::Adaptor && Lib.DequeDefaultAllocates)
          if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(MD->getParent());
              Spec && Spec->getTemplateArgs().size() >= 2 &&
              Spec->getTemplateArgs()[1].getKind() == TemplateArgument::Type)
            if (const auto *Seq = Spec->getTemplateArgs()[1].getAsType()->getAsCXXRecordDecl();
                Seq && Seq->isInStdNamespace() && Seq->getName() == "deque")
              return allocates(AllocKind::Container,
                               "a default-constructed " + Qual + " default-constructs its "
                               "std::deque, which allocates its map and first block (" +
                                   std::string(Lib.name()) + ")");
        return CallVerdict::none();
      }
      if (Ctor->isMoveConstructor())
        return CallVerdict::none();
      if (Construct && Construct->getNumArgs() == 1) {
        const auto *ArgRD = Construct->getArg(0)->getType()->getAsCXXRecordDecl();
        if (ArgRD && ArgRD->getName() == "allocator")
          return CallVerdict::none();
      }
      std::string How = Ctor->isCopyConstructor() ? "copying a " + Qual + " allocates"
                        : Construct && Construct->getNumArgs() >= 1 &&
                                stripToValue(Construct->getArg(0))->getType()->getAsCXXRecordDecl() &&
                                stripToValue(Construct->getArg(0))
                                        ->getType()
                                        ->getAsCXXRecordDecl()
                                        ->getName() == "initializer_list"
                            ? "constructing a " + Qual + " from an initializer list allocates"
                            : "constructing a " + Qual + " with elements allocates";
      return allocates(AllocKind::Container, How + " its storage on the heap");
    }
    bool Grows = in(Name, {"push_back", "emplace_back", "push_front", "emplace_front",
                           "emplace", "emplace_hint", "insert", "insert_or_assign",
                           "try_emplace", "reserve", "resize", "assign", "rehash", "push",
                           "append_range", "insert_range", "prepend_range", "push_range"});
    if (Op == OO_Subscript && (F == Family::Associative || F == Family::Unordered))
      return allocates(AllocKind::Container,
                       "'" + Qual + "::operator[]' inserts a node on the heap when the key "
                       "is missing");
    if (Grows)
      return allocates(AllocKind::Container,
                       "'" + Qual + "::" + Name.str() + "' may allocate: the container grows "
                       "its heap storage");
    if (Op == OO_Equal && MD->isCopyAssignmentOperator())
      return allocates(AllocKind::Container,
                       "copy-assigning a " + Qual + " allocates its storage on the heap");
    if (Op == OO_Equal && !MD->isMoveAssignmentOperator())
      return allocates(AllocKind::Container,
                       "assigning elements to a " + Qual + " allocates its storage");
    return CallVerdict::none();
  }

  case Family::Function:
    if (Ctor) {
      if (Ctor->isCopyConstructor())
        return allocates(AllocKind::StdFunction,
                         "copying a std::function allocates when its callable is stored on the heap");
      if (Ctor->isDefaultConstructor() || Ctor->isMoveConstructor() || !Construct ||
          Construct->getNumArgs() == 0)
        return CallVerdict::none();
      return functionFromCallable(Construct->getArg(0));
    }
    if (Op == OO_Equal && !MD->isCopyAssignmentOperator() && !MD->isMoveAssignmentOperator())
      if (const Expr *A = arg(0))
        return functionFromCallable(A);
    if (Op == OO_Call) {
      CallVerdict V = CallVerdict::none();
      V.Opaque = "calls the target of a std::function, which Escapement cannot see";
      return V;
    }
    return CallVerdict::none();

  case Family::Any:
    if (Ctor && Construct && Construct->getNumArgs() >= 1 && !Ctor->isCopyOrMoveConstructor())
      return anyFromValue(stripToValue(Construct->getArg(0))->getType());
    if (Ctor && Ctor->isCopyConstructor())
      return allocates(AllocKind::StdAny, "copying a std::any allocates when its value is stored on the heap");
    if ((Op == OO_Equal && !MD->isCopyAssignmentOperator() && !MD->isMoveAssignmentOperator()))
      if (const Expr *A = arg(0))
        return anyFromValue(stripToValue(A)->getType());
    if (Name == "emplace")
      if (const auto *TA = MD->getTemplateSpecializationArgs();
          TA && TA->size() >= 1 && TA->get(0).getKind() == TemplateArgument::Type)
        return anyFromValue(TA->get(0).getAsType());
    return CallVerdict::none();

  case Family::SharedPtr: {
    auto fromRaw = [&](const Expr *A) {
      return A && stripToValue(A)->getType()->isPointerType();
    };
    if ((Ctor && fromRaw(arg(0))) || (Name == "reset" && fromRaw(arg(0))))
      return allocates(AllocKind::SmartPointer,
                       "std::shared_ptr allocates a separate control block for a raw pointer "
                       "(2 allocations; std::make_shared needs 1)");
    return CallVerdict::none();
  }

  case Family::Thread:
    if (Ctor && Construct && Construct->getNumArgs() > 0 && !Ctor->isCopyOrMoveConstructor()) {
      CallVerdict V = allocates(AllocKind::SharedState,
                                "'" + Qual + "' stores the callable and its arguments on the "
                                "heap and creates an OS thread");
      return V;
    }
    if (Name == "join")
      return blocks("'" + Qual + "::join' blocks until the thread ends");
    return CallVerdict::none();

  case Family::Promise:
    if (Ctor && (Record == "promise" || Record == "packaged_task") &&
        !Ctor->isMoveConstructor() && !(Construct && Construct->getNumArgs() == 0 &&
                                        Record == "packaged_task"))
      return allocates(AllocKind::SharedState,
                       "'" + Qual + "' allocates its shared state on the heap");
    if (in(Name, {"get", "wait", "wait_for", "wait_until"}) &&
        (Record == "future" || Record == "shared_future"))
      return blocks("'" + Qual + "::" + Name.str() + "' blocks until the result is ready");
    return CallVerdict::none();

  case Family::Regex:
    if (Ctor || Name == "assign" || Op == OO_Equal)
      return allocates(AllocKind::Regex, "compiling a std::regex allocates its automaton on the "
                                         "heap");
    return CallVerdict::none();

  case Family::Stream: {
    if (Ctor) {
      // The name users write: std::ostringstream, std::wofstream, ...
      std::string Shown = Record.str();
      if (llvm::StringRef(Shown).starts_with("basic_")) {
        Shown = Shown.substr(6);
        if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(MD->getParent());
            Spec && Spec->getTemplateArgs().size() >= 1 &&
            Spec->getTemplateArgs()[0].getKind() == TemplateArgument::Type &&
            Spec->getTemplateArgs()[0].getAsType()->isWideCharType())
          Shown = "w" + Shown;
      }
      return allocates(AllocKind::IOStream, "constructing a 'std::" + Shown +
                                                "' allocates its buffer and locale on the heap");
    }
    if (Op == OO_LessLess || Op == OO_GreaterGreater || in(Name, {"write", "read", "put",
                                                                  "get", "getline", "flush"})) {
      if (continuesStreamChain(Call))
        return CallVerdict::none();
      const CXXRecordDecl *Obj = MD->getParent();
      if (CE)
        if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(CE))
          if (const auto *RD = MCE->getImplicitObjectArgument()->getType()->getAsCXXRecordDecl())
            Obj = RD;
      if (const auto *OCE = dyn_cast_or_null<CXXOperatorCallExpr>(CE))
        if (const auto *RD =
                OCE->getArg(0)->getType().getNonReferenceType()->getAsCXXRecordDecl())
          Obj = RD;
      return streamIO(Obj->getName());
    }
    return CallVerdict::none();
  }

  case Family::Lock:
    if (Ctor && Construct && locksOnConstruction(Ctor))
      return blocks("'" + Qual + "' acquires a mutex, which may block");
    if (Name == "lock")
      return blocks("'" + Qual + "::lock' acquires a mutex, which may block");
    return CallVerdict::none();

  case Family::Mutex:
    if (in(Name, {"lock", "lock_shared", "acquire", "wait", "arrive_and_wait", "try_lock_for",
                  "try_lock_until"}))
      return blocks("'" + Qual + "::" + Name.str() + "' may block the calling thread");
    return CallVerdict::none();

  case Family::CondVar:
    if (Name.starts_with("wait"))
      return blocks("'" + Qual + "::" + Name.str() + "' blocks the calling thread");
    return CallVerdict::none();

  case Family::None:
    break;
  }
  return CallVerdict::descend();
}

} // namespace esc
