// Match and resolve: sentences -> rule matches -> claims.
#include <algorithm>
#include <cctype>
#include <cstring>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <tuple>
#include <unordered_set>
#include <vector>

#include "claimx/claimx.h"
#include "dates.h"
#include "names.h"
#include "numbers.h"
#include "patterns.h"
#include "regex.h"
#include "rule_match.h"
#include "segment.h"
#include "str_util.h"
#include "text.h"

namespace claimx {
namespace {

using Impl = PatternSet::Impl;

std::string StripThe(const std::string& s) {
  if (s.size() > 4 && (s.compare(0, 4, "the ") == 0 || s.compare(0, 4, "The ") == 0 || s.compare(0, 4, "THE ") == 0))
    return s.substr(4);
  return s;
}

bool IsUpper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }

Encoding DetectEncodingOf(const Document& d) { return d.detect_utf16 ? DetectEncoding(d.bytes) : Encoding::kUtf8; }

// Auxiliaries that make a would-be source phrase a clause.
constexpr const char* kClauseVerbs[] = {" were ", " was ", " is ", " are ", " had ", " has ", " have ", " will ", " would "};

// RE2's \s.
bool IsRe2Space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

// Words that start sentences or name no person (hashed: looked up per word).
const std::unordered_set<std::string>& NonNameWords() {
  static const std::unordered_set<std::string> k = {
      "The", "A", "An", "And", "But", "Or", "In", "On", "At", "By", "For", "From", "With", "Of", "To", "As",
      "According", "It", "Its", "He", "She", "His", "Her", "They", "Their", "We", "Our", "You", "Your", "I",
      "This", "That", "These", "Those", "If", "When", "While", "After", "Before", "Meanwhile", "However",
      "Because", "Although", "Though", "Unlike", "Since", "Once", "Until", "Unless", "Whereas", "Despite",
      // "Against Kleefisch, organizers filed ...": a preposition opening a sentence.
      "Against", "Among", "Across", "Behind", "Beyond", "Besides", "Between", "Including", "Without", "Within",
      "Toward", "Towards", "During", "Amid", "Around", "Through", "Excluding",
      // Sentence adverbs: "Elsewhere, Texas and Kentucky reported" (no city "Elsewhere, Texas").
      "Elsewhere", "Nationally", "Nationwide", "Overall", "Statewide", "Separately", "Similarly", "Likewise",
      "Instead", "Later", "Earlier", "Today", "Yesterday", "Altogether", "Combined", "Together", "Finally",
      "Nearby", "Locally", "Regionally",
      // A headline's question: "How Barack Obama won North Carolina".
      "How", "Why", "What", "Where", "Who", "Which", "Did", "Does", "Do", "Can", "Could", "Will", "Would", "Is",
      "Was", "Were", "Has", "Have", "Had",
      "Check", "Read", "See", "Download", "Share", "Click", "Vote", "More", "Also", "Then", "Now", "So",
      "Mr", "Mrs", "Ms", "Dr", "President", "Vice", "Senator", "Sen", "Governor", "Gov", "Rep", "Mayor",
      "Judge", "Former", "Secretary", "Comptroller", "Treasurer", "Auditor", "Democratic", "Republican", "Democrat", "Libertarian", "Independent",
      "Conservative", "Socialist", "Progressive",
      "Entertainer", "Rapper", "Candidate", "Incumbent", "Nominee", "Challenger", "Rep", "Congressman",
      "Congresswoman", "Speaker", "Leader", "Chief", "Officials", "Official", "Election", "Elections",
      "United", "States", "State", "America", "American", "US", "Party", "House", "White", "Senate",
      "Congress", "Court", "Supreme", "County", "City", "Department", "Office", "University", "Twitter",
      "Instagram", "Facebook", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December", "Prior", "Fans", "Fingers", "Reports", "Results", "Turnout", "Biden-Harris",
      "Times", "Post", "News", "Press", "Square", "Company", "Awards", "Festival", "Award", "Bureau", "Center",
      "Project", "Research", "Committee", "Commission", "Board", "Association", "Council", "Institute",
      "Foundation", "Agency", "Service", "Network", "Journal", "Tribune", "Herald", "Review", "Daily", "Star",
      "Music", "Video", "Innovation", "Fast", "Birthday", "Green", "Labor", "Health", "Public", "Count",
      "Control", "Services", "Prevention", "Church", "Freedom", "Desk", "Disease", "Human", "Campaign", "Trust",
      "Fund", "Group", "Coalition", "Alliance", "Union", "Institute", "Project", "Society", "Club", "Team",
      // Titles before a name: "Justice Daniel Kelly", "Attorney General Josh Shapiro".
      "Justice", "Attorney", "General", "Rev", "Sheriff", "Commissioner", "Chairman", "Chairwoman", "Lt",
      // Companies: "Perot Systems", "Tesla Motors".
      "Systems", "Inc", "Corp", "Corporation", "Holdings", "Industries", "Enterprises", "Technologies", "Partners",
      "Media", "Motors", "Airlines", "Bank", "Capital", "Energy", "Electric", "Communications", "Software",
      "Solutions", "Entertainment", "Studios", "Pictures", "Productions", "Atlas",
      // Institutions: "the Electoral College met", "the Legislature".
      "College", "Electoral", "Legislature", "Assembly", "Hospital", "School", "Schools", "Academy",
      // Sentence openers before a name: "Remember Brock Pierce?", "Meet ...".
      "Jr", "Sr", "Remember", "Meet", "Imagine", "Consider", "Thank", "Thanks", "Congratulations", "Watch", "Look", "Say",
      // Programmes, laws and shows: "Green New Deal", "Affordable Care Act", "Saturday Night Live".
      "New", "Act", "Care", "Amendment", "Proposition", "Initiative", "Night", "Live", "Show",
      // Parties' members are groups, no surname: "North Carolina Republicans".
      "Republicans", "Democrats", "Libertarians", "Independents", "Greens", "Socialists", "Conservatives"};
  return k;
}

// "NORTH CAROLINA" -> "North Carolina", "N.C." stays: a heading's words in
// capitals as a name is written.
std::string CapsToTitle(std::string_view caps) {
  std::string title(caps);
  for (std::size_t i = 1; i < title.size(); ++i)
    if (title[i - 1] != ' ' && title[i - 1] != '.') title[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(title[i])));
  return title;
}

// The state named by the first one to three words of a run of capitals
// ("LOUISIANA RUNOFF BY THE NUMBERS", "NEW YORK"), longest first; *len is
// the length of its name. Null when the run opens with no state.
const StateInfo* CapsState(const Impl& P, std::string_view t, std::size_t* len) {
  std::vector<std::size_t> ends;
  for (std::size_t k = 0; k <= t.size() && ends.size() < 3; ++k)
    if (k == t.size() || t[k] == ' ') {
      if (k > 0 && t[k - 1] != ' ') ends.push_back(k);
      if (k == t.size()) break;
    } else if (!(IsUpper(t[k]) || t[k] == '.')) {
      break;
    }
  for (auto e = ends.rbegin(); e != ends.rend(); ++e)
    if (const StateInfo* st = P.StateByForm(CapsToTitle(t.substr(0, *e)))) {
      *len = *e;
      return st;
    }
  return nullptr;
}

// A headline: one short line with no closing punctuation.
bool HeadlineLike(std::string_view t) {
  while (!t.empty() && IsRe2Space(t.back())) t.remove_suffix(1);
  return !t.empty() && t.size() < 200 && t.find('\n') == std::string_view::npos &&
         std::string_view(".!?:\"'").find(t.back()) == std::string_view::npos;
}

// The last word of an organisation's name ("the Tennessee Hospital
// Association"), for "the association said".
bool IsOrgHead(const std::string& word) {
  static const std::unordered_set<std::string> k = {"association", "department", "agency", "commission", "office",
                                                    "bureau", "board", "council", "institute", "center", "project",
                                                    "administration", "service", "committee", "authority", "division",
                                                    "university"};
  return k.count(word) > 0;
}

// A lower-case phrase that names an organisation by its last words ("state
// canvassing board", "the secretary of state").
bool OrgPhrase(const std::string& low) {
  for (const std::string_view sos : {"secretary of state", "secretary of the commonwealth"})
    if (low.size() >= sos.size() && low.compare(low.size() - sos.size(), sos.size(), sos) == 0) return true;
  const std::size_t sp = low.rfind(' ');
  return IsOrgHead(low.substr(sp == std::string::npos ? 0 : sp + 1));
}

// A noun that describes a person ("native", "lawyer", "congressman"): a place
// before it is the person's home, not the figure's place.
bool IsOccupation(const std::string& word) {
  static const std::set<std::string> k = {"native",   "resident",   "lawyer",       "attorney",     "activist",
                                          "author",   "developer",  "rancher",      "farmer",       "doctor",
                                          "physician", "teacher",   "entrepreneur", "executive",    "legislator",
                                          "investor", "philanthropist", "minister", "billionaire",  "millionaire",
                                          "mogul",    "businessman", "businesswoman", "congressman", "congresswoman",
                                          "lawmaker", "pastor",
                                          // "Lombardo, the Clark County sheriff, 87,761 votes ... across Nevada"
                                          "sheriff", "clerk", "commissioner", "prosecutor", "judge", "assessor",
                                          "auditor", "treasurer", "registrar", "recorder", "coroner", "supervisor",
                                          // "Huckabee, the former Arkansas governor, had 199,000-plus"
                                          "governor", "senator", "mayor"};
  return k.count(word) > 0;
}

// A lower-case word that can stand inside a counted noun ("nursing home
// resident deaths", "line workers"): no function word or verb ("1,200 were
// counted before deaths", "8.2 million Floridians cast ballots").
bool CompoundWord(const std::string& w) {
  static const std::set<std::string> k = {
      "a", "an", "the", "of", "and", "or", "in", "on", "at", "by", "for", "to", "from", "with", "as", "per", "were",
      "have", "that", "than", "into", "over", "each", "about", "among", "after", "before", "since", "during", "under",
      "until", "which", "their", "there", "where", "when", "then", "will", "would", "could", "should", "also", "only",
      "just", "still", "even", "been", "being", "while", "across", "because", "through", "within", "without", "those",
      "these", "them", "they", "what", "some", "like", "here", "alone", "including", "against", "toward", "towards",
      "upon", "onto", "whose", "whom", "this", "cast", "got", "get", "won", "win", "took", "take", "made", "make",
      "left", "lost", "lose", "hit", "set", "put", "gave", "give", "came", "come", "went", "saw", "see", "ran", "run",
      "paid", "pay", "sent", "send", "spent", "kept", "held", "hold", "drew", "draw", "bought", "brought", "told",
      "sold", "found", "met", "led", "fell", "rose", "grew", "cut", "let", "need", "want", "seek", "sought", "file",
      "vote", "remain", "stay", "return", "receive", "report", "show", "say", "said", "did", "does", "done", "had",
      "has", "having", "was", "are", "is", "be", "can", "may", "might", "must", "who", "not", "now", "all", "both"};
  if (k.count(w)) return false;
  return !(w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0);
}

// "six-term", "two-term": a count of terms in a title.
bool IsTermCount(const std::string& w) { return w.size() > 5 && w.compare(w.size() - 5, 5, "-term") == 0; }

// True when the name at `b` is the object of a lead ("led Gillum by",
// "defeated Republican Abe Hamadeh by"): a margin belongs to the agent.
bool IsObjectOfMargin(std::string_view s, std::size_t b) {
  static const std::set<std::string> kTitles = {"Republican", "Democrat", "Democratic", "Libertarian", "Green",
                                                "Independent", "Sen.", "Rep.", "Gov.", "President", "incumbent",
                                                "challenger", "GOP", "nominee", "candidate", "state", "Lt.", "Dr.",
                                                "Attorney", "General", "the", "Mayor", "U.S.", "Secretary", "former", "Justice", "Judge"};
  static const std::set<std::string> kVerbs = {"led", "leads", "leading", "beat", "beats", "beating", "defeated",
                                               "defeats", "defeating", "edged", "edges", "edging", "outpolled",
                                               "outpolling", "outvoted", "outvoting", "out-voted", "out-voting",
                                               "outnumber", "outnumbers", "outnumbered", "overtook", "outpaced",
                                               "over", "topped", "topping", "of", "against", "unseated", "unseats",
                                               "unseating", "ousted", "ousts", "toppled", "upset", "trounced", "routed",
                                               "bested", "crushed", "out"};  // "edging out"
  std::size_t i = b;
  for (int words = 0; words < 5; ++words) {
    while (i > 0 && IsRe2Space(s[i - 1])) --i;
    std::size_t e = i;
    while (i > 0 && !IsRe2Space(s[i - 1])) --i;
    if (e == i) return false;
    std::string w(s.substr(i, e - i));
    while (!w.empty() && w.back() == ',') w.pop_back();
    if (kVerbs.count(w) || w == "back") return true;  // "turned back"
    // "3.6 million votes to 2.2 million for Republican Marc Molinaro, a
    // margin of ...": the loser of a pair.
    if (w == "for" && i > 1) {
      std::size_t pb = i - 1;
      while (pb > 0 && !IsRe2Space(s[pb - 1])) --pb;
      const std::string_view prev = s.substr(pb, i - 1 - pb);
      if (prev == "votes" || prev == "million" || (!prev.empty() && std::isdigit(static_cast<unsigned char>(prev.back())))) return true;
    }
    // Titles and the rest of the name ("Andrew Gillum") stand between.
    // ("two-term Democratic Sen. Mark Pryor": a term count is a title too.)
    if (!kTitles.count(w) && !IsUpper(w[0]) && !IsTermCount(w)) return false;
  }
  return false;
}

// True when `s` is only white space and titles ("Sen. ", "Republican ").
bool IsTitleRun(std::string_view s, const Impl& P) {
  static const std::set<std::string> kTitles = {"Republican", "Democrat", "Democratic", "Libertarian", "Green",
                                                "Independent", "Sen.", "Rep.", "Gov.", "President", "Mayor",
                                                "former", "Former", "Vice", "Senator", "Governor", "Justice", "Judge",
                                                "Attorney", "General", "Secretary", "Lt.", "Treasurer", "Auditor",
                                                "Commissioner", "state", "U.S.", "Mr.", "Mrs.", "Ms.", "Dr."};
  // "for Socialist Workers Party nominee Rachele Fruit": a party's name
  // (capitalised words up to "Party") and a role noun are title words too.
  const std::size_t party = s.find("Party ");
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsRe2Space(s[i])) ++i;
    std::size_t j = i;
    while (j < s.size() && !IsRe2Space(s[j])) ++j;
    const std::string w(s.substr(i, j - i));
    const bool party_word = party != std::string_view::npos && i <= party && IsUpper(w[0]);
    // "for Texas Rep. Ron Paul": a state before a title belongs to the title.
    // ("for six-term Sen. Thad Cochran": so does a term count.)
    if (j > i && !kTitles.count(w) && !P.StateByForm(w) && !party_word && !P.roles.count(w) && !IsTermCount(w))
      return false;
    i = j;
  }
  return true;
}

// True when the counted noun is one a person, party or company holds.
bool HolderMetric(const std::string& metric) {
  static const std::set<std::string> kHeads = {"votes",   "vote",    "margin",     "delegates",  "seats", "write-ins",
                                               "members", "signatures", "doses"};
  std::size_t sp = metric.rfind(' ');
  std::string head = sp == std::string::npos ? metric : metric.substr(sp + 1);
  return kHeads.count(head) > 0;
}

// The last ballot measure named in `head` ("State Question 788",
// "Proposition 4", "Constitutional Amendment A", "Initiative 436") and where
// its name ends.
std::optional<std::pair<std::string, std::size_t>> MeasureBefore(std::string_view head) {
  std::optional<std::pair<std::string, std::size_t>> best;
  std::size_t best_at = 0;
  for (const char* kw : {"Proposition ", "Prop. ", "Question ", "Initiative ", "Measure ", "Amendment ", "Issue ",
                         "Referendum "}) {
    for (std::size_t k = head.rfind(kw); k != std::string_view::npos; k = k ? head.rfind(kw, k - 1) : std::string_view::npos) {
      std::size_t e = k + std::strlen(kw);
      const std::size_t tb = e;
      while (e < head.size() && (std::isdigit(static_cast<unsigned char>(head[e])) || IsUpper(head[e]))) ++e;
      // ("Measure 110", "Amendment A"; not "Amendment Act" or "Issue 1's".)
      if (e == tb || e - tb > 4 || (e < head.size() && std::isalpha(static_cast<unsigned char>(head[e])))) continue;
      std::size_t b = k;
      for (const char* pre : {"State ", "Constitutional ", "Ballot ", "Initiated ", "Legislative ", "Legislatively Referred "})
        if (b >= std::strlen(pre) && head.substr(b - std::strlen(pre), std::strlen(pre)) == pre) b -= std::strlen(pre);
      if (!best || k > best_at) {
        best = std::make_pair(std::string(head.substr(b, e - b)), e);
        best_at = k;
      }
      break;
    }
  }
  return best;
}

// What an industry employs or adds ("jobs", "people", "workers").
bool IsJobsMetric(const std::string& metric) {
  static const std::set<std::string> k = {"jobs", "people", "workers", "employees", "positions", "payroll jobs",
                                          "nonfarm jobs"};
  return k.count(metric) > 0;
}

// The last industry named in `head`, in its own clause ("Manufacturing",
// "leisure and hospitality", "construction"), and where its name ends.
std::optional<std::pair<std::string, std::size_t>> SectorBefore(std::string_view head) {
  static const char* kSectors[] = {"leisure and hospitality", "professional and business services",
                                   "education and health services", "health care and social assistance",
                                   "trade, transportation and utilities", "transportation and warehousing",
                                   "financial activities", "mining and logging", "manufacturing", "manufacturers",
                                   "construction", "retail trade", "retailers", "retail", "government", "health care"};
  const std::string low = Lower(head);
  std::optional<std::pair<std::string, std::size_t>> best;
  std::size_t best_at = 0;
  for (const char* sec : kSectors) {
    const std::size_t n = std::strlen(sec);
    for (std::size_t k = low.rfind(sec); k != std::string::npos; k = k ? low.rfind(sec, k - 1) : std::string::npos) {
      const bool word_b = k == 0 || !std::isalpha(static_cast<unsigned char>(low[k - 1]));
      const bool word_e = k + n == low.size() || !std::isalpha(static_cast<unsigned char>(low[k + n]));
      if (!word_b || !word_e) continue;
      // ("state government", "the health care of", "construction of a
      // plant": a sector's name stands alone, as a clause's subject or after
      // "and", "by", "with".)
      if (k + n + 3 < low.size() && low.compare(k + n, 4, " of ") == 0) break;
      // ("the Oklahoma Health Care Authority": words of a name; a sentence's
      // first word may be capitalised.)
      const std::string_view as_written = head.substr(k, n);
      std::size_t prev = k;
      while (prev > 0 && head[prev - 1] == ' ') --prev;
      const bool opens = prev == 0 || !std::isalpha(static_cast<unsigned char>(head[prev - 1]));
      // ("the Puerto Rico government": a name's word before it.)
      std::size_t pw = prev;
      while (pw > 0 && std::isalpha(static_cast<unsigned char>(head[pw - 1]))) --pw;
      const bool name_before = !opens && pw < prev && IsUpper(head[pw]) && pw > 0;
      if (std::any_of(as_written.begin() + 1, as_written.end(), [](char ch) { return IsUpper(ch); }) ||
          (IsUpper(as_written[0]) && !opens) || (k + n + 1 < head.size() && IsUpper(head[k + n + 1])) || name_before)
        break;
      if (!best || k > best_at) {
        best = std::make_pair(std::string(head.substr(k, n)), k + n);
        best_at = k;
      }
      break;
    }
  }
  // Its own clause: nothing ends a clause between it and the figure.
  if (best && head.substr(best->second).find_first_of(";.:") != std::string_view::npos) return std::nullopt;
  return best;
}

// The last vaccine maker named in `head` ("Pfizer-BioNTech", "Moderna",
// "Johnson & Johnson") and where its name ends.
std::optional<std::pair<std::string, std::size_t>> MakerBefore(std::string_view head) {
  std::optional<std::pair<std::string, std::size_t>> best;
  std::size_t best_at = 0;
  for (const char* maker : {"Pfizer-BioNTech", "Pfizer", "Moderna", "Johnson & Johnson", "J&J", "Novavax", "AstraZeneca"}) {
    const std::size_t k = head.rfind(maker);
    if (k == std::string_view::npos) continue;
    const std::size_t e = k + std::strlen(maker);
    // ("the Pfizer and Moderna vaccines": no one maker's; "..., while 17
    // million doses": another clause.)
    if (head.substr(e, 5) == " and " || head.substr(e, 4) == " or " || (k >= 5 && head.substr(k - 5, 5) == " and ")) continue;
    const std::string_view rest = head.substr(e);
    if (rest.find(", while") != std::string_view::npos || rest.find(", but") != std::string_view::npos ||
        rest.find(';') != std::string_view::npos)
      continue;
    // ("Pfizer" inside "Pfizer-BioNTech": the longer name, tried first, wins.)
    if (!best || k > best_at) {
      best = std::make_pair(std::string(head.substr(k, e - k)), e);
      best_at = k;
    }
  }
  return best;
}

// Where a row's text starts, past its bullet ("- ", "* ", "\u2022 ") and spaces,
// at most at `limit`.
std::size_t RowTextStart(std::string_view s, std::size_t limit) {
  std::size_t b = 0;
  while (b < limit && (s[b] == '-' || s[b] == '*' || s[b] == ' ' || static_cast<unsigned char>(s[b]) >= 0x80)) ++b;
  return b;
}

// The first word of a row, lowercased ("Total", "Other states (17)").
std::string RowFirstWord(std::string_view s) {
  const std::size_t b = RowTextStart(s, s.size());
  std::size_t e = b;
  while (e < s.size() && std::isalpha(static_cast<unsigned char>(s[e]))) ++e;
  return Lower(s.substr(b, e - b));
}

// True when the counted noun is what a candidate receives ("votes",
// "write-in votes", "write-ins", "delegates").
bool CandidateMetric(const std::string& metric) {
  static const std::set<std::string> k = {"votes",      "write-in votes", "popular votes", "electoral votes",
                                          "delegates", "write-ins",      "write-in ballots"};
  return k.count(metric) > 0;
}

struct Place {
  std::size_t b, e;     // in sentence coordinates
  enum Kind { kState, kNational, kSubstate } kind;
  std::string code;
};

struct DateExpr {
  std::size_t b, e;
  std::optional<Date> date;
  bool relative = false;
};

struct Cue {
  std::size_t b, e;  // cue position
  std::size_t np_b, np_e;
  enum Kind { kLead, kVerb, kPossessive } kind;
  std::string np;
};

// How far back a role ("the Republican") or an organisation ("the
// division") is looked for: they are introduced near their use, and an
// unbounded look-back per claim would be quadratic on long texts.
constexpr std::size_t kLookBack = 64 * 1024;

// How many cleaned source phrases an Extractor keeps (well under 1 MB).
constexpr std::size_t kCleanCacheSize = 4096;

// A relative clause set off by commas: ", who endorsed Donald Trump,".
struct Aside {
  std::size_t b, e;  // the opening and the closing comma
  bool who_which;    // ", who" / ", which" (not ", where" / ", whose")
};

struct PersonRef {
  std::size_t b, e;
  enum Kind { kName, kPronoun, kRole } kind;
  std::string full;  // for names: the full name
};

// True when r stands in a cue's words (its source phrase) and so is a
// speaker, not a holder; with through_verb, also anywhere between a verb
// cue's subject and its verb ("X, run by professor Y, counted").
bool InCueWords(const std::vector<Cue>& cues, const PersonRef& r, bool through_verb) {
  for (const Cue& q : cues)
    if (q.np_b <= r.b && r.e <= (through_verb && q.kind == Cue::kVerb ? q.b : q.np_e)) return true;
  return false;
}

struct SentenceInfo {
  std::size_t b = 0, e = 0;  // normalized doc offsets
  int paragraph = 0;
};

}  // namespace

struct Extractor::State {
  Segmenter seg;
  std::vector<GroupSpan> g;
  // CleanPhrase's results, kept across documents: they depend on the phrase
  // and the patterns only, and source phrases recur from one article to
  // the next ("state health officials", "the Associated Press").
  std::unordered_map<std::string, std::string> clean_phrases;
};

Extractor::Extractor(const PatternSet& patterns) : patterns_(patterns), state_(std::make_unique<State>()) {}
Extractor::~Extractor() = default;

namespace {

// Everything the resolver knows about one document.
class DocResolver {
 public:
  DocResolver(const Impl& P, const Document& doc, NormText& t, std::vector<GroupSpan>* g,
              std::unordered_map<std::string, std::string>* clean_cache)
      : P_(P), doc_(doc), t_(t), g_(*g), clean_cache_(*clean_cache) {}

  // Reads the document up to rule matching: its paragraphs and the sentences
  // worth matching. Appends one text per sentence to `texts` (empty for a
  // sentence that needs no rule matching); Resolve gets their matches.
  void Prepare(Segmenter* seg, std::vector<std::string_view>* texts);
  // Hands every claim to `sink`, sentence by sentence, in document order.
  // `rm` has the rule matches of the texts Prepare gave, this document's
  // first at index `base`.
  void Resolve(RuleMatcher* rm, std::size_t base, const std::function<bool(Claim&&)>& sink);

 private:
  std::string_view Sent(std::size_t si) const {
    return std::string_view(t_.norm).substr(sents_[si].b, sents_[si].e - sents_[si].b);
  }
  void ReadHeader();
  void BuildEntities();
  void FindDateline();
  void FindLabels();
  std::vector<Place> Places(std::string_view s) const;
  std::optional<Place> ChoosePlace(const std::vector<Place>& places, const std::vector<Aside>& asides, std::string_view s,
                                   std::size_t nb,
                                   std::size_t ne) const;
  std::vector<DateExpr> Dates(std::string_view s) const;
  std::vector<Cue> Cues(std::string_view s) const;
  // The source a cue's phrase names. It depends on the phrase, the sentence
  // (cur_sent_b_), the sources seen and the names known, so a sentence's
  // cues, looked up once per claim, are worked out once (SourceOfPhrase).
  std::optional<std::string> CanonicalSource(const std::string& np);
  std::optional<std::string> SourceOfPhrase(const std::string& np);
  std::unordered_map<std::string, std::optional<std::string>> canon_memo_;
  std::size_t canon_memo_b_ = 0, canon_memo_aliases_ = 0;
  std::vector<std::string> canon_memo_seen_;
  // CleanPhrase, once per distinct phrase (it depends on the phrase and the
  // patterns only): the cache is the Extractor's, shared by its documents.
  const std::string& CleanSourcePhrase(const std::string& np) const;
  std::string CleanPhrase(std::string np) const;
  std::vector<PersonRef> Persons(std::string_view s) const;
  std::string ResolvePerson(const PersonRef& r) const;
  // "the Republican" -> the person last introduced as "Republican Donald Trump"
  // in the text before `before` (normalized offset), if any.
  std::optional<std::string> PersonByRole(std::string_view role, std::size_t before) const;
  // The next person of the section heading ("Herschel Walker and Mehmet Oz,
  // 2022") nearest before paragraph `para`, if it is newer than the last
  // subject; each call takes the heading's next name.
  std::optional<std::string> HeadingPerson(int para);
  // The person named right after the last `word` ("Republican", "Gov.") in window.
  std::optional<std::string> PersonAfterWord(const std::string& word, std::string_view text, std::string_view window,
                                             std::size_t lo) const;
  std::optional<std::string> MetricIn(std::string_view s, std::size_t from, std::size_t to, bool last) const;
  // "Kasich ........... 143" under a delegate or vote count: the row's
  // label, a surname or a name, is the person it counts for.
  std::optional<std::string> RowNameLabel(std::string_view s, std::size_t nb, const std::string& rule,
                                          const std::optional<std::string>& metric) const;
  // Where a metric ending at `end` ends when "and <metric>" follows it.
  std::size_t JoinedMetricEnd(std::string_view s, std::size_t end, std::size_t to) const;
  // "the department said" -> the organisation last named with that head word
  // ("the Virginia Department of Elections") before normalized offset `before`.
  std::optional<std::string> OrgByHead(const std::string& head, std::size_t before) const;
  void RememberSources(const std::vector<Cue>& cues);
  bool SplitsSpelledNumber(std::string_view s, std::size_t nb, std::size_t ne) const;
  // "KENTUCKY" over "U.S. Senate - Republican" over "* Rand Paul 206,812
  // (59%)": the state a results box's heading in capitals names, the lines
  // between unbroken by a blank line.
  std::optional<std::string> BoxHeadingState(int para) const {
    for (int q = para - 1; q >= 0 && para - q <= 16; --q) {
      const std::string_view gap = std::string_view(t_.norm).substr(paras_[static_cast<std::size_t>(q)].end,
                                                                    paras_[static_cast<std::size_t>(q) + 1].begin -
                                                                        paras_[static_cast<std::size_t>(q)].end);
      if (std::count(gap.begin(), gap.end(), '\n') > 1) return std::nullopt;
      std::string_view h = ParaText(static_cast<std::size_t>(q));
      while (!h.empty() && IsRe2Space(h.back())) h.remove_suffix(1);
      std::size_t n = 0;
      if (const StateInfo* st = CapsState(P_, h, &n); st && n == h.size()) return st->code;
    }
    return std::nullopt;
  }

  // The normalized text of paragraph p.
  std::string_view ParaText(std::size_t p) const {
    return std::string_view(t_.norm).substr(paras_[p].begin, paras_[p].end - paras_[p].begin);
  }
  void MatchSentence(std::size_t si, std::optional<std::vector<Cue>>* cues, std::vector<Claim>* out);
  // The cues of sentence si, computed once (needs the entities).
  const std::vector<Cue>& CuesOf(std::size_t si, std::optional<std::vector<Cue>>* cache);
  // Builds the document's people on first use: claim-free text never needs them.
  void EnsureEntities();
  // The evidence text of sentence si (EvidenceText), decoded once for all its
  // claims; sets *lossy when it is.
  const std::string& EvidenceOf(std::size_t si, bool* lossy);

  const Impl& P_;
  const Document& doc_;
  NormText& t_;  // a wrapped paragraph's line breaks become spaces in Prepare
  std::vector<GroupSpan>& g_;
  std::unordered_map<std::string, std::string>& clean_cache_;  // CleanSourcePhrase's, the Extractor's
  std::vector<char> has_num_, has_src_;  // per paragraph: a number, a lexicon source
  std::set<int> intros_;                 // list-intro paragraphs
  std::map<int, std::size_t> intro_header_;  // intro paragraph -> the column header under it
  std::size_t last_metric_si_ = SIZE_MAX;  // the last sentence that held claims
  std::optional<std::string> last_metric_;  // and its last claim's metric
  RuleMatcher* rule_matches_ = nullptr;  // per sentence, from rule_base_ on
  std::size_t rule_base_ = 0;

  std::optional<Date> doc_date_;
  std::size_t body_ = 0;  // normalized offset where the text starts (after the header)
  int context_year_ = 0;
  std::optional<std::string> dateline_state_;
  // The one state a headline near the top names ("Idaho RSV cases top 1,000
  // in a week as children's wards fill"), found on first need.
  std::optional<std::optional<std::string>> headline_state_;
  std::optional<std::string> HeadlineState();
  int dateline_para_ = 0;  // the paragraph the dateline opens
  std::map<int, std::string> label_state_;  // per paragraph: the state its all-caps label names
  std::vector<SentenceInfo> sents_;
  std::vector<Paragraph> paras_;
  std::vector<int> intro_;  // per paragraph: the list-intro paragraph, or -1
  std::map<int, bool> by_parts_intro_;  // intro paragraph -> "cases by county:" (its rows are places inside)
  bool ByPartsIntro(int intro);
  std::vector<std::pair<std::size_t, std::size_t>> para_sents_;  // per paragraph: its sentences [first, second)
  std::map<int, std::optional<Place>> intro_place_;            // per intro paragraph: its last place
  bool entities_built_ = false;
  std::size_t evidence_si_ = static_cast<std::size_t>(-1);  // EvidenceOf's sentence
  std::string evidence_;
  bool evidence_lossy_ = false;
  std::unordered_map<std::string, std::string> alias_;  // name -> full name
  std::string primary_;                                  // the most mentioned person
  std::unordered_map<std::string, int> mentions_;       // per full name: how often its surname occurs
  std::optional<std::string> last_subject_;
  std::size_t subject_si_ = 0;  // the sentence that set last_subject_
  std::map<std::size_t, std::size_t> heading_used_;  // heading paragraph -> names taken
  std::map<std::size_t, std::string> sent_code_;  // per sentence: the state of its last claim
  std::vector<std::string> seen_sources_;  // distinct, in order of latest mention
  std::size_t cur_sent_b_ = 0;             // normalized offset of the sentence being resolved
  std::size_t cur_sent_e_ = 0;             // and its end
  std::map<int, std::optional<std::string>> para_source_, para_metric_, para_subject_;
  std::map<int, std::optional<Date>> para_date_;
  std::map<int, bool> para_date_relative_;
};

void DocResolver::ReadHeader() {
  doc_date_ = doc_.date;
  const std::string& n = t_.norm;
  std::size_t i = 0;
  while (i < n.size() && (n[i] == ' ' || n[i] == '\t')) ++i;
  if (n.compare(i, 5, "date ") == 0) {
    std::size_t j = i + 5;
    while (j < n.size() && n[j] == ' ') ++j;
    if (j + 10 <= n.size()) {
      auto d = Date::Parse(std::string_view(n).substr(j, 10));
      if (d && (j + 10 == n.size() || std::isspace(static_cast<unsigned char>(n[j + 10])))) {
        doc_date_ = d;
        body_ = j + 10;
      }
    }
  }
}

// A long headline in title case ("Wisconsin Hunters Register 97K Deer as
// Season Opens"): the line holding `at` has seven words or more, no
// sentence end, and all but short function words capitalised.
bool TitleCaseLine(std::string_view text, std::size_t at) {
  // Only lines of 200 bytes or fewer count, so the search for the line's
  // ends looks no further (a 20 MB line costs no more than a short one).
  constexpr std::size_t kMaxLine = 200;
  const std::size_t lo = at > kMaxLine ? at - kMaxLine : 0;
  const std::size_t lb = text.substr(lo, at - lo).rfind('\n');
  if (lb == std::string_view::npos && lo > 0) return false;
  const std::size_t b = lb == std::string_view::npos ? 0 : lo + lb + 1;
  const std::size_t nl = text.substr(at, kMaxLine + 1).find('\n');
  const std::size_t e = nl == std::string_view::npos ? (at + kMaxLine + 1 >= text.size() ? text.size() : std::string_view::npos) : at + nl;
  if (e == std::string_view::npos || e - b > kMaxLine) return false;
  const std::string_view line = text.substr(b, e - b);
  static const std::set<std::string_view> kSmall = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to",
                                                    "as", "for", "by", "vs.", "with", "from"};
  std::size_t words = 0, lower = 0;
  for (std::size_t k = 0; k < line.size();) {
    while (k < line.size() && IsRe2Space(line[k])) ++k;
    const std::size_t w = k;
    while (k < line.size() && !IsRe2Space(line[k])) ++k;
    if (k == w) break;
    const std::string_view word = line.substr(w, k - w);
    ++words;
    if (std::islower(static_cast<unsigned char>(word[0])) && !kSmall.count(word)) ++lower;
  }
  const char last = line.empty() ? '.' : line.back();
  return words >= 7 && lower == 0 && last != '.' && last != '?' && last != '!' && last != ':';
}

