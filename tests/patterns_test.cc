#include <catch2/catch.hpp>

#include <map>
#include <string>

#include "claimx/claimx.h"
#include "patterns.h"

namespace {
std::map<std::string, std::string> Files() { return claimx::EmbeddedPatternFiles(); }
}  // namespace

TEST_CASE("the built-in pattern set loads and passes its own examples", "[patterns]") {
  claimx::PatternSet p;
  REQUIRE(claimx::PatternSet::LoadBuiltin(&p).ok());
  CHECK(p.rule_count() > 10);
  std::size_t checked = 0;
  CHECK(p.SelfTest(&checked).empty());
  CHECK(checked >= 2 * p.rule_count());
}

TEST_CASE("a regex that does not compile names file, line and RE2's reason", "[patterns]") {
  auto f = Files();
  f["rules.txt"] += "\nrule broken\n  action: claim\n  pattern: (?P<num>\\d+(\n  example: 1\n  negative: x\n";
  claimx::PatternSet p;
  claimx::Status st = claimx::PatternSet::LoadFiles(f, "P", &p);
  REQUIRE_FALSE(st.ok());
  CHECK(st.message().find("P/rules.txt:") == 0);
  CHECK(st.message().find("missing )") != std::string::npos);
}

TEST_CASE("the linter rejects unknown fragments, duplicate ids and rules without tests", "[patterns]") {
  struct Case {
    const char* add;
    const char* want;
  } cases[] = {
      {"\nrule x1\n  action: claim\n  pattern: (?P<num>{NOPE})\n  example: 1\n  negative: x\n", "unknown fragment {NOPE}"},
      {"\nrule url\n  action: claim\n  pattern: (?P<num>\\d+)\n  example: 1\n  negative: x\n", "duplicate rule id"},
      {"\nrule x2\n  action: claim\n  pattern: (?P<num>\\d+)\n  negative: x\n", "has no example"},
      {"\nrule x3\n  action: claim\n  pattern: (?P<num>\\d+)\n  example: 1\n", "has no negative"},
      {"\nrule x4\n  action: claim\n  pattern: \\d+\n  example: 1\n  negative: x\n", "no (?P<num>...) group"},
      {"\nrule x5\n  action: maybe\n", "action must be claim or reject"},
      {"\nbogus line\n", "expected 'key: value'"},
  };
  for (const auto& c : cases) {
    auto f = Files();
    f["rules.txt"] += c.add;
    claimx::PatternSet p;
    claimx::Status st = claimx::PatternSet::LoadFiles(f, "P", &p);
    INFO(c.add);
    REQUIRE_FALSE(st.ok());
    CHECK(st.message().find(c.want) != std::string::npos);
  }
}

TEST_CASE("a broken lexicon line is reported with file and line", "[patterns]") {
  auto f = Files();
  f["lexicon/qualifiers.tsv"] += "roughly\tsomewhat\tpre\n";
  claimx::PatternSet p;
  claimx::Status st = claimx::PatternSet::LoadFiles(f, "P", &p);
  REQUIRE_FALSE(st.ok());
  CHECK(st.message().find("P/lexicon/qualifiers.tsv:") == 0);
  CHECK(st.message().find("bound must be") != std::string::npos);
}

TEST_CASE("the states lexicon holds 50 states, DC and the territories", "[patterns]") {
  claimx::PatternSet p;
  REQUIRE(claimx::PatternSet::LoadBuiltin(&p).ok());
  const auto& P = p.impl();
  CHECK(P.states.size() == 56);
  CHECK(P.StateByForm("Tenn.")->code == "TN");
  CHECK(P.StateByForm("N.C.")->code == "NC");
  CHECK(P.StateByForm("Washington, D.C.")->code == "DC");
  CHECK(P.StateByForm("Washington state")->code == "WA");
}
