#include "regex.h"

#include <re2/re2.h>
#include <re2/filtered_re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>

namespace claimx {

namespace {

bool IsWordByte(unsigned char c) {  // RE2's \b: ASCII word characters
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// An Aho-Corasick automaton of byte strings. Bytes go through `cls` (with
// `fold`, 'A'..'Z' as 'a'..'z'), so a state's row has one entry per byte
// class of the words (and one for every other byte): next[row + class] is
// the next state's row (state * classes), with kHasOut set when some words
// end there; the words that end at state s are out[out_at[s], out_at[s+1]).
struct AhoCorasick {
  static constexpr std::uint32_t kHasOut = 0x80000000u;
  std::array<std::uint8_t, 256> cls{};
  std::uint32_t classes = 1;
  std::vector<std::uint32_t> next;
  std::vector<int> out;
  std::vector<std::uint32_t> out_at;

  static unsigned char Fold(unsigned char c) { return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c - 'A' + 'a') : c; }

  void Build(const std::vector<std::string>& words, bool fold) {
    // Byte classes: one per byte the words use (after folding), 0 for the rest.
    cls.fill(0);
    classes = 1;
    for (const std::string& w : words)
      for (unsigned char c : w)
        if (cls[c] == 0) cls[c] = static_cast<std::uint8_t>(classes++);
    if (fold)
      for (int c = 'A'; c <= 'Z'; ++c) cls[static_cast<std::size_t>(c)] = cls[Fold(static_cast<unsigned char>(c))];
    // (A word's own upper-case byte would get no class from a folded text:
    // with `fold`, callers pass lower-case words.)
    // Trie.
    constexpr std::uint32_t kNone = 0xFFFFFFFFu;
    std::vector<std::vector<std::uint32_t>> go(1, std::vector<std::uint32_t>(classes, kNone));
    std::vector<std::vector<int>> outs(1);
    for (std::size_t a = 0; a < words.size(); ++a) {
      std::uint32_t s = 0;
      for (unsigned char c : words[a]) {
        const std::uint8_t k = cls[c];
        if (go[s][k] == kNone) {
          go[s][k] = static_cast<std::uint32_t>(go.size());
          go.emplace_back(classes, kNone);
          outs.emplace_back();
        }
        s = go[s][k];
      }
      outs[s].push_back(static_cast<int>(a));
    }
    // Breadth first: failure links, full transitions, inherited outputs.
    std::vector<std::uint32_t> fail(go.size(), 0), queue;
    for (std::uint32_t k = 0; k < classes; ++k) {
      if (go[0][k] == kNone) {
        go[0][k] = 0;
      } else {
        fail[go[0][k]] = 0;
        queue.push_back(go[0][k]);
      }
    }
    for (std::size_t qi = 0; qi < queue.size(); ++qi) {
      const std::uint32_t s = queue[qi];
      const std::vector<int>& inherited = outs[fail[s]];
      outs[s].insert(outs[s].end(), inherited.begin(), inherited.end());
      for (std::uint32_t k = 0; k < classes; ++k) {
        const std::uint32_t t = go[s][k];
        if (t == kNone) {
          go[s][k] = go[fail[s]][k];
        } else {
          fail[t] = go[fail[s]][k];
          queue.push_back(t);
        }
      }
    }
    next.resize(go.size() * classes);
    for (std::size_t s = 0; s < go.size(); ++s)
      for (std::uint32_t k = 0; k < classes; ++k) {
        const std::uint32_t t = go[s][k];
        next[s * classes + k] = t * classes | (outs[t].empty() ? 0 : kHasOut);
      }
    out.clear();
    out_at.assign(1, 0);
    for (const std::vector<int>& o : outs) {
      out.insert(out.end(), o.begin(), o.end());
      out_at.push_back(static_cast<std::uint32_t>(out.size()));
    }
  }
  // One step from `row` on byte c: the next entry (row | kHasOut).
  std::uint32_t Step(std::uint32_t row, unsigned char c) const { return next[row + cls[c]]; }
};

// Regex::Matches and Regex::FindSpan without RE2 for a pattern that is an
// alternation of literals (SetLiteralAlternation).
struct LiteralAlternation {
  AhoCorasick ac;
  bool fold = false;            // (?i): ASCII text only
  bool trailing_space = false;  // "\s+" after the key
  std::vector<std::uint32_t> len;               // per key
  std::vector<char> bound_before, bound_after;  // \b before / after the key
  std::size_t max_len = 0;

