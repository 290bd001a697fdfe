// claimx batch runs: walk inputs, extract in parallel, write in order.
#ifndef CLAIMX_BATCH_H_
#define CLAIMX_BATCH_H_

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimx/claimx.h"

namespace claimx {

struct BatchOptions {
  // Files, folders (walked recursively for *.txt in sorted path order) and
  // "-" for standard input, processed in this order.
  std::vector<std::string> inputs;
  enum class Format { kText, kJsonl };
  Format format = Format::kText;
  // Date of documents that carry none of their own.
  std::optional<Date> default_date;
  // Worker threads (>= 1). Output is byte-identical for any value.
  int jobs = 1;
  // Documents (and JSONL files) larger than this are refused, counted as
  // failed ("too_large"), without being read whole: memory stays bounded.
  std::uint64_t max_doc_bytes = std::uint64_t{32} << 20;
};

// What happened to every input: each path or record lands in exactly one of
// documents, skipped or failed.
struct BatchStats {
  std::uint64_t documents = 0;  // documents extracted
  std::uint64_t claims = 0;
  std::uint64_t bytes = 0;      // input bytes of extracted documents
  std::map<std::string, std::uint64_t> skipped;  // reason -> count
  std::map<std::string, std::uint64_t> failed;   // reason -> count
  double seconds = 0;                           // wall time of the run
  std::uint64_t skipped_total() const;
  std::uint64_t failed_total() const;
};

// Receives output text in order. Returns false when it cannot write; the
// batch then stops with a fatal status.
using OutputFn = std::function<bool(std::string_view)>;
// Receives one message about one input ("path: reason"), for standard error.
using MessageFn = std::function<void(const std::string&)>;

// Runs the batch. Per-input problems go to `message` and `stats` and the
// batch carries on; the returned status is not ok only for fatal problems
// (the output cannot be written).
Status RunBatch(const PatternSet& patterns, const BatchOptions& options,
                const OutputFn& output, const MessageFn& message,
                BatchStats* stats);

}  // namespace claimx

#endif  // CLAIMX_BATCH_H_
