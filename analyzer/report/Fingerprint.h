//===- Fingerprint.h - GitHub's line hash and UTF-16 columns over sources -===//
//
// `primaryLocationLineHash` exactly as GitHub's code scanning computes it
// (github/codeql-action src/fingerprints.ts), so alerts uploaded from our SARIF
// keep their identity when code moves, and so the baseline can match findings
// by the content of their line instead of its number. The same file reader
// turns clang's byte columns into the UTF-16 code units SARIF asks for.
//
//===----------------------------------------------------------------------===//
#ifndef ESCAPEMENT_REPORT_FINGERPRINT_H
#define ESCAPEMENT_REPORT_FINGERPRINT_H

#include "Finding.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace esc::report {

/// Decodes UTF-8 into UTF-16 code units the way Node's `fs.createReadStream(p,
/// "utf8")` does (WHATWG decoder: each maximal invalid subpart becomes U+FFFD;
/// a byte-order mark is kept).
std::vector<uint16_t> decodeUtf8ToUtf16(llvm::StringRef Bytes);

/// The line hash of every line of `Text`: element I is line I+1's
/// `"<hex>:<n>"`. As in fingerprints.ts a text ending with a line break has one
/// more (empty) line, and the empty text has one line.
std::vector<std::string> lineHashes(llvm::StringRef Text);

/// A 1-based region in UTF-16 code units: [StartColumn, EndColumn).
struct Utf16Span {
  unsigned StartColumn = 1, EndColumn = 2;
};

/// Source files read once each, by absolute path.
class SourceFiles {
public:
  /// `Root` is the source root relative report paths are resolved against.
  explicit SourceFiles(std::string Root) : Root(std::move(Root)) {}

  /// The absolute path of a report path (relative to the root, or absolute).
  std::string absolute(llvm::StringRef ReportPath) const;

  /// GitHub's primaryLocationLineHash of `Line` (1-based; 0 means line 1, as
  /// fingerprints.ts does for a result without a region); "" if the file
  /// cannot be read or has no such line.
  std::string lineHash(llvm::StringRef ReportPath, unsigned Line);

  /// The UTF-16 columns of the token that starts at byte column `Column` of
  /// `Line`: an identifier or keyword, a number, a string or character literal
  /// or a punctuator. Without the source: the byte column and one past it.
  Utf16Span tokenSpan(llvm::StringRef ReportPath, unsigned Line, unsigned Column);

  /// The UTF-16 column of byte column `Column` of `Line` (a fix-it's edit
  /// boundary); the byte column itself without the source.
  unsigned utf16Column(llvm::StringRef ReportPath, unsigned Line, unsigned Column);

private:
  struct File {
    bool Readable = false;
    std::string Text;
    std::vector<size_t> LineStarts; // byte offset of each line
    std::vector<std::string> Hashes; // computed on first use
    bool Hashed = false;
  };
  File &get(llvm::StringRef ReportPath);
  /// `Line` without its line break; nothing if the file or line is missing.
  std::optional<llvm::StringRef> lineText(llvm::StringRef ReportPath, unsigned Line);
  std::string Root;
  llvm::StringMap<std::unique_ptr<File>> Files;
};

/// Fills `Finding::LineHash` of every finding whose file can be read.
void addFingerprints(Report &R);

} // namespace esc::report

#endif
