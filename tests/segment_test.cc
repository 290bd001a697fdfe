#include <catch2/catch.hpp>

#include <string>

#include "segment.h"

namespace {
std::vector<std::string> Sentences(const std::string& text) {
  claimx::Segmenter seg;
  std::vector<std::string> out;
  for (const auto& p : seg.Split(text, 0))
    for (const auto& s : p.sentences) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}
}  // namespace

TEST_CASE("lines are paragraphs; blank lines vanish", "[segment]") {
  claimx::Segmenter seg;
  auto paras = seg.Split("Arkansas: 4040\n\n  Colorado: 6,127  \n", 0);
  REQUIRE(paras.size() == 2);
  CHECK(paras[1].sentences.size() == 1);
}

TEST_CASE("sentences split with ICU", "[segment]") {
  auto s = Sentences("The rapper came from Tennessee. He received 10,188 votes.");
  REQUIRE(s.size() == 2);
  CHECK(s[1] == "He received 10,188 votes.");
}

TEST_CASE("no break after month abbreviations before a day, or after titles", "[segment]") {
  CHECK(Sentences("It was certified on Nov. 23 by the board.").size() == 1);
  CHECK(Sentences("Gov. Ron DeSantis said so. Then he left.").size() == 2);
}

TEST_CASE("no break after a state abbreviation inside a sentence", "[segment]") {
  CHECK(Sentences("Kansas City, Mo., logged 2,300 provisional ballots.").size() == 1);
  CHECK(Sentences("Georgia had counted 4.99 million ballots by 10 p.m. Wednesday, up from 4.8m.").size() == 1);
}

TEST_CASE("a dotted abbreviation before a capitalised name that goes on continues the sentence", "[segment]") {
  CHECK(Sentences("Flu killed 39, the N.C. Department of Health said.").size() == 1);
  CHECK(Sentences("They met in Washington, D.C. Police said 5,000 came.").size() == 2);
  CHECK(Sentences("He moved to Raleigh, N.C. State officials counted 4,000 votes.").size() == 2);
  CHECK(Sentences("He moved to Raleigh, N.C. The count went on.").size() == 2);
  CHECK(Sentences("Polls closed at 7:30 p.m. Decision Desk HQ called it.").size() == 2);
}

TEST_CASE("sentences are cut at 4 KiB, at a space", "[segment]") {
  std::string word = "abcdefg ";
  std::string text;
  while (text.size() < 3 * claimx::Segmenter::kMaxSentenceBytes) text += word;
  auto s = Sentences(text);
  REQUIRE(s.size() >= 3);
  for (const auto& x : s) {
    CHECK(x.size() <= claimx::Segmenter::kMaxSentenceBytes);
    CHECK(x.back() != ' ');
  }
}
