#include "segment.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <string>
#include <vector>

namespace claimx {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f'; }

// Abbreviations after which ICU may wrongly end a sentence.
// kTitle: always followed by a name. kMonth: merge before a digit.
// kOther: merge before a lower-case word, a digit, a comma or a weekday.
enum class Abbrev { kNone, kTitle, kMonth, kOther };

Abbrev AbbrevAtEnd(std::string_view s) {
  // Last token (letters and dots) of s, which ends with '.'.
  std::size_t e = s.size();
  while (e > 0 && IsSpace(s[e - 1])) --e;
  if (e == 0 || s[e - 1] != '.') return Abbrev::kNone;
  std::size_t b = e;
  while (b > 0 && (std::isalpha(static_cast<unsigned char>(s[b - 1])) || s[b - 1] == '.')) --b;
  const std::string_view tok = s.substr(b, e - b);
  // Every abbreviation below has at most 7 bytes ("Messrs.", "approx.").
  if (tok.size() > 7) return Abbrev::kNone;
  static const std::array<const char*, 26> kTitles = {
      "Mr.", "Mrs.", "Ms.", "Dr.", "Gov.", "Sen.", "Rep.", "Lt.", "Gen.", "Col.", "Sgt.", "Capt.", "Prof.",
      "Rev.", "Hon.", "Pres.", "Supt.", "Atty.", "St.", "Mt.", "Ft.", "No.", "Nos.", "vs.", "Messrs.", "Sens."};
  static const std::array<const char*, 12> kMonths = {"Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.",
                                                      "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec."};
  for (const char* t : kTitles)
    if (tok == t) return Abbrev::kTitle;
  for (const char* t : kMonths)
    if (tok == t) return Abbrev::kMonth;
  // Other abbreviations: a capitalised short token with dots ("Tenn.", "N.C.",
  // "p.m.", "Jr.", "Inc.") but not a plain sentence-final word.
  if (tok == "a.m." || tok == "p.m." || tok == "Jr." || tok == "Sr." || tok == "Inc." || tok == "Co." ||
      tok == "Corp." || tok == "Ltd." || tok == "est." || tok == "approx.")
    return Abbrev::kOther;
  std::size_t dots = 0;
  for (char c : tok) dots += c == '.';
  if (dots >= 2 && tok.size() <= 6) return Abbrev::kOther;  // "N.C.", "U.S."
  static const std::array<const char*, 37> kStates = {
      "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.",
      "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "Okla.", "Ore.", "Pa.",
      "Tenn.", "Tex.", "Vt.", "Va.", "Wash.", "Wis.", "Wyo.", "Kans.", "Nebr.", "Oreg.", "Wisc."};
  for (const char* t : kStates)
    if (tok == t) return Abbrev::kOther;
  return Abbrev::kNone;
}

bool StartsWithWeekday(std::string_view s) {
  static const std::array<const char*, 7> kDays = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                                   "Friday", "Saturday", "Sunday"};
  for (const char* d : kDays)
    if (s.substr(0, std::strlen(d)) == d) return true;
  return false;
}

