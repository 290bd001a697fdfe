// Output destinations for the CLI: stdout, or a file written atomically.
#ifndef CLAIMX_CLI_OUTPUT_FILE_H_
#define CLAIMX_CLI_OUTPUT_FILE_H_

#include <cstdio>
#include <string>
#include <string_view>

namespace claimx {

// Writes to standard output, or to `path`: for a regular file (or a new
// one) through a temporary file beside it that is renamed over `path` only by
// Commit(); for a device or FIFO straight through. A destructor without
// Commit() removes the temporary file.
class OutputFile {
 public:
  OutputFile() = default;
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // "" or "-" means standard output. False with `*err` on failure.
  bool Open(const std::string& path, std::string* err);
  // False when the bytes could not be written (full disk, closed pipe...).
  bool Write(std::string_view bytes);
  // Flushes, syncs and renames into place. False with `*err` on failure.
  bool Commit(std::string* err);
  // True when the reader closed the pipe (EPIPE): a quiet end, not an error.
  bool broken_pipe() const { return broken_pipe_; }

 private:
  std::FILE* f_ = nullptr;
  std::string path_, tmp_;
  bool to_stdout_ = true;
  bool broken_pipe_ = false;
  bool failed_ = false;
  int errno_ = 0;
};

}  // namespace claimx

#endif  // CLAIMX_CLI_OUTPUT_FILE_H_
