#include "names.h"

namespace claimx {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

bool Upper(char c) { return c >= 'A' && c <= 'Z'; }
bool LowerAscii(char c) { return c >= 'a' && c <= 'z'; }
bool Word(char c) { return Upper(c) || LowerAscii(c) || (c >= '0' && c <= '9') || c == '_'; }
bool Space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

// [A-Z][a-z]+ at k (maximal): its end, or kNone.
std::size_t CapWord(std::string_view t, std::size_t k) {
  if (k >= t.size() || !Upper(t[k])) return kNone;
  std::size_t j = k + 1;
  while (j < t.size() && LowerAscii(t[j])) ++j;
  return j > k + 1 ? j : kNone;
}

// \s+ at k: its end, or kNone.
std::size_t Spaces(std::string_view t, std::size_t k) {
  std::size_t j = k;
  while (j < t.size() && Space(t[j])) ++j;
  return j > k ? j : kNone;
}

bool Boundary(std::string_view t, std::size_t k) {  // \b after a word character
  return k >= t.size() || !Word(t[k]);
}

// ((?:[A-Z]')?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?)\b at k: its end, or kNone.
// The inner capital takes "DeSantis", "McMaster", "LaRose".
std::size_t Last(std::string_view t, std::size_t k) {
  // "O'Rourke": a capital and an apostrophe before the name (tried first, as
  // the optional group of the regex is).
  if (k + 2 < t.size() && Upper(t[k]) && t[k + 1] == '\'' && CapWord(t, k + 2) != kNone) {
    const std::size_t e = Last(t, k + 2);
    if (e != kNone) return e;
  }
  std::size_t e1 = CapWord(t, k);
  if (e1 == kNone) return kNone;
  // Taking the inner word whenever it is there matches the regex: without it
  // a capital would follow and \b fail.
  if (const std::size_t ec = CapWord(t, e1); ec != kNone) e1 = ec;
  if (e1 < t.size() && t[e1] == '-') {
    const std::size_t e2 = CapWord(t, e1 + 1);
    if (e2 != kNone && Boundary(t, e2)) return e2;
  }
  return Boundary(t, e1) ? e1 : kNone;
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
