#include "patterns.h"

#include "str_util.h"
#include "text.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <sstream>

namespace claimx {
namespace {

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  out.push_back(cur);
  return out;
}

// True when a rule's own text (its fragments not expanded) has a counted
// repetition "{m,n}" with n - m >= 5: a gap that multiplies the states of
// a set's DFA.
bool WideGap(const std::string& pattern) {
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '\\') {
      ++i;
      continue;
    }
    if (pattern[i] != '{' || i + 1 >= pattern.size() || !std::isdigit(static_cast<unsigned char>(pattern[i + 1])))
      continue;
    char* end = nullptr;
    const long lo = std::strtol(pattern.c_str() + i + 1, &end, 10);
    if (*end != ',' || !std::isdigit(static_cast<unsigned char>(end[1]))) continue;
    const long hi = std::strtol(end + 1, &end, 10);
    if (*end == '}' && hi - lo >= 5) return true;
  }
  return false;
}

// True when RE2's prefilter finds literals that every match of `pattern`
// needs (so an AtomFilter can rule the pattern out).
bool HasAtoms(const std::string& pattern) {
  AtomFilter f;
  std::string err;
  if (f.Add(pattern, &err) < 0) return false;
  f.Compile();
  return f.Unfiltered().empty();
}

// The rule set (MatchRules' prefilter) a rule goes in: 0, the claim or the
// reject rules' main set, unless the rule is one of those whose DFA states
// multiply with the others' (a number or number word, then a wide
// alternation of metrics or verbs, with gaps). Measured on the 100 MB
// corpus, the claim sets' DFAs took ~18 MB as one set and ~10 MB as three
// (for ~0.1 s more CPU), the reject sets' ~6.4 MB as one and ~4 MB as two.
// Group 3 holds the ten rules whose moving out of their set (one at a
// time, on the 10 MB corpus) saved the most memory, each 0.4 to 1.3 MB: the
// seven claim rules in one set, the three reject rules in another. As ten
// sets of one rule each (ten more scans of every sentence with a number)
// the 100 MB corpus took ~4% more CPU for ~2.9 MiB less peak RSS (102.0
// against 104.9 MiB); back in their main sets, ~7.5 MiB more than apart.
// Group 10 holds the claim rules that read table rows and scoreboards
// (whole lines of labels, leaders and columns of figures): in the main set
// their states multiplied with the prose rules', which took that set's DFA
// to ~11.8 MB on the 100 MB corpus; apart, the two sets take ~4.5 MB and
// under 2 MB, for no measurable CPU (one more set scan, each DFA smaller).
// Groups 4 to 7 split the two largest claim sets, which had grown with the
// rules to ~19.5 MB (main) and ~12.5 MB (group 3) of DFA on the 100 MB
// corpus: the main set's pair, list and name rules in three sets of their
// own, group 3's verb and "of them" rules in a fourth; four more scans of
// the sentences with a number, each over a smaller DFA (fewer states made).
// A rule not named here (or renamed) just goes in its main set: grouping
// changes memory and speed, never which rules match.
int SetGroup(const std::string& id) {
  static const std::map<std::string, int> kGroups = {
      {"num_metric", 1},  {"num_adj_metric", 1}, {"num_list_metric", 1},  // claim
      {"elliptical", 2},  {"list_label", 2},                              // claim
      {"party_row", 10},  {"label_row", 10},     {"table_second_column", 10},  // claim
      {"table_paren_figure", 10}, {"table_third_column", 10}, {"table_fourth_column", 10},
      {"pipe_second_column", 10}, {"pipe_third_column", 10}, {"labor_label_row", 10},
      {"figure_first_item", 10},  {"leader_row", 10},         {"scoreboard", 10},
      {"label_margin", 10},       {"label_paren_figure", 10}, {"row_pair", 10},
      {"row_pair_second", 10},    {"state_item_first", 2},   {"state_paren_item", 2},    {"num_one", 1},
      {"worldwide", 1},   {"rate", 1},           {"score", 1},
      {"allowance", 1},  // reject
      {"num_of_them", 7}, {"metric_verb_num", 7}, {"range", 3}, {"daily_average", 3},
      {"verb_num", 7},    {"num_in_state", 3},    {"from_earlier", 3},  // claim
      {"age", 3},         {"score_line", 3},      {"threshold", 3},     // reject
      {"name_at", 4},     {"name_list", 4},       {"num_compound_metric", 4},  // claim
      {"num_died", 4},    {"num_for_name", 4},    {"out_of_cast", 4},
      {"pair_first", 5},  {"pair_second", 5},     {"place_at", 5},
      {"respectively_list", 5}, {"state_item", 5}, {"state_item_margin", 5},
      {"appositive_total", 6}, {"bare_list", 6},  {"coord_num", 6},   {"first_column_row", 6},
  };
  auto it = kGroups.find(id);
  return it == kGroups.end() ? 0 : it->second;
}

std::string Escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (std::strchr("\\^$.|?*+()[]{}", c) != nullptr) out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// "\bform\b" for a literal form; the trailing \b only when it ends in a word
// character, the leading one only when it starts with one.
std::string WordLiteral(const std::string& form) {
  std::string out;
  if (!form.empty() && IsWordChar(form.front())) out += "\\b";
  out += Escape(form);
  if (!form.empty() && IsWordChar(form.back())) out += "\\b";
  return out;
}

