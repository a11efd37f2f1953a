#include "Fingerprint.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <unordered_map>

namespace esc::report {

std::vector<uint16_t> decodeUtf8ToUtf16(llvm::StringRef Bytes) {
  std::vector<uint16_t> Out;
  Out.reserve(Bytes.size());
  auto emit = [&](uint32_t CP) {
    if (CP >= 0x10000) {
      CP -= 0x10000;
      Out.push_back(static_cast<uint16_t>(0xD800 + (CP >> 10)));
      Out.push_back(static_cast<uint16_t>(0xDC00 + (CP & 0x3FF)));
    } else {
      Out.push_back(static_cast<uint16_t>(CP));
    }
  };
  size_t I = 0, N = Bytes.size();
  while (I < N) {
    uint8_t B = static_cast<uint8_t>(Bytes[I]);
    if (B < 0x80) {
      Out.push_back(B);
      ++I;
      continue;
    }
    unsigned Need;
    uint32_t CP;
    uint8_t Lo = 0x80, Hi = 0xBF; // allowed range of the second byte
    if (B >= 0xC2 && B <= 0xDF) {
      Need = 1;
      CP = B & 0x1F;
    } else if (B >= 0xE0 && B <= 0xEF) {
      Need = 2;
      CP = B & 0x0F;
      if (B == 0xE0)
        Lo = 0xA0;
      if (B == 0xED)
        Hi = 0x9F;
    } else if (B >= 0xF0 && B <= 0xF4) {
      Need = 3;
      CP = B & 0x07;
      if (B == 0xF0)
        Lo = 0x90;
      if (B == 0xF4)
        Hi = 0x8F;
    } else {
      Out.push_back(0xFFFD);
      ++I;
      continue;
    }
    // WHATWG: consume continuation bytes while valid; on the first bad one,
    // emit U+FFFD and restart at that byte.
    size_t J = I + 1;
    bool Ok = true;
    for (unsigned K = 0; K < Need; ++K, ++J) {
      if (J >= N) {
        Ok = false;
        break;
      }
      uint8_t C = static_cast<uint8_t>(Bytes[J]);
      uint8_t L = K == 0 ? Lo : 0x80, H = K == 0 ? Hi : 0xBF;
      if (C < L || C > H) {
        Ok = false;
        break;
      }
      CP = (CP << 6) | (C & 0x3F);
    }
    if (!Ok) {
      Out.push_back(0xFFFD);
      I = J;
      continue;
    }
    emit(CP);
    I = J;
  }
  return Out;
}

// A port of hash() in github/codeql-action src/fingerprints.ts. Long's
// wrapping signed 64-bit arithmetic is uint64_t arithmetic modulo 2^64.
std::vector<std::string> lineHashes(llvm::StringRef Text) {
  constexpr uint32_t Tab = '\t', Space = ' ', LF = '\n', CR = '\r', Eof = 65535;
  constexpr unsigned BlockSize = 100;
  constexpr uint64_t Mod = 37;
  uint64_t FirstMod = 1;
  for (unsigned I = 0; I < BlockSize; ++I)
    FirstMod *= Mod;

  std::array<uint32_t, BlockSize> Window{};
  std::array<long, BlockSize> LineNumbers;
  LineNumbers.fill(-1);
  uint64_t Hash = 0;
  unsigned Index = 0;
  long LineNumber = 0;
  bool LineStart = true, PrevCR = false;
  std::unordered_map<uint64_t, unsigned> Counts;
  std::vector<std::string> Out;

  auto outputHash = [&] {
    unsigned N = ++Counts[Hash];
    char Buf[40];
    snprintf(Buf, sizeof Buf, "%llx:%u", static_cast<unsigned long long>(Hash), N);
    // Lines are output in order: LineNumbers[Index] == Out.size() + 1.
    Out.push_back(Buf);
    LineNumbers[Index] = -1;
  };
  auto updateHash = [&](uint32_t Current) {
    uint32_t Begin = Window[Index];
    Window[Index] = Current;
    Hash = Mod * Hash + Current - FirstMod * Begin;
    Index = (Index + 1) % BlockSize;
  };
  auto processCharacter = [&](uint32_t Current) {
    if (Current == Space || Current == Tab || (PrevCR && Current == LF)) {
      PrevCR = false;
      return;
    }
    if (Current == CR) {
      Current = LF;
      PrevCR = true;
    } else {
      PrevCR = false;
    }
    if (LineNumbers[Index] != -1)
      outputHash();
    if (LineStart) {
      LineStart = false;
      ++LineNumber;
      LineNumbers[Index] = LineNumber;
    }
    if (Current == LF)
      LineStart = true;
    updateHash(Current);
  };

  for (uint16_t C : decodeUtf8ToUtf16(Text))
    processCharacter(C);
  processCharacter(Eof);
  for (unsigned I = 0; I < BlockSize; ++I) {
    if (LineNumbers[Index] != -1)
      outputHash();
    updateHash(0);
  }
  return Out;
}

std::string SourceFiles::absolute(llvm::StringRef ReportPath) const {
  if (llvm::sys::path::is_absolute(ReportPath) || Root.empty())
    return ReportPath.str();
  llvm::SmallString<256> P(Root);
  llvm::sys::path::append(P, ReportPath);
  return std::string(P);
}

SourceFiles::File &SourceFiles::get(llvm::StringRef ReportPath) {
  std::string Abs = absolute(ReportPath);
  auto &Slot = Files[Abs];
  if (Slot)
    return *Slot;
  Slot = std::make_unique<File>();
  if (auto Buf = llvm::MemoryBuffer::getFile(Abs, /*IsText=*/false,
                                             /*RequiresNullTerminator=*/false)) {
    Slot->Readable = true;
    Slot->Text = (*Buf)->getBuffer().str();
    Slot->LineStarts.push_back(0);
    for (size_t I = 0; I < Slot->Text.size(); ++I)
      if (Slot->Text[I] == '\n')
        Slot->LineStarts.push_back(I + 1);
  }
  return *Slot;
}

std::string SourceFiles::lineHash(llvm::StringRef ReportPath, unsigned Line) {
  if (ReportPath.empty())
    return "";
  File &F = get(ReportPath);
  if (!F.Readable)
    return "";
  if (!F.Hashed) {
    F.Hashes = lineHashes(F.Text);
    F.Hashed = true;
  }
  if (Line == 0)
    Line = 1;
  return Line <= F.Hashes.size() ? F.Hashes[Line - 1] : "";
}

namespace {
bool isIdent(unsigned char C) {
  return (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z') || (C >= '0' && C <= '9') ||
         C == '_' || C == '$' || C >= 0x80;
}

/// Byte length of the token starting at the front of `S` (at least 1).
size_t tokenLength(llvm::StringRef S) {
  if (S.empty())
    return 1;
  unsigned char C = S.front();
  if (C >= '0' && C <= '9') {
    size_t I = 1;
    while (I < S.size() && (isIdent(S[I]) || S[I] == '.' || S[I] == '\'' ||
                            ((S[I] == '+' || S[I] == '-') &&
                             (S[I - 1] == 'e' || S[I - 1] == 'E' || S[I - 1] == 'p' ||
                              S[I - 1] == 'P'))))
      ++I;
    return I;
  }
  if (isIdent(C)) {
    size_t I = 1;
    while (I < S.size() && isIdent(S[I]))
      ++I;
    // A literal with a prefix (u8"...", L'x') is one token.
    if (I < S.size() && (S[I] == '"' || S[I] == '\'')) {
      llvm::StringRef Prefix = S.take_front(I);
      if (Prefix == "u8" || Prefix == "u" || Prefix == "U" || Prefix == "L")
        return I + tokenLength(S.drop_front(I));
    }
    return I;
  }
  if (C == '"' || C == '\'') {
    for (size_t I = 1; I < S.size(); ++I) {
      if (S[I] == '\\') {
        ++I;
        continue;
      }
      if (S[I] == static_cast<char>(C))
        return I + 1;
    }
    return S.size();
  }
  static const char *const Puncts[] = {"<<=", ">>=", "->*", "...", "<=>", "::", "->", "++",
                                       "--",  "<<",  ">>",  "<=",  ">=",  "==", "!=", "&&",
                                       "||",  "+=",  "-=",  "*=",  "/=",  "%=", "&=", "|=",
                                       "^=",  "##",  ".*"};
  for (const char *P : Puncts)
    if (S.starts_with(P))
      return strlen(P);
  return 1;
}

unsigned utf16Length(llvm::StringRef Bytes) {
  return static_cast<unsigned>(decodeUtf8ToUtf16(Bytes).size());
}
} // namespace

std::optional<llvm::StringRef> SourceFiles::lineText(llvm::StringRef ReportPath, unsigned Line) {
  if (ReportPath.empty() || Line == 0)
    return std::nullopt;
  File &F = get(ReportPath);
  if (!F.Readable || Line > F.LineStarts.size())
    return std::nullopt;
  size_t Begin = F.LineStarts[Line - 1];
  size_t End = Line < F.LineStarts.size() ? F.LineStarts[Line] - 1 : F.Text.size();
  llvm::StringRef Text(F.Text.data() + Begin, End - Begin);
  Text.consume_back("\r");
  return Text;
}

Utf16Span SourceFiles::tokenSpan(llvm::StringRef ReportPath, unsigned Line, unsigned Column) {
  Utf16Span Span;
  Span.StartColumn = std::max(1u, Column);
  Span.EndColumn = Span.StartColumn + 1;
  std::optional<llvm::StringRef> Text = lineText(ReportPath, Line);
  size_t Byte = Column - 1;
  if (!Text || Column == 0 || Byte > Text->size())
    return Span;
  Span.StartColumn = utf16Length(Text->take_front(Byte)) + 1;
  if (Byte == Text->size()) {
    Span.EndColumn = Span.StartColumn + 1;
    return Span;
  }
  llvm::StringRef Rest = Text->drop_front(Byte);
  size_t Len = std::min(tokenLength(Rest), Rest.size());
  Span.EndColumn = Span.StartColumn + std::max(1u, utf16Length(Rest.take_front(Len)));
  return Span;
}

unsigned SourceFiles::utf16Column(llvm::StringRef ReportPath, unsigned Line, unsigned Column) {
  std::optional<llvm::StringRef> Text = lineText(ReportPath, Line);
  if (!Text || Column == 0 || Column - 1 > Text->size())
    return std::max(1u, Column);
  return utf16Length(Text->take_front(Column - 1)) + 1;
}

void addFingerprints(Report &R) {
  SourceFiles Sources(R.SourceRoot);
  for (Finding &F : R.Findings)
    if (F.LineHash.empty())
      F.LineHash = Sources.lineHash(F.Loc.File, F.Loc.Line);
}

} // namespace esc::report
