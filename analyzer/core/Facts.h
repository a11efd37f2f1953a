//===- Facts.h - Per-function effect facts, independent of any AST -------===//
//
// The unit the analysis trades in. A function's *facts* are what its own body
// does, read off one translation unit: the heap allocations it performs
// itself, the calls it makes (by USR, so an edge can point into another TU),
// the calls it cannot resolve (virtual, through a pointer), and what blocks.
// Facts carry no verdict: whether a function allocates *transitively* is
// decided by the Resolver over the facts of every function it can reach,
// wherever they came from (this TU, another TU of the same run, the on-disk
// cache). Because facts name positions as file/line/column and callees as
// USRs, they serialise to JSON unchanged and survive the AST they came from.
// Besides effects they carry what the declaration promises (Contract) and
// the statement markers of the body (Marker), so every module reads one
// record of a function, from whichever TU or cache entry it came.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_CORE_FACTS_H
#define ESCAPEMENT_CORE_FACTS_H

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "escape/LeakSummary.h"

#include <nlohmann/json_fwd.hpp>

namespace esc {

/// A presumed source position: absolute file path, 1-based line and byte
/// column, as clang prints them.
struct SourcePos {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;

  bool valid() const { return Line != 0; }
  friend bool operator==(const SourcePos &, const SourcePos &) = default;
};

/// What kind of hidden or explicit heap allocation a site performs. The kind
/// selects the wording of diagnostics and the escape analysis' treatment.
enum class AllocKind : uint8_t {
  NewExpr,         // new T / new T[n]
  MallocFamily,    // malloc, calloc, realloc, strdup, aligned_alloc, ...
  OperatorNew,     // explicit ::operator new(n)
  Throw,           // exception object (__cxa_allocate_exception)
  CoroutineFrame,  // calling a coroutine allocates its frame
  StdFunction,     // std::function storing a closure past its small buffer
  StdString,       // std::string past the small-string buffer, or growth
  StdAny,          // std::any storing a value past its small buffer
  Container,       // container construction and growth
  SharedState,     // std::thread / async / promise shared state
  SmartPointer,    // shared_ptr control blocks, make_shared, make_unique
  TemporaryBuffer, // stable_sort & co.
  Regex,           // std::regex compilation and matching state
  IOStream,        // iostreams (locale, buffers)
  Library,         // another catalogued library call
};

const char *allocKindName(AllocKind K);

/// One allocation a function's own body performs.
struct AllocSite {
  AllocKind Kind = AllocKind::NewExpr;
  std::string Reason;            // user words: "std::function stores this ..."
  std::optional<uint64_t> Bytes; // when known at compile time
  SourcePos Pos;
  friend bool operator==(const AllocSite &, const AllocSite &) = default;
};

/// A call the function makes to a named function (resolved later by USR).
struct CallEdge {
  std::string USR;
  std::string Name; // qualified name, for messages
  SourcePos Pos;
  friend bool operator==(const CallEdge &, const CallEdge &) = default;
};

/// Something the function does whose effect cannot be known statically
/// (indirect call, virtual dispatch), or a blocking operation.
struct EffectSite {
  std::string Reason;
  SourcePos Pos;
  friend bool operator==(const EffectSite &, const EffectSite &) = default;
};

/// An annotation as it can be spelled on a function (Annotations.h reads
/// them; docs/annotations.md lists them). Clang's own function effects are
/// spellings too: they mean what the matching macro means.
enum class Annotation : uint8_t {
  NoAlloc,            // ESC_NOALLOC
  ClangNonAllocating, // [[clang::nonallocating]]
  NonBlocking,        // ESC_NONBLOCKING
  ClangNonBlocking,   // [[clang::nonblocking]]
  AllowAlloc,         // ESC_ALLOW_ALLOC
  Blocking,           // ESC_BLOCKING
  Spawn,              // ESC_SPAWN
  PinsThread,         // ESC_PINS_THREAD
  UnpinsThread,       // ESC_UNPINS_THREAD
  DeadlineNs,         // ESC_DEADLINE_NS(n)
  WindowNs,           // ESC_WINDOW_NS(lo, hi)
  CostNs,             // ESC_COST_NS(n)
  ArenaBound,         // ESC_ARENA_BOUND(bytes)
  ArenaAlloc,         // ESC_ARENA_ALLOC(param)
  ArenaReset,         // ESC_ARENA_RESET
};

/// How the annotation is written in source ("ESC_NOALLOC",
/// "[[clang::nonallocating]]"), for messages that quote the contract.
const char *annotationSpelling(Annotation A);

/// ESC_WINDOW_NS(lo, hi).
struct NsWindow {
  int64_t Lo = 0, Hi = 0;
  friend bool operator==(const NsWindow &, const NsWindow &) = default;
};

/// ESC_ARENA_ALLOC(param): the parameter that carries the byte count, by the
/// name spelled and its 0-based index among the declared parameters (none
/// when no parameter of the annotated declaration has that name).
struct ArenaAllocParam {
  std::string Name;
  std::optional<unsigned> Index;
  friend bool operator==(const ArenaAllocParam &, const ArenaAllocParam &) = default;
};

/// How a function is declared, which overrides or constrains what its body
/// says: every annotation of every redeclaration, with its arguments, read
/// once (readContract). Checks read this, never the attributes.
struct Contract {
  bool NoAlloc = false;      // ESC_NOALLOC, [[clang::nonallocating]]
  bool NonBlocking = false;  // ESC_NONBLOCKING, [[clang::nonblocking]]
  bool AllowAlloc = false;   // ESC_ALLOW_ALLOC: audited, trusted not to matter
  bool Blocking = false;     // ESC_BLOCKING
  bool Spawn = false;        // ESC_SPAWN
  bool PinsThread = false;   // ESC_PINS_THREAD
  bool UnpinsThread = false; // ESC_UNPINS_THREAD
  bool ArenaReset = false;   // ESC_ARENA_RESET
  std::optional<int64_t> DeadlineNs;     // ESC_DEADLINE_NS(n)
  std::optional<NsWindow> WindowNs;      // ESC_WINDOW_NS(lo, hi)
  std::optional<int64_t> CostNs;         // ESC_COST_NS(n)
  std::optional<int64_t> ArenaBound;     // ESC_ARENA_BOUND(bytes)
  std::optional<ArenaAllocParam> ArenaAlloc; // ESC_ARENA_ALLOC(param)
  /// What was spelled, each once, in declaration order (a spelling repeated
  /// on a later redeclaration counts where it was last written).
  std::vector<Annotation> Spelled;

