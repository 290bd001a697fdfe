// The pattern-file loader: PatternSet::LoadFiles with the built-in files,
// one of them replaced by the input. It returns an error Status or succeeds,
// never crashes or hangs; a set that loads runs its self-test and extracts.
//
// Input: a first byte '1'..'9' replaces that lexicon (in the order below)
// with the rest of the input; anything else is the whole rules.txt.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "fuzz_util.h"
#include "patterns.h"

namespace {
const char* const kLexicons[] = {"lexicon/states.tsv",  "lexicon/qualifiers.tsv", "lexicon/numbers.tsv",
                                 "lexicon/metrics.tsv", "lexicon/sources.tsv",    "lexicon/roles.tsv",
                                 "lexicon/nicknames.tsv", "lexicon/cues.tsv",     "lexicon/scope.tsv"};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::map<std::string, std::string> builtin = claimx::EmbeddedPatternFiles();
  std::map<std::string, std::string> files = builtin;
  const std::string in(reinterpret_cast<const char*>(data), size);
  if (size > 0 && data[0] >= '1' && data[0] <= '9') {
    const char* name = kLexicons[data[0] - '1'];
    FUZZ_CHECK(files.count(name), "no built-in %s", name);
    files[name] = in.substr(1);
  } else {
    files["rules.txt"] = in;
  }
  claimx::PatternSet set;
  claimx::Status st = claimx::PatternSet::LoadFiles(files, "fuzz", &set);
  if (!st.ok()) {
    FUZZ_CHECK(!st.message().empty(), "error status without a message");
    return 0;
  }
  FUZZ_CHECK(set.rule_count() > 0, "loaded a set without rules");
  std::size_t checked = 0;
  (void)set.SelfTest(&checked);
  claimx::Extractor ex(set);
  const std::string text =
      "date 2020-11-05 AUSTIN, Texas (AP) - Texas reported more than 10,865 new cases on Tuesday, "
      "the state health department said.\n\nIn Ohio, about 1.2 million ballots were cast.\n";
  for (const claimx::Claim& c : ex.Extract(claimx::Document{"fuzz.txt", text, std::nullopt}))
    claimx_fuzz::CheckClaim(c, text.size());
  return 0;
}