// Alternation of literal forms where a form comes before every form that is
// a prefix of it (so "New York City" wins over "New York" where both match;
// forms that are no prefix of one another never match at the same place, so
// their order changes nothing). Sorted in reverse (ASCII-lower-cased) order,
// forms that share a prefix are neighbours, which RE2 factors into a trie:
// the program and its DFA states get smaller (measured: 0.8 MB less after
// loading, ~5% less CPU on the 10 MB corpus). A form with a byte >= 0x80,
// whose (?i) case folding ASCII lower-casing does not model, makes it fall
// back to longest first.
std::string Alternation(std::vector<std::string> forms, bool word_bounds = true) {
  // No forms: a pattern that matches nothing ("(?:)" would match the empty
  // string everywhere, and the resolver's scans would not advance).
  if (forms.empty()) return "(?:[^\\x00-\\x{10FFFF}])";
  const bool ascii = std::all_of(forms.begin(), forms.end(), [](const std::string& f) {
    return std::all_of(f.begin(), f.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  });
  if (ascii) {
    std::sort(forms.begin(), forms.end(), [](const std::string& a, const std::string& b) {
      const std::string la = Lower(a), lb = Lower(b);
      return la != lb ? la > lb : a < b;
    });
  } else {
    std::sort(forms.begin(), forms.end(), [](const std::string& a, const std::string& b) {
      return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
  }
  forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
  std::string out = "(?:";
  for (std::size_t i = 0; i < forms.size(); ++i) {
    if (i) out += "|";
    out += word_bounds ? WordLiteral(forms[i]) : Escape(forms[i]);
  }
  return out + ")";
}

struct Line {
  int number;
  std::vector<std::string> cols;
};

// Reads a TSV lexicon: skips blank and '#' lines; checks column counts.
Status ReadTsv(const std::map<std::string, std::string>& files, const std::string& origin,
               const std::string& name, std::size_t min_cols, std::size_t max_cols,
               std::vector<Line>* out) {
  auto it = files.find(name);
  if (it == files.end()) return Status(Status::kNotFound, origin + "/" + name + ": missing");
  std::istringstream in(it->second);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (Trim(line).empty() || Trim(line)[0] == '#') continue;
    std::vector<std::string> cols = Split(line, '\t');
    while (cols.size() > min_cols && Trim(cols.back()).empty()) cols.pop_back();
    for (auto& c : cols) c = Trim(c);
    if (cols.size() < min_cols || cols.size() > max_cols || cols[0].empty()) {
      std::ostringstream msg;
      msg << origin << "/" << name << ":" << n << ": expected " << min_cols;
      if (max_cols != min_cols) msg << " to " << max_cols;
      msg << " tab-separated columns, got " << cols.size();
      return Status(Status::kParse, msg.str());
    }
    out->push_back(Line{n, cols});
  }
  return Status::Ok();
}

// Longest pattern after {FRAGMENT} expansion: nested fragments grow
// exponentially, and the built-in rules stay under 5 KiB.
constexpr std::size_t kMaxExpanded = 256 * 1024;

// RE2's budget for a rule's own regex (its program and DFAs; MatchRules
// runs it only where a rule set or atom filter says it may match). With the
// default 64 MiB, the rules' DFAs grew to ~16 MB on the 100 MB corpus, and
// on with more text. 8 MiB each: at 4 MiB the forward DFAs of the rules
// with the largest states (verb_num, elliptical, num_of_them, threshold,
// list_label) kept filling up and starting over (verb_num's searches took
// 14x as long), which cost ~10% of the whole run's CPU on the 100 MB corpus
// for ~3.5 MB less peak RSS; 2 MiB thrashes worse.
constexpr std::int64_t kRuleMaxMem = std::int64_t{8} << 20;

Status LineError(const std::string& where, int line, const std::string& what) {
  return Status(Status::kParse, where + ":" + std::to_string(line) + ": " + what);
}

std::unique_ptr<Regex> MustCompile(const std::string& what, const std::string& pattern,
                                   Status* st) {
  std::string err;
  auto re = Regex::Compile(pattern, &err);
  if (!re && st->ok()) *st = Status(Status::kInternal, "internal matcher '" + what + "': " + err);
  return re;
}

}  // namespace

const StateInfo* PatternSet::Impl::StateByForm(const std::string& form) const {
  auto it = state_by_form.find(form);
  return it == state_by_form.end() ? nullptr : &states[static_cast<std::size_t>(it->second)];
}

bool PatternSet::Impl::SourceStartsWith(const std::string& prefix) const {
  auto it = std::lower_bound(source_keys.begin(), source_keys.end(), prefix);
  return it != source_keys.end() && it->compare(0, prefix.size(), prefix) == 0;
}

bool PatternSet::Impl::HasNumber(std::string_view text) const {
  for (char c : text)
    if (c >= '0' && c <= '9') return true;  // number_any is "[0-9]|{NUMWORD}"
  return number_any->Matches(text);
}

Status BuildPatternSet(const std::map<std::string, std::string>& files, const std::string& origin,
                       PatternSet::Impl* P) {
  P->origin = origin;
  std::map<std::string, std::string> frag;  // lexicon and rule fragments

  // ---- states
  std::vector<Line> lines;
  Status st = ReadTsv(files, origin, "lexicon/states.tsv", 2, 3, &lines);
  if (!st.ok()) return st;
  std::vector<std::string> prose_forms, all_forms, codes;
  for (const Line& l : lines) {
    const std::string& code = l.cols[0];
    if (code.size() != 2 || !std::isupper(static_cast<unsigned char>(code[0])) ||
        !std::isupper(static_cast<unsigned char>(code[1])))
      return LineError(origin + "/lexicon/states.tsv", l.number, "'" + code + "' is not a USPS code");
    if (P->state_by_code.count(code))
      return LineError(origin + "/lexicon/states.tsv", l.number, "duplicate code " + code);
    const int idx = static_cast<int>(P->states.size());
    P->states.push_back(StateInfo{code, l.cols[1]});
    P->state_by_code[code] = idx;
    codes.push_back(code);
    std::vector<std::string> forms{l.cols[1]};
    if (l.cols.size() > 2 && !l.cols[2].empty())
      for (const std::string& f : Split(l.cols[2], '|')) forms.push_back(Trim(f));
    for (std::string f : forms) {
      bool ambiguous = !f.empty() && f.back() == '*';
      if (ambiguous) f.pop_back();
      if (f.empty()) continue;
      if (P->state_by_form.count(f))
        return LineError(origin + "/lexicon/states.tsv", l.number, "form '" + f + "' listed twice");
      P->state_by_form[f] = idx;
      all_forms.push_back(f);
      if (!ambiguous) prose_forms.push_back(f);
    }
  }
  frag["STATE"] = "(?-i:" + Alternation(prose_forms) + ")";
  frag["STATE_ALL"] = "(?-i:" + Alternation(all_forms) + ")";
  frag["STATE_CODE"] = "(?-i:" + Alternation(codes) + ")";

  // ---- qualifiers
  lines.clear();
  st = ReadTsv(files, origin, "lexicon/qualifiers.tsv", 3, 3, &lines);
  if (!st.ok()) return st;
  std::vector<std::string> pre, post, verb_quals;
  for (const Line& l : lines) {
    const std::string& b = l.cols[1];
    if (b != "upper" && b != "lower" && b != "approx" && b != "exact")
      return LineError(origin + "/lexicon/qualifiers.tsv", l.number,
                       "bound must be upper, lower, approx or exact, not '" + b + "'");
    if (l.cols[2] != "pre" && l.cols[2] != "post" && l.cols[2] != "verb")
      return LineError(origin + "/lexicon/qualifiers.tsv", l.number,
                       "position must be pre, post or verb, not '" + l.cols[2] + "'");
    Qualifier q{Lower(l.cols[0]), b, l.cols[2] == "post"};
    P->qualifier_by_phrase[q.phrase] = static_cast<int>(P->qualifiers.size());
    P->qualifiers.push_back(q);
    (q.post ? post : l.cols[2] == "verb" ? verb_quals : pre).push_back(q.phrase);
  }
  frag["QUAL"] = "(?i:" + Alternation(pre) + ")";
  // A verb that bounds the figure right after it ("cases top 500") but is
  // no qualifier where a rule allows one ("the top 10 counties").
  pre.insert(pre.end(), verb_quals.begin(), verb_quals.end());

  // ---- number words
  lines.clear();
  st = ReadTsv(files, origin, "lexicon/numbers.tsv", 3, 3, &lines);
  if (!st.ok()) return st;
  std::vector<std::string> atoms;
  for (const Line& l : lines) {
    const std::string& k = l.cols[2];
    if (k != "unit" && k != "ten" && k != "hundred" && k != "scale")
      return LineError(origin + "/lexicon/numbers.tsv", l.number, "kind must be unit, ten, hundred or scale");
    char* end = nullptr;
    long long v = std::strtoll(l.cols[1].c_str(), &end, 10);
    if (end == l.cols[1].c_str() || *end != '\0')
      return LineError(origin + "/lexicon/numbers.tsv", l.number, "'" + l.cols[1] + "' is not a number");
    P->number_words[Lower(l.cols[0])] = v;
    P->number_kind[Lower(l.cols[0])] = k;
    atoms.push_back(Lower(l.cols[0]));
  }
  const std::string atom = Alternation(atoms, false);
  const std::string join = "(?:\\s+and\\s+|\\s+|-)";
  frag["NUMWORD"] = "(?i:\\b(?:"
                    // "a quarter million", "half a million", "three-quarters of a million"
                    "(?:(?:a|one)[\\s-]+quarter|half\\s+a|(?:one|two|three)[\\s-]+(?:quarters?|halves|half)\\s+of\\s+a)"
                    "[\\s-]+(?:million|billion)|"
                    "(?:a|one)\\s+(?:dozen|hundred|thousand|million|billion)(?:" + join + atom + ")*|" + atom +
                    "(?:" + join + atom + ")*" +
                    // "three and a half million", "six point six million"
                    "(?:\\s+and\\s+a\\s+half\\s+(?:thousand|million|billion)|\\s+point\\s+" + atom + "(?:\\s+" + atom +
                    ")?\\s+(?:thousand|million|billion))?)\\b)";

  // ---- metrics
  lines.clear();
  st = ReadTsv(files, origin, "lexicon/metrics.tsv", 2, 2, &lines);
  if (!st.ok()) return st;
  std::vector<std::string> heads, mods;
  for (const Line& l : lines) {
    if (l.cols[1] == "head") {
      heads.push_back(l.cols[0]);
      P->metric_heads.insert(Lower(l.cols[0]));
    } else if (l.cols[1] == "modifier") {
      mods.push_back(l.cols[0]);
      P->metric_modifiers.insert(Lower(l.cols[0]));
    } else {
      return LineError(origin + "/lexicon/metrics.tsv", l.number, "kind must be head or modifier");
    }
  }
  frag["METRIC"] = "(?i:(?:" + Alternation(mods) + "(?:\\s+and\\s+|[\\s-]+)){0,2}" + Alternation(heads) + ")";

  frag["MONTH"] =
      "(?-i:\\b(?:January|February|March|April|May|June|July|August|September|October|November|"
      "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b)";
  frag["WEEKDAY"] = "(?-i:\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)";

  // ---- sources, roles, nicknames, cues, scope
  lines.clear();
  st = ReadTsv(files, origin, "lexicon/sources.tsv", 2, 3, &lines);
  if (!st.ok()) return st;
  for (const Line& l : lines) {
    SourceInfo s{l.cols[1], l.cols.size() > 2 && l.cols[2] == "wire"};
    if (l.cols.size() > 2 && !l.cols[2].empty() && l.cols[2] != "wire")
      return LineError(origin + "/lexicon/sources.tsv", l.number, "unknown flag '" + l.cols[2] + "'");
    P->sources[Lower(l.cols[0])] = s;
    P->sources[Lower(l.cols[1])] = s;
  }
  lines.clear();
  st = ReadTsv(files, origin, "lexicon/roles.tsv", 1, 1, &lines);
  if (!st.ok()) return st;
  std::vector<std::string> roles;
  for (const Line& l : lines) {
    P->roles.insert(Lower(l.cols[0]));
    roles.push_back(l.cols[0]);
  }
  lines.clear();
  st = ReadTsv(files, origin, "lexicon/nicknames.tsv", 2, 2, &lines);
  if (!st.ok()) return st;
  for (const Line& l : lines) P->nicknames[l.cols[0]] = l.cols[1];
  lines.clear();
  st = ReadTsv(files, origin, "lexicon/cues.tsv", 2, 2, &lines);
  if (!st.ok()) return st;
  std::vector<std::string> lead, verb, poss;
  for (const Line& l : lines) {
    const std::string& k = l.cols[1];
    const std::string p = Lower(l.cols[0]);
    if (k == "lead") lead.push_back(p);
    else if (k == "verb" || k == "org_verb" || k == "named_verb") verb.push_back(p);
    else if (k == "possessive") poss.push_back(p);
    else if (k == "generic") P->generic_sources.insert(p);
    else if (k != "lead_in")
      return LineError(origin + "/lexicon/cues.tsv", l.number,
                       "kind must be lead, verb, org_verb, named_verb, possessive, lead_in or generic");
    if (k != "generic") P->cues[p] = k;
  }
  lines.clear();
  st = ReadTsv(files, origin, "lexicon/scope.tsv", 1, 1, &lines);
  if (!st.ok()) return st;
  std::vector<std::string> scope_ci, scope_cs;
  for (const Line& l : lines) {
    P->scope_phrases.push_back(l.cols[0]);
    (Lower(l.cols[0]) == l.cols[0] ? scope_ci : scope_cs).push_back(l.cols[0]);
  }

  // ---- rules.txt
  auto rit = files.find("rules.txt");
  if (rit == files.end()) return Status(Status::kNotFound, origin + "/rules.txt: missing");
  const std::string rules_file = origin + "/rules.txt";
  std::map<std::string, int> fragment_line;
  std::set<std::string> ids;
  {
    std::istringstream in(rit->second);
    std::string raw;
    int n = 0;
    Rule* cur = nullptr;
    while (std::getline(in, raw)) {
      ++n;
      if (!raw.empty() && raw.back() == '\r') raw.pop_back();
      std::string line = Trim(raw);
      if (line.empty() || line[0] == '#') continue;
      if (line.rfind("fragment ", 0) == 0) {
        std::size_t eq = line.find(" = ");
        if (eq == std::string::npos) return LineError(rules_file, n, "fragment needs 'NAME = REGEX'");
        std::string name = Trim(line.substr(9, eq - 9));
        if (name.empty() || !std::all_of(name.begin(), name.end(), [](char c) {
              return std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '_';
            }))
          return LineError(rules_file, n, "fragment name '" + name + "' must be [A-Z0-9_]+");
        if (frag.count(name)) return LineError(rules_file, n, "fragment " + name + " defined twice");
        frag[name] = Trim(line.substr(eq + 3));
        fragment_line[name] = n;
        cur = nullptr;
        continue;
      }
      if (line.rfind("rule ", 0) == 0) {
        std::string id = Trim(line.substr(5));
        if (id.empty() || !std::all_of(id.begin(), id.end(), [](char c) {
              return std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '_';
            }))
          return LineError(rules_file, n, "rule id '" + id + "' must be [a-z0-9_]+");
        if (!ids.insert(id).second) return LineError(rules_file, n, "duplicate rule id '" + id + "'");
        P->rules.emplace_back();
        cur = &P->rules.back();
        cur->id = id;
        cur->file = rules_file;
        cur->line = n;
        continue;
      }
      std::size_t colon = line.find(':');
      if (colon == std::string::npos) return LineError(rules_file, n, "expected 'key: value', 'rule ID' or 'fragment NAME = REGEX'");
      if (cur == nullptr) return LineError(rules_file, n, "'" + line.substr(0, colon) + ":' outside a rule");
      std::string key = line.substr(0, colon);
      std::string val = Trim(line.substr(colon + 1));
      if (key == "action") {
        if (val == "claim") cur->action = Rule::Action::kClaim;
        else if (val == "reject") cur->action = Rule::Action::kReject;
        else return LineError(rules_file, n, "action must be claim or reject, not '" + val + "'");
      } else if (key == "pattern") {
        if (!cur->pattern.empty()) return LineError(rules_file, n, "rule '" + cur->id + "' has two patterns");
        cur->pattern = val;
        cur->line = n;
      } else if (key == "metric") {
        cur->fixed_metric = val;
      } else if (key == "example") {
        cur->examples.push_back({n, val});
      } else if (key == "negative") {
        cur->negatives.push_back({n, val});
      } else {
        return LineError(rules_file, n, "unknown key '" + key + "'");
      }
    }
  }
  if (P->rules.empty()) return Status(Status::kParse, rules_file + ": no rules");

  // Expands {NAME} references (recursively); `line` is for messages.
  std::function<Status(const std::string&, int, int, std::string*)> expand =
      [&](const std::string& in, int line, int depth, std::string* out) -> Status {
    if (depth > 20) return LineError(rules_file, line, "fragments nest too deep (a cycle?)");
    out->clear();
    for (std::size_t i = 0; i < in.size(); ++i) {
      if (in[i] == '\\' && i + 1 < in.size()) {
        out->push_back(in[i]);
        out->push_back(in[++i]);
        continue;
      }
      if (in[i] == '{' && i + 1 < in.size() && (std::isupper(static_cast<unsigned char>(in[i + 1])) || in[i + 1] == '_')) {
        std::size_t close = in.find('}', i);
        std::string name = close == std::string::npos ? "" : in.substr(i + 1, close - i - 1);
        auto f = frag.find(name);
        if (f == frag.end()) return LineError(rules_file, line, "unknown fragment {" + name + "}");
        std::string sub;
        Status s = expand(f->second, line, depth + 1, &sub);
        if (!s.ok()) return s;
        *out += "(?:" + sub + ")";
        if (out->size() > kMaxExpanded)
          return LineError(rules_file, line, "pattern expands to more than 256 KiB (fragments used too often?)");
        i = close;
        continue;
      }
      out->push_back(in[i]);
    }
    return Status::Ok();
  };
  for (const auto& [name, l] : fragment_line) {
    std::string sub;
    Status s = expand(frag[name], l, 0, &sub);
    if (!s.ok()) return s;
  }

  for (Rule& r : P->rules) {
    if (r.pattern.empty()) return LineError(rules_file, r.line, "rule '" + r.id + "' has no pattern");
    if (r.examples.empty()) return LineError(rules_file, r.line, "rule '" + r.id + "' has no example");
    if (r.negatives.empty()) return LineError(rules_file, r.line, "rule '" + r.id + "' has no negative");
    const std::string raw_pattern = r.pattern;
    std::string expanded;
    st = expand(r.pattern, r.line, 0, &expanded);
    if (!st.ok()) return st;
    // RE2 forbids repeated group names: number them, and remember each role.
    std::string renamed;
    std::map<std::string, int> seen;
    for (std::size_t i = 0; i < expanded.size(); ++i) {
      if (expanded.compare(i, 4, "(?P<") == 0) {
        std::size_t close = expanded.find('>', i);
        if (close == std::string::npos) break;
        std::string name = expanded.substr(i + 4, close - i - 4);
        if (name != "num" && name != "num2" && name != "state" && name != "metric")
          return LineError(rules_file, r.line, "unknown group name '" + name + "' (num, num2, state, metric)");
        renamed += "(?P<" + name + "__" + std::to_string(seen[name]++) + ">";
        i = close;
        continue;
      }
      renamed.push_back(expanded[i]);
    }
    if (!seen.count("num")) return LineError(rules_file, r.line, "rule '" + r.id + "' has no (?P<num>...) group");
    std::string err;
    r.re = Regex::Compile(renamed, &err, false, kRuleMaxMem);
    if (!r.re) r.re = Regex::Compile(renamed, &err);  // a program too large for that budget
    if (!r.re) return LineError(rules_file, r.line, "rule '" + r.id + "': " + err);
    r.pattern = renamed;
    for (const auto& [name, idx] : r.re->NamedGroups()) {
      std::string base = name.substr(0, name.find("__"));
      std::vector<int>* v = base == "num" ? &r.num : base == "num2" ? &r.num2 : base == "state" ? &r.state : &r.metric;
      v->push_back(idx);
    }
    for (auto* v : {&r.num, &r.num2, &r.state, &r.metric}) std::sort(v->begin(), v->end());
    const bool claim = r.action == Rule::Action::kClaim;
    const int index = static_cast<int>(&r - P->rules.data());
    if (WideGap(raw_pattern) && HasAtoms(renamed)) {
      AtomFilter& filter = claim ? P->claim_atoms : P->reject_atoms;
      if (filter.Add(renamed, &err) < 0) return LineError(rules_file, r.line, "rule '" + r.id + "': " + err);
      (claim ? P->claim_atom_rules : P->reject_atom_rules).push_back(index);
      continue;
    }
    std::vector<PatternSet::Impl::RuleSet>& sets = claim ? P->claim_sets : P->reject_sets;
    const std::size_t group = static_cast<std::size_t>(SetGroup(r.id));
    if (sets.size() <= group) sets.resize(group + 1);
    if (sets[group].set.Add(renamed, &err) < 0) return LineError(rules_file, r.line, "rule '" + r.id + "': " + err);
    sets[group].rules.push_back(index);
  }
  for (auto* sets : {&P->claim_sets, &P->reject_sets}) {
    sets->erase(std::remove_if(sets->begin(), sets->end(), [](const auto& s) { return s.rules.empty(); }), sets->end());
    for (auto& s : *sets)
      if (!s.set.Compile())
        return Status(Status::kInternal, rules_file + ": the rule set does not compile as a whole (too large?)");
  }
  P->claim_atoms.Compile();
  P->reject_atoms.Compile();

  // ---- matchers for the resolver
  std::string num;
  st = expand("{NUM}", 0, 0, &num);
  if (!st.ok()) return Status(Status::kParse, rules_file + ": the NUM fragment must be defined");
  std::string qualp;
  Status ok;
  P->state_mention = MustCompile("state", "(?P<s>" + frag["STATE"] + ")", &ok);
  // A plain alternation of literals, searched over every sentence with a
  // claim (and some before it): an Aho-Corasick scan finds the same spans.
  if (P->state_mention) P->state_mention->SetLiteralAlternation(prose_forms, false, true);
  P->state_any = MustCompile("state_any", "(?P<s>" + frag["STATE_ALL"] + "|" + frag["STATE_CODE"] + ")", &ok);
  P->substate = MustCompile(
      "substate",
      "(?P<city>\\b[A-Z][a-z]+(?:\\s+[A-Z][a-z]+){0,2}),\\s+(?:" + frag["STATE_ALL"] + "|" + frag["STATE_CODE"] + ")|"
      "\\b(?:[A-Z][a-z]+\\s+){1,3}(?:County|Parish|City|Borough|Township|Island)\\b|"
      "\\b(?:[A-Z][A-Za-z]+,\\s+)*[A-Z][A-Za-z]+,?\\s+and\\s+[A-Z][A-Za-z]+\\s+(?:[Cc]ounties|[Pp]arishes)\\b|"
      "\\b(?:\\d+(?:st|nd|rd|th)|[A-Z][a-z]+)\\s+(?:Congressional\\s+)?District\\b|\\b(?:[Cc]ity|[Cc]ounty|[Tt]own|[Bb]orough)\\s+of\\s+[A-Z][a-z]+",
      &ok);
  {
    std::string scope = "(?:";
    if (!scope_ci.empty()) scope += "(?i:" + Alternation(scope_ci) + ")";
    if (!scope_cs.empty()) scope += std::string(scope_ci.empty() ? "" : "|") + "(?-i:" + Alternation(scope_cs) + ")";
    scope += std::string(scope_ci.empty() && scope_cs.empty() ? "" : "|") + "\\b(?i:from|across|in)\\s+(?:the\\s+|all\\s+)?(?:\\d+|" + frag["NUMWORD"] +
             ")\\s+(?:[A-Za-z-]+\\s+)?states\\b)";
    P->national = MustCompile("national", scope, &ok);
  }
  P->qual_before = MustCompile("qual_before", "(?i)\\b(?P<q>" + Alternation(pre) + ")\\s*$", &ok);
  P->qual_after = MustCompile(
      "qual_after", "(?i)^(?:\\s?-\\s?|\\s)?(?P<q>" + Alternation(post) + ")", &ok);
  P->metric_phrase = MustCompile("metric", "(?P<m>" + frag["METRIC"] + ")", &ok);
  P->date_expr = MustCompile(
      "date",
      "(?P<md>(?P<mon>" + frag["MONTH"] + ")\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?P<year>\\d{4})\\b)?)"
      "|(?P<dm>\\b(?P<day2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?P<mon2>" + frag["MONTH"] + ")\\.?(?:,?\\s+(?P<year2>\\d{4})\\b)?)"
      "|(?P<iso>\\b(?P<iy>\\d{4})-(?P<im>\\d{2})-(?P<id>\\d{2})\\b)"
      "|(?P<us>\\b(?P<um>\\d{1,2})/(?P<ud>\\d{1,2})/(?P<uy>\\d{4}|\\d{2})\\b)"
      "|(?P<wd>" + frag["WEEKDAY"] + ")"
      "|(?P<rel>(?i:\\b(?:yesterday|today|tonight|this morning|this afternoon|this evening|last night|"
      "(?:a|one) day (?:earlier|before|prior)|the day before|the previous day|the prior day|"
      "(?:two|three|four|five|six|[2-6]) days (?:earlier|before|ago|prior)|"
      "(?:a|one) week (?:earlier|ago|before|prior)|last week|the week before|the (?:previous|prior) week|"
      "the (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) before)\\b))",
      &ok);
  P->cue_lead = MustCompile("cue_lead", "(?i)\\b(?P<c>" + Alternation(lead) + ")\\s+", &ok);
  P->cue_verb = MustCompile("cue_verb", "(?i)\\b(?P<c>" + Alternation(verb) + ")\\b", &ok);
  {
    // The same spans from an Aho-Corasick scan, when every phrase starts and
    // ends with a word character (the outer \b adds nothing then).
    const auto word_ends = [](const std::vector<std::string>& v) {
      return std::all_of(v.begin(), v.end(),
                         [](const std::string& w) { return !w.empty() && IsWordChar(w.front()) && IsWordChar(w.back()); });
    };
    if (P->cue_lead && word_ends(lead)) P->cue_lead->SetLiteralAlternation(lead, true, true, true);
    if (P->cue_verb && word_ends(verb)) P->cue_verb->SetLiteralAlternation(verb, true, true);
  }
  P->cue_possessive = MustCompile("cue_possessive", "(?i)(?:'s|s')\\s+(?:[a-z][a-z.-]*\\s+){0,3}(?P<c>" + Alternation(poss) + ")\\b", &ok);
  // "By the Associated Press count", "the AP tally": a head noun right
  // after a capitalised word (the resolver keeps known sources and
  // initials only).
  P->cue_attributive = MustCompile("cue_attributive", "[A-Za-z.] (?P<c>" + Alternation(poss) + ")\\b", &ok);
  {
    // Any source of the lexicon, anywhere: only text with one can name a
    // source that later text refers back to ("the Times").
    std::vector<std::string> keys;
    for (const auto& [k, info] : P->sources) keys.push_back(k);
    P->source_keys = keys;
    std::sort(P->source_keys.begin(), P->source_keys.end());
    if (!keys.empty()) P->source_any = MustCompile("source_any", "(?i)" + Alternation(keys), &ok);
    // The same without word bounds: a text without any of them (case
    // aside) cannot hold a phrase that lower-cases to a source.
    if (!keys.empty()) P->source_text = MustCompile("source_text", "(?i)" + Alternation(keys, false), &ok);
    // Both run over much text (every paragraph, every sentence near a
    // source): answered by an Aho-Corasick scan where that is exact.
    if (P->source_any) P->source_any->SetLiteralAlternation(keys, true, true);
    if (P->source_text) P->source_text->SetLiteralAlternation(keys, true, false);
  }
  P->dateline = MustCompile(
      "dateline",
      "^\\s*(?P<city>[A-Z][A-Z.' ]*[A-Z.])(?:,\\s+(?P<st>" + frag["STATE_ALL"] + "|" + frag["STATE_CODE"] +
          "))?(?:,?\\s+(?:" + frag["MONTH"] + ")\\.?\\s+\\d{1,2})?\\s*(?:\\((?P<w>[A-Za-z. ]+)\\))?\\s*(?:-|•|:)\\s",
      &ok);
  P->person_ref = MustCompile(
      "person_ref",
      "(?P<pron>\\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\\b)|(?P<role>\\b[Tt]he\\s+(?:[A-Za-z-]+\\s+){0,3}?(?i:" +
          Alternation(roles) + ")|\\b[Tt]he\\s+\\d{2,3}-year-old\\b)|(?P<name>(?:'|\\b)(?:[A-Z]')?[A-Z]\\p{Ll}+(?:[A-Z]\\p{Ll}+)?(?:[-'][A-Z]?\\p{Ll}+)*)",
      &ok);
  P->number_any = MustCompile("number_any", "[0-9]|" + frag["NUMWORD"], &ok);
  P->year_any = MustCompile("year", "\\b(?:19[0-9]{2}|20[0-9]{2})\\b", &ok);
  {
    std::string qual = "(?:" + frag["QUAL"] + "\\s+)?";
    // A party tag after a name in a results row: "Jon Tester (D) 253,876".
    const std::string tag = "(?:\\((?:R|D|I|L|G|Ind\\.?|Lib\\.?|Rep\\.?|Dem\\.?)\\)\\s+)?";
    const std::string req_tag = "\\((?:R|D|I|L|G|Ind\\.?|Lib\\.?|Rep\\.?|Dem\\.?)\\)\\s+";
    std::string row;  // a table row: "Donald Trump (R) ....... 2,279,543 (47.5%)", "CA    878,727    186,809"
    std::string leader;
    st = expand("{LEADER}", 0, 0, &leader);
    if (!st.ok()) return Status(Status::kParse, rules_file + ": the LEADER fragment must be defined");
    std::string label_tail;  // ", senate race" in "TOTAL BALLOTS, SENATE RACE: 586 034"
    st = expand("{LABEL_TAIL}", 0, 0, &label_tail);
    if (!st.ok()) return Status(Status::kParse, rules_file + ": the LABEL_TAIL fragment must be defined");
    st = expand("^\\s*{ROW_LABEL}(?:{LEADER}|\\s+-{1,2}\\s+){DNUM}(?:{LEADER}{DNUM})?(?:\\s*\\([^()]{0,20}\\))?{ROW_DATE}?\\s*$", 0, 0, &row);
    if (!st.ok()) return Status(Status::kParse, rules_file + ": the ROW_LABEL, LEADER, ROW_DATE and DNUM fragments must be defined");
    P->list_item = MustCompile(
        "list_item",
        row + "|^\\s*(?:[-*•]\\s*)?(?:" + frag["STATE"] + "|" + frag["STATE_CODE"] + "|(?:" + frag["STATE_ALL"] + "):?)\\s*(?:(?:(?::|-|–|—)\\s*|\\s+)(?:[+-]\\s?)?" + qual + "(?:" +
            num + ")(?:\\s?-\\s?(?:" + num + "))?(?:\\s+(?:" + frag["METRIC"] + "|[a-z][a-z-]*))?" +
            // "Arizona — 14,566 cases and 704 deaths", "New Mexico — 6,317 cases; 283 deaths",
            // "Calif. — 668,408 cast; 491,765 counted".
            "(?:\\s*(?:[,;]|,?\\s+and)\\s+" + qual + "(?:" + num + ")\\s+(?:" + frag["METRIC"] + "|[a-z][a-z-]*)){0,2}|(?::|-|–|—)\\s*(?:(?:[A-Z][A-Za-z'-]+\\s+){1,2}" + tag + qual + "(?:" + num +
            ")\\s*[,;]\\s*)*(?:[A-Z][A-Za-z'-]+\\s+){1,2}" + tag + qual + "(?:" + num + "))(?:\\s*\\([^()]{0,40}\\))?\\s*[.;,]?\\s*$"
            // An office's results row: "U.S. Senate — Maggie Hassan (D) 301,442; Don Bolduc (R) 252,907".
            "|^\\s*(?:[-*•]\\s*)?[A-Z][A-Za-z.]*(?:,?\\s+[A-Za-z0-9.]+){0,4}\\s*(?::|\\s-{1,2})\\s*(?:(?:[A-Z][A-Za-z'.-]+\\s+){1,3}" +
            req_tag + qual + "(?:" + num + ")\\s*[,;]\\s*)*(?:[A-Z][A-Za-z'.-]+\\s+){1,3}" + req_tag + qual + "(?:" + num +
            ")\\s*[.;,]?\\s*$"
            // A labelled figure: "TOTAL BALLOTS, SENATE RACE: 586 034", "MARGIN OF VICTORY: 19,397"
            // (any two words before the noun: a list item only has to look like a row).
            "|^\\s*(?:[-*•]\\s*)?(?i:(?:[a-z'’-]+\\s+){0,2}(?:" + frag["METRIC"] +
            "|margin|lead|labor force|unemployed|employed)" + label_tail + ")\\s*:\\s*" + qual + "(?:" + num + ")(?:\\s*\\([^()]{0,80}\\))?\\s*$"
            // A table row of a state's columns: "KY      1,956       984          13".
            "|^\\s*(?:" + frag["STATE_ALL"] + "|" + frag["STATE_CODE"] + ")(?:" + leader + "(?:" + num + ")){2,6}\\s*$"
            // A pipe-table row: "Colorado | 2 011 | Nov. 18".
            "|^\\s*\\|?[^|\\n]+(?:\\|[^|\\n]+)+\\|?\\s*$",
        &ok);
  }
  return ok;
}

// ---- PatternSet

PatternSet::PatternSet() : impl_(std::make_unique<Impl>()) {}
PatternSet::~PatternSet() = default;
PatternSet::PatternSet(PatternSet&&) noexcept = default;
PatternSet& PatternSet::operator=(PatternSet&&) noexcept = default;

const std::string& PatternSet::origin() const { return impl_->origin; }
std::size_t PatternSet::rule_count() const { return impl_->rules.size(); }

Status PatternSet::LoadFiles(const std::map<std::string, std::string>& files, const std::string& origin,
                             PatternSet* out) {
  auto impl = std::make_unique<Impl>();
  Status st = BuildPatternSet(files, origin, impl.get());
  if (!st.ok()) return st;
  out->impl_ = std::move(impl);
  return Status::Ok();
}

Status PatternSet::LoadDir(const std::string& dir, PatternSet* out) {
  std::map<std::string, std::string> files;
  for (const auto& [name, unused] : EmbeddedPatternFiles()) {
    (void)unused;
    std::ifstream in(dir + "/" + name, std::ios::binary);
    if (!in) return Status(Status::kNotFound, dir + "/" + name + ": cannot read");
    std::ostringstream ss;
    ss << in.rdbuf();
    files[name] = ss.str();
  }
  return LoadFiles(files, dir, out);
}

Status PatternSet::LoadBuiltin(PatternSet* out) {
  return LoadFiles(EmbeddedPatternFiles(), "<built-in>", out);
}

std::vector<RuleTestFailure> PatternSet::SelfTest(std::size_t* checked) const {
  std::vector<RuleTestFailure> failures;
  std::size_t n = 0;
  // Rules see normalized text (dashes folded to '-', curly quotes to ASCII),
  // so their examples are checked the same way.
  for (const Rule& r : impl_->rules) {
    for (const auto& e : r.examples) {
      ++n;
      if (!r.re->Matches(Normalize(e.text).norm))
        failures.push_back({r.id, r.file + ":" + std::to_string(e.line), e.text, true});
    }
    for (const auto& e : r.negatives) {
      ++n;
      if (r.re->Matches(Normalize(e.text).norm))
        failures.push_back({r.id, r.file + ":" + std::to_string(e.line), e.text, false});
    }
  }
  if (checked) *checked = n;
  return failures;
}

}  // namespace claimx