void DocResolver::BuildEntities() {
  std::string_view text = std::string_view(t_.norm).substr(body_);
  std::set<std::string> known;
  std::vector<std::string> names;
  std::unordered_map<std::string, bool> organisation;  // joined name -> a lexicon source starts with it
  std::vector<std::size_t> party_at;  // where " Party" is in the text (found on first need)
  bool party_found = false;
  std::size_t pos = 0;
  const auto& stop = NonNameWords();
  std::vector<std::string> words;
  std::vector<std::size_t> starts;
  // A quoted nickname inside a name: 'Roque "Rocky" De La Fuente', 'James
  // "Bo" Gritz', 'Royce "Pit Stop" Gundersby'. The name without it is the
  // person; the nickname (and each of its words), the first and the last
  // name refer to it.
  for (std::size_t q = text.find('"'); q != std::string_view::npos; q = text.find('"', q + 1)) {
    if (q < 3 || text[q - 1] != ' ' || q + 3 >= text.size() || !IsUpper(text[q + 1])) continue;
    std::size_t ne = q + 1;
    for (int nick_words = 0; nick_words < 3; ++nick_words) {
      while (ne < text.size() && std::isalpha(static_cast<unsigned char>(text[ne]))) ++ne;
      if (ne + 1 >= text.size() || text[ne] != ' ' || !IsUpper(text[ne + 1])) break;
      ++ne;
    }
    if (ne + 1 >= text.size() || text[ne] != '"' || text[ne + 1] != ' ') continue;
    std::size_t fb = q - 1;
    while (fb > 0 && std::isalpha(static_cast<unsigned char>(text[fb - 1]))) --fb;
    if (fb == q - 1 || !IsUpper(text[fb]) || (fb > 0 && std::isalnum(static_cast<unsigned char>(text[fb - 1])))) continue;
    const std::string first(text.substr(fb, q - 1 - fb));
    if (stop.count(first)) continue;
    const std::string synthetic = first + " " + std::string(text.substr(ne + 2, 80));
    std::size_t sb = 0, se = 0;
    if (!FindFullName(synthetic, 0, &sb, &se) || sb != 0) continue;
    const std::string full = synthetic.substr(0, se);
    const std::string nick(text.substr(q + 1, ne - q - 1));
    if (stop.count(nick) || P_.StateByForm(full)) continue;
    if (known.insert(full).second) names.push_back(full);
    alias_.emplace(full, full);
    alias_.emplace(nick, full);
    for (std::size_t w = 0, sp = 0; sp != std::string::npos; w = sp + 1) {
      sp = nick.find(' ', w);
      if (sp != std::string::npos || w > 0) alias_.emplace(nick.substr(w, sp == std::string::npos ? sp : sp - w), full);
    }
    alias_.emplace(first, full);
    alias_.emplace(full.substr(full.rfind(' ') + 1), full);
    alias_.emplace(nick + full.substr(full.find(' ')), full);  // "Rocky De La Fuente"
    alias_.emplace(full.substr(full.find(' ') + 1), full);      // "De La Fuente"
  }
  for (GroupSpan m; pos < text.size();) {
    std::size_t mb, me;
    if (!FindFullName(text, pos, &mb, &me)) break;
    // A name does not run across a line break: "Bernie Sanders\n\nIn his
    // home state" is "Bernie Sanders" ("A Look Back\n\nRoss Perot" is no name).
    if (const std::size_t nl = text.substr(mb, me - mb).find('\n'); nl != std::string_view::npos) {
      std::size_t cut = mb + nl;
      while (cut > mb && IsRe2Space(text[cut - 1])) --cut;
      if (text.substr(mb, cut - mb).find(' ') != std::string_view::npos) me = cut;
    }
    m = GroupSpan{static_cast<int>(mb), static_cast<int>(me)};
    // The match is two or three words (first, middle, last) and white space.
    words.clear();
    starts.clear();
    for (std::size_t k = static_cast<std::size_t>(m.begin), e = static_cast<std::size_t>(m.end); k < e;) {
      while (k < e && IsRe2Space(text[k])) ++k;
      std::size_t w = k;
      while (k < e && !IsRe2Space(text[k])) ++k;
      if (k > w) {
        starts.push_back(w);
        words.emplace_back(text.substr(w, k - w));
      }
    }
    std::size_t next = static_cast<std::size_t>(m.end);
    const std::size_t second = starts.size() > 1 ? starts[1] : next;
    // Drop leading title / role words ("President Donald Trump").
    while (!words.empty() && (stop.count(words.front()) || P_.roles.count(Lower(words.front())))) words.erase(words.begin());
    // "Robert Kennedy Jr.": the suffix is no surname (it is added back below).
    bool suffix_word = false;
    if (words.size() >= 3 && (words.back() == "Jr" || words.back() == "Sr")) {
      words.pop_back();
      suffix_word = true;
    }
    // A name does not run across a line break ("A Look Back\n\nRoss Perot").
    bool ok = words.size() >= 2 &&
              text.substr(static_cast<std::size_t>(m.begin), static_cast<std::size_t>(m.end - m.begin)).find('\n') ==
                  std::string_view::npos;
    for (std::size_t k = 0; k < words.size(); ++k) {
      const std::string& w = words[k];
      // A middle initial ("Robert F. Kennedy") is the only word with a dot.
      const bool initial = k > 0 && k + 1 < words.size() && w.size() == 2 && w[1] == '.';
      if (stop.count(w) || P_.state_by_form.count(w) || (w.find('.') != std::string::npos && !initial)) ok = false;
    }
    std::string joined;
    if (ok) {
      joined = words.front();
      for (std::size_t k = 1; k < words.size(); ++k) joined += " " + words[k];
      // Organisations and places are no people: "Decision Desk HQ", "North Carolina".
      auto org = organisation.find(joined);
      if (org == organisation.end()) {
        // ("her own Open Concept Party", then "the Open Concept nominee": a
        // party's name is no one's; looked for near its first mention, as
        // below.)
        constexpr std::size_t kNear = 64 * 1024;
        const std::size_t lo = mb > kNear ? mb - kNear : 0, hi = std::min(text.size(), lo + 2 * kNear);
        // (text.substr(lo, 2 * kNear).find(joined + " Party"), from the
        // document's few " Party" found once.)
        if (!party_found) {
          party_found = true;
          for (std::size_t q = text.find(" Party"); q != std::string_view::npos; q = text.find(" Party", q + 1))
            party_at.push_back(q);
        }
        bool party = false;
        for (auto q = std::lower_bound(party_at.begin(), party_at.end(), lo + joined.size());
             q != party_at.end() && *q + 6 <= hi && !party; ++q)
          party = text.compare(*q - joined.size(), joined.size(), joined) == 0;
        org = organisation.emplace(joined, P_.SourceStartsWith(Lower(joined)) || party).first;
      }
      // "Across South Carolina": a phrase ending in a state is no one.
      const bool ends_in_state =
          words.size() >= 3 && P_.StateByForm(words[words.size() - 2] + " " + words.back()) != nullptr;
      if (org->second || P_.StateByForm(joined) || ends_in_state) ok = false;
    }
    // "a ranch outside Las Vegas", "near Palm Beach": a place, no person.
    if (ok && mb >= 3) {
      std::size_t pw = mb - 1;
      while (pw > 0 && std::isalpha(static_cast<unsigned char>(text[pw - 1]))) --pw;
      const std::string_view prev = text.substr(pw, mb - 1 - pw);
      const bool possessive = text.substr(me, 2) == "'s";
      if (text[mb - 1] == ' ' && (prev == "outside" || prev == "near" || prev == "in") && !possessive) ok = false;
    }
    // "former South Bend, Ind., Mayor Pete Buttigieg": a city and its state
    // are a place, no person.
    if (ok && text.substr(me, 2) == ", ") {
      const std::size_t sb = me + 2, se = text.find_first_of(",;)\n", sb);
      if (se != std::string_view::npos && se - sb <= 16) {
        // (An abbreviation, as datelines write it: "Jesse Ventura, Minnesota,
        // 1998" is a person.)
        const std::string form(text.substr(sb, se - sb));
        if (!form.empty() && (form.back() == '.' || (form.size() == 2 && IsUpper(form[0]) && IsUpper(form[1]))) && P_.StateByForm(form))
          ok = false;
      }
    }
    // "California's EV Fleet Passes 1.2 Million as Sun Belt States Close In":
    // in a long title-case headline, capitalised pairs are names only when
    // the text names them again.
    if (ok && TitleCaseLine(text, mb)) {
      // Looked for within 64 KiB either way: an article names its people
      // near its headline, and the search stays linear in long documents.
      constexpr std::size_t kNear = 64 * 1024;
      const std::size_t lo = mb > kNear ? mb - kNear : 0;
      const std::size_t after = mb + joined.size();
      ok = text.substr(after, kNear).find(joined) != std::string_view::npos ||
           text.substr(lo, mb - lo).find(joined) != std::string_view::npos;
    }
    // "the Great Hepplewhite" after "Sylvester Hepplewhite": a stage name
    // ending in a known person's surname, never written without "the" (as
    // "Bill Clinton" of "the Bill Clinton years" is), is that person.
    const auto always_the = [&] {
      constexpr std::size_t kNear = 64 * 1024;
      const std::string_view ahead = text.substr(mb, kNear);
      for (std::size_t k = ahead.find(joined); k != std::string_view::npos; k = ahead.find(joined, k + 1))
        if (mb + k < 4 || (text.substr(mb + k - 4, 4) != "the " && text.substr(mb + k - 4, 4) != "The ")) return false;
      return true;
    };
    if (ok && mb >= 4 && text.substr(mb - 4, 4) == "the " && !alias_.count(joined))
      if (auto it = alias_.find(words.back()); it != alias_.end() && it->second != joined &&
                                               it->second.find(' ') != std::string::npos && always_the()) {
        alias_.emplace(joined, it->second);
        pos = std::max(next, static_cast<std::size_t>(m.begin + 1));
        continue;
      }
    if (ok) {
      // "Robert F. Kennedy Jr.": the suffix belongs to the name.
      if (suffix_word) joined += text.substr(static_cast<std::size_t>(m.end) - 2, 2) == "Jr" ? " Jr." : " Sr.";
      for (const char* suf : {" Jr.", " Sr.", " III", " II"}) {
        if (suffix_word) break;
        const std::size_t n = std::strlen(suf);
        const auto me_ = static_cast<std::size_t>(m.end);
        if (text.substr(me_, n) == suf && (me_ + n == text.size() || !std::isalnum(static_cast<unsigned char>(text[me_ + n])))) {
          joined += suf;
          break;
        }
      }
      if (known.insert(joined).second) names.push_back(joined);
      // "González Colón" (a headline) then "Jenniffer González Colón": the
      // shorter name was this person's, and its aliases are this name's.
      if (auto it = alias_.find(words.back()); it != alias_.end() && it->second != joined &&
                                                it->second.size() < joined.size() &&
                                                joined.compare(joined.size() - it->second.size(), it->second.size(),
                                                               it->second) == 0 &&
                                                joined[joined.size() - it->second.size() - 1] == ' ') {
        const std::string shorter = it->second;
        for (auto& [alias, full] : alias_)
          if (full == shorter) full = joined;
      }
      alias_.emplace(joined, joined);
      alias_.emplace(words.back(), joined);
      alias_.emplace(words.front(), joined);
      // "Claudia De la Cruz", "Rocky De La Fuente": "De la Cruz" is her
      // surname too.
      if (words.size() >= 3 && std::any_of(words.begin() + 1, words.end() - 1,
                                           [](const std::string& w) { return IsNameParticle(w); })) {
        std::string rest = words[1];
        for (std::size_t k = 2; k < words.size(); ++k) rest += " " + words[k];
        alias_.emplace(rest, joined);
      }
    } else {
      next = second;
    }
    pos = std::max(next, static_cast<std::size_t>(m.begin + 1));
  }
  // "President Ford", "Gov. Faubus": an office's title before a lone
  // surname names a person, even where the text never gives the full name.
  for (const std::string_view t : {"President ", "Gov. ", "Sen. ", "Senator ", "Governor ", "Rep. "})
    for (std::size_t k = text.find(t); k != std::string_view::npos; k = text.find(t, k + 1)) {
      const std::size_t b = k + t.size();
      if (b + 3 > text.size() || !IsUpper(text[b]) || !std::islower(static_cast<unsigned char>(text[b + 1]))) continue;
      std::size_t e = b + 1;
      while (e < text.size() && std::islower(static_cast<unsigned char>(text[e]))) ++e;
      // (Not a first name: "President Gerald Ford"; not "Sen. McCain-Palin".)
      if (e < text.size() && (std::isalpha(static_cast<unsigned char>(text[e])) || text[e] == '-')) continue;
      if (e + 1 < text.size() && text[e] == ' ' && IsUpper(text[e + 1])) continue;
      const std::string w(text.substr(b, e - b));
      if (alias_.count(w) || stop.count(w) || P_.StateByForm(w) || P_.sources.count(Lower(w))) continue;
      alias_.emplace(w, w);
    }
  for (const auto& [nick, full] : P_.nicknames) {
    std::string last = full.substr(full.rfind(' ') + 1);
    if (known.count(full) || alias_.count(last)) alias_.emplace(nick, full);
  }
  // The primary person: the full name whose surname occurs most often as a
  // whole word. One pass over the text counts every surname.
  if (names.empty()) return;
  std::unordered_map<std::string_view, int> count;
  for (const std::string& full : names) {
    std::string_view last = std::string_view(full).substr(full.rfind(' ') + 1);
    if (last.find('-') == std::string_view::npos) count.emplace(last, 0);
  }
  const auto alpha = [&](std::size_t k) { return ((text[k] | 0x20) >= 'a' && (text[k] | 0x20) <= 'z'); };
  for (std::size_t k = 0; k < text.size();) {
    if (!alpha(k)) {
      ++k;
      continue;
    }
    std::size_t w = k;
    while (k < text.size() && alpha(k)) ++k;
    if (!IsUpper(text[w])) continue;  // every surname counted is capitalised (FindFullName)
    // "Rask" of "Dengler-Rask" is another surname.
    if ((w > 0 && text[w - 1] == '-') || (k < text.size() && text[k] == '-')) continue;
    auto it = count.find(text.substr(w, k - w));
    if (it != count.end()) ++it->second;
  }
  int best = -1;
  for (const std::string& full : names) {
    std::string_view last = std::string_view(full).substr(full.rfind(' ') + 1);
    int n = 0;
    if (auto it = count.find(last); it != count.end()) {
      n = it->second;
    } else {  // hyphenated: "Smith-Jones"
      for (std::size_t p = text.find(last); p != std::string_view::npos; p = text.find(last, p + 1)) {
        bool left = p == 0 || !alpha(p - 1);
        bool right = p + last.size() >= text.size() || !alpha(p + last.size());
        n += left && right;
      }
    }
    mentions_[full] = n;
    if (n > best) {
      best = n;
      primary_ = full;
    }
  }
}

// "- FLORIDA (Senate): Gov. Charlie Crist ... finished second with over
// 1.6m votes", "AL -- Maddox ...": a paragraph opened by a state's name in
// capitals (or its USPS code) and a colon or dash is about that state.
void DocResolver::FindLabels() {
  for (std::size_t p = 0; p < paras_.size(); ++p) {
    std::string_view t = ParaText(p);
    while (!t.empty() && IsRe2Space(t.front())) t.remove_prefix(1);
    if (t.size() > 2 && (t[0] == '-' || t[0] == '*') && t[1] == ' ') t.remove_prefix(2);
    else if (t.rfind("\u2022 ", 0) == 0) t.remove_prefix(std::strlen("\u2022 "));
    std::size_t k = 0;
    while (k < t.size() && k < 40 && ((t[k] >= 'A' && t[k] <= 'Z') || t[k] == ' ' || t[k] == '.')) ++k;
    while (k > 0 && t[k - 1] == ' ') --k;
    if (k < 2 || k >= t.size()) continue;
    const std::string caps(t.substr(0, k));
    std::size_t r = k;
    while (r < t.size() && t[r] == ' ') ++r;
    if (r < t.size() && t[r] == '(') {
      const std::size_t close = t.find(')', r);
      if (close == std::string_view::npos || close - r > 30) continue;
      r = close + 1;
      while (r < t.size() && t[r] == ' ') ++r;
    }
    // The label ends with ':' or a dash between spaces (dashes fold to '-').
    const bool colon = r < t.size() && t[r] == ':';
    const bool dash = r > k && r + 1 < t.size() && t[r] == '-' && (t[r + 1] == ' ' || t[r + 1] == '-');
    if (!colon && !dash) continue;
    // ("AL" stays a code.)
    std::size_t n = 0;
    if (const StateInfo* st = CapsState(P_, caps, &n); st && n == caps.size()) label_state_[static_cast<int>(p)] = st->code;
    else if (P_.state_by_code.count(caps)) label_state_[static_cast<int>(p)] = caps;
  }
}

void DocResolver::FindDateline() {
  // "AUSTIN, Texas (AP) -": the dateline's state serves its paragraph, the
  // first one or the first after a release's letterhead and headline
  // ("NEWS RELEASE ... CONCORD, NH - The Office of ...").
  for (std::size_t p = 0; p < paras_.size() && p < 12; ++p) {
    std::string_view text = ParaText(p);
    if (!P_.dateline->Find(text, 0, &g_)) continue;
    const auto& nm = P_.dateline->NamedGroups();
    const GroupSpan st = g_[static_cast<std::size_t>(nm.at("st"))];
    if (st.matched()) {
      std::string form(text.substr(static_cast<std::size_t>(st.begin), static_cast<std::size_t>(st.end - st.begin)));
      if (const StateInfo* s = P_.StateByForm(form)) dateline_state_ = s->code;
      else if (P_.state_by_code.count(form)) dateline_state_ = form;
      dateline_para_ = static_cast<int>(p);
    }
    break;
  }
}

