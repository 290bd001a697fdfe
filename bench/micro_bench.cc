// Per-stage micro-benchmarks (Google Benchmark): decode/normalise, segment,
// candidate scan, rule match, resolve (whole document), JSON write.
//
//   build/claimx_micro_bench [--benchmark_filter=...]
//
// The text is the project's own corpus/ (all articles, concatenated), so
// the figures move with the corpus; compare runs of the same commit only.
// CLAIMX_BENCH_CORPUS=DIR takes the *.txt files of DIR instead.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "claimx/claimx.h"
#include "patterns.h"
#include "segment.h"
#include "text.h"

namespace {

namespace fs = std::filesystem;

const std::vector<std::string>& Articles() {
  static const std::vector<std::string> docs = [] {
    std::vector<fs::path> paths;
    const char* dir = std::getenv("CLAIMX_BENCH_CORPUS");
    for (const auto& e : fs::directory_iterator(dir ? fs::path(dir) : fs::path(CLAIMX_SOURCE_DIR) / "corpus"))
      if (e.path().extension() == ".txt") paths.push_back(e.path());
    std::sort(paths.begin(), paths.end());
    std::vector<std::string> out;
    for (const auto& p : paths) {
      std::ifstream in(p, std::ios::binary);
      std::ostringstream ss;
      ss << in.rdbuf();
      out.push_back(ss.str());
    }
    return out;
  }();
  return docs;
}

const claimx::PatternSet& Patterns() {
  static const claimx::PatternSet* p = [] {
    auto* ps = new claimx::PatternSet();
    claimx::Status st = claimx::PatternSet::LoadBuiltin(ps);
    if (!st.ok()) std::abort();
    return ps;
  }();
  return *p;
}

std::int64_t TotalBytes() {
  std::int64_t n = 0;
  for (const auto& d : Articles()) n += static_cast<std::int64_t>(d.size());
  return n;
}

// Sentences of the corpus, normalised.
const std::vector<std::string>& Sentences() {
  static const std::vector<std::string> out = [] {
    std::vector<std::string> s;
    claimx::Segmenter seg;
    for (const auto& d : Articles()) {
      claimx::NormText t = claimx::Normalize(d);
      for (const auto& p : seg.Split(t.norm, 0))
        for (const auto& x : p.sentences) s.push_back(t.norm.substr(x.begin, x.end - x.begin));
    }
    return s;
  }();
  return out;
}

std::int64_t SentenceBytes() {
  std::int64_t n = 0;
  for (const auto& s : Sentences()) n += static_cast<std::int64_t>(s.size());
  return n;
}

void BM_Normalize(benchmark::State& state) {
  for (auto _ : state)
    for (const auto& d : Articles()) benchmark::DoNotOptimize(claimx::Normalize(d));
  state.SetBytesProcessed(state.iterations() * TotalBytes());
}
BENCHMARK(BM_Normalize);

void BM_Segment(benchmark::State& state) {
  std::vector<claimx::NormText> norm;
  for (const auto& d : Articles()) norm.push_back(claimx::Normalize(d));
  claimx::Segmenter seg;
  for (auto _ : state)
    for (const auto& t : norm) benchmark::DoNotOptimize(seg.Split(t.norm, 0));
  state.SetBytesProcessed(state.iterations() * TotalBytes());
}
BENCHMARK(BM_Segment);

void BM_NumberScan(benchmark::State& state) {
  const auto& P = Patterns().impl();
  for (auto _ : state)
    for (const auto& s : Sentences()) benchmark::DoNotOptimize(P.number_any->Matches(s));
  state.SetBytesProcessed(state.iterations() * SentenceBytes());
}
BENCHMARK(BM_NumberScan);

void BM_RulePrefilter(benchmark::State& state) {
  const auto& P = Patterns().impl();
  std::vector<int> hits;
  for (auto _ : state)
    for (const auto& s : Sentences()) {
      bool claimed = false;
      for (const auto& rs : P.claim_sets) {
        rs.set.Match(s, &hits);
        claimed |= !hits.empty();
      }
      if (claimed)
        for (const auto& rs : P.reject_sets) rs.set.Match(s, &hits);
    }
  state.SetBytesProcessed(state.iterations() * SentenceBytes());
}
BENCHMARK(BM_RulePrefilter);

void BM_Rule(benchmark::State& state) {
  const auto& P = Patterns().impl();
  if (static_cast<std::size_t>(state.range(0)) >= P.rules.size()) {
    state.SkipWithError("no such rule");
    return;
  }
  const claimx::Rule& r = P.rules[static_cast<std::size_t>(state.range(0))];
  state.SetLabel(r.id);
  std::vector<claimx::GroupSpan> g;
  for (auto _ : state)
    for (const auto& s : Sentences()) benchmark::DoNotOptimize(r.re->Find(s, 0, &g));
  state.SetBytesProcessed(state.iterations() * SentenceBytes());
}
BENCHMARK(BM_Rule)->DenseRange(0, 31);

void BM_Matcher(benchmark::State& state) {
  const auto& P = Patterns().impl();
  const claimx::Regex* all[] = {P.state_mention.get(), P.state_any.get(), P.substate.get(), P.national.get(),
                                P.qual_before.get(),   P.qual_after.get(), P.metric_phrase.get(), P.date_expr.get(),
                                P.cue_lead.get(),      P.cue_verb.get(),  P.cue_possessive.get(), P.dateline.get(),
                                P.person_ref.get(),    P.number_any.get(), P.year_any.get(),
                                P.list_item.get()};
  const char* names[] = {"state_mention", "state_any", "substate", "national", "qual_before", "qual_after",
                         "metric_phrase", "date_expr", "cue_lead", "cue_verb", "cue_possessive", "dateline",
                         "person_ref", "number_any", "year_any", "list_item"};
  const auto i = static_cast<std::size_t>(state.range(0));
  state.SetLabel(names[i]);
  std::vector<claimx::GroupSpan> g;
  for (auto _ : state)
    for (const auto& s : Sentences()) benchmark::DoNotOptimize(all[i]->Find(s, 0, &g));
  state.SetBytesProcessed(state.iterations() * SentenceBytes());
}
BENCHMARK(BM_Matcher)->DenseRange(0, 15);

void BM_Extract(benchmark::State& state) {
  claimx::Extractor ex(Patterns());
  std::vector<claimx::Document> docs;
  for (const auto& d : Articles()) docs.push_back(claimx::Document{"d", d, std::nullopt});
  std::size_t claims = 0;
  for (auto _ : state)
    for (const auto& d : docs) claims += ex.Extract(d).size();
  benchmark::DoNotOptimize(claims);
  state.SetBytesProcessed(state.iterations() * TotalBytes());
}
BENCHMARK(BM_Extract);

void BM_WriteJson(benchmark::State& state) {
  claimx::Extractor ex(Patterns());
  std::vector<claimx::Claim> claims;
  for (const auto& d : Articles())
    for (auto& c : ex.Extract(claimx::Document{"d", d, std::nullopt})) claims.push_back(std::move(c));
  std::int64_t bytes = 0;
  for (auto _ : state) {
    std::string out;
    for (const auto& c : claims) out += claimx::ToJsonLine(c);
    bytes += static_cast<std::int64_t>(out.size());
    benchmark::DoNotOptimize(out);
  }
  state.SetBytesProcessed(bytes);
  state.counters["claims"] = static_cast<double>(claims.size());
}
BENCHMARK(BM_WriteJson);

}  // namespace

BENCHMARK_MAIN();
