#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "regex.h"

namespace {

bool WordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// The alternation patterns.cc builds: longest first, \b on word sides.
std::string Alternation(std::vector<std::string> keys, bool bounds) {
  std::sort(keys.begin(), keys.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  std::string out = "(?:";
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (i) out += "|";
    if (bounds && WordChar(keys[i].front())) out += "\\b";
    for (char c : keys[i]) {
      if (std::string("\\^$.|?*+()[]{}").find(c) != std::string::npos) out += '\\';
      out += c;
    }
    if (bounds && WordChar(keys[i].back())) out += "\\b";
  }
  return out + ")";
}

// Compares RE2 and the Aho-Corasick path on random text, every start and
// several ends.
void Compare(const std::string& pattern, const std::vector<std::string>& keys, bool ci, bool bounds, bool space) {
  std::string err;
  auto plain = claimx::Regex::Compile(pattern, &err);
  auto fast = claimx::Regex::Compile(pattern, &err);
  REQUIRE(plain);
  REQUIRE(fast);
  fast->SetLiteralAlternation(keys, ci, bounds, space);
  const std::string alphabet[] = {"a", "b", "ab", "AB", "Ab", "abc", "b.c", "c", "x", " ", "  ", "\t", "\n", ".",
                                  "-", "_", "1", "'", "\xC3\xA9", "\xE2\x84\xAA", "\xC5\xBF", "d.c.", "D.C.",
                                  "new", "New York", "york", "said", "SAID", "per", "according to ", "s"};
  std::mt19937 rng(4242);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(alphabet) - 1), len(0, 16);
  int compared = 0;
  for (int round = 0; round < 6000; ++round) {
    std::string t;
    for (std::size_t k = len(rng); k > 0; --k) t += alphabet[pick(rng)];
    INFO("pattern " << pattern << " text [" << t << "]");
    REQUIRE(fast->Matches(t) == plain->Matches(t));
    for (std::size_t pos = 0; pos <= t.size(); ++pos)
      for (std::size_t end : {t.size(), std::min(t.size(), pos + 3), std::max(pos, t.size() / 2)}) {
        claimx::GroupSpan a, b;
        const bool want = plain->FindSpan(t, pos, end, &a);
        const bool got = fast->FindSpan(t, pos, end, &b);
        INFO("pos " << pos << " end " << end);
        REQUIRE(got == want);
        if (want) {
          REQUIRE(b.begin == a.begin);
          REQUIRE(b.end == a.end);
        }
        ++compared;
      }
  }
  CHECK(compared > 50000);
}

}  // namespace

TEST_CASE("literal alternations: the Aho-Corasick path agrees with RE2", "[regex]") {
  const std::vector<std::string> keys = {"ab", "abc", "b", "b.c", "new york", "york", "said", "d.c.", "s", "per",
                                         "according to", "ab ab"};
  SECTION("case-insensitive, word bounds") { Compare("(?i)" + Alternation(keys, true), keys, true, true, false); }
  SECTION("case-insensitive, no bounds") { Compare("(?i)" + Alternation(keys, false), keys, true, false, false); }
  SECTION("case-sensitive, word bounds") {
    const std::vector<std::string> cs = {"New York", "York", "D.C.", "ab", "Ab", "AB", "b.c", "s"};
    Compare("(?P<s>(?-i:" + Alternation(cs, true) + "))", cs, false, true, false);
  }
  SECTION("case-insensitive, word bounds, then white space") {
    const std::vector<std::string> lead = {"according to", "per", "ab", "abc", "said", "b"};
    Compare("(?i)\\b(?P<c>" + Alternation(lead, true) + ")\\s+", lead, true, true, true);
  }
}
