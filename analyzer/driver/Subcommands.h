//===- Subcommands.h - escapement <subcommand> ----------------------------===//
#ifndef ESCAPEMENT_DRIVER_SUBCOMMANDS_H
#define ESCAPEMENT_DRIVER_SUBCOMMANDS_H

#include "llvm/ADT/StringRef.h"

namespace esc::driver {

/// Whether `Arg` (argv[1]) names a subcommand rather than a source file.
bool isSubcommand(llvm::StringRef Arg);

/// Runs the subcommand argv[1] names (llvm::cl::SubCommand parses the whole
/// command line). `escapement verify --claims <claims.json> --trace
/// <trace.json>`: exit 0 when every claim holds, 1 listing each
/// contradiction, 2 on bad input.
int runSubcommand(int argc, const char **argv);

} // namespace esc::driver

#endif
