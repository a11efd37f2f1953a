//===- Options.h - The command line: clang-tidy 19's, plus Escapement's ---===//
#ifndef ESCAPEMENT_DRIVER_OPTIONS_H
#define ESCAPEMENT_DRIVER_OPTIONS_H

#include "llvm/Support/CommandLine.h"

#include <string>

namespace esc::driver {

extern llvm::cl::OptionCategory Category;

// clang-tidy's options, same names, same meaning.
extern llvm::cl::opt<std::string> Checks, WarningsAsErrors, HeaderFilter, ExcludeHeaderFilter,
    LineFilter, FormatStyle, Config, ConfigFile, ExportFixes, VfsOverlay, StoreCheckProfile;
extern llvm::cl::opt<bool> SystemHeaders, Fix, FixErrors, FixNotes, ListChecks, ExplainConfig,
    DumpConfig, EnableCheckProfile, AllowEnablingAnalyzerAlphaCheckers,
    EnableModuleHeadersParsing, Quiet, UseColor, VerifyConfig, AllowNoChecks;

// Escapement's own.
extern llvm::cl::opt<std::string> Format, Output, Baseline, WriteBaseline, DumpSmt, CacheDir,
    SourceRoot;
extern llvm::cl::opt<unsigned> Jobs;
extern llvm::cl::opt<bool> Explain, AbsolutePaths;

// The default checks (every module's) and the contract checks (errors by
// default, applied as WarningsAsErrors after NOLINT, which clang-tidy never
// applies to errors) come from the check registry: core/CheckInfo.h.

} // namespace esc::driver

#endif
