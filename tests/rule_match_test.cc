// The rule prefilters (the claim/reject RegexSets and the AtomFilters for
// wide-gap rules) only prune: MatchRules must find exactly what searching
// every rule in every text finds.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "claimx/claimx.h"
#include "patterns.h"
#include "rule_match.h"
#include "segment.h"
#include "text.h"

namespace {

namespace fs = std::filesystem;

const claimx::PatternSet& Builtin() {
  static const claimx::PatternSet* p = [] {
    auto* ps = new claimx::PatternSet();
    if (!claimx::PatternSet::LoadBuiltin(ps).ok()) std::abort();
    return ps;
  }();
  return *p;
}

// The corpus' sentences, normalised, and random strings made of their words
// and of figures, names and a few non-ASCII characters.
std::vector<std::string> Texts() {
  std::vector<std::string> out;
  std::vector<fs::path> paths;
  for (const auto& e : fs::directory_iterator(fs::path(CLAIMX_SOURCE_DIR) / "corpus"))
    if (e.path().extension() == ".txt") paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  claimx::Segmenter seg;
  std::vector<std::string> words;
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    claimx::NormText t = claimx::Normalize(ss.str());
    for (const auto& para : seg.Split(t.norm, 0))
      for (const auto& x : para.sentences) {
        out.push_back(t.norm.substr(x.begin, x.end - x.begin));
        std::istringstream ws(out.back());
        for (std::string w; ws >> w;) words.push_back(w);
      }
  }
  const char* extra[] = {"MARGIN", "By", "by", "toll", "Toll", "led", "LED", "12,345", "3", "votes", "Ohio",
                         "Biden", "\xc5\xbf", "\xe2\x84\xaa", "é", "–", "of", "at", "total", "turnout",
                         "states", "won", "10", "respectively", "cast", "out", "1.5", "million", ",", "."};
  for (const char* e : extra) words.push_back(e);
  std::mt19937 rng(20201103);
  for (int i = 0; i < 20000 && !words.empty(); ++i) {
    std::string s;
    const int n = 1 + static_cast<int>(rng() % 30);
    for (int k = 0; k < n; ++k) {
      if (k) s += rng() % 7 ? " " : "  ";
      s += words[rng() % words.size()];
    }
    out.push_back(s);
  }
  return out;
}

}  // namespace

TEST_CASE("the atom filters never prune a wide-gap rule that matches", "[rule_match]") {
  const auto& P = Builtin().impl();
  // The filters are in use (the rules with wide gaps have atoms).
  CHECK(P.claim_atom_rules.size() + P.reject_atom_rules.size() > 0);
  std::vector<int> pots;
  std::size_t checked = 0, pruned = 0;
  for (const std::string& s : Texts()) {
    for (int pass = 0; pass < 2; ++pass) {
      const claimx::AtomFilter& f = pass ? P.reject_atoms : P.claim_atoms;
      const std::vector<int>& rules = pass ? P.reject_atom_rules : P.claim_atom_rules;
      f.Potentials(s, &pots);
      for (std::size_t i = 0; i < rules.size(); ++i) {
        const bool potential = std::binary_search(pots.begin(), pots.end(), static_cast<int>(i));
        if (!potential) ++pruned;
        if (P.rules[static_cast<std::size_t>(rules[i])].re->Matches(s)) {
          ++checked;
          INFO(P.rules[static_cast<std::size_t>(rules[i])].id << ": " << s);
          CHECK(potential);
        }
      }
    }
  }
  CHECK(checked > 100);
  CHECK(pruned > 1000);
}

TEST_CASE("MatchRules finds what every rule searched in every text finds", "[rule_match]") {
  const auto& P = Builtin().impl();
  const std::vector<std::string> texts = Texts();
  std::vector<std::string_view> views(texts.begin(), texts.end());
  claimx::RuleMatches got;
  // In windows, as the resolver calls it.
  for (std::size_t begin = 0; begin < views.size(); begin += 500) {
    const std::size_t n = std::min<std::size_t>(500, views.size() - begin);
    claimx::MatchRules(P, views.data() + begin, n, &got);
    std::vector<claimx::GroupSpan> g;
    for (std::size_t k = 0; k < n; ++k) {
      const std::string_view s = views[begin + k];
      // Every rule, by brute force: claim rules in a text with a number,
      // reject rules where some claim rule matches.
      std::vector<claimx::MatchHit> want;
      bool claimed = false;
      const bool numeric = P.HasNumber(s);
      for (const claimx::Rule& r : P.rules)
        if (numeric && r.action == claimx::Rule::Action::kClaim && r.re->Matches(s)) claimed = true;
      for (std::size_t ri = 0; ri < P.rules.size() && numeric; ++ri) {
        const claimx::Rule& rule = P.rules[ri];
        if (rule.action == claimx::Rule::Action::kReject && !claimed) continue;
        auto first = [&](const std::vector<int>& idx) {
          for (int i : idx)
            if (g[static_cast<std::size_t>(i)].matched()) return g[static_cast<std::size_t>(i)];
          return claimx::GroupSpan{};
        };
        for (std::size_t pos = 0; pos <= s.size() && rule.re->Find(s, pos, &g);) {
          claimx::MatchHit m{static_cast<int>(ri), first(rule.num), first(rule.num2), first(rule.state),
                             first(rule.metric)};
          if (!m.num.matched()) break;
          const bool part = claimx::PartOfLongerNumber(s, m.num);
          if (!part) want.push_back(m);
          const auto next = static_cast<std::size_t>(part ? m.num.begin : m.num.end);
          pos = next > pos ? next : pos + 1;
        }
      }
      const std::size_t b = got.first[k], e = got.first[k + 1];
      INFO(s);
      REQUIRE(e - b == want.size());
      for (std::size_t i = 0; i < want.size(); ++i) {
        const claimx::MatchHit& h = got.hits[b + i];
        const claimx::MatchHit& w = want[i];
        CHECK(h.rule == w.rule);
        CHECK((h.num.begin == w.num.begin && h.num.end == w.num.end));
        CHECK((h.num2.begin == w.num2.begin && h.state.begin == w.state.begin && h.metric.begin == w.metric.begin));
      }
    }
  }
}

TEST_CASE("every rule is in exactly one prefilter (a set or an atom filter)", "[rule_match]") {
  const auto& P = Builtin().impl();
  // The heavy rules have sets of their own.
  CHECK(P.claim_sets.size() > 1);
  CHECK(P.reject_sets.size() > 1);
  std::vector<int> seen(P.rules.size(), 0);
  for (const auto* sets : {&P.claim_sets, &P.reject_sets})
    for (const auto& rs : *sets) {
      CHECK(!rs.rules.empty());
      for (int r : rs.rules) {
        ++seen[static_cast<std::size_t>(r)];
        CHECK((P.rules[static_cast<std::size_t>(r)].action == claimx::Rule::Action::kClaim) == (sets == &P.claim_sets));
      }
    }
  for (int r : P.claim_atom_rules) ++seen[static_cast<std::size_t>(r)];
  for (int r : P.reject_atom_rules) ++seen[static_cast<std::size_t>(r)];
  for (std::size_t r = 0; r < P.rules.size(); ++r) {
    INFO(P.rules[r].id);
    CHECK(seen[r] == 1);
  }
}
