// Batch runs: read (serial, in order) -> extract (parallel) -> write (serial,
// in order), with oneTBB's parallel_pipeline.
#include "claimx/batch.h"

#include "text.h"

#include <oneapi/tbb/enumerable_thread_specific.h>
#include <oneapi/tbb/global_control.h>
#include <oneapi/tbb/parallel_pipeline.h>
#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cerrno>
#include <cstdio>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string_view>

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
constexpr std::uint64_t kMaxDocBytesLimit = 0xFFFFFFFEull;
// Documents at least this large are extracted in the (serial, ordered)
// write stage, their claims written as they are found: the output of a dense
// document is never held whole. 1 MiB (one chunk's worth): a dense 4 MB
// document's JSONL, held whole, was ~10 MB of the peak RSS; streamed, it
// costs no speed (such a document alone keeps the DFAs warm).
constexpr std::size_t kStreamDocBytes = std::size_t{1} << 20;
// Documents travel the pipeline in chunks of up to this many bytes (and
// documents): the extractor matches its rule regexes over a whole chunk at
// once, which keeps RE2's DFAs in the CPU's cache (Extractor::ExtractEach).
constexpr std::size_t kChunkBytes = std::size_t{1} << 20;
constexpr std::size_t kChunkDocs = 256;

// One input, found by the walk.
struct Input {
  std::string id;    // document id
  std::string path;  // to open; "-" for stdin
  bool walked = false;
  std::string error;  // set when the walk already knows it cannot be read
  std::string error_kind;
};

// The inputs, in order, stored compactly: a 1 GB corpus has ~140,000 files,
// and as an Input each (four strings) their list took ~25 MB for the whole
// run. Added inputs are kept as paths in one arena (ids most often their
// tails) until Freeze, which front-codes them in order (each path as the
// length it shares with the previous one and the rest): ~12 bytes a file.
// Read back in order with Next.
class InputList {
 public:
  void Add(const Input& in) {
    Entry e;
    e.off = arena_.size();
    e.path_len = static_cast<std::uint32_t>(in.path.size());
    e.id_len = static_cast<std::uint32_t>(in.id.size());
    e.walked = in.walked;
    arena_ += in.path;
    const bool tail = in.id.size() <= in.path.size() &&
                      in.path.compare(in.path.size() - in.id.size(), in.id.size(), in.id) == 0;
    if (!tail) {
      e.id_apart = true;
      arena_ += in.id;
    }
    if (!in.error.empty() || !in.error_kind.empty()) {
      e.error = static_cast<std::int32_t>(errors_.size());
      errors_.emplace_back(in.error, in.error_kind);
    }
    entries_.push_back(e);
  }
  std::size_t size() const { return entries_.size(); }
  // Sorts the inputs from `begin` on by id.
  void SortFrom(std::size_t begin) {
    std::sort(entries_.begin() + static_cast<std::ptrdiff_t>(begin), entries_.end(),
              [&](const Entry& a, const Entry& b) { return Id(a) < Id(b); });
  }
  // No more Add: front-codes the inputs.
  void Freeze() {
    std::string_view prev;
    for (const Entry& e : entries_) {
      const std::string_view path = std::string_view(arena_).substr(e.off, e.path_len);
      std::size_t shared = 0;
      while (shared < prev.size() && shared < path.size() && prev[shared] == path[shared]) ++shared;
      PutNumber(shared);
      PutNumber(path.size() - shared);
      coded_.append(path.substr(shared));
      PutNumber(e.id_apart ? e.id_len * 2 + 1 : e.id_len * 2);
      if (e.id_apart) coded_.append(Id(e));
      PutNumber(static_cast<std::size_t>(e.error + 1) * 2 + (e.walked ? 1 : 0));
      prev = path;
    }
    count_ = entries_.size();
    std::vector<Entry>().swap(entries_);
    std::string().swap(arena_);
    coded_.shrink_to_fit();
  }
  // After Freeze: the next input, in order; false after the last.
  bool Next(Input* in) {
    if (next_ == count_) return false;
    ++next_;
    const std::size_t shared = GetNumber();
    const std::size_t rest = GetNumber();
    path_.resize(shared);
    path_.append(coded_, pos_, rest);
    pos_ += rest;
    in->path = path_;
    const std::size_t id = GetNumber();
    if (id & 1) {
      in->id.assign(coded_, pos_, id / 2);
      pos_ += id / 2;
    } else {
      in->id.assign(path_, path_.size() - id / 2, id / 2);
    }
    const std::size_t flags = GetNumber();
    in->walked = (flags & 1) != 0;
    in->error.clear();
    in->error_kind.clear();
    if (flags / 2 > 0) {
      in->error = errors_[flags / 2 - 1].first;
      in->error_kind = errors_[flags / 2 - 1].second;
    }
    return true;
  }