bool ShouldMerge(std::string_view prev, std::string_view next) {
  // "Darla Pikes .................. 40,911": dot leaders (or an ellipsis)
  // before a figure end no sentence.
  {
    std::string_view t = prev;
    while (!t.empty() && IsSpace(t.back())) t.remove_suffix(1);
    const bool leader = (t.size() >= 3 && t.substr(t.size() - 3) == "...") ||
                        (t.size() >= 3 && t.substr(t.size() - 3) == "\u2026");
    if (leader && !next.empty() && std::isdigit(static_cast<unsigned char>(next[0]))) return true;
  }
  Abbrev a = AbbrevAtEnd(prev);
  if (a == Abbrev::kNone || next.empty()) return false;
  unsigned char c = static_cast<unsigned char>(next[0]);
  switch (a) {
    case Abbrev::kTitle:
      return true;
    case Abbrev::kMonth:
      return std::isdigit(c);
    case Abbrev::kOther: {
      if (std::islower(c) || std::isdigit(c) || c == ',' || c == '(' || StartsWithWeekday(next)) return true;
      // "as of 5 p.m. ET Wednesday": a time zone after a time.
      {
        std::string_view t = prev;
        while (!t.empty() && IsSpace(t.back())) t.remove_suffix(1);
        if (t.size() >= 4 && (t.substr(t.size() - 4) == "a.m." || t.substr(t.size() - 4) == "p.m.")) {
          std::size_t z = 0;
          while (z < next.size() && std::isupper(static_cast<unsigned char>(next[z]))) ++z;
          static const std::array<const char*, 13> kZones = {"ET", "EST", "EDT", "CT", "CST", "CDT", "MT",
                                                             "MST", "MDT", "PT", "PST", "PDT", "GMT"};
          const bool zone_end = z == next.size() || !std::isalpha(static_cast<unsigned char>(next[z]));
          for (const char* zn : kZones)
            if (zone_end && next.substr(0, z) == zn) return true;
          // "as of 1 a.m. Central, according to ...", "2 p.m. Eastern on
          // Wednesday": a spelled zone, unless a name goes on ("10 p.m.
          // Pacific Gas and Electric said").
          static const std::array<const char*, 6> kZoneWords = {"Eastern", "Central", "Mountain",
                                                                "Pacific", "Alaska", "Hawaii"};
          for (const char* zw : kZoneWords) {
            const std::size_t n = std::strlen(zw);
            if (next.substr(0, n) != zw) continue;
            if (n == next.size() || next[n] == ',' || next[n] == '.' || next[n] == ';' || next[n] == ')')
              return true;
            if (next[n] != ' ' || n + 1 >= next.size()) continue;
            const std::string_view after = next.substr(n + 1);
            if (std::islower(static_cast<unsigned char>(after[0])) || after.substr(0, 8) == "Standard" ||
                after.substr(0, 8) == "Daylight" || after.substr(0, 4) == "Time")
              return true;
          }
        }
      }
      // "the U.S. Elections Project": a capitalised word that rarely starts a
      // sentence continues it.
      if (!std::isupper(c)) return false;
      std::size_t e = 0;
      while (e < next.size() && std::isalpha(static_cast<unsigned char>(next[e]))) ++e;
      static const std::array<const char*, 40> kStarters = {
          "The", "A", "An", "In", "It", "He", "She", "They", "We", "I", "But", "And", "This", "That", "There",
          "These", "Those", "His", "Her", "Their", "Its", "On", "At", "As", "For", "With", "After", "Before",
          "When", "While", "If", "Officials", "Some", "Many", "More", "Most", "According", "Still", "Yet", "So"};
      for (const char* w : kStarters)
        if (next.substr(0, e) == w) return false;
      while (!prev.empty() && IsSpace(prev.back())) prev.remove_suffix(1);
      if (prev.size() >= 4 && prev.substr(prev.size() - 4) == "U.S.") return true;
      // "the N.C. Department of Health": after a capital dotted abbreviation, a
      // capitalised name that goes on (another capitalised word, or "of",
      // "for", "and") continues the sentence.
      std::size_t dots = 0, lower = 0, b = prev.size();
      while (b > 0 && (std::isalpha(static_cast<unsigned char>(prev[b - 1])) || prev[b - 1] == '.')) {
        --b;
        dots += prev[b] == '.';
        lower += std::islower(static_cast<unsigned char>(prev[b])) != 0;
      }
      if (dots < 2 || lower > 0) return false;  // "N.C.", "D.C."; not "p.m."
      std::size_t k = e;
      while (k < next.size() && next[k] == ' ') ++k;
      if (k == e || k >= next.size()) return false;
      std::string_view after = next.substr(k);
      return std::isupper(static_cast<unsigned char>(after[0])) || after.substr(0, 3) == "of " ||
             after.substr(0, 4) == "for " || after.substr(0, 4) == "and ";
    }
    default:
      return false;
  }
}

}  // namespace

