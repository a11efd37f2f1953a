#include "Evidence.h"

namespace esc {

const char *roleName(NoteRole R) {
  switch (R) {
  case NoteRole::Note: return "note";
  case NoteRole::Step: return "step";
  case NoteRole::Related: return "related";
  case NoteRole::Contract: return "contract";
  case NoteRole::Fix: return "fix";
  }
  return "note";
}

void EvidenceLog::setRole(DiagKey Note, NoteRole R) {
  if (!Enabled)
    return;
  std::lock_guard<std::mutex> L(M);
  auto [It, New] = Roles.try_emplace(std::move(Note), R);
  // Two TUs on two threads may record the same note (a header's chain): the
  // answer must not depend on which came first.
  if (!New && R < It->second)
    It->second = R;
}

NoteRole EvidenceLog::role(const DiagKey &Note) const {
  std::lock_guard<std::mutex> L(M);
  auto It = Roles.find(Note);
  return It == Roles.end() ? NoteRole::Note : It->second;
}

void EvidenceLog::setWitness(DiagKey Finding, Witness W) {
  if (!Enabled)
    return;
  std::lock_guard<std::mutex> L(M);
  Witnesses.try_emplace(std::move(Finding), std::move(W));
}

std::optional<Witness> EvidenceLog::witness(const DiagKey &Finding) const {
  std::lock_guard<std::mutex> L(M);
  auto It = Witnesses.find(Finding);
  if (It == Witnesses.end())
    return std::nullopt;
  return It->second;
}

} // namespace esc
