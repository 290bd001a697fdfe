#include "dates.h"

#include <cstdio>
#include <string>

namespace claimx {

long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = static_cast<unsigned>((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

Date CivilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int Weekday(const Date& d) {
  long z = DaysFromCivil(d.year, d.month, d.day);
  return static_cast<int>(z >= -4 ? (z + 4) % 7 : (z + 5) % 7 + 6);
}

bool ValidDate(int y, int m, int d) {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int md = kDays[m - 1];
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) md = 29;
  return d <= md;
}

Date AddDays(const Date& d, long n) { return CivilFromDays(DaysFromCivil(d.year, d.month, d.day) + n); }

int MonthNumber(std::string_view name) {
  static const char* kNames[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  if (name.size() < 3) return 0;
  std::string low;
  for (char c : name) low.push_back(static_cast<char>(c | 0x20));
  for (int i = 0; i < 12; ++i)
    if (low.compare(0, 3, kNames[i]) == 0) return i + 1;
  return 0;
}

bool IsMonthName(std::string_view word) {
  static const char* kNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                 "July",    "August",   "September", "October", "November", "December"};
  for (const char* n : kNames)
    if (word == n) return true;
  return false;
}

int WeekdayNumber(std::string_view name) {
  static const char* kNames[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
  for (int i = 0; i < 7; ++i)
    if (name == kNames[i]) return i;
  return -1;
}

std::optional<Date> LatestOnOrBefore(int month, int day, const Date& ref) {
  for (int y = ref.year; y >= ref.year - 4; --y) {
    if (!ValidDate(y, month, day)) continue;
    Date c{y, month, day};
    if (DaysFromCivil(y, month, day) <= DaysFromCivil(ref.year, ref.month, ref.day)) return c;
  }
  return std::nullopt;
}

Date LatestWeekday(int wd, const Date& ref) {
  int diff = (Weekday(ref) - wd + 7) % 7;
  return AddDays(ref, -diff);
}

std::string Date::Iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::optional<Date> Date::Parse(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  int v[3] = {0, 0, 0};
  const int pos[3][2] = {{0, 4}, {5, 2}, {8, 2}};
  for (int k = 0; k < 3; ++k) {
    for (int j = 0; j < pos[k][1]; ++j) {
      char c = iso[static_cast<std::size_t>(pos[k][0] + j)];
      if (c < '0' || c > '9') return std::nullopt;
      v[k] = v[k] * 10 + (c - '0');
    }
  }
  if (!ValidDate(v[0], v[1], v[2])) return std::nullopt;
  return Date{v[0], v[1], v[2]};
}

}  // namespace claimx