struct Segmenter::Impl {
  std::unique_ptr<icu::BreakIterator> bi;
  UText* ut = nullptr;
  // An ASCII paragraph widened to UTF-16: ICU's break iterator walks
  // UTF-16 text directly, while its UTF-8 UText converts the text chunk by
  // chunk behind an index map (~20% more time in ICU). ASCII offsets are the
  // same in both, and the breaks are the same (ICU sees the same characters).
  std::vector<UChar> u16;
  std::vector<Sentence> raw, merged, items;  // Sentences' scratch, kept between calls
  ~Impl() {
    if (ut) utext_close(ut);
  }
};

Segmenter::Segmenter() : impl_(std::make_unique<Impl>()) {
  UErrorCode err = U_ZERO_ERROR;
  impl_->bi.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("en_US@ss=standard"), err));
  if (U_FAILURE(err) || !impl_->bi) {
    err = U_ZERO_ERROR;
    impl_->bi.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getUS(), err));
  }
}

Segmenter::~Segmenter() = default;

void Segmenter::Sentences(std::string_view text, Paragraph* p) {
  std::string_view para = text.substr(p->begin, p->end - p->begin);
  std::vector<Sentence>& raw = impl_->raw;
  raw.clear();
  UErrorCode err = U_ZERO_ERROR;
  if (impl_->bi) {
    const bool ascii = std::all_of(para.begin(), para.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii) {
      impl_->u16.assign(para.begin(), para.end());
      impl_->ut = utext_openUChars(impl_->ut, impl_->u16.data(), static_cast<int64_t>(impl_->u16.size()), &err);
    } else {
      impl_->ut = utext_openUTF8(impl_->ut, para.data(), static_cast<int64_t>(para.size()), &err);
    }
  }
  if (impl_->bi && U_SUCCESS(err)) {
    impl_->bi->setText(impl_->ut, err);
  }
  if (!impl_->bi || U_FAILURE(err)) {
    raw.push_back({0, para.size()});
  } else {
    int32_t start = impl_->bi->first();
    for (int32_t end = impl_->bi->next(); end != icu::BreakIterator::DONE; start = end, end = impl_->bi->next())
      raw.push_back({static_cast<std::size_t>(start), static_cast<std::size_t>(end)});
  }
  // Merge breaks after abbreviations, then trim.
  std::vector<Sentence>& merged = impl_->merged;
  merged.clear();
  for (const Sentence& s : raw) {
    if (!merged.empty()) {
      std::string_view prev = para.substr(merged.back().begin, merged.back().end - merged.back().begin);
      std::string_view next = para.substr(s.begin, s.end - s.begin);
      std::size_t k = 0;
      while (k < next.size() && IsSpace(next[k])) ++k;
      if (ShouldMerge(prev, next.substr(k))) {
        merged.back().end = s.end;
        continue;
      }
    }
    merged.push_back(s);
  }
  // "NY 12,671 · TX 11,342 · CA 11,057", "Confirmed: 6,987 · Probable:
  // 1,211": a middle dot or a bullet between spaces separates items.
  std::vector<Sentence>& items = impl_->items;
  items.clear();
  for (const Sentence& s : merged) {
    static constexpr std::string_view kDot = " \u00B7 ", kBullet = " \u2022 ";
    const std::string_view sent = para.substr(0, s.end);
    std::size_t b = s.begin, d = sent.find(kDot, b), u = sent.find(kBullet, b);  // each looked up once per hit
    for (;;) {
      const std::size_t k = std::min(d, u);
      if (k == std::string_view::npos) break;
      items.push_back({b, k});
      b = k + (k == d ? kDot.size() : kBullet.size());
      if (k == d) d = sent.find(kDot, b);
      else u = sent.find(kBullet, b);
    }
    items.push_back({b, s.end});
  }
  for (Sentence s : items) {
    while (s.begin < s.end && IsSpace(para[s.begin])) ++s.begin;
    while (s.end > s.begin && IsSpace(para[s.end - 1])) --s.end;
    // Cap the length: cut at the last space before the limit, else at a
    // UTF-8 character boundary.
    while (s.end - s.begin > kMaxSentenceBytes) {
      std::size_t cut = s.begin + kMaxSentenceBytes;
      std::size_t sp = cut;
      while (sp > s.begin + kMaxSentenceBytes / 2 && !IsSpace(para[sp])) --sp;
      if (IsSpace(para[sp])) {
        cut = sp;
      } else {
        while (cut > s.begin + 1 && (static_cast<unsigned char>(para[cut]) & 0xC0) == 0x80) --cut;
      }
      std::size_t e = cut;
      while (e > s.begin && IsSpace(para[e - 1])) --e;
      p->sentences.push_back({p->begin + s.begin, p->begin + e});
      s.begin = cut;
      while (s.begin < s.end && IsSpace(para[s.begin])) ++s.begin;
    }
    if (s.begin < s.end) p->sentences.push_back({p->begin + s.begin, p->begin + s.end});
  }
}