 private:
  struct Entry {
    std::uint64_t off = 0;  // the path in arena_, then the id when id_apart
    std::uint32_t path_len = 0, id_len = 0;
    std::int32_t error = -1;  // index in errors_
    bool walked = false, id_apart = false;
  };
  std::string_view Id(const Entry& e) const {
    const std::string_view a(arena_);
    return e.id_apart ? a.substr(e.off + e.path_len, e.id_len) : a.substr(e.off + e.path_len - e.id_len, e.id_len);
  }
  // Variable-length numbers: 7 bits a byte, the high bit set on all but the last.
  void PutNumber(std::size_t v) {
    for (; v >= 0x80; v >>= 7) coded_.push_back(static_cast<char>((v & 0x7F) | 0x80));
    coded_.push_back(static_cast<char>(v));
  }
  std::size_t GetNumber() {
    std::size_t v = 0;
    for (int shift = 0;; shift += 7) {
      const auto b = static_cast<unsigned char>(coded_[pos_++]);
      v |= static_cast<std::size_t>(b & 0x7F) << shift;
      if (!(b & 0x80)) return v;
    }
  }
  std::string arena_;
  std::vector<Entry> entries_;
  std::vector<std::pair<std::string, std::string>> errors_;  // message, kind
  std::string coded_;  // after Freeze
  std::size_t count_ = 0, next_ = 0, pos_ = 0;
  std::string path_;  // the last path read
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
  std::uint64_t size = 0;    // doc.bytes.size() as read (the bytes are freed once extracted)
};

// Consecutive units, in input order.
struct Chunk {
  std::vector<std::unique_ptr<Work>> works;
};

bool HasExt(const fs::path& p, const std::string& ext) { return p.extension().string() == ext; }

void Walk(const fs::path& root, const fs::path& dir, const std::string& ext, InputList* out) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    Input in;
    in.id = fs::relative(dir, root, ec).generic_string();
    in.path = dir.string();
    in.error = dir.string() + ": cannot read directory: " + std::error_code(errno ? errno : EACCES, std::generic_category()).message();
    in.error_kind = "unreadable";
    out->Add(in);
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
        in.error = p.string() + (rec ? ": symbolic link: " + rec.message() : std::string(": dangling symbolic link"));
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
    out->Add(in);
  }
}

