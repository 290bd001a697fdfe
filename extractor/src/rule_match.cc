#include "rule_match.h"

#include <algorithm>
#include <utility>

namespace claimx {

namespace {

GroupSpan FirstGroup(const std::vector<GroupSpan>& g, const std::vector<int>& idx) {
  for (int i : idx)
    if (g[static_cast<std::size_t>(i)].matched()) return g[static_cast<std::size_t>(i)];
  return GroupSpan{};
}

}  // namespace

void MatchRules(const PatternSet::Impl& P, const std::string_view* texts, std::size_t n, RuleMatches* out) {
  out->hits.clear();
  out->first.assign(n + 1, 0);
  // Texts with a number.
  std::vector<std::size_t> numeric;
  for (std::size_t k = 0; k < n; ++k)
    if (P.HasNumber(texts[k])) numeric.push_back(k);
  // (rule, text) pairs to search: the claim set's hits, and the reject
  // set's hits in the texts some claim rule matches (no claim rule, no claim).
  // The sets only prune: a rule they leave out has no match.
  std::vector<std::pair<int, std::size_t>> todo;
  std::vector<std::size_t> claimed;
  std::vector<int> set_hits;
  for (std::size_t k : numeric) {
    P.claim_prefilter.Match(texts[k], &set_hits);
    if (set_hits.empty()) continue;
    claimed.push_back(k);
    for (int h : set_hits) todo.emplace_back(P.claim_rules[static_cast<std::size_t>(h)], k);
  }
  for (std::size_t k : claimed) {
    P.reject_prefilter.Match(texts[k], &set_hits);
    for (int h : set_hits) todo.emplace_back(P.reject_rules[static_cast<std::size_t>(h)], k);
  }
  std::sort(todo.begin(), todo.end());
  // Rule by rule; then a stable sort by text keeps each text's hits in
  // (rule, num.begin) order.
  std::vector<std::pair<std::size_t, MatchHit>> found;
  std::vector<GroupSpan> g;
  for (const auto& [r, k] : todo) {
    const Rule& rule = P.rules[static_cast<std::size_t>(r)];
    const std::string_view s = texts[k];
    for (std::size_t pos = 0; pos <= s.size() && rule.re->Find(s, pos, &g);) {
      MatchHit m{r, FirstGroup(g, rule.num), FirstGroup(g, rule.num2), FirstGroup(g, rule.state),
                 FirstGroup(g, rule.metric)};
      if (!m.num.matched()) break;
      found.emplace_back(k, m);
      const auto next = static_cast<std::size_t>(m.num.end);
      pos = next > pos ? next : pos + 1;
    }
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  out->hits.reserve(found.size());
  for (const auto& [k, m] : found) {
    out->hits.push_back(m);
    ++out->first[k + 1];
  }
  for (std::size_t k = 0; k < n; ++k) out->first[k + 1] += out->first[k];
}

std::pair<const MatchHit*, const MatchHit*> RuleMatcher::Hits(std::size_t k) {
  if (k < begin_ || k >= end_) {
    begin_ = k;
    end_ = k;
    for (std::size_t bytes = 0; end_ < texts_.size() && (end_ == k || bytes < window_bytes_); ++end_)
      bytes += texts_[end_].size();
    MatchRules(P_, texts_.data() + begin_, end_ - begin_, &rm_);
  }
  const MatchHit* h = rm_.hits.data();
  return {h + rm_.first[k - begin_], h + rm_.first[k - begin_ + 1]};
}

}  // namespace claimx
