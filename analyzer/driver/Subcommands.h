//===- Subcommands.h - escapement <subcommand> ----------------------------===//
#ifndef ESCAPEMENT_DRIVER_SUBCOMMANDS_H
#define ESCAPEMENT_DRIVER_SUBCOMMANDS_H

namespace esc::driver {

/// `escapement verify --claims <claims.json> --trace <trace.json>`: exit 0
/// when every claim holds, 1 listing each contradiction, 2 on bad input.
int runVerify(int argc, const char **argv);

} // namespace esc::driver

#endif
