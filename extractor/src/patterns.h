// The compiled pattern set (internal): rules, lexicons and the matchers the
// resolver builds from them.
#ifndef CLAIMX_SRC_PATTERNS_H_
#define CLAIMX_SRC_PATTERNS_H_

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "claimx/claimx.h"
#include "regex.h"

namespace claimx {

struct Rule {
  enum class Action { kClaim, kReject };
  std::string id;
  std::string file;
  int line = 0;
  Action action = Action::kClaim;
  std::string fixed_metric;  // "metric:" directive, or empty
  std::string pattern;       // expanded
  std::unique_ptr<Regex> re;
  // Group indices of each role; a role may have several groups (one per
  // alternative), the first that took part wins.
  std::vector<int> num, num2, state, metric;
  struct Example {
    int line;
    std::string text;
  };
  std::vector<Example> examples, negatives;
};

struct StateInfo {
  std::string code;
  std::string name;
};

struct Qualifier {
  std::string phrase;
  std::string bound;
  bool post = false;
};

struct SourceInfo {
  std::string canonical;
  bool wire = false;
};

struct PatternSet::Impl {
  std::string origin;
  std::vector<Rule> rules;
  // Which rules can fire in a text: claim rules and reject rules in
  // separate sets, and a few rules whose states multiply the others' in
  // sets of their own (several small DFAs instead of one large one); pattern
  // k of a set is rule `rules[k]`. A set answers exactly which of its rules
  // match, so how the rules are grouped changes memory and time only.
  struct RuleSet {
    RegexSet set;
    std::vector<int> rules;
  };
  std::vector<RuleSet> claim_sets, reject_sets;
  // Rules with a wide gap ("(?:\s+\S+){0,6}?") that need some literal
  // (atoms): kept out of the sets, whose DFAs they would double, and
  // pruned by their atoms instead; filter pattern k is rule
  // claim_atom_rules[k] / reject_atom_rules[k].
  AtomFilter claim_atoms, reject_atoms;
  std::vector<int> claim_atom_rules, reject_atom_rules;

  // Lexicons.
  std::vector<StateInfo> states;
  std::unordered_map<std::string, int> state_by_form;  // exact surface form -> index
  std::unordered_map<std::string, int> state_by_code;
  std::vector<Qualifier> qualifiers;
  std::unordered_map<std::string, int> qualifier_by_phrase;  // lower-case phrase -> index
  std::unordered_map<std::string, std::int64_t> number_words;  // lower-case word -> value
  std::unordered_map<std::string, std::string> number_kind;
  std::set<std::string> metric_heads, metric_modifiers;  // lower case
  std::unordered_map<std::string, SourceInfo> sources;  // lower case, no leading "the"
  std::vector<std::string> source_keys;                  // the same keys, sorted
  std::unordered_set<std::string> roles;                 // lower case
  std::unordered_map<std::string, std::string> nicknames;
  std::map<std::string, std::string> cues;  // phrase -> kind
  std::unordered_set<std::string> generic_sources;  // lower case
  std::vector<std::string> scope_phrases;

  // Matchers built from the lexicons for the resolver.
  std::unique_ptr<Regex> state_mention;   // (?P<s>...) prose state forms
  std::unique_ptr<Regex> state_any;       // all forms incl. ambiguous ones
  std::unique_ptr<Regex> substate;        // counties, cities, "City, ST"
  std::unique_ptr<Regex> national;        // national scope cues
  std::unique_ptr<Regex> qual_before;     // qualifier right before a number (anchored at end)
  std::unique_ptr<Regex> qual_after;      // qualifier right after a number (anchored at start)
  std::unique_ptr<Regex> metric_phrase;   // a metric noun phrase
  std::unique_ptr<Regex> date_expr;       // dates, weekdays, relative days
  std::unique_ptr<Regex> cue_lead;        // "according to X"
  std::unique_ptr<Regex> cue_verb;        // "X said"
  std::unique_ptr<Regex> cue_possessive;  // "X's tally"
  std::unique_ptr<Regex> cue_attributive;  // "the AP tally"
  std::unique_ptr<Regex> source_any;      // any lexicon source (null when none)
  std::unique_ptr<Regex> source_text;     // the same, also inside words (null when none)
  std::unique_ptr<Regex> dateline;        // "AUSTIN, Texas (AP) -"
  std::unique_ptr<Regex> person_ref;      // names, pronouns, role nouns
  std::unique_ptr<Regex> number_any;      // "has a number": a digit or a number word (use HasNumber)
  std::unique_ptr<Regex> year_any;        // a 4-digit year
  std::unique_ptr<Regex> list_item;       // a whole line that is a list item

  // Lookups.
  const StateInfo* StateByForm(const std::string& form) const;
  // True when number_any matches `text`; an ASCII digit answers without RE2.
  bool HasNumber(std::string_view text) const;
  // True when some source key starts with `prefix`.
  bool SourceStartsWith(const std::string& prefix) const;
};

// Builds a set from in-memory files (used by all PatternSet loaders).
Status BuildPatternSet(const std::map<std::string, std::string>& files, const std::string& origin,
                       PatternSet::Impl* out);

// The files of patterns/ compiled into the library (generated at build time).
const std::map<std::string, std::string>& EmbeddedPatternFiles();

}  // namespace claimx

#endif  // CLAIMX_SRC_PATTERNS_H_
