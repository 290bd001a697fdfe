// Small ASCII string helpers shared by the stages.
#ifndef CLAIMX_SRC_STR_UTIL_H_
#define CLAIMX_SRC_STR_UTIL_H_

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <functional>
#include <iterator>
#include <string>
#include <string_view>

namespace claimx {

// ASCII lower case (bytes >= 0x80 unchanged).
inline std::string Lower(std::string_view s) {
  // Not std::tolower: a call per byte, and claimx never sets a locale (the
  // "C" locale lowers exactly A-Z).
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  return out;
}

// Which pairs of adjacent bytes a text holds (hashed into 1024 bits): a
// word with a pair the text lacks is not in the text. Cheaper than a scan
// per word when many words are looked for in one short text.
class BytePairs {
 public:
  explicit BytePairs(std::string_view s) {
    for (std::size_t i = 1; i < s.size(); ++i) Set(Hash(s[i - 1], s[i]));
  }
  // False when `w` (two bytes or more) cannot occur in the text.
  bool MayContain(std::string_view w) const {
    for (std::size_t i = 1; i < w.size(); ++i)
      if (!Has(Hash(w[i - 1], w[i]))) return false;
    return true;
  }

 private:
  static unsigned Hash(char a, char b) {
    return (static_cast<unsigned char>(a) * 37u + static_cast<unsigned char>(b)) & 1023u;
  }
  void Set(unsigned h) { bits_[h >> 6] |= std::uint64_t{1} << (h & 63); }
  bool Has(unsigned h) const { return (bits_[h >> 6] >> (h & 63)) & 1; }
  std::uint64_t bits_[16] = {};
};

// string_view::rfind(w, from): the last occurrence of `w` in `s` that
// starts at or before `from`, else npos. libstdc++'s rfind compares `w` at
// every position; a Boyer-Moore-Horspool scan (run backwards) skips ahead
// by up to w.size() bytes, which counts on a look-back over kilobytes.
inline std::size_t RFind(std::string_view s, std::string_view w, std::size_t from = std::string_view::npos) {
  if (w.size() > s.size()) return std::string_view::npos;
  if (w.empty()) return std::min(from, s.size());
  const std::size_t end = std::min(from, s.size() - w.size()) + w.size();  // the search's last byte + 1
  const auto rb = std::make_reverse_iterator(s.begin() + static_cast<std::ptrdiff_t>(end));
  const auto it = std::search(rb, s.rend(), std::boyer_moore_horspool_searcher(w.rbegin(), w.rend()));
  if (it == s.rend()) return std::string_view::npos;
  return end - static_cast<std::size_t>(it - rb) - w.size();
}

// `s` without leading and trailing ASCII white space.
inline std::string Trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

}  // namespace claimx

#endif  // CLAIMX_SRC_STR_UTIL_H_