std::vector<Place> DocResolver::Places(std::string_view s) const {
  std::vector<Place> out;
  std::vector<GroupSpan> g;
  std::vector<std::pair<std::size_t, std::size_t>> sub;
  const auto& nm_sub = P_.substate->NamedGroups();
  for (std::size_t pos = 0; pos < s.size() && P_.substate->Find(s, pos, &g);) {
    const GroupSpan city = g[static_cast<std::size_t>(nm_sub.at("city"))];
    bool real = true;
    if (city.matched()) {
      std::string c(s.substr(static_cast<std::size_t>(city.begin), static_cast<std::size_t>(city.end - city.begin)));
      std::string cw = c.substr(c.rfind(' ') == std::string::npos ? 0 : c.rfind(' ') + 1);
      // "Colorado, Idaho" is a list of states; "In Colorado, West" is no city.
      // "Mountain View, Calif.": an AP abbreviation after the comma marks a city
      // even when the city's words look like a person's name.
      const bool ap_abbrev = g[0].end > 0 && s[static_cast<std::size_t>(g[0].end) - 1] == '.';
      if (P_.StateByForm(c) || P_.StateByForm(cw) || NonNameWords().count(c) || (alias_.count(cw) && !ap_abbrev))
        real = false;
      // "Elsewhere in the Midwest, Ohio and Wisconsin": a region, no city.
      static const std::set<std::string> kRegion = {"Midwest", "South", "North", "East", "West", "Northeast",
                                                    "Northwest", "Southeast", "Southwest", "Plains", "England",
                                                    "Belt", "Lakes", "Coast", "Appalachia", "Rockies", "Mainland"};
      const auto cb = static_cast<std::size_t>(city.begin);
      // ("the Kansas City, Mo., area" stays a city.)
      if (kRegion.count(cw) || (cb >= 4 && s.substr(cb - 4, 4) == "the " && !ap_abbrev)) real = false;
      // "the state Department of Labor and Training, Rhode Island had": the
      // end of an organisation's name, no city.
      if (cb >= 6 && (s.substr(cb - 4, 4) == "and " || s.substr(cb - 2, 2) == "& ")) {
        std::size_t w = cb - (s[cb - 2] == '&' ? 2 : 4);
        while (w > 0 && s[w - 1] == ' ') --w;
        std::size_t wb = w;
        while (wb > 0 && std::isalpha(static_cast<unsigned char>(s[wb - 1]))) --wb;
        if (wb < w && IsUpper(s[wb])) real = false;
      }
      // "In Harrisburg, Pa., the Department of Health reported 7,813 new cases
      // ..., pushing the state's toll to 34,976": a capital that opens a
      // sentence about the whole state stands for the state.
      if (((cb == 3 && s.compare(0, 3, "In ") == 0) || (cb == 0 && c.rfind("In ", 0) == 0)) && ap_abbrev &&
          cw != "County" && cw != "Parish" && cw != "Borough" && cw != "Township" &&
          (s.find("the state's") != std::string_view::npos || s.find("statewide") != std::string_view::npos))
        real = false;
      // "On Tuesday, Ohio had counted ...", "By March, Texas ...": a time, no city.
      static const std::set<std::string> kTimeOfDay = {"Today", "Yesterday", "Tonight", "Morning", "Afternoon",
                                                       "Evening"};
      if (IsMonthName(cw) || WeekdayNumber(cw) >= 0 || kTimeOfDay.count(cw)) real = false;
      // "Statewide, Nevada had ...", "Overall, Ohio ...": an adverb, no city.
      if (c.find(' ') == std::string::npos && c.size() > 4 &&
          (c.compare(c.size() - 4, 4, "wide") == 0 || c.compare(c.size() - 2, 2, "ly") == 0 || c == "Overall"))
        real = false;
    }
    // "on Hawaii Island", "Long Island": an island is part of a state;
    // "Rhode Island" is the state.
    if (real && !city.matched()) {
      const std::string_view m = s.substr(static_cast<std::size_t>(g[0].begin), static_cast<std::size_t>(g[0].end - g[0].begin));
      if (m.size() > 7 && m.substr(m.size() - 7) == " Island") {
        std::size_t w = m.size() - 7;
        while (w > 0 && m[w - 1] != ' ') --w;
        if (P_.StateByForm(std::string(m.substr(w)))) real = false;
      }
    }
    // "Maricopa County Superior Court Judge ...": a county in an office's
    // title is no place of the figure.
    if (real && !city.matched()) {
      std::size_t e = static_cast<std::size_t>(g[0].end);
      if (e + 1 < s.size() && s[e] == ' ' && IsUpper(s[e + 1])) {
        std::size_t we = e + 1;
        while (we < s.size() && std::isalpha(static_cast<unsigned char>(s[we]))) ++we;
        static const std::set<std::string> kOffice = {"Superior", "Circuit", "District", "Court", "Judge", "Sheriff",
                                                      "Commission", "Commissioner", "Board", "Attorney", "Clerk",
                                                      "Executive", "Council", "Supervisor", "Supervisors", "Prosecutor"};
        if (kOffice.count(std::string(s.substr(e + 1, we - e - 1)))) real = false;
      }
    }
    // "The Orange County congressman had 1,080,412 votes nationwide", "the
    // Binghamton, N.Y., native drew ...": a person's home, no place of the figure.
    if (real) {
      std::size_t e = static_cast<std::size_t>(g[0].end);
      if (city.matched() && e < s.size() && s[e] == ',') ++e;
      // ("former South Bend, Ind., Mayor Pete Buttigieg": so is a title's.)
      if (e + 1 < s.size() && s[e] == ' ' && std::isalpha(static_cast<unsigned char>(s[e + 1]))) {
        std::size_t we = e + 1;
        while (we < s.size() && std::isalpha(static_cast<unsigned char>(s[we]))) ++we;
        const std::string word(s.substr(e + 1, we - e - 1));
        static const std::set<std::string> kTitles = {"Mayor", "Sen", "Rep", "Gov", "Councilman", "Councilwoman",
                                                      "Assemblyman", "Assemblywoman", "Sheriff", "Judge",
                                                      "Commissioner", "Alderman", "Del"};
        if (std::islower(static_cast<unsigned char>(word[0])) ? P_.roles.count(word) || IsOccupation(word)
                                                              : kTitles.count(word) > 0)
          real = false;
      }
    }
    if (real) {
      out.push_back({static_cast<std::size_t>(g[0].begin), static_cast<std::size_t>(g[0].end), Place::kSubstate, ""});
      sub.emplace_back(g[0].begin, g[0].end);
      pos = static_cast<std::size_t>(g[0].end);
    } else {
      pos = static_cast<std::size_t>(city.end);
    }
  }
  auto overlaps = [&](std::size_t b, std::size_t e) {
    for (auto& [sb, se] : sub)
      if (b < se && sb < e) return true;
    return false;
  };
  static const char* kPublication[] = {" Times", " Post", " Tribune", " Journal", " Herald", " Republic", " Gazette",
                                       " Chronicle", " Inquirer", " Daily", " Star", " Observer", " Sun", " Bee",
                                       " Register", " Courier", " Examiner", " Dispatch", " Sentinel", " Magazine",
                                       " Public Radio", " Review", " Free Press", " Avenue", " Street", " Rangers",
                                       " University", " Supreme", " Ave", " Tech", " A&M", " State University",
                                       // "Texas Rep. Ron Paul": a title, not a place.
                                       " Rep.", " Sen.", " Gov.", " Congressman", " Congresswoman",
                                       // "the Texas senator will win 33 of the delegates in Wisconsin".
                                       " senator", " congressman", " congresswoman", " lawmaker"};
  std::vector<std::pair<std::size_t, std::size_t>> states;
  GroupSpan m;
  for (std::size_t pos = 0; pos < s.size() && P_.state_mention->FindSpan(s, pos, s.size(), &m);) {
    std::size_t b = static_cast<std::size_t>(m.begin), e = static_cast<std::size_t>(m.end);
    pos = e;
    if (overlaps(b, e)) continue;
    std::string form(s.substr(b, e - b));
    std::string_view after = s.substr(e);
    bool skip = false;
    for (const char* pub : kPublication) {
      // A whole word: "Arizona Republic", not "Iowa Republican".
      const std::size_t n = std::strlen(pub);
      if (after.substr(0, n) == pub && (after.size() == n || !std::isalpha(static_cast<unsigned char>(after[n]))))
        skip = true;
    }
    // "Alabama's George Wallace took five": a person's home state.
    if (!skip && (after.substr(0, 3) == "'s " || after.substr(0, 3) == "s' ") && after.size() > 4 && IsUpper(after[3])) {
      std::size_t we = 3;
      while (we < after.size() && std::isalpha(static_cast<unsigned char>(after[we]))) ++we;
      const std::string first(after.substr(3, we - 3));
      // The whole name as introduced ("George Wallace"), not "Michigan's
      // Unemployment Insurance Agency".
      const auto full = alias_.find(first);
      if (full != alias_.end() && full->second.find(' ') != std::string::npos &&
          after.substr(3, full->second.size()) == full->second && !P_.SourceStartsWith(Lower(full->second))) {
        // ... and no organisation's name runs on ("Unemployment Insurance Agency").
        const std::size_t ne = 3 + full->second.size();
        if (!(ne + 1 < after.size() && after[ne] == ' ' && IsUpper(after[ne + 1]))) skip = true;
      }
    }
    // "at least 45 people from North Carolina to Maine": a stretch of states
    // is a region, no state's.
    if (!skip) {
      const std::string_view head = s.substr(0, b);
      const bool first = head.size() >= 5 && head.substr(head.size() - 5) == "from " && s.substr(e, 4) == " to ";
      const bool second = head.size() >= 4 && head.substr(head.size() - 4) == " to " &&
                          head.substr(head.size() > 30 ? head.size() - 30 : 0).find("from ") != std::string_view::npos;
      if (first || second) {
        skip = true;
        out.push_back({b, e, Place::kSubstate, "-"});
      }
    }
    // "the Navajo Nation, which spans parts of Arizona, New Mexico and Utah":
    // the states a place lies in are none of its figures' place.
    if (!skip) {
      const std::string_view head = s.substr(b > 60 ? b - 60 : 0, b > 60 ? 60 : b);
      for (std::string_view w : {" spans ", " spanning ", " straddles ", " straddling ", " stretches across ",
                                 " stretching across ", " covers parts of "}) {
        const std::size_t k = head.rfind(w);
        if (k == std::string_view::npos) continue;
        const std::string_view between = head.substr(k + w.size());
        if (between.find_first_of(".;:0123456789") == std::string_view::npos) {
          skip = true;
          out.push_back({b, e, Place::kSubstate, "-"});
        }
        break;
      }
    }
    // "crews from as far away as Alaska": where help came from; "the Kansas
    // City, Mo.-Kan., area": a metro area's second state.
    if (!skip) {
      const std::string_view head = s.substr(0, b);
      for (std::string_view w : {"as far away as ", "as far as ", "from as far as "})
        if (head.size() >= w.size() && head.substr(head.size() - w.size()) == w) skip = true;
      if (b >= 2 && s[b - 1] == '-' && s[b - 2] == '.') skip = true;
    }
    // "Wisconsin, across Lake Michigan, had 312": a lake, no place at all.
    if (!skip && b >= 5 && s.substr(b - 5, 5) == "Lake ") skip = true;
    // "far Southwest Virginia", "Northwest Arkansas", "Upstate New York": a
    // part of the state, no claim of the state's.
    if (!skip && b >= 2 && s[b - 1] == ' ') {
      std::size_t w = b - 1;
      while (w > 0 && std::isalpha(static_cast<unsigned char>(s[w - 1]))) --w;
      static const std::set<std::string> kPart = {
          "Northern", "Southern", "Eastern", "Western", "Central", "Northeast", "Northwest", "Southeast",
          "Southwest", "Northeastern", "Northwestern", "Southeastern", "Southwestern", "Upstate", "Downstate",
          "Coastal", "Greater"};
      // (Not "West Texas": "The measles outbreak in West Texas has grown to
      // 259 cases, the Texas Department of State Health Services said" is
      // the state's count of its outbreak.)
      if (w < b - 1 && kPart.count(std::string(s.substr(w, b - 1 - w)))) {
        skip = true;
        out.push_back({w, e, Place::kSubstate, ""});
      }
    }
    // "At Banner Wyoming Medical Center in Casper, 54 COVID-19 patients",
    // "Connecticut Children's in Hartford had 49": a hospital or school
    // named for the state is no claim of the state's.
    if (!skip) {
      // ("Washington Elementary: 3 cases", "Indiana Avenue Primary Center".)
      static const char* kInstitution[] = {" Medical Center", " Children's", " Children\u2019s", " Hospital",
                                           " State University", " University", " College", " Elementary",
                                           " Middle School", " High School", " Avenue", " Street", " Boulevard"};
      for (const char* w : kInstitution)
        if (s.substr(e, std::strlen(w)) == w && s.substr(e + std::strlen(w), 12) != " Association") {
          skip = true;
          out.push_back({b, e + std::strlen(w), Place::kSubstate, ""});
          break;
        }
    }
    // "The Fayetteville-Springdale-Rogers metro area", "the Kansas City
    // metropolitan area": a metro area is no state.
    if (!skip && (s.substr(e, 11) == " metro area" || s.substr(e, 19) == " metropolitan area")) {
      skip = true;
      out.push_back({b, e, Place::kSubstate, ""});
    }
    // "Rep. Dean Phillips of Minnesota": a lawmaker's home state.
    if (!skip && b >= 4 && s.substr(b - 4, 4) == " of ") {
      std::size_t k = b - 4;
      int caps = 0;
      for (; caps < 3 && k > 0; ++caps) {
        std::size_t w = k;
        while (w > 0 && std::isalpha(static_cast<unsigned char>(s[w - 1]))) --w;
        if (w == k || !IsUpper(s[w]) || w == 0 || s[w - 1] != ' ') break;
        k = w - 1;
        static const std::set<std::string> kTitle = {"Rep.", "Sen.", "Gov.", "Rep", "Sen", "Congressman",
                                                     "Congresswoman", "Senator", "Governor", "Representative"};
        std::size_t t = k;
        while (t > 0 && s[t - 1] != ' ') --t;
        if (caps >= 1 && kTitle.count(std::string(s.substr(t, k - t)))) {
          skip = true;
          break;
        }
      }
    }
    // "Gary Johnson, a former governor of New Mexico, had ...": an
    // appositive's office names a home state, not the figure's place.
    if (!skip && b >= 4 && e < s.size() && s[e] == ',') {
      const std::string_view lead = s.substr(b >= 40 ? b - 40 : 0, b >= 40 ? 40 : b);
      const std::size_t comma = lead.rfind(", ");
      if (comma != std::string_view::npos) {
        const std::string_view app = lead.substr(comma + 2);
        static const char* kOffice[] = {"governor of ", "senator from ", "senator of ", "congressman from ",
                                        "mayor of ",    "attorney general of ", "secretary of state of "};
        const bool article = app.rfind("a ", 0) == 0 || app.rfind("an ", 0) == 0 || app.rfind("the former ", 0) == 0;
        for (const char* o : kOffice)
          if (article && app.size() >= std::strlen(o) && app.substr(app.size() - std::strlen(o)) == o) skip = true;
      }
    }
    // "the Utah native finished with roughly 730,000 votes": a person's
    // origin, not the figure's place.
    if (!skip && (after.rfind(" native", 0) == 0 || after.rfind("-born", 0) == 0 || after.rfind(" transplant", 0) == 0))
      skip = true;
    // "Texas pastor Ryan Binkley", "Ohio businessman Vivek Ramaswamy": a
    // person's home state in a title, not the figure's place.
    // "Ohio Governor John Kasich"; "The New York billionaire finished with":
    // a description after "the" or "a" needs no name after it.
    if (!skip && after.size() > 3 && after[0] == ' ' && std::isalpha(static_cast<unsigned char>(after[1]))) {
      std::size_t we = 1;
      while (we < after.size() && (std::isalpha(static_cast<unsigned char>(after[we])) || after[we] == '-')) ++we;
      const std::string word = Lower(std::string(after.substr(1, we - 1)));
      const bool description = P_.roles.count(word) > 0 || IsOccupation(word);
      const bool named = we + 1 < after.size() && after[we] == ' ' && IsUpper(after[we + 1]);
      const std::string_view before_state = s.substr(b >= 4 ? b - 4 : 0, b >= 4 ? 4 : b);
      const bool article = before_state == "The " || before_state == "the " || before_state.substr(before_state.size() >= 2 ? before_state.size() - 2 : 0) == "a ";
      // ("the Arizona governor's race" is the state's.)
      const bool possessive = we < after.size() && (after[we] == '\'' || after.substr(we, 3) == "\u2019");
      static const std::set<std::string> kOffice = {"governor", "senator", "secretary", "attorney", "treasurer",
                                                    "legislature", "lawmaker", "representative", "mayor"};
      // "Huckabee, the former Arkansas governor, had 199,000-plus": an
      // office in an appositive or held before describes the person.
      const std::string_view lead = s.substr(b >= 12 ? b - 12 : 0, b >= 12 ? 12 : b);
      const auto ends = [&](std::string_view w) {
        return lead.size() >= w.size() && lead.substr(lead.size() - w.size()) == w;
      };
      const bool aside = ends(", the ") || ends("the former ");
      if (description && (named || ((article || aside) && !possessive && (!kOffice.count(word) || aside)))) skip = true;
    }
    // "University of Texas", "George Washington", "Denzel Washington".
    if (b >= 14 && s.substr(b - 14, 14) == "University of ") skip = true;
    // "sent another entertainer to Washington": the capital.
    if (form == "Washington" && b >= 5 && (s.substr(b - 3, 3) == "to " || s.substr(b - 5, 5) == "from ") &&
        s.substr(e, 6) != " state")
      skip = true;
    if (form == "Washington" && b >= 2) {
      std::size_t k = b - 1;
      while (k > 0 && s[k] == ' ') --k;
      std::size_t w = k;
      while (w > 0 && std::isalpha(static_cast<unsigned char>(s[w - 1]))) --w;
      // ("Oregon, Washington and Nevada": a list, no name.)
      if (k > w && IsUpper(s[w]) && std::isalpha(static_cast<unsigned char>(s[k])) &&
          !NonNameWords().count(std::string(s.substr(w, k - w + 1))))
        skip = true;
    }
    if (skip) continue;
    const StateInfo* st = P_.StateByForm(form);
    if (!st) continue;
    out.push_back({b, e, Place::kState, st->code});
    states.emplace_back(b, e);
  }
  // USPS codes name states in prose only where nothing else can be meant:
  // "MS (401,000), AR (489,700)", "turnout in NC topped". Codes that are
  // words or titles ("IN", "OR", "ME", "OK", "HI", "DE", "MS") need the figure.
  for (std::size_t k = 0; k + 2 <= s.size(); ++k) {
    if (!IsUpper(s[k]) || !IsUpper(s[k + 1]) || (k > 0 && std::isalnum(static_cast<unsigned char>(s[k - 1]))) ||
        (k + 2 < s.size() && (std::isalnum(static_cast<unsigned char>(s[k + 2])) || s[k + 2] == '-' ||
                              (s[k + 2] == '.' && k + 3 < s.size() && s[k + 3] != ' '))))
      continue;
    const auto code = P_.state_by_code.find(std::string(s.substr(k, 2)));
    if (code == P_.state_by_code.end() || overlaps(k, k + 2)) continue;
    // Running prose around it, not an all-caps line.
    const std::string_view around = s.substr(k >= 12 ? k - 12 : 0, 26);
    if (std::none_of(around.begin(), around.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; })) continue;
    const std::string_view after = s.substr(k + 2);
    const bool figure = after.size() > 2 && after[0] == ' ' && after[1] == '(' && std::isdigit(static_cast<unsigned char>(after[2]));
    static const std::set<std::string_view> kWordlike = {"IN", "OR", "ME", "OK", "HI", "DE", "MS", "AS", "GU", "ID", "MT", "PR"};
    const bool in_code = k >= 3 && s.substr(k - 3, 3) == "in " && !kWordlike.count(s.substr(k, 2)) &&
                         (after.empty() || after[0] == ',' || after[0] == ';' || after[0] == '.' ||
                          (after[0] == ' ' && after.size() > 1 && std::islower(static_cast<unsigned char>(after[1]))));
    if (!figure && !in_code) continue;
    out.push_back({k, k + 2, Place::kState, P_.states[code->second].code});
    states.emplace_back(k, k + 2);
  }
  for (std::size_t pos = 0; pos < s.size() && P_.national->FindSpan(s, pos, s.size(), &m);) {
    std::size_t b = static_cast<std::size_t>(m.begin), e = static_cast<std::size_t>(m.end);
    pos = e > b ? e : b + 1;
    bool clash = overlaps(b, e);
    for (auto& [sb, se] : states)
      if (b < se && sb < e) clash = true;
    // "the highest in the nation" ranks a state; it is no national scope.
    {
      std::string before = Lower(s.substr(b >= 60 ? b - 60 : 0, b >= 60 ? 60 : b));
      std::size_t in = before.rfind(" in ");
      std::string lead = in == std::string::npos ? "" : before.substr(0, in);
      for (const char* w : {"highest", "lowest", "largest", "smallest", "most", "fewest", "worst", "best", "biggest"}) {
        std::size_t k = lead.rfind(w);
        if (k != std::string::npos && lead.size() - k < 40) clash = true;
      }
    }
    // "National Guard", "National Weather Service": a name, not the nation.
    if (s.substr(b, e - b) == "National" && e + 1 < s.size() && s[e] == ' ' && IsUpper(s[e + 1])) clash = true;
    // "11 national delegates", "the national convention", "the national
    // average": what belongs to a national body, counted in a state.
    if (s.substr(b, e - b) == "national")
      for (std::string_view w : {" delegate", " convention", " party", " committee", " average", " guard", " park",
                                 " forest", " anthem", " chair"})
        if (s.substr(e, w.size()) == w) clash = true;
    // "the epicenter of the U.S. outbreak": an adjective, when a state is named.
    {
      std::string form(s.substr(b, e - b));
      const std::string_view next = s.substr(std::min(s.size(), e + 1), 6);
      // ("Applications for U.S. unemployment benefits held at 262,000 ..., as
      // a new Minnesota law ...": the nation's claims.)
      const bool total = next.rfind("total", 0) == 0 || next.rfind("tally", 0) == 0 || next.rfind("count", 0) == 0 ||
                         next.rfind("death", 0) == 0 || next.rfind("toll", 0) == 0 ||  // "the U.S. total": the nation's
                         next.rfind("unempl", 0) == 0 || next.rfind("jobles", 0) == 0 || next.rfind("payrol", 0) == 0 ||
                         next.rfind("employ", 0) == 0;
      if (!states.empty() && (form == "U.S." || form == "the U.S.") && e + 1 < s.size() && s[e] == ' ' &&
          std::islower(static_cast<unsigned char>(s[e + 1])) && !total)
        clash = true;
    }
    // "Coleman, by then a U.S. senator": an office, no scope.
    {
      const std::string_view form = s.substr(b, e - b);
      // ("in the U.S. House race": the scope phrase ends in the office's "U.S.".)
      const bool us_end = form == "US" || (form.size() >= 4 && form.substr(form.size() - 4) == "U.S." &&
                                           (form.size() == 4 || form[form.size() - 5] == ' '));
      if (us_end && e + 1 < s.size() && s[e] == ' ') {
        std::size_t we = e + 1;
        while (we < s.size() && std::isalpha(static_cast<unsigned char>(s[we]))) ++we;
        // ("U.S. SENATE, NEBRASKA": a results heading in capitals too.)
        static const std::set<std::string> kOffice = {"senator",  "senate",   "representative", "congressman",
                                                      "congresswoman", "attorney", "ambassador", "marshal",
                                                      "district", "court",    "rep",            "sen"};
        const std::string_view office = s.substr(e + 1, we - e - 1);
        if (kOffice.count(Lower(office)) || office == "House" || office == "HOUSE") clash = true;
        // "Initial claims in Kentucky rose to 13,604, the U.S. Labor
        // Department said", "The state's weekly initial claims were 4,982,
        // U.S. Labor Department data show": a federal agency's name.
        static const std::set<std::string> kAgency = {"Labor", "Department", "Census", "Bureau", "Centers",
                                                      "Postal", "Energy", "Election", "Elections", "Chamber",
                                                      "Geological", "Forest", "Coast", "Army", "Agriculture"};
        if (kAgency.count(std::string(s.substr(e + 1, we - e - 1)))) clash = true;
      }
    }
    // "17 million Americans had voted": the nation's people; "Native
    // Americans", "Mexican Americans" are a group, no scope.
    if (s.substr(b, e - b) == "Americans") {
      std::size_t w = b;
      while (w > 0 && s[w - 1] == ' ') --w;
      std::size_t wb = w;
      while (wb > 0 && std::isalpha(static_cast<unsigned char>(s[wb - 1]))) --wb;
      if (wb < w && IsUpper(s[wb])) clash = true;
    }
    // "crews arrived from 12 other states": other states than the one named.
    if (s.substr(b, e - b).find(" other states") != std::string_view::npos) clash = true;
    // "tore through the middle of the country", "the rest of the nation":
    // a part of the nation, no national scope.
    if (s.substr(b, 4) == "the " && b >= 3 && s.substr(b - 3, 3) == "of ") {
      std::size_t w = b - 3;
      while (w > 0 && s[w - 1] == ' ') --w;
      std::size_t wb = w;
      while (wb > 0 && std::isalpha(static_cast<unsigned char>(s[wb - 1]))) --wb;
      static const std::set<std::string> kPart = {"middle", "rest", "parts", "part", "much", "corner", "corners",
                                                  "regions", "region", "areas", "swaths", "swath", "half", "side"};
      if (kPart.count(Lower(s.substr(wb, w - wb)))) clash = true;
    }
    // "Illinois bucked the national trend": a comparison with the nation,
    // when a state is named.
    if (!states.empty() && (s.substr(b, e - b) == "national" || s.substr(b, e - b) == "National")) {
      static const char* kMeasure[] = {" trend", " average", " rate", " pace", " picture", " pattern", " norm"};
      for (const char* w : kMeasure)
        if (s.substr(e, std::strlen(w)) == w) clash = true;
    }
    // "Chicago, the nation's third-largest city": a ranking, no scope.
    if (s.substr(e, 3) == "'s ") {
      std::size_t we = e + 3;
      while (we < s.size() && (std::isalpha(static_cast<unsigned char>(s[we])) || s[we] == '-')) ++we;
      const std::string next = Lower(s.substr(e + 3, we - e - 3));
      if (next == "most" || next == "least" ||
          (next.size() > 4 && next.compare(next.size() - 3, 3, "est") == 0 &&
           (next.find('-') != std::string::npos || next == "largest" || next == "biggest" || next == "smallest" ||
            next == "oldest" || next == "busiest" || next == "poorest" || next == "richest" || next == "fastest")))
        clash = true;
    }
    if (!clash) out.push_back({b, e, Place::kNational, "US"});
  }
  // "MICHIGAN" on a line of its own: a table's heading names its state;
  // "FINAL - U.S. SENATE, WEST VIRGINIA": its last part.
  if (s.size() >= 4 && s.size() <= 60 && std::none_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    std::size_t b = s.size();
    while (b > 0 && ((s[b - 1] >= 'A' && s[b - 1] <= 'Z') || s[b - 1] == ' ' || s[b - 1] == ':')) --b;
    std::string title(s.substr(b));
    while (!title.empty() && (title.back() == ':' || title.back() == ' ')) title.pop_back();
    while (!title.empty() && title.front() == ' ') title.erase(0, 1);
    title = CapsToTitle(title);
    const bool whole = b == 0;
    if (whole || (b > 0 && (s[b - 1] == ',' || s[b - 1] == '-')))
      if (const StateInfo* st = P_.StateByForm(title)) {
        if (whole || out.empty() || out.back().kind != Place::kState) out.push_back({b, s.size(), Place::kState, st->code});
      }
  }
  // "RESULTS — SOUTH DAKOTA GOVERNOR (all 691 precincts)": a state anywhere
  // in an all-caps heading (its parenthesis aside) when nothing else is named.
  if (out.empty() && s.size() >= 4 && s.size() <= 120) {
    std::string_view h = s;
    if (h.back() == ')')
      if (const std::size_t k = h.rfind('('); k != std::string_view::npos) h = h.substr(0, k);
    // "OKLAHOMA REPUBLICAN PRIMARY FOR GOVERNOR — unofficial, ...": the
    // heading before its dash.
    const bool lower_in = std::any_of(h.begin(), h.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    for (std::string_view dash : {" \u2014 ", " \u2013 ", " - "})
      if (const std::size_t k = h.find(dash); lower_in && k != std::string_view::npos && k >= 4) {
        const std::string_view head = h.substr(0, k);
        if (std::none_of(head.begin(), head.end(), [](char c) { return c >= 'a' && c <= 'z'; })) h = head;
      }
    const bool caps = std::none_of(h.begin(), h.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
                      std::count_if(h.begin(), h.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) >= 4;
    std::vector<std::pair<std::size_t, std::size_t>> words;
    for (std::size_t i = 0; caps && i < h.size();) {
      while (i < h.size() && !(h[i] >= 'A' && h[i] <= 'Z')) ++i;
      std::size_t j = i;
      while (j < h.size() && ((h[j] >= 'A' && h[j] <= 'Z') || h[j] == '.')) ++j;
      if (j > i) words.emplace_back(i, j);
      i = j;
    }
    for (std::size_t w = 0; w < words.size() && out.empty(); ++w)
      for (std::size_t n = std::min<std::size_t>(3, words.size() - w); n >= 1 && out.empty(); --n) {
        std::string title;
        for (std::size_t k = w; k < w + n; ++k) {
          std::string word(h.substr(words[k].first, words[k].second - words[k].first));
          for (std::size_t i = 1; i < word.size(); ++i)
            word[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
          title += (title.empty() ? "" : " ") + word;
        }
        if (title.size() < 4) continue;  // "IN", "OR", "ME": words, not codes
        if (const StateInfo* st = P_.StateByForm(title))
          out.push_back({words[w].first, words[w + n - 1].second, Place::kState, st->code});
      }
  }
  // "In Chicago, officials counted ...": an opening place that is no state.
  if (s.size() > 4 && s.compare(0, 3, "In ") == 0 && IsUpper(s[3])) {
    std::size_t k = 3;
    while (k < s.size() && (std::isalpha(static_cast<unsigned char>(s[k])) || s[k] == ' ' || s[k] == '.')) ++k;
    if (k < s.size() && s[k] == ',') {
      std::string name(s.substr(3, k - 3));
      bool known = P_.StateByForm(name) || NonNameWords().count(name) || name.find(' ') != std::string::npos;
      for (const Place& p : out) known |= p.b < k;
      if (!known) out.push_back({3, k, Place::kSubstate, ""});
    }
  }
  // "the city of roughly 80,000 says it has dug up 28,000 service lines":
  // the city, county or town the text is about is no state.
  // (Each word below is looked for only where its byte pairs all occur.)
  const BytePairs pairs(s);
  for (const char* w : {"the city", "the county", "the town", "the village", "the parish", "the district", "The city",
                        "The county", "The town", "The village", "The parish", "The district"}) {
    const std::size_t n = std::strlen(w);
    if (!pairs.MayContain(w)) continue;
    for (std::size_t k = s.find(w); k != std::string_view::npos; k = s.find(w, k + 1)) {
      if ((k > 0 && std::isalpha(static_cast<unsigned char>(s[k - 1]))) ||
          (k + n < s.size() && std::isalpha(static_cast<unsigned char>(s[k + n]))))
        continue;
      out.push_back({k, k + n, Place::kSubstate, ""});
    }
  }
  // "The Texarkana metro area ... lost 300", "In Greater Boston, payrolls
  // reached": a metro area is no state.
  for (const char* w : {" metro area", " metropolitan area", " metro region"}) {
    if (!pairs.MayContain(w)) continue;
    for (std::size_t k = s.find(w); k != std::string_view::npos; k = s.find(w, k + 1)) {
      std::size_t b = k;
      while (b > 0 && (std::isalpha(static_cast<unsigned char>(s[b - 1])) || s[b - 1] == '-' || s[b - 1] == '.')) --b;
      if (b < k && IsUpper(s[b])) out.push_back({b, k + std::strlen(w), Place::kSubstate, ""});
    }
  }
  for (std::size_t k = pairs.MayContain("Greater ") ? s.find("Greater ") : std::string_view::npos; k != std::string_view::npos; k = s.find("Greater ", k + 1))
    if (k + 8 < s.size() && IsUpper(s[k + 8]) && (k == 0 || s[k - 1] == ' ')) {
      std::size_t e = k + 8;
      while (e < s.size() && std::isalpha(static_cast<unsigned char>(s[e]))) ++e;
      out.push_back({k, e, Place::kSubstate, ""});
    }
  // "customers out in the Carolinas", "deaths across the South": a region of
  // several states is no state's.
  for (const char* w : {"the Carolinas", "the Dakotas", "the South", "the Midwest", "the Northeast", "the Southeast",
                        "the Southwest", "the Northwest", "the Pacific Northwest", "the Mid-Atlantic", "the Gulf Coast",
                        "the Great Plains", "the Plains states", "New England", "the Mountain West", "the West Coast",
                        "the East Coast", "the Rust Belt", "the Sun Belt", "the Great Lakes"}) {
    const std::size_t n = std::strlen(w);
    if (!pairs.MayContain(w)) continue;
    for (std::size_t k = s.find(w); k != std::string_view::npos; k = s.find(w, k + 1)) {
      if (k + n < s.size() && std::isalpha(static_cast<unsigned char>(s[k + n]))) continue;
      // "the South Carolina ...": a state's name, not the region.
      if (k + n + 1 < s.size() && s[k + n] == ' ' && IsUpper(s[k + n + 1])) continue;
      bool in_state = false;
      for (const Place& p : out) in_state |= p.b <= k + 4 && k + 4 < p.e;
      // "the lowest totals in the South in MS (401,000)": the state inside it.
      if (s.substr(k + n, 4) == " in ") continue;
      if (!in_state) out.push_back({k, k + n, Place::kSubstate, "-"});  // "-": a region
    }
  }
  // "The 2nd District in Nebraska", "the 3rd Congressional District".
  for (std::size_t k = pairs.MayContain(" District") ? s.find(" District") : std::string_view::npos; k != std::string_view::npos; k = s.find(" District", k + 1)) {
    std::size_t w = k;
    while (w > 0 && s[w - 1] != ' ') --w;
    const std::string_view prev = s.substr(w, k - w);
    const bool ordinal = prev.size() >= 3 && std::isdigit(static_cast<unsigned char>(prev[0])) &&
                         (prev.substr(prev.size() - 2) == "st" || prev.substr(prev.size() - 2) == "nd" ||
                          prev.substr(prev.size() - 2) == "rd" || prev.substr(prev.size() - 2) == "th");
    if (ordinal || prev == "Congressional") out.push_back({w, k + 9, Place::kSubstate, ""});
  }
  // "Philadelphia alone had received about 140,000": a place that is no state.
  for (std::size_t k = pairs.MayContain(" alone") ? s.find(" alone") : std::string_view::npos; k != std::string::npos; k = s.find(" alone", k + 1)) {
    std::size_t w = k;
    while (w > 0 && std::isalpha(static_cast<unsigned char>(s[w - 1]))) --w;
    if (w == k || !IsUpper(s[w])) continue;
    std::string name(s.substr(w, k - w));
    // ("At Ohio State University alone, more than 350 students": an
    // institution, though "University" names no one by itself.)
    static const std::set<std::string> kInstitution = {"University", "College", "School", "Hospital", "Prison",
                                                       "Base", "Airport", "Campus"};
    if (P_.StateByForm(name) || (NonNameWords().count(name) && !kInstitution.count(name))) continue;
    bool in_state = false;
    for (auto& [sb, se] : states)
      if (w < se && sb < k) in_state = true;
    if (!in_state) out.push_back({w, k, Place::kSubstate, ""});
  }
  std::sort(out.begin(), out.end(), [](const Place& a, const Place& b) { return a.b < b.b; });
  // "The 2nd District in Nebraska": a state that locates a sub-state place
  // belongs to it.
  for (std::size_t i = 1; i < out.size(); ++i) {
    const Place& q = out[i - 1];
    if (q.kind == Place::kSubstate && out[i].kind == Place::kState && q.e <= out[i].b &&
        (s.substr(q.e, out[i].b - q.e) == " in " || s.substr(q.e, out[i].b - q.e) == " of "))
      out[i].kind = Place::kSubstate;
  }
  return out;
}

// The clause around [nb, ne): the text between the nearest ';' on each side.
std::pair<std::size_t, std::size_t> Clause(std::string_view s, std::size_t nb, std::size_t ne, const char* seps) {
  // A table, not strchr(seps, c) per byte (the hot spot on long sentences
  // with many figures). NUL counts, as strchr finds the terminator.
  bool sep[256] = {};
  sep[0] = true;
  for (const char* p = seps; *p; ++p) sep[static_cast<unsigned char>(*p)] = true;
  std::size_t cb = 0, ce = s.size();
  for (std::size_t i = nb; i > 0; --i)
    if (sep[static_cast<unsigned char>(s[i - 1])]) {
      cb = i;
      break;
    }
  for (std::size_t i = ne; i < s.size(); ++i)
    if (sep[static_cast<unsigned char>(s[i])]) {
      ce = i;
      break;
    }
  return {cb, ce};
}

bool GapAllowsFollowing(std::string_view gap, bool national) {
  for (char c : gap)
    if (std::isdigit(static_cast<unsigned char>(c)) || c == ',' || c == ';' || c == '.') return false;
  if (gap.size() > 60) return false;
  // "Florida's 74,021 claims were the most in the Southeast": the place
  // after a superlative is what the figure is ranked in.
  {
    const std::string low = " " + Lower(gap);
    for (const char* w : {"most ", "highest ", "largest ", "biggest ", "lowest ", "fewest ", "greatest ",
                          "smallest ", "best ", "worst "})
      for (std::size_t k = low.find(w); k != std::string::npos; k = low.find(w, k + 1))
        if (k >= 4 && (low.compare(k - 4, 4, "the ") == 0 || low[k - 1] == '-')) return false;
  }
  if (national) return true;
  std::string g = Trim(gap);
  for (const char* prep : {" in", " from", " across", " for", " of", " statewide in"}) {
    std::string p(prep);
    if (g.size() >= p.size() - 1 && (" " + g).compare(g.size() + 1 - p.size(), p.size(), p) == 0) return true;
  }
  return g == "in" || g == "from" || g == "across" || g == "for";
}

// The relative clauses of a sentence set off by commas (", which ...,",
// ", who ...,", ", where ...,", ", whose ...,"): [b, e) from the comma that
// opens one to the comma that closes it. Computed once per sentence.
std::vector<Aside> Asides(std::string_view s, const std::vector<Place>& places) {
  std::vector<Aside> out;
  static const std::pair<const char*, bool> kOpeners[] = {
      {", which ", true}, {", who ", true}, {", where ", false}, {", whose ", false},
      // Appositives: "Greg Orman, a Johnson County businessman whom many
      // feared would split the anti-Kobach vote, finished with 67,958 votes".
      {", a ", true}, {", an ", true},
      // "Illinois, with a population about a quarter larger than Michigan's,
      // had 2,016": a comparison set off by commas.
      {", with a population ", false}};
  for (const auto& [w, who_which] : kOpeners) {
    for (std::size_t k = s.find(w); k != std::string_view::npos; k = s.find(w, k + 1)) {
      std::size_t e = k + 2;
      for (;; ++e) {
        e = s.find_first_of(",;", e);
        if (e == std::string_view::npos) break;
        bool in_place = false;  // "in Tucson, Ariz., won": the commas of a place
        for (const Place& p : places) in_place |= p.kind == Place::kSubstate && p.b <= e && e < p.e;
        if (!in_place) break;
      }
      if (e == std::string_view::npos || s[e] != ',') continue;  // a clause that runs on is no aside
      out.push_back({k, e, who_which});
    }
  }
  return out;
}

// "Mike Huckabee, the former governor of neighbouring Arkansas, came first":
// a person's office or a neighbour is not the story's state for the
// sentences after.
bool OfficeOrNeighbour(std::string_view s, const Place& q) {
  const std::string before = Lower(s.substr(q.b >= 30 ? q.b - 30 : 0, q.b >= 30 ? 30 : q.b));
  for (const char* w : {"governor of ", "senator from ", "native of ", "neighboring ", "neighbouring ",
                        "congressman from ", "congresswoman from "})
    if (before.find(w) != std::string::npos) return true;
  return false;
}

// True when a cue stands inside a ", which ...," or ", who ...," clause
// that does not also hold the figure [nb, ne) (when one is given).
bool InWhichClause(const std::vector<Aside>& asides, const Cue& q, std::size_t nb = std::string_view::npos,
                   std::size_t ne = std::string_view::npos) {
  return std::any_of(asides.begin(), asides.end(), [&](const Aside& a) {
    return a.who_which && a.b <= q.b && q.e <= a.e && !(a.b <= nb && ne <= a.e);
  });
}

// The places of `all` outside asides that do not hold the figure:
// "Washington state, which like Oregon mails a ballot to every voter, had
// tallied 4.08 million" is Washington's figure.
std::vector<Place> OutsideAsides(const std::vector<Place>& all, const std::vector<Aside>& asides, std::string_view s,
                                 std::size_t nb) {
  std::vector<Place> out;
  bool any = false, state_outside = false;
  for (const Place& p : all) {
    bool inside = false;
    for (const Aside& a : asides)
      if (!(a.b < nb && nb < a.e)) {
        any = true;
        inside |= a.b <= p.b && p.e <= a.e;
      }
    if (!inside) out.push_back(p);
    state_outside |= !inside && p.kind != Place::kSubstate;
  }
  if (!any) return all;
  // "Unaffiliated voters, who could take part in Colorado's primaries,
  // returned 830,000-plus ballots in the state": "the state" after the
  // figure refers back to the aside's state, the only one named.
  const bool the_state = s.substr(nb).find(" the state") != std::string_view::npos;
  return state_outside || !the_state ? out : all;
}

// True when `p` stands in a list of three or more states ("Louisiana,
// Mississippi and Alabama").
bool InStateList(const std::vector<Place>& places, std::string_view s, const Place& p) {
  const auto joined = [&](const Place& a, const Place& b) {
    if (a.e > b.b || a.kind != Place::kState || b.kind != Place::kState || a.code == b.code) return false;
    const std::string_view gap = s.substr(a.e, b.b - a.e);
    return gap == ", " || gap == " and " || gap == ", and ";
  };
  std::size_t i = 0;
  while (i < places.size() && !(places[i].b == p.b && places[i].e == p.e)) ++i;
  if (i == places.size()) return false;
  std::size_t lo = i, hi = i;
  while (lo > 0 && joined(places[lo - 1], places[lo])) --lo;
  while (hi + 1 < places.size() && joined(places[hi], places[hi + 1])) ++hi;
  return hi - lo >= 2;
}

std::optional<Place> DocResolver::ChoosePlace(const std::vector<Place>& all_places, const std::vector<Aside>& asides,
                                              std::string_view s, std::size_t nb, std::size_t ne) const {
  const std::vector<Place> places = OutsideAsides(all_places, asides, s, nb);
  if (places.empty()) return std::nullopt;
  auto [cb, ce] = Clause(s, nb, ne, ";");
  // A county or city before the figure owns it: no state claim.
  const Place* nearest = nullptr;
  for (const Place& p : places)
    if (p.e <= nb && p.b >= cb) nearest = &p;
  // "Three days after a derecho tore across the Midwest, at least three
  // people in Iowa are dead": a region before yields to a state right after.
  if (nearest && nearest->kind == Place::kSubstate && nearest->code == "-") {
    const std::size_t cce = Clause(s, nb, ne, ",;").second;
    for (const Place& p : places)
      if (p.b >= ne && p.b < cce && p.kind == Place::kState) return p;
  }
  if (nearest && nearest->kind == Place::kSubstate) {
    // "Election officials in Harrisburg, Pa., said 2.6 million ballots had
    // been counted in Pennsylvania": a city in the speaker's words yields to
    // a state right after the figure ("Maricopa County reported 1.2 million
    // votes in Arizona" stays the county's).
    const std::string_view gap = s.substr(nearest->e, nb - nearest->e);
    if (gap.find(" said ") != std::string_view::npos || gap.find(" says ") != std::string_view::npos ||
        gap.find(" told ") != std::string_view::npos) {
      for (const Place& p : places)
        if (p.b >= ne && p.b < ce && p.kind == Place::kState) {
          if (GapAllowsFollowing(s.substr(ne, p.b - ne), false)) return p;
          break;
        }
    }
    // "lettuce from the Yuma, Ariz., growing region rose to 172 across the
    // country": national scope right after the figure governs it.
    for (const Place& p : places)
      if (p.b >= ne && p.b < ce && p.kind == Place::kNational) {
        const std::string_view g = s.substr(ne, p.b - ne);
        if (g.find_first_of(",;") == std::string_view::npos && std::count(g.begin(), g.end(), ' ') <= 3) return p;
        break;
      }
    return *nearest;
  }
  // "Nationally, ..." opening the sentence governs its figures unless a state
  // is named between it and the figure ("... as ballots from California").
  if (places.front().kind == Place::kNational && places.front().b <= 1 && places.front().e < s.size() &&
      s[places.front().e] == ',') {
    bool state_between = false;
    const std::size_t ccb = Clause(s, nb, ne, ",;").first;
    for (const Place& p : places)
      if (p.kind != Place::kNational && p.b > places.front().e && p.b >= ccb && p.e <= nb) state_between = true;
    if (!state_between) return places.front();
  }
  // (a) "... votes in Kentucky": a place right after the figure.
  for (const Place& p : places) {
    if (p.b < ne || p.b >= ce) continue;
    // "in Arizona she had 47,967 and in Wisconsin 38,415": a place that
    // opens the next figure is that figure's.
    std::size_t k = p.e;
    while (k < s.size() && (s[k] == ' ' || s[k] == ',')) ++k;
    const bool opens_next = k < s.size() && std::isdigit(static_cast<unsigned char>(s[k]));
    bool place_before = false;
    for (const Place& q : places) place_before |= q.e <= nb && q.b >= cb;
    if (opens_next && place_before) break;
    if (GapAllowsFollowing(s.substr(ne, p.b - ne), p.kind == Place::kNational)) return p;
    // "lay off 1,608 workers at its Mountain View, Calif., headquarters".
    if (p.kind == Place::kSubstate) {
      std::string gap = " " + Trim(s.substr(ne, p.b - ne));
      for (const char* at : {" at its", " at the", " at"})
        if (gap.size() >= std::strlen(at) && gap.compare(gap.size() - std::strlen(at), std::strlen(at), at) == 0 &&
            gap.find_first_of(",;0123456789") == std::string::npos && gap.size() < 60)
          return p;
    }
    break;
  }
  // (b) the nearest place before the figure in its clause, (c) after it.
  const Place* before = nullptr;
  for (const Place& p : places)
    if (p.e <= nb && p.b >= cb) before = &p;
  if (before) return *before;
  for (const Place& p : places) {
    if (p.b < ne || p.e > ce) continue;
    // "..., not counting a backlog of cases in New York City": a city in a
    // later comma clause is not the figure's place.
    if (p.kind == Place::kSubstate && s.substr(ne, p.b - ne).find(',') != std::string_view::npos) continue;
    return p;
  }
  // (d) elsewhere in the sentence.
  for (const Place& p : places)
    if (p.e <= nb) before = &p;
  if (before) return *before;
  for (const Place& p : places) {
    if (p.b < ne) continue;
    if (p.kind == Place::kSubstate && s.substr(ne, p.b - ne).find(',') != std::string_view::npos) continue;
    return p;
  }
  return std::nullopt;
}

// Auxiliaries of a past or perfect verb.
constexpr const char* kPastAux[] = {" had ", " has ", " have ", " was ", " were "};
constexpr const char* kAhead[] = {"next ", "expected ", "scheduled ", "coming ", "set for ", "due ", "starting ",
                                  "beginning "};

std::vector<DateExpr> DocResolver::Dates(std::string_view s) const {
  std::vector<DateExpr> out;
  std::vector<GroupSpan> g;
  const auto& nm = P_.date_expr->NamedGroups();
  auto grp = [&](const char* name) -> std::string_view {
    const GroupSpan& x = g[static_cast<std::size_t>(nm.at(name))];
    if (!x.matched()) return {};
    return s.substr(static_cast<std::size_t>(x.begin), static_cast<std::size_t>(x.end - x.begin));
  };
  auto num = [](std::string_view v) { int n = 0; for (char c : v) n = n * 10 + (c - '0'); return n; };
  std::optional<Date> anchor = doc_date_;
  std::optional<Date> written;  // the last date written out ("the week ended Sept. 25")
  for (std::size_t pos = 0; pos < s.size() && P_.date_expr->Find(s, pos, &g);) {
    DateExpr d{static_cast<std::size_t>(g[0].begin), static_cast<std::size_t>(g[0].end), std::nullopt, false};
    pos = d.e > d.b ? d.e : d.b + 1;
    // Future tense: "will be final Monday", "next week".
    std::string before = Lower(s.substr(d.b >= 30 ? d.b - 30 : 0, d.b >= 30 ? 30 : d.b));
    bool future = false;
    for (const char* w : {"will ", "'ll ", "next ", "until ", "through ", "expected ", "scheduled ", "coming ",
                          "starting ", "beginning ", "set for ", "due "})
      if (before.find(w) != std::string::npos) future = true;
    // "Up until Tuesday, Georgia had counted", "Through Sunday, the state has
    // reported": an end in the past, when the verb says so.
    // ("figures the departments posted through Tuesday": a past participle
    // before "through" says so too.)
    const auto past_verb_before = [&](const char* w) {
      const std::size_t k = before.rfind(w);
      return k != std::string::npos && k >= 3 && before.compare(k - 3, 3, "ed ") == 0;
    };
    // "a tally of statements through Wednesday": with no verb that runs on
    // ("runs through Friday", "open until"), "through" ends a past span.
    const auto runs_on = [&] {
      for (const char* w : {" run", " continu", " last", " open", " remain", " extend", " stay", " go on", " lasts"})
        if (before.find(w) != std::string::npos) return true;
      return false;
    };
    if (future && before.find("will ") == std::string::npos && before.find("'ll ") == std::string::npos &&
        (before.find("until ") != std::string::npos || before.find("through ") != std::string::npos) &&
        (std::any_of(std::begin(kPastAux), std::end(kPastAux),
                     [&](const char* w) { return s.find(w) != std::string_view::npos; }) ||
         past_verb_before("through ") || past_verb_before("until ") ||
         (before.find("through ") != std::string::npos && !runs_on() &&
          Lower(s.substr(0, d.b)).find("will ") == std::string::npos &&
          std::none_of(std::begin(kAhead), std::end(kAhead),
                       [&](const char* w) { return before.find(w) != std::string::npos; }))))
      future = false;
    int year = 0, month = 0, day = 0;
    if (!grp("md").empty()) {
      month = MonthNumber(grp("mon")); day = num(grp("day")); year = grp("year").empty() ? 0 : num(grp("year"));
    } else if (!grp("dm").empty()) {
      month = MonthNumber(grp("mon2")); day = num(grp("day2")); year = grp("year2").empty() ? 0 : num(grp("year2"));
    } else if (!grp("iso").empty()) {
      year = num(grp("iy")); month = num(grp("im")); day = num(grp("id"));
    } else if (!grp("us").empty()) {
      month = num(grp("um")); day = num(grp("ud")); year = num(grp("uy"));
      if (year < 100) year += 2000;
    }
    if (month) {
      if (year && ValidDate(year, month, day)) {
        d.date = Date{year, month, day};
      } else if (!year && doc_date_) {
        d.date = LatestOnOrBefore(month, day, *doc_date_);
        // "when electors meet Dec. 14" in an article of Dec. 1: a day just
        // ahead names the future, not last year's Dec. 14.
        if (ValidDate(doc_date_->year, month, day)) {
          const Date ahead{doc_date_->year, month, day};
          const auto key = [](const Date& x) { return std::tie(x.year, x.month, x.day); };
          if (key(*doc_date_) < key(ahead) && key(ahead) < key(AddDays(*doc_date_, 45))) future = true;
        }
      } else if (!year && context_year_ && ValidDate(context_year_, month, day)) {
        d.date = Date{context_year_, month, day};
      }
    } else if (!grp("wd").empty()) {
      d.relative = true;
      if (doc_date_ && !future) d.date = LatestWeekday(WeekdayNumber(grp("wd")), *doc_date_);
      // "last Tuesday" in a Tuesday's article is the week before.
      if (d.date && *d.date == *doc_date_ && before.size() >= 5 && before.compare(before.size() - 5, 5, "last ") == 0)
        d.date = AddDays(*d.date, -7);
    } else {
      d.relative = true;
      std::string r = Lower(grp("rel"));
      // ("the week before the election", "the week before Thanksgiving":
      // a span before an event, no date.)
      // ("up from 351,000 the week before" after "in the week ended Sept.
      // 25": the week before that date; with no date written before it,
      // the phrase dates nothing here.)
      const bool week_of_date = r == "the week before" || r == "the previous week" || r == "the prior week";
      if (week_of_date && !written) continue;
      if (r == "the week before" && d.e + 2 < s.size() && s[d.e] == ' ') {
        const std::string_view next = s.substr(d.e + 1);
        if (IsUpper(next[0]) || next.rfind("the ", 0) == 0 || next.rfind("a ", 0) == 0 || next.rfind("an ", 0) == 0 ||
            next.rfind("his ", 0) == 0 || next.rfind("her ", 0) == 0 || next.rfind("their ", 0) == 0)
          continue;
      }
      long delta = 0;
      bool from_anchor = r.find("earlier") != std::string::npos || r.find("before") != std::string::npos ||
                         r.find("previous") != std::string::npos || r.find("prior") != std::string::npos;
      if (r == "yesterday" || r == "last night") delta = -1;
      else if (r.find("week") != std::string::npos) delta = -7;
      else if (r.rfind("the ", 0) == 0 && r.find("day before") != std::string::npos && r != "the day before")
        delta = -7;  // "the Saturday before"
      else if (r.find("day") != std::string::npos && r != "today") {
        delta = -1;
        static const char* kW[] = {"two", "three", "four", "five", "six"};
        for (int k = 0; k < 5; ++k)
          if (r.rfind(kW[k], 0) == 0) delta = -(k + 2);
        if (std::isdigit(static_cast<unsigned char>(r[0]))) delta = -(r[0] - '0');
      }
      std::optional<Date> base = week_of_date ? written : from_anchor ? anchor : doc_date_;
      if (base && !future) d.date = AddDays(*base, delta);
    }
    if (future) {
      // "before the committee meets Tuesday, Sept. 2": the weekday before a
      // date ahead is that day too.
      if (!out.empty() && out.back().relative && d.b >= out.back().e && (s.substr(out.back().e, d.b - out.back().e) == ", " ||
                                                                       s.substr(out.back().e, d.b - out.back().e) == " ("))
        out.pop_back();
      continue;
    }
    // "between June 24 and July 12": the count is as of the end of the span.
    if (before.size() >= 8 && before.compare(before.size() - 8, 8, "between ") == 0 && s.substr(d.e, 5) == " and ")
      continue;
    // So is "which ran Aug. 30 through Sept. 10", "from Aug. 30 to Sept. 10".
    {
      bool span_start = false;
      for (const char* w : {" through ", " thru ", " to ", " until ", "-", " - "})
        if (s.substr(d.e, std::strlen(w)) == w) {
          std::vector<GroupSpan> g2;
          const std::size_t at = d.e + std::strlen(w);
          span_start = at < s.size() && P_.date_expr->Find(s, at, &g2) && static_cast<std::size_t>(g2[0].begin) == at &&
                       g2[0].end > g2[0].begin;
          break;
        }
      if (span_start) continue;
    }
    // A relative date before year 1 (or after 9999) is no calendar day.
    if (d.date && !ValidDate(d.date->year, d.date->month, d.date->day)) d.date.reset();
    if (d.date) anchor = d.date;
    if (d.date && !d.relative) written = d.date;
    out.push_back(d);
  }
  // "on Thursday, Oct. 29", "on Wednesday (Nov. 4)": the explicit date
  // right after a weekday is the date, from the text.
  for (std::size_t i = 0; i + 1 < out.size();) {
    const DateExpr& a = out[i];
    const DateExpr& b = out[i + 1];
    const std::string_view gap = b.b >= a.e ? s.substr(a.e, b.b - a.e) : std::string_view();
    if (a.relative && !b.relative && (gap == ", " || gap == " ("))
      out.erase(out.begin() + static_cast<std::ptrdiff_t>(i));
    else
      ++i;
  }
  return out;
}

std::vector<Cue> DocResolver::Cues(std::string_view s) const {
  std::vector<Cue> out;
  std::vector<GroupSpan> g;
  // Lead cues: "according to X".
  GroupSpan m;
  for (std::size_t pos = 0; pos < s.size() && P_.cue_lead->FindSpan(s, pos, s.size(), &m);) {
    std::size_t cb = static_cast<std::size_t>(m.begin), ce = static_cast<std::size_t>(m.end);
    pos = ce;
    // The match is the cue phrase and the white space after it.
    std::size_t cue_e = ce;
    while (cue_e > cb && IsRe2Space(s[cue_e - 1])) --cue_e;
    std::string cue = Lower(s.substr(cb, cue_e - cb));
    std::size_t npb = ce;
    // Strip lead-ins ("a report from").
    for (bool again = true; again;) {
      again = false;
      for (const auto& [p, kind] : P_.cues) {
        if (kind != "lead_in" && kind != "lead") continue;
        if (Lower(s.substr(npb, p.size() + 1)) == p + " ") {
          npb += p.size() + 1;
          again = true;
        }
      }
    }
    std::size_t npe = npb;
    while (npe < s.size()) {
      char c = s[npe];
      // "the Nevada Department of Employment, Training and Rehabilitation":
      // a name's comma after "of X" when capitalised words with "and" follow.
      if (c == ',' && npe + 2 < s.size() && s[npe + 1] == ' ' && IsUpper(s[npe + 2])) {
        std::size_t w = npe;
        while (w > npb && std::isalpha(static_cast<unsigned char>(s[w - 1]))) --w;
        std::size_t q = npe + 2, words = 0;
        bool joined = false;
        while (q < s.size() && words < 5) {
          std::size_t qe = q;
          while (qe < s.size() && (std::isalpha(static_cast<unsigned char>(s[qe])) || s[qe] == '&')) ++qe;
          if (qe == q) break;
          const std::string_view word = s.substr(q, qe - q);
          if (word == "and" || word == "&") joined = true;
          else if (!IsUpper(word[0])) break;
          ++words;
          q = qe;
          if (q < s.size() && s[q] == ' ') ++q;
          else break;
        }
        if (joined && w >= npb + 4 && w < npe && IsUpper(s[w]) && s.substr(w - 4, 4) == " of ") {
          ++npe;
          continue;
        }
      }
      if (std::strchr(",;:()\"!?", c)) break;
      if (c == ' ' && npe + 2 < s.size() && (s[npe + 1] == '-') && s[npe + 2] == ' ') break;  // "X - check it out"

      if (c == '.' && (npe + 1 >= s.size() || s[npe + 1] == ' ') && !(npe >= 1 && IsUpper(s[npe - 1]) && npe >= 2 && s[npe - 2] == '.')) {
        // "according to Dr. Scott Harris": a title's dot goes on.
        std::size_t t = npe;
        while (t > npb && std::isalpha(static_cast<unsigned char>(s[t - 1]))) --t;
        static const std::unordered_set<std::string> kTitleDot = {"Dr", "Mr", "Mrs", "Ms", "Gov", "Sen", "Rep",
                                                                  "Lt", "Gen", "Sgt", "Capt", "Prof", "Rev", "St"};
        if (!(npe + 2 < s.size() && IsUpper(s[npe + 2]) && kTitleDot.count(std::string(s.substr(t, npe - t))))) break;
      }
      ++npe;
    }
    std::string np(s.substr(npb, npe - npb));
    // "according to provisional figures released Wednesday by the Centers for
    // Disease Control": the organisation after "by" names the source
    // ("figures tallied by the agency": whoever tallied them).
    if (!np.empty() && !IsUpper(np[0])) {
      std::size_t k = np.find(" by ");
      if (k != std::string::npos) {
        std::size_t b = k + 4;
        if (np.compare(b, 4, "the ") == 0) b += 4;
        const std::size_t sp = np.find(' ');
        const std::size_t sp2 = np.find(' ', sp + 1);
        const bool participle = P_.generic_sources.count(Lower(np.substr(0, sp))) && sp2 == k && k - sp > 3 &&
                                np.compare(k - 2, 2, "ed") == 0;
        if (b < np.size() && (IsUpper(np[b]) || participle)) {
          if (participle) b = k + 4;
          npb += b;
          np = np.substr(b);
        }
      }
    }
    // "according to the certified results the state Board of Elections
    // released": whoever released them, after a phrase of generic words.
    if (const std::size_t t = np.find(" the "); t != std::string::npos && t + 5 < np.size() &&
                                               (IsUpper(np[t + 5]) || np.compare(t + 5, 6, "state ") == 0)) {
      bool generic = true;
      for (std::size_t w = 0; w < t && generic; w = np.find(' ', w) + 1) {
        const std::size_t we = std::min(np.find(' ', w), t);
        const std::string word = Lower(np.substr(w, we - w));
        generic = word == "the" || P_.generic_sources.count(word) > 0;
        if (we == t) break;
      }
      if (generic) {
        npb += t + 1;
        np = np.substr(t + 1);
      }
    }
    // Cut at words that end a noun phrase.
    std::string low = " " + Lower(np) + " ";
    std::size_t cut = std::string::npos;
    for (const char* w : {" on ", " as of ", " at ", " that ", " which ", " who ", " when ", " after ", " before ",
                          " since ", " with ", " showed ", " shows ", " show ", " released ", " published ",
                          " posted ", " issued ", " compiled ", " through ", " for ", " by ", " in a ", " in its ", " late ", " early ", " last ", " this ", " earlier ",
                          // "in their own March reports"
                          " in their ", " in his ", " in her "}) {
      for (std::size_t k = low.find(w); k != std::string::npos; k = low.find(w, k + 1)) {
        const std::string ws(w);
        const bool joins = ws == " for " || ws == " by " || ws == " and ";
        // "Centers for Disease Control", "U.S. Bureau of ...": keep joiners inside a name.
        if (joins && k + ws.size() - 1 < np.size() && IsUpper(np[k + ws.size() - 1])) continue;
        // "unofficial results tallied by the Wisconsin Elections Commission".
        if (ws == " by " && k + ws.size() + 3 < np.size() && np.compare(k + ws.size() - 1, 4, "the ") == 0 &&
            IsUpper(np[k + ws.size() + 3]))
          continue;
        // "the Committee for the Study of the American Electorate": an
        // organisation's name goes on after its head word.
        if (ws == " for " && k + ws.size() + 3 < np.size() && np.compare(k + ws.size() - 1, 4, "the ") == 0 &&
            IsUpper(np[k + ws.size() + 3]) && k > 0) {
          std::size_t wb = k - 1;  // (low is np with a space before: np[k - 1] is the space before "for")
          while (wb > 0 && np[wb - 1] != ' ') --wb;
          const std::string head = np.substr(wb, k - 1 - wb);
          static const std::set<std::string> kMore = {"coalition", "alliance", "foundation", "campaign", "centers",
                                                      "citizens", "network", "fund", "partnership"};
          if (!head.empty() && IsUpper(head[0]) && (IsOrgHead(Lower(head)) || kMore.count(Lower(head)))) continue;
        }
        if (k < cut) cut = k;
        break;
      }
    }
    if (cut != std::string::npos) np = np.substr(0, cut);
    np = Trim(np);
    if (np.empty()) continue;
    // "results from private laboratories were still waiting to be loaded":
    // a clause, no one's name.
    {
      const std::string lnp = " " + Lower(np) + " ";
      if (std::any_of(std::begin(kClauseVerbs), std::end(kClauseVerbs),
                      [&](const char* v) { return lnp.find(v) != std::string::npos; }))
        continue;
    }
    // "per the AP", "per an AP count", "per the state's Department of
    // Economic Opportunity"; "per person" names no one.
    const auto owner_then_name = [&](std::size_t at) {
      const std::size_t k = np.find("'s ", at);
      if (k == std::string::npos || np.find(' ', at) < k || k + 3 >= np.size() || !IsUpper(np[k + 3])) return false;
      const std::size_t we = np.find(' ', k + 3);
      const std::string word = np.substr(k + 3, we == std::string::npos ? std::string::npos : we - k - 3);
      return WeekdayNumber(word) < 0 && !IsMonthName(word);  // not "the agency's Tuesday update"
    };
    // "per the department", "per the board's daily report", "per the state
    // Division of Emergency Management", "per the secretary of state's
    // results site": an organisation's head.
    const auto org_head = [&] {
      if (np.compare(0, 4, "the ") != 0) return false;
      std::string rest = np.substr(4);
      if (rest.rfind("state ", 0) == 0 && rest.size() > 6 && IsUpper(rest[6])) return true;
      const std::size_t k = rest.find("'s");
      if (k != std::string::npos) rest.resize(k);
      // ("per the lieutenant governor's office": an elected office's staff.)
      static const std::set<std::string> kOffices = {"governor", "lieutenant governor", "attorney general",
                                                     "comptroller", "treasurer", "state treasurer", "auditor",
                                                     "state auditor", "mayor"};
      if (k != std::string::npos && kOffices.count(rest)) return true;
      return (rest.find(' ') == std::string::npos || rest.find("secretary of state") != std::string::npos) && OrgPhrase(rest);
    };
    if ((cue == "per" || cue == "via") && !(IsUpper(np[0]) || (np.size() > 5 && np.compare(0, 4, "the ") == 0 && (IsUpper(np[4]) || owner_then_name(4))) ||
                          org_head() ||
                          (np.size() > 4 && np.compare(0, 3, "an ") == 0 && IsUpper(np[3])) ||
                          (np.size() > 3 && np.compare(0, 2, "a ") == 0 && IsUpper(np[2]))))
      continue;
    out.push_back({cb, ce, npb, npb + np.size(), Cue::kLead, np});
  }
  // Verb cues: "X said", "X figures show".
  for (std::size_t pos = 0; pos < s.size() && P_.cue_verb->FindSpan(s, pos, s.size(), &m);) {
    std::size_t cb = static_cast<std::size_t>(m.begin), ce = static_cast<std::size_t>(m.end);
    pos = ce;
    {
      // '"We've counted 2.8 million ballots," said Delphine Aukerman, a
      // spokeswoman': after a comma or a quotation's end the speaker follows
      // the verb.
      const std::string_view verb = s.substr(cb, ce - cb);
      std::size_t q = cb;
      while (q > 0 && s[q - 1] == ' ') --q;
      const bool after_comma = q > 0 && (s[q - 1] == ',' || (s[q - 1] == '"' && q > 1 && s[q - 2] == ','));
      std::size_t sb = ce;
      while (sb < s.size() && s[sb] == ' ') ++sb;
      if ((verb == "said" || verb == "says") && after_comma && sb < s.size() &&
          (IsUpper(s[sb]) || s.substr(sb, 2) == "a " || s.substr(sb, 3) == "an " || s.substr(sb, 4) == "the ")) {
        std::size_t se = s.find_first_of(",;", sb);
        if (se == std::string_view::npos) se = s.size();
        while (se > sb && (s[se - 1] == ' ' || s[se - 1] == '.')) --se;
        std::string np(s.substr(sb, se - sb));
        const std::string first = np.substr(0, np.find(' '));
        if (!np.empty() && np.size() <= 80 && WeekdayNumber(first) < 0 && !IsMonthName(first) &&
            np.find_first_of("0123456789") == std::string::npos) {
          out.push_back({cb, ce, sb, se, Cue::kVerb, np});
          continue;
        }
      }
    }
    std::size_t e = cb;
    while (e > 0 && s[e - 1] == ' ') --e;
    // Skip auxiliaries and adverbs: "X has counted", "X also said".
    for (bool again = true; again && e > 0;) {
      again = false;
      std::size_t wb = e;
      while (wb > 0 && std::isalpha(static_cast<unsigned char>(s[wb - 1]))) --wb;
      static const std::set<std::string> kSkip = {"has", "have", "had", "also", "previously", "now", "officially",
                                                  "initially", "separately", "already", "just", "later", "earlier",
                                                  "first", "then", "again", "was", "were", "is", "are", "each"};
      if (wb < e && kSkip.count(std::string(s.substr(wb, e - wb)))) {
        e = wb;
        while (e > 0 && s[e - 1] == ' ') --e;
        again = true;
      }
    }
    // "Inslee, 69, told reporters": the age between the name and its verb.
    if (e >= 2 && s[e - 1] == ',') {
      std::size_t d = e - 1;
      while (d > 0 && std::isdigit(static_cast<unsigned char>(s[d - 1]))) --d;
      if (d < e - 1 && d >= 2 && s[d - 1] == ' ' && s[d - 2] == ',') e = d - 2;
    }
    // "The Electric Reliability Council of Texas (ERCOT), which ...": the
    // name before its parenthesised short form.
    const auto skip_short_form = [&] {
      if (e >= 3 && s[e - 1] == ')') {
        const std::size_t open = s.rfind('(', e - 1);
        if (open != std::string_view::npos && e - open < 16) {
          e = open;
          while (e > 0 && s[e - 1] == ' ') --e;
        }
      }
    };
    // "Duke Energy, the state's largest utility, said", "ERCOT, which
    // operates the grid, said": the name before its appositive.
    if (e >= 2 && s[e - 1] == ',') {
      const std::size_t lo = e > 120 ? e - 120 : 0;
      const std::size_t c = s.substr(lo, e - 1 - lo).rfind(", ");
      if (c != std::string_view::npos) {
        const std::string_view app = s.substr(lo + c + 2, e - 1 - (lo + c + 2));
        // Also "run by University of Florida professor Michael McDonald".
        const bool lower_start = !app.empty() && std::islower(static_cast<unsigned char>(app[0]));
        for (const char* w : {"which ", "who ", "whose ", "the ", "a ", "an ", "its ", "their ", ""})
          if ((app.rfind(w, 0) == 0 && (*w != '\0' || lower_start)) && app.find_first_of(";\"") == std::string_view::npos) {
            e = lo + c;
            skip_short_form();
            break;
          }
      }
    }
    // "His campaign manager, Jadranka Pellegrew, said": the name in the
    // appositive after a description.
    if (e >= 2 && s[e - 1] == ',') {
      const std::size_t c = s.substr(0, e - 1).rfind(", ");
      if (c != std::string_view::npos && e - 1 - (c + 2) <= 40) {
        const std::string_view app = s.substr(c + 2, e - 1 - (c + 2));
        std::size_t words = 0;
        bool name = !app.empty();
        for (std::size_t w = 0; name && w < app.size(); w = app.find(' ', w) == std::string_view::npos ? app.size() : app.find(' ', w) + 1) {
          ++words;
          name = IsUpper(app[w]);
        }
        name = name && words >= 2 && words <= 4 && app.find_first_of("0123456789") == std::string_view::npos;
        // (After a description: "His campaign manager", "A spokeswoman".)
        const std::size_t db = s.substr(0, c).find_last_of(",;:") == std::string_view::npos ? 0 : s.substr(0, c).find_last_of(",;:") + 1;
        std::string_view desc = s.substr(db, c - db);
        while (!desc.empty() && desc.front() == ' ') desc.remove_prefix(1);
        bool described = false;
        for (const char* d : {"His ", "Her ", "Their ", "Its ", "A ", "An ", "The ", "his ", "her ", "their ", "its ", "a ", "an ", "the "})
          if (desc.rfind(d, 0) == 0) described = true;
        described = described && desc.find_first_of("0123456789") == std::string_view::npos &&
                    std::none_of(desc.begin() + 1, desc.end(), [](char ch) { return IsUpper(ch); });
        if (name && described) e = e - 1;
      }
    }
    if (e == 0) continue;
    // "was revised to show": an infinitive names no one.
    if (e >= 3 && s.substr(e - 3, 3) == " to") continue;
    // "the department has received reports of ...": a noun after a verb, not "X reports".
    if (cb == e + 1 && e >= 3 && s.substr(e - 2, 2) == "ed") {
      std::size_t wb = e;
      while (wb > 0 && std::isalpha(static_cast<unsigned char>(s[wb - 1]))) --wb;
      std::size_t ab = wb > 0 ? wb - 1 : 0;
      while (ab > 0 && std::isalpha(static_cast<unsigned char>(s[ab - 1]))) --ab;
      const std::string_view aux = s.substr(ab, wb > ab + 1 ? wb - 1 - ab : 0);
      if (aux == "has" || aux == "have" || aux == "had") continue;
    }
    {
      // "as confirmed coronavirus cases topped": a participle before the
      // counted noun, not "X confirmed".
      // ("The CDC released new case counts": a name before it makes it a verb.)
      GroupSpan mm;
      std::size_t pw = e;
      while (pw > 0 && !IsRe2Space(s[pw - 1])) --pw;
      const std::string_view prev_word = s.substr(pw, e - pw);
      const bool named_subject =
          pw > 0 && prev_word.size() >= 2 &&
          (std::all_of(prev_word.begin(), prev_word.end(), [](char ch) { return IsUpper(ch) || ch == '.'; }) ||
           alias_.count(std::string(prev_word)) > 0);
      // (Not "said": "Johns Hopkins University said deaths topped 100,000".)
      const std::string cue_word = Lower(s.substr(cb, ce - cb));
      const bool says = cue_word == "said" || cue_word == "says" || cue_word == "say";
      if (!named_subject && !says && ce + 1 < s.size() && s[ce] == ' ' &&
          P_.metric_phrase->FindSpan(s, ce + 1, std::min(s.size(), ce + 60), &mm) && static_cast<std::size_t>(mm.begin) == ce + 1)
        continue;
      // "the union's estimated 25,000 striking members".
      if (e >= 2 && s.substr(e - 2, 2) == "'s" && Lower(s.substr(cb, ce - cb)) == "estimated") continue;
    }
    {
      // "an estimated 3 million": a qualifier, not "X estimated".
      std::string before = Lower(s.substr(e >= 3 ? e - 3 : 0, e >= 3 ? 3 : e));
      if (before == " an" || before == "an" || (e == 2 && before.size() >= 2 && before.substr(before.size() - 2) == "an") ||
          (e >= 2 && Lower(s.substr(e - 2, 2)) == " a") || (e == 1 && (s[0] == 'a' || s[0] == 'A')))
        continue;
    }
    // A capitalised run ("The Washington Post", "AP") or a lower-case phrase back
    // to the clause start ("the secretary of state's office").
    std::size_t b = e;
    std::size_t k = e;
    bool cap_run = false, said_split = false;
    while (k > 0) {
      std::size_t we = k;
      while (we > 0 && s[we - 1] == ' ') --we;
      std::size_t wb = we;
      while (wb > 0 && (std::isalnum(static_cast<unsigned char>(s[wb - 1])) || s[wb - 1] == '.' || s[wb - 1] == '&' ||
                        s[wb - 1] == '-' || s[wb - 1] == '\''))
        --wb;
      if (wb == we) break;
      std::string w(s.substr(wb, we - wb));
      if (IsUpper(w[0]) || w == "&") {
        cap_run = true;
        b = wb;
        k = wb;
        continue;
      }
      // "Texas Commission on Environmental Quality", not "Ohio on Wednesday".
      const bool on_ok = w != "on" || !NonNameWords().count(std::string(s.substr(we + 1, [&] {
                           std::size_t q = we + 1;
                           while (q < s.size() && std::isalpha(static_cast<unsigned char>(s[q]))) ++q;
                           return q - we - 1;
                         }())));
      if (cap_run && on_ok && (w == "of" || w == "the" || w == "and" || w == "for" || w == "at" || w == "on")) {
        // Only inside a run: "Bureau of Labor Statistics", "The ..." start.
        std::size_t pb = wb;
        while (pb > 0 && s[pb - 1] == ' ') --pb;
        std::size_t pw = pb;
        while (pw > 0 && std::isalpha(static_cast<unsigned char>(s[pw - 1]))) --pw;
        if (w == "the" || (pw < pb && IsUpper(s[pw]))) {
          b = wb;
          k = wb;
          // "Secretary of the Commonwealth William Galvin": "the" inside a title.
          // "the U.S. Elections Project at the University of Florida" too.
          if (w == "the" && !((s.substr(pw, pb - pw) == "of" || s.substr(pw, pb - pw) == "at") && pw >= 2 && s[pw - 1] == ' ' &&
                              [&] { std::size_t q = pw - 1; while (q > 0 && std::isalpha(static_cast<unsigned char>(s[q - 1]))) --q; return IsUpper(s[q]); }()))
            break;
          continue;
        }
      }
      break;
    }
    // "Challenger, Gray & Christmas said": a firm's name keeps its comma.
    // So does "the Department of Business, Economic Development and Tourism".
    const auto of_before_comma = [&] {
      if (b < 6) return false;
      std::size_t w = b - 2;
      while (w > 0 && std::isalpha(static_cast<unsigned char>(s[w - 1]))) --w;
      return w >= 4 && w < b - 2 && IsUpper(s[w]) && s.substr(w - 4, 4) == " of ";
    };
    if (cap_run && b >= 3 && s.substr(b - 2, 2) == ", " &&
        (s.substr(b, e - b).find('&') != std::string_view::npos ||
         (s.substr(b, e - b).find(" and ") != std::string_view::npos && of_before_comma()))) {
      std::size_t w = b - 2;
      while (w > 0 && std::isalpha(static_cast<unsigned char>(s[w - 1]))) --w;
      const std::size_t name_b = b;
      if (w < b - 2 && IsUpper(s[w])) {
        b = w;
        // ... and the name's words before the comma: "the Maine Bureau of
        // Corporations, Elections & Commissions reported".
        std::size_t joined = b;  // the start before an unconfirmed "of"
        for (;;) {
          const std::size_t p = b;
          if (p < 2 || s[p - 1] != ' ') break;
          std::size_t q = p - 1;
          while (q > 0 && std::isalpha(static_cast<unsigned char>(s[q - 1]))) --q;
          const std::string word(s.substr(q, p - 1 - q));
          if (word == "of" || word == "for") {
            b = q;  // kept only if a capitalised word comes before it
            continue;
          }
          if (word.empty() || !IsUpper(word[0]) || word == "The" || word == "A" || word == "An") break;
          b = q;
          joined = b;
        }
        b = joined;
        // "In New Jersey, Public Service Electric & Gas said": a place or an
        // opening phrase before the comma is no part of the name.
        const std::string before_comma(s.substr(b, name_b - 2 - b));
        const std::string first_word = before_comma.substr(0, before_comma.find(' '));
        static const std::set<std::string> kOpening = {"In", "On", "At", "By", "From", "With", "And", "But", "For",
                                                       "Across", "Meanwhile", "Elsewhere", "Nationally", "Statewide"};
        if (P_.StateByForm(before_comma) || kOpening.count(first_word)) b = name_b;
      }
    }
    if (cap_run && b >= 6 && s.substr(b - 6, 6) == "state ") b -= 6;  // "the state Department of Health"
    if (cap_run && NonNameWords().count(std::string(s.substr(b, e - b)))) cap_run = false;  // "An estimated"
    // "Officials in Maine reported": the state ends a lower-case phrase.
    if (cap_run && P_.StateByForm(std::string(s.substr(b, e - b))) && b >= 4 &&
        (s.substr(b - 4, 4) == " in " || s.substr(b - 4, 4) == " of "))
      cap_run = false;
    if (!cap_run) {
      b = e;
      while (b > 0 && !std::strchr(",;:(\"", s[b - 1]) && !(b >= 3 && s.substr(b - 3, 3) == " - ")) --b;
      while (b < e && s[b] == ' ') ++b;
      // "Beshear said state inspectors had counted", "The National Weather
      // Service said Tuesday it had confirmed": the speaker before "said".
      for (const char* said : {" said ", " says ", " told "}) {
        const std::size_t at = s.substr(b, e - b).find(said);
        if (at != std::string_view::npos && at > 0) {
          e = b + at;
          said_split = true;
          break;
        }
      }
    }
    std::string np(s.substr(b, e - b));
    // "here is what the election offices that count write-ins by name have
    // reported": the speaker follows "what", and its relative clause is no
    // part of it.
    if (!cap_run)
      if (const std::size_t w = (" " + np).find(" what "); w != std::string::npos) {
        np.erase(0, w + 5);
        if (const std::size_t t = np.find(" that "); t != std::string::npos) np.resize(t);
        b = e - np.size();
      }
    if (np.empty() || np.size() > 80) continue;
    // ("The count has ...": an article's "The" before "count has".)
    {
      static const std::set<std::string> kDeterminer = {"the", "a", "an", "this", "that", "its", "their", "his",
                                                        "her", "our", "my", "one", "each"};
      if (kDeterminer.count(Lower(np))) continue;
    }
    bool digit = false;
    for (char c : np) digit |= std::isdigit(static_cast<unsigned char>(c)) != 0;
    if (digit) continue;
    // "..., and roughly 28,500 votes in Utah, where state election officials
    // said ...": a relative clause's speaker speaks of something else.
    // ("a toll that public health experts say was unthinkable": so does a
    // "that" clause.)
    // ("..., said its own review of DHS case data puts the number at": the
    // speaker is the one who said.)
    if (np.rfind("where ", 0) == 0 || np.rfind("which ", 0) == 0 || np.rfind("whom ", 0) == 0 ||
        np.rfind("said ", 0) == 0 || np.rfind("says ", 0) == 0 ||
        (!cap_run && np.find(" that ") != std::string::npos))
      continue;
    // "The Nebraska Department of Health and Human Services added 2,115 new
    // cases", "the department also logged 14 more deaths": these verbs
    // attribute only with an organisation before them ("Texas added 2,000
    // jobs" names whose jobs). "The Associated Press ... had Bush ahead by
    // 8,051", "NBC's website still put the gap at 6,900": these with any
    // name but a place's.
    const auto kind = P_.cues.find(Lower(s.substr(cb, ce - cb)));
    const bool org_verb = kind != P_.cues.end() && kind->second == "org_verb";
    const bool named_verb = kind != P_.cues.end() && kind->second == "named_verb";
    if (!cap_run) {
      // "Canvass figures the secretary of state's office posted", "On Sunday
      // alone the department counted": the organisation's own words, from
      // its last "the" (to a time).
      std::string org = np;
      if (org_verb || named_verb) {
        const std::string low = " " + Lower(org) + " ";
        for (const char* w : {" in ", " on ", " last ", " this ", " earlier "})
          if (const std::size_t k2 = low.find(w); k2 != std::string::npos && k2 > 0) org.resize(std::min(org.size(), k2 - 1));
      }
      // (Not the "the" of "Secretary of the State Stephanie Thomas's office".)
      const std::string low_org = " " + Lower(org);
      if (const std::size_t t = low_org.rfind(" the "); t != std::string::npos && t > 0 && !(t >= 3 && low_org.compare(t - 3, 3, " of") == 0))
        org = Trim(org.substr(t));
      if (org_verb || named_verb || (org != np && OrgPhrase(Lower(org)))) np = Trim(org);
    }
    if (org_verb || named_verb) {
      // ("The department now says the economy added": the speaker said it.)
      if (said_split) continue;
      // "the secretary of state's office has McCain at 452,979", "NBC's
      // website still put the gap at 6,900": not an auxiliary ("the
      // department has paid"), not "has put 500 Guard troops on alert".
      const std::string verb = Lower(s.substr(cb, ce - cb));
      std::size_t nx = ce;
      while (nx < s.size() && s[nx] == ' ') ++nx;
      // ("The New York Times, which ..., had 100,396": a known source's figure.)
      if ((verb == "has" || verb == "had") && !(nx < s.size() && IsUpper(s[nx])) &&
          !(nx < s.size() && std::isdigit(static_cast<unsigned char>(s[nx])) && P_.sources.count(Lower(StripThe(np)))))
        continue;
      if (verb == "put" || verb == "puts") {
        const std::size_t at = s.substr(ce, 80).find(" at ");
        if (at == std::string_view::npos) continue;
        const std::string_view after = s.substr(ce + at + 4, 24);
        const std::size_t first_digit = after.find_first_of("0123456789");
        if (first_digit == std::string_view::npos || after.substr(0, first_digit).find_first_of(",.;") != std::string_view::npos) continue;
      }
      // ("ADPH also added 94 deaths": an agency's initials.)
      const bool initials = np.size() >= 3 && np != "USA" && std::all_of(np.begin(), np.end(), [](char ch) { return IsUpper(ch); });
      const bool org_head = cap_run && [&] {
        const std::string low = " " + Lower(np) + " ";
        for (std::size_t w = 1; w < low.size(); w = low.find(' ', w) + 1)
          if (IsOrgHead(low.substr(w, low.find(' ', w) - w))) return true;
        return false;
      }();
      const bool known = P_.sources.count(Lower(StripThe(np))) > 0;
      const bool named = cap_run && !P_.StateByForm(std::string(StripThe(np))) &&
                         (np.find(' ') != std::string::npos || alias_.count(np));
      if (!OrgPhrase(Lower(np)) && !initials && !org_head && !known && !(named_verb && named)) continue;
    }
    if (org_verb || named_verb || np.size() != e - b) {
      b += s.substr(b, e - b).find(np);
      e = b + np.size();
    }
    out.push_back({cb, ce, b, e, Cue::kVerb, np});
  }
  // Possessive cues: "The Associated Press's count".
  for (std::size_t pos = 0; pos < s.size() && P_.cue_possessive->FindSpan(s, pos, s.size(), &m);) {
    std::size_t cb = static_cast<std::size_t>(m.begin), ce = static_cast<std::size_t>(m.end);
    pos = ce;
    if (s[cb] != '\'') ++cb;  // "NBC News' count": the name keeps its s
    std::size_t b = cb;
    while (b > 0 && (std::isalnum(static_cast<unsigned char>(s[b - 1])) || s[b - 1] == ' ' || s[b - 1] == '.' || s[b - 1] == '-')) {
      std::size_t wb = b;
      while (wb > 0 && s[wb - 1] == ' ') --wb;
      std::size_t w0 = wb;
      while (w0 > 0 && (std::isalnum(static_cast<unsigned char>(s[w0 - 1])) || s[w0 - 1] == '.' || s[w0 - 1] == '-')) --w0;
      // ("Centers for Disease Control and Prevention's Heat and Health
      // Tracker": a name's joiners.)
      const std::string_view word = s.substr(w0, wb - w0);
      if (w0 == wb || !(IsUpper(s[w0]) || word == "of" || word == "and" || word == "for")) break;
      b = w0;
    }
    std::string np = Trim(s.substr(b, cb - b));
    // "the final round of Alaska's count": the "of" belongs to the phrase
    // before; "By The New York Times' count": so does the "By".
    bool by = false;
    for (bool again = true; again;) {
      again = false;
      for (const char* w : {"of ", "By ", "by ", "In ", "From ", "Per "})
        if (np.compare(0, std::strlen(w), w) == 0) {
          np = Trim(np.substr(std::strlen(w)));
          by |= (w[0] == 'B' || w[0] == 'b');
          again = true;
        }
    }
    if (np.empty() && b == cb) {
      // "The state canvassing board's count put", "by the secretary of
      // state's count": a lower-case organisation back to its "the".
      std::size_t q = cb, words = 0;
      bool the = false;
      while (q > 0 && words < 6) {
        std::size_t we = q;
        while (we > 0 && s[we - 1] == ' ') --we;
        std::size_t wb = we;
        while (wb > 0 && (std::isalpha(static_cast<unsigned char>(s[wb - 1])) || s[wb - 1] == '-')) --wb;
        if (wb == we || (words > 0 && we == q)) break;
        const std::string w(s.substr(wb, we - wb));
        // ("the secretary of the commonwealth's count": past an "of the".)
        if ((w == "the" || w == "The") && !(wb >= 4 && s.substr(wb - 4, 4) == " of ")) {
          the = true;
          b = wb;
          break;
        }
        if (IsUpper(w[0]) && words > 0) break;
        q = wb;
        ++words;
      }
      if (!the || words == 0 || !OrgPhrase(Lower(Trim(s.substr(b, cb - b))))) continue;
      np = Trim(s.substr(b, cb - b));
    }
    // "Here's his state-wise tally", "That's the count": no owner.
    static const std::set<std::string> kNoOwner = {"Here", "There", "It", "That", "This", "What", "Who", "Where", "Let"};
    // "By Baker Hughes' count": after "by" a name's count is its own
    // attribution, even where the name reads as a person's ("Paulsen's
    // count" alone is the candidate's total).
    if (np.empty() || (alias_.count(np) && !by) || P_.StateByForm(np) || kNoOwner.count(np)) continue;
    out.push_back({cb, ce, b, cb, Cue::kPossessive, np});
  }
  // Attributive cues: "By the Associated Press count", "the AP tally". The
  // capitalised words before the head noun must be a known source or
  // initials: "the Republican count", "the Kansas count" name no one.
  for (std::size_t pos = 0; pos < s.size() && P_.cue_attributive->FindSpan(s, pos, s.size(), &m);) {
    const std::size_t cb = static_cast<std::size_t>(m.begin) + 2, ce = static_cast<std::size_t>(m.end);
    pos = ce;
    std::size_t b = cb - 1;
    for (int words = 0; words < 5 && b > 0 && s[b - 1] != ' ';) {
      std::size_t w0 = b - 1;
      while (w0 > 0 && (std::isalnum(static_cast<unsigned char>(s[w0 - 1])) || s[w0 - 1] == '.' || s[w0 - 1] == '&')) --w0;
      if (!IsUpper(s[w0])) break;
      b = w0;
      ++words;
      if (b == 0 || s[b - 1] != ' ') break;
      --b;
    }
    while (b < cb && s[b] == ' ') ++b;
    std::string np = Trim(s.substr(b, cb - b));
    for (const char* w : {"By ", "The "})
      if (np.compare(0, std::strlen(w), w) == 0) np = Trim(np.substr(std::strlen(w)));
    if (np.empty()) continue;
    const bool initials = np.size() >= 2 && np != "US" && np != "USA" &&
                          std::all_of(np.begin(), np.end(), [](char ch) { return IsUpper(ch); });
    if (!(initials || P_.sources.count(Lower(np))) || alias_.count(np) || P_.StateByForm(np)) continue;
    out.push_back({cb, ce, cb - np.size() - 1, cb - 1, Cue::kPossessive, np});
  }
  return out;
}

std::optional<std::string> DocResolver::CanonicalSource(const std::string& raw) {
  if (canon_memo_b_ != cur_sent_b_ || canon_memo_aliases_ != alias_.size() || canon_memo_seen_ != seen_sources_) {
    canon_memo_.clear();
    canon_memo_b_ = cur_sent_b_;
    canon_memo_aliases_ = alias_.size();  // (names are only ever added)
    canon_memo_seen_ = seen_sources_;
  }
  auto it = canon_memo_.find(raw);
  if (it == canon_memo_.end()) it = canon_memo_.emplace(raw, SourceOfPhrase(raw)).first;
  return it->second;
}

std::optional<std::string> DocResolver::SourceOfPhrase(const std::string& raw) {
  std::string np = Trim(raw);
  // "• A department analyst said": a bullet is no part of the name.
  for (const char* bullet : {"\u2022 ", "- ", "* "})
    if (np.rfind(bullet, 0) == 0) np = Trim(np.substr(std::strlen(bullet)));
  while (!np.empty() && std::strchr(",'\":;", np.back())) np.pop_back();
  // "by the U.S. Bureau of Labor Statistics count": the body, not the "by".
  if (np.rfind("by ", 0) == 0) np = Trim(np.substr(3));
  np = CleanSourcePhrase(np);
  if (np.empty()) return std::nullopt;
  // "Fox News and The Associated Press": two sources, the first named
  // governs; not "Centers for Disease Control and Prevention".
  if (const std::size_t k = np.find(" and "); k != std::string::npos && k > 0) {
    const std::string right = np.substr(k + 5);
    const bool the_name = (right.rfind("The ", 0) == 0 || right.rfind("the ", 0) == 0) && right.size() > 4 &&
                          IsUpper(right[4]);
    // ("the secretary of state's office and the AP": a known second source
    // splits a lower-case first one too.)
    const bool right_known = P_.sources.count(Lower(StripThe(right))) > 0;
    // ("the campaign and the election offices that received them": two
    // lower-case speakers, the first named governs.)
    const bool lower_pair = right.rfind("the ", 0) == 0 &&
                            std::none_of(np.begin(), np.end(), [](char ch) { return IsUpper(ch); });
    // ("Mississippi Power and the state's electric cooperatives": a named
    // body first governs a lower-case second one too.)
    const bool named_first = IsUpper(StripThe(np)[0]) && (right.rfind("the ", 0) == 0 || right.rfind("The ", 0) == 0);
    if ((IsUpper(StripThe(np)[0]) && the_name) || right_known || lower_pair || named_first) np.resize(k);
  }
  // "the county clerks to the Labor Department": who reported, not to whom;
  // when that is a bare noun ("states", "utilities"), the agency that
  // collected the figures.
  if (const std::size_t k = np.find(" to the "); k != std::string::npos && k > 0 && k + 8 < np.size() && IsUpper(np[k + 8])) {
    const std::string left = Lower(StripThe(np.substr(0, k)));
    if (left.find(' ') == std::string::npos) np.erase(0, k + 4);
    else np.resize(k);
  }
  // "the Associated Press count of the Hawaii caucuses": the count's owner.
  if (const std::size_t k = np.find(" of the "); k != std::string::npos && k > 0) {
    const std::size_t w = np.rfind(' ', k - 1);
    const std::string word = Lower(np.substr(w == std::string::npos ? 0 : w + 1, k - (w == std::string::npos ? 0 : w + 1)));
    // (Not a name's capitalised word: "the Committee for the Study of the
    // American Electorate".)
    if (w != std::string::npos && P_.generic_sources.count(word) && !IsUpper(np[w + 1]) &&
        IsUpper(np[0] == 't' ? np[4 < np.size() ? 4 : 0] : np[0]))
      np.resize(k);
  }
  // "returns from the Louisiana secretary of state's office gave Landrieu
  // 638,654": the cue's phrase ends before the verb that states the figure.
  for (const char* v : {" gave ", " gives ", " give ", " showed ", " shows ", " show ", " had ", " has ", " put ",
                        " puts ", " found "})
    if (const std::size_t k = np.find(v); k != std::string::npos && k > 0) np.resize(k);
  // "returns from the rest of the country's Green strongholds": places.
  if (np.rfind("rest of ", 0) == 0 || np.rfind("the rest of ", 0) == 0) return std::nullopt;
  // "Reuters from state election offices": the collector named first.
  if (const std::size_t k = np.find(" from "); k != std::string::npos && P_.sources.count(Lower(StripThe(np.substr(0, k)))))
    np.resize(k);
  // "preliminary Bureau of Labor Statistics estimates out Friday": the
  // day the figures came out is no part of the name, nor is "preliminary".
  for (bool again = true; again;) {
    again = false;
    const std::size_t sp = np.rfind(' ');
    if (sp == std::string::npos) break;
    std::string word = np.substr(sp + 1);
    if (!word.empty() && word.back() == '.') word.pop_back();
    const std::string tail = Lower(word);
    if (WeekdayNumber(word) >= 0 || tail == "yesterday" || tail == "out" || tail == "released" || tail == "issued" ||
        tail == "published") {
      np = Trim(np.substr(0, sp));
      again = true;
    }
  }
  for (const char* w : {"preliminary ", "unofficial ", "revised ", "updated ", "latest "})
    if (np.size() > std::strlen(w) + 1 && np.rfind(w, 0) == 0 && IsUpper(np[std::strlen(w)])) np.erase(0, std::strlen(w));
  // "Labor Department figures", "the Associated Press count" -> the name.
  for (bool again = true; again;) {
    again = false;
    std::size_t sp = np.rfind(' ');
    if (sp == std::string::npos) break;
    std::string tail = Lower(np.substr(sp + 1));
    // "Cook Political Report" keeps its capitalised "Report".
    if ((P_.generic_sources.count(tail) && !IsUpper(np[sp + 1])) || tail == "also" || tail == "officially") {
      np = Trim(np.substr(0, sp));
      again = true;
    }
  }
  np = CleanSourcePhrase(np);
  if (np.size() > 1 && np.back() == '.' && np[np.size() - 2] != '.' && !IsUpper(np[np.size() - 2])) np.pop_back();
  std::string bare = StripThe(np);
  std::string low = Lower(bare);
  if (low.empty()) return std::nullopt;
  // "D.C. lumped him in with other candidates and reported no count": a
  // verb phrase, not a name.
  for (const char* w : {" and", " but", " or", " for", " of", " to", " at", " in", " with", " on", " from", " the"})
    if (low.size() > std::strlen(w) && low.compare(low.size() - std::strlen(w), std::strlen(w), w) == 0) return std::nullopt;
  // "An earlier version of this story said": the paper's own correction.
  if (low.find("this story") != std::string::npos || low.find("this article") != std::string::npos) return std::nullopt;
  // "citing its own tabulation": the speaker's own count names no one new.
  for (const char* w : {"its own", "their own", "his own", "her own", "our own", "my own"})
    if (low.rfind(w, 0) == 0) return std::nullopt;
  auto it = P_.sources.find(low);
  if (it != P_.sources.end()) return it->second.canonical;
  // "the Times" after "The New York Times"; "the international publication".
  std::string last = low.substr(low.rfind(' ') == std::string::npos ? 0 : low.rfind(' ') + 1);
  bool had_the = bare.size() != np.size();
  if (had_the) {
    static const std::set<std::string> kOutlet = {"publication", "outlet", "newspaper", "paper", "network",
                                                  "agency", "broadcaster", "magazine", "site", "website",
                                                  "tabloid", "daily", "service", "channel"};
    // "the wire service", "the international publication"; not "The
    // National Weather Service", which names itself.
    const bool lower_phrase = std::none_of(bare.begin(), bare.end(), [](char c) { return IsUpper(c); });
    // "Amazon told the Employment Security Department ..., according to
    // filings posted by the agency": a body named in the sentence itself
    // before the latest source named elsewhere.
    if (last == "agency" && lower_phrase) {
      const std::string_view sent = std::string_view(t_.norm).substr(cur_sent_b_, cur_sent_e_ - cur_sent_b_);
      std::optional<std::string> here;
      std::size_t at = 0;
      for (const char* h : {"department", "agency", "administration", "commission", "bureau", "office", "board", "division"})
        if (auto org = OrgByHead(h, cur_sent_e_))
          if (const std::size_t k = sent.rfind(*org); k != std::string_view::npos && (!here || k > at)) {
            here = org;
            at = k;
          }
      if (here) return here;
    }
    if (kOutlet.count(last) && lower_phrase && !seen_sources_.empty()) return seen_sources_.back();
    if (low.find(' ') == std::string::npos) {
      for (auto s = seen_sources_.rbegin(); s != seen_sources_.rend(); ++s)
        if (Lower(*s).find(low) != std::string::npos) return *s;
      // "the division said": the organisation named earlier with that head.
      if (auto org = OrgByHead(low, cur_sent_b_)) return org;
      // "the governor said": the person introduced with that role.
      if (P_.roles.count(low))
        if (auto who = PersonByRole(np, cur_sent_b_)) return who;
      // "The campaign said", "the group said": an organisation nothing above
      // names keeps its own word.
      if (low == "campaign" || low == "group") return low;
    }
  }
  // "according to commission data": the organisation named earlier.
  if (!had_the && low.find(' ') == std::string::npos)
    if (auto org = OrgByHead(low, cur_sent_b_)) return org;
  // Generic words name no one; a pronoun, a bare state or a person is no source.
  bool has_cap = false;
  for (std::size_t i = 0; i < bare.size(); ++i)
    if (IsUpper(bare[i]) && (i == 0 || bare[i - 1] == ' ')) has_cap = true;
  const auto has_cap_after = [&](std::size_t from) {
    return std::any_of(bare.begin() + static_cast<std::ptrdiff_t>(std::min(from, bare.size())), bare.end(),
                       [](char ch) { return IsUpper(ch); });
  };
  if (P_.generic_sources.count(last) && !has_cap) return std::nullopt;
  // "First returns show": an opening adjective, no name.
  static const std::set<std::string> kOpeners = {"first", "early", "latest", "final", "preliminary", "unofficial",
                                                 "official", "partial", "initial", "later", "updated", "complete",
                                                 "incomplete", "new"};
  if (bare.find(' ') == std::string::npos && kOpeners.count(low)) return std::nullopt;
  if (P_.generic_sources.count(low)) return std::nullopt;
  if (P_.StateByForm(bare) || P_.StateByForm(bare + ".")) return std::nullopt;
  if (WeekdayNumber(bare) >= 0 || IsMonthName(bare)) return std::nullopt;  // "Thursday's report"
  // "two states' certified results": a number of places names no one.
  if (const std::string first = low.substr(0, low.find(' ')); P_.number_words.count(first) ||
                                                               (!first.empty() && std::isdigit(static_cast<unsigned char>(first[0]))))
    return std::nullopt;  // "Ore" of "Portland, Ore., ..."
  // ("..., or about 64 percent, were eventually counted": a verb phrase.)
  for (const char* aux : {"was ", "were ", "is ", "are ", "be ", "been ", "being ", "has ", "have ", "had "})
    if (low.rfind(aux, 0) == 0) return std::nullopt;
  // "Many voters said", "some residents reported": a share of a crowd is no source.
  for (const char* q : {"many ", "some ", "most ", "few ", "several ", "all ", "both ", "no "})
    if (low.rfind(q, 0) == 0 && !has_cap_after(std::strlen(q))) return std::nullopt;
  // "New confirmed cases reported Thursday: 143": what is counted reports nothing.
  // ("Flu deaths reported so far this season by ...": nor with only its
  // first letter capitalised.)
  if (!has_cap || !has_cap_after(1) || bare.rfind("New ", 0) == 0 || bare.rfind("- ", 0) == 0)
    if (P_.metric_heads.count(last)) return std::nullopt;
  // "The United States has confirmed": the nation is the place, no source.
  for (const std::string& sc : P_.scope_phrases)
    if (Lower(StripThe(sc)) == low) return std::nullopt;
  if (bare.find(' ') == std::string::npos && !has_cap) return std::nullopt;  // "officials"? keep multiword only
  // "Hartwick said" after "spokeswoman Lena Hartwick": the full name.
  if (bare.find(' ') == std::string::npos)
    if (auto full = alias_.find(bare); full != alias_.end()) return full->second;
  std::size_t words = 1;
  for (char c : bare) words += c == ' ';
  if (words > 8) return std::nullopt;
  // "Sen. Dale Rueckert-Mims of Hastings", "Dr. Maren Kobuk": a person
  // named with a title or a home town is the person.
  {
    std::string person = bare;
    for (const char* title : {"Lt. Gov. ", "State Sen. ", "State Rep. ", "Gov. ", "Sen. ", "Rep. ", "Dr. ", "Del. ",
                              "Mayor ", "Governor ", "Senator "})
      if (person.rfind(title, 0) == 0) {
        person.erase(0, std::strlen(title));
        break;
      }
    // "Sen. Tollefsrud-Okoye": the surname of someone named before.
    if (person != bare && person.find(' ') == std::string::npos)
      if (auto full = alias_.find(person); full != alias_.end()) return full->second;
    std::size_t nb = 0, ne = 0;
    if (person != bare || person.find(" of ") != std::string::npos)
      if (FindFullName(person, 0, &nb, &ne) && nb == 0) {
        const std::string name = person.substr(0, ne);
        const std::string_view rest = std::string_view(person).substr(ne);
        const bool known = alias_.count(name) > 0 && !P_.SourceStartsWith(Lower(name));
        if (known && (rest.empty() || (rest.rfind(" of ", 0) == 0 && rest.size() > 4 && IsUpper(rest[4]))))
          return alias_.at(name);
      }
  }
  // Lower-case phrases keep their words; a leading capital from sentence start is fine.
  // ("A union spokesman said": the article is no part of it.)
  for (const char* a : {"A ", "An ", "a ", "an "})
    if (bare.rfind(a, 0) == 0 && bare.size() > std::strlen(a) && std::islower(static_cast<unsigned char>(bare[std::strlen(a)])))
      return bare.substr(std::strlen(a));
  return bare;
}

std::optional<std::string> DocResolver::OrgByHead(const std::string& head, std::size_t before) const {
  // Heads found only by looking back, never remembered from a cue.
  static const std::unordered_set<std::string> kMore = {"ministry", "secretary", "registrar", "coalition", "campaign"};
  if (!IsOrgHead(head) && !kMore.count(head)) return std::nullopt;
  std::string word = head;
  word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
  // Bounded look-back, as for roles: an organisation is named near its "the X".
  const std::string_view text = std::string_view(t_.norm).substr(0, std::min(before, t_.norm.size()));
  const std::size_t lo = std::max(body_, text.size() > kLookBack ? text.size() - kLookBack : std::size_t{0});
  const auto is_word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '&' || c == '-' || c == '\''; };
  static const std::set<std::string> kStop = {"The", "A", "An", "In", "At", "On", "By", "From", "For", "With", "And",
                                              "But", "Of", "To", "According", "Said", "Its", "Their", "His", "Her"};
  // (Occurrences from lo on only: RFind in the window, not the whole text.)
  const std::string_view window = text.substr(std::min(lo, text.size()));
  const auto back = [&](std::size_t from) {  // last occurrence starting at or before text offset `from`
    const std::size_t r = RFind(window, word, from - (text.size() - window.size()));
    return r == std::string_view::npos ? r : r + (text.size() - window.size());
  };
  for (std::size_t k = back(text.size()); k != std::string_view::npos && k >= lo;
       k = k <= lo ? std::string_view::npos : back(k - 1)) {
    const std::size_t we = k + word.size();
    if ((k > 0 && is_word(text[k - 1])) || (we < text.size() && std::isalnum(static_cast<unsigned char>(text[we]))))
      continue;
    // Left: the capitalised words before the head ("Alaska Division").
    std::size_t b = k;
    for (;;) {
      std::size_t p = b;
      if (p == 0 || text[p - 1] != ' ') break;
      --p;
      std::size_t w = p;
      while (w > 0 && is_word(text[w - 1])) --w;
      if (w == p || !IsUpper(text[w]) || kStop.count(std::string(text.substr(w, p - w)))) break;
      b = w;
    }
    // Right: "of Elections", "for Disease Control and Prevention".
    std::size_t e = we;
    for (;;) {
      std::size_t p = e;
      if (p >= text.size() || text[p] != ' ') break;
      ++p;
      std::size_t w = p;
      while (w < text.size() && is_word(text[w])) ++w;
      std::string_view tok = text.substr(p, w - p);
      if (tok.empty()) break;
      if (IsUpper(tok[0])) {
        // "Elections." ends the sentence; "U.S." keeps its dots.
        if (tok.back() == '.' && tok.find('.') == tok.size() - 1) {
          e = w - 1;
          break;
        }
        e = w;
        continue;
      }
      // ("Committee on Appropriations", not "Board on Tuesday".)
      std::size_t nw = w + 1;
      while (nw < text.size() && std::isalpha(static_cast<unsigned char>(text[nw]))) ++nw;
      const bool time_next = w + 1 < text.size() && NonNameWords().count(std::string(text.substr(w + 1, nw - w - 1)));
      if ((tok == "of" || tok == "for" || tok == "and" || (tok == "on" && !time_next)) && w + 1 < text.size() &&
          text[w] == ' ' && IsUpper(text[w + 1])) {
        e = w;
        continue;
      }
      break;
    }
    // "the Alabama Department of Public Health's dashboard": the owner.
    if (e >= we + 2 && text.substr(e - 2, 2) == "'s") e -= 2;
    while (e > we && (text[e - 1] == '.' || text[e - 1] == '\'' || text[e - 1] == '-')) --e;
    if (b == k && e == we) continue;  // a bare "Department" names no one
    return std::string(text.substr(b, e - b));
  }
  return std::nullopt;
}

const std::string& DocResolver::CleanSourcePhrase(const std::string& np) const {
  auto it = clean_cache_.find(np);
  if (it == clean_cache_.end()) {
    if (clean_cache_.size() >= kCleanCacheSize) clean_cache_.clear();  // bounded memory
    it = clean_cache_.emplace(np, CleanPhrase(np)).first;
  }
  return it->second;
}

std::string DocResolver::CleanPhrase(std::string np) const {
  auto starts = [&](const char* w) {
    const std::size_t n = std::strlen(w);
    return np.size() > n && Lower(np.substr(0, n)) == w;
  };
  auto cap_at = [&](std::size_t i) { return i < np.size() && IsUpper(np[i]); };
  // "Decision Desk HQ's" -> "Decision Desk HQ".
  if (np.size() > 2 && np.compare(np.size() - 2, 2, "'s") == 0) np.resize(np.size() - 2);
  // "the Division of Elections' count" -> "Division of Elections".
  if (np.size() > 2 && np.compare(np.size() - 2, 2, "s'") == 0) np.pop_back();
  // "the Republican Party of Iowa's final tally", "the department's household
  // survey": the owner is the source when only lower-case words follow.
  for (const char* poss : {"'s ", "\u2019s ", "s' "}) {
    const std::size_t k = np.find(poss);
    if (k == std::string::npos || k == 0) continue;
    const std::size_t rest = k + std::strlen(poss);
    const std::size_t owner_end = poss[0] == 's' ? k + 1 : k;  // "Reuters' tally" keeps its s
    bool lower = rest < np.size();
    for (std::size_t i = rest; i < np.size(); ++i) {
      // ("the agency's Tuesday update": a day's name is no name.)
      if (IsUpper(np[i]) && (i == rest || np[i - 1] == ' ')) {
        const std::size_t we = np.find(' ', i);
        const std::string word = np.substr(i, we == std::string::npos ? std::string::npos : we - i);
        if (WeekdayNumber(word) >= 0 || IsMonthName(word)) {
          i += word.size() - 1;
          continue;
        }
      }
      lower &= std::islower(static_cast<unsigned char>(np[i])) || np[i] == ' ' || np[i] == '-';
    }
    // "the secretary of state's office" is itself the source.
    static const std::set<std::string> kOwned = {"office", "offices", "campaign", "administration", "team", "staff",
                                                 "department", "agency", "division", "bureau", "board", "spokesman",
                                                 "spokeswoman", "spokesperson", "lawyers", "attorneys", "aides",
                                                 "secretary", "governor", "director", "commissioner", "officials",
                                                 "officer", "registrar", "clerk", "examiner", "examiners",
                                                 "coroner", "auditor", "auditors", "inspectors", "epidemiologist",
                                                 "economist", "economists", "regulators", "authorities", "ministry",
                                                 "commission", "council", "committee", "authority", "institute"};
    // "Georgia's secretary of state", "the governor's office": the noun
    // after the owner is the source itself.
    // ("Montana's health department": the head noun is owned too.)
    const std::size_t sp = np.find(' ', rest);
    const bool owned = kOwned.count(np.substr(rest, sp == std::string::npos ? std::string::npos : sp - rest)) > 0 ||
                       kOwned.count(np.substr(np.rfind(' ') + 1)) > 0;
    // The owner is a name or "the department", not "two states'".
    const std::string owner = np.substr(0, owner_end);
    const bool named = std::any_of(owner.begin(), owner.end(), [](char c) { return IsUpper(c); }) ||
                       (owner.rfind("the ", 0) == 0 && owner.find(' ', 4) == std::string::npos) ||
                       // "the state canvassing board's", "the secretary of state's"
                       (owner.rfind("the ", 0) == 0 && owner.size() <= 48 && OrgPhrase(owner));
    if (lower && !owned && named) np.resize(owner_end);
  }
  // "In state data released Friday by the bureau": a preposition that
  // opens the sentence is no part of the name.
  for (const char* w : {"In ", "At ", "Across ", "Among "})
    if (np.size() > std::strlen(w) && np.rfind(w, 0) == 0) {
      np.erase(0, std::strlen(w));
      break;
    }
  // "By midday El Centinela de Bayamón, citing ..., reported": the time
  // that opens the clause is no part of the name.
  if (starts("by ")) {
    std::size_t w = 3;
    for (int words = 0; words < 2; ++words) {
      std::size_t we = np.find(' ', w);
      if (we == std::string::npos) break;
      static const std::set<std::string> kWhen = {"midday", "noon", "midnight", "morning", "evening", "night",
                                                  "afternoon", "then", "now", "late", "early", "monday", "tuesday",
                                                  "wednesday", "thursday", "friday", "saturday", "sunday", "tonight"};
      if (!kWhen.count(Lower(np.substr(w, we - w)))) break;
      w = we + 1;
    }
    if (w > 3 && cap_at(w)) np = np.substr(w);
  }
  // "a spokeswoman for the secretary of state's office": the office.
  for (const char* w : {"a spokeswoman for ", "a spokesman for ", "a spokesperson for ", "spokeswoman for ",
                        "spokesman for ", "spokesperson for "})
    if (starts(w)) {
      np = Trim(np.substr(std::strlen(w)));
      break;
    }
  // "its Department of Children and Families": the owner is a place named
  // before; "a spokesman": the role as written.
  for (const char* w : {"its ", "their "})
    if (starts(w) && cap_at(std::strlen(w))) np = np.substr(std::strlen(w));
  if ((starts("a ") || starts("an ")) && np.find(' ', np.find(' ') + 1) == std::string::npos &&
      !cap_at(np.find(' ') + 1))
    np = np.substr(np.find(' ') + 1);
  // "We've counted", "I think": a pronoun is no source.
  {
    static const std::set<std::string> kPronoun = {"we", "we've", "we're", "we'd", "i", "i've", "i'm", "they",
                                                   "they've", "they're", "you", "you've", "it", "it's"};
    if (kPronoun.count(Lower(np))) return "";
  }
  // "and CNN's", "and the Biden administration", "but the campaign".
  if (starts("and ")) np = Trim(np.substr(4));
  if (starts("but ")) np = Trim(np.substr(4));
  // "Neighboring Nebraska reported": a place with its adjective.
  for (const char* w : {"neighboring ", "neighbouring ", "nearby ", "adjacent ", "fellow "})
    if (starts(w)) np = Trim(np.substr(std::strlen(w)));
  // "The Colorado Department of Public Health and Environment (CDPHE) today
  // reported": the cue's phrase starts inside the parentheses; the
  // abbreviation names the source. A trailing time word is no part of it.
  for (const char* w : {" today", " yesterday", " tonight", " this week", " this morning"}) {
    const std::size_t n = std::strlen(w);
    if (np.size() > n && np.compare(np.size() - n, n, w) == 0) np.resize(np.size() - n);  // not "USA Today"
  }
  if (!np.empty() && np.back() == ')' && np.find('(') == std::string::npos) np.pop_back();
  // "the secretary of state's office had not yet released": a denied
  // attribution names no source.
  for (const char* w : {" not", " not yet", " never", "n't", " no longer"}) {
    const std::size_t n = std::strlen(w);
    if (np.size() > n && np.compare(np.size() - n, n, w) == 0) return "";
  }
  // "By Tuesday Georgia had counted", "On Nov. 3, the AP counted": the
  // opening time is no part of the name.
  for (const char* w : {"on ", "by ", "through ", "until ", "up until ", "as of ", "since "}) {
    if (!starts(w)) continue;
    std::size_t k = std::strlen(w);
    std::size_t we = k;
    while (we < np.size() && std::isalpha(static_cast<unsigned char>(np[we]))) ++we;
    // A month's name, or its abbreviation with a dot ("Nov. 3").
    static const std::set<std::string> kAbbrev = {"Jan", "Feb", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"};
    const std::string word = np.substr(k, we - k);
    const bool month = IsMonthName(word) || (kAbbrev.count(word) && we < np.size() && np[we] == '.');
    if (WeekdayNumber(word) < 0 && !month) break;
    if (we < np.size() && np[we] == '.') ++we;
    while (we < np.size() && (np[we] == ' ' || np[we] == ',' || std::isdigit(static_cast<unsigned char>(np[we])))) ++we;
    np = np.substr(we);
    break;
  }
  // A phrase that opens a clause names no one: "With nearly all ballots
  // counted", "As ...".
  for (const char* w : {"with ", "as ", "when ", "while ", "after ", "before ", "if ", "once ", "since ", "because ",
                        "although ", "though "})
    if (starts(w)) {
      // "..., while Vermont's health department reported 210": a contrast
      // clause's subject is its speaker.
      if ((std::strcmp(w, "while ") == 0 || std::strcmp(w, "whereas ") == 0) && np.find(' ', std::strlen(w)) != std::string::npos &&
          (cap_at(std::strlen(w)) || Lower(np.substr(std::strlen(w), 4)) == "the "))
        np = np.substr(std::strlen(w));
      else
        return "";
      break;
    }
  // "In Texas, Public Service Electric & Gas said": the opening place is no
  // part of the name.
  if (const std::size_t k = np.find(", "); k != std::string::npos && k + 2 < np.size() && cap_at(k + 2)) {
    const std::string head = np.substr(0, k);
    bool place = P_.StateByForm(head) != nullptr;
    for (const char* pre : {"New ", "North ", "South ", "West ", "Rhode "})
      place |= P_.StateByForm(pre + head) != nullptr;
    if (place) np = np.substr(k + 2);
  }
  // "who refused to concede and said", "yesterday evening", "more than":
  // a relative clause, a time or a bound is no one.
  for (const char* w : {"who ", "which ", "that ", "yesterday", "today", "tonight", "last ", "this ", "earlier",
                        "late ", "early ", "the following", "following "})
    if (starts(w) || Lower(np) == Trim(w)) return "";
  if (P_.qualifier_by_phrase.count(Lower(np))) return "";
  {
    // "Fifteen of those deaths", "Twenty-three more deaths": a count is no source.
    std::size_t sp = np.find(' ');
    const std::string first = Lower(np.substr(0, sp));
    if (P_.number_words.count(first) || P_.number_words.count(first.substr(0, first.find('-')))) return "";
  }
  // "according to a Reuters tally of official reports": a verb cue's phrase
  // that opens with a lead cue.
  for (const char* w : {"according to ", "per ", "citing "})
    if (starts(w)) np = Trim(np.substr(std::strlen(w)));
  // "a tally kept by Johns Hopkins University", "unofficial results tallied
  // by The Associated Press", "preliminary estimates from the United States
  // Elections Project": the name after "by"/"from" when the phrase before is
  // lower case.
  const std::string first_word = Lower(np.substr(0, np.find(' ')));
  if (!np.empty() && (!IsUpper(np[0]) || P_.generic_sources.count(first_word))) {
    for (const char* w : {" by ", " from "}) {
      std::size_t k = np.find(w);
      if (k == std::string::npos) continue;
      std::size_t b = k + std::strlen(w);
      const std::size_t after = b;
      if (np.compare(b, 4, "the ") == 0) b += 4;
      if (cap_at(b)) {
        np = np.substr(b);
        break;
      }
      // "data from the secretary of state's office": whatever the data are from.
      if (P_.generic_sources.count(first_word) && k == first_word.size()) {
        np = np.substr(after);
        break;
      }
      // "figures released (Tuesday) by the secretary of state's office": whoever released them.
      if (P_.generic_sources.count(first_word) && std::strcmp(w, " by ") == 0) {
        const std::string mid = np.substr(first_word.size(), k - first_word.size());
        const std::size_t words = static_cast<std::size_t>(std::count(mid.begin(), mid.end(), ' '));
        const std::size_t pe = mid.find(' ', 1);
        const std::string part = mid.substr(1, pe == std::string::npos ? std::string::npos : pe - 1);
        if (words >= 1 && words <= 3 && part.size() > 3 && part.compare(part.size() - 2, 2, "ed") == 0) {
          np = np.substr(after);
          break;
        }
      }
    }
  }
  // "preliminary figures the Wisconsin Department of Natural Resources
  // released": whoever released the figures.
  if (!np.empty() && !IsUpper(np[0]))
    if (const std::size_t k = np.find(" the "); k != std::string::npos && cap_at(k + 5)) {
      const std::string head = np.substr(0, k);
      const std::string head_last = head.substr(head.rfind(' ') == std::string::npos ? 0 : head.rfind(' ') + 1);
      const bool lower = std::none_of(head.begin(), head.end(), [](char ch) { return IsUpper(ch); });
      if (lower && P_.generic_sources.count(Lower(head_last))) np = np.substr(k + 1);
    }
  // "a Reuters tally of state health departments", "a Decision Desk HQ
  // analysis of county data", "an NBC News": the name after the article.
  if ((starts("a ") || starts("an ")) && cap_at(np.find(' ') + 1)) {
    std::size_t b = np.find(' ') + 1, e = b;
    while (e < np.size()) {
      std::size_t we = np.find(' ', e);
      if (we == std::string::npos) we = np.size();
      std::string w = np.substr(e, we - e);
      if (!(IsUpper(w[0]) || w == "&" || ((w == "of" || w == "for") && cap_at(we + 1)))) break;
      e = we + 1;
    }
    np = Trim(np.substr(b, std::min(e, np.size()) - b));
  }
  // "the Prairie Fact Desk of state health department statements": what the
  // named body went through is no part of its name ("Department of health"
  // and "Secretary of state" keep theirs).
  for (std::size_t k = np.find(" of "); k != std::string::npos; k = np.find(" of ", k + 1)) {
    std::size_t pw = np.rfind(' ', k - 1);
    pw = pw == std::string::npos ? 0 : pw + 1;
    const std::size_t we = np.find(' ', k + 4);
    const std::string next = np.substr(k + 4, we == std::string::npos ? std::string::npos : we - k - 4);
    static const std::set<std::string> kOffice = {
        "Department", "Dept.", "Secretary", "Division", "Bureau", "Office", "Board", "Commission", "Council",
        "Ministry", "Agency", "University", "College", "School", "Institute", "Center", "Centre", "Association",
        "League", "Society", "Federation", "Union", "Chamber", "Court", "Administration", "Service", "Services",
        "Commissioner", "Director", "Attorney", "Governor", "Auditor", "Treasurer", "Comptroller"};
    static const std::set<std::string> kArticle = {"the", "a", "an"};
    if (pw < k && IsUpper(np[pw]) && !kOffice.count(np.substr(pw, k - pw)) && !next.empty() &&
        std::islower(static_cast<unsigned char>(next[0])) && !kArticle.count(next)) {
      np.resize(k);
      break;
    }
  }
  // "the tracking website PowerOutage.us": the name after its description.
  {
    std::vector<std::string> words;
    for (std::size_t b = 0; b < np.size();) {
      std::size_t e = np.find(' ', b);
      if (e == std::string::npos) e = np.size();
      if (e > b) words.emplace_back(np.substr(b, e - b));
      b = e + 1;
    }
    std::size_t i = words.size();
    while (i > 0 && IsUpper(words[i - 1][0])) --i;
    static const std::set<std::string> kKeep = {"in", "of", "at", "for", "from", "by", "with", "on", "to", "state",
                                                "and", "or"};
    bool descr = i > 0 && i < words.size() && !NonNameWords().count(words[i]);
    for (std::size_t k = 0; k < i && descr; ++k) {
      for (char c : words[k]) descr &= std::islower(static_cast<unsigned char>(c)) || c == '-';
      descr &= !kKeep.count(words[k]);
    }
    if (descr && !(i == 1 && (words[0] == "the" || words[0] == "a" || words[0] == "an"))) {
      std::string name;
      for (std::size_t k = i; k < words.size(); ++k) name += (name.empty() ? "" : " ") + words[k];
      np = name;
    }
  }
  // "Figures the department released": the figures are the department's.
  if (const std::size_t sp = np.find(' ');
      sp != std::string::npos && np.compare(sp + 1, 4, "the ") == 0 && P_.generic_sources.count(Lower(np.substr(0, sp))))
    np = np.substr(sp + 1);
  // "Ohio on Wednesday reported": the time is no part of the name.
  for (std::size_t k = np.find(" on "); k != std::string::npos; k = np.find(" on ", k + 1)) {
    const std::size_t w = k + 4;
    const std::size_t we = np.find(' ', w);
    std::string word = np.substr(w, we == std::string::npos ? std::string::npos : we - w);
    while (!word.empty() && (word.back() == ',' || word.back() == '.')) word.pop_back();  // "on Tuesday, Aug. 30"
    if (NonNameWords().count(word)) {
      np.resize(k);
      break;
    }
  }
  // "U.S. Department of Agriculture data for May": the period is no part of
  // the name (the generic "data" goes after).
  if (const std::size_t k = np.rfind(" for "); k != std::string::npos) {
    std::string word = np.substr(k + 5, np.find(' ', k + 5) == std::string::npos ? std::string::npos : np.find(' ', k + 5) - k - 5);
    while (!word.empty() && (word.back() == ',' || word.back() == '.')) word.pop_back();
    if (IsMonthName(word) || WeekdayNumber(word) >= 0 || word == "the") {
      const std::size_t pw = np.rfind(' ', k - 1);
      const std::string before = Lower(np.substr(pw == std::string::npos ? 0 : pw + 1, k - (pw == std::string::npos ? 0 : pw + 1)));
      if (P_.generic_sources.count(before)) np.resize(k);
    }
  }
  // "the National Interagency Fire Center in Boise": where it is, no part of
  // its name.
  if (const std::size_t k = np.find(" in "); k != std::string::npos && k > 0 && cap_at(k + 4)) {
    // Only after a name of two or more capitalised words ("Officials in
    // Washington state" keeps its place).
    bool name = np.substr(0, k).find(' ') != std::string::npos;
    for (std::size_t w = 0; w < k && name; w = np.find(' ', w) == std::string::npos ? k : np.find(' ', w) + 1) {
      const std::string word = np.substr(w, np.find(' ', w) - w);
      name = IsUpper(word[0]) || word == "of" || word == "for" || word == "and" || word == "the" || word == "on";
    }
    if (name) np.resize(k);
  }
  // "Texas and Alabama reported": places are no source.
  {
    std::size_t k = np.find(" and ");
    if (k != std::string::npos && P_.StateByForm(np.substr(0, k)) && P_.StateByForm(np.substr(k + 5))) return "";
  }
  return np;
}

void DocResolver::RememberSources(const std::vector<Cue>& cues) {
  // Remember every source named, in order, for "the Times" / "the publication".
  for (const Cue& c : cues) {
    std::string low = Lower(StripThe(Trim(c.np)));
    auto it = P_.sources.find(low);
    if (it == P_.sources.end()) continue;
    // Each source once, the latest mention last: lookups scan the distinct
    // sources, not every mention (no quadratic step on long documents).
    auto dup = std::find(seen_sources_.begin(), seen_sources_.end(), it->second.canonical);
    if (dup != seen_sources_.end()) seen_sources_.erase(dup);
    seen_sources_.push_back(it->second.canonical);
  }
}

std::vector<PersonRef> DocResolver::Persons(std::string_view s) const {
  std::vector<PersonRef> out;
  GroupSpan m;
  for (std::size_t pos = 0; pos < s.size() && P_.person_ref->FindSpan(s, pos, s.size(), &m);) {
    std::size_t b = static_cast<std::size_t>(m.begin), e = static_cast<std::size_t>(m.end);
    pos = e > b ? e : b + 1;
    // Which alternative matched follows from the text: a pronoun is tried
    // first, a role is "the ..." with white space, anything else is a name.
    const std::string_view mt = s.substr(b, e - b);
    static const std::set<std::string_view> kPronouns = {"He", "he", "She", "she", "His", "his",
                                                         "Her", "her", "Him", "him"};
    if (kPronouns.count(mt)) {
      out.push_back({b, e, PersonRef::kPronoun, ""});
    } else if (mt.size() > 3 && (mt[0] == 'T' || mt[0] == 't') && mt.substr(1, 2) == "he" && IsRe2Space(mt[3])) {
      out.push_back({b, e, PersonRef::kRole, ""});
    } else {
      std::string w(s.substr(b, e - b));
      if (!w.empty() && w[0] == '\'') w = w.substr(1);
      // "Trump's 3,377,674": the possessive names Trump.
      if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0 && !alias_.count(w)) {
        w.resize(w.size() - 2);
        e -= 2;
      }
      auto it = alias_.find(w);
      if (it != alias_.end()) {
        // Merge "Kanye West" into one reference; "Bill Clinton" after
        // "Hillary Clinton" is Bill, though "Clinton" alone is Hillary.
        const auto ends_with_w = [&](const std::string& full) {
          return full.size() > w.size() + 1 && full.compare(full.size() - w.size(), w.size(), w) == 0 &&
                 full[full.size() - w.size() - 1] == ' ';
        };
        const bool adjacent = !out.empty() && out.back().kind == PersonRef::kName && b <= out.back().e + 1;
        const std::string& prev = adjacent ? out.back().full : w;
        if (adjacent && (prev == it->second || (it->second.size() > prev.size() + 1 &&
                                                it->second.compare(it->second.size() - prev.size(), prev.size(), prev) == 0 &&
                                                it->second[it->second.size() - prev.size() - 1] == ' '))) {
          out.back().e = e;  // ("Cortez Masto": the longer name the last word's is)
          out.back().full = it->second;
        } else if (adjacent && ends_with_w(out.back().full) && ends_with_w(it->second))
          out.back().e = e;
        else
          out.push_back({b, e, PersonRef::kName, it->second});
        continue;
      }
      // An unknown name right before a count verb ("Ortega finished with").
      static const char* kVerbs[] = {" got ", " received ", " won ", " had ", " has ", " finished ", " drew ",
                                     " garnered ", " earned ", " secured ", " collected ", " took ", " led ",
                                     " leads ", " trails ", " trailed ", " picked up ", " pulled in ",
                                     " racked up ", " tallied ", " notched ", " captured ", " polled ", " bagged "};
      bool verb = false;
      for (const char* v : kVerbs) {
        // The verb as a word: " received " or " received," ("the votes Domino received, per AP").
        const std::size_t n = std::strlen(v) - 1;
        if (s.substr(e, n) == std::string_view(v, n) && (e + n >= s.size() || !std::isalpha(static_cast<unsigned char>(s[e + n]))))
          verb = true;
      }
      // "1,143 write-in votes for Domino": an unknown name a vote is for.
      {
        const std::string_view head = s.substr(0, b);
        const auto ends = [&](std::string_view tail) {
          return head.size() >= tail.size() && head.substr(head.size() - tail.size()) == tail;
        };
        if (ends("votes for ") || ends("vote for ") || ends("ballots for ")) verb = true;
        // "77,934 for Clinton"; "President Clinton", "Sen. Cochran": a
        // figure's owner, and a name after an office's title.
        if (ends(" for ") && head.size() > 5 && std::isdigit(static_cast<unsigned char>(head[head.size() - 6]))) verb = true;
        // ("15,720,000 for Mr. Coolidge": an honorific too, as older and
        // some newspaper styles write every later reference.)
        for (const char* t : {" President ", " Sen. ", " Gov. ", " Rep. ", " Mayor ", " Senator ", " Governor ",
                              " Mr. ", " Mrs. ", " Ms. "})
          if (ends(t) || head == t + 1) verb = true;  // (or opening the sentence)
      }
      // "New York has": the end of a state's name is no person.
      bool state_tail = false;
      if (b >= 2 && s[b - 1] == ' ') {
        std::size_t pw = b - 1;
        while (pw > 0 && std::isalpha(static_cast<unsigned char>(s[pw - 1]))) --pw;
        state_tail = P_.StateByForm(std::string(s.substr(pw, b - pw)) + w) != nullptr;
      }
      // ("The Kansan had 105,388 votes": a state's demonym, no name.)
      const bool demonym = b >= 4 && (s.substr(b - 4, 4) == "The " || s.substr(b - 4, 4) == "the ") && P_.StateByForm(w + "s");
      if (verb && !state_tail && !demonym && !NonNameWords().count(w) && !P_.StateByForm(w) && !P_.sources.count(Lower(w)))
        out.push_back({b, e, PersonRef::kName, w});
    }
  }
  return out;
}

std::optional<std::string> DocResolver::PersonByRole(std::string_view role, std::size_t before) const {
  std::size_t sp = role.rfind(' ');
  if (sp == std::string_view::npos) return std::nullopt;
  std::string word(role.substr(sp + 1));
  if (word.empty()) return std::nullopt;
  // Parties are capitalised ("Republican Donald Trump"), other roles not
  // ("challenger Jill Karofsky", "nominee Matt Rosendale").
  static const std::set<std::string> kParties = {"republican", "democrat", "libertarian", "green", "independent"};
  if (kParties.count(Lower(word))) word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
  else word = Lower(word);
  // Look back at most kLookBack bytes.
  const std::size_t lo = std::max(body_, before > kLookBack ? before - kLookBack : std::size_t{0});
  const std::string_view text = std::string_view(t_.norm).substr(0, before);
  const std::string_view window = text.substr(std::min(lo, text.size()));
  // "the governor" after "Gov. Roy Cooper": the title abbreviation too.
  // ("Senator Robert M. La Follette": the title written out, capitalised.)
  static const std::map<std::string, std::pair<std::string, std::string>> kTitle = {
      {"governor", {"Gov.", "Governor"}},  {"senator", {"Sen.", "Senator"}},
      {"representative", {"Rep.", "Representative"}}, {"congressman", {"Rep.", "Congressman"}},
      {"congresswoman", {"Rep.", "Congresswoman"}}, {"mayor", {"Mayor", ""}}, {"president", {"President", ""}}};
  const auto title = kTitle.find(word);
  for (const std::string& form : {word, title != kTitle.end() ? title->second.first : std::string(),
                                  title != kTitle.end() ? title->second.second : std::string()}) {
    if (form.empty()) continue;
    if (auto who = PersonAfterWord(form, text, window, lo)) {
      // "the activist De la Cruz": the full name introduced before.
      if (auto full = alias_.find(*who); full != alias_.end()) return full->second;
      if (const std::size_t ls = who->rfind(' '); ls != std::string::npos)
        if (auto full = alias_.find(who->substr(ls + 1)); full != alias_.end() && full->second.size() > who->size() &&
                                                          full->second.compare(full->second.size() - who->size(), who->size(), *who) == 0)
          return full->second;
      return who;
    }
  }
  return std::nullopt;
}

std::optional<std::string> DocResolver::PersonAfterWord(const std::string& word, std::string_view text,
                                                        std::string_view window, std::size_t lo) const {
  const auto back = [&](std::size_t from) {  // last occurrence of word starting at or before `from`, >= lo
    const std::size_t r = RFind(window, word, from - lo);
    return r == std::string_view::npos ? r : r + lo;
  };
  for (std::size_t k = back(text.size()); k != std::string_view::npos && k >= lo;
       k = k <= lo ? std::string_view::npos : back(k - 1)) {
    std::size_t i = k + word.size();
    if (word == "Democrat" && text.substr(i, 2) == "ic") i += 2;
    // An appositive before: "Warnock, 53, the senior pastor of ...".
    {
      const std::size_t w0 = k > 40 ? k - 40 : 0;
      std::size_t c = text.substr(w0, k + 2 - w0).rfind(", ");
      if (c != std::string_view::npos) c += w0;
      if (c != std::string_view::npos && k - c < 40) {
        std::string_view mid = text.substr(c + 2, k - c - 2);
        if (mid.rfind("the ", 0) == 0 || mid.rfind("a ", 0) == 0) {
          std::size_t e = c;
          // Skip an age: "Warnock, 53, the ...".
          std::size_t a = e;
          while (a > 0 && std::isdigit(static_cast<unsigned char>(text[a - 1]))) --a;
          if (a < e && a >= 2 && text.substr(a - 2, 2) == ", ") e = a - 2;
          std::size_t b = e;
          while (b > 0 && (std::isalpha(static_cast<unsigned char>(text[b - 1])) || text[b - 1] == '\'' || text[b - 1] == '-')) --b;
          if (b < e && IsUpper(text[b])) {
            auto it = alias_.find(std::string(text.substr(b, e - b)));
            if (it != alias_.end()) return it->second;
          }
        }
      }
    }
    // Titles between: "Republican state Sen. Doug Mastriano", "Democratic Rep. Beto O'Rourke".
    std::string name;
    for (int w = 0; w < 5 && i < text.size() && text[i] == ' '; ++w) {
      std::size_t j = ++i;
      while (j < text.size() && !IsRe2Space(text[j]) && text[j] != ',' && text[j] != '.') ++j;
      if (j < text.size() && text[j] == '.' && j - i <= 4) ++j;  // "Sen."
      std::string tok(text.substr(i, j - i));
      i = j;
      if (tok.empty()) break;
      if (tok == "state" || tok == "Sen." || tok == "Rep." || tok == "Gov." || tok == "Lt." || tok == "nominee" ||
          tok == "candidate" || tok == "incumbent" || tok == "challenger")
        continue;
      if (!IsUpper(tok[0])) break;
      name = name.empty() ? tok : name + " " + tok;
      auto it = alias_.find(name);
      if (it != alias_.end() && it->second.find(' ') != std::string::npos && it->second == name) return it->second;
      if (it != alias_.end() && name.find(' ') != std::string::npos) return it->second;
    }
    // "President Nixon", "Gov. Faubus": an office's title before a lone
    // surname names that person (the full name when the text gave one).
    static const std::set<std::string> kOffice = {"President", "Gov.", "Governor", "Sen.", "Senator", "Rep.", "Mayor"};
    if (kOffice.count(word) && !name.empty() && name.find(' ') == std::string::npos && name.size() > 2 &&
        !NonNameWords().count(name) && !P_.StateByForm(name) && std::islower(static_cast<unsigned char>(name[1]))) {
      auto it = alias_.find(name);
      return it != alias_.end() ? it->second : name;
    }
  }
  return std::nullopt;
}

std::optional<std::string> DocResolver::RowNameLabel(std::string_view s, std::size_t nb, const std::string& rule,
                                                     const std::optional<std::string>& metric) const {
  if (rule != "leader_row" && rule != "first_column_row" && rule != "scoreboard" && rule != "party_row" &&
      rule != "name_list")
    return std::nullopt;
  // The words between the row's last separator and the figure (dashes are
  // folded to '-' by normalisation).
  std::string_view label = s.substr(0, nb);
  while (!label.empty() && (IsRe2Space(label.back()) || label.back() == '.' || label.back() == ':' || label.back() == '-' ||
                            (label.back() == '(' && rule == "name_list")))
    label.remove_suffix(1);
  // "Maggie Hassan (D)": a party tag marks a candidate.
  bool tagged = false;
  if (!label.empty() && label.back() == ')')
    if (const std::size_t k = label.rfind('('); k != std::string_view::npos && label.size() - k <= 12) {
      tagged = true;
      label = label.substr(0, k);
      while (!label.empty() && IsRe2Space(label.back())) label.remove_suffix(1);
    }
  if (!tagged && rule != "scoreboard" && rule != "name_list" && (!metric || !HolderMetric(*metric))) return std::nullopt;
  for (std::string_view sep : {";", ",", ":", " - ", "\u2022", " and "})
    if (const std::size_t k = label.rfind(sep); k != std::string_view::npos) label = label.substr(k + sep.size());
  while (!label.empty() && (IsRe2Space(label.front()) || label.front() == '-' || label.front() == '*')) label.remove_prefix(1);
  // "more than Cruz (406,783)": the capitalised words right before it,
  // without a title or a qualifier ("President-elect Joe Biden", "About").
  if (rule == "name_list") {
    std::size_t start = label.size();
    while (start > 0) {
      std::size_t w = start;
      while (w > 0 && label[w - 1] == ' ') --w;
      std::size_t wb = w;
      while (wb > 0 && label[wb - 1] != ' ') --wb;
      if (wb == w || !IsUpper(label[wb])) break;
      start = wb;
    }
    label = label.substr(start);
    static const std::set<std::string> kLead = {"about", "around", "nearly", "almost", "some", "roughly", "approximately",
                                                "over", "under", "just", "only", "more", "fewer", "less", "up", "an",
                                                "estimated", "president-elect", "then-president", "former"};
    for (std::size_t sp = label.find(' '); sp != std::string_view::npos; sp = label.find(' ')) {
      const std::string first(label.substr(0, sp));
      const std::string head = first.substr(0, first.find('-'));
      if (!kLead.count(Lower(first)) && !NonNameWords().count(head) && !NonNameWords().count(first)) break;
      label.remove_prefix(sp + 1);
    }
    if (kLead.count(Lower(std::string(label)))) return std::nullopt;
  }
  // Capitalised words and initials: "Kasich", "John Kasich", "J.B. Pritzker".
  std::size_t words = 0;
  for (std::size_t i = 0; i < label.size();) {
    if (!IsUpper(label[i])) return std::nullopt;
    std::size_t j = i + 1;
    if (j < label.size() && label[j] == '.') {
      while (j + 1 < label.size() && label[j] == '.' && IsUpper(label[j + 1])) j += 2;
      if (j < label.size() && label[j] == '.') ++j;
    } else {
      while (j < label.size() && (std::islower(static_cast<unsigned char>(label[j])) || label[j] == '-' || label[j] == '\''))
        ++j;
      if (j < label.size() && label[j] == '.' && label.substr(i, j - i) == "Jr") ++j;
      if (j - i < 2) return std::nullopt;
    }
    if (++words > 4) return std::nullopt;
    if (j < label.size() && label[j] != ' ') return std::nullopt;
    i = j < label.size() ? j + 1 : j;
  }
  if (words == 0) return std::nullopt;
  const std::string text(label), low = Lower(text);
  // "Total", "Turnout", "Democrats", "Other", "Yes": no person.
  static const std::set<std::string> kNotNames = {"total", "totals", "turnout", "other", "others", "yes", "no",
                                                  "blank", "void", "spoiled", "undervotes", "overvotes", "write-ins",
                                                  "write-in", "uncommitted", "none", "against", "for", "scattering",
                                                  "remaining", "outstanding", "pledged", "unpledged", "superdelegates"};
  if (kNotNames.count(low) || P_.StateByForm(text) || P_.metric_heads.count(low) || P_.generic_sources.count(low))
    return std::nullopt;
  for (const char* party : {"democrat", "republican", "libertarian", "green", "independent", "reform", "constitution"})
    if (low.rfind(party, 0) == 0) return std::nullopt;
  // "Kasich's 143" is the possessive of an elliptical figure, no row.
  if (text.size() > 2 && (text.back() == '\'' || text.compare(text.size() - 2, 2, "'s") == 0)) return std::nullopt;
  if (text.find(' ') == std::string::npos)
    if (auto full = alias_.find(text); full != alias_.end()) return full->second;
  return text;
}

std::optional<std::string> DocResolver::HeadingPerson(int para) {
  const std::size_t last_para =
      last_subject_ && subject_si_ < sents_.size() ? static_cast<std::size_t>(sents_[subject_si_].paragraph) : 0;
  for (std::size_t p = static_cast<std::size_t>(para); p-- > 0 && p + 8 > static_cast<std::size_t>(para);) {
    if (last_subject_ && p <= last_para) return std::nullopt;
    const std::string_view h = ParaText(p);
    if (h.size() > 80 || h.empty() || std::strchr(".!?:\"", h.back())) continue;
    std::vector<std::string> names;
    for (std::size_t pos = 0, mb, me; FindFullName(h, pos, &mb, &me); pos = me) {
      auto it = alias_.find(std::string(h.substr(mb, me - mb)));
      if (it != alias_.end()) names.push_back(it->second);
    }
    if (names.empty()) continue;
    std::size_t& used = heading_used_[p];
    if (used >= names.size()) return std::nullopt;
    return names[used++];
  }
  return std::nullopt;
}

std::string DocResolver::ResolvePerson(const PersonRef& r) const {
  if (r.kind == PersonRef::kName) return r.full;
  // ("Nader and Buchanan did far better there", then "his stronger states"
  // in a story about Phillips: a pronoun is the article's person when the
  // last subject is a passing one, named far less often.)
  if (r.kind == PersonRef::kPronoun && last_subject_) {
    const auto n = [&](const std::string& full) {
      const auto it = mentions_.find(full);
      return it == mentions_.end() ? 0 : it->second;
    };
    if (!primary_.empty() && *last_subject_ != primary_ && n(primary_) >= 4 &&
        n(primary_) >= 3 * std::max(1, n(*last_subject_)) && subject_si_ < sents_.size()) {
      // (Only when the last subject's sentence named others too: "Trump was
      // ahead by 81,000. In Wisconsin his lead ..." stays Trump's.)
      const std::string_view last = Sent(subject_si_);
      std::set<std::string> named;  // names, and roles as written
      for (const PersonRef& q : Persons(last))
        if (q.kind != PersonRef::kPronoun)
          named.insert(q.kind == PersonRef::kName ? q.full : std::string(last.substr(q.b, q.e - q.b)));
      if (named.size() >= 2) return primary_;
    }
    return *last_subject_;
  }
  return primary_;
}

std::size_t DocResolver::JoinedMetricEnd(std::string_view s, std::size_t end, std::size_t to) const {
  // "homes and businesses": two counted nouns joined are one metric.
  GroupSpan m2;
  if (s.substr(end, 5) == " and " && P_.metric_phrase->FindSpan(s, end + 5, to, &m2) &&
      static_cast<std::size_t>(m2.begin) == end + 5)
    return static_cast<std::size_t>(m2.end);
  return end;
}

std::optional<std::string> DocResolver::MetricIn(std::string_view s, std::size_t from, std::size_t to, bool last) const {
  std::vector<GroupSpan> g;
  std::optional<std::string> found;
  GroupSpan m;
  for (std::size_t pos = from; pos < to && P_.metric_phrase->FindSpan(s, pos, to, &m);) {
    m.end = static_cast<int>(JoinedMetricEnd(s, static_cast<std::size_t>(m.end), to));
    // "Indiana Republicans gave her 128,000 more": a named group acting is
    // no counted noun.
    const auto mb = static_cast<std::size_t>(m.begin);
    if (IsUpper(s[mb]) && mb >= 2 && s[mb - 1] == ' ' && std::isalpha(static_cast<unsigned char>(s[mb - 2]))) {
      std::size_t w = mb - 1;
      while (w > 0 && std::isalpha(static_cast<unsigned char>(s[w - 1]))) --w;
      if (IsUpper(s[w])) {
        pos = static_cast<std::size_t>(m.end);
        continue;
      }
    }
    found = Lower(s.substr(static_cast<std::size_t>(m.begin), static_cast<std::size_t>(m.end - m.begin)));
    if (!last) return found;
    pos = static_cast<std::size_t>(m.end);
  }
  return found;
}

// The cells of a table line: text between runs of three or more spaces, tabs
// or bars ("KY      1,956       984" -> "KY", "1,956", "984").
std::vector<std::pair<std::size_t, std::size_t>> TableCells(std::string_view line) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '|')) ++i;
    if (i >= line.size()) break;
    std::size_t j = i;
    for (;;) {
      while (j < line.size() && line[j] != ' ' && line[j] != '\t' && line[j] != '|') ++j;
      std::size_t k = j;
      while (k < line.size() && line[k] == ' ') ++k;
      // One or two spaces inside a cell ("WEEK ENDED 3/28"); more end it.
      if (k < line.size() && k - j <= 2 && line[k] != '\t' && line[k] != '|') {
        j = k;
        continue;
      }
      break;
    }
    out.emplace_back(i, j);
    i = j;
  }
  return out;
}

