#include "jsonl_input.h"

#include <nlohmann/json.hpp>

namespace claimx {

JsonlRecordResult ParseJsonlRecord(std::string_view line, const std::string& where,
                                   std::optional<Date> default_date) {
  JsonlRecordResult r;
  auto fail = [&](const std::string& what) {
    r.message = where + ": " + what;
    r.reason = "malformed_record";
    return r;
  };
  nlohmann::json j = nlohmann::json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return fail("not a JSON object");
  auto t = j.find("text");
  if (t == j.end() || !t->is_string()) return fail("record has no string \"text\"");
  Document d;
  d.id = where;
  auto id = j.find("id");
  if (id != j.end() && id->is_string()) d.id = id->get<std::string>();
  else if (id != j.end() && id->is_number_integer()) d.id = std::to_string(id->get<long long>());
  d.date = default_date;
  auto date = j.find("date");
  if (date != j.end() && !date->is_null()) {
    std::optional<Date> dd = date->is_string() ? Date::Parse(date->get<std::string>()) : std::nullopt;
    if (!dd) return fail("\"date\" is not YYYY-MM-DD");
    d.date = dd;
  }
  d.bytes = t->get<std::string>();
  d.detect_utf16 = false;  // a JSON string is UTF-8
  r.doc = std::move(d);
  return r;
}

}  // namespace claimx
