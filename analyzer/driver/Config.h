//===- Config.h - clang-tidy's configuration, read the way clang-tidy does --===//
#ifndef ESCAPEMENT_DRIVER_CONFIG_H
#define ESCAPEMENT_DRIVER_CONFIG_H

#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <memory>
#include <string>
#include <vector>

namespace esc::driver {

/// The options provider clang-tidy's main would build from the same flags
/// (.clang-tidy discovery with InheritParentConfig, --config, --config-file),
/// with Escapement's default check set. Errors name the file and the cause.
/// `ExtraArgs` are added to every compile command, after the configuration's.
llvm::Expected<std::unique_ptr<clang::tidy::ClangTidyOptionsProvider>>
createOptionsProvider(llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS,
                      std::vector<std::string> ExtraArgs = {});

/// clang-tidy ignores a .clang-tidy it cannot parse and carries on; a CI gate
/// must not silently lose its configuration, so this reports the first
/// unreadable or malformed one on the way up from any input.
llvm::Error checkConfigFiles(const std::vector<std::string> &Inputs);

/// Positive --checks globs without wildcards must name a known check.
llvm::Error checkCheckNames(llvm::StringRef Globs);

} // namespace esc::driver

#endif
