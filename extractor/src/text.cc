#include "text.h"

#include <unicode/utf16.h>
#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace claimx {
namespace {

void AppendUtf8(std::int32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool IsUnicodeSpace(std::int32_t cp) {
  return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000 || cp == 0x1680;
}

// The folding table: returns the ASCII replacement of `cp` ("" to drop it),
// or nullptr when `cp` is not folded here.
const char* Fold(std::int32_t cp) {
  if (IsUnicodeSpace(cp)) return " ";
  switch (cp) {
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: case 0x00AD:
      return "";
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
      return "-";
    case 0x2026:
      return "...";
    case 0x2028: case 0x2029: case 0x0085:
      return "\n";
    default:
      return nullptr;
  }
}

void Emit(std::string_view s, std::uint32_t orig, NormText* t) { t->Append(s, orig, false); }

// Length of the leading run of bytes that normalize to themselves: ASCII,
// neither CR nor NUL. Eight bytes at a time.
std::size_t PlainAsciiRun(const char* p, std::size_t n) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  const auto has_zero = [&](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, p + i, 8);
    if ((w & kHigh) || has_zero(w) || has_zero(w ^ (kOnes * '\r'))) break;
  }
  while (i < n) {
    const auto c = static_cast<unsigned char>(p[i]);
    if (c >= 0x80 || c == '\r' || c == 0) break;
    ++i;
  }
  return i;
}

// NFKC of a run of non-ASCII, non-folded code points starting at input
// offset `base`. `starts` holds the input offset of each code point.
void NormalizeRun(std::string_view run, const std::vector<std::uint32_t>& starts, NormText* t) {
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(run.data()),
                                    static_cast<utf8proc_ssize_t>(run.size()), &out,
                                    static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                                   UTF8PROC_COMPAT));
  if (n < 0 || out == nullptr) {  // cannot happen on valid UTF-8; keep the run as is
    std::free(out);
    for (std::size_t i = 0, k = 0; i < run.size(); ++k) {
      std::int32_t cp;
      int len = DecodeUtf8(run, i, &cp);
      Emit(run.substr(i, static_cast<std::size_t>(len)), starts[k], t);
      i += static_cast<std::size_t>(len);
    }
    return;
  }
  std::string_view res(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
  // Count code points of the result: with as many as the input, map them one
  // to one; otherwise map every byte to the run's start.
  std::size_t cps = 0;
  for (char c : res) cps += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  if (cps == starts.size()) {
    std::size_t k = 0;
    for (std::size_t i = 0; i < res.size(); ++k) {
      std::int32_t cp;
      int len = DecodeUtf8(res, i, &cp);
      Emit(res.substr(i, static_cast<std::size_t>(len)), starts[k], t);
      i += static_cast<std::size_t>(len);
    }
  } else {
    Emit(res, starts.front(), t);
  }
  std::free(out);
}

}  // namespace

int DecodeUtf8(std::string_view s, std::size_t i, std::int32_t* cp) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b0 = b(i);
  if (b0 < 0x80) {
    *cp = b0;
    return 1;
  }
  int need;
  unsigned char lo = 0x80, hi = 0xBF;
  std::int32_t v;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1; v = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2; v = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3; v = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    *cp = -1;
    return 1;
  }
  std::size_t k = i + 1;
  for (int j = 0; j < need; ++j, ++k) {
    if (k >= s.size()) { *cp = -1; return static_cast<int>(k - i); }
    unsigned char c = b(k);
    if (c < lo || c > hi) { *cp = -1; return static_cast<int>(k - i); }
    lo = 0x80; hi = 0xBF;
    v = (v << 6) | (c & 0x3F);
  }
  *cp = v;
  return need + 1;
}

std::size_t NormText::Orig(std::size_t i) const {
  // The last segment starting at or before i.
  auto it = std::upper_bound(segments.begin(), segments.end(), i,
                             [](std::size_t v, const Segment& s) { return v < s.norm; });
  if (it == segments.begin()) return 0;
  --it;
  return it->orig + it->step * (i - it->norm);
}

void NormText::Append(std::string_view s, std::size_t orig, bool copied) {
  if (s.empty()) return;
  const auto at = static_cast<std::uint32_t>(norm.size());
  const auto o = static_cast<std::uint32_t>(orig);
  const bool extends = copied && !segments.empty() && segments.back().step == 1 &&
                       segments.back().orig + (at - segments.back().norm) == o;
  if (!extends) segments.push_back({at, o, static_cast<std::uint8_t>(copied || s.size() == 1 ? 1 : 0)});
  norm.append(s.data(), s.size());
}

void NormText::Finish(std::size_t input_size) {
  segments.push_back({static_cast<std::uint32_t>(norm.size()), static_cast<std::uint32_t>(input_size), 0});
}

