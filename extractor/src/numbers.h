// Number parsing: "6,000", "6 000", "1.2 million", "4.8m", "12K",
// "Five hundred eighty-two", "a dozen".
#ifndef CLAIMX_SRC_NUMBERS_H_
#define CLAIMX_SRC_NUMBERS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace claimx {

struct NumberValue {
  std::int64_t value = 0;
  bool integral = true;  // false for a fraction with no scale ("93.3")
  bool spelled = false;  // written in words
};

// Number words: lower-case word -> (value, kind: unit|ten|hundred|scale).
struct NumberWords {
  const std::unordered_map<std::string, std::int64_t>* value;
  const std::unordered_map<std::string, std::string>* kind;
};

// Parses the number as written (as matched by the NUM fragment). nullopt
// when it is not a number or overflows.
std::optional<NumberValue> ParseNumber(std::string_view text, const NumberWords& words);

}  // namespace claimx

#endif  // CLAIMX_SRC_NUMBERS_H_