// The counted noun written right after a figure when the metric lexicon
// knows none: "1,000 homes", "41 tornadoes", "17,342 active registered-nurse
// licenses". Up to three lower-case words ending at the first plural; a
// function word before it means there is no such noun ("74 on Monday").
std::optional<std::string> NounAfter(std::string_view s, std::size_t ne) {
  static const std::set<std::string> kNotPlural = {"this", "was", "has", "news", "series", "its", "his", "hers",
                                                   "ours", "yours", "theirs", "whereas", "does", "goes", "plus",
                                                   "less", "across", "thus", "yes", "miles", "days", "weeks",
                                                   "months", "years", "hours", "minutes", "points", "percent",
                                                   "times", "dollars", "cents", "acres", "degrees", "inches",
                                                   "feet", "pounds", "tons", "gallons", "mph", "seconds", "states",
                                                   "counties", "cities", "districts", "precincts", "parishes",
                                                   "towns", "countries", "territories", "others", "ones", "lives"};
  std::size_t i = ne;
  const std::size_t start = [&] {
    std::size_t k = ne;
    while (k < s.size() && s[k] == ' ') ++k;
    return k;
  }();
  if (start == ne) return std::nullopt;
  for (int w = 0; w < 3; ++w) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = i;
    while (j < s.size() && (std::islower(static_cast<unsigned char>(s[j])) || (j > i && s[j] == '-'))) ++j;
    // "31 WARN notices", "12 ICU beds": an acronym describes the noun.
    if (j == i && w < 2) {
      while (j < s.size() && std::isupper(static_cast<unsigned char>(s[j]))) ++j;
      if (j - i >= 2 && j - i <= 6 && j < s.size() && s[j] == ' ') {
        i = j;
        continue;
      }
      j = i;
    }
    if (j == i || (j < s.size() && std::isalnum(static_cast<unsigned char>(s[j])))) return std::nullopt;
    std::string word(s.substr(i, j - i));
    const bool plural = word.size() >= 4 && word.back() == 's' && word[word.size() - 2] != 's' &&
                        word[word.size() - 2] != 'u' && word[word.size() - 2] != 'i' && word[word.size() - 2] != '\'';
    if (kNotPlural.count(word)) return std::nullopt;
    if (plural) return std::string(s.substr(start, j - start));
    static const std::set<std::string> kFunction = {"that", "which", "were", "have", "been", "more", "than",
                                                    "each", "from", "with", "into", "onto", "over", "under",
                                                    "after", "before", "since", "while", "when", "where",
                                                    "about", "through", "during", "including", "among",
                                                    "against", "between", "will", "would", "could", "should"};
    // "of", "the", "and", "was" end the search; "new" and "old" describe the noun.
    if (kFunction.count(word) || (word.size() <= 3 && word != "new" && word != "old")) return std::nullopt;
    i = j;
  }
  return std::nullopt;
}

