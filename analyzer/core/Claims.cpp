#include "Claims.h"

#include "Annotations.h"
#include "TUAnalysis.h"

#include "clang/Basic/SourceManager.h"

#include <algorithm>
#include <tuple>

namespace esc {

namespace {
/// `noalloc`: a function with a no-allocation contract that nothing reachable
/// from it breaks. Header functions are claimed too (deduplicated by name
/// across TUs). Only what is allocation-free all the way down is claimed: a
/// callee's contract is trusted for findings, not for claims.
void noAllocClaims(TUAnalysis &A, std::vector<Claim> &Out) {
  const clang::SourceManager &SM = A.context().getSourceManager();
  Resolver &R = A.resolver();
  for (const clang::FunctionDecl *FD : A.userFunctions()) {
    Contract C = readContract(FD);
    if (!(C.NoAlloc || C.NonBlocking) || C.AllowAlloc)
      continue;
    const LocalFacts &L = A.local(FD);
    bool Proven = L.F.Unknown.empty() && L.F.Allocs.empty();
    for (const CallEdge &Call : L.F.Calls) {
      if (!Proven)
        break;
      R.verdict(Call.USR);
      Proven = !R.callCause(Call, Effect::Allocates) && !R.callCause(Call, Effect::MayAllocate);
    }
    if (Proven && !SM.isInSystemHeader(FD->getLocation()) && R.allocationFree(L.F.USR))
      Out.push_back({"noalloc", FD->getQualifiedNameAsString(), L.F.Pos, {}, {}, {}, {}, {}});
  }
}
} // namespace

std::vector<Claim> proveClaims(TUAnalysis &A) {
  std::vector<Claim> Out;
  noAllocClaims(A, Out);
  return Out;
}

void ClaimSet::setTU(llvm::StringRef MainFile, std::vector<Claim> Claims) {
  std::lock_guard<std::mutex> L(M);
  ByTU[MainFile.str()] = std::move(Claims);
}

void ClaimSet::addToTU(llvm::StringRef MainFile, std::vector<Claim> Claims) {
  std::lock_guard<std::mutex> L(M);
  std::vector<Claim> &Old = ByTU[MainFile.str()];
  Old.insert(Old.end(), std::make_move_iterator(Claims.begin()),
             std::make_move_iterator(Claims.end()));
}

void ClaimSet::clear() {
  std::lock_guard<std::mutex> L(M);
  ByTU.clear();
}

size_t ClaimSet::size() const {
  std::lock_guard<std::mutex> L(M);
  size_t N = 0;
  for (const auto &[TU, Claims] : ByTU)
    N += Claims.size();
  return N;
}

std::vector<Claim> ClaimSet::sorted() const {
  std::vector<Claim> Out;
  {
    std::lock_guard<std::mutex> L(M);
    for (const auto &[TU, Claims] : ByTU)
      Out.insert(Out.end(), Claims.begin(), Claims.end());
  }
  auto Key = [](const Claim &C) {
    return std::tie(C.Pos.File, C.Pos.Line, C.Kind, C.Function);
  };
  std::sort(Out.begin(), Out.end(), [&](const Claim &A, const Claim &B) { return Key(A) < Key(B); });
  Out.erase(std::unique(Out.begin(), Out.end(),
                        [](const Claim &A, const Claim &B) {
                          return A.Kind == B.Kind && A.Function == B.Function;
                        }),
            Out.end());
  return Out;
}

} // namespace esc
