// escapement verify: check the analyzer's static claims against a trace
// recorded by the instrumented runtime. No LLVM dependency.
//
// Claims schema: docs/runtime/verify.md. Trace schema: docs/runtime/trace.md.
#ifndef ESCAPEMENT_VERIFY_HPP
#define ESCAPEMENT_VERIFY_HPP

#include <iosfwd>
#include <string>

namespace esc::verify {

// Exit status: 0 every exercised claim holds; 1 at least one contradiction
// (one line per contradiction on `out`); 2 bad input (message on `err`).
// Claims whose function never ran are listed as "not exercised" and do not
// change the status.
int run(const std::string& claimsPath, const std::string& tracePath, std::ostream& out,
        std::ostream& err);

} // namespace esc::verify

#endif
