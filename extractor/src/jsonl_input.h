// The JSONL input reader: one line of a .jsonl input file -> one Document.
#ifndef CLAIMX_SRC_JSONL_INPUT_H_
#define CLAIMX_SRC_JSONL_INPUT_H_

#include <optional>
#include <string>
#include <string_view>

#include "claimx/claimx.h"

namespace claimx {

// A parsed record: `doc` on success; otherwise `message` ("where: reason")
// and `reason` (the failure kind counted in BatchStats, "malformed_record").
struct JsonlRecordResult {
  std::optional<Document> doc;
  std::string message;
  std::string reason;
};

// Parses one JSONL record {"text": ..., "id": ..., "date": ...}. `where`
// ("file:line") names the record in messages and is the id when the record
// has none; `default_date` is the date of a record without "date" (or null).
JsonlRecordResult ParseJsonlRecord(std::string_view line, const std::string& where,
                                   std::optional<Date> default_date);

}  // namespace claimx

#endif  // CLAIMX_SRC_JSONL_INPUT_H_
