// The one wrapper around RE2: nothing else in claimx includes re2/re2.h.
#ifndef CLAIMX_SRC_REGEX_H_
#define CLAIMX_SRC_REGEX_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimx/claimx.h"

namespace claimx {

// A capture group's span in the searched text; begin < 0 when the group did
// not take part in the match.
struct GroupSpan {
  int begin = -1;
  int end = -1;
  bool matched() const { return begin >= 0; }
};

// A compiled regular expression (RE2 syntax, UTF-8, linear time).
class Regex {
 public:
  ~Regex();
  // Compiles `pattern`; on failure `*error` gets RE2's message. `max_mem`
  // is RE2's budget for the compiled program and its DFAs' lazily built
  // states (2/3 forward, 1/3 reverse); past it a DFA drops its states and
  // starts over (and RE2 falls back to slower engines if that happens too
  // often), so it bounds memory, never changes a result.
  static constexpr std::int64_t kDefaultMaxMem = std::int64_t{64} << 20;
  static std::unique_ptr<Regex> Compile(const std::string& pattern, std::string* error,
                                        bool case_insensitive = false,
                                        std::int64_t max_mem = kDefaultMaxMem);
  // Number of capture groups (without the whole match).
  int groups() const;
  // Group name -> group index (1-based), for named groups (RE2's map: no copy).
  const std::map<std::string, int>& NamedGroups() const;
  // Leftmost match in text[pos, end) (the whole text is context for ^ and
  // \b). On success `*g` holds groups()+1 spans (0 = whole match), as
  // offsets into `text`.
  bool Find(std::string_view text, std::size_t pos, std::vector<GroupSpan>* g) const;
  // Same, searching text[pos, end).
  bool FindIn(std::string_view text, std::size_t pos, std::size_t end,
              std::vector<GroupSpan>* g) const;
  // True when the pattern matches somewhere in `text`.
  // The leftmost match's extent only, in text[pos, end): no capture
  // groups, so RE2 answers with its DFAs alone. Much cheaper than FindIn.
  bool FindSpan(std::string_view text, std::size_t pos, std::size_t end, GroupSpan* m) const;
  bool Matches(std::string_view text) const;
  // A promise that the pattern is an alternation of the literal `keys`
  // (case-insensitive when `case_insensitive`), each with \b before (after)
  // it when it starts (ends) with a word character if `word_bounds`, and
  // "\s+" after it if `trailing_space`, listed longest first: Matches and
  // FindSpan then answer with an Aho-Corasick scan instead of RE2, with the
  // same answer (leftmost start, the longest key there). Case-insensitive
  // search of text with a byte >= 0x80, where Unicode case folding could
  // differ from ASCII's, still goes to RE2; so does everything when a key
  // has such a byte.
  void SetLiteralAlternation(const std::vector<std::string>& keys, bool case_insensitive, bool word_bounds,
                             bool trailing_space = false);

 private:
  Regex();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Many patterns at once: tells which of them match (never where).
class RegexSet {
 public:
  RegexSet();
  ~RegexSet();
  RegexSet(RegexSet&&) noexcept;
  RegexSet& operator=(RegexSet&&) noexcept;
  // Adds a pattern; returns its index, or -1 with `*error` set.
  int Add(const std::string& pattern, std::string* error);
  bool Compile();
  // Indices of the patterns that match somewhere in `text`, ascending. If
  // RE2 cannot answer (its DFA out of memory), every index: a superset, so
  // use a set only to skip patterns that cannot match.
  void Match(std::string_view text, std::vector<int>* hits) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Many patterns at once, approximately: which of them MAY match, from the
// literal strings ("atoms") each needs (RE2's FilteredRE2 prefilter),
// searched all at once with an Aho-Corasick automaton. An answer is a
// superset of the patterns that match. Cheap for a pattern that has rare
// atoms, where a set's DFA would grow large (a wide gap such as
// "(?:\s+\S+){0,6}?" multiplies its states).
class AtomFilter {
 public:
  AtomFilter();
  ~AtomFilter();
  AtomFilter(AtomFilter&&) noexcept;
  AtomFilter& operator=(AtomFilter&&) noexcept;
  // Adds a pattern; returns its index, or -1 with `*error` set.
  int Add(const std::string& pattern, std::string* error);
  void Compile();
  // Number of patterns added.
  int size() const;
  // After Compile: the patterns the atoms can never rule out (always
  // candidates), ascending.
  const std::vector<int>& Unfiltered() const;
  // Indices of the patterns that may match somewhere in `text`, ascending:
  // every pattern that matches is among them. Text with a non-ASCII byte
  // gets every pattern (the atoms are matched on ASCII-lowercased text).
  void Potentials(std::string_view text, std::vector<int>* out) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimx

#endif  // CLAIMX_SRC_REGEX_H_
