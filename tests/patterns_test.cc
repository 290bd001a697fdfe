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

TEST_CASE("a regex that does not compile names file / line and RE2's reason", "[patterns]") {
  auto f = Files();
  f["rules.txt"] += "\nrule broken\n  action: claim\n  pattern: (?P<num>\\d+(\n  example: 1\n  negative: x\n";
  claimx::PatternSet p;
  claimx::Status st = claimx::PatternSet::LoadFiles(f, "P", &p);
  REQUIRE_FALSE(st.ok());
  CHECK(st.message().find("P/rules.txt:") == 0);
  CHECK(st.message().find("missing )") != std::string::npos);
}

TEST_CASE("the linter rejects unknown fragments / duplicate ids and rules without tests", "[patterns]") {
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

TEST_CASE("the states lexicon holds 50 states / DC and the territories", "[patterns]") {
  claimx::PatternSet p;
  REQUIRE(claimx::PatternSet::LoadBuiltin(&p).ok());
  const auto& P = p.impl();
  CHECK(P.states.size() == 56);
  CHECK(P.StateByForm("Tenn.")->code == "TN");
  CHECK(P.StateByForm("N.C.")->code == "NC");
  CHECK(P.StateByForm("Washington, D.C.")->code == "DC");
  CHECK(P.StateByForm("Washington state")->code == "WA");
}

TEST_CASE("an empty lexicon matches nothing / not the empty string", "[patterns][fuzz]") {
  // Found by fuzz/fuzz_patterns (fuzz/regressions/patterns/): an empty
  // states.tsv or cues.tsv made extraction loop forever; an empty scope.tsv
  // made every claim national.
  for (const char* name : {"lexicon/states.tsv", "lexicon/cues.tsv", "lexicon/scope.tsv",
                           "lexicon/qualifiers.tsv", "lexicon/roles.tsv"}) {
    auto f = Files();
    f[name] = "# nothing\n";
    claimx::PatternSet p;
    REQUIRE(claimx::PatternSet::LoadFiles(f, "P", &p).ok());
    claimx::Extractor ex(p);
    auto claims = ex.Extract({"d", "In Ohio, officials said they counted 5,000 ballots.", std::nullopt});
    INFO(name);
    if (std::string(name) == "lexicon/states.tsv") continue;  // no state, no claim: it ends, that is all
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].state_code == "OH");
    CHECK_FALSE(claims[0].qualifier.has_value());
  }
}

TEST_CASE("fragments that expand exponentially are an error / not an OOM", "[patterns][fuzz]") {
  auto f = Files();
  std::string rules = "fragment F0 = ab\n";
  for (int i = 1; i <= 15; ++i) {
    const std::string prev = "{F" + std::to_string(i - 1) + "}";
    rules += "fragment F" + std::to_string(i) + " = " + prev + prev + prev + prev + "\n";
  }
  f["rules.txt"] = rules + "rule r1\n  action: claim\n  pattern: (?P<num>\\d+){F15}\n  example: 1\n  negative: x\n";
  claimx::PatternSet p;
  claimx::Status st = claimx::PatternSet::LoadFiles(f, "P", &p);
  REQUIRE_FALSE(st.ok());
  CHECK(st.message().find("P/rules.txt:") == 0);
  CHECK(st.message().find("more than 256 KiB") != std::string::npos);
}
