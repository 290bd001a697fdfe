// The JSONL sink: one flat record per claim, keys in a fixed order.
#include <cstdio>

#include "claimx/claimx.h"
#include "text.h"

namespace claimx {

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  for (std::size_t i = 0; i < s.size();) {
    // A run of printable ASCII but '"' and '\\' goes out as it is, at once.
    std::size_t run = i;
    for (unsigned char r; run < s.size() && (r = static_cast<unsigned char>(s[run])) >= 0x20 && r < 0x7F &&
                          r != '"' && r != '\\';)
      ++run;
    if (run > i) {
      out->append(s.data() + i, run - i);
      i = run;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '"': out->append("\\\""); break;
        case '\\': out->append("\\\\"); break;
        case '\n': out->append("\\n"); break;
        case '\r': out->append("\\r"); break;
        case '\t': out->append("\\t"); break;
        case '\b': out->append("\\b"); break;
        case '\f': out->append("\\f"); break;
        default:
          if (c < 0x20 || c == 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out->append(buf);
          } else {
            out->push_back(static_cast<char>(c));
          }
      }
      ++i;
      continue;
    }
    std::int32_t cp;
    int len = DecodeUtf8(s, i, &cp);
    if (cp < 0) out->append("\xEF\xBF\xBD");
    else out->append(s.data() + i, static_cast<std::size_t>(len));
    i += static_cast<std::size_t>(len);
  }
  out->push_back('"');
}

namespace {

void Key(const char* k, std::string* out) {
  out->push_back(',');
  out->push_back('"');
  out->append(k);
  out->append("\":");
}

void OptString(const std::optional<std::string>& v, std::string* out) {
  if (v) AppendJsonString(*v, out);
  else out->append("null");
}

void OptDate(const std::optional<Date>& v, std::string* out) {
  if (v) AppendJsonString(v->Iso(), out);
  else out->append("null");
}

void SpanOut(const Span& s, std::string* out) {
  out->push_back('[');
  out->append(std::to_string(s.begin));
  out->push_back(',');
  out->append(std::to_string(s.end));
  out->push_back(']');
}

}  // namespace

std::string ToJsonLine(const Claim& c) {
  std::string out;
  out.reserve(256 + c.text.size());
  out.append("{\"schema_version\":1");
  Key("doc", &out); AppendJsonString(c.doc, &out);
  Key("doc_date", &out); OptDate(c.doc_date, &out);
  Key("state", &out); AppendJsonString(c.state, &out);
  Key("state_code", &out); AppendJsonString(c.state_code, &out);
  Key("count", &out); out.append(std::to_string(c.count));
  if (c.count_max) { Key("count_max", &out); out.append(std::to_string(*c.count_max)); }
  Key("qualifier", &out); OptString(c.qualifier, &out);
  Key("bound", &out); AppendJsonString(c.bound, &out);
  Key("date", &out); OptDate(c.date, &out);
  Key("date_basis", &out); OptString(c.date_basis, &out);
  Key("source", &out); OptString(c.source, &out);
  Key("subject", &out); OptString(c.subject, &out);
  Key("metric", &out); OptString(c.metric, &out);
  Key("span", &out); SpanOut(c.span, &out);
  Key("count_span", &out); SpanOut(c.count_span, &out);
  Key("text", &out); AppendJsonString(c.text, &out);
  Key("rule", &out); AppendJsonString(c.rule, &out);
  if (c.lossy) { Key("lossy", &out); out.append("true"); }
  out.append("}\n");
  return out;
}

const char* Version() { return CLAIMX_VERSION; }

}  // namespace claimx
