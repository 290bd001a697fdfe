// Calendar arithmetic with fuzzed fields, checked against invariants, and the
// date resolver through the public Extractor:
//   "date 2020-11-05 " + input + " Ohio reported 5,000 cases."
// must give claims whose dates are real calendar days (or null).
//
// The same input bytes serve both: the first 16 bytes (zero-padded) are the
// fields, the whole input is the text.
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "dates.h"
#include "fuzz_util.h"

namespace {

using claimx::Date;

int DaysIn(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

// Weekday of day number z (1970-01-01, day 0, was a Thursday), independently.
int WeekdayOf(long z) { return static_cast<int>(((z % 7) + 7 + 4) % 7); }

void CheckCalendar(const std::uint8_t* data, std::size_t size) {
  std::uint8_t f[16] = {};
  std::memcpy(f, data, size < sizeof f ? size : sizeof f);
  auto u16 = [&](int k) { return static_cast<unsigned>(f[k] | (f[k + 1] << 8)); };
  auto s32 = [&](int k) {
    return static_cast<std::int32_t>(static_cast<std::uint32_t>(f[k]) | (static_cast<std::uint32_t>(f[k + 1]) << 8) |
                                     (static_cast<std::uint32_t>(f[k + 2]) << 16) |
                                     (static_cast<std::uint32_t>(f[k + 3]) << 24));
  };

  // A real reference day, as the resolver has: years 1..9999.
  const int ry = static_cast<int>(u16(0) % 9999) + 1;
  const int rm = f[2] % 12 + 1;
  const int rd = f[3] % DaysIn(ry, rm) + 1;
  FUZZ_CHECK(claimx::ValidDate(ry, rm, rd), "%d-%d-%d", ry, rm, rd);
  const Date ref{ry, rm, rd};
  const long rz = claimx::DaysFromCivil(ry, rm, rd);
  FUZZ_CHECK(claimx::CivilFromDays(rz) == ref, "CivilFromDays(DaysFromCivil(%s))", ref.Iso().c_str());
  FUZZ_CHECK(claimx::Date::Parse(ref.Iso()) == std::optional<Date>(ref), "Parse(Iso(%s))", ref.Iso().c_str());
  const int wd = claimx::Weekday(ref);
  FUZZ_CHECK(wd == WeekdayOf(rz), "Weekday(%s) = %d, want %d", ref.Iso().c_str(), wd, WeekdayOf(rz));

  // Any day number whose year fits in an int: a real day, and back again.
  const long z = s32(4);
  const Date c = claimx::CivilFromDays(z);
  FUZZ_CHECK(c.month >= 1 && c.month <= 12 && c.day >= 1 && c.day <= DaysIn(c.year, c.month),
             "CivilFromDays(%ld) = %d-%d-%d", z, c.year, c.month, c.day);
  FUZZ_CHECK(claimx::DaysFromCivil(c.year, c.month, c.day) == z, "DaysFromCivil(CivilFromDays(%ld))", z);
  FUZZ_CHECK(claimx::Weekday(c) == WeekdayOf(z), "Weekday(CivilFromDays(%ld))", z);

  // AddDays by up to +-2^31 days and back.
  const long n = s32(8);
  const Date a = claimx::AddDays(ref, n);
  FUZZ_CHECK(claimx::DaysFromCivil(a.year, a.month, a.day) == rz + n, "AddDays(%s, %ld)", ref.Iso().c_str(), n);
  FUZZ_CHECK(claimx::AddDays(a, -n) == ref, "AddDays(AddDays(%s, %ld), %ld)", ref.Iso().c_str(), n, -n);

  // LatestWeekday: that weekday, 0..6 days before ref.
  const int want = f[12] % 7;
  const Date lw = claimx::LatestWeekday(want, ref);
  const long back = rz - claimx::DaysFromCivil(lw.year, lw.month, lw.day);
  FUZZ_CHECK(claimx::Weekday(lw) == want && back >= 0 && back <= 6, "LatestWeekday(%d, %s) = %s", want,
             ref.Iso().c_str(), lw.Iso().c_str());

  // LatestOnOrBefore with any month and day: a real day on or before ref,
  // at most 4 years back, and nullopt only when no such day exists.
  const int m = static_cast<std::int8_t>(f[13]);
  const int d = static_cast<std::int8_t>(f[14]);
  const std::optional<Date> lob = claimx::LatestOnOrBefore(m, d, ref);
  std::optional<Date> expect;
  for (int y = ry; y >= ry - 4 && !expect; --y)
    if (y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= DaysIn(y, m) && claimx::DaysFromCivil(y, m, d) <= rz)
      expect = Date{y, m, d};
  FUZZ_CHECK(lob == expect, "LatestOnOrBefore(%d, %d, %s) = %s, want %s", m, d, ref.Iso().c_str(),
             lob ? lob->Iso().c_str() : "null", expect ? expect->Iso().c_str() : "null");
}

void CheckParse(const std::uint8_t* data, std::size_t size) {
  const std::string_view all(reinterpret_cast<const char*>(data), size);
  for (std::string_view s : {all, all.substr(0, 10)}) {
    std::optional<Date> d = Date::Parse(s);
    if (!d) continue;
    FUZZ_CHECK(claimx::ValidDate(d->year, d->month, d->day) && d->Iso() == s, "Parse(\"%.*s\") = %s",
               static_cast<int>(s.size()), s.data(), d->Iso().c_str());
  }
}

void CheckResolver(const std::uint8_t* data, std::size_t size) {
  const std::string prefix = "date 2020-11-05 ";
  claimx::Document doc{"fuzz.txt",
                       prefix + std::string(reinterpret_cast<const char*>(data), size) + " Ohio reported 5,000 cases.",
                       std::nullopt};
  claimx::Extractor ex(claimx_fuzz::Builtin());
  for (const claimx::Claim& c : ex.Extract(doc)) {
    claimx_fuzz::CheckClaim(c, doc.bytes.size());
    // Known (fuzz/findings/dates/relative_date_before_year_1): "0001-01-01
    // two days earlier" resolves to year 0.
    if (c.date && c.date->year < 1 && claimx_fuzz::Ignored("date_before_year_1")) continue;
    FUZZ_CHECK(claimx_fuzz::ValidOrNull(c.date), "claim date %d-%d-%d is no calendar day (%s)",
               c.date->year, c.date->month, c.date->day, c.text.c_str());
    FUZZ_CHECK(claimx_fuzz::ValidOrNull(c.doc_date), "doc_date is no calendar day");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  CheckCalendar(data, size);
  CheckParse(data, size);
  CheckResolver(data, size);
  return 0;
}
