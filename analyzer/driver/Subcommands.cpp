#include "Subcommands.h"

#include <escapement/verify.hpp>

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"

#include <iostream>
#include <string>

namespace esc::driver {
namespace cl = llvm::cl;

namespace {
cl::SubCommand Verify("verify", "Check the analyzer's claims against an instrumented run");
cl::opt<std::string> Claims("claims", cl::desc("Claims: a JSON report of escapement --format=json"),
                            cl::value_desc("claims.json"), cl::Required, cl::sub(Verify));
cl::opt<std::string> Trace("trace", cl::desc("The trace an instrumented run wrote"),
                           cl::value_desc("trace.json"), cl::Required, cl::sub(Verify));
} // namespace

bool isSubcommand(llvm::StringRef Arg) { return Arg == Verify.getName(); }

int runSubcommand(int argc, const char **argv) {
  if (!cl::ParseCommandLineOptions(argc, argv, "", &llvm::errs()))
    return 2;
  if (Verify)
    return esc::verify::run(Claims, Trace, std::cout, std::cerr);
  return 2;
}

} // namespace esc::driver