// A spelled figure cut short before "and" and the rest of its number
// ("two hundred | and twelve").
bool DocResolver::SplitsSpelledNumber(std::string_view s, std::size_t nb, std::size_t ne) const {
  if (ne + 5 >= s.size() || s.substr(ne, 5) != " and ") return false;
  for (std::size_t k = nb; k < ne; ++k)
    if (std::isdigit(static_cast<unsigned char>(s[k]))) return false;
  const std::size_t wb = ne + 5;
  std::size_t we = wb;
  while (we < s.size() && std::isalpha(static_cast<unsigned char>(s[we]))) ++we;
  const std::string next = Lower(s.substr(wb, we - wb));
  const auto kind = P_.number_kind.find(next);
  if (kind == P_.number_kind.end() || (kind->second != "unit" && kind->second != "ten")) return false;
  std::size_t lb = ne;
  while (lb > nb && std::isalpha(static_cast<unsigned char>(s[lb - 1]))) --lb;
  const auto last = P_.number_kind.find(Lower(s.substr(lb, ne - lb)));
  return last != P_.number_kind.end() && last->second != "unit" && last->second != "ten";
}

void DocResolver::MatchSentence(std::size_t si, std::optional<std::vector<Cue>>* cue_cache, std::vector<Claim>* out) {
  std::string_view s = Sent(si);
  cur_sent_b_ = sents_[si].b;
  cur_sent_e_ = sents_[si].e;
  const int para = sents_[si].paragraph;
  const bool first_in_para = si == 0 || sents_[si - 1].paragraph != para;
  // The rule matches, by (rule, num.begin); found for all sentences at once in Run.
  const auto [matches_b, matches_e] = rule_matches_->Hits(rule_base_ + si);
  if (matches_b == matches_e) return;
  std::vector<const MatchHit*> decided;
  for (const MatchHit* mp = matches_b; mp != matches_e; ++mp) {
    const MatchHit& m = *mp;
    const std::string& mrule = P_.rules[static_cast<std::size_t>(m.rule)].id;
    // "two hundred and twelve votes" is one number, not a list of two.
    if (SplitsSpelledNumber(s, static_cast<std::size_t>(m.num.begin), static_cast<std::size_t>(m.num.end))) continue;
    // "THE DEADLINE, IN ONE PARAGRAPH": a spelled number in an all-caps
    // heading is a word of the heading.
    if (std::none_of(s.begin(), s.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; }) &&
        !std::isdigit(static_cast<unsigned char>(s[static_cast<std::size_t>(m.num.begin)])))
      continue;
    // "under one-quarter of a percentage point": a fraction, no count.
    {
      const std::string_view after = s.substr(static_cast<std::size_t>(m.num.end), 9);
      bool fraction = false;
      for (std::string_view f : {"-quarter", "-half", "-third", "-fourth", "-fifth", "-tenth", " quarter", " half", " third"})
        fraction |= after.substr(0, f.size()) == f;
      if (fraction && !std::isdigit(static_cast<unsigned char>(s[static_cast<std::size_t>(m.num.begin)]))) continue;
    }
    // "1,306 nursing home resident deaths" names what it counts; "1,200 were
    // counted before deaths" does not: no verb or function word between.
    if (mrule == "num_compound_metric" && m.metric.matched()) {
      // (The rule's own "or more", "or so", "of the", "of last year's".)
      static const std::set<std::string> kRuleWords = {"or", "more", "fewer", "so", "plus", "of", "the", "last", "this"};
      bool verb = false;
      const std::string_view gap = s.substr(static_cast<std::size_t>(m.num.end),
                                            static_cast<std::size_t>(std::max(m.metric.begin, m.num.end) - m.num.end));
      for (std::size_t i = 0; i < gap.size();) {
        while (i < gap.size() && !std::islower(static_cast<unsigned char>(gap[i]))) ++i;
        std::size_t j = i;
        while (j < gap.size() && std::isalpha(static_cast<unsigned char>(gap[j]))) ++j;
        if (j > i && (i == 0 || gap[i - 1] == ' ') && (j == gap.size() || gap[j] == ' ')) {
          const std::string w(gap.substr(i, j - i));
          verb |= !kRuleWords.count(w) && !CompoundWord(w);
        }
        i = j;
      }
      if (verb) continue;
    }
    // ": About 2.6 million", "Chart: California's 1.26m": no name's figure;
    // "the Showboat (2,100)": a figure in parentheses belongs to a person
    // the document names in full, not to a casino or a company.
    if (mrule == "name_list") {
      const auto label = RowNameLabel(s, static_cast<std::size_t>(m.num.begin), "name_list", std::nullopt);
      if (!label) continue;
      if (m.num.begin > 0 && s[static_cast<std::size_t>(m.num.begin) - 1] == '(' && label->find(' ') == std::string::npos &&
          !alias_.count(*label))
        continue;
    }
    // "since March 2020 and 282 deaths": a month's year is no figure.
    if (m.num.end - m.num.begin == 4 && m.num.begin >= 4 && s[static_cast<std::size_t>(m.num.begin) - 1] == ' ') {
      std::size_t w = static_cast<std::size_t>(m.num.begin) - 1;
      if (w > 0 && s[w - 1] == '.') --w;
      std::size_t wb = w;
      while (wb > 0 && std::isalpha(static_cast<unsigned char>(s[wb - 1]))) --wb;
      const std::string_view year = s.substr(static_cast<std::size_t>(m.num.begin), 4);
      if ((year.substr(0, 2) == "19" || year.substr(0, 2) == "20") && wb < w && IsMonthName(std::string(s.substr(wb, w - wb))))
        continue;
    }
    bool taken = false;
    for (const MatchHit* d : decided) {
      if (m.num.begin < d->num.end && d->num.begin < m.num.end) taken = true;
      if (d->num2.matched() && m.num.begin < d->num2.end && d->num2.begin < m.num.end) taken = true;
    }
    if (!taken) decided.push_back(&m);
  }
  // The last rule's bare figures, when a sentence holds more than a few
  // (kMaxBare), are a table dump or noise ("Ohio 1,234 Texas 5,678 ..." for
  // 4 KiB), not prose: they are left out, which also keeps the resolver's
  // work per sentence bounded.
  constexpr std::size_t kMaxBare = 8;
  const std::size_t bare = static_cast<std::size_t>(std::count_if(decided.begin(), decided.end(), [&](const MatchHit* d) {
    return P_.rules[static_cast<std::size_t>(d->rule)].id == "catch_all";
  }));
  std::vector<const MatchHit*> claims;
  for (const MatchHit* d : decided)
    if (P_.rules[static_cast<std::size_t>(d->rule)].action == Rule::Action::kClaim) {
      if (bare > kMaxBare && P_.rules[static_cast<std::size_t>(d->rule)].id == "catch_all") continue;
      // A results row's later figures ("..., Harris 3,423,042") only in a row
      // that is a list item ("Pennsylvania - Trump N, Harris M").
      const std::string& drule = P_.rules[static_cast<std::size_t>(d->rule)].id;
      if (drule == "scoreboard" && !d->state.matched() &&
          !P_.list_item->Matches(s))
        continue;
      // A name's bare figure ("..., Ted Cruz 406,783") only beside another
      // name's figure or after a claim of the same sentence; so is a bare
      // list's ("logged 97,870, 69,221 and 61,494").
      if (drule == "name_list" || drule == "bare_list" || drule == "coord_num") {
        bool paired = false;
        for (const MatchHit* o : decided) {
          const Rule& orule = P_.rules[static_cast<std::size_t>(o->rule)];
          if (o != d && orule.action == Rule::Action::kClaim &&
              ((orule.id == "name_list" && drule == "name_list") || o->num.end <= d->num.begin))
            paired = true;
        }
        if (!paired) continue;
      }
      claims.push_back(d);
    }
  if (claims.empty()) return;
  std::sort(claims.begin(), claims.end(), [](const MatchHit* a, const MatchHit* b) { return a->num.begin < b->num.begin; });

  const int intro = intro_[static_cast<std::size_t>(para)];
  EnsureEntities();
  const std::vector<Cue>& cues = CuesOf(si, cue_cache);
  std::vector<Place> places = Places(s);
  // "CHARLESTON, W.Va. - An estimated 107,622 people died ... in the U.S.":
  // a dateline's state yields to a place named in the sentence itself.
  std::size_t dateline_end = 0;
  {
    GroupSpan dm;
    // Only "CITY, ST -" or "CITY (AP) -": a bare "TN:" is a list label.
    if (P_.dateline->FindSpan(s, 0, s.size(), &dm) && dm.begin == 0 &&
        s.substr(0, static_cast<std::size_t>(dm.end)).find_first_of(",(") != std::string_view::npos) {
      dateline_end = static_cast<std::size_t>(dm.end);
      bool other = false;
      for (const Place& p : places) other |= p.b >= dateline_end;
      if (other)
        places.erase(std::remove_if(places.begin(), places.end(), [&](const Place& p) { return p.e <= dateline_end; }),
                     places.end());
    }
  }
  const std::vector<Aside> asides = Asides(s, places);
  std::vector<DateExpr> dates = Dates(s);
  std::vector<PersonRef> persons = Persons(s);
  NumberWords words{&P_.number_words, &P_.number_kind};

  // "In Arizona and Nevada she won 12,400 and 9,850 votes, respectively."
  // The figures of the list that "respectively" closes are those right before
  // it, one gap of a few words apart ("won 73, 62 and 44 delegates in
  // Georgia, Virginia and Alabama, respectively", not the sentence's earlier
  // "margin of more than 400,000 votes in Texas"); their states are the ones
  // between the list and "respectively", else the last ones before the list.
  std::map<std::size_t, std::string> respectively;  // claim index -> state code
  const std::size_t resp_at = Lower(s).find("respectively");
  if (resp_at != std::string::npos) {
    std::size_t last = claims.size();
    for (std::size_t ci = 0; ci < claims.size(); ++ci)
      if (static_cast<std::size_t>(claims[ci]->num.end) <= resp_at) last = ci;
    std::size_t first = last;
    while (last < claims.size() && first > 0) {
      const std::string_view gap = s.substr(static_cast<std::size_t>(claims[first - 1]->num.end),
                                            static_cast<std::size_t>(claims[first]->num.begin - claims[first - 1]->num.end));
      // ", ", " and ", " votes and ": no name, no figure, no sentence break.
      if (gap.size() > 24 || std::any_of(gap.begin(), gap.end(), [](char c) {
            return IsUpper(c) || std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == ';';
          }))
        break;
      --first;
    }
    const std::size_t k = last < claims.size() ? last - first + 1 : 0;
    if (k >= 2) {
      const auto lb = static_cast<std::size_t>(claims[first]->num.begin);
      const auto le = static_cast<std::size_t>(claims[last]->num.end);
      std::vector<std::string> after, before;
      std::vector<const Place*> before_at;
      for (const Place& p : places) {
        if (p.kind != Place::kState) continue;
        if (p.b >= le && p.e <= resp_at) after.push_back(p.code);
        if (p.e <= lb) {
          before.push_back(p.code);
          before_at.push_back(&p);
        }
      }
      // The states before are a list ("In Arizona and Nevada she won"), not
      // the home states of the people listed ("former South Bend, Ind., Mayor
      // Pete Buttigieg and Sen. Elizabeth Warren of Massachusetts drew"): no
      // person is named between them.
      if (before.size() >= k)
        for (std::size_t i = before.size() - k + 1; i < before.size(); ++i) {
          if (before_at[i - 1]->e > before_at[i]->b) continue;
          const std::vector<PersonRef> between = Persons(s.substr(before_at[i - 1]->e, before_at[i]->b - before_at[i - 1]->e));
          if (std::any_of(between.begin(), between.end(), [](const PersonRef& r) { return r.kind == PersonRef::kName; })) {
            before.clear();
            break;
          }
        }
      // "The pattern held in Maryland and Nebraska. She took ... in those two
      // states, good for about 43,000 and 32,500 votes, respectively."
      if (after.empty() && before.empty() && si > 0 && !first_in_para && s.find("those") != std::string_view::npos)
        for (const Place& p : Places(Sent(si - 1)))
          if (p.kind == Place::kState) before.push_back(p.code);
      const std::vector<std::string>* codes = after.size() == k ? &after : nullptr;
      if (!codes && after.empty() && before.size() >= k) {
        before.erase(before.begin(), before.end() - static_cast<std::ptrdiff_t>(k));
        codes = &before;
      }
      if (codes)
        for (std::size_t i = 0; i < k; ++i) respectively[first + i] = (*codes)[i];
    }
  }
  // "Alabama, Oklahoma and Mississippi logged 97,870, 69,221 and 61,494":
  // the same order without the word: a list of k states, then (with no
  // other state between) a list of exactly k bare figures.
  if (claims.size() >= 2) {
    const auto joined = [](std::string_view gap) { return gap == ", " || gap == " and " || gap == ", and "; };
    const auto claim_gap = [&](std::size_t i) {
      return s.substr(static_cast<std::size_t>(claims[i - 1]->num.end),
                      static_cast<std::size_t>(claims[i]->num.begin - claims[i - 1]->num.end));
    };
    std::vector<const Place*> states;
    for (const Place& p : places)
      if (p.kind == Place::kState) states.push_back(&p);
    for (std::size_t first = 0; first < claims.size(); ++first) {
      if (respectively.count(first) || (first > 0 && joined(claim_gap(first)))) continue;
      std::size_t end = first + 1;
      while (end < claims.size() && joined(claim_gap(end))) ++end;
      const std::size_t k = end - first;
      const auto nb0 = static_cast<std::size_t>(claims[first]->num.begin);
      // The last states before the figures, as one list.
      std::size_t last = states.size();
      for (std::size_t i = 0; i < states.size(); ++i)
        if (states[i]->e <= nb0) last = i;
      if (k < 2 || last == states.size() || last + 1 < k) continue;
      const std::size_t lo = last + 1 - k;
      bool list = lo == 0 || !joined(s.substr(states[lo - 1]->e, states[lo]->b - std::min(states[lo]->b, states[lo - 1]->e)));
      for (std::size_t i = lo + 1; list && i <= last; ++i)
        list = states[i - 1]->e <= states[i]->b && joined(s.substr(states[i - 1]->e, states[i]->b - states[i - 1]->e));
      // ("respectively" after the list is handled above.)
      if (!list || (resp_at != std::string::npos && resp_at > states[lo]->b)) continue;
      for (std::size_t i = 0; i < k; ++i) respectively[first + i] = states[lo + i]->code;
    }
  }
  // "Trump and Clinton finished with 2,279,543 and 2,268,839 votes, respectively."
  // ("Knapp and Belinskey finished with 1,306 and 1,014 votes, respectively,
  // and under 1,700 voters left it blank": the figures before the word.)
  std::vector<const PersonRef*> respectively_who;
  if (claims.size() >= 2 && resp_at != std::string::npos) {
    std::size_t listed = 0;
    while (listed < claims.size() && static_cast<std::size_t>(claims[listed]->num.end) <= resp_at) ++listed;
    // ("it was more than 2,700, though Ralph Nader and Pat Buchanan did far
    // better, with 35,850 and 9,319 votes, respectively": the people after
    // an earlier figure own the figures after them.)
    std::size_t first = 0;
    for (; first + 2 <= listed && respectively_who.size() != listed - first; ++first) {
      respectively_who.clear();
      const std::size_t from = first == 0 ? 0 : static_cast<std::size_t>(claims[first - 1]->num.end);
      for (const PersonRef& r : persons)
        if (r.kind != PersonRef::kPronoun && r.b >= from && r.e <= static_cast<std::size_t>(claims[first]->num.begin))
          respectively_who.push_back(&r);
    }
    if (first > 0) --first;
    if (listed < 2 || respectively_who.size() != listed - first) respectively_who.clear();
    if (!respectively_who.empty()) respectively_who.insert(respectively_who.begin(), first, nullptr);
    respectively_who.resize(respectively_who.empty() ? 0 : claims.size(), nullptr);
  }
  // "Nebraska Republicans and Democrats cast 241,000 and 101,000 ballots,
  // respectively": the parties, in order.
  std::vector<std::string> respectively_party;
  if (claims.size() >= 2 && respectively_who.empty() && resp_at != std::string::npos) {
    const std::string_view head = s.substr(0, static_cast<std::size_t>(claims.front()->num.begin));
    std::map<std::size_t, std::string> at;
    for (const char* w : {"Republicans", "Democrats", "Libertarians", "Independents"})
      for (std::size_t k = head.find(w); k != std::string_view::npos; k = head.find(w, k + 1)) at.emplace(k, w);
    for (const auto& [k, w] : at) respectively_party.push_back(w);
    std::size_t listed = 0;  // the figures "respectively" closes
    for (const MatchHit* o : claims) listed += static_cast<std::size_t>(o->num.begin) < resp_at;
    if (respectively_party.size() != listed) respectively_party.clear();
  }

  std::optional<std::string> sentence_metric;  // the last figure's so far
  for (std::size_t ci = 0; ci < claims.size(); ++ci) {
    const MatchHit& m = *claims[ci];
    const Rule& rule = P_.rules[static_cast<std::size_t>(m.rule)];
    const auto nb = static_cast<std::size_t>(m.num.begin), ne = static_cast<std::size_t>(m.num.end);
    auto value = ParseNumber(s.substr(nb, ne - nb), words);
    // "1.6–1.7 million", "2 to 2.5 million": the range's scale is the low end's too.
    if (m.num2.matched() && std::isdigit(static_cast<unsigned char>(s[nb])) &&
        std::all_of(s.begin() + static_cast<std::ptrdiff_t>(nb), s.begin() + static_cast<std::ptrdiff_t>(ne),
                    [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) || ch == '.' || ch == ','; })) {
      const std::string_view hi = s.substr(static_cast<std::size_t>(m.num2.begin), static_cast<std::size_t>(m.num2.end - m.num2.begin));
      std::size_t k = hi.size();
      while (k > 0 && std::isalpha(static_cast<unsigned char>(hi[k - 1]))) --k;
      if (k < hi.size() && k > 0) {
        std::size_t d = k;
        while (d > 0 && hi[d - 1] == ' ') --d;
        if (d > 0 && std::isdigit(static_cast<unsigned char>(hi[d - 1])))
          if (auto scaled = ParseNumber(std::string(s.substr(nb, ne - nb)) + std::string(hi.substr(d)), words);
              scaled && scaled->integral && (!value || !value->integral || value->value < 1000))
            value = scaled;
      }
    }
    if (!value || !value->integral || value->value <= 0) continue;
    Claim c;
    c.doc = doc_.id;
    c.doc_date = doc_date_;
    c.count = value->value;
    c.rule = rule.id;
    // "where two Democrats faced each other": a handful of a party's people
    // are candidates or officials, not its voters.
    if (m.metric.matched() && c.count < 100) {
      const std::string head = Lower(s.substr(static_cast<std::size_t>(m.metric.begin),
                                              static_cast<std::size_t>(m.metric.end - m.metric.begin)));
      if (head == "democrats" || head == "republicans" || head == "independents" || head == "libertarians") continue;
    }
    if (m.num2.matched()) {
      auto v2 = ParseNumber(s.substr(static_cast<std::size_t>(m.num2.begin), static_cast<std::size_t>(m.num2.end - m.num2.begin)), words);
      if (v2 && v2->integral && v2->value > c.count) c.count_max = v2->value;
    }

    // State.
    std::optional<std::string> code;
    // A results row's later figures take the row's label: "Ind.: Mike Braun
    // (R) 1.16m, Joe Donnelly (D) 1.02m" ("Ind." names no state in prose).
    GroupSpan label = m.state;
    if (!label.matched() && rule.id == "scoreboard")
      for (const MatchHit* o : claims)
        if (o->state.matched() && o->num.end <= m.num.begin && P_.rules[static_cast<std::size_t>(o->rule)].id == rule.id)
          label = o->state;
    if (respectively.count(ci)) {
      code = respectively[ci];
    } else if (label.matched() && !(dateline_end > 0 && static_cast<std::size_t>(label.end) <= dateline_end)) {
      std::string form(s.substr(static_cast<std::size_t>(label.begin), static_cast<std::size_t>(label.end - label.begin)));
      if (const StateInfo* st = P_.StateByForm(form)) code = st->code;
      else if (P_.state_by_code.count(form)) code = form;
    } else {
      // A range is one figure: "between 2.6 million and 2.7 million ballots".
      std::optional<Place> p =
          ChoosePlace(places, asides, s, nb, m.num2.matched() ? static_cast<std::size_t>(m.num2.end) : ne);
      // "the number without power in Louisiana, Mississippi and Alabama at
      // 1.05 million", "1,200 more from Oklahoma, Alabama and Mississippi":
      // one figure for a list of states is their total, the nation's (a list
      // of figures beside is theirs in turn, above).
      if (p && p->kind == Place::kState && InStateList(places, s, *p) && s.find(" each") == std::string_view::npos &&
          resp_at == std::string::npos) {
        const auto near_figure = [&](std::size_t i, std::size_t j) {
          const auto a = static_cast<std::size_t>(claims[i]->num.end), b = static_cast<std::size_t>(claims[j]->num.begin);
          if (b < a || b - a > 30) return false;
          const std::string_view gap = s.substr(a, b - a);
          return std::none_of(gap.begin(), gap.end(), [](char ch) {
                   return IsUpper(ch) || std::isdigit(static_cast<unsigned char>(ch)) || ch == ';' || ch == '.';
                 }) && (gap.find(" and ") != std::string_view::npos || gap.find(", ") != std::string_view::npos);
        };
        if (!(ci > 0 && near_figure(ci - 1, ci)) && !(ci + 1 < claims.size() && near_figure(ci, ci + 1)))
          p = Place{p->b, p->e, Place::kNational, "US"};
      }
      // "Wyoming 4 1" then "Other states (17) 18 3" then "Total 116 23": the
      // total row of a table of states is the nation's.
      // ("Five-state total   52,139", "U.S. total ... 9,400": a label ending in "total" too.)
      const auto total_row = [&] {
        const std::string w = RowFirstWord(s);
        if (w == "total" || w == "totals") return true;
        std::string_view head = s.substr(0, nb);
        while (!head.empty() && (IsRe2Space(head.back()) || head.back() == '.' || head.back() == ':' || head.back() == '-'))
          head.remove_suffix(1);
        return head.size() < 30 && head.size() >= 6 &&
               (Lower(head.substr(head.size() - 6)) == " total" || Lower(head.substr(head.size() - 6)) == "-total");
      };
      if (!p && total_row()) {
        for (std::size_t k = si; k-- > 0 && k + 4 > si;) {
          const std::string_view row = Sent(k);
          if (const std::string rw = RowFirstWord(row); rw == "other" || rw == "others" || rw == "all") continue;
          // (The row's label, up to its figure's column or a colon or dash,
          // is the state its figures took: "Ind.         14,912".)
          std::string_view cell = row.substr(RowTextStart(row, row.size()));
          cell = cell.substr(0, std::min({cell.find("  "), cell.find(':'), cell.find(" -"), cell.size()}));
          while (!cell.empty() && IsRe2Space(cell.back())) cell.remove_suffix(1);
          const StateInfo* st = P_.StateByForm(std::string(cell));
          const auto code_here = sent_code_.find(k);
          if (code_here != sent_code_.end() &&
              ((st && st->code == code_here->second) || std::string(cell) == code_here->second))
            p = Place{0, 0, Place::kNational, "US"};
          break;
        }
      }
      if (!p && !first_in_para) {
        // The sentence before: the place its own figures took, else its last place.
        auto pc = sent_code_.find(si - 1);
        if (pc != sent_code_.end()) {
          p = Place{0, 0, pc->second == "US" ? Place::kNational : Place::kState, pc->second};
        } else {
          // Its last state ("In Nevada's governor's race, Joe Lombardo, the
          // Clark County sheriff, unseated ..."), else its last place.
          const std::string_view prev_s = Sent(si - 1);
          std::vector<Place> prev = Places(prev_s);
          const std::vector<Aside> prev_asides = Asides(prev_s, prev);
          const auto in_aside = [&](const Place& q) {
            if (q.b >= 6 && prev_s.substr(q.b - 6, 6) == ", the ") return true;  // ", the Clark County sheriff,"
            for (const Aside& a : prev_asides)
              if (a.b < q.b && q.e <= a.e) return true;
            return false;
          };
          // ("..., which puts Louisiana near the bottom, ahead of only
          // Alabama, Mississippi and Wyoming. The state averaged ...": a
          // state outside a list of three or more first.)
          for (const bool lists : {false, true})
            for (auto it = prev.rbegin(); it != prev.rend() && !p; ++it)
              if (!(it->kind == Place::kSubstate && in_aside(*it)) && !OfficeOrNeighbour(prev_s, *it) &&
                  (lists || !InStateList(prev, prev_s, *it)))
                p = *it;
        }
      }
      // "Texas Gov. Rick Perry won a second full term with 1,716,792 votes":
      // with no other place here or just before, the statewide office of the
      // person the sentence opens with names the race's state.
      if (!p && places.empty()) {
        GroupSpan sm;
        if (P_.state_mention->FindSpan(s, 0, std::min<std::size_t>(nb, 24), &sm) && sm.begin <= 4) {
          const auto b = static_cast<std::size_t>(sm.begin), e = static_cast<std::size_t>(sm.end);
          const std::string_view after = s.substr(e, 10);
          if (after.rfind(" Gov. ", 0) == 0 || after.rfind(" Governor ", 0) == 0 || after.rfind(" Sen. ", 0) == 0 ||
              after.rfind(" Senator ", 0) == 0)
            if (const StateInfo* st = P_.StateByForm(std::string(s.substr(b, e - b)))) p = Place{b, e, Place::kState, st->code};
        }
      }
      // "Delaware Democrats' edge tops 147,000 as registration closes" over
      // "Rolls reach 740,512 before Saturday's cutoff": a headline's deck
      // takes the headline's state.
      if (!p && first_in_para && para > 0 && para <= 6 && places.empty()) {
        const auto headline_like = [&](std::size_t q) { return HeadlineLike(ParaText(q)); };
        const auto hp = static_cast<std::size_t>(para - 1);
        // (A headline without a figure is not segmented: its whole text.)
        if (headline_like(static_cast<std::size_t>(para)) && headline_like(hp) && intro < 0)
          for (const Place& q : Places(ParaText(hp)))
            if (q.kind == Place::kState) p = q;
      }
      // "New confirmed cases in South Carolina by county:" then "- Greenville:
      // 612": a county's row is no state's; "Statewide: 4,796" still is.
      if (!p && intro >= 0 && ByPartsIntro(intro)) {
        const std::size_t lb = RowTextStart(s, nb);
        const std::size_t colon = s.find(':', lb);
        if (colon != std::string_view::npos && colon < nb) {
          const std::string row_label = Lower(s.substr(lb, colon - lb));
          if (row_label.find("state") == std::string::npos && row_label.find("total") == std::string::npos &&
              row_label.find("all ") == std::string::npos)
            continue;
          if (row_label.find("count") != std::string::npos || row_label.find("other") != std::string::npos) continue;
        }
      }
      if (!p && intro >= 0) {
        auto it = intro_place_.find(intro);
        if (it == intro_place_.end()) {
          std::optional<Place> last;
          const auto [first, end] = para_sents_[static_cast<std::size_t>(intro)];
          for (std::size_t k = first; k < end; ++k) {
            std::vector<Place> ip = Places(Sent(k));
            if (!ip.empty()) last = ip.back();
          }
          // "LOUISIANA RUNOFF BY THE NUMBERS (...):": a heading in capitals
          // opened by a state's name.
          // (Or the heading right above the intro: "UTAH BY THE NUMBERS" over
          // "Today's figures from the health department's dashboard:".)
          for (int h = intro; !last && h >= 0 && h >= intro - 1; --h) {
            const std::string_view t = ParaText(static_cast<std::size_t>(h));
            if (h < intro && std::any_of(t.begin(), t.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; })) break;
            std::size_t n = 0;
            if (const StateInfo* st = CapsState(P_, t, &n)) last = Place{0, 0, Place::kState, st->code};
          }
          // "FINAL RECOUNT TOTALS — Minnesota governor" over "(secretary of
          // state's office, Dec. 8)": a results box's title above its credit
          // line names the state.
          if (!last && intro > 0) {
            std::string_view credit = ParaText(static_cast<std::size_t>(intro));
            while (!credit.empty() && IsRe2Space(credit.back())) credit.remove_suffix(1);
            std::string_view title = ParaText(static_cast<std::size_t>(intro - 1));
            while (!title.empty() && IsRe2Space(title.back())) title.remove_suffix(1);
            if (credit.size() > 2 && credit.front() == '(' && credit.back() == ')' && !title.empty() &&
                title.size() < 120 && std::string_view(".!?:").find(title.back()) == std::string_view::npos)
              for (const Place& q : Places(title))
                if (q.kind == Place::kState) last = Place{0, 0, Place::kState, q.code};
          }
          it = intro_place_.emplace(intro, last).first;
        }
        p = it->second;
      }
      // "The state recorded 71 new deaths", "The state's previous high":
      // the state as a noun (not "the state Division of ...").
      bool the_state = s.rfind("The state ", 0) == 0 || s.rfind("The state's ", 0) == 0 ||
                       s.find(" the state's ") != std::string_view::npos;
      for (const char* w : {" in the state", " across the state"}) {
        const std::size_t k = s.find(w);
        const std::size_t a = k + std::strlen(w);
        the_state |= k != std::string_view::npos && (a >= s.size() || !std::isalpha(static_cast<unsigned char>(s[a])));
      }
      // "... across the district, which covers much of the state's Western
      // Slope": a sentence about a place inside the state is not the state's.
      const bool substate_here =
          std::any_of(places.begin(), places.end(), [](const Place& q) { return q.kind == Place::kSubstate; });
      // ("- GA: An audit ... found 20 noncitizens among the state's 8.2m
      // registered voters": the paragraph's own label or dateline first.)
      const bool own_state = label_state_.count(para) || (para == dateline_para_ && dateline_state_);
      // ("2019 at a glance (statewide, reported to ADHS):" over "Cases:
      // 10,359": an intro's "statewide" looks back from the intro.)
      std::size_t look_from = si;
      if (!p && !the_state && intro >= 0 && s.find(" statewide") == std::string_view::npos &&
          s.rfind("Statewide", 0) != 0) {
        const std::string_view it = ParaText(static_cast<std::size_t>(intro));
        const std::size_t w = it.find("statewide");
        if (w != std::string_view::npos && (w == 0 || !std::isalpha(static_cast<unsigned char>(it[w - 1]))) &&
            para_sents_[static_cast<std::size_t>(intro)].first < para_sents_[static_cast<std::size_t>(intro)].second) {
          the_state = true;
          look_from = para_sents_[static_cast<std::size_t>(intro)].first;
        }
      }
      if (!p && !substate_here && !own_state &&
          (the_state || s.find(" statewide") != std::string_view::npos || s.rfind("Statewide", 0) == 0)) {
        // "Jorgensen received 38,491 votes in the state": the state named
        // last before, in an earlier paragraph too (a few sentences back);
        // "Connecticut Gov. Ned Lamont said ... The state recorded": a
        // governor's state too.
        for (std::size_t k = look_from; k > 0 && look_from - k < 8 && !p; --k) {
          const std::string_view prev_s = Sent(k - 1);
          std::vector<Place> prev = Places(prev_s);
          // (A state outside a list of three or more first: "puts Louisiana
          // near the bottom, ahead of only Alabama, Mississippi and Wyoming".)
          for (const bool lists : {false, true})
            for (auto it = prev.rbegin(); it != prev.rend() && !p; ++it)
              if (it->kind == Place::kState && !OfficeOrNeighbour(prev_s, *it) &&
                  (lists || !InStateList(prev, prev_s, *it)))
                p = *it;
          GroupSpan sm;
          for (std::size_t pos = 0; !p && pos < prev_s.size() && P_.state_mention->FindSpan(prev_s, pos, prev_s.size(), &sm);) {
            const std::string form(prev_s.substr(static_cast<std::size_t>(sm.begin), static_cast<std::size_t>(sm.end - sm.begin)));
            const std::string_view after = prev_s.substr(static_cast<std::size_t>(sm.end));
            if (const StateInfo* st = P_.StateByForm(form); st && (after.rfind(" Gov.", 0) == 0 || after.rfind(" Governor", 0) == 0))
              p = Place{0, 0, Place::kState, st->code};
            pos = static_cast<std::size_t>(sm.end);
          }
        }
        // "Hospitals statewide reported 97 patients" far below "Idaho RSV
        // cases top 1,000 in a week": with no state in the sentences before,
        // the state the headline names.
        if (!p)
          if (auto hs = HeadlineState()) p = Place{0, 0, Place::kState, *hs};
      }
      if (p && p->kind == Place::kSubstate) continue;
      if (p) code = p->code;
      else if (para == dateline_para_ && dateline_state_) code = dateline_state_;
      else if (auto ls = label_state_.find(para); ls != label_state_.end()) code = ls->second;
      else if (auto hs = BoxHeadingState(para); hs && (rule.id == "leader_row" || rule.id == "first_column_row"))
        code = hs;
      else {
        // "Hyde-Smith, who was appointed to the Mississippi seat in April, had
        // 486,769 votes": with no other place anywhere, the one state an
        // aside names.
        // ("Anaplasmosis, a tick-borne infection that was rare in Vermont a
        // decade ago, also set a record, rising to 266 cases": so does any
        // aside whose state is the one the story's last figures took.)
        std::optional<std::string> recent;
        if (auto rc = sent_code_.lower_bound(si); rc != sent_code_.begin()) recent = std::prev(rc)->second;
        std::optional<std::string> only;
        bool several = false;
        for (const Place& q : places) {
          bool in_who = false;  // a person's aside, not "which the Iowa High School ..."
          bool in_aside = false;
          for (const Aside& a : asides) {
            in_who |= a.b <= q.b && q.e <= a.e && s.substr(a.b, 6) == ", who ";
            in_aside |= a.b <= q.b && q.e <= a.e;
          }
          if (q.kind == Place::kSubstate || !(in_who || (in_aside && recent == q.code))) several = true;
          else if (only && *only != q.code) several = true;
          else only = q.code;
        }
        if (only && !several && *only != "US") code = only;
      }
    }
    if (!code) continue;
    c.state_code = *code;
    c.state = *code == "US" ? "United States" : P_.states[static_cast<std::size_t>(P_.state_by_code.at(*code))].name;

    // Qualifier and bound.
    c.bound = "exact";
    if (c.count_max) {
      c.bound = "range";
      std::string before = Lower(s.substr(nb >= 8 ? nb - 8 : 0, nb >= 8 ? 8 : nb));
      if (before.find("between") != std::string::npos) c.qualifier = "between";
    } else {
      std::size_t wb = nb >= 40 ? nb - 40 : 0;
      std::vector<GroupSpan> qg;
      std::string_view after = s.substr(ne, std::min<std::size_t>(20, s.size() - ne));
      if (P_.qual_before->Find(s.substr(wb, nb - wb), 0, &qg)) {
        c.qualifier = Lower(s.substr(wb + static_cast<std::size_t>(qg[1].begin), static_cast<std::size_t>(qg[1].end - qg[1].begin)));
        // ("was revised up to 373,000": the revision's direction, no bound.)
        const std::size_t qb = wb + static_cast<std::size_t>(qg[1].begin);
        if (*c.qualifier == "up to" && qb >= 8 && Lower(s.substr(qb - 8, 8)) == "revised ") c.qualifier.reset();
        // ("Amendment C passed 172,305 to 160,152": a measure's result, no bound.)
        if ((*c.qualifier == "passed" || *c.qualifier == "passes") && after.size() > 4 && after.substr(0, 4) == " to " &&
            std::isdigit(static_cast<unsigned char>(after[4])))
          c.qualifier.reset();
      } else if (P_.qual_after->Find(after, 0, &qg)) {
        c.qualifier = Lower(after.substr(static_cast<std::size_t>(qg[1].begin), static_cast<std::size_t>(qg[1].end - qg[1].begin)));
      }
      if (c.qualifier) {
        auto q = P_.qualifier_by_phrase.find(*c.qualifier);
        if (q != P_.qualifier_by_phrase.end()) c.bound = P_.qualifiers[static_cast<std::size_t>(q->second)].bound;
      }
    }

    // Metric.
    // "629 among teachers": a preposition between the figure and the noun
    // makes the noun whom the figure is among, not what it counts.
    const auto preposition_before_metric = [&] {
      if (rule.id != "num_adj_metric") return false;
      static const std::set<std::string, std::less<>> kPrepositions = {"among", "across", "after", "about", "above",
                                                                       "below", "under", "since", "within", "without"};
      const std::string_view gap = s.substr(ne, static_cast<std::size_t>(m.metric.begin) - ne);
      const std::size_t wb = gap.find_first_not_of(' ');
      return wb != std::string_view::npos && kPrepositions.count(gap.substr(wb, gap.find(' ', wb) - wb)) > 0;
    };
    if (!rule.fixed_metric.empty()) {
      c.metric = rule.fixed_metric;
    } else if (m.metric.matched() && preposition_before_metric()) {
      c.metric = sentence_metric ? sentence_metric : MetricIn(s, 0, nb, true);
    } else if (m.metric.matched()) {
      const std::size_t me = JoinedMetricEnd(s, static_cast<std::size_t>(m.metric.end), s.size());
      auto mb = static_cast<std::size_t>(m.metric.begin);
      // "1,306 nursing home resident deaths", "1,700 additional line workers":
      // the lower-case words right before the counted noun belong to it
      // (not a quantity's "additional", "more", "other").
      if (rule.id == "num_compound_metric") {
        static const std::set<std::string> kQuantity = {"additional", "more", "other", "extra", "total", "overall",
                                                        "combined", "fewer", "plus", "so", "or"};
        for (std::size_t w = mb; w > ne + 1 && s[w - 1] == ' ';) {
          std::size_t wb = w - 1;
          while (wb > ne && std::islower(static_cast<unsigned char>(s[wb - 1]))) --wb;
          const std::string word(s.substr(wb, w - 1 - wb));
          if (wb == w - 1 || wb <= ne || s[wb - 1] != ' ' || kQuantity.count(word) || !CompoundWord(word)) break;
          mb = wb;
          w = wb;
        }
      }
      // "6,200 West Virginians", "1,400 New Mexicans": a compass word or
      // "New" before a state's people is part of the name.
      for (const char* w : {"West ", "North ", "South ", "New ", "Rhode "})
        if (mb >= std::strlen(w) + 1 && IsUpper(s[mb]) && s.compare(mb - std::strlen(w), std::strlen(w), w) == 0 &&
            s[mb - std::strlen(w) - 1] == ' ') {
          mb -= std::strlen(w);
          break;
        }
      c.metric = Lower(s.substr(mb, me - mb));
    } else {
      auto [cb, ce] = Clause(s, nb, ne, ";");
      // The noun after the figure in its own comma clause, then the nearest
      // before it ("cases in the U.S. topped 69,000, ..., and 1,000 deaths"),
      // then after it in the clause.
      const std::size_t cce = Clause(s, nb, ne, ",;").second;
      // An elliptical figure ("ahead of Palin's 58,973", "Democrats (nearly
      // 806,000)") counts the noun of the figure before it.
      // "6,378 votes in Alaska, where the party has elected members ..., and
      // upward of 10,000 in Texas": the figure it parallels, not the nearest noun.
      if (rule.id == "elliptical" && sentence_metric &&
          (!MetricIn(s, Clause(s, nb, ne, ",;").first, nb, true) || s.compare(ne, 7, " among ") == 0))
        c.metric = sentence_metric;
      if (!c.metric && (rule.id == "elliptical" || rule.id == "holder_list")) c.metric = MetricIn(s, 0, nb, true);
      // "Malloy's Connecticut lead holds at 5,637": a lead or margin that
      // stands at a figure is a margin.
      if (!c.metric && rule.id == "verb_num") {
        const std::string before = Lower(s.substr(nb >= 30 ? nb - 30 : 0, nb >= 30 ? 30 : nb));
        if (before.size() >= 4 && before.compare(before.size() - 4, 4, " at ") == 0)
          for (const char* w : {" lead ", " margin ", " edge "})
            if (const std::size_t k = before.rfind(w);
                k != std::string::npos && before.substr(k + std::strlen(w)).find_first_of(",;") == std::string::npos &&
                std::count(before.begin() + static_cast<std::ptrdiff_t>(k + std::strlen(w)), before.end(), ' ') <= 3)
              c.metric = "margin";
      }
      // "its case count to 64,918": the counted noun of "case count".
      if (!c.metric && rule.id == "total_verb") {
        const std::string before = Lower(s.substr(nb >= 50 ? nb - 50 : 0, nb >= 50 ? 50 : nb));
        std::size_t best_at = std::string::npos;
        for (const char* noun : {"case", "vote", "ballot", "death", "job"})
          for (const char* total : {" count", " tally", " total"})
            if (const std::size_t k = before.rfind(std::string(noun) + total);
                k != std::string::npos && (best_at == std::string::npos || k > best_at) && (k == 0 || before[k - 1] == ' ')) {
              best_at = k;
              c.metric = std::string(noun) + "s";
            }
      }
      // ("Michigan: 84 (4 deaths)": the parenthesised figure's noun is its own.)
      std::size_t after_e = s.size();
      if (const std::size_t k = s.find(" (", ne); k != std::string_view::npos && k + 2 < s.size() &&
          std::isdigit(static_cast<unsigned char>(s[k + 2])))
        after_e = k;
      if (!c.metric) c.metric = MetricIn(s, ne, std::min(cce, after_e), false);
      if (!c.metric && after_e > ne) c.metric = NounAfter(s, m.num2.matched() ? static_cast<std::size_t>(m.num2.end) : ne);
      if (!c.metric) c.metric = MetricIn(s, 0, nb, true);
      if (!c.metric) c.metric = MetricIn(s, ne, std::min(ce, after_e), false);
      if (!c.metric) c.metric = MetricIn(s, ne, after_e, false);
      // "STATE   CASES   HOSPITALIZED   DEATHS" over "KY   1,956   984   13":
      // a row's figure counts its column's heading.
      if (!c.metric && intro >= 0)
        if (auto h = intro_header_.find(intro); h != intro_header_.end()) {
          const std::string_view ht = ParaText(h->second);
          const std::vector<std::pair<std::size_t, std::size_t>> head = TableCells(ht), row = TableCells(s);
          std::size_t col = row.size();
          for (std::size_t k = 0; k < row.size(); ++k)
            if (row[k].first <= nb && ne <= row[k].second) col = k;
          if (head.size() == row.size() && col > 0 && col < row.size()) {
            const std::string cell = Lower(ht.substr(head[col].first, head[col].second - head[col].first));
            if (auto hm = MetricIn(cell, 0, cell.size(), false)) c.metric = Lower(*hm);
            else if (std::all_of(cell.begin(), cell.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; }) && cell.size() > 3)
              c.metric = cell;
          }
        }
      if (!c.metric && para_metric_.count(intro)) c.metric = para_metric_[intro];
      // "• Peter Shumlin (D): 89,509": a party-tagged row counts votes; so
      // does a row with its share of the vote ("* Joe Sestak 568,563 (54%)").
      if (!c.metric && (rule.id == "leader_row" || rule.id == "scoreboard")) {
        for (const char* tag : {" (D)", " (R)", " (L)", " (I)", " (G)", " (Ind.)", " (Lib.)"})
          if (s.substr(0, nb).find(tag) != std::string_view::npos) c.metric = "votes";
        std::string_view after = s.substr(ne);
        while (!after.empty() && IsRe2Space(after.front())) after.remove_prefix(1);
        while (!after.empty() && IsRe2Space(after.back())) after.remove_suffix(1);
        const std::string_view row_label = s.substr(RowTextStart(s, nb), nb - RowTextStart(s, nb));
        const std::string first = RowFirstWord(s);
        if (rule.id == "leader_row" && after.size() >= 4 && after.front() == '(' && after.substr(after.size() - 2) == "%)" &&
            row_label.find(' ') < row_label.size() - 1 && first != "yes" && first != "no" && first != "total")
          c.metric = "votes";
      }
      if (!c.metric && !first_in_para) c.metric = MetricIn(Sent(si - 1), 0, Sent(si - 1).size(), true);
    }
    // "the real toll is 4,645", "the state's death toll, 1,298,": deaths.
    if (!c.metric && (rule.id == "figure_is" || rule.id == "appositive_total") &&
        Lower(s.substr(nb >= 48 ? nb - 48 : 0, nb >= 48 ? 48 : nb)).find("toll") != std::string::npos)
      c.metric = "deaths";
    if (c.metric) sentence_metric = c.metric;

    // Date: nearest in the figure's clause, else in the sentence, else the
    // list intro's, else the document's.
    {
      auto [cb, ce] = Clause(s, nb, ne, ";,");
      const DateExpr* best = nullptr;
      auto dist = [&](const DateExpr& d) { return d.b >= ne ? d.b - ne : nb - std::min(nb, d.e); };
      // "9,874 in the week ended Jan. 7 from 6,322 in the week ended Dec. 31":
      // a week-ended date dates the figure just before it, no other.
      auto owned_by_other = [&](const DateExpr& d) {
        std::string_view head = s.substr(0, d.b);
        while (!head.empty() && IsRe2Space(head.back())) head.remove_suffix(1);
        bool week = false;
        for (std::string_view w : {"week ended", "week ending", "weeks ended", "weeks ending"})
          if (head.size() >= w.size() && head.substr(head.size() - w.size()) == w) {
            head.remove_suffix(w.size());
            week = true;
            break;
          }
        if (!week) return false;
        // Then "the", then "in" or "for": what is left ends at the owner.
        static const std::vector<std::vector<std::string_view>> kSteps = {{"the"}, {"in", "for"}};
        for (const auto& step : kSteps) {
          while (!head.empty() && IsRe2Space(head.back())) head.remove_suffix(1);
          for (std::string_view w : step)
            if (head.size() > w.size() && head.substr(head.size() - w.size()) == w && IsRe2Space(head[head.size() - w.size() - 1])) {
              head.remove_suffix(w.size());
              break;
            }
        }
        while (!head.empty() && IsRe2Space(head.back())) head.remove_suffix(1);
        for (const MatchHit* o : claims)
          if (static_cast<std::size_t>(o->num.end) == head.size()) return static_cast<std::size_t>(o->num.end) != ne;
        return false;
      };
      // "by 58,055 votes, up from 47,000 a day earlier": a date right after
      // an earlier level dates that level.
      auto dates_earlier_level = [&](const DateExpr& d) {
        std::string_view head = s.substr(0, d.b);
        while (!head.empty() && IsRe2Space(head.back())) head.remove_suffix(1);
        for (const std::string_view w : {" on", " as of"})
          if (head.size() > w.size() && head.substr(head.size() - w.size()) == w) head.remove_suffix(w.size());
        for (const MatchHit* o : claims) {
          const auto ob = static_cast<std::size_t>(o->num.begin);
          if (ob != nb && static_cast<std::size_t>(o->num.end) == head.size() && ob >= 5 && s.substr(ob - 5, 5) == "from ")
            return true;
        }
        return false;
      };
      // "1,732 flu hospitalizations since the season started on Oct. 2": the
      // start of a span dates nothing when the sentence has another date.
      const auto span_start = [&](const DateExpr& d) {
        const std::string_view head = s.substr(d.b > 40 ? d.b - 40 : 0, d.b > 40 ? 40 : d.b);
        const std::size_t k = head.rfind("since ");
        if (k == std::string_view::npos || head.find_first_of(",;", k) != std::string_view::npos) return false;
        for (const DateExpr& o : dates)
          if (&o != &d && o.date) return true;
        return false;
      };
      for (const DateExpr& d : dates)
        if (d.date && d.b >= cb && d.e <= ce && !owned_by_other(d) && !dates_earlier_level(d) && !span_start(d) &&
            (!best || dist(d) < dist(*best)))
          best = &d;
      if (!best)
        for (const DateExpr& d : dates) {
          if (!d.date || (best && dist(d) >= dist(*best)) || dates_earlier_level(d) || span_start(d)) continue;
          // "..., ADHS said, about a third of them since May 1": another
          // clause's span start dates nothing here.
          if (const std::string_view h = s.substr(d.b >= 6 ? d.b - 6 : 0, d.b >= 6 ? 6 : d.b);
              h == "since " && (d.b < cb || d.e > ce))
            continue;
          // "..., up from 4.6m last week": a date in another figure's clause dates that figure.
          auto [db, de] = Clause(s, d.b, d.e, ";,");
          bool other = false;
          const std::string head = Lower(Trim(s.substr(db, std::min<std::size_t>(de - db, 16))));
          const bool comparison = head.rfind("up from", 0) == 0 || head.rfind("down from", 0) == 0 ||
                                  head.rfind("from ", 0) == 0 || head.rfind("compared", 0) == 0;
          for (const MatchHit* o : claims)
            if (comparison && o != &m && static_cast<std::size_t>(o->num.begin) >= db &&
                static_cast<std::size_t>(o->num.end) <= de)
              other = true;
          // "..., an increase of 97 from a week earlier": the base of another
          // clause's comparison dates nothing here.
          if (const std::string_view h = s.substr(d.b >= 5 ? d.b - 5 : 0, d.b >= 5 ? 5 : d.b);
              (h == "from " || h == "than ") && (nb < db || ne > de))
            other = true;
          if (!other) best = &d;
        }
      if (best) {
        c.date = best->date;
        c.date_basis = best->relative ? "relative" : "text";
      } else if (intro >= 0 && para_date_.count(intro) && para_date_[intro]) {
        c.date = para_date_[intro];
        c.date_basis = para_date_relative_[intro] ? "relative" : "text";
      } else if (doc_date_) {
        c.date = doc_date_;
        c.date_basis = "document";
      }
    }

    // Source: the cue that governs the figure.
    {
      auto [cb, ce] = Clause(s, nb, ne, ";");
      // Preference: "X reported N" (X governs the figure), then "according
      // to X", then any other cue in the sentence; the first that names
      // someone wins. A sentence with cues that name no one ("according to
      // the tally") has no source; one without cues takes its list intro's.
      std::vector<const Cue*> order;
      for (auto q = cues.rbegin(); q != cues.rend(); ++q)
        if (q->kind == Cue::kVerb && q->e <= nb && q->np_b >= cb) order.push_back(&*q);
      // "Mississippi schools reported 4,521 student cases ..., according to
      // MSDH": a bare plural group that reports (no organisation, no "the")
      // passes on figures the lead names.
      if (!order.empty()) {
        const std::string np = Trim(order.front()->np);
        const std::size_t sp = np.rfind(' ');
        const std::string last = np.substr(sp == std::string::npos ? 0 : sp + 1);
        const bool bare_plural = last.size() > 3 && last.back() == 's' && std::islower(static_cast<unsigned char>(last[0])) &&
                                 Lower(np).rfind("the ", 0) != 0 && !IsOrgHead(last.substr(0, last.size() - 1)) &&
                                 !OrgPhrase(Lower(np));
        if (bare_plural)
          for (const Cue& q : cues)
            if (q.kind == Cue::kLead && q.b >= ne && CanonicalSource(q.np)) {
              order.clear();
              break;
            }
      }
      // "The New York Times, which compiles its own figures from state and
      // county health departments, had 100,396": a relative clause's cue
      // is not the figure's unless the figure stands in it.
      for (const Cue& q : cues)
        if (q.kind == Cue::kLead && !InWhichClause(asides, q, nb, ne)) order.push_back(&q);
      // "the university's U.S. count stood at 100,442, while The New York
      // Times ... had 100,396", "Colorado reported about 9,500 new cases, and
      // New Mexico's health department reported 172": a verb after the figure
      // whose object is a later figure states that one.
      const auto states_later = [&](const Cue& q) {
        if (q.kind != Cue::kVerb || q.np_b < ne) return false;
        for (const MatchHit* o : claims) {
          const auto ob = static_cast<std::size_t>(o->num.begin);
          if (ob >= q.e && ob - q.e < 40 && s.substr(q.e, ob - q.e).find_first_of(",;") == std::string_view::npos) return true;
        }
        return false;
      };
      for (const Cue& q : cues)
        if (!InWhichClause(asides, q, nb, ne) && !states_later(q)) order.push_back(&q);
      std::optional<std::string> src;
      for (const Cue* q : order)
        if ((src = CanonicalSource(q->np))) break;
      if (!src && cues.empty() && intro >= 0 && para_source_.count(intro)) src = para_source_[intro];
      c.source = src;
    }

    // Subject.
    {
      std::size_t cb = 0;
      for (std::size_t i = nb; i > 0; --i) {
        if (s[i - 1] == ';') { cb = i; break; }
        if (s[i - 1] != ' ') continue;  // (every boundary below ends in a space)
        std::string_view tail = s.substr(0, i);
        bool boundary = false;
        for (const char* w : {" while ", " whereas ", " but "})
          if (tail.size() >= std::strlen(w) && tail.substr(tail.size() - std::strlen(w)) == w) boundary = true;
        if (tail.size() >= 5 && tail.substr(tail.size() - 5) == " and " && i < s.size() &&
            (IsUpper(s[i]) || s.substr(i, 3) == "he " || s.substr(i, 4) == "she ")) {
          boundary = true;
          // ("He carried Massachusetts and Vermont, winning ...": a list of
          // states is no new clause.)
          const std::size_t le = tail.size() - 5;
          bool state_before = false;
          for (std::size_t pw = le, nw = 0; nw < 3 && pw > 0 && !state_before; ++nw) {
            while (pw > 0 && (std::isalpha(static_cast<unsigned char>(tail[pw - 1])) || tail[pw - 1] == '.')) --pw;
            state_before = pw < le && IsUpper(tail[pw]) && P_.StateByForm(std::string(tail.substr(pw, le - pw)));
            if (pw == 0 || tail[pw - 1] != ' ') break;
            --pw;
          }
          if (state_before)
            for (std::size_t we = i, nw = 0; we < s.size() && nw < 3; ++nw) {
              while (we < s.size() && (std::isalpha(static_cast<unsigned char>(s[we])) || s[we] == '.')) ++we;
              if (P_.StateByForm(std::string(s.substr(i, we - i)))) {
                boundary = false;
                break;
              }
              if (we >= s.size() || s[we] != ' ') break;
              ++we;
            }
        }
        if (boundary) { cb = i; break; }
      }
      const PersonRef* ref = nullptr;
      bool margin = rule.fixed_metric == "margin" || rule.id == "pair_first";
      {
        // "led Gov. Luis Fortuño by 11,132 votes", "beating Karpan by some
        // 25,000 votes": a figure after "by" is a lead's size.
        const std::size_t by = s.rfind(" by ", nb);
        margin |= by != std::string_view::npos && nb - by <= 24 &&
                  std::all_of(s.begin() + static_cast<std::ptrdiff_t>(by) + 4, s.begin() + static_cast<std::ptrdiff_t>(nb),
                              [](char ch) { return (ch >= 'a' && ch <= 'z') || ch == ' '; });
        // "Heidi Heitkamp's lead over Republican Rick Berg ... stands at 2,936".
        const std::string_view lead_part = s.substr(cb, nb - cb);
        margin |= lead_part.find("'s lead over ") != std::string_view::npos ||
                  lead_part.find("\u2019s lead over ") != std::string_view::npos;
        // "defeated Republican Herschel Walker, 1,820,633 votes to 1,721,244":
        // the first count of a pair is the agent's.
        std::size_t i = ne;
        while (i < s.size() && IsRe2Space(s[i])) ++i;
        while (i < s.size() && std::islower(static_cast<unsigned char>(s[i]))) ++i;
        while (i < s.size() && IsRe2Space(s[i])) ++i;
        if (s.substr(i, 3) == "to " && i + 3 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 3])))
          margin = true;
        // "beat Trump with 1,630,866 votes to his 1,610,184", "... to Trump's 1,610,184".
        if (s.substr(i, 7) == "to his " || s.substr(i, 7) == "to her ") margin = true;
        // ("... 478,819 votes to the incumbent's 334,174" too.)
        const std::size_t owner = s.substr(i, 7) == "to the " ? i + 7 : i + 3;
        if (s.substr(i, 3) == "to " && owner < s.size() && (owner == i + 7 || IsUpper(s[owner]))) {
          std::size_t k = owner;
          while (k < s.size() && std::isalpha(static_cast<unsigned char>(s[k]))) ++k;
          if (s.substr(k, 3) == "'s " || s.substr(k, 5) == "\u2019s ") margin = true;
        }
      }
      bool for_ref = false;  // the figure is "for Name" ("cast their ballots for West")
      // The subject is a side figure's, not the discourse's topic: a later
      // "he" does not refer to it.
      bool aside_subject = false;
      bool role_found = false;
      // "LaRose announced that 495,938 of them were valid": the speaker of
      // a cue is the source, not whose count it is.
      const auto speaker = [&](const PersonRef& r) { return InCueWords(cues, r, true); };
      // "Robert F. Kennedy Jr., who endorsed Donald Trump, still picked up
      // 710,000 votes": a name inside an aside is not the figure's holder.
      // (Also ", where only he and Paul qualified for the ballot,".)
      const auto aside = [&](const PersonRef& r) {
        for (const Aside& a : asides)
          if (a.b < r.b && r.e <= a.e && a.e < nb) return true;
        return false;
      };
      // "Biden had 838,126 votes to Sanders' 574,603, a margin of 263,000":
      // a possessive holder of an earlier figure holds only that one.
      // "Clark did even better than Anderson, taking roughly 18,000 votes":
      // the other side of a comparison holds nothing.
      const auto compared = [&](const PersonRef& r) { return r.b >= 5 && s.substr(r.b - 5, 5) == "than "; };
      const auto owns_earlier = [&](const PersonRef& r) {
        std::size_t k = r.e;
        if (s.substr(k, 3) == "'s ") k += 3;
        else if (s.substr(k, 2) == "' ") k += 2;
        else if (s.substr(k, 5) == "\u2019s ") k += 5;
        else return false;
        return k < nb && std::isdigit(static_cast<unsigned char>(s[k]));
      };
      for (const PersonRef& r : persons)
        if (r.e <= nb && r.b >= cb && !(margin && IsObjectOfMargin(s, r.b)) && !speaker(r) && !aside(r) &&
            !owns_earlier(r) && !compared(r)) {
          // "Mr Ross Perot, the Texas billionaire who founded the Reform
          // Party, took ...": an appositive role is the name before it.
          if (ref && r.kind == PersonRef::kRole && ref->kind == PersonRef::kName && s.substr(ref->e, r.b - ref->e) == ", ")
            continue;
          ref = &r;
        }
      // "Nixon carried Alaska 55,349 to 32,967 over Senator George McGovern
      // and takes the state's three electoral votes": the one beaten is not
      // the holder of a later verb's figure; the winner is.
      if (ref && ref->kind == PersonRef::kName && !margin && rule.id != "pair_second" &&
          IsObjectOfMargin(s, ref->b) && s.substr(ref->e, nb - ref->e).find(" and ") != std::string_view::npos)
        for (const PersonRef& r : persons)
          if (&r != ref && r.kind == PersonRef::kName && r.e <= ref->b && r.b >= cb && !IsObjectOfMargin(s, r.b) &&
              !speaker(r) && !aside(r))
            ref = &r;
      // "more than 50,000 of his votes": the owner after the figure.
      if (s.substr(ne, 4) == " of ")
        for (const PersonRef& r : persons)
          if (r.kind == PersonRef::kPronoun && r.b == ne + 4 && (s.substr(r.b, 4) == "his " || s.substr(r.b, 4) == "her "))
            ref = &r;
      {
        // "716,030 votes to 626,339 for Sen. Bernie Sanders": a "for Name"
        // right after the figure (and its noun) names whose count it is.
        std::size_t i = ne;
        for (int w = 0; w < 6 && i < s.size(); ++w) {
          while (i < s.size() && IsRe2Space(s[i])) ++i;
          std::size_t j = i;
          while (j < s.size() && (std::islower(static_cast<unsigned char>(s[j])) || s[j] == '-')) ++j;
          if (j == i || j >= s.size() || !IsRe2Space(s[j])) break;
          std::string_view word = s.substr(i, j - i);
          i = j;
          if (word == "for") {
            for (const PersonRef& r : persons)
              if (r.kind == PersonRef::kName && r.b > i) {
                if (!IsTitleRun(s.substr(i, r.b - i), P_)) break;
                ref = &r;
                for_ref = true;
                break;
              }
            break;
          }
        }
        // "Nixon carried Alaska 55,349 to 32,967 over Senator George
        // McGovern": the pair's second figure is the one it was won over.
        if (rule.id == "pair_second") {
          std::size_t k = ne;
          if (s.substr(k, 6) == " votes") k += 6;
          for (std::string_view w : {" over ", " against "})
            if (s.substr(k, w.size()) == w)
              for (const PersonRef& r : persons)
                if (r.kind == PersonRef::kName && r.b >= k + w.size()) {
                  if (IsTitleRun(s.substr(k + w.size(), r.b - k - w.size()), P_)) {
                    ref = &r;
                    for_ref = true;
                  }
                  break;
                }
        }
        // "the almost 1.46 million votes Jill Stein won": a name right after
        // the figure's noun, then its verb, holds the figure.
        // Only the noun stands between ("votes"), and the name is a person's.
        std::size_t n1 = ne;
        while (n1 < s.size() && s[n1] == ' ') ++n1;
        while (n1 < s.size() && std::islower(static_cast<unsigned char>(s[n1]))) ++n1;
        const PersonRef* named = nullptr;
        if (n1 < s.size() && s[n1] == ' ' && n1 > ne)
          for (const PersonRef& r : persons)
            if (r.kind == PersonRef::kName && (r.b == n1 + 1 || (named && r.b == named->e + 1 && s[named->e] == ' ')))
              named = &r;
        if (named && named->full.find(' ') == std::string::npos) named = nullptr;
        if (!for_ref && named && named->e + 1 < s.size() && s[named->e] == ' ') {
          std::size_t ve = named->e + 1;
          while (ve < s.size() && std::islower(static_cast<unsigned char>(s[ve]))) ++ve;
          static const std::set<std::string_view> kGot = {"won", "got", "received", "earned", "took", "drew",
                                                          "captured", "collected", "garnered", "had", "tallied",
                                                          "polled", "bagged"};
          if (kGot.count(s.substr(named->e + 1, ve - named->e - 1))) {
            ref = named;
            for_ref = true;
          }
        }
      }
      // "Indiana Republicans gave her roughly 128,000 more", "Pennsylvania
      // gave Biden 3,458,229 votes": whom the figure was given to.
      for (const PersonRef& r : persons) {
        if (r.e > nb || r.b < 6) continue;
        std::size_t w = r.b - 1;
        while (w > 0 && s[w - 1] != ' ') --w;
        const std::string_view verb = s.substr(w, r.b - 1 - w);
        if (verb != "gave" && verb != "give" && verb != "gives" && verb != "handed" && verb != "awarded") continue;
        std::string_view gap = s.substr(r.e, nb - r.e);
        while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
        // (Only a qualifier between: "give La Follette 4,826,000 votes,
        // against some 15,720,000 for Calvin Coolidge" gives him the first.)
        GroupSpan qg;
        if (gap.empty() || (P_.qual_before->FindSpan(gap, 0, gap.size(), &qg) && qg.begin == 0)) {
          ref = &r;
          for_ref = true;
        }
      }
      // "Biden beat Trump with 1,630,866 votes to his 1,610,184": the
      // pronoun of the pair's second figure is the beaten one.
      // (So is "the incumbent" of "to the incumbent's 334,174".)
      if (ref && (ref->kind == PersonRef::kPronoun || ref->kind == PersonRef::kRole) && ref->e + 4 >= nb && ref->b >= 3 &&
          s.substr(ref->b - 3, 3) == "to ")
        for (const PersonRef& r : persons)
          if (r.kind == PersonRef::kName && r.e <= ref->b && IsObjectOfMargin(s, r.b)) ref = &r;
      if (ci < respectively_who.size() && respectively_who[ci]) ref = respectively_who[ci];
      if (ref && ref->kind == PersonRef::kRole) {
        // "The Collins ticket picked up ...": a known surname in the role.
        const std::string_view role = s.substr(ref->b, ref->e - ref->b);
        // (One capitalised word alone: "the former Army Special Forces
        // officer" names a unit, no one.)
        std::vector<std::pair<std::size_t, std::size_t>> role_words;
        for (std::size_t i = 0; i < role.size();) {
          std::size_t j = i;
          while (j < role.size() && (std::isalpha(static_cast<unsigned char>(role[j])) || role[j] == '\'')) ++j;
          if (j > i) role_words.emplace_back(i, j);
          i = j + 1;
        }
        for (std::size_t k = 1; k + 1 < role_words.size() && !role_found; ++k) {
          const auto [i, j] = role_words[k];
          if (!IsUpper(role[i]) || IsUpper(role[role_words[k - 1].first]) || IsUpper(role[role_words[k + 1].first]) ||
              (j < role.size() && role[j] == '-'))  // "the Bronx-born organizer"
            continue;
          const std::string word(role.substr(i, j - i));
          if (auto full = alias_.find(word); full != alias_.end() && full->second.find(' ') != std::string::npos &&
                                             full->second.size() > word.size()) {
            c.subject = full->second;
            role_found = true;
          }
        }
        // "The Republican finished with ...": the person named earlier with that party or role.
        if (!role_found)
          if (auto who = PersonByRole(role, sents_[si].b)) {
            c.subject = who;
            role_found = true;
          }
      }
      if (ref && ref->kind != PersonRef::kName) {
        // "Sanders, 78, led in California, where he had ...": the pronoun
        // takes the name seen earlier in its own sentence.
        for (const PersonRef& r : persons)
          if (r.kind == PersonRef::kName && r.e <= ref->b) ref = &r;
      }
      // "Then there is Robert F. Kennedy Jr., who left the race. His campaign
      // has gathered over 1.2 million signatures": a pronoun that opens a
      // sentence after one that introduced a person (and held no figure of
      // someone else) is that person.
      std::optional<std::string> introduced;
      // ("Dr. Benjamin Spock, the pediatrician ..., trailed far behind. The
      // author of "Baby and Child Care" had upward of 75,000 votes": so is a
      // description no one was introduced with.)
      const bool description_opens = [&] {
        if (ref || s.size() <= 5 || s.compare(0, 4, "The ") != 0) return false;
        // ("The Kansan had ...": a state's demonym describes too.)
        std::size_t we = 4;
        while (we < s.size() && std::isalpha(static_cast<unsigned char>(s[we]))) ++we;
        if (!std::islower(static_cast<unsigned char>(s[4])) && !P_.StateByForm(std::string(s.substr(4, we - 4)) + "s"))
          return false;
        const std::string_view head = s.substr(0, nb);
        for (const char* v : {" had ", " got ", " won ", " drew ", " received ", " took ", " picked up ", " collected ",
                              " garnered ", " tallied ", " earned ", " captured ", " polled ", " bagged "})
          if (head.find(v) != std::string_view::npos) return true;
        return false;
      }();
      if (((ref && (ref->kind == PersonRef::kPronoun || (ref->kind == PersonRef::kRole && !role_found)) && ref->b < 4) ||
           description_opens) &&
          si > 0 && subject_si_ + 1 < si) {
        const std::string_view prev = Sent(si - 1);
        for (const PersonRef& r : Persons(prev)) {
          // "The 62-year-old farmer from Big Sandy": a place, no person.
          const bool place = r.b >= 5 && (prev.substr(r.b - 5, 5) == "from " || prev.substr(r.b - 3, 3) == "in " ||
                                          prev.substr(r.b - 3, 3) == "of " || prev.substr(r.b - 3, 3) == "at ");
          if (r.kind == PersonRef::kName && r.b < 30 && r.full.find(' ') != std::string::npos && !place)
            introduced = r.full;
          break;
        }
      }
      if (!ref) {
        // "... voted for Kanye", "cast their ballots for West", "12,000
        // people voted for the illusionist" (not "for the Republican primary").
        std::size_t ce = Clause(s, nb, ne, ";").second;
        // (The role in the figure's own clause, not a name's title: "4,000 or
        // so votes for the late broadcaster Harry Caray".)
        const std::size_t role_ce = Clause(s, nb, ne, ",;").second;
        const auto role_ends = [&](const PersonRef& r) {
          if (r.e > role_ce) return false;
          if (r.e + 1 < s.size() && s[r.e] == ' ' && IsUpper(s[r.e + 1])) return false;
          if (r.e + 1 >= s.size() || s[r.e] != ' ' || !std::islower(static_cast<unsigned char>(s[r.e + 1]))) return true;
          std::size_t we = r.e + 1;
          while (we < s.size() && std::isalpha(static_cast<unsigned char>(s[we]))) ++we;
          static const std::set<std::string_view> kAfter = {"in", "on", "across", "by", "statewide", "nationwide",
                                                            "nationally", "this", "last", "and", "at", "from", "after",
                                                            "before", "during", "while", "since", "so", "through"};
          return kAfter.count(s.substr(r.e + 1, we - r.e - 1)) > 0;
        };
        for (const PersonRef& r : persons)
          if (r.b >= ne && r.e <= ce && (r.kind == PersonRef::kName || (r.kind == PersonRef::kRole && role_ends(r))) &&
              r.b >= 4 && s.substr(r.b - 4, 4) == "for ") {
            ref = &r;
            for_ref = true;
            break;
          }
        // "2,294 and 1,306 Paul write-ins": a name that modifies the counted noun.
        for (const PersonRef& r : persons) {
          if (ref || r.kind != PersonRef::kName || r.b <= ne || r.b - ne > 24 || r.e + 2 >= s.size() ||
              s[r.e] != ' ' || !std::islower(static_cast<unsigned char>(s[r.e + 1])))
            continue;
          const std::string_view gap = s.substr(ne, r.b - ne);
          const bool numbers_only = std::all_of(gap.begin(), gap.end(), [](char ch) {
            return std::isdigit(static_cast<unsigned char>(ch)) || ch == ',' || ch == ' ' || ch == 'a' || ch == 'n' || ch == 'd';
          });
          if (numbers_only && (gap == " " || gap.find(" and ") != std::string_view::npos) && c.metric &&
              CandidateMetric(*c.metric)) {
            ref = &r;
            for_ref = true;
          }
        }
        // "about 50,000 voters backed her": the pronoun object of the figure's verb.
        for (const PersonRef& r : persons) {
          if (ref || r.b < ne || r.e > ce || r.kind != PersonRef::kPronoun) continue;
          const std::string_view gap = s.substr(ne, r.b - ne);
          const std::string_view pron = s.substr(r.b, r.e - r.b);
          if ((pron == "her" || pron == "him") && gap.size() < 40 && gap.find_first_of(",;") == std::string_view::npos) {
            ref = &r;
            for_ref = true;
          }
        }
      }
      // "fewer than 600,000 of them backed Paul", "more than 1,300 voters
      // there backed the driver": the one the figure's voters chose, before
      // any pronoun or description ahead of the figure ("his team").
      if (!ref || ref->kind != PersonRef::kName) {
        std::size_t k = ne;
        for (const char* w : {" of them", " of those", " voters", " people", " Republicans", " Democrats", " there"})
          if (s.substr(k, std::strlen(w)) == w) k += std::strlen(w);
        for (const char* v : {" backed ", " supported ", " chose ", " picked ", " favored ", " voted for "})
          if (s.substr(k, std::strlen(v)) == v)
            for (const PersonRef& r : persons)
              if ((r.kind != PersonRef::kPronoun || s.substr(r.b, r.e - r.b) == "him" || s.substr(r.b, r.e - r.b) == "her") &&
                  r.b == k + std::strlen(v) && (!ref || ref->b < nb)) {
                ref = &r;
                for_ref = true;
              }
      }
      // ("Arianna Huffington, the columnist, dropped out ... but still drew
      // over 43,000 votes": an appositive role is the name before it here too.)
      if (!ref)
        for (const PersonRef& r : persons)
          if (r.e <= nb && !speaker(r) && !aside(r) &&
              !(ref && r.kind == PersonRef::kRole && ref->kind == PersonRef::kName && s.substr(ref->e, r.b - ref->e) == ", "))
            ref = &r;
      if (role_found) {
      } else if ((ref && ref->kind == PersonRef::kRole && introduced) ||
                 (description_opens && introduced && c.metric && HolderMetric(*c.metric))) {
        c.subject = introduced;
      } else if (ref && ref->kind == PersonRef::kRole && (last_subject_ || !primary_.empty())) {
        // A role never introduced with a name ("The pastor, who leads ...")
        // continues the discourse's last subject, like a pronoun, else the
        // person the article is about ("the Utah native had 175,444 votes").
        c.subject = last_subject_ ? *last_subject_ : primary_;
        // "Herschel Walker and Mehmet Oz, 2022" (a section heading), then
        // "the former football star got ...", "the TV doctor got ...": the
        // heading's people, in order, when the heading is newer than the last
        // subject.
        if (auto h = HeadingPerson(para)) {
          c.subject = h;
          aside_subject = true;  // the heading's next description is its next person
        }
        // "Hawkins even finished behind Kanye West. In Tennessee, the rapper
        // drew 10,279 votes to Hawkins' 4,545": a description is no one the
        // sentence names; the other person just mentioned.
        const std::string surname = c.subject->substr(c.subject->rfind(' ') + 1);
        bool named_here = false;
        for (const PersonRef& r : persons)
          named_here |= r.kind == PersonRef::kName && r.full == *c.subject;
        if (named_here && si > 0)
          for (const PersonRef& r : Persons(Sent(si - 1)))
            if (r.kind == PersonRef::kName && r.full != *c.subject && r.full.find(' ') != std::string::npos &&
                !(c.subject->size() > r.full.size() &&
                  c.subject->compare(c.subject->size() - r.full.size(), r.full.size(), r.full) == 0)) {
              c.subject = r.full;
              aside_subject = true;
            }
      } else if (introduced) c.subject = introduced;
      else if (auto row_name = RowNameLabel(s, nb, rule.id, c.metric)) c.subject = row_name;
      // "more than Cruz (406,783)": a figure in parentheses after a name.
      else if (auto paren_name = nb >= 3 && s[nb - 1] == '(' ? RowNameLabel(s, nb, "name_list", std::nullopt) : std::nullopt)
        c.subject = paren_name;
      else if (ref) c.subject = ResolvePerson(*ref);
      else if (intro >= 0 && para_subject_.count(intro)) c.subject = para_subject_[intro];
      // "The Associated Press reported these other state totals. Check them
      // out below:" then "New Jersey: 234,632": the article's own person.
      else if (intro >= 0 && (last_subject_ || !primary_.empty()) && c.metric && CandidateMetric(*c.metric)) {
        c.subject = last_subject_ ? *last_subject_ : primary_;
        aside_subject = true;
      }
      // "The soft-spoken Tennessean, who campaigned on ..., received about
      // 470,000 votes": a description no lexicon knows, as the sentence's
      // subject, is the person the article is about.
      else if (!primary_.empty() && c.metric && (*c.metric == "votes" || *c.metric == "write-in votes") &&
               s.size() > 6 && s.compare(0, 4, "The ") == 0 && std::islower(static_cast<unsigned char>(s[4])) &&
               s.find(", who ") != std::string_view::npos && s.find(", who ") < nb && persons.empty())
        c.subject = primary_;
      else if (last_subject_) {
        // "By Thursday the figure had climbed to over 180,000 votes", "the
        // exact number of votes to 59,781": the figure talked about before.
        const std::string low = " " + Lower(s.substr(0, nb));
        for (const char* w : {" figure", " number", " total", " tally"}) {
          const std::size_t k = low.find(w);
          if (k == std::string::npos) continue;
          const std::string before = low.substr(k > 16 ? k - 16 : 0, k > 16 ? 16 : k);
          for (const char* det : {" the", " that", " his", " her", " its"})
            if (before.find(det) != std::string::npos) c.subject = *last_subject_;
        }
      }
      if (c.subject && c.subject->empty()) c.subject.reset();
      // "Georgia Republicans cast about 1.2 million ballots ..., while
      // Democrats cast just over 717K": a party's voters hold its ballots.
      bool party_subject = false;
      if (!c.subject && ci < respectively_party.size()) {
        c.subject = respectively_party[ci];
        party_subject = true;
      } else if (!c.subject && !(resp_at != std::string::npos && nb < resp_at) && (!c.metric || HolderMetric(*c.metric) || *c.metric == "ballots" || *c.metric == "voters" ||
                         *c.metric == "democrats" || *c.metric == "republicans")) {
        const std::string_view head = s.substr(cb, nb - cb);
        std::size_t best_at = std::string_view::npos;
        std::string best_word;
        // "with Republicans out-voting Democrats by roughly 50,000": the
        // beaten party holds no margin; the party before it does.
        for (std::size_t end = head.size(); best_at == std::string_view::npos && end > 0;) {
          std::size_t at = std::string_view::npos;
          for (const char* w : {"Republicans", "Democrats", "Libertarians"}) {
            const std::size_t k = head.substr(0, end).rfind(w);
            if (k != std::string_view::npos && (at == std::string_view::npos || k > at)) {
              at = k;
              best_word = w;
            }
          }
          if (at == std::string_view::npos) break;
          // "1,612,104 registered Republicans and 1,609,850 Democrats": a
          // party counted by an earlier figure holds nothing.
          bool counted = false;
          {
            std::size_t k = at;
            for (int hops = 0; hops < 3 && k > 0; ++hops) {
              while (k > 0 && head[k - 1] == ' ') --k;
              std::size_t w = k;
              while (w > 0 && head[w - 1] != ' ') --w;
              if (w == k) break;
              if (std::isdigit(static_cast<unsigned char>(head[k - 1]))) {
                counted = true;
                break;
              }
              if (!std::isalpha(static_cast<unsigned char>(head[k - 1]))) break;
              k = w;
            }
          }
          // "Republicans outvoted Democrats 1,098,000 to 752,000": the
          // second figure of the pair is the beaten party's.
          if (!counted && IsObjectOfMargin(s, cb + at) == (rule.id == "pair_second")) best_at = at;
          else end = at;
        }
        // Its own figure: no other number between the party and this one
        // (but the first of the pair, before the second).
        const std::string_view between =
            best_at == std::string_view::npos ? head : head.substr(best_at);
        if (best_at != std::string_view::npos &&
            (between.find_first_of("0123456789") == std::string_view::npos || rule.id == "pair_second") &&
            head.substr(best_at + best_word.size(), 2) != "' ") {
          c.subject = best_word;
          party_subject = true;
        }
      }
      // "nearly 1.3 million Democrats and some 419,000 Republicans": a
      // party's members are the party's.
      if (!c.subject && c.metric) {
        const std::string counted = Lower(*c.metric);
        for (const char* party : {"Democrats", "Republicans", "Libertarians"})
          if (counted == Lower(party) || counted == "registered " + Lower(party)) {
            c.subject = party;
            party_subject = true;
          }
      }
      // A ballot measure, an industry or a vaccine's maker named before the
      // figure in its sentence, with no other figure between, holds it (kept
      // whatever its metric; no later "he" or "she").
      const std::string_view before_num = s.substr(0, nb);
      const auto named_holder = [&](const std::optional<std::pair<std::string, std::size_t>>& h) {
        if (!h) return;
        for (const MatchHit* o : claims)
          if (static_cast<std::size_t>(o->num.begin) >= h->second && static_cast<std::size_t>(o->num.end) <= nb) return;
        c.subject = h->first;
        party_subject = true;
        aside_subject = true;
      };
      const bool in_respectively = resp_at != std::string::npos && nb < resp_at;
      // "Initiative 436, the paid-sick-leave measure, passed with about
      // 695,000 yes votes", "the competing Initiative 439 fell short with
      // roughly 460,000": a measure's votes (not the signatures that put it
      // on the ballot).
      if (!c.subject && c.metric && HolderMetric(*c.metric) && c.metric->find("signature") == std::string::npos &&
          !in_respectively)
        named_holder(MeasureBefore(before_num));
      // "Manufacturing employed 226,700 Iowans and construction almost
      // 79,000", "Leisure and hospitality, which swells each summer, employed
      // 57,800 Montanans": an industry's jobs (or a state's people).
      const auto demonym = [&](std::string word) {
        for (std::size_t k = 0; k < word.size(); ++k)
          if (k == 0 || word[k - 1] == ' ') word[k] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[k])));
        return P_.StateByForm(word) != nullptr;
      };
      // (A person found for jobs would not be kept: "Construction led the
      // gains" is the industry's.)
      if ((!c.subject || (!for_ref && !party_subject)) && c.metric && (IsJobsMetric(*c.metric) || demonym(*c.metric)) &&
          !in_respectively)
        if (auto sector = SectorBefore(before_num)) {
          c.subject.reset();
          named_holder(sector);
        }
      // "Pfizer-BioNTech's shots account for about 1.21 million": a maker's doses.
      if (!c.subject && c.metric &&
          (c.metric->find("dose") != std::string::npos || c.metric->find("shot") != std::string::npos ||
           c.metric->find("vaccin") != std::string::npos) &&
          !in_respectively)
        named_holder(MakerBefore(before_num));
      if (c.subject)
        if (auto full = alias_.find(*c.subject); full != alias_.end() && full->second.size() > c.subject->size() &&
                                                  c.subject->find(' ') != std::string::npos)
          c.subject = full->second;
      // Only a contest's counts belong to a person or party: "votes",
      // "delegates", "seats", "signatures", "doses" (a maker's). Cases,
      // deaths, ballots, jobs, people have no holder.
      // The trailing figure of a pair ("to Walker's 1,719,483") is not the
      // discourse's topic: a later "she" does not refer to it.
      // "Kelly had 502,311 votes to Kobach's 449,870": the trailing figure
      // of a pair, however matched, is no topic either.
      {
        const std::string_view head = s.substr(nb >= 30 ? nb - 30 : 0, nb >= 30 ? 30 : nb);
        const std::size_t to = head.rfind(" to ");
        if (to != std::string_view::npos && (head.substr(head.size() - 3) == "'s " || head.substr(head.size() - 2) == "' "))
          aside_subject = true;
      }
      // "Terry with 2,087 votes to 1,133 for Rachele Fruit and 786 for Shiva
      // Ayyadurai": the later "for Name" figures are asides.
      for (const MatchHit* o : claims)
        if (for_ref && static_cast<std::size_t>(o->num.end) <= nb) aside_subject = true;
      // "... comfortably ahead of Alyson Kennedy, who had 354": a figure in
      // a "who" clause belongs to a side person, no topic.
      for (const Aside& a : asides)
        if (a.b < nb && nb < a.e && s.substr(a.b, 6) == ", who ") aside_subject = true;
      {
        const std::size_t who = s.rfind(", who ", nb);
        if (who != std::string_view::npos && s.find_first_of(",;", who + 2) == std::string_view::npos &&
            nb - who < 40)
          aside_subject = true;
      }
      // ("Democrats", "Republicans": a party's voters are no "he" or "she".)
      static const std::set<std::string> kGroups = {"Democrats", "Republicans", "Libertarians", "Independents",
                                                    "Greens", "Democratic", "Republican"};
      if (c.subject && rule.id != "pair_second" && rule.id != "name_at" && !aside_subject && !kGroups.count(*c.subject)) {
        last_subject_ = c.subject;
        subject_si_ = si;
      }
      if (c.subject && c.metric && !HolderMetric(*c.metric) && !for_ref && !party_subject) c.subject.reset();
      if (rule.id == "out_of_cast") c.subject.reset();  // a race's total has no holder
      // "Four others ...  198 950", "Total ... 836 000": a results row of
      // several candidates or of all of them is no one's.
      if (c.subject && (rule.id == "leader_row" || rule.id == "first_column_row")) {
        const std::string first = RowFirstWord(s.substr(0, nb));
        if (first == "total" || first == "totals" || first == "other" || first == "others" || first == "all" ||
            (P_.number_words.count(first) && s.substr(RowTextStart(s, nb) + first.size(), 7) == " others"))
          c.subject.reset();
      }
      // "• Write-ins: 1 083", "Other write-ins ...... 1,012": a results row
      // of all write-ins is no one's.
      if (c.subject && c.metric && *c.metric == "write-ins") {
        const std::size_t lb = RowTextStart(s, nb);
        const std::string head = Lower(s.substr(lb, std::min<std::size_t>(nb - lb, 24)));
        if (head.rfind("write-in", 0) == 0 || head.rfind("other write-in", 0) == 0 || head.rfind("all write-in", 0) == 0)
          c.subject.reset();
      }
    }

    const std::size_t sb = t_.Orig(sents_[si].b), se = t_.Orig(sents_[si].e);
    c.span = {sb, se};
    c.count_span = {t_.Orig(nb + sents_[si].b), t_.Orig(ne + sents_[si].b)};
    c.text = EvidenceOf(si, &c.lossy);
    // "Ohio, Michigan and Minnesota each received upward of 100,000 claims":
    // one claim for each state of the list.
    {
      std::vector<std::string> each;
      const Place* last = nullptr;
      for (const Place& p : places)
        if (p.kind == Place::kState && p.e <= nb) last = &p;
      if (respectively.empty() && !m.state.matched() && last && last->code == c.state_code &&
          (s.substr(last->e, 6) == " each " || s.substr(last->e, 11) == " have each " ||
           s.substr(last->e, 10) == " had each ") &&
          s.substr(last->e, nb - last->e).find_first_of(",;") == std::string_view::npos) {
        each.push_back(last->code);
        std::size_t b = last->b;
        for (auto p = places.rbegin(); p != places.rend(); ++p) {
          if (p->kind != Place::kState || p->e > b) continue;
          std::string_view gap = s.substr(p->e, b - p->e);
          if (gap != ", " && gap != " and " && gap != ", and ") break;
          each.insert(each.begin(), p->code);
          b = p->b;
        }
      }
      if (each.size() >= 2) {
        for (const std::string& each_code : each) {
          Claim e = c;
          e.state_code = each_code;
          e.state = each_code == "US" ? "United States"
                                      : P_.states[static_cast<std::size_t>(P_.state_by_code.at(each_code))].name;
          out->push_back(std::move(e));
        }
        sent_code_[si] = c.state_code;
        continue;
      }
    }
    sent_code_[si] = c.state_code;
    out->push_back(std::move(c));
  }
  // Organisations named here ("the Tennessee Hospital Association said") are
  // what a later "the association" refers to.
  for (const Cue& q : cues) {
    auto src = CanonicalSource(q.np);
    if (!src || src->empty() || !IsUpper((*src)[0])) continue;
    std::string last = Lower(src->substr(src->rfind(' ') == std::string::npos ? 0 : src->rfind(' ') + 1));
    if (!IsOrgHead(last)) continue;
    // Distinct, the latest mention last (as RememberSources keeps them).
    auto dup = std::find(seen_sources_.begin(), seen_sources_.end(), *src);
    if (dup != seen_sources_.end()) seen_sources_.erase(dup);
    seen_sources_.push_back(*src);
  }
}

