// ParseNumber with the built-in number words: never crashes (no signed
// overflow under UBSan), never returns a negative count.
#include <cstddef>
#include <cstdint>

#include "fuzz_util.h"
#include "numbers.h"
#include "patterns.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto& P = claimx_fuzz::Builtin().impl();
  const claimx::NumberWords words{&P.number_words, &P.number_kind};
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::optional<claimx::NumberValue> v = claimx::ParseNumber(text, words);
  if (v) FUZZ_CHECK(v->value >= 0, "ParseNumber(\"%s\") = %lld", text.c_str(), static_cast<long long>(v->value));
  return 0;
}
