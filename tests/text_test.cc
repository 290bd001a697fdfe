#include <catch2/catch.hpp>

#include "text.h"

using claimx::Normalize;

TEST_CASE("ASCII text is copied with an identity offset map", "[text]") {
  auto t = Normalize("In Ohio, 1,234 votes.");
  CHECK(t.norm == "In Ohio, 1,234 votes.");
  for (std::size_t i = 0; i <= t.norm.size(); ++i) CHECK(t.Orig(i) == i);
  CHECK_FALSE(t.lossy);
}

TEST_CASE("no-break and thin spaces fold to a space / offsets stay on the original bytes", "[text]") {
  // "6<U+202F>915<U+00A0>283": 1 + 3 + 3 + 2 + 3 bytes.
  std::string in = "6\xE2\x80\xAF" "915\xC2\xA0" "283";
  auto t = Normalize(in);
  CHECK(t.norm == "6 915 283");
  CHECK(t.Orig(1) == 1);  // the folded space maps to the start of U+202F
  CHECK(t.Orig(2) == 4);  // '9'
  CHECK(t.Orig(5) == 7);  // the space from U+00A0
  CHECK(t.Orig(6) == 9);
  CHECK(t.Orig(t.norm.size()) == in.size());
}

TEST_CASE("dashes / minus / curly quotes and the ellipsis fold to ASCII", "[text]") {
  auto t = Normalize("5,800\xE2\x80\x93" "6,100 \xE2\x88\x92" "3 \xE2\x80\x99Ye \xE2\x80\x9Cok\xE2\x80\x9D 6,000\xE2\x80\x91plus \xE2\x80\xA6");
  CHECK(t.norm == "5,800-6,100 -3 'Ye \"ok\" 6,000-plus ...");
  CHECK(t.Orig(5) == 5);   // en dash
  CHECK(t.Orig(6) == 8);   // '6' after the 3-byte dash
}

TEST_CASE("NFKC through utf8proc keeps one-to-one offsets when it can", "[text]") {
  // Fullwidth digits U+FF11 U+FF12 become "12".
  auto t = Normalize("\xEF\xBC\x91\xEF\xBC\x92 votes");
  CHECK(t.norm == "12 votes");
  CHECK(t.Orig(0) == 0);
  CHECK(t.Orig(1) == 3);
  CHECK(t.Orig(2) == 6);
}

TEST_CASE("invalid UTF-8 becomes U+FFFD and is flagged", "[text]") {
  std::string in = "ab\xFF" "cd\xE2\x82";
  auto t = Normalize(in);
  CHECK(t.norm == "ab\xEF\xBF\xBD" "cd\xEF\xBF\xBD");
  CHECK(t.lossy);
  CHECK(t.Orig(2) == 2);
  CHECK(t.Orig(5) == 3);   // 'c'
  CHECK(t.Orig(7) == 5);   // the truncated sequence
  CHECK(t.Orig(t.norm.size()) == in.size());
}

TEST_CASE("overlong forms and surrogates are invalid", "[text]") {
  CHECK(Normalize("\xC0\xAF").lossy);
  CHECK(Normalize("\xED\xA0\x80").lossy);
  CHECK(Normalize("\xF4\x90\x80\x80").lossy);
}

TEST_CASE("a UTF-8 byte-order mark is skipped - CRLF and CR become LF", "[text]") {
  auto t = Normalize("\xEF\xBB\xBF" "a\r\nb\rc");
  CHECK(t.norm == "a\nb\nc");
  CHECK(t.Orig(0) == 3);
  CHECK(t.Orig(2) == 6);
}

TEST_CASE("evidence text folds white space and replaces invalid bytes", "[text]") {
  bool lossy = false;
  std::string in = "  In \t Ohio,\n\xC2\xA0" "12\xFF  votes ";
  CHECK(claimx::EvidenceText(in, 0, in.size(), &lossy) == "In Ohio, 12\xEF\xBF\xBD votes");
  CHECK(lossy);
}

TEST_CASE("a UTF-16 byte-order mark selects UTF-16 - offsets count UTF-16 bytes", "[text]") {
  // "Ohio 1,2" + U+2014 + "x" in UTF-16LE after FF FE.
  std::string le = "\xFF\xFE";
  for (char16_t c : std::u16string(u"Ohio 1,2\u2014x")) {
    le.push_back(static_cast<char>(c & 0xFF));
    le.push_back(static_cast<char>(c >> 8));
  }
  REQUIRE(claimx::DetectEncoding(le) == claimx::Encoding::kUtf16LE);
  auto t = Normalize(le, claimx::Encoding::kUtf16LE);
  CHECK(t.norm == "Ohio 1,2-x");
  CHECK_FALSE(t.lossy);
  CHECK(t.Orig(0) == 2);   // 'O' after the BOM
  CHECK(t.Orig(5) == 12);  // '1'
  CHECK(t.Orig(8) == 18);  // the em dash
  CHECK(t.Orig(9) == 20);  // 'x'
  CHECK(t.Orig(t.norm.size()) == le.size());
  bool lossy = false;
  CHECK(claimx::EvidenceText(le, 2, le.size(), &lossy, claimx::Encoding::kUtf16LE) == "Ohio 1,2\xE2\x80\x94x");
  CHECK_FALSE(lossy);
}

TEST_CASE("UTF-16: big-endian / lone surrogates and an odd last byte", "[text]") {
  std::string be = "\xFE\xFF";
  for (char16_t c : std::u16string(u"a")) {
    be.push_back(static_cast<char>(c >> 8));
    be.push_back(static_cast<char>(c & 0xFF));
  }
  be += std::string("\xD8\x00", 2);  // a lone lead surrogate
  be += std::string("\x00" "b", 2);
  be.push_back('\0');                    // an odd last byte
  REQUIRE(claimx::DetectEncoding(be) == claimx::Encoding::kUtf16BE);
  auto t = Normalize(be, claimx::Encoding::kUtf16BE);
  CHECK(t.norm == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
  CHECK(t.lossy);
  CHECK(t.Orig(1) == 4);  // the surrogate
  CHECK(t.Orig(4) == 6);  // 'b'
  CHECK(t.Orig(t.norm.size()) == be.size());
  CHECK(claimx::DetectEncoding("plain") == claimx::Encoding::kUtf8);
}