void DocResolver::Prepare(Segmenter* seg, std::vector<std::string_view>* texts) {
  ReadHeader();
  // Most text holds no claim: find the paragraphs that can (a number), those
  // that name a lexicon source (for later "the Times"), and only segment and
  // match those.
  paras_ = seg->Paragraphs(t_.norm, body_);
  // A hard-wrapped paragraph spans lines: its line breaks are spaces (same
  // byte length, so every offset stays), as the writer meant them.
  for (const Paragraph& p : paras_)
    for (std::size_t k = p.begin; k < p.end; ++k)
      if (t_.norm[k] == '\n' || t_.norm[k] == '\r') t_.norm[k] = ' ';
  std::vector<char>& has_num = has_num_;
  std::vector<char>& has_src = has_src_;
  has_num.assign(paras_.size(), 0);
  has_src.assign(paras_.size(), 0);
  bool any_num = false;
  for (std::size_t p = 0; p < paras_.size(); ++p) {
    has_num[p] = P_.HasNumber(ParaText(p));
    has_src[p] = P_.source_any && P_.source_any->Matches(ParaText(p));
    any_num |= has_num[p] != 0;
  }
  if (!any_num) return;
  {
    std::vector<GroupSpan> g;
    GroupSpan m;
    // The article's own year: the year it names most often, an event's year
    // ("the 2022 midterm elections") counting three times, the later one on
    // a tie ("on Dec. 14, 2020 ... in 2021").
    std::map<int, int> years, month_years;
    for (std::size_t pos = body_; pos < t_.norm.size() && P_.year_any->FindSpan(t_.norm, pos, t_.norm.size(), &m);) {
      int y = 0;
      for (int k = m.begin; k < m.end; ++k) y = y * 10 + (t_.norm[static_cast<std::size_t>(k)] - '0');
      // "the 2022 midterm elections" names the article's own event.
      static const char* kEvent[] = {" election", " midterm", " general", " presidential", " primary", " primaries",
                                     " caucus", " race", " campaign", " ballot", " season", " outbreak", " census"};
      const std::string_view after = std::string_view(t_.norm).substr(static_cast<std::size_t>(m.end), 14);
      bool event = false;
      for (const char* w : kEvent) event |= after.rfind(w, 0) == 0;
      // "95,000 more than in February 2020": a month and year without a day
      // is a point of comparison, not the article's time.
      bool month_year = false;
      {
        std::size_t w = static_cast<std::size_t>(m.begin);
        while (w > 0 && t_.norm[w - 1] == ' ') --w;
        std::size_t ws = w;
        while (ws > 0 && std::isalpha(static_cast<unsigned char>(t_.norm[ws - 1]))) --ws;
        const std::string word = t_.norm.substr(ws, w - ws);
        month_year = w < static_cast<std::size_t>(m.begin) && IsMonthName(word);
        // "the largest rise since 2020", "than in 2019": a point of
        // comparison too.
        const std::string low = Lower(word);
        if (low == "since" || low == "before" || low == "than" || low == "until" || low == "after") month_year = true;
        if (low == "in" && ws >= 5 && Lower(t_.norm.substr(ws - 5, 5)) == "than ") month_year = true;
      }
      // "on the Aug. 2, 2022 ballot": a full date names the article's time
      // (three times); "the August 2018 primary" is a point of comparison.
      const std::size_t yb = static_cast<std::size_t>(m.begin);
      const bool full_date = yb >= 3 && t_.norm[yb - 1] == ' ' && t_.norm[yb - 2] == ',' &&
                             std::isdigit(static_cast<unsigned char>(t_.norm[yb - 3]));
      (month_year ? month_years : years)[y] += (event && !month_year) || full_date ? 3 : 1;
      pos = static_cast<std::size_t>(m.end);
    }
    // Month-and-year mentions decide only when nothing else names a year
    // ("added 2,900 jobs in October 2023").
    if (years.empty()) years = month_years;
    int best = 0;
    for (const auto& [y, n] : years)
      if (best == 0 || n >= years[best]) best = y;
    context_year_ = best;
  }
  FindDateline();
  FindLabels();
  // List items: whole paragraphs like "Arkansas: 4040"; their intro is the
  // paragraph before the run of items.
  intro_.assign(paras_.size(), -1);
  std::vector<bool> item(paras_.size(), false);
  for (std::size_t p = 0; p < paras_.size(); ++p) {
    // ("NY 12,671 · TX 11,342": items on one line, each an item.)
    const std::string_view t = ParaText(p);
    item[p] = has_num[p] && (P_.list_item->Matches(t) || (t.find(" \u00B7 ") != std::string_view::npos &&
                                                          P_.list_item->Matches(t.substr(0, t.find(" \u00B7 ")))));
  }
  // A bulleted line under an intro that ends with ':' is an item too, even
  // with words after its figure ("- Minnesota: 51 cases, including one
  // death, per the Minnesota Department of Health").
  const auto bulleted = [&](std::size_t p) {
    std::string_view t = ParaText(p);
    while (!t.empty() && IsRe2Space(t.front())) t.remove_prefix(1);
    return t.size() > 2 && (t[0] == '-' || t[0] == '*' || t.rfind("\u2022", 0) == 0) &&
           (t[1] == ' ' || t.rfind("\u2022 ", 0) == 0);
  };
  // ("GOVERNOR" over a results box's rows, "Kevin Stitt (R)* ..... 638,414":
  // a heading in capitals, after any intro; not a newsletter's "ELSEWHERE
  // SATURDAY" over its bullets.)
  const auto caps_label = [&](std::size_t p) {
    const std::string_view h = ParaText(p);
    if (std::any_of(h.begin(), h.end(), [](char c) { return c >= 'a' && c <= 'z'; }) || p + 1 >= paras_.size()) return false;
    const std::string_view row = ParaText(p + 1);
    return row.find("..") != std::string_view::npos || row.find(") ") != std::string_view::npos;
  };
  // A group's label between an intro's items ("Democrats (2,383 needed)",
  // "Republicans:"): a few capitalised words with no sentence in them.
  const auto group_label = [&](std::size_t p) {
    std::string_view h = ParaText(p);
    while (!h.empty() && IsRe2Space(h.front())) h.remove_prefix(1);
    while (!h.empty() && (IsRe2Space(h.back()) || h.back() == ':')) h.remove_suffix(1);
    // ("U.S. Senate" is a label; "He won." is a sentence.)
    if (h.size() < 3 || h.size() > 40 || !IsUpper(h[0]) || h.back() == '.') return false;
    for (std::size_t k = h.find(". "); k != std::string_view::npos; k = h.find(". ", k + 1))
      if (k + 2 < h.size() && !IsUpper(h[k + 2])) return false;
    if (h.back() == ')')
      if (const std::size_t k = h.rfind('('); k != std::string_view::npos) h = h.substr(0, k);
    while (!h.empty() && IsRe2Space(h.back())) h.remove_suffix(1);
    // "WISCONSIN", "Ohio": a place's heading starts a list of its own;
    // "GOVERNOR", "U.S. SENATE" are an office's.
    const bool caps = std::none_of(h.begin(), h.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (caps && !caps_label(p)) return false;
    if (P_.StateByForm(caps ? CapsToTitle(h) : std::string(h)) || P_.state_by_code.count(std::string(h))) return false;
    std::size_t words = 1;
    for (char c : h) {
      if (c == ' ') ++words;
      if (std::isdigit(static_cast<unsigned char>(c)) || c == ',') return false;
    }
    return words <= 3;
  };
  for (std::size_t p = 1; p < paras_.size(); ++p) {
    if (item[p] || !has_num[p] || !bulleted(p)) continue;
    std::size_t k = p - 1;
    // ("STATES WITH THE BIGGEST MOVES ... per the Labor Department:" then
    // "Biggest increases" then the bullets: a group label between.)
    while (k > 0 && (item[k] || bulleted(k) || group_label(k))) --k;
    std::string_view t = ParaText(k);
    while (!t.empty() && IsRe2Space(t.back())) t.remove_suffix(1);
    if (!t.empty() && t.back() == ':') item[p] = true;
  }
  // A table's column header ("STATE   WEEK ENDED 3/28   WEEK ENDED 3/21")
  // between the intro and the rows is no intro.
  const auto column_header = [&](std::size_t p) {
    const std::string_view h = ParaText(p);
    // ("Candidate      Votes      Pct.": an abbreviation's dot among columns.)
    const std::size_t gap = h.find("   ");
    const bool columns = gap != std::string_view::npos && h.find("   ", h.find_first_not_of(' ', gap)) != std::string_view::npos;
    return (gap != std::string_view::npos || h.find(" | ") != std::string_view::npos) && (h.back() != '.' || columns) &&
           h.back() != ':';
  };
  // A rate among a box's rows ("Unemployment rate: 3.6%") does not end it.
  const auto rate_row = [&](std::size_t p) {
    std::string_view h = ParaText(p);
    while (!h.empty() && IsRe2Space(h.back())) h.remove_suffix(1);
    const std::size_t colon = h.find(": ");
    return colon != std::string_view::npos && colon < 40 && !h.empty() && h.back() == '%' &&
           h.find(':', colon + 1) == std::string_view::npos;
  };
  // A Markdown table's rule line ("|---|---|") between its header and rows.
  const auto rule_line = [&](std::size_t p) {
    const std::string_view h = ParaText(p);
    return h.find("---") != std::string_view::npos &&
           h.find_first_not_of("|-: \t") == std::string_view::npos;
  };
  for (std::size_t p = 1; p < paras_.size(); ++p) {
    if (!item[p]) continue;
    if (item[p - 1]) {
      intro_[p] = intro_[p - 1];
    } else if (p >= 2 && item[p - 2] && rate_row(p - 1)) {
      intro_[p] = intro_[p - 2];
    } else if (p >= 3 && rule_line(p - 1) && column_header(p - 2)) {
      intro_[p] = static_cast<int>(p - 3);
      intro_header_[p - 3] = p - 2;
    } else if (p >= 2 && group_label(p - 1) && (item[p - 2] || ParaText(p - 2).back() == ':' || caps_label(p - 1))) {
      intro_[p] = item[p - 2] ? intro_[p - 2] : static_cast<int>(p - 2);
    } else if (p >= 2 && column_header(p - 1) && (ParaText(p - 2).back() == ':' || ParaText(p - 2).back() == ')' ||
                                                  std::isalnum(static_cast<unsigned char>(ParaText(p - 2).back())))) {
      intro_[p] = static_cast<int>(p - 2);
      intro_header_[p - 2] = p - 1;
    } else {
      intro_[p] = static_cast<int>(p - 1);
    }
  }
  intros_ = std::set<int>(intro_.begin(), intro_.end());
  const std::set<int>& intros = intros_;

  para_sents_.assign(paras_.size(), {0, 0});
  for (std::size_t p = 0; p < paras_.size(); ++p) {
    para_sents_[p].first = sents_.size();
    if (has_num[p] || has_src[p] || intros.count(static_cast<int>(p))) {
      seg->Sentences(t_.norm, &paras_[p]);
      for (const Sentence& s : paras_[p].sentences) sents_.push_back({s.begin, s.end, static_cast<int>(p)});
    }
    para_sents_[p].second = sents_.size();
  }

  for (std::size_t si = 0; si < sents_.size(); ++si)
    texts->push_back(has_num[static_cast<std::size_t>(sents_[si].paragraph)] ? Sent(si) : std::string_view());
}

void DocResolver::Resolve(RuleMatcher* rm, std::size_t base, const std::function<bool(Claim&&)>& sink) {
  rule_matches_ = rm;
  rule_base_ = base;
  const std::vector<char>& has_num = has_num_;
  const std::vector<char>& has_src = has_src_;
  const std::set<int>& intros = intros_;
  std::vector<Claim> out;
  for (std::size_t si = 0; si < sents_.size(); ++si) {
    const int para = sents_[si].paragraph;
    std::optional<std::vector<Cue>> cues;
    // "MacBride parlayed his moment into the party's nomination. Running
    // nationwide, he got 172,553 votes": a sentence that opens with a name
    // and sets no claim's subject makes that name the discourse's subject,
    // for a pronoun in the next sentence of its paragraph.
    if (si > 0 && subject_si_ != si - 1 && sents_[si - 1].paragraph == para && last_subject_) {
      const std::string_view s = Sent(si);
      // (Per sentence: no allocation. " he " and the like, or the same
      // opening the sentence.)
      static constexpr std::string_view kPron[] = {" he ", " He ", " she ", " She ", " his ", " His ",
                                                   " her ", " Her ", " him", " her,"};
      const bool pronoun = std::any_of(std::begin(kPron), std::end(kPron), [&](std::string_view w) {
        return s.substr(0, w.size() - 1) == w.substr(1) || s.find(w) != std::string_view::npos;
      });
      if (pronoun) {
        const std::vector<PersonRef> prev = Persons(Sent(si - 1));
        // (Named more than once: "Out West he found fewer fish" names no one.)
        const auto mention = prev.empty() ? mentions_.end() : mentions_.find(prev[0].full);
        if (!prev.empty() && prev[0].kind == PersonRef::kName && prev[0].b == 0 && mention != mentions_.end() &&
            mention->second >= 2 && prev[0].full != *last_subject_) {
          last_subject_ = prev[0].full;
          subject_si_ = si - 1;
        }
      }
    }
    if (intros.count(para)) {
      // An intro paragraph lends its source, metric, subject and date to its items.
      std::string_view s = Sent(si);
      // ("Politico's running tally, which picked up late returns from rural
      // counties, had ...:": not a cue inside a relative clause.)
      // ("the deaths reported by the hardest-hit states ..., according to
      // the COVID Tracking Project:": "according to" first.)
      const std::vector<Aside> asides = Asides(s, {});
      // ("Storm-related deaths reported elsewhere as of 3 p.m., per state
      // emergency management agencies:": a lead such as "per" next.)
      bool found = false, possessive = false;
      for (const int pass : {0, 1, 2}) {
        for (const Cue& q : CuesOf(si, &cues))
          if (!InWhichClause(asides, q) &&
              (pass == 2 || (pass == 1 && q.kind == Cue::kLead) ||
               Lower(s.substr(q.b, q.e - q.b)).rfind("according to", 0) == 0))
            if (auto src = CanonicalSource(q.np)) {
              para_source_[para] = src;
              found = true;
              possessive = q.kind == Cue::kPossessive;
              break;
            }
        if (found) break;
      }
      // "OKLAHOMA REPUBLICAN PRIMARY ... (State Election Board)": a heading's
      // closing parenthesis names its source.
      // (So does an intro's: "Current COVID-19 inpatients, Tuesday (HHS):".)
      std::string_view hs = s;
      while (!hs.empty() && (hs.back() == ':' || IsRe2Space(hs.back()))) hs.remove_suffix(1);
      if ((!para_source_.count(para) || possessive) && hs.size() > 4 && hs.back() == ')')
        if (const std::size_t k = hs.rfind('('); k != std::string_view::npos && k + 2 < hs.size()) {
          const std::string inner(hs.substr(k + 1, hs.size() - k - 2));
          bool caps = true;
          for (std::size_t w = 0; w < inner.size(); w = inner.find(' ', w) == std::string::npos ? inner.size() : inner.find(' ', w) + 1)
            caps &= IsUpper(inner[w]) || inner.compare(w, 3, "of ") == 0 || inner.compare(w, 4, "and ") == 0;
          if (caps && inner.find_first_of("0123456789") == std::string::npos)
            if (auto src = CanonicalSource(inner)) para_source_[para] = src;
          // ("(secretary of state's office, unofficial)": an office's own words.)
          const std::string first = inner.substr(0, inner.find(','));
          std::string low_first = Lower(first);
          if (low_first.size() > 2 && low_first.compare(low_first.size() - 2, 2, "'s") == 0) low_first.resize(low_first.size() - 2);
          for (const char* tail : {"'s office", " office"})
            if (const std::size_t at = low_first.rfind(tail); at != std::string::npos && at + std::strlen(tail) == low_first.size())
              low_first.resize(at);
          if (!para_source_.count(para) && !caps && (OrgPhrase(low_first) || OrgPhrase(Lower(first))))
            if (auto src = CanonicalSource(first)) para_source_[para] = src;
          // "GEORGIA'S DECEMBER REPORT AT A GLANCE (seasonally adjusted,
          // Georgia Department of Labor)": an agency among the parenthesis's
          // parts, over the heading's possessive.
          if (!para_source_.count(para) || possessive)
            for (std::size_t a = 0; a < inner.size();) {
              std::size_t z = inner.find(", ", a);
              if (z == std::string::npos) z = inner.size();
              const std::string part = inner.substr(a, z - a);
              a = z + 2;
              if (part.empty() || !IsUpper(part[0])) continue;
              // ("Department of Labor": a head word anywhere in a name.)
              const std::string lp = Lower(part);
              bool org = false;
              for (std::size_t w = 0; w < lp.size() && !org;) {
                std::size_t z2 = lp.find(' ', w);
                if (z2 == std::string::npos) z2 = lp.size();
                org = IsOrgHead(lp.substr(w, z2 - w));
                w = z2 + 1;
              }
              if (org)
                if (auto src = CanonicalSource(part)) {
                  para_source_[para] = src;
                  break;
                }
            }
        }
      if (auto m = MetricIn(s, 0, s.size(), false)) para_metric_[para] = m;
      // "Nationwide delegate totals per ...:": the singular noun before a
      // total counts its plural.
      if (!para_metric_.count(para)) {
        const std::string low = Lower(s);
        for (const char* tot : {" totals", " total", " counts", " count", " tallies", " tally", " toll"})
          for (std::size_t k = low.find(tot); k != std::string::npos && !para_metric_.count(para); k = low.find(tot, k + 1)) {
            std::size_t w = k;
            while (w > 0 && std::isalpha(static_cast<unsigned char>(low[w - 1]))) --w;
            const std::string head = low.substr(w, k - w) + "s";
            if (k > w && P_.metric_heads.count(head)) para_metric_[para] = head;
          }
      }
      // "State | Votes | As of": the column header under it names the metric.
      if (auto h = intro_header_.find(para); h != intro_header_.end() && !para_metric_.count(para)) {
        const std::string_view ht = ParaText(h->second);
        if (auto hm = MetricIn(ht, 0, ht.size(), false)) para_metric_[para] = Lower(*hm);
      }
      // "Figures the department released for other states included:" counts
      // what the text before it counted (what its last figure counted, when
      // the sentence before held one).
      if (si > 0 && !para_metric_.count(para) && last_metric_si_ == si - 1 && last_metric_)
        para_metric_[para] = last_metric_;
      if (si > 0 && !para_metric_.count(para))
        if (auto prev = MetricIn(Sent(si - 1), 0, Sent(si - 1).size(), true)) para_metric_[para] = prev;
      EnsureEntities();
      const std::vector<Cue>& intro_cues = CuesOf(si, &cues);
      for (const PersonRef& r : Persons(s)) {
        // "per Dave Leip's Atlas": a source is not whose counts the list holds.
        if (InCueWords(intro_cues, r, false)) continue;
        // "run by University of Florida professor Michael McDonald": an
        // expert or official named in passing holds no figures.
        if (r.kind == PersonRef::kName) {
          std::size_t w = r.b;
          while (w > 0 && s[w - 1] == ' ') --w;
          std::size_t wb = w;
          while (wb > 0 && std::isalpha(static_cast<unsigned char>(s[wb - 1]))) --wb;
          static const std::set<std::string> kExpert = {"professor", "analyst", "spokesman", "spokeswoman",
                                                        "spokesperson", "director", "researcher", "economist",
                                                        "expert", "by", "official", "strategist", "pollster"};
          if (kExpert.count(Lower(s.substr(wb, w - wb)))) continue;
        }
        // "McMullin made the ballot in 11 states. Here's the number of votes
        // he got": a later pronoun keeps the name the intro already gave.
        if (r.kind != PersonRef::kName && para_subject_.count(para)) break;
        para_subject_[para] = ResolvePerson(r);
        break;
      }
      for (const DateExpr& d : Dates(s))
        if (d.date) { para_date_[para] = d.date; para_date_relative_[para] = d.relative; break; }
    }
    // Only a sentence naming a lexicon source can add to the sources seen; its
    // own later "the Post" already refers back to its "The Washington Post".
    // (A cue remembered is a source's name lower-cased, so the sentence
    // holds it as text: source_text tells which sentences to look at.)
    if (has_src[static_cast<std::size_t>(para)] && P_.source_text->Matches(Sent(si))) RememberSources(CuesOf(si, &cues));
    if (has_num[static_cast<std::size_t>(para)]) {
      MatchSentence(si, &cues, &out);
      if (!out.empty()) {
        last_metric_si_ = si;
        last_metric_ = out.back().metric;
      }
      for (Claim& c : out)
        if (!sink(std::move(c))) return;
      out.clear();
    }
  }
}

std::optional<std::string> DocResolver::HeadlineState() {
  if (!headline_state_) {
    headline_state_.emplace();
    for (std::size_t p = 0; p < paras_.size() && p <= 6; ++p) {
      const std::string_view t = ParaText(p);
      if (!HeadlineLike(t)) continue;
      std::set<std::string> codes;
      for (const Place& q : Places(t))
        if (q.kind == Place::kState) codes.insert(q.code);
      if (codes.empty()) continue;
      if (codes.size() == 1 && *codes.begin() != "US") *headline_state_ = *codes.begin();
      break;
    }
  }
  return *headline_state_;
}

bool DocResolver::ByPartsIntro(int intro) {
  auto it = by_parts_intro_.find(intro);
  if (it != by_parts_intro_.end()) return it->second;
  const std::string low = Lower(ParaText(static_cast<std::size_t>(intro)));
  bool parts = false;
  for (const char* w : {"by county", "by parish", "by city", "by region", "by borough", "county-by-county",
                        "county by county", "counties with the most", "top counties", "hardest-hit counties"})
    parts |= low.find(w) != std::string::npos;
  return by_parts_intro_[intro] = parts;
}

const std::vector<Cue>& DocResolver::CuesOf(std::size_t si, std::optional<std::vector<Cue>>* cache) {
  if (!*cache) {
    EnsureEntities();
    *cache = Cues(Sent(si));
  }
  return **cache;
}

const std::string& DocResolver::EvidenceOf(std::size_t si, bool* lossy) {
  if (evidence_si_ != si) {
    evidence_si_ = si;
    evidence_lossy_ = false;
    evidence_ = EvidenceText(doc_.bytes, t_.Orig(sents_[si].b), t_.Orig(sents_[si].e), &evidence_lossy_,
                             DetectEncodingOf(doc_));
  }
  if (evidence_lossy_) *lossy = true;
  return evidence_;
}

void DocResolver::EnsureEntities() {
  if (entities_built_) return;
  entities_built_ = true;
  BuildEntities();
}

}  // namespace

