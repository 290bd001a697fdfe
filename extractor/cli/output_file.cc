#include "output_file.h"

#include <fcntl.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>

namespace claimx {
namespace {

// The temporary file of the open output, for the signal handler: an
// interrupted run (SIGINT, SIGTERM, SIGHUP) removes it and dies of the signal.
char g_tmp_path[4096];
volatile std::sig_atomic_t g_tmp_set = 0;

extern "C" void RemoveTmpAndDie(int sig) {
  if (g_tmp_set) ::unlink(g_tmp_path);
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

void Guard(const std::string& tmp) {
  if (tmp.size() >= sizeof g_tmp_path) return;
  std::memcpy(g_tmp_path, tmp.c_str(), tmp.size() + 1);
  g_tmp_set = 1;
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) std::signal(sig, RemoveTmpAndDie);
}

void Unguard() { g_tmp_set = 0; }

}  // namespace

OutputFile::~OutputFile() {
  if (!to_stdout_ && f_) {
    std::fclose(f_);
    if (!tmp_.empty()) ::unlink(tmp_.c_str());
  }
  Unguard();
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
  // Signals wait until the handler knows the file: one arriving between
  // mkstemp and Guard would otherwise leave the temporary file behind.
  sigset_t block, old;
  sigemptyset(&block);
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&block, sig);
  ::pthread_sigmask(SIG_BLOCK, &block, &old);
  int fd = ::mkstemp(tmp_.data());
  if (fd >= 0) Guard(tmp_);
  ::pthread_sigmask(SIG_SETMASK, &old, nullptr);
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
    Unguard();
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
    Unguard();
    return false;
  }
  f_ = nullptr;
  if (!tmp_.empty() && std::rename(tmp_.c_str(), path_.c_str()) != 0) {
    *err = name + ": cannot rename the temporary file into place: " + std::strerror(errno);
    ::unlink(tmp_.c_str());
    Unguard();
    return false;
  }
  Unguard();
  tmp_.clear();
  return true;
}

}  // namespace claimx
