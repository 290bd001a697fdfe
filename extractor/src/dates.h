// Calendar arithmetic for date resolution.
#ifndef CLAIMX_SRC_DATES_H_
#define CLAIMX_SRC_DATES_H_

#include <optional>
#include <string_view>

#include "claimx/claimx.h"

namespace claimx {

// Days since 1970-01-01 (negative before).
long DaysFromCivil(int y, int m, int d);
Date CivilFromDays(long z);
// 0 = Sunday ... 6 = Saturday.
int Weekday(const Date& d);
bool ValidDate(int y, int m, int d);
Date AddDays(const Date& d, long n);
// Month number 1..12 of a month name or abbreviation ("Nov", "November",
// "Sept"); 0 when it is none.
int MonthNumber(std::string_view name);
// True for a month's full name as written ("March", not "Mar" or "march").
bool IsMonthName(std::string_view word);
// Weekday number (0 = Sunday) of "Monday".."Sunday"; -1 otherwise.
int WeekdayNumber(std::string_view name);
// The latest month/day on or before `ref`.
std::optional<Date> LatestOnOrBefore(int month, int day, const Date& ref);
// The latest weekday `wd` on or before `ref`.
Date LatestWeekday(int wd, const Date& ref);

}  // namespace claimx

#endif  // CLAIMX_SRC_DATES_H_
