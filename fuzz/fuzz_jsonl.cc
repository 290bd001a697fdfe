// The JSONL input reader (ParseJsonlRecord): one line -> a Document or an
// error with a message, never a crash; a record's fields arrive unchanged.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_util.h"
#include "jsonl_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  const std::string where = "in.jsonl:7";
  const claimx::Date fallback{2020, 11, 5};
  claimx::JsonlRecordResult a = claimx::ParseJsonlRecord(line, where, std::nullopt);
  claimx::JsonlRecordResult b = claimx::ParseJsonlRecord(line, where, fallback);
  FUZZ_CHECK(a.doc.has_value() == b.doc.has_value(), "the default date changed whether the record parses");
  if (!a.doc) {
    FUZZ_CHECK(a.message.rfind(where + ": ", 0) == 0 && a.reason == "malformed_record", "bad error: %s / %s",
               a.message.c_str(), a.reason.c_str());
    return 0;
  }
  FUZZ_CHECK(a.message.empty() && a.reason.empty(), "error text on success: %s", a.message.c_str());
  FUZZ_CHECK(a.doc->id == b.doc->id && a.doc->bytes == b.doc->bytes, "records differ");
  FUZZ_CHECK(claimx_fuzz::ValidOrNull(a.doc->date) && claimx_fuzz::ValidOrNull(b.doc->date), "invalid date");
  // Without "date" (or with null) the record takes the default.
  if (!a.doc->date) FUZZ_CHECK(b.doc->date == std::optional<claimx::Date>(fallback), "default date lost");
  else FUZZ_CHECK(a.doc->date == b.doc->date, "record date differs");
  // The text is the "text" string, byte for byte.
  nlohmann::json j = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
  FUZZ_CHECK(j.is_object() && j["text"].is_string() && j["text"].get<std::string>() == a.doc->bytes,
             "text differs from the record's");
  return 0;
}