  static bool Space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

  // Whether key `key` at [b, e) is a match in t[0, n) searched up to `end`;
  // *me gets the match's end.
  bool Valid(const unsigned char* t, std::size_t n, std::size_t end, std::size_t key, std::size_t b, std::size_t e,
             std::size_t* me) const {
    if (bound_before[key] && b > 0 && IsWordByte(t[b - 1])) return false;
    if (bound_after[key] && e < n && IsWordByte(t[e])) return false;
    if (trailing_space) {
      if (e >= end || !Space(t[e])) return false;
      while (e < end && Space(t[e])) ++e;
    }
    *me = e;
    return true;
  }

  // The leftmost-first match in text[pos, end) (the alternation lists the
  // keys longest first, so at the leftmost start the longest key that
  // matches): 1 with [*mb, *me), 0 when there is none, -1 when RE2 must
  // answer (with `fold`, a byte >= 0x80 came before the answer was sure).
  // With `any`, the first match found will do (for Matches).
  int Find(std::string_view text, std::size_t pos, std::size_t end, bool any, std::size_t* mb,
           std::size_t* me) const {
    const auto* t = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::uint32_t row = 0;
    bool found = false;
    std::size_t best_b = 0, best_len = 0, best_e = 0;
    for (std::size_t i = pos; i < end; ++i) {
      // A match ending at i or later that starts at or before best_b ends by
      // best_b + max_len.
      if (found && i >= best_b + max_len) break;
      const unsigned char c = t[i];
      if (c >= 0x80 && fold) return -1;
      const std::uint32_t x = ac.Step(row, c);
      row = x & ~AhoCorasick::kHasOut;
      if (!(x & AhoCorasick::kHasOut)) continue;
      const std::uint32_t s = row / ac.classes;
      for (std::uint32_t k = ac.out_at[s]; k < ac.out_at[s + 1]; ++k) {
        const auto key = static_cast<std::size_t>(ac.out[k]);
        const std::size_t e = i + 1;
        if (e - pos < len[key]) continue;  // starts before pos
        const std::size_t b = e - len[key];
        if (found && (b > best_b || (b == best_b && len[key] <= best_len))) continue;
        std::size_t end_here;
        if (!Valid(t, n, end, key, b, e, &end_here)) continue;
        if (any) return 1;
        found = true;
        best_b = b;
        best_len = len[key];
        best_e = end_here;
      }
    }
    if (!found) return 0;
    *mb = best_b;
    *me = best_e;
    return 1;
  }

