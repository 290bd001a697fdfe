#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "names.h"
#include "regex.h"

namespace {

// The pattern FindFullName stands for.
const char* kFullName =
    "\\b(?P<first>[A-Z](?:[a-z]|[\\x{00DF}-\\x{00F6}\\x{00F8}-\\x{017F}])+)\\s+(?:(?P<mid>[A-Z](?:[a-z]|[\\x{00DF}-\\x{00F6}\\x{00F8}-\\x{017F}])+|[A-Z]\\.)\\s+)?"
    "(?:(?:de|la|del|della|van|von|der|den|da|di|du|le|De|La|Del|Van|Von|Der|Da|Di|Du|Le)\\s+){0,2}"
    "(?P<last>(?:[A-Z]')?[A-Z](?:[a-z]|[\\x{00DF}-\\x{00F6}\\x{00F8}-\\x{017F}])+(?:[A-Z](?:[a-z]|[\\x{00DF}-\\x{00F6}\\x{00F8}-\\x{017F}])+)?(?:-[A-Z](?:[a-z]|[\\x{00DF}-\\x{00F6}\\x{00F8}-\\x{017F}])+)?)\\b";

}  // namespace

TEST_CASE("full names: the usual forms", "[names]") {
  std::size_t b = 0, e = 0;
  REQUIRE(claimx::FindFullName("said Kanye West.", 0, &b, &e));
  CHECK(b == 5);
  CHECK(e == 15);
  REQUIRE(claimx::FindFullName("John F. Kennedy won", 0, &b, &e));
  CHECK(e == 15);
  REQUIRE(claimx::FindFullName("by Anne Smith-Jones,", 0, &b, &e));
  CHECK(std::string("by Anne Smith-Jones,").substr(b, e - b) == "Anne Smith-Jones");
  REQUIRE(claimx::FindFullName("Gov. Ron DeSantis said", 0, &b, &e));
  CHECK(std::string("Gov. Ron DeSantis said").substr(b, e - b) == "Ron DeSantis");
  REQUIRE(claimx::FindFullName("said Beto O'Rourke on", 0, &b, &e));
  CHECK(std::string("said Beto O'Rourke on").substr(b, e - b) == "Beto O'Rourke");
  REQUIRE(claimx::FindFullName("for Claudia De la Cruz, the", 0, &b, &e));
  CHECK(std::string("for Claudia De la Cruz, the").substr(b, e - b) == "Claudia De la Cruz");
  REQUIRE(claimx::FindFullName("for Rocky De La Fuente this year", 0, &b, &e));
  CHECK(std::string("for Rocky De La Fuente this year").substr(b, e - b) == "Rocky De La Fuente");
  REQUIRE(claimx::FindFullName("Ludwig van Beethoven wrote", 0, &b, &e));
  CHECK(std::string("Ludwig van Beethoven wrote").substr(b, e - b) == "Ludwig van Beethoven");
  CHECK_FALSE(claimx::FindFullName("no names here at all", 0, &b, &e));
  CHECK_FALSE(claimx::FindFullName("McDonald Trump2", 0, &b, &e));
}

TEST_CASE("full names: the scanner agrees with the regex on random text", "[names]") {
  std::string err;
  auto re = claimx::Regex::Compile(kFullName, &err);
  REQUIRE(re);
  const std::string alphabet[] = {"A", "B", "Jo", "a", "b", "an", " ", "  ", "\n", "\t", "-", ".", "1", "_", "'",
                                  "\xC3\xA9", "\xC3\x89", "\xC5\x82", "\xC3\xB7", ",", "de", "la", "van", "del", "De", "La", "Di"};
  std::mt19937 rng(12345);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(alphabet) - 1), len(0, 24);
  int compared = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string t;
    for (std::size_t k = len(rng); k > 0; --k) t += alphabet[pick(rng)];
    for (std::size_t pos = 0; pos <= t.size(); ++pos) {
      claimx::GroupSpan m;
      const bool want = re->FindSpan(t, pos, t.size(), &m);
      std::size_t b = 0, e = 0;
      const bool got = claimx::FindFullName(t, pos, &b, &e);
      INFO("text: [" << t << "] pos " << pos);
      REQUIRE(got == want);
      if (want) {
        REQUIRE(b == static_cast<std::size_t>(m.begin));
        REQUIRE(e == static_cast<std::size_t>(m.end));
      }
      ++compared;
    }
  }
  CHECK(compared > 100000);
}
