#include "Subcommands.h"

#include <escapement/verify.hpp>

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

#include <iostream>
#include <string>


namespace esc::driver {

int runVerify(int argc, const char **argv) {
  std::string Claims, Trace;
  for (int I = 1; I < argc; ++I) {
    llvm::StringRef A = argv[I];
    auto value = [&](llvm::StringRef Flag, std::string &Into) {
      if (A == Flag || A == "-" + Flag.drop_front(2).str()) {
        if (I + 1 >= argc)
          return false;
        Into = argv[++I];
        return true;
      }
      if (A.consume_front(Flag.str() + "=") || A.consume_front(Flag.drop_front(1).str() + "=")) {
        Into = A.str();
        return true;
      }
      return false;
    };
    if (value("--claims", Claims) || value("--trace", Trace))
      continue;
    llvm::WithColor::error(llvm::errs(), "escapement verify")
        << "unknown argument '" << argv[I] << "'\n"
        << "usage: escapement verify --claims <claims.json> --trace <trace.json>\n";
    return 2;
  }
  if (Claims.empty() || Trace.empty()) {
    llvm::WithColor::error(llvm::errs(), "escapement verify")
        << "usage: escapement verify --claims <claims.json> --trace <trace.json>\n";
    return 2;
  }
  return esc::verify::run(Claims, Trace, std::cout, std::cerr);
}

} // namespace esc::driver
