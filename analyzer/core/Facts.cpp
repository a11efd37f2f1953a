#include "Facts.h"

#include "llvm/ADT/STLExtras.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

// nlohmann 3.11.2 has no std::optional support: null is "absent".
namespace nlohmann {
template <class T> struct adl_serializer<std::optional<T>> {
  static void to_json(json &J, const std::optional<T> &O) {
    if (O)
      J = *O;
    else
      J = nullptr;
  }
  static void from_json(const json &J, std::optional<T> &O) {
    if (J.is_null())
      O.reset();
    else
      O = J.get<T>();
  }
};
} // namespace nlohmann

namespace esc {

const char *allocKindName(AllocKind K) {
  switch (K) {
  case AllocKind::NewExpr: return "new-expression";
  case AllocKind::MallocFamily: return "malloc";
  case AllocKind::OperatorNew: return "operator-new";
  case AllocKind::Throw: return "exception";
  case AllocKind::CoroutineFrame: return "coroutine-frame";
  case AllocKind::StdFunction: return "std-function";
  case AllocKind::StdString: return "std-string";
  case AllocKind::StdAny: return "std-any";
  case AllocKind::Container: return "container";
  case AllocKind::SharedState: return "shared-state";
  case AllocKind::SmartPointer: return "smart-pointer";
  case AllocKind::TemporaryBuffer: return "temporary-buffer";
  case AllocKind::Regex: return "regex";
  case AllocKind::IOStream: return "iostream";
  case AllocKind::Library: return "library";
  }
  return "unknown";
}

const char *annotationSpelling(Annotation A) {
  switch (A) {
  case Annotation::NoAlloc: return "ESC_NOALLOC";
  case Annotation::ClangNonAllocating: return "[[clang::nonallocating]]";
  case Annotation::NonBlocking: return "ESC_NONBLOCKING";
  case Annotation::ClangNonBlocking: return "[[clang::nonblocking]]";
  case Annotation::AllowAlloc: return "ESC_ALLOW_ALLOC";
  case Annotation::Blocking: return "ESC_BLOCKING";
  case Annotation::Spawn: return "ESC_SPAWN";
  case Annotation::PinsThread: return "ESC_PINS_THREAD";
  case Annotation::UnpinsThread: return "ESC_UNPINS_THREAD";
  case Annotation::DeadlineNs: return "ESC_DEADLINE_NS";
  case Annotation::WindowNs: return "ESC_WINDOW_NS";
  case Annotation::CostNs: return "ESC_COST_NS";
  case Annotation::ArenaBound: return "ESC_ARENA_BOUND";
  case Annotation::ArenaAlloc: return "ESC_ARENA_ALLOC";
  case Annotation::ArenaReset: return "ESC_ARENA_RESET";
  }
  return "?";
}

bool Contract::spelled(Annotation A) const { return llvm::is_contained(Spelled, A); }

const char *Contract::noAllocSpelling() const {
  if (spelled(Annotation::NoAlloc))
    return "ESC_NOALLOC";
  if (spelled(Annotation::NonBlocking))
    return "ESC_NONBLOCKING";
  for (auto It = Spelled.rbegin(); It != Spelled.rend(); ++It)
    if (*It == Annotation::ClangNonAllocating || *It == Annotation::ClangNonBlocking)
      return annotationSpelling(*It);
  return "no-allocation";
}

namespace {
[[noreturn]] void formatError(const std::string &Why) {
  throw nlohmann::json::other_error::create(590, "facts: " + Why, nullptr);
}

/// Enumerators are written by name, so reordering an enum cannot change what
/// an old file means, and a name this build does not know is an error.
template <class E, size_t N>
E enumFromName(const nlohmann::json &J, const E (&All)[N], const char *(*Name)(E)) {
  const std::string &S = J.get_ref<const std::string &>();
  for (E V : All)
    if (S == Name(V))
      return V;
  formatError("unknown enumerator '" + S + "'");
}

constexpr AllocKind AllAllocKinds[] = {
    AllocKind::NewExpr,      AllocKind::MallocFamily,    AllocKind::OperatorNew,
    AllocKind::Throw,        AllocKind::CoroutineFrame,  AllocKind::StdFunction,
    AllocKind::StdString,    AllocKind::StdAny,          AllocKind::Container,
    AllocKind::SharedState,  AllocKind::SmartPointer,    AllocKind::TemporaryBuffer,
    AllocKind::Regex,        AllocKind::IOStream,        AllocKind::Library};
constexpr Annotation AllAnnotations[] = {
    Annotation::NoAlloc,      Annotation::ClangNonAllocating, Annotation::NonBlocking,
    Annotation::ClangNonBlocking, Annotation::AllowAlloc,     Annotation::Blocking,
    Annotation::Spawn,        Annotation::PinsThread,         Annotation::UnpinsThread,
    Annotation::DeadlineNs,   Annotation::WindowNs,           Annotation::CostNs,
    Annotation::ArenaBound,   Annotation::ArenaAlloc,         Annotation::ArenaReset};
constexpr Marker::Kind AllMarkerKinds[] = {Marker::LoopBound, Marker::Requires};
const char *markerKindName(Marker::Kind K) {
  return K == Marker::LoopBound ? "ESC_LOOP_BOUND" : "ESC_REQUIRES";
}
} // namespace

void to_json(nlohmann::json &J, const SourcePos &P) {
  J = {{"File", P.File}, {"Line", P.Line}, {"Column", P.Column}};
}

void from_json(const nlohmann::json &J, SourcePos &P) {
  P.File = J.at("File").get<std::string>();
  P.Line = J.at("Line").get<unsigned>();
  P.Column = J.at("Column").get<unsigned>();
}

inline void to_json(nlohmann::json &J, AllocKind K) { J = allocKindName(K); }
inline void from_json(const nlohmann::json &J, AllocKind &K) {
  K = enumFromName(J, AllAllocKinds, allocKindName);
}
inline void to_json(nlohmann::json &J, Annotation A) { J = annotationSpelling(A); }
inline void from_json(const nlohmann::json &J, Annotation &A) {
  A = enumFromName(J, AllAnnotations, annotationSpelling);
}
inline void to_json(nlohmann::json &J, Marker::Kind K) { J = markerKindName(K); }
inline void from_json(const nlohmann::json &J, Marker::Kind &K) {
  K = enumFromName(J, AllMarkerKinds, markerKindName);
}

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(AllocSite, Kind, Reason, Bytes, Pos)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(CallEdge, USR, Name, Pos)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(EffectSite, Reason, Pos)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(NsWindow, Lo, Hi)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(ArenaAllocParam, Name, Index)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Contract, NoAlloc, NonBlocking, AllowAlloc,
                                                Blocking, Spawn, PinsThread, UnpinsThread,
                                                ArenaReset, DeadlineNs, WindowNs, CostNs,
                                                ArenaBound, ArenaAlloc, Spelled)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Marker, K, Pos, Text, Bound)

