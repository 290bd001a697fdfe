// Segmentation: paragraphs (lines) and sentences, with ICU's BreakIterator.
#ifndef CLAIMX_SRC_SEGMENT_H_
#define CLAIMX_SRC_SEGMENT_H_

#include <memory>
#include <string_view>
#include <vector>

namespace claimx {

struct Sentence {
  std::size_t begin = 0;  // offsets into the normalized text, trimmed
  std::size_t end = 0;
};

struct Paragraph {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::vector<Sentence> sentences;
};

// Splits normalized text into paragraphs (each non-blank line) and their
// sentences. Keeps ICU state between calls; not thread-safe.
class Segmenter {
 public:
  // Sentences longer than this are cut at the last space before it (or at a
  // character boundary), so no per-sentence step sees unbounded text.
  static constexpr std::size_t kMaxSentenceBytes = 4096;

  Segmenter();
  ~Segmenter();
  // Paragraphs (non-blank lines) of text[begin, end), trimmed, without
  // their sentences.
  std::vector<Paragraph> Paragraphs(std::string_view text, std::size_t begin) const;
  // Fills p->sentences.
  void Sentences(std::string_view text, Paragraph* p);
  // Paragraphs with their sentences.
  std::vector<Paragraph> Split(std::string_view text, std::size_t begin);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimx

#endif  // CLAIMX_SRC_SEGMENT_H_
