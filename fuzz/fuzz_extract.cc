// Whole-document extraction from raw bytes: never crashes, every claim's
// JSON line is valid JSON and its spans lie within the input.
#include <cstddef>
#include <cstdint>

#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const claimx::PatternSet& set = claimx_fuzz::Builtin();
  claimx::Extractor ex(set);
  claimx::Document doc{"fuzz.txt", std::string(reinterpret_cast<const char*>(data), size), std::nullopt};
  for (const claimx::Claim& c : ex.Extract(doc)) claimx_fuzz::CheckClaim(c, size);
  return 0;
}
