#include "BoundAnalysis.h"

#include "ProgramFacts.h"

#include "core/Annotations.h"

#include <mutex>

namespace esc::bound {

const char BoundAnalysis::ExtensionKey = 0;

namespace {
std::mutex DumpMutex;
std::string &dumpDir() {
  static std::string Dir;
  return Dir;
}
} // namespace

void BoundAnalysis::setDumpDir(std::string Dir) {
  std::lock_guard<std::mutex> L(DumpMutex);
  dumpDir() = std::move(Dir);
}

void BoundAnalysis::configure(const BoundOptions &O) {
  if (Configured)
    return;
  Configured = true;
  Opts = O;
  Opts.Solver.Prof = Opts.Prof;
  std::lock_guard<std::mutex> L(DumpMutex);
  if (Opts.Solver.DumpDir.empty())
    Opts.Solver.DumpDir = dumpDir();
}

const FunctionProgram *BoundAnalysis::external(const clang::FunctionDecl *FD) {
  std::string USR = A.usr(FD);
  if (USR.empty())
    return nullptr;
  auto [It, New] = Imported.try_emplace(USR);
  if (New) {
    const FunctionFacts *F = A.facts(USR);
    auto Section = F ? F->Modules.find(ProgramSection) : decltype(F->Modules.end())();
    if (F && Section != F->Modules.end())
      It->second = programFromJson(Section->second, [this](const SourcePos &P) {
        return where(A.loc(P));
      });
  }
  return It->second ? &*It->second : nullptr;
}

namespace {
// Phase one exports every user function's program with its facts, so that
// a caller in another TU can follow it (ProgramFacts.h).
void exportProgram(TUAnalysis &A, const clang::FunctionDecl *FD, FunctionFacts &Out) {
  if (!FD->hasBody() || FD->isDependentContext())
    return;
  FunctionProgram FP = translate(FD, A.context(), TranslateOptions());
  Out.Modules[ProgramSection] =
      programToJson(FP, [&](solver::Where W) { return A.pos(location(W)); });
}
struct Registration {
  Registration() {
    registerModuleSection(ProgramSection);
    TUAnalysis::addFactExporter(&exportProgram);
  }
} Registered;
} // namespace

std::vector<FunctionBound *> BoundAnalysis::contracted() {
  std::vector<FunctionBound *> Out;
  for (const clang::FunctionDecl *FD : A.userFunctions()) {
    Contract C = readContract(FD);
    if (C.DeadlineNs || C.WindowNs || C.ArenaBound)
      Out.push_back(&analyse(FD));
  }
  return Out;
}

FunctionBound &BoundAnalysis::analyse(const clang::FunctionDecl *FD) {
  auto &Slot = Done[FD];
  if (Slot)
    return *Slot;
  Slot = std::make_unique<FunctionBound>();
  FunctionBound &F = *Slot;
  F.FD = FD;
  TranslateOptions TO;
  TO.External = [this](const clang::FunctionDecl *Callee) { return external(Callee); };
  F.Program = translate(FD, A.context(), TO);
  F.Query = std::make_unique<solver::FunctionQuery>(*F.Program.P, Opts.Solver);
  Contract C = readContract(FD);
  if (C.DeadlineNs)
    F.Deadline = F.Query->costAtMost(*C.DeadlineNs * 1000);
  if (C.WindowNs) {
    F.WindowHi = F.Query->costAtMost(C.WindowNs->Hi * 1000);
    F.WindowLo = F.Query->costAtLeast(C.WindowNs->Lo * 1000);
  }
  if (C.ArenaBound)
    F.Arena = F.Query->arenaAtMost(*C.ArenaBound);
  return F;
}

} // namespace esc::bound
