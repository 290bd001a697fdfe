// claimx: numeric claims (state, count, qualifier, date, source) from news text.
//
// The public API. No RE2, ICU or utf8proc type appears in this header, so any
// program can link the library without those headers.
//
// Typical use:
//   claimx::PatternSet patterns;
//   claimx::Status st = claimx::PatternSet::LoadDir("patterns", &patterns);
//   if (!st.ok()) { ...st.message()... }
//   claimx::Extractor ex(patterns);          // cheap; one per thread
//   claimx::Document doc{"a.txt", bytes, std::nullopt};
//   for (const claimx::Claim& c : ex.Extract(doc)) std::cout << claimx::ToJsonLine(c);
#ifndef CLAIMX_CLAIMX_H_
#define CLAIMX_CLAIMX_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimx {

// Version of the library and of the `claimx` binary.
const char* Version();

// Errors are values. `code` kOk means success; every other code carries a
// human-readable message that names the file and line where one applies.
class Status {
 public:
  enum Code { kOk = 0, kInvalidArgument, kNotFound, kIo, kParse, kInternal };
  Status() = default;
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}
  static Status Ok() { return Status(); }
  bool ok() const { return code_ == kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  Code code_ = kOk;
  std::string message_;
};

// A calendar date (proleptic Gregorian). Valid ranges: month 1..12, day 1..31.
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  // "YYYY-MM-DD".
  std::string Iso() const;
  // Parses exactly "YYYY-MM-DD" (a real calendar day); nullopt otherwise.
  static std::optional<Date> Parse(std::string_view iso);
  friend bool operator==(const Date& a, const Date& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
};

// One input document. `bytes` are the document as read (UTF-8, or UTF-16
// with a byte-order mark; offsets in claims index these bytes). `date` is the document
// date from outside the text (a JSONL record or a command-line default); a
// first line "date YYYY-MM-DD" in the text takes precedence.
struct Document {
  std::string id;
  std::string bytes;
  std::optional<Date> date;
  // A UTF-16 byte-order mark (FF FE or FE FF) selects UTF-16; offsets then
  // count UTF-16 bytes. Off for text that is UTF-8 by construction (a JSON
  // string).
  bool detect_utf16 = true;
};

// Half-open byte range into Document::bytes.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// One extracted claim: see CLAIMS.md for the meaning of every field.
// Optional fields hold std::nullopt where the JSON record has null.
struct Claim {
  std::string doc;
  std::optional<Date> doc_date;
  std::string state;       // canonical name, "United States" for national
  std::string state_code;  // USPS code, "US" for national
  std::int64_t count = 0;
  std::optional<std::int64_t> count_max;  // ranges only
  std::optional<std::string> qualifier;   // lower-cased as written
  std::string bound;                      // exact | approx | lower | upper | range
  std::optional<Date> date;
  std::optional<std::string> date_basis;  // text | relative | document
  std::optional<std::string> source;
  std::optional<std::string> subject;
  std::optional<std::string> metric;
  Span span;        // the sentence or list item carrying the claim
  Span count_span;  // the number as written
  std::string text; // the evidence: span decoded, white space folded
  std::string rule; // id of the pattern rule that produced the claim
  bool lossy = false;  // the evidence contained bytes that were not valid text
};

// One rule's self-test result (see PatternSet::SelfTest).
struct RuleTestFailure {
  std::string rule;
  std::string where;  // "file:line"
  std::string text;   // the example or negative
  bool expected_match = true;
};

// The compiled pattern set: rules, fragments and lexicons. Built once, then
// read-only and safe to share between threads. Move-only.
class PatternSet {
 public:
  PatternSet();
  ~PatternSet();
  PatternSet(PatternSet&&) noexcept;
  PatternSet& operator=(PatternSet&&) noexcept;

  // Loads `dir/rules.txt` and `dir/lexicon/*.tsv`. On failure the message
  // names the file, the line and the reason (for a regex, RE2's message);
  // `*out` is left unchanged.
  static Status LoadDir(const std::string& dir, PatternSet* out);
  // Loads the copy of patterns/ compiled into the library.
  static Status LoadBuiltin(PatternSet* out);
  // Loads from in-memory files: relative path ("rules.txt",
  // "lexicon/states.tsv", ...) -> contents. `origin` prefixes file names in
  // messages.
  static Status LoadFiles(const std::map<std::string, std::string>& files,
                          const std::string& origin, PatternSet* out);

  // Where the set was loaded from (a directory, or "<built-in>").
  const std::string& origin() const;
  // Number of rules.
  std::size_t rule_count() const;
  // Runs every rule's examples (must match) and negatives (must not).
  // Returns the failures (empty when all pass); `*checked` gets the number of
  // examples and negatives run.
  std::vector<RuleTestFailure> SelfTest(std::size_t* checked) const;

  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

// Extracts claims from documents with a PatternSet, which must outlive it.
// Not thread-safe: use one Extractor per thread (construction is cheap).
class Extractor {
 public:
  explicit Extractor(const PatternSet& patterns);
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // Claims of `doc`, in document order. Never throws on any input bytes.
  std::vector<Claim> Extract(const Document& doc);
  // The same claims, in the same order, handed to `sink` one sentence at a
  // time instead of collected: memory does not grow with the claims of a
  // document. `sink` returns false to stop early.
  void Extract(const Document& doc, const std::function<bool(Claim&&)>& sink);
  // The claims of several documents, each document's as Extract gives them,
  // document after document; `sink` gets the document's index in `docs` and
  // returns false to stop that document's claims early. Faster than one by
  // one on many small documents (the rule regexes run over all of them at
  // once), but holds all of them normalized at once.
  void ExtractEach(const std::vector<const Document*>& docs,
                   const std::function<bool(std::size_t, Claim&&)>& sink);

 private:
  struct State;
  const PatternSet& patterns_;
  std::unique_ptr<State> state_;
};

// One claim as a JSON object with keys in the fixed order of CLAIMS.md,
// followed by '\n'. Always valid UTF-8 JSON.
std::string ToJsonLine(const Claim& claim);

// Appends `s` to `out` as a JSON string literal (with quotes). Invalid UTF-8
// becomes U+FFFD.
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace claimx

#endif  // CLAIMX_CLAIMX_H_
