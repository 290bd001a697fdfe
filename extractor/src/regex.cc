#include "regex.h"

#include <re2/re2.h>
#include <re2/filtered_re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>

namespace claimx {

struct Regex::Impl {
  explicit Impl(const std::string& p, const RE2::Options& o) : re(p, o) {}
  RE2 re;
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
  re2::StringPiece whole;
  if (!impl_->re.Match(re2::StringPiece(text.data(), text.size()), pos, end, RE2::UNANCHORED, &whole, 1))
    return false;
  const auto b = static_cast<int>(whole.data() - text.data());
  *m = GroupSpan{b, b + static_cast<int>(whole.size())};
  return true;
}

bool Regex::Matches(std::string_view text) const {
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), impl_->re);
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
  // The Aho-Corasick automaton of the atoms, a full transition table over
  // ASCII-lowercased bytes: next[state * 256 + byte] is the next state's
  // row offset (state * 256), with kHasOut set when atoms end there. The
  // atoms that end at state s: out[out_at[s], out_at[s + 1]).
  static constexpr std::uint32_t kHasOut = 0x80000000u;
  std::vector<std::uint32_t> next;
  std::vector<int> out;
  std::vector<std::uint32_t> out_at;
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
  // Trie.
  std::vector<std::array<std::uint32_t, 256>> go(1);
  go[0].fill(0);
  std::vector<std::vector<int>> out(1);
  constexpr std::uint32_t kNone = 0xFFFFFFFFu;
  go[0].fill(kNone);
  for (std::size_t a = 0; a < atoms.size(); ++a) {
    std::uint32_t s = 0;
    for (unsigned char c : atoms[a]) {
      if (go[s][c] == kNone) {
        go[s][c] = static_cast<std::uint32_t>(go.size());
        go.emplace_back();
        go.back().fill(kNone);
        out.emplace_back();
      }
      s = go[s][c];
    }
    out[s].push_back(static_cast<int>(a));
  }
  // Breadth first: failure links, full transitions, inherited outputs.
  std::vector<std::uint32_t> fail(go.size(), 0), queue;
  for (int c = 0; c < 256; ++c) {
    if (go[0][c] == kNone) {
      go[0][c] = 0;
    } else {
      fail[go[0][c]] = 0;
      queue.push_back(go[0][c]);
    }
  }
  for (std::size_t qi = 0; qi < queue.size(); ++qi) {
    const std::uint32_t s = queue[qi];
    const std::vector<int>& inherited = out[fail[s]];
    out[s].insert(out[s].end(), inherited.begin(), inherited.end());
    for (int c = 0; c < 256; ++c) {
      const std::uint32_t t = go[s][c];
      if (t == kNone) {
        go[s][c] = go[fail[s]][c];
      } else {
        fail[t] = go[fail[s]][c];
        queue.push_back(t);
      }
    }
  }
  I.next.resize(go.size() * 256);
  for (std::size_t s = 0; s < go.size(); ++s)
    for (int c = 0; c < 256; ++c) {
      // Text bytes are looked up lowercased: 'A'..'Z' move as 'a'..'z'.
      const int lc = c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
      const std::uint32_t t = go[s][lc];
      I.next[s * 256 + static_cast<std::size_t>(c)] = t * 256 | (out[t].empty() ? 0 : Impl::kHasOut);
    }
  I.out_at.assign(1, 0);
  for (const std::vector<int>& o : out) {
    I.out.insert(I.out.end(), o.begin(), o.end());
    I.out_at.push_back(static_cast<std::uint32_t>(I.out.size()));
  }
}

void AtomFilter::Potentials(std::string_view text, std::vector<int>* out) const {
  const Impl& I = *impl_;
  out->clear();
  auto all = [&] {
    out->resize(static_cast<std::size_t>(I.size));
    for (int k = 0; k < I.size; ++k) (*out)[static_cast<std::size_t>(k)] = k;
  };
  if (!I.compiled || I.next.empty()) return all();
  thread_local std::vector<int> matched;
  matched.clear();
  const std::uint32_t* next = I.next.data();
  std::uint32_t row = 0;  // the current state's row: state * 256
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80) return all();
    const std::uint32_t t = next[row + c];
    row = t & ~Impl::kHasOut;
    if (t & Impl::kHasOut) {
      const std::uint32_t s = row / 256;
      matched.insert(matched.end(), I.out.begin() + I.out_at[s], I.out.begin() + I.out_at[s + 1]);
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
