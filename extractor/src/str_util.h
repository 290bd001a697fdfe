// Small ASCII string helpers shared by the stages.
#ifndef CLAIMX_SRC_STR_UTIL_H_
#define CLAIMX_SRC_STR_UTIL_H_

#include <cctype>
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

// `s` without leading and trailing ASCII white space.
inline std::string Trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

}  // namespace claimx

#endif  // CLAIMX_SRC_STR_UTIL_H_
