#include "pattern_paths.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace claimx {
namespace fs = std::filesystem;

namespace {
fs::path ExeDir(const char* argv0) {
  std::error_code ec;
  fs::path p = fs::read_symlink("/proc/self/exe", ec);
  if (ec) p = fs::absolute(argv0, ec);
  return p.parent_path();
}
}  // namespace

Status LoadPatterns(const std::string& flag_dir, const char* argv0, PatternSet* out, std::string* where) {
  std::string named = flag_dir;
  if (named.empty()) {
    if (const char* env = std::getenv("CLAIMX_PATTERNS"); env && *env) named = env;
  }
  if (!named.empty()) {
    *where = named;
    return PatternSet::LoadDir(named, out);
  }
  const fs::path exe = ExeDir(argv0);
  for (const fs::path& dir : {exe / "patterns", exe.parent_path() / "patterns", fs::path(CLAIMX_SHARE_DIR) / "patterns"}) {
    std::error_code ec;
    if (fs::is_regular_file(dir / "rules.txt", ec)) {
      *where = dir.string();
      return PatternSet::LoadDir(dir.string(), out);
    }
  }
  *where = "<built-in>";
  return PatternSet::LoadBuiltin(out);
}

std::string StatsJson(const BatchStats& s) {
  std::string out = "{\"documents\":" + std::to_string(s.documents) + ",\"claims\":" + std::to_string(s.claims) +
                    ",\"bytes\":" + std::to_string(s.bytes) + ",\"skipped\":{";
  bool first = true;
  for (const auto& [k, v] : s.skipped) {
    out += std::string(first ? "" : ",") + "\"" + k + "\":" + std::to_string(v);
    first = false;
  }
  out += "},\"failed\":{";
  first = true;
  for (const auto& [k, v] : s.failed) {
    out += std::string(first ? "" : ",") + "\"" + k + "\":" + std::to_string(v);
    first = false;
  }
  char secs[32];
  std::snprintf(secs, sizeof secs, "%.3f", s.seconds);
  return out + "},\"seconds\":" + secs + "}";
}

}  // namespace claimx
