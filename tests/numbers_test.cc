#include <catch2/catch.hpp>

#include "builtin.h"

#include "numbers.h"
#include "patterns.h"

namespace {
const claimx::PatternSet& Set() { return BuiltinPatterns(); }
std::optional<claimx::NumberValue> Parse(const char* s) {
  const auto& P = Set().impl();
  return claimx::ParseNumber(s, claimx::NumberWords{&P.number_words, &P.number_kind});
}
}  // namespace

TEST_CASE("digit forms", "[numbers]") {
  CHECK(Parse("6,000")->value == 6000);
  CHECK(Parse("6000")->value == 6000);
  CHECK(Parse("6 000")->value == 6000);
  CHECK(Parse("6 915 283")->value == 6915283);
  CHECK(Parse("4040")->value == 4040);
}

TEST_CASE("decimals with a scale", "[numbers]") {
  CHECK(Parse("1.2 million")->value == 1200000);
  CHECK(Parse("4.99 million")->value == 4990000);
  CHECK(Parse("4.8m")->value == 4800000);
  CHECK(Parse("12K")->value == 12000);
  CHECK(Parse("2.5 billion")->value == 2500000000LL);
  CHECK(Parse("158 million")->value == 158000000);
}

TEST_CASE("a fraction without a scale is no count", "[numbers]") {
  auto v = Parse("93.3");
  REQUIRE(v);
  CHECK_FALSE(v->integral);
}

TEST_CASE("spelled numbers", "[numbers]") {
  CHECK(Parse("Five hundred eighty-two")->value == 582);
  CHECK(Parse("ten thousand")->value == 10000);
  CHECK(Parse("two million")->value == 2000000);
  CHECK(Parse("a dozen")->value == 12);
  CHECK(Parse("one hundred and twelve")->value == 112);
  CHECK(Parse("a million")->value == 1000000);
  CHECK(Parse("twenty-one thousand four hundred")->value == 21400);
  CHECK(Parse("two dozen")->value == 24);
}

TEST_CASE("not numbers", "[numbers]") {
  CHECK_FALSE(Parse("hundreds"));
  CHECK_FALSE(Parse("votes"));
  CHECK_FALSE(Parse("12 apples"));
  CHECK_FALSE(Parse("99999999999999999999999"));
}

TEST_CASE("numbers that overflow are no numbers", "[numbers][fuzz]") {
  // Found by fuzz/fuzz_numbers (fuzz/regressions/numbers/): signed overflow.
  CHECK_FALSE(Parse("0.0000000000000000001"));
  CHECK_FALSE(Parse("9223372036854775808"));
  CHECK_FALSE(Parse("twenty hundred hundred hundred hundred hundred hundred hundred hundred hundred"));
  CHECK_FALSE(Parse("ninety hundred hundred trillion nine hundred hundred hundred trillion"));
  CHECK(Parse("922337203685477580")->value == 922337203685477580LL);
  CHECK(Parse("0.000000000000000001 trillion")->value == 0);
  CHECK(Parse("two dozen thousand")->value == 24000);
}

TEST_CASE("and a half before a scale", "[numbers]") {
  CHECK(Parse("three and a half million")->value == 3500000);
  CHECK(Parse("two and a half thousand")->value == 2500);
  CHECK(Parse("four thousand five hundred and eight")->value == 4508);
}

TEST_CASE("a spoken decimal before a scale", "[numbers]") {
  REQUIRE(Parse("six point six million"));
  CHECK(Parse("six point six million")->value == 6600000);
  CHECK(Parse("one point two five billion")->value == 1250000000);
  CHECK(Parse("one thousand six hundred thirty-nine")->value == 1639);
}

TEST_CASE("fractions of a scale", "[numbers]") {
  CHECK(Parse("a quarter million")->value == 250000);
  CHECK(Parse("a quarter-million")->value == 250000);
  CHECK(Parse("half a million")->value == 500000);
  CHECK(Parse("three-quarters of a million")->value == 750000);
  CHECK(Parse("three and a half million")->value == 3500000);
  // A fraction with no scale after it is no count; a huge one overflows to none.
  CHECK_FALSE(Parse("a quarter"));
  CHECK_FALSE(Parse("nine hundred ninety-nine quadrillion quarters of a trillion"));
}
