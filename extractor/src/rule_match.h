// The rule-matching front of the resolver: which rules match where in a
// document's sentences.
#ifndef CLAIMX_SRC_RULE_MATCH_H_
#define CLAIMX_SRC_RULE_MATCH_H_

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "patterns.h"
#include "regex.h"

namespace claimx {

// One match of a rule: its role groups, in the searched text's offsets.
struct MatchHit {
  int rule;
  GroupSpan num, num2, state, metric;
};

// The rule matches of many texts (a document's sentences).
struct RuleMatches {
  std::vector<MatchHit> hits;  // text by text, in each by (rule, num.begin)
  std::vector<std::size_t> first;  // text k's hits are hits[first[k], first[k + 1])
};

// Whether a num group is only a piece of a grouped number in `s`: "1" of
// "1,902" (a rule's tail let the regex give back digits) or "902" of it.
bool PartOfLongerNumber(std::string_view s, GroupSpan num);

// Matches every rule of `P` in each of `texts`: a rule's matches are its
// successive leftmost matches, each search starting at the previous num
// group's end; a match without a num group ends the rule's search, and a
// match whose num group is a piece of a longer number is no hit. Texts
// without a number, and texts no claim rule matches, get no hits.
//
// The work runs one regex at a time over all texts instead of all regexes
// over one text at a time: RE2's DFAs (the rule sets' most of all) are
// megabytes of lazily built states, and a DFA that stays in the CPU's cache
// across texts walks several times faster than one evicted by the others.
void MatchRules(const PatternSet::Impl& P, const std::string_view* texts, std::size_t n, RuleMatches* out);

// The rule matches of a sequence of texts, found (MatchRules) a window of
// about `window_bytes` of text at a time, as the texts are asked for in
// order: memory stays bounded on a huge document.
class RuleMatcher {
 public:
  RuleMatcher(const PatternSet::Impl& P, std::vector<std::string_view> texts, std::size_t window_bytes)
      : P_(P), texts_(std::move(texts)), window_bytes_(window_bytes) {}
  // The hits of text k, in (rule, num.begin) order. k must not decrease
  // from one call to the next.
  std::pair<const MatchHit*, const MatchHit*> Hits(std::size_t k);

 private:
  const PatternSet::Impl& P_;
  std::vector<std::string_view> texts_;
  std::size_t window_bytes_;
  std::size_t begin_ = 0, end_ = 0;  // the texts matched in rm_
  RuleMatches rm_;
};

}  // namespace claimx

#endif  // CLAIMX_SRC_RULE_MATCH_H_
