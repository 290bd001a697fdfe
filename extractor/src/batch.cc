// Batch runs: read (serial, in order) -> extract (parallel) -> write (serial,
// in order), with oneTBB's parallel_pipeline.
#include "claimx/batch.h"

#include <oneapi/tbb/enumerable_thread_specific.h>
#include <oneapi/tbb/global_control.h>
#include <oneapi/tbb/parallel_pipeline.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "jsonl_input.h"

namespace claimx {
namespace fs = std::filesystem;

std::uint64_t BatchStats::skipped_total() const {
  std::uint64_t n = 0;
  for (const auto& [k, v] : skipped) n += v;
  return n;
}
std::uint64_t BatchStats::failed_total() const {
  std::uint64_t n = 0;
  for (const auto& [k, v] : failed) n += v;
  return n;
}

namespace {

// Largest document claimx maps byte for byte (offsets are 32-bit).
constexpr std::uint64_t kMaxDocBytes = 0xFFFFFFFEull;

// One input, found by the walk.
struct Input {
  std::string id;    // document id
  std::string path;  // to open; "-" for stdin
  bool walked = false;
  std::string error;  // set when the walk already knows it cannot be read
  std::string error_kind;
};

// One unit of work through the pipeline.
struct Work {
  Document doc;
  bool extract = false;
  std::string message;       // for stderr
  std::string skip_reason;   // counted as skipped
  std::string fail_reason;   // counted as failed
  std::string output;        // JSONL
  std::uint64_t claims = 0;
};

bool HasExt(const fs::path& p, const std::string& ext) { return p.extension().string() == ext; }

void Walk(const fs::path& root, const fs::path& dir, const std::string& ext, std::vector<Input>* out) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    Input in;
    in.id = fs::relative(dir, root, ec).generic_string();
    in.path = dir.string();
    in.error = dir.string() + ": cannot read directory: " + std::error_code(errno ? errno : EACCES, std::generic_category()).message();
    in.error_kind = "unreadable";
    out->push_back(in);
    return;
  }
  std::vector<fs::directory_entry> entries;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    entries.push_back(*it);
  }
  for (const auto& e : entries) {
    std::error_code sec;
    fs::file_status ls = e.symlink_status(sec);
    const fs::path& p = e.path();
    if (fs::is_directory(ls)) {
      Walk(root, p, ext, out);
      continue;
    }
    if (!HasExt(p, ext)) continue;
    Input in;
    std::error_code rec;
    in.id = p.lexically_relative(root).generic_string();
    in.path = p.string();
    in.walked = true;
    if (fs::is_symlink(ls)) {
      fs::file_status ts = fs::status(p, rec);
      if (rec || !fs::exists(ts)) {
        in.error = p.string() + ": dangling symbolic link";
        in.error_kind = "unreadable";
      } else if (fs::is_directory(ts)) {
        continue;  // links to folders are not followed (no loops)
      } else if (!fs::is_regular_file(ts)) {
        in.error = p.string() + ": not a regular file";
        in.error_kind = "not_regular";
      }
    } else if (!fs::is_regular_file(ls)) {
      in.error = p.string() + ": not a regular file";
      in.error_kind = "not_regular";
    }
    out->push_back(in);
  }
}

std::vector<Input> Expand(const BatchOptions& o) {
  std::vector<Input> all;
  const std::string ext = o.format == BatchOptions::Format::kJsonl ? ".jsonl" : ".txt";
  for (const std::string& arg : o.inputs) {
    if (arg == "-") {
      all.push_back({"-", "-", false, "", ""});
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(arg, ec);
    if (fs::is_directory(st)) {
      std::vector<Input> found;
      Walk(fs::path(arg), fs::path(arg), ext, &found);
      std::sort(found.begin(), found.end(), [](const Input& a, const Input& b) { return a.id < b.id; });
      all.insert(all.end(), found.begin(), found.end());
    } else {
      Input in{arg, arg, false, "", ""};
      if (ec || !fs::exists(st)) {
        in.error = arg + ": " + (ec ? ec.message() : std::string("No such file or directory"));
        in.error_kind = "not_found";
      }
      all.push_back(in);
    }
  }
  return all;
}

// Reads a whole file (or stdin). Returns false with `*err` set.
bool ReadAll(const std::string& path, std::string* bytes, std::string* err, std::string* kind) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    *bytes = ss.str();
    return true;
  }
  struct stat sb {};
  if (::stat(path.c_str(), &sb) != 0) {
    *err = path + ": " + std::strerror(errno);
    *kind = "unreadable";
    return false;
  }
  if (S_ISDIR(sb.st_mode)) {
    *err = path + ": is a directory";
    *kind = "not_regular";
    return false;
  }
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    *err = path + ": " + std::strerror(errno);
    *kind = "unreadable";
    return false;
  }
  bytes->clear();
  if (S_ISREG(sb.st_mode)) bytes->reserve(static_cast<std::size_t>(sb.st_size));
  char buf[1 << 16];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    bytes->append(buf, n);
    if (bytes->size() > kMaxDocBytes) {
      std::fclose(f);
      *err = path + ": larger than 4 GiB, not processed";
      *kind = "too_large";
      return false;
    }
  }
  bool bad = std::ferror(f) != 0;
  std::fclose(f);
  if (bad) {
    *err = path + ": read error";
    *kind = "unreadable";
    return false;
  }
  return true;
}