InputList Expand(const BatchOptions& o) {
  InputList all;
  const std::string ext = o.format == BatchOptions::Format::kJsonl ? ".jsonl" : ".txt";
  for (const std::string& arg : o.inputs) {
    if (arg == "-") {
      all.Add({"-", "-", false, "", ""});
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(arg, ec);
    if (fs::is_directory(st)) {
      const std::size_t begin = all.size();
      Walk(fs::path(arg), fs::path(arg), ext, &all);
      all.SortFrom(begin);
    } else {
      Input in{arg, arg, false, "", ""};
      if (ec || !fs::exists(st)) {
        in.error = arg + ": " + (ec ? ec.message() : std::string("No such file or directory"));
        in.error_kind = "not_found";
      }
      all.Add(in);
    }
  }
  all.Freeze();
  return all;
}

// stat() of an input that is to be read: false with the message and the
// failure reason when it cannot be (missing, unreadable, a folder).
bool StatInput(const std::string& path, struct stat* sb, std::string* err, std::string* kind) {
  if (::stat(path.c_str(), sb) != 0) {
    *err = path + ": " + std::strerror(errno);
    *kind = "unreadable";
    return false;
  }
  if (S_ISDIR(sb->st_mode)) {
    *err = path + ": is a directory";
    *kind = "not_regular";
    return false;
  }
  return true;
}

std::string TooLarge(const std::string& path, std::uint64_t max) {
  return path + ": larger than --max-doc-bytes (" + std::to_string(max) + " bytes), not processed";
}

// Reads a whole file (or stdin), at most `max` bytes: a larger input is
// refused without reading the rest. Returns false with `*err` set.
bool ReadAll(const std::string& path, std::uint64_t max, std::string* bytes, std::string* err, std::string* kind) {
  max = std::min(max, kMaxDocBytesLimit);
  bytes->clear();
  if (path == "-") {
    char buf[1 << 16];
    while (std::cin.read(buf, sizeof buf) || std::cin.gcount() > 0) {
      bytes->append(buf, static_cast<std::size_t>(std::cin.gcount()));
      if (bytes->size() > max) {
        *err = TooLarge("-", max);
        *kind = "too_large";
        bytes->clear();
        return false;
      }
    }
    return true;
  }
  struct stat sb {};
  if (!StatInput(path, &sb, err, kind)) return false;
  if (S_ISREG(sb.st_mode) && static_cast<std::uint64_t>(sb.st_size) > max) {
    *err = TooLarge(path, max);
    *kind = "too_large";
    return false;
  }
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    *err = path + ": " + std::strerror(errno);
    *kind = "unreadable";
    return false;
  }
  if (S_ISREG(sb.st_mode)) bytes->reserve(static_cast<std::size_t>(sb.st_size));
  char buf[1 << 16];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    bytes->append(buf, n);
    if (bytes->size() > max) {  // grew after the stat, or not a regular file
      std::fclose(f);
      bytes->clear();
      *err = TooLarge(path, max);
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
      bool too_long = false;
      if (jsonl_ && ReadLine(&too_long)) {
        ++line_no_;
        if (too_long) {
          auto w = std::make_unique<Work>();
          w->message = TooLarge(jsonl_name_ + ":" + std::to_string(line_no_), o_.max_doc_bytes);
          w->fail_reason = "too_large";
          return w;
        }
        if (line_.find_first_not_of(" \t\r") == std::string::npos) continue;
        return JsonlRecord();
      }
      if (jsonl_) {
        const bool bad = jsonl_->bad();
        jsonl_ = nullptr;
        jsonl_owned_.reset();
        if (bad) {
          auto w = std::make_unique<Work>();
          w->message = jsonl_name_ + ": read error after line " + std::to_string(line_no_);
          w->fail_reason = "unreadable";
          return w;
        }
      }
      if (!inputs_.Next(&in_)) return nullptr;
      const Input& in = in_;
      auto w = std::make_unique<Work>();
      if (!in.error.empty()) {
        w->message = in.error;
        w->fail_reason = in.error_kind;
        return w;
      }
      std::string bytes, err, kind;
      if (o_.format == BatchOptions::Format::kJsonl) {
        // Streamed line by line: a JSONL file may be far larger than a document.
        if (!OpenJsonl(in.path, &err, &kind)) {
          w->message = err;
          w->fail_reason = kind;
          return w;
        }
        jsonl_name_ = in.id;
        line_no_ = 0;
        continue;
      }
      if (!ReadAll(in.path, o_.max_doc_bytes, &bytes, &err, &kind)) {
        w->message = err;
        w->fail_reason = kind;
        return w;
      }
      // The encoding first: a UTF-16 byte-order mark makes NUL bytes text.
      if (in.walked && DetectEncoding(bytes) == Encoding::kUtf8 && bytes.find('\0') != std::string::npos) {
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
  bool OpenJsonl(const std::string& path, std::string* err, std::string* kind) {
    if (path == "-") {
      jsonl_ = &std::cin;
      return true;
    }
    struct stat sb {};
    if (!StatInput(path, &sb, err, kind)) return false;
    auto f = std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!*f) {
      *err = path + ": " + std::strerror(errno);
      *kind = "unreadable";
      return false;
    }
    jsonl_owned_ = std::move(f);
    jsonl_ = jsonl_owned_.get();
    return true;
  }

  // Next line of the JSONL input into line_ (at most max_doc_bytes kept;
  // *too_long when more). False at the end.
  bool ReadLine(bool* too_long) {
    line_.clear();
    std::streambuf* sb = jsonl_->rdbuf();
    bool any = false;
    for (;;) {
      const int c = sb->sbumpc();
      if (c == std::char_traits<char>::eof()) {
        jsonl_->setstate(std::ios::eofbit);
        return any;
      }
      any = true;
      if (c == '\n') return true;
      if (line_.size() < o_.max_doc_bytes) line_.push_back(static_cast<char>(c));
      else *too_long = true;
    }
  }

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
  InputList inputs_;
  Input in_;  // the current input
  std::unique_ptr<std::istream> jsonl_owned_;
  std::istream* jsonl_ = nullptr;
  std::string jsonl_name_;
  std::string line_;
  std::size_t line_no_ = 0;
};

}  // namespace

