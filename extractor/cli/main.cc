// claimx command line: parse options, call the library, map status to exit
// code (0 ok, 1 some inputs failed, 2 usage or fatal).
#include <CLI/CLI.hpp>

#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "claimx/batch.h"
#include "claimx/claimx.h"
#include "output_file.h"
#include "pattern_paths.h"

namespace {

int Fatal(const std::string& msg) {
  std::cerr << "claimx: " << msg << "\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe shows as EPIPE on write
  CLI::App app{"claimx: extract numeric claims (state, count, qualifier, date, source) from news text as JSON Lines.",
               "claimx"};
  app.set_version_flag("--version", std::string("claimx ") + claimx::Version());
  app.require_subcommand(1);
  std::string patterns_dir;
  app.add_option("--patterns", patterns_dir,
                 "Folder of pattern files (else $CLAIMX_PATTERNS, patterns/ beside or above the binary, the "
                 "installed copy, the built-in copy)");

  auto* ex = app.add_subcommand("extract", "Extract claims from files, folders (*.txt, walked in sorted order) or - (stdin)");
  std::vector<std::string> inputs;
  std::string out_path, format = "text", date;
  int jobs = 1;
  ex->add_option("PATH", inputs, "Files, folders, or - for standard input")->required();
  ex->add_option("-o,--output", out_path, "Write JSONL here (atomically) instead of standard output");
  ex->add_option("-j,--jobs", jobs, "Worker threads; the output is the same for any value")
      ->check(CLI::Range(1, 256));
  ex->add_option("--input-format", format, "text (plain articles) or jsonl (records {\"id\",\"text\",\"date\"})")
      ->check(CLI::IsMember({"text", "jsonl"}));
  ex->add_option("--date", date, "Default document date, YYYY-MM-DD, for documents without one");
  std::uint64_t max_doc_bytes = claimx::BatchOptions{}.max_doc_bytes;
  ex->add_option("--max-doc-bytes", max_doc_bytes,
                 "Refuse (as failed, \"too_large\") documents and JSONL records larger than this many bytes; "
                 "default 32 MiB, at most 4 GiB")
      ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{0xFFFFFFFE}));
  bool stats_flag = false;
  ex->add_flag("--stats", stats_flag,
               "Print a JSON summary to standard error: documents, claims, bytes, skipped and failed inputs by "
               "reason, seconds");

  auto* pt = app.add_subcommand("patterns", "Check the pattern set: compile every rule and run its examples and negatives");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }

  claimx::PatternSet patterns;
  std::string where;
  claimx::Status st = claimx::LoadPatterns(patterns_dir, argv[0], &patterns, &where);
  if (!st.ok()) return Fatal(st.message());

  if (pt->parsed()) {
    std::size_t checked = 0;
    auto failures = patterns.SelfTest(&checked);
    for (const auto& f : failures)
      std::cout << f.where << ": rule " << f.rule << ": " << (f.expected_match ? "example does not match: " : "negative matches: ")
                << f.text << "\n";
    std::cout << "patterns: " << where << ", " << patterns.rule_count() << " rules\n";
    std::cout << (checked - failures.size()) << " passed, " << failures.size() << " failed\n";
    return failures.empty() ? 0 : 1;
  }

  claimx::BatchOptions opts;
  opts.inputs = inputs;
  opts.jobs = jobs;
  opts.max_doc_bytes = max_doc_bytes;
  opts.format = format == "jsonl" ? claimx::BatchOptions::Format::kJsonl : claimx::BatchOptions::Format::kText;
  if (!date.empty()) {
    opts.default_date = claimx::Date::Parse(date);
    if (!opts.default_date) return Fatal("--date: '" + date + "' is not a date YYYY-MM-DD");
  }
  claimx::OutputFile out;
  std::string err;
  if (!out.Open(out_path, &err)) return Fatal(err);
  claimx::BatchStats stats;
  claimx::Status run = claimx::RunBatch(
      patterns, opts, [&](std::string_view s) { return out.Write(s); },
      [](const std::string& m) { std::cerr << "claimx: " << m << "\n"; }, &stats);
  bool committed = out.Commit(&err);
  if (stats_flag) std::cerr << claimx::StatsJson(stats) << "\n";
  if (!run.ok() || !committed) {
    if (out.broken_pipe()) return 0;  // the reader went away: a quiet end
    return Fatal(committed ? run.message() : err);
  }
  return stats.failed_total() ? 1 : 0;
}