namespace {

// One code unit of UTF-16 at byte i.
std::uint16_t Unit(std::string_view b, std::size_t i, bool le) {
  const auto lo = static_cast<unsigned char>(b[le ? i : i + 1]), hi = static_cast<unsigned char>(b[le ? i + 1 : i]);
  return static_cast<std::uint16_t>(lo | (hi << 8));
}

// UTF-16 (after the BOM) -> UTF-8, with the input byte offset of every
// UTF-8 byte (plus one for the end).
std::string Utf16ToUtf8(std::string_view b, bool le, std::vector<std::uint32_t>* off, bool* lossy) {
  std::string out;
  out.reserve(b.size() / 2);
  std::size_t i = 2;
  while (i < b.size()) {
    const auto at = static_cast<std::uint32_t>(i);
    std::int32_t cp;
    if (i + 1 >= b.size()) {  // an odd last byte
      cp = 0xFFFD;
      *lossy = true;
      i = b.size();
    } else {
      const std::uint16_t c = Unit(b, i, le);
      i += 2;
      if (U16_IS_SINGLE(c)) {
        cp = c;
      } else if (U16_IS_LEAD(c) && i + 1 < b.size() && U16_IS_TRAIL(Unit(b, i, le))) {
        cp = static_cast<std::int32_t>(U16_GET_SUPPLEMENTARY(c, Unit(b, i, le)));
        i += 2;
      } else {  // a lone surrogate
        cp = 0xFFFD;
        *lossy = true;
      }
    }
    const std::size_t before = out.size();
    AppendUtf8(cp, &out);
    off->insert(off->end(), out.size() - before, at);
  }
  off->push_back(static_cast<std::uint32_t>(b.size()));
  return out;
}

NormText NormalizeUtf8(std::string_view bytes) {
  NormText t;
  t.norm.reserve(bytes.size());
  std::size_t i = 0;
  if (bytes.size() >= 3 && std::memcmp(bytes.data(), "\xEF\xBB\xBF", 3) == 0) i = 3;
  std::string run;
  std::vector<std::uint32_t> starts;
  auto flush = [&] {
    if (!run.empty()) NormalizeRun(run, starts, &t);
    run.clear();
    starts.clear();
  };
  while (i < bytes.size()) {
    if (const std::size_t n = PlainAsciiRun(bytes.data() + i, bytes.size() - i); n > 0) {
      flush();
      t.Append(bytes.substr(i, n), i, true);
      i += n;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {  // CR or NUL
      flush();
      const auto at = static_cast<std::uint32_t>(i);
      if (c == '\r') {
        Emit("\n", at, &t);
        i += (i + 1 < bytes.size() && bytes[i + 1] == '\n') ? 2 : 1;
      } else {
        t.Append(" ", at, true);
        ++i;
      }
      continue;
    }
    std::int32_t cp;
    int len = DecodeUtf8(bytes, i, &cp);
    const auto at = static_cast<std::uint32_t>(i);
    if (cp < 0) {
      flush();
      Emit("\xEF\xBF\xBD", at, &t);
      t.lossy = true;
    } else if (const char* f = Fold(cp)) {
      flush();
      Emit(f, at, &t);
    } else {
      run.append(bytes.data() + i, static_cast<std::size_t>(len));
      starts.push_back(at);
    }
    i += static_cast<std::size_t>(len);
  }
  flush();
  t.Finish(bytes.size());
  return t;
}

}  // namespace

Encoding DetectEncoding(std::string_view bytes) {
  if (bytes.size() >= 2 && bytes[0] == '\xFF' && bytes[1] == '\xFE') return Encoding::kUtf16LE;
  if (bytes.size() >= 2 && bytes[0] == '\xFE' && bytes[1] == '\xFF') return Encoding::kUtf16BE;
  return Encoding::kUtf8;
}

NormText Normalize(std::string_view bytes, Encoding enc) {
  if (enc == Encoding::kUtf8) return NormalizeUtf8(bytes);
  // Decode to UTF-8, normalise that, then map its offsets to UTF-16 bytes:
  // a copied (ASCII) run stays one segment with two input bytes per byte.
  std::vector<std::uint32_t> off;
  bool lossy = false;
  const std::string u8 = Utf16ToUtf8(bytes, enc == Encoding::kUtf16LE, &off, &lossy);
  NormText t = NormalizeUtf8(u8);
  for (NormText::Segment& s : t.segments) {
    s.orig = off[s.orig];
    if (s.step == 1) s.step = 2;
  }
  t.lossy |= lossy;
  return t;
}

std::string EvidenceText(std::string_view bytes, std::size_t begin, std::size_t end, bool* lossy, Encoding enc) {
  std::string out;
  out.reserve(end - begin);
  bool space = false;
  const bool utf16 = enc != Encoding::kUtf8, le = enc == Encoding::kUtf16LE;
  for (std::size_t i = begin; i < end;) {
    std::int32_t cp;
    int len;
    if (!utf16) {
      len = DecodeUtf8(bytes.substr(0, end), i, &cp);
    } else if (i + 1 >= end) {
      cp = -1;
      len = 1;
    } else {
      const std::uint16_t c = Unit(bytes, i, le);
      len = 2;
      if (U16_IS_SINGLE(c)) {
        cp = c;
      } else if (U16_IS_LEAD(c) && i + 3 < end && U16_IS_TRAIL(Unit(bytes, i + 2, le))) {
        cp = static_cast<std::int32_t>(U16_GET_SUPPLEMENTARY(c, Unit(bytes, i + 2, le)));
        len = 4;
      } else {
        cp = -1;
      }
    }
    bool ws = cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f' ||
              cp == 0x85 || cp == 0x2028 || cp == 0x2029 || IsUnicodeSpace(cp);
    if (ws) {
      space = true;
    } else {
      if (space && !out.empty()) out.push_back(' ');
      space = false;
      if (cp < 0) {
        out.append("\xEF\xBF\xBD");
        if (lossy) *lossy = true;
      } else if (cp == 0) {
        out.append("\xEF\xBF\xBD");
      } else {
        AppendUtf8(cp, &out);
      }
    }
    i += static_cast<std::size_t>(len);
  }
  return out;
}

}  // namespace claimx