  bool spelled(Annotation A) const;
  /// Anything declared at all.
  bool any() const { return !Spelled.empty(); }
  /// The annotation that makes the function no-allocation, as the user wrote
  /// it: the macros first, else the clang attribute written last.
  const char *noAllocSpelling() const;

  friend bool operator==(const Contract &, const Contract &) = default;
};

/// A statement marker in a function body (ESC_LOOP_BOUND, ESC_REQUIRES):
/// where it stands and what it says, for bound-.
struct Marker {
  enum Kind : uint8_t { LoopBound, Requires };
  Kind K = LoopBound;
  SourcePos Pos;
  std::string Text;             // the argument as written: "16", "n <= 64"
  std::optional<uint64_t> Bound; // ESC_LOOP_BOUND's value when it is a constant
  friend bool operator==(const Marker &, const Marker &) = default;
};

struct FunctionFacts {
  std::string USR;
  std::string Name;
  SourcePos Pos;
  Contract Declared;
  bool HasBody = false;   // false: only a declaration (contract, catalogue)
  bool InSystem = false;  // defined in a system header
  std::vector<AllocSite> Allocs;
  std::vector<CallEdge> Calls;
  std::vector<EffectSite> Unknown;
  std::vector<EffectSite> Blocks;
  std::vector<Marker> Markers;
  std::optional<escape::EscapeSummary> Escape; // the "escape" section, if computed
  /// Sections a module outside the core owns (bound-'s program), by name:
  /// each its JSON text, versioned inside by the module, opaque here.
  std::map<std::string, std::string> Modules;
  friend bool operator==(const FunctionFacts &, const FunctionFacts &) = default;
};

/// Serialisation. A function's JSON holds its identity (usr, name, pos, body,
/// system) and one named section per module, each with its own version:
///   "sections": { "contract": {"version": 1, ...}, "calls": {...}, ... }
/// Reading a section that is missing or of another version fails (throws a
/// nlohmann::json exception): the cache entry is a miss, never half-read.
/// Sections are listed in Facts.cpp's table; a module adds one there.
void to_json(nlohmann::json &J, const SourcePos &P);
void from_json(const nlohmann::json &J, SourcePos &P);
void to_json(nlohmann::json &J, const FunctionFacts &F);
void from_json(const nlohmann::json &J, FunctionFacts &F);

/// The sections a FunctionFacts is written with, by name and version (for
/// tests and for the cache's build key).
struct FactSectionInfo {
  const char *Name;
  unsigned Version;
};
std::vector<FactSectionInfo> factSections();

/// A module outside the core names the section it owns (FunctionFacts::
/// Modules) once, at static initialisation; a cache entry with a section
/// nobody registered is refused like any unknown section.
void registerModuleSection(const std::string &Name);

} // namespace esc

#endif
