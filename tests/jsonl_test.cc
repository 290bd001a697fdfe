#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "claimx/claimx.h"

TEST_CASE("records have every field / in the fixed order", "[jsonl]") {
  claimx::Claim c;
  c.doc = "a\"b.txt";
  c.state = "Colorado";
  c.state_code = "CO";
  c.count = 6000;
  c.qualifier = "nearly";
  c.bound = "upper";
  c.span = {0, 10};
  c.count_span = {3, 8};
  c.text = "tab\there \xFF";
  c.rule = "num_metric";
  std::string line = claimx::ToJsonLine(c);
  REQUIRE(line.back() == '\n');
  auto j = nlohmann::json::parse(line);
  CHECK(j["schema_version"] == 1);
  CHECK(j["doc"] == "a\"b.txt");
  CHECK(j["doc_date"].is_null());
  CHECK(j["count"] == 6000);
  CHECK_FALSE(j.contains("count_max"));
  CHECK(j["text"] == "tab\there \xEF\xBF\xBD");
  CHECK(line.find("{\"schema_version\":1,\"doc\":") == 0);
  CHECK(line.find("\"count\":6000,\"qualifier\":\"nearly\",\"bound\":\"upper\",\"date\":null") != std::string::npos);
}

TEST_CASE("control characters are escaped", "[jsonl]") {
  std::string out;
  claimx::AppendJsonString(std::string("a\x01" "b\n", 4), &out);
  CHECK(out == "\"a\\u0001b\\n\"");
}
