//===- Main.cpp - escapement: a clang-tidy drop-in for Escapement's checks -===//
//
// The command line, configuration, NOLINT handling, header/line filters and
// --export-fixes are clang-tidy's own (its libraries do the work). What this
// driver adds: cross-TU summaries (phase one), -j, report formats written
// atomically, and exit statuses that tell findings (1) from a run that could
// not do its job (2).
//
//===----------------------------------------------------------------------===//
#include "Config.h"
#include "Convert.h"
#include "ForceLinker.h"
#include "Options.h"
#include "Parallel.h"
#include "Prepass.h"
#include "Progress.h"
#include "QuietTool.h"
#include "Subcommands.h"
#include "bound/BoundAnalysis.h"
#include "core/AtomicFile.h"
#include "core/Session.h"
#include "report/Baseline.h"
#include "report/Finding.h"
#include "report/Fingerprint.h"
#include "report/Sarif.h"

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/GlobList.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/PrettyStackTrace.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/WithColor.h"

#include <set>
#include <tuple>

#ifndef ESC_CLANG_RESOURCE_DIR
#error "ESC_CLANG_RESOURCE_DIR must name clang's resource directory"
#endif

using namespace clang;
using namespace clang::tidy;
using namespace esc;
using namespace esc::driver;

namespace {

constexpr int ExitClean = 0, ExitFindings = 1, ExitFailure = 2;
constexpr const char *Version = "0.1.0";

int fail(const llvm::Twine &Msg) {
  llvm::WithColor::error(llvm::errs(), "escapement") << Msg << "\n";
  return ExitFailure;
}

/// The directory `-p` names, validated: clang-tidy would fall back to "no
/// flags" with a warning, which in CI silently analyzes the wrong thing.
llvm::Expected<std::unique_ptr<tooling::CompilationDatabase>> explicitDatabase() {
  auto *P = static_cast<llvm::cl::opt<std::string> *>(
      llvm::cl::getRegisteredOptions().lookup("p"));
  if (!P || P->getValue().empty())
    return nullptr;
  std::string Error;
  llvm::SmallString<256> Dir(P->getValue());
  if (llvm::sys::path::filename(Dir) == "compile_commands.json")
    llvm::sys::path::remove_filename(Dir);
  // Only the named directory: clang-tidy's walk up to a parent's database
  // would analyze with another project's flags.
  auto DB = tooling::CompilationDatabase::loadFromDirectory(Dir, Error);
  if (!DB)
    return llvm::createStringError(std::errc::invalid_argument,
                                   "cannot load a compilation database from '%s': %s",
                                   P->getValue().c_str(), Error.c_str());
  return DB;
}

std::string databaseDir() {
  auto *P = static_cast<llvm::cl::opt<std::string> *>(
      llvm::cl::getRegisteredOptions().lookup("p"));
  if (!P || P->getValue().empty())
    return "";
  llvm::SmallString<256> D(P->getValue());
  llvm::sys::fs::make_absolute(D);
  if (llvm::sys::path::filename(D) == "compile_commands.json")
    llvm::sys::path::remove_filename(D);
  return std::string(D);
}

void printStats(const ClangTidyStats &S) {
  if (!S.errorsIgnored())
    return;
  llvm::errs() << "Suppressed " << S.errorsIgnored() << " warnings (";
  llvm::StringRef Sep;
  auto item = [&](unsigned N, const char *What) {
    if (!N)
      return;
    llvm::errs() << Sep << N << What;
    Sep = ", ";
  };
  item(S.ErrorsIgnoredNonUserCode, " in non-user code");
  item(S.ErrorsIgnoredLineFilter, " due to line filter");
  item(S.ErrorsIgnoredNOLINT, " NOLINT");
  item(S.ErrorsIgnoredCheckFilter, " with check filters");
  llvm::errs() << ").\n";
}

struct TUResult {
  std::vector<ClangTidyError> Errors;
  report::FileStatus Status;
  ClangTidyStats Stats;
  std::string Explanation; // --explain, written in the same pass as the checks
  std::vector<FunctionAudit> Audits; // --explain, for --format=json
};

/// `ExtraArgs`: added to the TU's compile command.
TUResult analyzeOne(const tooling::CompilationDatabase &DB, const std::string &File,
                    llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> FS,
                    const std::vector<std::string> &ExtraArgs) {
  TUResult R;
  R.Status.File = File;
  auto Provider = createOptionsProvider(FS, ExtraArgs);
  if (!Provider) {
    R.Status.Analyzed = false;
    R.Status.Error = llvm::toString(Provider.takeError());
    return R;
  }
  ClangTidyContext Context(std::move(*Provider), AllowEnablingAnalyzerAlphaCheckers,
                           EnableModuleHeadersParsing);
  bool Survived = runContained(File, [&] {
    R.Errors = runClangTidy(Context, DB, {File}, FS, FixNotes, EnableCheckProfile,
                            StoreCheckProfile);
  });
  R.Explanation = Session::takeExplanation();
  R.Audits = Session::takeAudits();
  if (!Survived && Explain)
    R.Explanation = File + ": explanation unavailable: the analysis crashed\n";
  if (!Survived) {
    R.Errors.clear();
    R.Status.Analyzed = false;
    R.Status.Error = "Escapement crashed while analyzing this file; please report it";
    return R;
  }
  R.Stats = Context.getStats();
  for (const ClangTidyError &E : R.Errors)
    if (E.DiagnosticName == "clang-diagnostic-error") {
      R.Status.Analyzed = false;
      R.Status.Error = E.Message.Message;
      break;
    }
  return R;
}

} // namespace

