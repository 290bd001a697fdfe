#include "regex.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <cstdlib>

namespace claimx {

struct Regex::Impl {
  explicit Impl(const std::string& p, const RE2::Options& o) : re(p, o) {}
  RE2 re;
};

Regex::Regex() = default;
Regex::~Regex() = default;

namespace {
RE2::Options MakeOptions(bool ci, bool set = false) {
  RE2::Options o;
  if (const char* e = std::getenv(set ? "CX_SETMEM" : "CX_MEM")) { o.set_log_errors(false); o.set_case_sensitive(!ci); o.set_max_mem(std::atol(e) << 20); return o; }
  o.set_log_errors(false);
  o.set_case_sensitive(!ci);
  o.set_max_mem(64 << 20);
  return o;
}
}  // namespace

std::unique_ptr<Regex> Regex::Compile(const std::string& pattern, std::string* error,
                                      bool case_insensitive) {
  std::unique_ptr<Regex> r(new Regex());
  r->impl_ = std::make_unique<Impl>(pattern, MakeOptions(case_insensitive));
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
  Impl() : set(MakeOptions(false, true), RE2::UNANCHORED) {}
  RE2::Set set;
  int size = 0;
};

RegexSet::RegexSet() : impl_(std::make_unique<Impl>()) {}
RegexSet::~RegexSet() = default;

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

}  // namespace claimx