namespace {
/// One module's part of a function's facts. `Version` is bumped whenever
/// what the section means changes (a field added, a field's sense changed);
/// a reader finding another version treats the whole entry as a miss.
struct FactSection {
  const char *Name;
  unsigned Version;
  void (*Write)(const FunctionFacts &, nlohmann::json &Section);
  void (*Read)(const nlohmann::json &Section, FunctionFacts &);
};

// To add a module's section: give its data a type with to_json/from_json
// (NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT), a FunctionFacts member,
// and one row here.
const FactSection Sections[] = {
    {"contract", 1, [](const FunctionFacts &F, nlohmann::json &J) { J["contract"] = F.Declared; },
     [](const nlohmann::json &J, FunctionFacts &F) { J.at("contract").get_to(F.Declared); }},
    {"calls", 1, [](const FunctionFacts &F, nlohmann::json &J) { J["calls"] = F.Calls; },
     [](const nlohmann::json &J, FunctionFacts &F) { J.at("calls").get_to(F.Calls); }},
    {"heap", 1,
     [](const FunctionFacts &F, nlohmann::json &J) {
       J["allocs"] = F.Allocs;
       J["unknown"] = F.Unknown;
       J["blocks"] = F.Blocks;
     },
     [](const nlohmann::json &J, FunctionFacts &F) {
       J.at("allocs").get_to(F.Allocs);
       J.at("unknown").get_to(F.Unknown);
       J.at("blocks").get_to(F.Blocks);
     }},
    {"markers", 1, [](const FunctionFacts &F, nlohmann::json &J) { J["markers"] = F.Markers; },
     [](const nlohmann::json &J, FunctionFacts &F) { J.at("markers").get_to(F.Markers); }},
};
} // namespace

std::vector<FactSectionInfo> factSections() {
  std::vector<FactSectionInfo> Out;
  for (const FactSection &S : Sections)
    Out.push_back({S.Name, S.Version});
  return Out;
}

void to_json(nlohmann::json &J, const FunctionFacts &F) {
  J = {{"usr", F.USR},
       {"name", F.Name},
       {"pos", F.Pos},
       {"body", F.HasBody},
       {"system", F.InSystem}};
  nlohmann::json &All = J["sections"] = nlohmann::json::object();
  for (const FactSection &S : Sections) {
    nlohmann::json Section = {{"version", S.Version}};
    S.Write(F, Section);
    All[S.Name] = std::move(Section);
  }
  // The escape module's parameter leaks: optional (computed for the
  // functions something asked about), versioned by the module itself.
  if (F.Escape)
    All["escape"] = *F.Escape;
  for (const auto &[Name, Text] : F.Modules)
    All[Name] = nlohmann::json::parse(Text, nullptr, /*allow_exceptions=*/false);
}

static std::set<std::string> &moduleSections() {
  static std::set<std::string> Names;
  return Names;
}
void registerModuleSection(const std::string &Name) { moduleSections().insert(Name); }

void from_json(const nlohmann::json &J, FunctionFacts &F) {
  F = FunctionFacts();
  F.USR = J.at("usr").get<std::string>();
  F.Name = J.at("name").get<std::string>();
  F.Pos = J.at("pos").get<SourcePos>();
  F.HasBody = J.at("body").get<bool>();
  F.InSystem = J.at("system").get<bool>();
  const nlohmann::json &All = J.at("sections");
  if (!All.is_object())
    formatError("'sections' is not an object");
  for (const auto &[Name, Section] : All.items())
    if (moduleSections().count(Name))
      F.Modules[Name] = Section.dump();
    else if (Name != "escape" &&
        std::none_of(std::begin(Sections), std::end(Sections),
                     [&](const FactSection &S) { return Name == S.Name; }))
      formatError("unknown section '" + Name + "'");
  for (const FactSection &S : Sections) {
    const nlohmann::json &Section = All.at(S.Name);
    if (Section.value("version", 0u) != S.Version)
      formatError(std::string("section '") + S.Name + "' is of another version");
    S.Read(Section, F);
  }
  if (auto It = All.find("escape"); It != All.end()) {
    F.Escape = escape::escapeSectionFromJson(*It);
    if (!F.Escape)
      formatError("section 'escape' is of another version or damaged");
  }
}

} // namespace esc
