#include "Baseline.h"

#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <tuple>

namespace esc::report {

namespace {

constexpr int64_t FormatVersion = 1;

/// The path a baseline records: relative to the source root when inside it
/// (also under --absolute-paths), so a baseline is valid in any checkout.
std::string baselinePath(const Report &R, const std::string &File) {
  llvm::StringRef P = File;
  llvm::StringRef Root = R.SourceRoot;
  if (llvm::sys::path::is_absolute(P) && !Root.empty() && P.consume_front(Root) &&
      (P.empty() || P.front() == '/'))
    return P.ltrim('/').str();
  return File;
}

using Key = std::tuple<std::string, std::string, std::string, unsigned>;

/// (check, path, fingerprint, occurrence) of each finding, in report order.
std::vector<Key> keys(const Report &R) {
  std::map<std::tuple<std::string, std::string, std::string>, unsigned> Seen;
  std::vector<Key> Out;
  for (const Finding &F : R.Findings) {
    std::string Path = baselinePath(R, F.Loc.File);
    unsigned N = ++Seen[{F.Check, Path, F.LineHash}];
    Out.emplace_back(F.Check, std::move(Path), F.LineHash, N);
  }
  return Out;
}

llvm::Error bad(llvm::StringRef Path, const llvm::Twine &What) {
  return llvm::createStringError(
      std::make_error_code(std::errc::invalid_argument),
      ("bad baseline '" + Path + "': " + What +
       " (write a new one with --write-baseline=<file>)")
          .str());
}

} // namespace

llvm::Expected<Baseline> parseBaseline(llvm::StringRef Text, llvm::StringRef Path) {
  llvm::Expected<llvm::json::Value> V = llvm::json::parse(Text);
  if (!V)
    return bad(Path, "not JSON: " + llvm::toString(V.takeError()));
  const llvm::json::Object *Top = V->getAsObject();
  if (!Top)
    return bad(Path, "expected a JSON object");
  std::optional<int64_t> Version = Top->getInteger("version");
  if (!Version)
    return bad(Path, "no integer \"version\"");
  if (*Version != FormatVersion)
    return bad(Path, "unsupported version " + llvm::Twine(*Version) + " (this escapement reads " +
                         llvm::Twine(FormatVersion) + ")");
  const llvm::json::Array *Findings = Top->getArray("findings");
  if (!Findings)
    return bad(Path, "no \"findings\" array");
  Baseline B;
  for (size_t I = 0; I < Findings->size(); ++I) {
    const llvm::json::Object *O = (*Findings)[I].getAsObject();
    auto where = [&](llvm::StringRef What) {
      return bad(Path, "findings[" + llvm::Twine(I) + "]: " + What);
    };
    if (!O)
      return where("expected an object");
    BaselineEntry E;
    for (auto [Field, Out] : {std::pair<const char *, std::string *>{"check", &E.Check},
                              {"path", &E.Path},
                              {"fingerprint", &E.Fingerprint}}) {
      std::optional<llvm::StringRef> S = O->getString(Field);
      if (!S)
        return where(("no string \"" + llvm::Twine(Field) + "\"").str());
      *Out = S->str();
    }
    if (E.Check.empty() || E.Path.empty())
      return where("empty \"check\" or \"path\"");
    if (const llvm::json::Value *Occ = O->get("occurrence")) {
      std::optional<int64_t> N = Occ->getAsInteger();
      if (!N || *N < 1)
        return where("\"occurrence\" must be a positive integer");
      E.Occurrence = static_cast<unsigned>(*N);
    }
    if (std::optional<llvm::StringRef> M = O->getString("message"))
      E.Message = M->str();
    B.Entries.push_back(std::move(E));
  }
  return B;
}

llvm::Expected<Baseline> readBaseline(llvm::StringRef Path) {
  auto Buf = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buf)
    return llvm::createStringError(Buf.getError(), "cannot read baseline '%s': %s",
                                   Path.str().c_str(), Buf.getError().message().c_str());
  return parseBaseline((*Buf)->getBuffer(), Path);
}

std::string toBaselineJSON(const Report &R) {
  using json = nlohmann::ordered_json;
  std::vector<Key> Keys = keys(R);
  std::vector<size_t> Order(Keys.size());
  for (size_t I = 0; I < Order.size(); ++I)
    Order[I] = I;
  // By path, check, fingerprint, occurrence: independent of line numbers, so
  // moving code does not reorder the file.
  std::sort(Order.begin(), Order.end(), [&](size_t A, size_t B) {
    const Key &KA = Keys[A], &KB = Keys[B];
    return std::tie(std::get<1>(KA), std::get<0>(KA), std::get<2>(KA), std::get<3>(KA)) <
           std::tie(std::get<1>(KB), std::get<0>(KB), std::get<2>(KB), std::get<3>(KB));
  });
  auto Findings = json::array();
  for (size_t I : Order) {
    const auto &[Check, Path, Fingerprint, Occurrence] = Keys[I];
    Findings.push_back({{"check", Check},
                        {"path", Path},
                        {"fingerprint", Fingerprint},
                        {"occurrence", Occurrence},
                        {"message", R.Findings[I].Message}});
  }
  json J;
  J["version"] = FormatVersion;
  J["tool"] = "escapement";
  J["findings"] = std::move(Findings);
  return J.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

size_t applyBaseline(Report &R, const Baseline &B) {
  std::map<Key, unsigned> Remaining;
  for (const BaselineEntry &E : B.Entries)
    ++Remaining[{E.Check, E.Path, E.Fingerprint, E.Occurrence}];
  std::vector<Key> Keys = keys(R);
  for (size_t I = 0; I < Keys.size(); ++I) {
    auto It = Remaining.find(Keys[I]);
    if (It != Remaining.end() && It->second > 0) {
      --It->second;
      R.Findings[I].Baseline = BaselineState::Unchanged;
    } else {
      R.Findings[I].Baseline = BaselineState::New;
    }
  }
  size_t Fixed = 0;
  for (const auto &[K, N] : Remaining)
    Fixed += N;
  return Fixed;
}

} // namespace esc::report
