#include "Options.h"

namespace esc::driver {
using namespace llvm;

cl::OptionCategory Category("escapement options");

static cl::desc desc(StringRef D) { return cl::desc(D.ltrim()); }

// ---- clang-tidy 19's options (same spelling and meaning) ----
cl::opt<std::string> Checks("checks", desc(R"(
Comma-separated list of globs with optional '-' prefix, processed in order;
appended to the 'Checks' option of .clang-tidy.)"), cl::init(""), cl::cat(Category));
cl::opt<std::string> WarningsAsErrors("warnings-as-errors", desc(R"(
Upgrades warnings to errors. Same format as '-checks'; appended to the
'WarningsAsErrors' option of .clang-tidy.)"), cl::init(""), cl::cat(Category));
cl::opt<std::string> HeaderFilter("header-filter", desc(R"(
Regular expression matching the headers to output diagnostics from.)"),
                                  cl::init(""), cl::cat(Category));
cl::opt<std::string> ExcludeHeaderFilter("exclude-header-filter", desc(R"(
Regular expression matching the headers to exclude diagnostics from.)"),
                                         cl::init(""), cl::cat(Category));
cl::opt<bool> SystemHeaders("system-headers", desc("Display the errors from system headers."),
                            cl::init(false), cl::cat(Category));
cl::opt<std::string> LineFilter("line-filter", desc(R"(
List of files and line ranges to output diagnostics from, as JSON:
  [{"name":"file1.cpp","lines":[[1,3],[5,7]]},{"name":"file2.h"}])"),
                                cl::init(""), cl::cat(Category));
cl::opt<bool> Fix("fix", desc("Apply suggested fixes."), cl::init(false), cl::cat(Category));
cl::opt<bool> FixErrors("fix-errors", desc("Apply suggested fixes even if compilation errors "
                                           "were found."),
                        cl::init(false), cl::cat(Category));
cl::opt<bool> FixNotes("fix-notes", desc("Apply a fix found through a single note."),
                       cl::init(false), cl::cat(Category));
cl::opt<std::string> FormatStyle("format-style", desc("Style for formatting code around "
                                                      "applied fixes."),
                                 cl::init("none"), cl::cat(Category));
cl::opt<bool> ListChecks("list-checks", desc("List all enabled checks and exit."),
                         cl::init(false), cl::cat(Category));
cl::opt<bool> ExplainConfig("explain-config", desc("For each enabled check, say where it is "
                                                   "enabled."),
                            cl::init(false), cl::cat(Category));
cl::opt<std::string> Config("config", desc("Configuration in YAML/JSON format."), cl::init(""),
                            cl::cat(Category));
cl::opt<std::string> ConfigFile("config-file", desc("Path of a .clang-tidy style config file."),
                                cl::init(""), cl::cat(Category));
cl::opt<bool> DumpConfig("dump-config", desc("Dump the configuration in YAML and exit."),
                         cl::init(false), cl::cat(Category));
cl::opt<bool> EnableCheckProfile("enable-check-profile", desc("Per-check timing on stderr."),
                                 cl::init(false), cl::cat(Category));
cl::opt<std::string> StoreCheckProfile("store-check-profile",
                                       desc("Store per-TU profiles as JSON with this prefix."),
                                       cl::value_desc("prefix"), cl::cat(Category));
cl::opt<bool> AllowEnablingAnalyzerAlphaCheckers("allow-enabling-analyzer-alpha-checkers",
                                                 cl::init(false), cl::Hidden, cl::cat(Category));
cl::opt<bool> EnableModuleHeadersParsing("enable-module-headers-parsing",
                                         desc("Experimental C++20 module header parsing."),
                                         cl::init(false), cl::cat(Category));
cl::opt<std::string> ExportFixes("export-fixes", desc("YAML file to store suggested fixes in."),
                                 cl::value_desc("filename"), cl::cat(Category));
cl::opt<bool> Quiet("quiet", desc("Do not print statistics."), cl::init(false),
                    cl::cat(Category));
cl::opt<std::string> VfsOverlay("vfsoverlay", desc("Overlay a virtual file system."),
                                cl::value_desc("filename"), cl::cat(Category));
cl::opt<bool> UseColor("use-color", desc("Use colors in diagnostics."), cl::init(false),
                       cl::cat(Category));
cl::opt<bool> VerifyConfig("verify-config", desc("Check the config files and exit."),
                           cl::init(false), cl::cat(Category));
cl::opt<bool> AllowNoChecks("allow-no-checks", desc("Allow an empty set of enabled checks."),
                            cl::init(false), cl::cat(Category));

// ---- Escapement's own ----
cl::opt<std::string> Format("format", desc("Report format: text (default), json or sarif."),
                            cl::init("text"), cl::cat(Category));
cl::opt<std::string> Output("o", desc("Write the report to this file (atomically) instead of "
                                      "stdout."),
                            cl::value_desc("file"), cl::init(""), cl::cat(Category));
cl::opt<std::string> Baseline("baseline", desc("Findings already in this baseline do not fail "
                                               "the run."),
                              cl::value_desc("file"), cl::init(""), cl::cat(Category));
cl::opt<std::string> WriteBaseline("write-baseline",
                                   desc("Write the findings of this run as a baseline "
                                        "(atomically); they then do not fail the run."),
                                   cl::value_desc("file"), cl::init(""), cl::cat(Category));
cl::opt<unsigned> Jobs("j", desc("Translation units analyzed in parallel."), cl::init(1),
                       cl::cat(Category));
cl::opt<bool> Explain("explain", desc("Print every allocation site and escape decision "
                                      "(Go's -m style) on stderr."),
                      cl::init(false), cl::cat(Category));
cl::opt<std::string> DumpSmt("dump-smt", desc("Write every solver query as SMT-LIB2 here."),
                             cl::value_desc("dir"), cl::init(""), cl::cat(Category));
cl::opt<std::string> CacheDir("cache-dir", desc(R"(
Directory of the on-disk summary cache (default: <build-dir>/.escapement-cache
when a compilation database is used; empty disables it).)"),
                              cl::value_desc("dir"), cl::init(""), cl::cat(Category));
cl::opt<std::string> SourceRoot("source-root", desc("Paths in reports are relative to this "
                                                    "directory (default: the current one)."),
                                cl::value_desc("dir"), cl::init(""), cl::cat(Category));
cl::opt<bool> AbsolutePaths("absolute-paths", desc("Report absolute paths."), cl::init(false),
                            cl::cat(Category));

} // namespace esc::driver
