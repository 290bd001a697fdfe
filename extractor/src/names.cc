#include "names.h"

#include <algorithm>
#include <vector>

namespace claimx {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

bool Upper(char c) { return c >= 'A' && c <= 'Z'; }
bool LowerAscii(char c) { return c >= 'a' && c <= 'z'; }
bool Word(char c) { return Upper(c) || LowerAscii(c) || (c >= '0' && c <= '9') || c == '_'; }
bool Space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

// A lower-case Latin letter with a diacritic in UTF-8 ("á", "ñ", "ł"): its
// byte length at k, or 0.
std::size_t LowerLatin(std::string_view t, std::size_t k) {
  if (k + 1 >= t.size()) return 0;
  const auto b0 = static_cast<unsigned char>(t[k]), b1 = static_cast<unsigned char>(t[k + 1]);
  if (b0 == 0xC3 && b1 >= 0x9F && b1 <= 0xBF && b1 != 0xB7) return 2;  // U+00DF-U+00FF (ß-ÿ), not ÷
  if ((b0 == 0xC4 || b0 == 0xC5) && b1 >= 0x80 && b1 <= 0xBF) return 2;  // U+0100-U+017F (ā ć ł ń ś ž ...)
  return 0;
}

// [A-Z][a-z]+ at k (maximal, the lower case letters with diacritics too:
// "González"): its end, or kNone.
std::size_t CapWord(std::string_view t, std::size_t k) {
  if (k >= t.size() || !Upper(t[k])) return kNone;
  std::size_t j = k + 1;
  for (;;) {
    if (j < t.size() && LowerAscii(t[j])) ++j;
    else if (const std::size_t n = LowerLatin(t, j)) j += n;
    else break;
  }
  return j > k + 1 ? j : kNone;
}

// \s+ at k: its end, or kNone.
std::size_t Spaces(std::string_view t, std::size_t k) {
  std::size_t j = k;
  while (j < t.size() && Space(t[j])) ++j;
  return j > k ? j : kNone;
}

bool Boundary(std::string_view t, std::size_t k) {  // \b (ASCII word characters, as RE2's)
  const bool before = k > 0 && Word(t[k - 1]), after = k < t.size() && Word(t[k]);
  return before != after;
}

// ((?:[A-Z]')?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?)\b at k: its end, or kNone.
// The inner capital takes "DeSantis", "McMaster", "LaRose".
// The ends [A-Z]L+ can take at k, longest first (RE2 backtracks a greedy
// run letter by letter; a two-byte letter is one step).
std::vector<std::size_t> CapWordEnds(std::string_view t, std::size_t k) {
  std::vector<std::size_t> out;
  const std::size_t e = CapWord(t, k);
  if (e == kNone) return out;
  for (std::size_t j = k + 1; j < e;) {
    j += LowerAscii(t[j]) ? 1 : LowerLatin(t, j);
    out.push_back(j);
  }
  std::reverse(out.begin(), out.end());
  return out;
}

std::size_t Last(std::string_view t, std::size_t k) {
  // "O'Rourke": a capital and an apostrophe before the name (tried first, as
  // the optional group of the regex is).
  if (k + 2 < t.size() && Upper(t[k]) && t[k + 1] == '\'' && CapWord(t, k + 2) != kNone) {
    const std::size_t e = Last(t, k + 2);
    if (e != kNone) return e;
  }
  // Plain ASCII words (the usual case): a shorter run would end before a
  // letter and fail \b, so only the longest counts. Taking the inner word
  // whenever it is there matches the regex: without it a capital would
  // follow and \b fail.
  {
    std::size_t e1 = CapWord(t, k);
    if (e1 == kNone) return kNone;
    std::size_t end = e1;
    if (const std::size_t ec = CapWord(t, e1); ec != kNone) end = ec;
    std::size_t e2 = kNone;
    if (end < t.size() && t[end] == '-') e2 = CapWord(t, end + 1);
    const std::size_t last = e2 != kNone ? e2 : end;
    if (std::all_of(t.begin() + static_cast<std::ptrdiff_t>(k), t.begin() + static_cast<std::ptrdiff_t>(last),
                    [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
      if (e2 != kNone && Boundary(t, e2)) return e2;
      return Boundary(t, end) ? end : kNone;
    }
  }
  // In the regex's order: each length of the first word, longest first; then
  // the inner word ("DeSantis") at each length, then none; then the hyphened
  // part at each length, then none; the first that ends on \b.
  for (const std::size_t e1 : CapWordEnds(t, k)) {
    std::vector<std::size_t> inner = CapWordEnds(t, e1);
    inner.push_back(e1);  // no inner word
    for (const std::size_t ei : inner) {
      if (ei < t.size() && t[ei] == '-')
        for (const std::size_t e2 : CapWordEnds(t, ei + 1))
          if (Boundary(t, e2)) return e2;
      if (Boundary(t, ei)) return ei;
    }
  }
  return kNone;
}

// Lower case, then capitalised ("Rocky De La Fuente").
constexpr std::string_view kParticles[] = {"de", "la",  "del", "della", "van", "von", "der", "den",
                                           "da", "di",  "du",  "le",    "De",  "La",  "Del", "Van",
                                           "Von", "Der", "Da", "Di",    "Du",  "Le"};

// (?:(?:de|la|del|della|van|von|der|den|da|di|du|le|De|La|Del|Van|Von|Der|Da|Di|Du|Le)\s+){0,left}
// then Last,
// as many particles as fit first: its end, or kNone.
std::size_t ParticlesThenLast(std::string_view t, std::size_t k, int left) {
  // Every particle starts with 'd', 'l' or 'v', lower case or capitalised
  // ("Rocky De La Fuente"); most often t[k] starts a surname: no particle.
  if (left > 0 && k < t.size() && (t[k] == 'd' || t[k] == 'l' || t[k] == 'v' || t[k] == 'D' || t[k] == 'L' || t[k] == 'V')) {
    for (std::string_view p : kParticles) {
      if (t.substr(k, p.size()) != p) continue;
      const std::size_t s = Spaces(t, k + p.size());
      if (s == kNone) continue;
      const std::size_t e = ParticlesThenLast(t, s, left - 1);
      if (e != kNone) return e;
    }
  }
  return Last(t, k);
}

// The whole pattern anchored at i: its end, or kNone.
std::size_t MatchAt(std::string_view t, std::size_t i) {
  const std::size_t f = CapWord(t, i);
  if (f == kNone) return kNone;
  const std::size_t k = Spaces(t, f);
  if (k == kNone) return kNone;
  // With a middle word or initial (preferred), then without.
  std::size_t m = CapWord(t, k);
  if (m == kNone && k + 1 < t.size() && Upper(t[k]) && t[k + 1] == '.') m = k + 2;
  if (m != kNone) {
    const std::size_t k2 = Spaces(t, m);
    if (k2 != kNone) {
      const std::size_t e = ParticlesThenLast(t, k2, 2);
      if (e != kNone) return e;
    }
  }
  return ParticlesThenLast(t, k, 2);
}

}  // namespace

bool IsNameParticle(std::string_view word) {
  for (std::string_view p : kParticles)
    if (word == p) return true;
  return false;
}

bool FindFullName(std::string_view text, std::size_t pos, std::size_t* b, std::size_t* e) {
  for (std::size_t i = pos; i < text.size(); ++i) {
    if (!Upper(text[i]) || (i > 0 && Word(text[i - 1]))) continue;
    const std::size_t end = MatchAt(text, i);
    if (end != kNone) {
      *b = i;
      *e = end;
      return true;
    }
  }
  return false;
}

}  // namespace claimx