std::vector<Paragraph> Segmenter::Paragraphs(std::string_view text, std::size_t begin) const {
  std::vector<Paragraph> out;
  std::size_t i = begin;
  while (i < text.size()) {
    std::size_t nl = text.find('\n', i);
    std::size_t e = nl == std::string_view::npos ? text.size() : nl;
    std::size_t b = i;
    while (b < e && IsSpace(text[b])) ++b;
    std::size_t t = e;
    while (t > b && IsSpace(text[t - 1])) --t;
    if (b < t) out.push_back(Paragraph{b, t, {}});
    i = e + 1;
  }
  // Hard-wrapped text ("Kentucky employers added 2,900 nonfarm jobs in\n
  // October 2023, but ..."): when most lines run 50-80 bytes straight into
  // the next line, a line break inside a block is a space. Lists, bullets
  // and lines ending in a colon keep their own lines.
  const auto adjacent = [&](const Paragraph& a, const Paragraph& c) {
    std::size_t nl = 0;
    for (std::size_t k = a.end; k < c.begin; ++k) nl += text[k] == '\n';
    return nl == 1;
  };
  std::size_t lines = 0, wrapped = 0;
  for (std::size_t k = 0; k < out.size(); ++k) {
    const std::size_t len = out[k].end - out[k].begin;
    if (len < 20) continue;
    ++lines;
    wrapped += len >= 50 && len <= 80 && k + 1 < out.size() && adjacent(out[k], out[k + 1]);
  }
  if (lines < 4 || wrapped * 10 < lines * 6) return out;
  std::vector<Paragraph> joined;
  std::size_t last_line_len = 0;
  for (const Paragraph& q : out) {
    const char first = text[q.begin];
    // A numbered item is "1. " or "2) ", not a line that opens with a figure.
    std::size_t d = q.begin;
    while (d < q.end && text[d] >= '0' && text[d] <= '9') ++d;
    const bool numbered = d > q.begin && d + 1 < q.end && (text[d] == '.' || text[d] == ')') && text[d + 1] == ' ';
    const bool item = first == '-' || first == '*' || numbered || text.substr(q.begin, 3) == "\u2022";
    if (!joined.empty() && adjacent(joined.back(), q) && last_line_len >= 50 && !item &&
        text[joined.back().end - 1] != ':') {
      joined.back().end = q.end;
    } else {
      joined.push_back(q);
    }
    last_line_len = q.end - q.begin;
  }
  return joined;
}

std::vector<Paragraph> Segmenter::Split(std::string_view text, std::size_t begin) {
  std::vector<Paragraph> out = Paragraphs(text, begin);
  for (Paragraph& p : out) Sentences(text, &p);
  return out;
}

}  // namespace claimx