  // 1 or 0: whether `text` holds a match; -1 when RE2 must answer.
  int Matches(std::string_view text) const {
    std::size_t b, e;
    return Find(text, 0, text.size(), true, &b, &e);
  }
};
}  // namespace

struct Regex::Impl {
  explicit Impl(const std::string& p, const RE2::Options& o) : re(p, o) {}
  RE2 re;
  std::unique_ptr<LiteralAlternation> literals;  // SetLiteralAlternation
};

Regex::Regex() = default;
Regex::~Regex() = default;

namespace {
RE2::Options MakeOptions(bool ci, std::int64_t max_mem = Regex::kDefaultMaxMem) {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_case_sensitive(!ci);
  o.set_max_mem(max_mem);
  return o;
}
}  // namespace

std::unique_ptr<Regex> Regex::Compile(const std::string& pattern, std::string* error,
                                      bool case_insensitive, std::int64_t max_mem) {
  std::unique_ptr<Regex> r(new Regex());
  r->impl_ = std::make_unique<Impl>(pattern, MakeOptions(case_insensitive, max_mem));
  if (!r->impl_->re.ok()) {
    if (error) *error = r->impl_->re.error();
    return nullptr;
  }
  return r;
}

int Regex::groups() const { return impl_->re.NumberOfCapturingGroups(); }

const std::map<std::string, int>& Regex::NamedGroups() const {
  return impl_->re.NamedCapturingGroups();
}

bool Regex::Find(std::string_view text, std::size_t pos, std::vector<GroupSpan>* g) const {
  return FindIn(text, pos, text.size(), g);
}

bool Regex::FindIn(std::string_view text, std::size_t pos, std::size_t end,
                   std::vector<GroupSpan>* g) const {
  const int n = groups() + 1;
  // One buffer per thread: no allocation per call.
  thread_local std::vector<re2::StringPiece> sub;
  if (sub.size() < static_cast<std::size_t>(n)) sub.resize(static_cast<std::size_t>(n));
  if (pos > end || end > text.size()) return false;
  re2::StringPiece sp(text.data(), text.size());
  if (!impl_->re.Match(sp, pos, end, RE2::UNANCHORED, sub.data(), n)) return false;
  g->assign(static_cast<std::size_t>(n), GroupSpan{});
  for (int i = 0; i < n; ++i) {
    const re2::StringPiece& m = sub[static_cast<std::size_t>(i)];
    if (m.data() == nullptr) continue;
    const auto b = static_cast<int>(m.data() - text.data());
    (*g)[static_cast<std::size_t>(i)] = GroupSpan{b, b + static_cast<int>(m.size())};
  }
  return true;
}

bool Regex::FindSpan(std::string_view text, std::size_t pos, std::size_t end, GroupSpan* m) const {
  if (pos > end || end > text.size()) return false;
  if (impl_->literals) {
    std::size_t b, e;
    const int r = impl_->literals->Find(text, pos, end, false, &b, &e);
    if (r == 0) return false;
    if (r == 1) {
      *m = GroupSpan{static_cast<int>(b), static_cast<int>(e)};
      return true;
    }
  }
  re2::StringPiece whole;
  if (!impl_->re.Match(re2::StringPiece(text.data(), text.size()), pos, end, RE2::UNANCHORED, &whole, 1))
    return false;
  const auto b = static_cast<int>(whole.data() - text.data());
  *m = GroupSpan{b, b + static_cast<int>(whole.size())};
  return true;
}

bool Regex::Matches(std::string_view text) const {
  if (impl_->literals) {
    const int m = impl_->literals->Matches(text);
    if (m >= 0) return m == 1;
  }
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), impl_->re);
}

void Regex::SetLiteralAlternation(const std::vector<std::string>& keys, bool case_insensitive, bool word_bounds,
                                  bool trailing_space) {
  auto lit = std::make_unique<LiteralAlternation>();
  lit->fold = case_insensitive;
  lit->trailing_space = trailing_space;
  std::vector<std::string> words;
  for (const std::string& k : keys) {
    if (k.empty()) return;  // RE2 answers
    std::string w = k;
    for (char& c : w) {
      if (static_cast<unsigned char>(c) >= 0x80) return;  // RE2 answers
      if (case_insensitive) c = static_cast<char>(AhoCorasick::Fold(static_cast<unsigned char>(c)));
    }
    words.push_back(w);
    lit->len.push_back(static_cast<std::uint32_t>(k.size()));
    lit->max_len = std::max(lit->max_len, k.size());
    lit->bound_before.push_back(word_bounds && IsWordByte(static_cast<unsigned char>(k.front())));
    lit->bound_after.push_back(word_bounds && IsWordByte(static_cast<unsigned char>(k.back())));
  }
  if (words.empty()) return;
  lit->ac.Build(words, case_insensitive);
  impl_->literals = std::move(lit);
}

struct RegexSet::Impl {
  Impl() : set(MakeOptions(false), RE2::UNANCHORED) {}
  RE2::Set set;
  int size = 0;
};

RegexSet::RegexSet() : impl_(std::make_unique<Impl>()) {}
RegexSet::~RegexSet() = default;
RegexSet::RegexSet(RegexSet&&) noexcept = default;
RegexSet& RegexSet::operator=(RegexSet&&) noexcept = default;

int RegexSet::Add(const std::string& pattern, std::string* error) {
  std::string err;
  int i = impl_->set.Add(pattern, &err);
  if (i < 0 && error) *error = err;
  if (i >= 0) impl_->size = i + 1;
  return i;
}