Status RunBatch(const PatternSet& patterns, const BatchOptions& options, const OutputFn& output,
                const MessageFn& message, BatchStats* stats) {
  const auto started = std::chrono::steady_clock::now();
  const int jobs = std::max(1, options.jobs);
  tbb::global_control gc(tbb::global_control::max_allowed_parallelism, static_cast<std::size_t>(jobs));
  Reader reader(options);
  tbb::enumerable_thread_specific<std::unique_ptr<Extractor>> extractors;
  bool write_failed = false;

  auto input = [&](tbb::flow_control& fc) -> Chunk* {
    if (write_failed) {
      fc.stop();
      return nullptr;
    }
    auto chunk = std::make_unique<Chunk>();
    for (std::size_t bytes = 0; bytes < kChunkBytes && chunk->works.size() < kChunkDocs;) {
      std::unique_ptr<Work> w = reader.Next();
      if (!w) break;
      w->size = w->doc.bytes.size();
      bytes += w->size;
      chunk->works.push_back(std::move(w));
    }
    if (chunk->works.empty()) {
      fc.stop();
      return nullptr;
    }
    return chunk.release();
  };
  const auto extract_one = [&](Work* w) {
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
  };
  auto extract = [&](Chunk* chunk) -> Chunk* {
    std::vector<Work*> todo;
    std::vector<const Document*> docs;
    for (const auto& w : chunk->works)
      if (w->extract && w->doc.bytes.size() < kStreamDocBytes) {
        todo.push_back(w.get());
        docs.push_back(&w->doc);
      }
    if (todo.empty()) return chunk;
    try {
      auto& ex = extractors.local();
      if (!ex) ex = std::make_unique<Extractor>(patterns);
      ex->ExtractEach(docs, [&](std::size_t k, Claim&& c) {
        todo[k]->output += ToJsonLine(c);
        ++todo[k]->claims;
        return true;
      });
    } catch (const std::exception&) {
      // Which document failed is unknown: extract them one by one.
      for (Work* w : todo) {
        w->output.clear();
        w->claims = 0;
        extract_one(w);
      }
    }
    // Only the claims are written: the text need not wait for the write
    // stage (with -j2, chunks done out of order wait there).
    for (Work* w : todo) std::string().swap(w->doc.bytes);
    return chunk;
  };
  const auto write_one = [&](std::unique_ptr<Work> w) {
    if (!w->message.empty()) message(w->message);
    if (!w->fail_reason.empty()) {
      ++stats->failed[w->fail_reason];
      return;
    }
    if (!w->skip_reason.empty()) {
      ++stats->skipped[w->skip_reason];
      return;
    }
    if (w->extract && w->size >= kStreamDocBytes && !write_failed) {
      try {
        auto& ex = extractors.local();
        if (!ex) ex = std::make_unique<Extractor>(patterns);
        ex->Extract(w->doc, [&](Claim&& c) {
          ++w->claims;
          if (!output(ToJsonLine(c))) write_failed = true;
          return !write_failed;
        });
      } catch (const std::exception& e) {
        message(w->doc.id + ": internal error: " + e.what());
        ++stats->failed["internal"];
        return;
      }
    }
    ++stats->documents;
    stats->bytes += w->size;
    stats->claims += w->claims;
    if (!write_failed && !w->output.empty() && !output(w->output)) write_failed = true;
  };
  auto write = [&](Chunk* raw) {
    std::unique_ptr<Chunk> chunk(raw);
    for (auto& w : chunk->works) write_one(std::move(w));
  };
  tbb::parallel_pipeline(
      static_cast<std::size_t>(jobs) * 4,
      tbb::make_filter<void, Chunk*>(tbb::filter_mode::serial_in_order, input) &
          tbb::make_filter<Chunk*, Chunk*>(tbb::filter_mode::parallel, extract) &
          tbb::make_filter<Chunk*, void>(tbb::filter_mode::serial_in_order, write));
  stats->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (write_failed) return Status(Status::kIo, "cannot write output");
  return Status::Ok();
}

}  // namespace claimx
