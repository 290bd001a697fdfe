// Decode and normalize: input bytes -> valid, folded UTF-8 plus a byte map
// back to the input.
#ifndef CLAIMX_SRC_TEXT_H_
#define CLAIMX_SRC_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimx {

// Normalized text with an exact map back to the input bytes. The map is
// piecewise: a run of bytes copied as they were is one segment, so memory
// grows with the number of changes, not with the text (plain ASCII: one).
struct NormText {
  std::string norm;
  bool lossy = false;  // some input bytes were not valid UTF-8

  // Input byte offset of normalized offset `i` (0 <= i <= norm.size());
  // offsets never decrease, and norm.size() maps to the input size.
  std::size_t Orig(std::size_t i) const;

  // Builder: appends `s`, each byte mapping to input offset `orig` (or, with
  // `copied`, byte k mapping to orig + k).
  void Append(std::string_view s, std::size_t orig, bool copied);
  void Finish(std::size_t input_size);

  struct Segment {
    std::uint32_t norm;
    std::uint32_t orig;
    std::uint8_t step;  // input bytes per normalized byte: 0 (all map to orig), 1 (UTF-8) or 2 (UTF-16)
  };
  std::vector<Segment> segments;
};

// Decodes `bytes` as UTF-8 (a UTF-8 byte-order mark is skipped; invalid
// sequences become U+FFFD, one per maximal invalid subpart) and folds it:
// NFKC through utf8proc for non-ASCII text, and no-break / thin spaces to a
// space, curly quotes to straight ones, dashes, non-breaking hyphens and the
// minus sign to '-', the ellipsis to "...". ASCII text is copied as it is.
// Line ends are kept (CRLF and lone CR become '\n').
// The input encoding: UTF-8 unless a UTF-16 byte-order mark says otherwise.
enum class Encoding { kUtf8, kUtf16LE, kUtf16BE };
Encoding DetectEncoding(std::string_view bytes);

// UTF-16 input (after its byte-order mark) is decoded with ICU's UTF-16
// macros (a lone surrogate or an odd last byte -> U+FFFD, lossy); offsets
// then count UTF-16 bytes.
NormText Normalize(std::string_view bytes, Encoding enc = Encoding::kUtf8);

// The evidence text of bytes[begin, end): decoded (invalid bytes -> U+FFFD),
// runs of white space folded to one space, trimmed. `*lossy` is set when an
// invalid byte was met.
std::string EvidenceText(std::string_view bytes, std::size_t begin, std::size_t end,
                         bool* lossy, Encoding enc = Encoding::kUtf8);

// Decodes one UTF-8 code point at s[i]. Returns its length (1..4) and sets
// *cp; on an invalid sequence returns the length of the maximal invalid
// subpart (>= 1) and sets *cp to -1.
int DecodeUtf8(std::string_view s, std::size_t i, std::int32_t* cp);

}  // namespace claimx

#endif  // CLAIMX_SRC_TEXT_H_
