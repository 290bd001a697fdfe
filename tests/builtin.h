// The built-in pattern set, loaded once for all unit tests.
#ifndef CLAIMX_TESTS_BUILTIN_H_
#define CLAIMX_TESTS_BUILTIN_H_

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "claimx/claimx.h"

inline const claimx::PatternSet& BuiltinPatterns() {
  static claimx::PatternSet s = [] {
    claimx::PatternSet p;
    REQUIRE(claimx::PatternSet::LoadBuiltin(&p).ok());
    return p;
  }();
  return s;
}

// Extraction of one text with the built-in patterns (article date Friday
// 2020-11-06 unless given), for the end-to-end test suites.
inline std::vector<claimx::Claim> Run(const std::string& text, const char* date = "2020-11-06") {
  claimx::Extractor ex(BuiltinPatterns());
  claimx::Document d{"t", text, date ? claimx::Date::Parse(date) : std::nullopt};
  return ex.Extract(d);
}

// The single claim of a text (a test failure when there is not exactly one).
inline claimx::Claim One(const std::string& text, const char* date = "2020-11-06") {
  auto v = Run(text, date);
  INFO(text);
  REQUIRE(v.size() == 1);
  return v[0];
}

inline std::string Opt(const std::optional<std::string>& s) { return s ? *s : "<null>"; }

inline std::string Iso(const std::optional<claimx::Date>& d) { return d ? d->Iso() : "<null>"; }

#endif  // CLAIMX_TESTS_BUILTIN_H_
