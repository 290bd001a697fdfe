// Where the CLI finds patterns/, and the run summary.
#ifndef CLAIMX_CLI_PATTERN_PATHS_H_
#define CLAIMX_CLI_PATTERN_PATHS_H_

#include <string>

#include "claimx/batch.h"
#include "claimx/claimx.h"

namespace claimx {

// Loads the pattern set from, in order: `flag_dir` (--patterns), then
// $CLAIMX_PATTERNS, then patterns/ beside the executable or one folder up,
// then the installed share folder, then the built-in copy. A folder that is
// named (flag or variable) must load; the others are tried only if present.
// `*where` gets the origin used.
Status LoadPatterns(const std::string& flag_dir, const char* argv0, PatternSet* out, std::string* where);

// The run summary as one JSON object.
std::string StatsJson(const BatchStats& s);

}  // namespace claimx

#endif  // CLAIMX_CLI_PATTERN_PATHS_H_
