#include "numbers.h"

#include "str_util.h"

#include <cctype>
#include <limits>
#include <vector>

namespace claimx {
namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max() / 10;

std::optional<NumberValue> ParseWords(std::string_view text, const NumberWords& words) {
  std::vector<std::string> toks;
  std::string cur;
  for (char c : text) {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      cur.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else if (!cur.empty()) {
      toks.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) toks.push_back(cur);
  std::int64_t total = 0, current = 0;
  bool any = false, half = false;
  // "a quarter million", "half a million", "three quarters of a million":
  // a fraction of the scale that follows.
  std::int64_t frac_num = 0, frac_den = 1;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const std::string& w = toks[i];
    if (w == "and") continue;
    if ((w == "quarter" || w == "quarters" || (w == "half" && current == 0) || w == "halves") && total == 0) {
      frac_num = current ? current : 1;
      frac_den = w[0] == 'q' ? 4 : 2;
      current = 0;
      continue;
    }
    if (w == "of" && frac_den > 1) continue;
    // "three and a half million": half the next scale more.
    if (w == "half" && i + 1 < toks.size() && current > 0) {
      half = true;
      continue;
    }
    // "six point six million": decimal digits, then the scale.
    if (w == "point" && current > 0) {
      std::int64_t num = 0, den = 1;
      std::size_t k = i + 1;
      for (; k < toks.size() && den < 1000; ++k) {
        const auto d = words.value->find(toks[k]);
        if (d == words.value->end() || words.kind->at(toks[k]) != "unit" || d->second > 9) break;
        num = num * 10 + d->second;
        den *= 10;
      }
      if (k == i + 1 || k >= toks.size() || words.kind->count(toks[k]) == 0 || words.kind->at(toks[k]) != "scale")
        return std::nullopt;
      const std::int64_t scale = words.value->at(toks[k]);
      std::int64_t add = 0;
      if (__builtin_mul_overflow(current, scale, &add) || __builtin_add_overflow(add, num * (scale / den), &add) ||
          __builtin_add_overflow(total, add, &total))
        return std::nullopt;
      current = 0;
      any = true;
      i = k;
      continue;
    }
    if (w == "a") {
      current = current ? current : 0;
      continue;  // "a dozen", "a million": the next word carries the value
    }
    auto v = words.value->find(w);
    if (v == words.value->end()) return std::nullopt;
    const std::string& k = words.kind->at(w);
    any = true;
    // Overflow (also with a custom lexicon's values) means no number.
    if (w == "dozen") {
      if (__builtin_mul_overflow(current ? current : 1, std::int64_t{12}, &current)) return std::nullopt;
    } else if (k == "unit" || k == "ten") {
      if (__builtin_add_overflow(current, v->second, &current)) return std::nullopt;
    } else if (k == "hundred") {
      if (__builtin_mul_overflow(current ? current : 1, std::int64_t{100}, &current)) return std::nullopt;
    } else {  // scale
      std::int64_t base = current ? current : 1, add = 0;
      if (frac_den > 1) {
        if (__builtin_mul_overflow(v->second / frac_den, frac_num, &add) || __builtin_add_overflow(total, add, &total))
          return std::nullopt;
        frac_num = 0;
        frac_den = 1;
        current = 0;
        half = false;
        continue;
      }
      if (__builtin_mul_overflow(base, v->second, &add) || __builtin_add_overflow(add, half ? v->second / 2 : 0, &add) ||
          __builtin_add_overflow(total, add, &total))
        return std::nullopt;
      current = 0;
      half = false;
    }
    if (total > kMax || current > kMax) return std::nullopt;
  }
  if (!any || frac_den > 1) return std::nullopt;
  return NumberValue{total + current, true, true};
}

}  // namespace

std::optional<NumberValue> ParseNumber(std::string_view text, const NumberWords& words) {
  std::size_t i = 0;
  while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  if (i >= text.size()) return std::nullopt;
  if (!std::isdigit(static_cast<unsigned char>(text[i]))) return ParseWords(text.substr(i), words);

  // Digits with ',' or ' ' grouping, an optional fraction, an optional scale.
  std::int64_t mant = 0;
  int frac_digits = 0;
  bool in_frac = false;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      if (mant > kMax || mant * 10 > std::numeric_limits<std::int64_t>::max() - (c - '0')) return std::nullopt;
      mant = mant * 10 + (c - '0');
      if (in_frac && ++frac_digits > 18) return std::nullopt;  // 10^19 overflows the divisor
    } else if ((c == ',' || c == ' ') && !in_frac && i + 1 < text.size() &&
               std::isdigit(static_cast<unsigned char>(text[i + 1]))) {
      continue;
    } else if (c == '.' && !in_frac && i + 1 < text.size() &&
               std::isdigit(static_cast<unsigned char>(text[i + 1]))) {
      in_frac = true;
    } else {
      break;
    }
  }
  std::string rest = Lower(text.substr(i));
  std::size_t b = rest.find_first_not_of(' ');
  rest = b == std::string::npos ? "" : rest.substr(b);
  std::int64_t scale = 1;
  if (rest.empty()) scale = 1;
  else if (rest == "thousand" || rest == "k") scale = 1000;
  else if (rest == "million" || rest == "m" || rest == "mn") scale = 1000000;
  else if (rest == "billion" || rest == "b" || rest == "bn") scale = 1000000000;
  else if (rest == "trillion") scale = 1000000000000;
  else return std::nullopt;
  std::int64_t div = 1;
  for (int k = 0; k < frac_digits; ++k) div *= 10;
  if (scale == 1) {
    return NumberValue{frac_digits ? mant / div : mant, frac_digits == 0, false};
  }
  if (mant > std::numeric_limits<std::int64_t>::max() / scale) return std::nullopt;
  std::int64_t v = mant * scale;
  bool integral = v % div == 0;
  return NumberValue{v / div, integral, false};
}

}  // namespace claimx
