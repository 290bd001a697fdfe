#include "output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace claimx {

OutputFile::~OutputFile() {
  if (!to_stdout_ && f_) {
    std::fclose(f_);
    if (!tmp_.empty()) ::unlink(tmp_.c_str());
  }
}

bool OutputFile::Open(const std::string& path, std::string* err) {
  if (path.empty() || path == "-") {
    f_ = stdout;
    to_stdout_ = true;
    return true;
  }
  to_stdout_ = false;
  path_ = path;
  struct stat sb {};
  if (::stat(path.c_str(), &sb) == 0 && !S_ISREG(sb.st_mode)) {
    if (S_ISDIR(sb.st_mode)) {
      *err = path + ": is a directory";
      return false;
    }
    f_ = std::fopen(path.c_str(), "wb");  // device or FIFO: straight through
    if (!f_) {
      *err = path + ": " + std::strerror(errno);
      return false;
    }
    return true;
  }
  tmp_ = path + ".claimx-tmp-XXXXXX";
  int fd = ::mkstemp(tmp_.data());
  if (fd < 0) {
    *err = path + ": cannot create a temporary file beside it: " + std::strerror(errno);
    tmp_.clear();
    return false;
  }
  ::fchmod(fd, 0644);
  f_ = ::fdopen(fd, "wb");
  if (!f_) {
    *err = path + ": " + std::strerror(errno);
    ::close(fd);
    ::unlink(tmp_.c_str());
    tmp_.clear();
    return false;
  }
  return true;
}

bool OutputFile::Write(std::string_view bytes) {
  if (failed_) return false;
  if (std::fwrite(bytes.data(), 1, bytes.size(), f_) != bytes.size()) {
    failed_ = true;
    errno_ = errno;
    broken_pipe_ = errno == EPIPE;
    return false;
  }
  return true;
}

bool OutputFile::Commit(std::string* err) {
  const std::string name = to_stdout_ ? "standard output" : path_;
  if (!failed_ && std::fflush(f_) != 0) {
    failed_ = true;
    errno_ = errno;
    broken_pipe_ = errno == EPIPE;
  }
  if (failed_) {
    *err = name + ": write failed: " + std::strerror(errno_);
    return false;
  }
  if (to_stdout_) return true;
  if (!tmp_.empty() && ::fsync(::fileno(f_)) != 0) {
    *err = name + ": " + std::strerror(errno);
    return false;
  }
  if (std::fclose(f_) != 0) {
    f_ = nullptr;
    *err = name + ": " + std::strerror(errno);
    if (!tmp_.empty()) ::unlink(tmp_.c_str());
    return false;
  }
  f_ = nullptr;
  if (!tmp_.empty() && std::rename(tmp_.c_str(), path_.c_str()) != 0) {
    *err = name + ": cannot rename the temporary file into place: " + std::strerror(errno);
    ::unlink(tmp_.c_str());
    return false;
  }
  tmp_.clear();
  return true;
}

}  // namespace claimx