void Extractor::Extract(const Document& doc, const std::function<bool(Claim&&)>& sink) {
  ExtractEach({&doc}, [&](std::size_t, Claim&& c) { return sink(std::move(c)); });
}

void Extractor::ExtractEach(const std::vector<const Document*>& docs,
                            const std::function<bool(std::size_t, Claim&&)>& sink) {
  // Read every document up to its rule matching, then resolve each, the
  // rules matched over many sentences (of several documents) at a time:
  // MatchRules runs one regex at a time, and the more text per regex, the
  // longer its DFA stays in cache.
  std::vector<NormText> norm(docs.size());
  std::vector<std::unique_ptr<DocResolver>> resolvers(docs.size());
  std::vector<std::size_t> base(docs.size());
  std::vector<std::string_view> texts;
  for (std::size_t d = 0; d < docs.size(); ++d) {
    norm[d] = Normalize(docs[d]->bytes, DetectEncodingOf(*docs[d]));
    resolvers[d] = std::make_unique<DocResolver>(patterns_.impl(), *docs[d], norm[d], &state_->g, &state_->clean_phrases);
    base[d] = texts.size();
    resolvers[d]->Prepare(&state_->seg, &texts);
  }
  // 256 KiB of sentences per MatchRules call: enough for the DFAs' sake,
  // little memory for the matches even on a huge dense document.
  RuleMatcher rm(patterns_.impl(), std::move(texts), std::size_t{1} << 20);
  for (std::size_t d = 0; d < docs.size(); ++d) {
    resolvers[d]->Resolve(&rm, base[d], [&](Claim&& c) { return sink(d, std::move(c)); });
    resolvers[d].reset();
    norm[d] = NormText();
  }
}

std::vector<Claim> Extractor::Extract(const Document& doc) {
  std::vector<Claim> out;
  Extract(doc, [&](Claim&& c) {
    out.push_back(std::move(c));
    return true;
  });
  return out;
}

}  // namespace claimx
