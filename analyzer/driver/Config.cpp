#include "Config.h"

#include "Options.h"
#include "core/CheckInfo.h"

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/GlobList.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"

namespace esc::driver {
using namespace clang::tidy;

llvm::Expected<std::unique_ptr<ClangTidyOptionsProvider>>
createOptionsProvider(llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS,
                      std::vector<std::string> ExtraArgs) {
  ClangTidyGlobalOptions GlobalOptions;
  if (std::error_code EC = parseLineFilter(LineFilter, GlobalOptions))
    return llvm::createStringError(EC, "invalid --line-filter: %s", EC.message().c_str());

  ClangTidyOptions DefaultOptions;
  DefaultOptions.Checks = defaultChecksGlob();
  DefaultOptions.WarningsAsErrors = contractChecksGlob();
  DefaultOptions.HeaderFilterRegex = HeaderFilter;
  DefaultOptions.ExcludeHeaderFilterRegex = ExcludeHeaderFilter;
  DefaultOptions.SystemHeaders = SystemHeaders;
  DefaultOptions.FormatStyle = FormatStyle;
  DefaultOptions.User = llvm::sys::Process::GetEnv("USER");

  ClangTidyOptions OverrideOptions;
  if (Checks.getNumOccurrences() > 0)
    OverrideOptions.Checks = Checks;
  if (WarningsAsErrors.getNumOccurrences() > 0)
    OverrideOptions.WarningsAsErrors = WarningsAsErrors;
  if (HeaderFilter.getNumOccurrences() > 0)
    OverrideOptions.HeaderFilterRegex = HeaderFilter;
  if (ExcludeHeaderFilter.getNumOccurrences() > 0)
    OverrideOptions.ExcludeHeaderFilterRegex = ExcludeHeaderFilter;
  if (SystemHeaders.getNumOccurrences() > 0)
    OverrideOptions.SystemHeaders = SystemHeaders;
  if (FormatStyle.getNumOccurrences() > 0)
    OverrideOptions.FormatStyle = FormatStyle;
  if (UseColor.getNumOccurrences() > 0)
    OverrideOptions.UseColor = UseColor;
  if (!ExtraArgs.empty())
    OverrideOptions.ExtraArgs = std::move(ExtraArgs);

  auto FromText = [&](llvm::StringRef Text, llvm::StringRef Source)
      -> llvm::Expected<std::unique_ptr<ClangTidyOptionsProvider>> {
    llvm::ErrorOr<ClangTidyOptions> Parsed = parseConfiguration(llvm::MemoryBufferRef(Text, Source));
    if (!Parsed)
      return llvm::createStringError(Parsed.getError(), "invalid configuration in %s: %s",
                                     Source.str().c_str(), Parsed.getError().message().c_str());
    return std::make_unique<ConfigOptionsProvider>(
        std::move(GlobalOptions), ClangTidyOptions::getDefaults().merge(DefaultOptions, 0),
        std::move(*Parsed), std::move(OverrideOptions), std::move(FS));
  };

  if (ConfigFile.getNumOccurrences() > 0) {
    if (Config.getNumOccurrences() > 0)
      return llvm::createStringError(std::errc::invalid_argument,
                                     "--config-file and --config are mutually exclusive");
    auto Text = llvm::MemoryBuffer::getFile(ConfigFile);
    if (!Text)
      return llvm::createStringError(Text.getError(), "cannot read config file '%s': %s",
                                     ConfigFile.c_str(), Text.getError().message().c_str());
    return FromText((*Text)->getBuffer(), ConfigFile);
  }
  if (Config.getNumOccurrences() > 0)
    return FromText(Config, "<command-line-config>");
  return std::make_unique<FileOptionsProvider>(std::move(GlobalOptions),
                                               std::move(DefaultOptions),
                                               std::move(OverrideOptions), std::move(FS));
}

llvm::Error checkConfigFiles(const std::vector<std::string> &Inputs) {
  if (Config.getNumOccurrences() > 0 || ConfigFile.getNumOccurrences() > 0)
    return llvm::Error::success();
  llvm::StringSet<> Seen;
  for (const std::string &In : Inputs) {
    llvm::SmallString<256> Dir(In);
    llvm::sys::fs::make_absolute(Dir);
    llvm::sys::path::remove_filename(Dir);
    for (; !Dir.empty(); Dir = llvm::sys::path::parent_path(Dir).str()) {
      llvm::SmallString<256> P(Dir);
      llvm::sys::path::append(P, ".clang-tidy");
      if (!Seen.insert(P).second)
        break; // this directory and its parents were checked already
      if (!llvm::sys::fs::exists(P))
        continue;
      auto Text = llvm::MemoryBuffer::getFile(P);
      if (!Text)
        return llvm::createStringError(Text.getError(), "cannot read '%s': %s", P.c_str(),
                                       Text.getError().message().c_str());
      auto Parsed = parseConfiguration((*Text)->getMemBufferRef());
      if (!Parsed)
        return llvm::createStringError(Parsed.getError(), "invalid configuration in '%s': %s",
                                       P.c_str(), Parsed.getError().message().c_str());
      if (!Parsed->InheritParentConfig.value_or(false))
        break;
    }
  }
  return llvm::Error::success();
}

llvm::Error checkCheckNames(llvm::StringRef Globs) {
  NamesAndOptions All = getAllChecksAndOptions(false);
  GlobList List(Globs);
  for (const auto &Item : List.getItems()) {
    if (!Item.IsPositive || Item.Text.contains('*') || Item.Text.starts_with("clang-diagnostic"))
      continue;
    if (All.Names.contains(Item.Text))
      continue;
    std::string Msg = ("unknown check '" + Item.Text + "'").str();
    unsigned Best = 4;
    llvm::StringRef Closest;
    for (const auto &N : All.Names.keys())
      if (unsigned D = llvm::StringRef(Item.Text).edit_distance(N, true, Best); D < Best) {
        Best = D;
        Closest = N;
      }
    if (!Closest.empty())
      Msg += ("; did you mean '" + Closest + "'?").str();
    else
      Msg += "; --list-checks --checks='*' lists them";
    return llvm::createStringError(std::errc::invalid_argument, "%s", Msg.c_str());
  }
  return llvm::Error::success();
}

} // namespace esc::driver
