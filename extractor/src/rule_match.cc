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

namespace {

bool Digit(std::string_view s, std::size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }

}  // namespace

// Such a hit is dropped, so the number stays free for the rule that reads
// it whole.
bool PartOfLongerNumber(std::string_view s, GroupSpan num) {
  const auto b = static_cast<std::size_t>(num.begin), e = static_cast<std::size_t>(num.end);
  if (e == b || !Digit(s, e - 1)) return false;
  const bool group_after = e + 3 < s.size() + 1 && (s[e] == ',' || s[e] == ' ') && Digit(s, e + 1) &&
                           Digit(s, e + 2) && Digit(s, e + 3) && !Digit(s, e + 4);
  const bool group_before = b >= 2 && s[b - 1] == ',' && Digit(s, b - 2);
  return (e < s.size() && group_after) || group_before;
}

namespace {

// Runs each (rule, text) job of `todo` (sorted): a rule's successive
// leftmost matches, each search from the previous num group's end. Found
// hits go to `found` as (text, hit); `matched[k]` is set when some rule
// matches text k at all (its first search succeeds).
void RunJobs(const PatternSet::Impl& P, const std::string_view* texts,
             const std::vector<std::pair<int, std::size_t>>& todo,
             std::vector<std::pair<std::size_t, MatchHit>>* found, std::vector<char>* matched) {
  std::vector<GroupSpan> g;
  for (const auto& [r, k] : todo) {
    const Rule& rule = P.rules[static_cast<std::size_t>(r)];
    const std::string_view s = texts[k];
    for (std::size_t pos = 0; pos <= s.size() && rule.re->Find(s, pos, &g);) {
      if (pos == 0 && matched) (*matched)[k] = 1;
      MatchHit m{r, FirstGroup(g, rule.num), FirstGroup(g, rule.num2), FirstGroup(g, rule.state),
                 FirstGroup(g, rule.metric)};
      if (!m.num.matched()) break;
      // "with all 1,948 precincts": a match that took only part of a grouped
      // number ("all 1," as "all N,") is dropped and the search starts again
      // at the number, where the whole number can match.
      const bool part = PartOfLongerNumber(s, m.num);
      if (!part) found->emplace_back(k, m);
      const auto next = static_cast<std::size_t>(part ? m.num.begin : m.num.end);
      pos = next > pos ? next : pos + 1;
    }
  }
}

}  // namespace

namespace {

// The (rule, text) searches worth running over texts `ks`: every hit of the
// sets, one set at a time over all the texts (its DFA stays warm), then the
// atom filter's candidates. A text with a set hit is marked in *claimed.
void CandidateJobs(const std::vector<PatternSet::Impl::RuleSet>& sets, const AtomFilter& atoms,
                   const std::vector<int>& atom_rules, const std::string_view* texts,
                   const std::vector<std::size_t>& ks, std::vector<std::pair<int, std::size_t>>* todo,
                   std::vector<char>* claimed) {
  std::vector<int> hits;
  for (const auto& rs : sets)
    for (std::size_t k : ks) {
      rs.set.Match(texts[k], &hits);
      if (claimed && !hits.empty()) (*claimed)[k] = 1;
      for (int h : hits) todo->emplace_back(rs.rules[static_cast<std::size_t>(h)], k);
    }
  if (!atom_rules.empty())
    for (std::size_t k : ks) {
      atoms.Potentials(texts[k], &hits);
      for (int h : hits) todo->emplace_back(atom_rules[static_cast<std::size_t>(h)], k);
    }
}

// Sorts (rule, text) jobs by rule, then text. CandidateJobs adds each
// rule's jobs in ascending text order (a rule is in one set or one atom
// filter), so a stable counting sort by rule is enough.
void SortByRule(std::size_t rules, std::vector<std::pair<int, std::size_t>>* todo) {
  std::vector<std::size_t> at(rules + 1, 0);
  for (const auto& j : *todo) ++at[static_cast<std::size_t>(j.first) + 1];
  for (std::size_t r = 0; r < rules; ++r) at[r + 1] += at[r];
  std::vector<std::pair<int, std::size_t>> sorted(todo->size());
  for (const auto& j : *todo) sorted[at[static_cast<std::size_t>(j.first)]++] = j;
  todo->swap(sorted);
}

}  // namespace

void MatchRules(const PatternSet::Impl& P, const std::string_view* texts, std::size_t n, RuleMatches* out) {
  out->hits.clear();
  out->first.assign(n + 1, 0);
  // Texts with a number.
  std::vector<std::size_t> numeric;
  for (std::size_t k = 0; k < n; ++k)
    if (P.HasNumber(texts[k])) numeric.push_back(k);
  // (rule, text) pairs to search: the claim rules the claim set or the
  // claim atoms leave in, and the reject rules in the texts some claim rule
  // matches (no claim rule, no claim). The set and the atoms only prune: a
  // rule they leave out has no match. A set hit is a match; an atom
  // candidate is one when its first search succeeds.
  std::vector<std::pair<int, std::size_t>> todo;
  std::vector<char> claimed(n, 0);
  CandidateJobs(P.claim_sets, P.claim_atoms, P.claim_atom_rules, texts, numeric, &todo, &claimed);
  // Rule by rule; then a stable sort by (text, rule) keeps each text's hits
  // in (rule, num.begin) order.
  SortByRule(P.rules.size(), &todo);
  std::vector<std::pair<std::size_t, MatchHit>> found;
  RunJobs(P, texts, todo, &found, &claimed);
  todo.clear();
  std::vector<std::size_t> claimed_texts;
  for (std::size_t k : numeric)
    if (claimed[k]) claimed_texts.push_back(k);
  CandidateJobs(P.reject_sets, P.reject_atoms, P.reject_atom_rules, texts, claimed_texts, &todo, nullptr);
  SortByRule(P.rules.size(), &todo);
  RunJobs(P, texts, todo, &found, nullptr);
  // The hits by (text, rule), each (text, rule)'s in the order found (by
  // num.begin): a stable counting sort by rule, then one by text.
  std::vector<std::size_t> at(P.rules.size() + 1, 0);
  for (const auto& f : found) ++at[static_cast<std::size_t>(f.second.rule) + 1];
  for (std::size_t r = 0; r < P.rules.size(); ++r) at[r + 1] += at[r];
  std::vector<const std::pair<std::size_t, MatchHit>*> by_rule(found.size());
  for (const auto& f : found) by_rule[at[static_cast<std::size_t>(f.second.rule)]++] = &f;
  for (const auto* f : by_rule) ++out->first[f->first + 1];
  for (std::size_t k = 0; k < n; ++k) out->first[k + 1] += out->first[k];
  out->hits.resize(found.size());
  at.assign(out->first.begin(), out->first.end() - 1);
  for (const auto* f : by_rule) out->hits[at[f->first]++] = f->second;
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
