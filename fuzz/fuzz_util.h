// Shared by the fuzz targets: the built-in pattern set (loaded once) and a
// check that aborts (so libFuzzer and the replay driver report the input).
#ifndef CLAIMX_FUZZ_FUZZ_UTIL_H_
#define CLAIMX_FUZZ_FUZZ_UTIL_H_

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "claimx/claimx.h"

#define FUZZ_CHECK(cond, ...)                                                         \
  do {                                                                                \
    if (!(cond)) {                                                                    \
      std::fprintf(stderr, "%s:%d: FUZZ_CHECK(%s) failed: ", __FILE__, __LINE__, #cond); \
      std::fprintf(stderr, __VA_ARGS__);                                              \
      std::fputc('\n', stderr);                                                       \
      std::abort();                                                                   \
    }                                                                                 \
  } while (0)

namespace claimx_fuzz {

// True when `id` is listed in $CLAIMX_FUZZ_IGNORE (comma-separated): a known
// finding reported for code the fuzzers must not fix, so that a long run can
// go on past it (tools/fuzz.sh passes the variable through). Never set for
// the replay tests.
inline bool Ignored(const char* id) {
  const char* env = std::getenv("CLAIMX_FUZZ_IGNORE");
  if (env == nullptr) return false;
  const std::string list = std::string(",") + env + ",";
  return list.find(std::string(",") + id + ",") != std::string::npos;
}

// The built-in pattern set; never destroyed (no work at exit).
inline const claimx::PatternSet& Builtin() {
  static const claimx::PatternSet* set = [] {
    auto* p = new claimx::PatternSet;
    claimx::Status st = claimx::PatternSet::LoadBuiltin(p);
    FUZZ_CHECK(st.ok(), "LoadBuiltin: %s", st.message().c_str());
    return p;
  }();
  return *set;
}

// Checks one claim of a document of `size` bytes: its JSON line parses to an
// object, its spans lie in the document, count_span in span, its dates are
// real calendar days.
inline void CheckClaim(const claimx::Claim& c, std::size_t size) {
  const std::string line = claimx::ToJsonLine(c);
  FUZZ_CHECK(!line.empty() && line.back() == '\n', "JSON line does not end in a newline");
  FUZZ_CHECK(line.find('\n') == line.size() - 1, "newline inside the JSON line: %s", line.c_str());
  nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  FUZZ_CHECK(!j.is_discarded() && j.is_object(), "invalid JSON line: %s", line.c_str());
  FUZZ_CHECK(c.span.begin <= c.span.end && c.span.end <= size, "span [%zu,%zu) outside [0,%zu): %s",
             c.span.begin, c.span.end, size, line.c_str());
  FUZZ_CHECK(c.count_span.begin <= c.count_span.end && c.count_span.end <= size,
             "count_span [%zu,%zu) outside [0,%zu): %s", c.count_span.begin, c.count_span.end, size,
             line.c_str());
  FUZZ_CHECK(c.span.begin <= c.count_span.begin && c.count_span.end <= c.span.end,
             "count_span [%zu,%zu) outside span [%zu,%zu): %s", c.count_span.begin, c.count_span.end,
             c.span.begin, c.span.end, line.c_str());
}

// True when `d` is nullopt or a real calendar day whose ISO form parses back.
inline bool ValidOrNull(const std::optional<claimx::Date>& d) {
  if (!d) return true;
  auto back = claimx::Date::Parse(d->Iso());
  return back && *back == *d;
}

}  // namespace claimx_fuzz

#endif  // CLAIMX_FUZZ_FUZZ_UTIL_H_
