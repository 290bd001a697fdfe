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

TEST_CASE("lines are paragraphs - blank lines vanish", "[segment]") {
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

TEST_CASE("no break after month abbreviations before a day / or after titles", "[segment]") {
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

TEST_CASE("sentences are cut at 4 KiB / at a space", "[segment]") {
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

TEST_CASE("hard-wrapped text: a block of lines is one paragraph - lists keep their lines", "[segment]") {
  claimx::Segmenter seg;
  const std::string wrapped =
      "LOUISVILLE, Ky. -- Kentucky employers added 2,900 nonfarm jobs in\n"
      "October 2023, but the state's unemployment rate rose for a sixth\n"
      "straight month, to 4.2%, according to figures the Kentucky Center for\n"
      "Statistics released Nov. 16.\n"
      "\n"
      "Kentucky's civilian labor force stood at 2,068,412 in October. Of those,\n"
      "1,981,540 people were employed and 86,872 were unemployed, the center\n"
      "said. The labor force participation rate slipped to 57.6% from September.\n"
      "\n"
      "The state figures by region are below:\n"
      "- Louisville: 1,200 jobs added in the month of October, the most of all\n"
      "- Lexington: 800 jobs added in the month of October, second in the state\n";
  auto paras = seg.Paragraphs(wrapped, 0);
  REQUIRE(paras.size() == 5);
  CHECK(wrapped.substr(paras[1].begin, 12) == "Kentucky's c");
  CHECK(wrapped.substr(paras[1].end - 15, 15) == "from September.");
  CHECK(wrapped[paras[3].begin] == '-');
  // Lines of a plain list or of long one-line paragraphs stay apart.
  auto lines = seg.Paragraphs("Arkansas: 4040\nColorado: 6,127\nIdaho: 2,309\nIowa: 3,179\n", 0);
  CHECK(lines.size() == 4);
}
