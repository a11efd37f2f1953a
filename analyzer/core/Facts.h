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
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_CORE_FACTS_H
#define ESCAPEMENT_CORE_FACTS_H

#include <cstdint>
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
};

/// A call the function makes to a named function (resolved later by USR).
struct CallEdge {
  std::string USR;
  std::string Name; // qualified name, for messages
  SourcePos Pos;
};

/// Something the function does whose effect cannot be known statically
/// (indirect call, virtual dispatch), or a blocking operation.
struct EffectSite {
  std::string Reason;
  SourcePos Pos;
};

/// How a function is declared, which overrides or constrains what its body
/// says. Read from annotations and from clang's function effects.
struct Contract {
  bool NoAlloc = false;     // ESC_NOALLOC, [[clang::nonallocating]]
  bool NonBlocking = false; // ESC_NONBLOCKING, [[clang::nonblocking]]
  bool AllowAlloc = false;  // ESC_ALLOW_ALLOC: audited, trusted not to matter
  bool Blocking = false;    // ESC_BLOCKING
  bool Spawn = false;       // ESC_SPAWN
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
  std::optional<escape::EscapeSummary> Escape; // the "escape" section, if computed
};

void to_json(nlohmann::json &J, const SourcePos &P);
void from_json(const nlohmann::json &J, SourcePos &P);
void to_json(nlohmann::json &J, const FunctionFacts &F);
void from_json(const nlohmann::json &J, FunctionFacts &F);

} // namespace esc

#endif