bool RegexSet::Compile() { return impl_->set.Compile(); }

void RegexSet::Match(std::string_view text, std::vector<int>* hits) const {
  hits->clear();
  RE2::Set::ErrorInfo info{RE2::Set::kNoError};
  // First "does any match": without a hit vector RE2 stops at the first
  // match and allocates nothing, where with one it allocates a SparseSet
  // of the patterns per call. Most texts match none of a set's patterns.
  if (!impl_->set.Match(re2::StringPiece(text.data(), text.size()), nullptr, &info) &&
      info.kind == RE2::Set::kNoError)
    return;
  if (impl_->size == 1) {
    // One pattern: "does it match" is the whole answer.
    hits->push_back(0);
    return;
  }
  if (!impl_->set.Match(re2::StringPiece(text.data(), text.size()), hits, &info) &&
      info.kind != RE2::Set::kNoError) {
    // RE2 could not answer (a DFA state that does not fit its budget; RE2
    // otherwise resets the cache and goes on, even with kilobytes): every
    // pattern is a candidate. Callers use the set only to skip patterns,
    // so this costs time, never a result.
    hits->resize(static_cast<std::size_t>(impl_->size));
    for (int k = 0; k < impl_->size; ++k) (*hits)[static_cast<std::size_t>(k)] = k;
    return;
  }
  std::sort(hits->begin(), hits->end());
}

struct AtomFilter::Impl {
  re2::FilteredRE2 filter{3};  // atoms of 3 bytes or more
  std::vector<int> unfiltered;
  AhoCorasick ac;  // of the atoms
  int size = 0;
  bool compiled = false;
};

AtomFilter::AtomFilter() : impl_(std::make_unique<Impl>()) {}
AtomFilter::~AtomFilter() = default;
AtomFilter::AtomFilter(AtomFilter&&) noexcept = default;
AtomFilter& AtomFilter::operator=(AtomFilter&&) noexcept = default;

int AtomFilter::Add(const std::string& pattern, std::string* error) {
  int id = -1;
  RE2::Options o = MakeOptions(false);
  if (impl_->filter.Add(re2::StringPiece(pattern.data(), pattern.size()), o, &id) != RE2::NoError) {
    if (error) *error = "pattern does not compile";
    return -1;
  }
  impl_->size = id + 1;
  return id;
}

int AtomFilter::size() const { return impl_->size; }

const std::vector<int>& AtomFilter::Unfiltered() const { return impl_->unfiltered; }

void AtomFilter::Compile() {
  Impl& I = *impl_;
  I.compiled = true;
  if (I.size == 0) return;
  std::vector<std::string> atoms;
  I.filter.Compile(&atoms);
  I.filter.AllPotentials({}, &I.unfiltered);
  std::sort(I.unfiltered.begin(), I.unfiltered.end());
  I.ac.Build(atoms, true);
}

void AtomFilter::Potentials(std::string_view text, std::vector<int>* out) const {
  const Impl& I = *impl_;
  out->clear();
  auto all = [&] {
    out->resize(static_cast<std::size_t>(I.size));
    for (int k = 0; k < I.size; ++k) (*out)[static_cast<std::size_t>(k)] = k;
  };
  if (!I.compiled || I.ac.next.empty()) return all();
  thread_local std::vector<int> matched;
  matched.clear();
  const AhoCorasick& ac = I.ac;
  std::uint32_t row = 0;  // the current state's row
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80) return all();
    const std::uint32_t t = ac.Step(row, c);
    row = t & ~AhoCorasick::kHasOut;
    if (t & AhoCorasick::kHasOut) {
      const std::uint32_t s = row / ac.classes;
      matched.insert(matched.end(), ac.out.begin() + ac.out_at[s], ac.out.begin() + ac.out_at[s + 1]);
    }
  }
  if (matched.empty()) {
    *out = I.unfiltered;
    return;
  }
  std::sort(matched.begin(), matched.end());
  matched.erase(std::unique(matched.begin(), matched.end()), matched.end());
  I.filter.AllPotentials(matched, out);
  std::sort(out->begin(), out->end());
}

}  // namespace claimx
