//===- ProgramFacts.h - A function's program in the summary store ---------===//
//
// A caller in another TU follows a callee's body the way it follows one in
// its own TU: through the callee's program, exported with its facts as the
// "bound" section (phase one writes it, the cache keeps it) and spliced
// into the caller's program. Positions travel as file/line/column; the
// section carries its own version.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_BOUND_PROGRAMFACTS_H
#define ESCAPEMENT_BOUND_PROGRAMFACTS_H

#include "Translate.h"

#include "core/Facts.h"

#include <functional>
#include <optional>
#include <string>

namespace esc::bound {

inline constexpr const char *ProgramSection = "bound";

std::string programToJson(const FunctionProgram &FP,
                          const std::function<SourcePos(solver::Where)> &Pos);
/// None for a section of another version or a damaged one.
std::optional<FunctionProgram> programFromJson(const std::string &Text,
                                               const std::function<solver::Where(const SourcePos &)> &At);

} // namespace esc::bound

#endif
