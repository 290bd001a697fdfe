// Runs a fuzz target's LLVMFuzzerTestOneInput on every file named on the
// command line or found (recursively, in sorted order) in the directories
// named, without libFuzzer: so every target builds with any compiler and its
// corpus and regressions replay as an ordinary test.
//   fuzz_replay_<name> PATH...
// Files whose names start with '.' are skipped. Exits 0 when every input ran
// (a crash or a failed check aborts); 2 when a path cannot be read.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    const fs::path arg(argv[i]);
    std::error_code ec;
    if (fs::is_directory(arg, ec)) {
      std::vector<fs::path> found;
      for (fs::recursive_directory_iterator it(arg, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file() && it->path().filename().string().rfind('.', 0) != 0) found.push_back(it->path());
      if (ec) {
        std::fprintf(stderr, "replay: %s: %s\n", argv[i], ec.message().c_str());
        return 2;
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::is_regular_file(arg, ec)) {
      files.push_back(arg);
    } else {
      std::fprintf(stderr, "replay: %s: no such file or directory\n", argv[i]);
      return 2;
    }
  }
  std::size_t bytes = 0;
  for (const fs::path& p : files) {
    std::ifstream in(p, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "replay: %s: cannot read\n", p.string().c_str());
      return 2;
    }
    const std::string s((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::fprintf(stderr, "replay: %s (%zu bytes)\n", p.string().c_str(), s.size());
    // An exact-size heap copy, as libFuzzer passes, so ASan sees over-reads.
    std::unique_ptr<std::uint8_t[]> buf(new std::uint8_t[s.size()]);
    std::copy(s.begin(), s.end(), buf.get());
    LLVMFuzzerTestOneInput(buf.get(), s.size());
    bytes += s.size();
  }
  std::printf("replay: %zu inputs, %zu bytes, all ran\n", files.size(), bytes);
  return 0;
}
