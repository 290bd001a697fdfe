#include <catch2/catch.hpp>

#include "dates.h"

using claimx::Date;

TEST_CASE("ISO dates parse only when real", "[dates]") {
  CHECK(Date::Parse("2020-11-04")->Iso() == "2020-11-04");
  CHECK_FALSE(Date::Parse("2020-13-01"));
  CHECK_FALSE(Date::Parse("2021-02-29"));
  CHECK(Date::Parse("2020-02-29"));
  CHECK_FALSE(Date::Parse("2020-1-04"));
}

TEST_CASE("weekdays", "[dates]") {
  CHECK(claimx::Weekday(Date{2020, 11, 6}) == 5);  // a Friday
  CHECK(claimx::LatestWeekday(3, Date{2020, 11, 6}).Iso() == "2020-11-04");  // Wednesday before
  CHECK(claimx::LatestWeekday(5, Date{2020, 11, 6}).Iso() == "2020-11-06");  // same day
}

TEST_CASE("a month and day resolve to the latest on or before the reference", "[dates]") {
  CHECK(claimx::LatestOnOrBefore(11, 23, Date{2021, 1, 8})->Iso() == "2020-11-23");
  CHECK(claimx::LatestOnOrBefore(11, 3, Date{2020, 11, 5})->Iso() == "2020-11-03");
  CHECK(claimx::LatestOnOrBefore(2, 29, Date{2021, 3, 1})->Iso() == "2020-02-29");
}

TEST_CASE("month names", "[dates]") {
  CHECK(claimx::MonthNumber("Nov") == 11);
  CHECK(claimx::MonthNumber("Sept") == 9);
  CHECK(claimx::MonthNumber("January") == 1);
  CHECK(claimx::MonthNumber("Xyz") == 0);
  CHECK(claimx::AddDays(Date{2020, 3, 1}, -1).Iso() == "2020-02-29");
}