namespace {
int run(int argc, const char **argv) {

  llvm::SmallVector<const char *> Args(argv, argv + argc);
  llvm::BumpPtrAllocator Alloc;
  llvm::cl::ExpansionContext ECtx(Alloc, llvm::cl::TokenizeGNUCommandLine);
  if (llvm::Error Err = ECtx.expandResponseFiles(Args))
    return fail(llvm::toString(std::move(Err)));
  argc = static_cast<int>(Args.size());
  argv = Args.data();

  auto Parser = tooling::CommonOptionsParser::create(
      argc, argv, Category, llvm::cl::ZeroOrMore,
      "Escapement: hidden heap allocations, thread pinning, send safety and timing bounds "
      "for C++20.\nA clang-tidy drop-in: same flags, same .clang-tidy files, same NOLINT.\n"
      "\n  escapement [options] <source>... [-- <compiler args>]\n"
      "  escapement verify --claims <claims.json> --trace <trace.json>\n");
  if (!Parser)
    return fail(llvm::toString(Parser.takeError()));

  auto Explicit = explicitDatabase();
  if (!Explicit)
    return fail(llvm::toString(Explicit.takeError()));
  const tooling::CompilationDatabase &DB =
      *Explicit && *Explicit ? **Explicit : Parser->getCompilations();

  if (Format != "text" && Format != "json" && Format != "sarif")
    return fail("unknown --format '" + Format + "' (expected text, json or sarif)");

  std::string OverlayYAML;
  if (!VfsOverlay.empty()) {
    auto Buffer = llvm::MemoryBuffer::getFile(VfsOverlay);
    if (!Buffer)
      return fail("cannot read --vfsoverlay '" + VfsOverlay + "': " +
                  Buffer.getError().message());
    OverlayYAML = (*Buffer)->getBuffer().str();
  }
  // One per TU (see FileSystemMaker); null when the overlay is invalid.
  FileSystemMaker NewFS = [&]() -> llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> {
    llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> Physical(
        llvm::vfs::createPhysicalFileSystem().release());
    llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> FS(
        new llvm::vfs::OverlayFileSystem(Physical));
    if (!OverlayYAML.empty()) {
      auto Overlay = llvm::vfs::getVFSFromYAML(
          llvm::MemoryBuffer::getMemBufferCopy(OverlayYAML, VfsOverlay), nullptr, VfsOverlay,
          nullptr, Physical);
      if (!Overlay)
        return nullptr;
      FS->pushOverlay(std::move(Overlay));
    }
    return FS;
  };
  // For the single-threaded work (configuration, printing, applying fixes).
  llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> BaseFS = NewFS();
  if (!BaseFS)
    return fail("invalid --vfsoverlay '" + VfsOverlay + "'");

  auto Provider = createOptionsProvider(BaseFS);
  if (!Provider)
    return fail(llvm::toString(Provider.takeError()));

  std::vector<std::string> Files = Parser->getSourcePathList();
  if (Files.empty() && *Explicit && *Explicit)
    Files = (**Explicit).getAllFiles();
  llvm::SmallString<256> FirstFile(Files.empty() ? "dummy" : Files.front());
  llvm::sys::fs::make_absolute(FirstFile);
  ClangTidyOptions Effective = (*Provider)->getOptions(FirstFile);
  std::vector<std::string> Enabled =
      getCheckNames(Effective, AllowEnablingAnalyzerAlphaCheckers);

  if (ExplainConfig) {
    auto Raw = (*Provider)->getRawOptions(FirstFile);
    for (const std::string &Check : Enabled)
      for (const auto &[Opts, Source] : llvm::reverse(Raw))
        if (Opts.Checks && GlobList(*Opts.Checks).contains(Check)) {
          llvm::outs() << "'" << Check << "' is enabled in the " << Source << ".\n";
          break;
        }
    return ExitClean;
  }
  if (ListChecks) {
    if (Enabled.empty() && !AllowNoChecks)
      return fail("no checks enabled");
    llvm::outs() << "Enabled checks:";
    for (const std::string &C : Enabled)
      llvm::outs() << "\n    " << C;
    llvm::outs() << "\n\n";
    return ExitClean;
  }
  if (DumpConfig) {
    Effective.CheckOptions = getCheckOptions(Effective, AllowEnablingAnalyzerAlphaCheckers);
    llvm::outs() << configurationAsText(ClangTidyOptions::getDefaults().merge(Effective, 0))
                 << "\n";
    return ExitClean;
  }
  if (Checks.getNumOccurrences() > 0)
    if (llvm::Error E = checkCheckNames(Checks))
      return fail(llvm::toString(std::move(E)));
  if (llvm::Error E = checkConfigFiles(Files))
    return fail(llvm::toString(std::move(E)));
  if (VerifyConfig) {
    llvm::outs() << "No config errors detected.\n";
    return ExitClean;
  }
  if (Enabled.empty()) {
    if (AllowNoChecks) {
      llvm::outs() << "No checks enabled.\n";
      return ExitClean;
    }
    return fail("no checks enabled (the configuration's Checks disable every Escapement "
                "check; --list-checks --checks='*' lists them)");
  }
  if (Files.empty())
    return fail("no input files (give source files, or -p <build-dir> to analyze every file "
                "of a compilation database)");
  if (Format == "sarif" && (Fix || FixErrors || FixNotes))
    return fail("--fix writes text output; it cannot be combined with --format=sarif");

  std::optional<report::Baseline> Accepted; // --baseline, read before the work
  if (!Baseline.empty()) {
    auto B = report::readBaseline(Baseline);
    if (!B)
      return fail(llvm::toString(B.takeError()));
    Accepted = std::move(*B);
  }

  llvm::InitializeAllTargetInfos();
  llvm::InitializeAllTargetMCs();
  llvm::InitializeAllAsmParsers();
  llvm::CrashRecoveryContext::Enable();

  // Phase one: cross-TU facts (or the cache a previous run left).
  SummaryStore &Store = Session::get().store();
  std::string Cache = CacheDir.getNumOccurrences() ? CacheDir.getValue()
                      : databaseDir().empty()      ? std::string()
                                                   : databaseDir() + "/.escapement-cache";
  Store.setCacheDir(Cache);
  std::vector<std::string> ExtraBefore{"-resource-dir=" ESC_CLANG_RESOURCE_DIR};
  llvm::SmallString<256> Root(SourceRoot.empty() ? "." : SourceRoot.getValue());
  llvm::sys::fs::make_absolute(Root);
  llvm::sys::path::remove_dots(Root, true);
  // The checks record their notes' roles for the JSON and SARIF writers.
  Session::get().evidence().enable();
  Converter Conv(std::string(Root), AbsolutePaths, &Session::get().evidence());
  Progress Shown(Files.size(), Files.size() > 1 && !Quiet);
  auto showDone = [&](size_t I) {
    if (Shown.active())
      Shown.done(Conv.displayPath(Converter::absolutePath(Files[I], "")));
  };
  if (Files.size() > 1) {
    Shown.phase("summaries");
    PrepassStats S = runPrepass(DB, Files, Jobs, ExtraBefore, Store, NewFS, showDone);
    Shown.clear();
    if (llvm::Error E = Store.writeIndex())
      llvm::errs() << "escapement: warning: summary index not written: "
                   << llvm::toString(std::move(E)) << "\n";
    if (!Quiet && S.FromCache)
      llvm::errs() << "escapement: " << S.FromCache << " of " << Files.size()
                   << " summaries reused from " << Cache << "\n";
  } else if (!Store.useIndex()) {
    Store.loadAllValid(); // a cache from before the index existed
  }

  // Phase two: the checks, one TU per task.
  if (!DumpSmt.empty()) {
    if (std::error_code EC = llvm::sys::fs::create_directories(DumpSmt))
      return fail("cannot create the --dump-smt directory '" + DumpSmt + "': " + EC.message());
    llvm::SmallString<256> Dir(DumpSmt.getValue());
    llvm::sys::fs::make_absolute(Dir); // a TU's run may change the working directory
    bound::BoundAnalysis::setDumpDir(std::string(Dir));
  }
  // Only the JSON report carries claims; proving bound-'s costs an
  // optimisation per function, not worth paying for a report without them.
  Session::get().setRecordClaims(Format == "json");
  if (Explain)
    Session::get().setExplain(AbsolutePaths ? std::string() : std::string(Root));
  std::vector<TUResult> Results(Files.size());
  Shown.phase("");
  // clang's per-TU "N warnings generated." would land in the middle of the
  // progress line (and of each other's, with -j): on a terminal it goes, and
  // --quiet asks for no statistics. (The flag only reaches clang's own
  // printer; findings and compiler errors are printed by clang-tidy's.)
  std::vector<std::string> TUArgs;
  if (Shown.active() || Quiet)
    TUArgs.push_back("-fno-caret-diagnostics");
  forEachParallel(Files.size(), Jobs, [&](size_t I) {
    Results[I] = analyzeOne(DB, Files[I], NewFS(), TUArgs);
    showDone(I);
  });
  Shown.clear();

  std::vector<ClangTidyError> AllErrors;
  ClangTidyStats Stats;
  report::Report Report;
  Report.ToolVersion = Version;
  Report.EnabledChecks = Enabled;
  Report.SourceRoot = std::string(Root);
  bool AnyFailed = false;
  for (TUResult &R : Results) {
    for (ClangTidyError &E : R.Errors)
      AllErrors.push_back(std::move(E));
    Stats.ErrorsDisplayed += R.Stats.ErrorsDisplayed;
    Stats.ErrorsIgnoredCheckFilter += R.Stats.ErrorsIgnoredCheckFilter;
    Stats.ErrorsIgnoredNOLINT += R.Stats.ErrorsIgnoredNOLINT;
    Stats.ErrorsIgnoredNonUserCode += R.Stats.ErrorsIgnoredNonUserCode;
    Stats.ErrorsIgnoredLineFilter += R.Stats.ErrorsIgnoredLineFilter;
    llvm::SmallString<256> Abs(R.Status.File);
    llvm::sys::fs::make_absolute(Abs);
    R.Status.File = Conv.displayPath(Abs);
    AnyFailed |= !R.Status.Analyzed;
    Report.Files.push_back(R.Status);
    for (FunctionAudit &F : R.Audits) {
      F.Pos.File = Conv.displayPath(F.Pos.File);
      for (LoopAudit &L : F.Loops)
        L.Pos.File = Conv.displayPath(L.Pos.File);
      Report.Audits.push_back(std::move(F));
    }
  }
  Report.Explained = Explain;
  // A finding in a header shared by several TUs is reported once.
  {
    std::set<std::tuple<std::string, std::string, unsigned, std::string>> Seen;
    llvm::erase_if(AllErrors, [&](const ClangTidyError &E) {
      std::string Path = E.Message.FilePath.empty()
                             ? std::string()
                             : Converter::absolutePath(E.Message.FilePath, E.BuildDirectory);
      return !Seen.insert({E.DiagnosticName, Path, E.Message.FileOffset,
                           E.Message.Message})
                  .second;
    });
  }
  for (const ClangTidyError &E : AllErrors)
    Report.Findings.push_back(Conv.finding(E));
  for (Claim C : Session::get().claims().sorted()) {
    C.Pos.File = Conv.displayPath(C.Pos.File);
    Report.Claims.push_back(std::move(C));
  }
  report::canonicalize(Report);
  report::addFingerprints(Report);
  size_t Fixed = Accepted ? report::applyBaseline(Report, *Accepted) : 0;
  if (Accepted) {
    // Findings in the baseline are not printed (nor fixed) in text mode.
    std::set<std::tuple<std::string, unsigned, unsigned, std::string, std::string>> Old;
    for (const report::Finding &F : Report.Findings)
      if (F.Baseline == report::BaselineState::Unchanged)
        Old.insert({F.Loc.File, F.Loc.Line, F.Loc.Column, F.Check, F.Message});
    llvm::erase_if(AllErrors, [&](const ClangTidyError &E) {
      report::Finding F = Conv.finding(E);
      return Old.count({F.Loc.File, F.Loc.Line, F.Loc.Column, F.Check, F.Message}) > 0;
    });
  }

  bool TextToStdout = Format == "text" && Output.empty();
  if (TextToStdout || Fix || FixErrors || FixNotes) {
    auto PrintProvider = createOptionsProvider(BaseFS);
    ClangTidyContext PrintContext(std::move(*PrintProvider));
    bool CompileErrors = AnyFailed;
    FixBehaviour Behaviour = FixNotes ? FB_FixNotes : (Fix || FixErrors) ? FB_Fix : FB_NoFix;
    unsigned WErrors = 0;
    handleErrors(AllErrors, PrintContext,
                 CompileErrors && !FixErrors ? FB_NoFix : Behaviour, WErrors, BaseFS);
  }
  if (!ExportFixes.empty()) {
    std::string Yaml;
    llvm::raw_string_ostream OS(Yaml);
    exportReplacements(FirstFile.str(), AllErrors, OS);
    if (llvm::Error E = writeFileAtomically(ExportFixes, OS.str()))
      return fail(llvm::toString(std::move(E)));
  }

  if (!TextToStdout) {
    std::string Text = Format == "json"    ? report::toJSON(Report)
                       : Format == "sarif" ? report::toSARIF(Report)
                                           : report::toText(Report);
    if (Output.empty())
      llvm::outs() << Text;
    else if (llvm::Error E = writeFileAtomically(Output, Text))
      return fail(llvm::toString(std::move(E)));
  }

  if (!WriteBaseline.empty())
    if (llvm::Error E = writeFileAtomically(WriteBaseline, report::toBaselineJSON(Report)))
      return fail(llvm::toString(std::move(E)));
  if (Accepted)
    llvm::errs() << "escapement: " << Fixed << (Fixed == 1 ? " finding" : " findings")
                 << " in the baseline " << (Fixed == 1 ? "is" : "are") << " fixed\n";

  if (Explain)
    for (const TUResult &R : Results)
      llvm::errs() << R.Explanation;
  if (!Quiet)
    printStats(Stats);
  for (const report::FileStatus &S : Report.Files)
    if (!S.Analyzed)
      llvm::WithColor::error(llvm::errs(), "escapement")
          << "could not analyze " << S.File << ": " << S.Error << "\n";
  if (AnyFailed)
    return ExitFailure;
  // Only new findings fail the run; a baseline being written accepts them all.
  bool AnyError = WriteBaseline.empty() &&
                  llvm::any_of(Report.Findings, [](const report::Finding &F) {
                    return F.Severity == report::Level::Error &&
                           F.Baseline != report::BaselineState::Unchanged;
                  });
  return AnyError ? ExitFindings : ExitClean;
}
} // namespace

int main(int argc, const char **argv) {
  llvm::InitLLVM X(argc, argv);
  // Printed above a crash's stack dump (the run then goes on).
  static const std::string BugReport =
      std::string("Escapement crashed: please report it at ") + report::InformationUri +
      "/issues with this stack dump and, if you can, the file named below.\n";
  llvm::setBugReportMsg(BugReport.c_str());
  if (argc >= 2 && isSubcommand(argv[1]))
    return runSubcommand(argc, argv);
  int Status = run(argc, argv);
  llvm::outs().flush();
  llvm::errs().flush();
  // What a crashed TU left half-built cannot be torn down safely; its
  // report is written, so end here, without LLVM's shutdown.
  if (anyCrashContained())
    llvm::sys::Process::Exit(Status, /*NoCleanup=*/true);
  return Status;
}