// Source of work items, in order. Not thread-safe (serial input stage).
class Reader {
 public:
  Reader(const BatchOptions& o) : o_(o), inputs_(Expand(o)) {}

  // Next work item, or nullptr at the end.
  std::unique_ptr<Work> Next() {
    for (;;) {
      if (jsonl_ && (std::getline(*jsonl_, line_))) {
        ++line_no_;
        if (line_.find_first_not_of(" \t\r") == std::string::npos) continue;
        return JsonlRecord();
      }
      if (jsonl_) {
        jsonl_ = nullptr;
        jsonl_owned_.reset();
      }
      if (next_ >= inputs_.size()) return nullptr;
      const Input& in = inputs_[next_++];
      auto w = std::make_unique<Work>();
      if (!in.error.empty()) {
        w->message = in.error;
        w->fail_reason = in.error_kind;
        return w;
      }
      std::string bytes, err, kind;
      if (!ReadAll(in.path, &bytes, &err, &kind)) {
        w->message = err;
        w->fail_reason = kind;
        return w;
      }
      if (o_.format == BatchOptions::Format::kJsonl) {
        jsonl_owned_ = std::make_unique<std::istringstream>(std::move(bytes));
        jsonl_ = jsonl_owned_.get();
        jsonl_name_ = in.id;
        line_no_ = 0;
        continue;
      }
      if (in.walked && bytes.find('\0') != std::string::npos) {
        w->message = in.path + ": binary file (contains NUL bytes), skipped";
        w->skip_reason = "binary";
        return w;
      }
      w->doc = Document{in.id, std::move(bytes), o_.default_date};
      w->extract = true;
      return w;
    }
  }

 private:
  std::unique_ptr<Work> JsonlRecord() {
    auto w = std::make_unique<Work>();
    JsonlRecordResult r = ParseJsonlRecord(line_, jsonl_name_ + ":" + std::to_string(line_no_), o_.default_date);
    if (!r.doc) {
      w->message = std::move(r.message);
      w->fail_reason = std::move(r.reason);
      return w;
    }
    w->doc = std::move(*r.doc);
    w->extract = true;
    return w;
  }

  const BatchOptions& o_;
  std::vector<Input> inputs_;
  std::size_t next_ = 0;
  std::unique_ptr<std::istringstream> jsonl_owned_;
  std::istream* jsonl_ = nullptr;
  std::string jsonl_name_;
  std::string line_;
  std::size_t line_no_ = 0;
};

}  // namespace

Status RunBatch(const PatternSet& patterns, const BatchOptions& options, const OutputFn& output,
                const MessageFn& message, BatchStats* stats) {
  const int jobs = std::max(1, options.jobs);
  tbb::global_control gc(tbb::global_control::max_allowed_parallelism, static_cast<std::size_t>(jobs));
  Reader reader(options);
  tbb::enumerable_thread_specific<std::unique_ptr<Extractor>> extractors;
  bool write_failed = false;

  auto input = [&](tbb::flow_control& fc) -> Work* {
    if (write_failed) {
      fc.stop();
      return nullptr;
    }
    std::unique_ptr<Work> w = reader.Next();
    if (!w) {
      fc.stop();
      return nullptr;
    }
    return w.release();
  };
  auto extract = [&](Work* w) -> Work* {
    if (!w->extract) return w;
    try {
      auto& ex = extractors.local();
      if (!ex) ex = std::make_unique<Extractor>(patterns);
      for (const Claim& c : ex->Extract(w->doc)) {
        w->output += ToJsonLine(c);
        ++w->claims;
      }
    } catch (const std::exception& e) {
      w->output.clear();
      w->claims = 0;
      w->extract = false;
      w->message = w->doc.id + ": internal error: " + e.what();
      w->fail_reason = "internal";
    }
    return w;
  };
  auto write = [&](Work* raw) {
    std::unique_ptr<Work> w(raw);
    if (!w->message.empty()) message(w->message);
    if (!w->fail_reason.empty()) {
      ++stats->failed[w->fail_reason];
      return;
    }
    if (!w->skip_reason.empty()) {
      ++stats->skipped[w->skip_reason];
      return;
    }
    ++stats->documents;
    stats->bytes += w->doc.bytes.size();
    stats->claims += w->claims;
    if (!write_failed && !w->output.empty() && !output(w->output)) write_failed = true;
  };
  tbb::parallel_pipeline(
      static_cast<std::size_t>(jobs) * 4,
      tbb::make_filter<void, Work*>(tbb::filter_mode::serial_in_order, input) &
          tbb::make_filter<Work*, Work*>(tbb::filter_mode::parallel, extract) &
          tbb::make_filter<Work*, void>(tbb::filter_mode::serial_in_order, write));
  if (write_failed) return Status(Status::kIo, "cannot write output");
  return Status::Ok();
}

}  // namespace claimx
