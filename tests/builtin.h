// The built-in pattern set, loaded once for all unit tests.
#ifndef CLAIMX_TESTS_BUILTIN_H_
#define CLAIMX_TESTS_BUILTIN_H_

#include <catch2/catch.hpp>

#include "claimx/claimx.h"

inline const claimx::PatternSet& BuiltinPatterns() {
  static claimx::PatternSet s = [] {
    claimx::PatternSet p;
    REQUIRE(claimx::PatternSet::LoadBuiltin(&p).ok());
    return p;
  }();
  return s;
}

#endif  // CLAIMX_TESTS_BUILTIN_H_
