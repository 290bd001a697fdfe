// The phenomena of issue 3, one TEST_CASE per group: for each phenomenon a
// sentence that must give the claim CLAIMS.md asks for, and a sentence that
// must give no claim (or not that field value). The article date is Friday
// 2020-11-06 unless a case says otherwise.
#include <catch2/catch.hpp>

#include "builtin.h"

#include <string>
#include <vector>

#include "claimx/claimx.h"

namespace {

struct Qual {
  const char* text;
  const char* state;
  long long count;
  const char* qualifier;
};

void CheckQualifiers(const Qual* begin, const Qual* end, const char* bound) {
  for (const Qual* q = begin; q != end; ++q) {
    INFO(q->text);
    auto c = One(q->text);
    CHECK(c.state_code == q->state);
    CHECK(c.count == q->count);
    CHECK(Opt(c.qualifier) == q->qualifier);
    CHECK(c.bound == bound);
    CHECK_FALSE(c.count_max);
  }
}

// A phrase that looks like a qualifier but does not bear on the figure.
void CheckNoQualifier(const char* text) {
  INFO(text);
  auto c = One(text);
  CHECK(Opt(c.qualifier) == "<null>");
  CHECK(c.bound == "exact");
}

}  // namespace

TEST_CASE("phenomena: qualifiers (upper)", "[phenomena]") {
  const Qual cases[] = {
      {"Election officials in Oregon counted nearly 2,300 provisional ballots.", "OR", 2300, "nearly"},
      {"Almost 41,000 mail ballots in Nevada were still being processed.", "NV", 41000, "almost"},
      {"Close to 18,500 absentee ballots were returned in Vermont.", "VT", 18500, "close to"},
      {"Montana reported just under 7,200 new cases.", "MT", 7200, "just under"},
      {"Fewer than 900 voters in Wyoming used the new drop boxes.", "WY", 900, "fewer than"},
      {"In Delaware, less than 3,400 ballots were set aside.", "DE", 3400, "less than"},
      {"Health officials in Kansas recorded under 450 deaths.", "KS", 450, "under"},
      {"Up to 12,000 ballots in Alabama could be affected.", "AL", 12000, "up to"},
      {"As many as 3,100 voters in Idaho were turned away.", "ID", 3100, "as many as"},
      {"No more than 5,600 ballots remain uncounted in Utah.", "UT", 5600, "no more than"},
  };
  CheckQualifiers(std::begin(cases), std::end(cases), "upper");
  // "Under" and "nearly" that govern no figure.
  CheckNoQualifier("Under the new rules, Ohio counted 4,300 late ballots.");
  CheckNoQualifier("Ohio reported 4,300 new cases, nearly a record.");
}

TEST_CASE("phenomena: qualifiers (lower)", "[phenomena]") {
  const Qual cases[] = {
      {"Turnout in Oklahoma was more than 1,550,000 voters.", "OK", 1550000, "more than"},
      {"Over 640 new cases were reported in Maine.", "ME", 640, "over"},
      {"Early voting in Texas topped 9.7 million ballots.", "TX", 9700000, "topped"},
      {"Upwards of 30,000 people in Louisiana lost power.", "LA", 30000, "upwards of"},
      {"Upward of 30,000 people in Louisiana lost power.", "LA", 30000, "upward of"},
      {"At least 85 deaths in Missouri were linked to the storm.", "MO", 85, "at least"},
      {"No fewer than 2,000 signatures in Nebraska were rejected.", "NE", 2000, "no fewer than"},
      {"Arkansas saw 8,000-plus absentee ballots.", "AR", 8000, "plus"},
      {"Ohio recorded 40,000 or more new jobless claims.", "OH", 40000, "or more"},
  };
  CheckQualifiers(std::begin(cases), std::end(cases), "lower");
  // "Over the weekend" is a time, not a bound.
  CheckNoQualifier("Over the weekend, Ohio reported 4,300 new cases.");
  CheckNoQualifier("In Arkansas, 1,300 ballots were rejected.");
  auto exactly = One("In Arkansas, exactly 1,300 ballots were rejected.");
  CHECK(Opt(exactly.qualifier) == "exactly");
  CHECK(exactly.bound == "exact");
}

TEST_CASE("phenomena: qualifiers (approx)", "[phenomena]") {
  const Qual cases[] = {
      {"About 3,900 ballots in Rhode Island were cured.", "RI", 3900, "about"},
      {"Around 76,000 voters in Alaska registered by mail.", "AK", 76000, "around"},
      {"Roughly 1.2 million doses have been given in Virginia.", "VA", 1200000, "roughly"},
      {"Approximately 4,450 ballots were rejected in Kentucky.", "KY", 4450, "approximately"},
      {"Some 250,000 residents in Hawaii have been tested.", "HI", 250000, "some"},
      {"An estimated 92,000 people in Iowa filed claims.", "IA", 92000, "an estimated"},
      {"Nevada's estimated 1.9 million active voters received ballots by mail.", "NV", 1900000, "estimated"},
      {"Officials in New Mexico expect on the order of 900,000 ballots.", "NM", 900000, "on the order of"},
  };
  CheckQualifiers(std::begin(cases), std::end(cases), "approx");
  // "About the same time" and "roughly half of" do not qualify the count.
  CheckNoQualifier("About the same time, Ohio reported 4,300 new cases.");
  CheckNoQualifier("Roughly half of Oregon's 2.9 million voters backed the measure.");
}

TEST_CASE("phenomena: qualifiers (range)", "[phenomena]") {
  struct R {
    const char* text;
    const char* state;
    const char* qualifier;
  } cases[] = {
      {"Between 4,100 and 4,700 ballots in New Hampshire were flagged.", "NH", "between"},
      {"In South Carolina, 4,100\xE2\x80\x93" "4,700 ballots were flagged.", "SC", "<null>"},
      {"In South Carolina, 4,100 to 4,700 ballots were flagged.", "SC", "<null>"},
      {"Officials said 4,100-4,700 ballots in South Carolina were flagged.", "SC", "<null>"},
  };
  for (const auto& r : cases) {
    INFO(r.text);
    auto c = One(r.text);
    CHECK(c.state_code == r.state);
    CHECK(c.count == 4100);
    REQUIRE(c.count_max);
    CHECK(*c.count_max == 4700);
    CHECK(c.bound == "range");
    CHECK(Opt(c.qualifier) == r.qualifier);
    CHECK(Opt(c.metric) == "ballots");
  }
  // A change "from X to Y" is two counts, not a range; a score is no count.
  auto v = Run("New cases in Utah rose from 2,100 to 2,700 in a week.");
  REQUIRE(v.size() == 2);
  for (const auto& c : v) {
    CHECK_FALSE(c.count_max);
    CHECK(c.bound == "exact");
  }
  CHECK(v[0].count == 2100);
  CHECK(v[1].count == 2700);
  CHECK(Run("Alabama won 24-17 in Tennessee.").empty());
}

TEST_CASE("phenomena: numbers", "[phenomena]") {
  const char* grouped[] = {
      "Wisconsin clerks received 3,298,041 ballots.",
      "Wisconsin clerks received 3298041 ballots.",
      "Wisconsin clerks received 3\xC2\xA0" "298\xC2\xA0" "041 ballots.",          // U+00A0
      "Wisconsin clerks received 3\xE2\x80\x89" "298\xE2\x80\x89" "041 ballots.",  // U+2009
      "Wisconsin clerks received 3\xE2\x80\xAF" "298\xE2\x80\xAF" "041 ballots.",  // U+202F
  };
  for (const char* t : grouped) {
    INFO(t);
    auto c = One(t);
    CHECK(c.state_code == "WI");
    CHECK(c.count == 3298041);
  }

  struct N {
    const char* text;
    long long count;
  } scaled[] = {
      {"Minnesota has given 1.2 million doses of the vaccine.", 1200000},
      {"Arizona has now processed 2.4 billion records.", 2400000000LL},
      {"Nationwide, pharmacies have given 1.5 billion doses.", 1500000000LL},
      {"Oregon has administered 4.8m tests.", 4800000},
      {"Indiana reported 3.1M ballots cast.", 3100000},
      {"Kentucky has run 12K tests.", 12000},
      {"Kentucky has run 12k tests.", 12000},
      {"Colorado has run 250K tests.", 250000},
      {"Three hundred forty-one provisional ballots were counted in Wyoming.", 341},
      {"Officials in Maine said ten thousand ballots arrived late.", 10000},
      {"Nine thousand ballots in Maine arrived late.", 9000},
      {"Two million voters in Michigan voted absentee.", 2000000},
      {"A dozen deaths in Vermont were tied to the outbreak.", 12},
  };
  for (const auto& n : scaled) {
    INFO(n.text);
    CHECK(One(n.text).count == n.count);
  }

  // U+2212 minus and an en dash before a figure in a list: the absolute count.
  for (const char* dash : {"\xE2\x88\x92", "\xE2\x80\x93"}) {
    std::string text = std::string("Change in payrolls by state last month:\n\nOhio: ") + dash + "4,800\nIowa: " +
                       dash + "1,250\n";
    INFO(text);
    auto v = Run(text);
    REQUIRE(v.size() == 2);
    CHECK(v[0].state_code == "OH");
    CHECK(v[0].count == 4800);
    CHECK(v[1].state_code == "IA");
    CHECK(v[1].count == 1250);
  }

  // "hundreds of", "thousands of" and a dozen places are no count; a minus
  // in a poll standing is no count.
  const char* none[] = {
      "Hundreds of ballots in Idaho were set aside.",
      "Thousands of voters in Ohio waited in line.",
      "In Florida, hundreds of voters waited in line.",
      "In Ohio, a dozen counties reported delays.",
      "The governor's net approval in Ohio fell to \xE2\x88\x92" "12 points.",
  };
  for (const char* t : none) {
    INFO(t);
    CHECK(Run(t).empty());
  }
}

TEST_CASE("phenomena: states", "[phenomena]") {
  // Full names.
  CHECK(One("North Carolina reported 2,750 new cases on Thursday.").state_code == "NC");
  CHECK(One("North Carolina reported 2,750 new cases on Thursday.").state == "North Carolina");

  // USPS codes in a list and in a dateline.
  auto list = Run("Absentee ballots returned so far:\n\nNC 412,000\nSC 188,500\nGA 1,020,000\n");
  REQUIRE(list.size() == 3);
  CHECK(list[0].state_code == "NC");
  CHECK(list[1].state_code == "SC");
  CHECK(list[2].state_code == "GA");
  CHECK(list[2].count == 1020000);
  CHECK(One("BATON ROUGE, LA (WAFB) \xE2\x80\x94 Health officials reported 1,850 new cases on Thursday.")
            .state_code == "LA");

  // AP abbreviations, in text and in datelines.
  CHECK(One("NASHVILLE, Tenn. (AP) \xE2\x80\x94 State health officials reported 1,930 new cases.").state_code ==
        "TN");
  CHECK(One("In Tenn., the governor's office reported 1,930 new cases.").state_code == "TN");
  CHECK(One("Health officials in N.C. reported 2,750 new cases.").state_code == "NC");
  CHECK(One("In Calif., officials counted 16.9 million ballots.").state_code == "CA");
  CHECK(One("In Mo., election officials counted 3 million ballots.").state_code == "MO");
  CHECK(One("JEFFERSON CITY, Mo. (AP) \xE2\x80\x94 Election officials counted 3 million ballots.").state_code ==
        "MO");

  // Washington state, Washington, D.C., and The Washington Post.
  CHECK(One("Officials in Washington state reported 3,900 new cases.").state_code == "WA");
  auto dc = One("In Washington, D.C., officials reported 310 new cases.");
  CHECK(dc.state_code == "DC");
  CHECK(dc.state == "District of Columbia");
  auto post = One("The Washington Post counted 148,000 provisional ballots nationwide.");
  CHECK(post.state_code == "US");
  CHECK(Run("The Washington Post said 310 new cases were reported.").empty());

  // Kansas City, Mo. is Missouri; the city's own count is no claim.
  CHECK(Run("Kansas City, Mo., reported 1,100 new cases.").empty());
  CHECK(Run("In Kansas City, Mo., 1,100 new cases were reported.").empty());
  auto kc = One("KANSAS CITY, Mo. (AP) \xE2\x80\x94 Health officials reported 2,900 new cases statewide on Tuesday.");
  CHECK(kc.state_code == "MO");
  CHECK(kc.state == "Missouri");

  // Georgia the state.
  auto ga = One("Voters in Georgia cast 4,998,000 ballots.");
  CHECK(ga.state_code == "GA");
  CHECK(ga.state == "Georgia");

  // The state named in the sentence before, in the same paragraph only.
  CHECK(One("The senator grew up in Nevada. She received 701,000 votes.").state_code == "NV");
  CHECK(Run("The senator grew up in Nevada.\n\nShe received 701,000 votes.").empty());

  // "respectively" pairs states and counts in order.
  auto r = Run("Michigan and Ohio reported 3,200 and 2,900 new cases, respectively.");
  REQUIRE(r.size() == 2);
  CHECK(r[0].state_code == "MI");
  CHECK(r[0].count == 3200);
  CHECK(r[1].state_code == "OH");
  CHECK(r[1].count == 2900);

  // National scope words.
  const char* national[] = {
      "Nationwide, 2,100 new deaths were reported.",
      "Across the country, more than 102,000 people were hospitalized.",
      "In the U.S., 160,000 new cases were reported on Wednesday.",
      "More than 158 million ballots were cast across the nation.",
  };
  for (const char* t : national) {
    INFO(t);
    auto c = One(t);
    CHECK(c.state_code == "US");
    CHECK(c.state == "United States");
  }
  // No state and no national scope: no claim.
  CHECK(Run("Officials said 2,750 new cases were reported.").empty());
}

TEST_CASE("phenomena: subjects", "[phenomena]") {
  // Several subjects in one sentence.
  auto two = Run("In Pennsylvania, Shapiro had 2,900,000 votes while Mastriano had 2,200,000.");
  REQUIRE(two.size() == 2);
  CHECK(Opt(two[0].subject) == "Shapiro");
  CHECK(two[0].count == 2900000);
  CHECK(Opt(two[1].subject) == "Mastriano");
  CHECK(two[1].count == 2200000);
  CHECK(Opt(two[1].metric) == "votes");
  auto full = Run("Joe Biden and Donald Trump both campaigned there. In Pennsylvania, Biden has 3,458,229 votes "
                  "and Trump has 3,377,674.");
  REQUIRE(full.size() == 2);
  CHECK(Opt(full[0].subject) == "Joe Biden");
  CHECK(Opt(full[1].subject) == "Donald Trump");

  // Surnames, first names, nicknames, role nouns and pronouns resolve to the
  // full name seen earlier.
  const char* west[] = {
      "Rapper Kanye West ran as an independent. In Idaho, the rapper received 3,600 votes.",
      "Rapper Kanye West ran as an independent. In Idaho, Ye received 3,600 votes.",
      "Rapper Kanye West ran as an independent. In Idaho, Kanye received 3,600 votes.",
      "Rapper Kanye West ran as an independent. In Idaho, he received 3,600 votes.",
  };
  for (const char* t : west) {
    INFO(t);
    CHECK(Opt(One(t).subject) == "Kanye West");
  }
  CHECK(Opt(One("Libertarian Jo Jorgensen campaigned in the Midwest. In Ohio, the Libertarian nominee got 67,000 "
                "votes.")
                .subject) == "Jo Jorgensen");
  CHECK(Opt(One("Libertarian Jo Jorgensen campaigned in the Midwest. In Ohio, Jorgensen got 67,000 votes.").subject) ==
        "Jo Jorgensen");
  CHECK(Opt(One("Former Mayor Pete Buttigieg campaigned in the state. In Iowa, Mayor Pete got 14,000 votes.")
                .subject) == "Pete Buttigieg");
  CHECK(Opt(One("Gretchen Whitmer won a second term. In Michigan, Whitmer received 2,430,505 votes.").subject) ==
        "Gretchen Whitmer");
  // The last full name with that surname wins, not the first person seen.
  CHECK(Opt(One("Donald Trump held a rally. Joe Biden spoke in Delaware. In Nevada, Biden won 703,486 votes.")
                .subject) == "Joe Biden");

  // A role noun with no full name before it stays unresolved; a name never
  // linked to a full name stays as written; a title is not part of the name.
  CHECK(Opt(One("In Idaho, the rapper received 3,600 votes.").subject) == "<null>");
  CHECK(Opt(One("In Idaho, Smith received 3,600 votes.").subject) == "Smith");
  CHECK(Opt(One("In Michigan, Gov. Gretchen Whitmer received 2,430,505 votes.").subject) == "Gretchen Whitmer");
  // A count of cases has no person as its subject.
  CHECK(Opt(One("Florida recorded 71 deaths.").subject) == "<null>");
}

TEST_CASE("phenomena: metrics", "[phenomena]") {
  struct M {
    const char* text;
    const char* metric;
  } cases[] = {
      {"In Iowa, the senator received 864,997 votes.", "votes"},
      {"Clerks in Wisconsin have received 1,950,000 absentee ballots.", "absentee ballots"},
      {"In Georgia, 5,023,000 voters cast ballots.", "voters"},
      {"Ohio reported 4,300 new cases on Thursday.", "new cases"},
      {"Florida recorded 71 deaths.", "deaths"},
      {"Labs in Utah processed 9,400 tests.", "tests"},
      {"Pharmacies in Vermont administered 38,000 doses.", "doses"},
      {"Arizona added 12,300 jobs in October.", "jobs"},
      {"Workers in Kentucky filed 21,000 initial claims.", "initial claims"},
      {"Organizers in Oklahoma turned in 313,000 signatures.", "signatures"},
      {"Biden won Wisconsin's 10 electoral votes.", "electoral votes"},
  };
  for (const auto& m : cases) {
    INFO(m.text);
    CHECK(Opt(One(m.text).metric) == m.metric);
  }

  // A lead or a winning margin is a margin, not votes.
  const char* margins[] = {
      "With 97% of precincts reporting, Whitmer led Michigan by 270,000 votes.",
      "Whitmer led by 270,000 votes in Michigan.",
      "In Michigan, Whitmer won by 270,000 votes.",
  };
  for (const char* t : margins) {
    INFO(t);
    auto c = One(t);
    CHECK(Opt(c.metric) == "margin");
    CHECK(c.count == 270000);
    CHECK(c.state_code == "MI");
    CHECK(Opt(c.subject) == "Whitmer");
  }
  // Votes won are votes, not a margin.
  CHECK(Opt(One("In Nevada, Biden won 703,486 votes.").metric) == "votes");

  // Shares are no claims.
  const char* shares[] = {
      "With 97% of precincts reporting in Michigan, Whitmer was ahead.",
      "About 62% of voters in Oregon backed the measure.",
      "Two in five voters in Oregon backed the measure.",
      "Turnout in Arizona reached 79.9 percent.",
  };
  for (const char* t : shares) {
    INFO(t);
    CHECK(Run(t).empty());
  }
}

TEST_CASE("phenomena: dates", "[phenomena]") {
  struct D {
    const char* text;
    const char* date;
    const char* basis;
  } cases[] = {
      // Explicit dates, with and without the year; "as of".
      {"Ohio reported 4,300 new cases on Nov. 2, 2020.", "2020-11-02", "text"},
      {"Ohio reported 4,300 new cases on Nov. 2.", "2020-11-02", "text"},
      {"Ohio reported 4,300 new cases on November 2.", "2020-11-02", "text"},
      {"As of Oct. 30, Florida had counted 8.9 million ballots.", "2020-10-30", "text"},
      // Weekdays: the latest such day on or before the document date.
      {"As of Tuesday, Florida had counted 8.9 million ballots.", "2020-11-03", "relative"},
      {"Florida had counted 8.9 million ballots as of Tuesday.", "2020-11-03", "relative"},
      {"Ohio reported 4,300 new cases on Thursday.", "2020-11-05", "relative"},
      {"Ohio reported 4,300 new cases on Friday.", "2020-11-06", "relative"},
      {"Ohio reported 4,300 new cases on Saturday.", "2020-10-31", "relative"},
      // "yesterday", "last week".
      {"Ohio reported 4,300 new cases yesterday.", "2020-11-05", "relative"},
      {"Ohio reported 4,300 new cases last week.", "2020-10-30", "relative"},
      // The document date as the fallback.
      {"Ohio reported 4,300 new cases.", "2020-11-06", "document"},
  };
  for (const auto& d : cases) {
    INFO(d.text);
    auto c = One(d.text);
    CHECK(Iso(c.date) == d.date);
    CHECK(Opt(c.date_basis) == d.basis);
  }

  // A month and day without a year: the latest such day on or before the
  // document date, across the new year.
  auto md = One("Ohio reported 4,300 new cases on Dec. 30.", "2021-01-04");
  CHECK(Iso(md.date) == "2020-12-30");
  CHECK(Opt(md.date_basis) == "text");

  // "a day earlier" dates the figure it follows.
  auto v = Run("Ohio reported 4,300 new cases on Thursday, up from 3,900 a day earlier.");
  REQUIRE(v.size() == 2);
  CHECK(Iso(v[0].date) == "2020-11-05");
  CHECK(Iso(v[1].date) == "2020-11-04");
  CHECK(Opt(v[1].date_basis) == "relative");

  // A dateline's day.
  auto dl = One("JACKSON, Miss., Nov. 4 (Reuters) - Mississippi reported 1,200 new cases.");
  CHECK(dl.state_code == "MS");
  CHECK(Iso(dl.date) == "2020-11-04");
  CHECK(Opt(dl.date_basis) == "text");
  // A dateline without a day dates nothing: the document date.
  auto nodl = One("JACKSON, Miss. (AP) \xE2\x80\x94 Mississippi reported 1,200 new cases.");
  CHECK(Iso(nodl.date) == "2020-11-06");
  CHECK(Opt(nodl.date_basis) == "document");

  // No document date and nothing in the text: null, with a null basis.
  auto none = One("Ohio reported 4,300 new cases.", nullptr);
  CHECK_FALSE(none.date);
  CHECK_FALSE(none.date_basis);
  // Without a document date a weekday resolves against nothing.
  CHECK_FALSE(One("Ohio reported 4,300 new cases on Thursday.", nullptr).date);
}

TEST_CASE("phenomena: sources", "[phenomena]") {
  struct S {
    const char* text;
    const char* source;
  } cases[] = {
      // "according to".
      {"Nevada has 98,000 uncounted ballots, according to the Nevada secretary of state's office.",
       "Nevada secretary of state's office"},
      // "said", "reported".
      {"More than 4,100 people in Alabama have died, the state health department said.", "state health department"},
      {"The Alabama Department of Public Health reported 4,100 deaths.", "Alabama Department of Public Health"},
      // "figures show", "data from".
      {"Alabama recorded 4,100 deaths, figures from the state health department show.", "state health department"},
      {"Alabama recorded 4,100 deaths, data from Johns Hopkins University show.", "Johns Hopkins University"},
      // "per", "citing", "released by", "tallied by", "X's count".
      {"Alabama has recorded 4,100 deaths, per the COVID Tracking Project.", "The COVID Tracking Project"},
      {"Alabama had recorded 4,100 deaths, CNN reported, citing state health officials.", "state health officials"},
      {"According to figures released by the Alabama Department of Public Health, the state has recorded 4,100 "
       "deaths.",
       "Alabama Department of Public Health"},
      {"Alabama had 4,100 deaths, according to a count released by the governor's office.", "governor's office"},
      {"Nationwide, more than 81,000 ballots were cured, as tallied by the Brennan Center.", "Brennan Center"},
      {"Decision Desk HQ's count shows 1,240,000 ballots cast in Iowa.", "Decision Desk HQ"},
      {"In Iowa, 1,240,000 ballots were cast, by Decision Desk HQ's count.", "Decision Desk HQ"},
      // Outlets mapped to canonical names.
      {"Biden had 306 electoral votes nationwide, according to the AP's count.", "Associated Press"},
      {"Alabama has recorded 4,100 deaths, according to a Reuters tally.", "Reuters"},
      {"Alabama has recorded 4,100 deaths, the NYT reported.", "The New York Times"},
      {"Alabama has recorded 4,100 deaths, according to AFP.", "Agence France-Presse"},
      {"Alabama has recorded 4,100 deaths, WSJ reported.", "The Wall Street Journal"},
      {"Citing state data, NBC said Alabama had recorded 4,100 deaths.", "NBC News"},
      {"Utah reported 2,310 new cases, according to the Centers for Disease Control and Prevention.",
       "Centers for Disease Control and Prevention"},
      // Two sources: the one that governs the figure wins.
      {"Officials in Washington state reported 3,900 new cases, The Seattle Times reported.",
       "Officials in Washington state"},
      {"Maryland counted 2,900,000 ballots, The Baltimore Sun reported, citing the state elections board.",
       "state elections board"},
  };
  for (const auto& s : cases) {
    INFO(s.text);
    CHECK(Opt(One(s.text).source) == s.source);
  }

  // A wire credit is never a source.
  CHECK(Opt(One("MONTGOMERY, Ala. (AP) \xE2\x80\x94 Alabama has recorded 4,100 deaths.").source) == "<null>");
  CHECK(Opt(One("JACKSON, Miss. (Reuters) - State officials reported 1,200 new cases.").source) == "State officials");
  // A state that reports its own figure, or a sentence with no cue, names no source.
  CHECK(Opt(One("North Carolina reported 2,750 new cases on Thursday.").source) == "<null>");
  CHECK(Opt(One("Florida recorded 71 deaths.").source) == "<null>");

  // A list inherits the attribution (and metric and date) of its introducing sentence.
  auto v = Run("According to the CDC, these states reported the most new cases on Thursday:\n\nUtah: 2,310\n"
               "Idaho: 1,420\n");
  REQUIRE(v.size() == 2);
  for (const auto& c : v) {
    CHECK(Opt(c.source) == "Centers for Disease Control and Prevention");
    CHECK(Opt(c.metric) == "new cases");
    CHECK(Iso(c.date) == "2020-11-05");
  }
  CHECK(v[1].state_code == "ID");
  v = Run("The CDC released new case counts by state. Check them out below:\n\nUtah: 2,310\nIdaho: 1,420\n");
  REQUIRE(v.size() == 2);
  for (const auto& c : v) CHECK(Opt(c.source) == "Centers for Disease Control and Prevention");
  // A list whose introduction names no one has no source.
  v = Run("Absentee ballots returned so far:\n\nNC 412,000\nSC 188,500\n");
  REQUIRE(v.size() == 2);
  for (const auto& c : v) CHECK(Opt(c.source) == "<null>");
}

TEST_CASE("phenomena: negatives", "[phenomena]") {
  const char* none[] = {
      // ages
      "Gov. Mike DeWine, 73, toured a clinic in Ohio.",
      "The 58-year-old senator from Ohio conceded.",
      // years
      "Ohio voters first approved the measure in 2018.",
      "In 1992, Ross Perot did well in Maine.",
      // times and durations
      "Polls in Indiana close at 6 p.m. local time.",
      "The Iowa count resumed at 9:15 a.m.",
      "Early voting in Texas lasted 18 days.",
      // percentages
      "Roughly 54% of voters in Arizona backed the measure.",
      "Turnout in Arizona reached 79.9 percent.",
      // money
      "Candidates in Georgia raised $250 million.",
      "The campaign spent $4.5 million in Wisconsin.",
      "The Ohio recount will cost about $1.2 million.",
      // phone numbers and addresses
      "Voters in Nevada with questions can call 775-555-0142.",
      "The Ohio elections office is at 180 E. Broad St. in Columbus.",
      // scores
      "Michigan beat Ohio State 45-23 on Saturday.",
      // ordinals
      "She finished third in Iowa.",
      // counts of states and counties
      "Trump won 25 states, including Florida and Ohio.",
      "Biden carried Arizona, one of five states that flipped.",
      "Ohio is home to 88 counties.",
      // thresholds nothing reached
      "Democrats hope Texas will soon pass the 5 million mark in early voting.",
      "The count in Georgia is nearing the 5-million mark.",
      // numbers inside URLs
      "Nevada's results page at https://silverstateelection.nv.gov/12345 was down.",
      "Results for Ohio are posted at www.example.com/ohio/2020/4300.",
  };
  for (const char* t : none) {
    INFO(t);
    CHECK(Run(t).empty());
  }
  // The claim survives next to the negatives around it.
  auto v = Run("Gov. Mike DeWine, 73, said at 2 p.m. that Ohio had recorded 4,300 new cases, about 9% more than in "
               "2019.");
  REQUIRE(v.size() == 1);
  CHECK(v[0].count == 4300);
  CHECK(v[0].state_code == "OH");
}

TEST_CASE("phenomena: fixed after the first review", "[phenomena]") {
  // A range with a word between it and its noun.
  auto c = One("South Carolina reported 4,100\xE2\x80\x93" "4,700 flagged ballots.");
  CHECK(c.count == 4100);
  REQUIRE(c.count_max);
  CHECK(*c.count_max == 4700);
  CHECK(c.bound == "range");
  // Speakers: a phrase ending in a state, an owner's office, a title's dot,
  // a possessive after "By", a weekday after the name, "the following".
  CHECK(Opt(One("Officials in Maine reported 10,000 late ballots.").source) == "Officials in Maine");
  CHECK(Opt(One("Georgia's secretary of state said 4,998,000 ballots were counted.").source) ==
        "Georgia's secretary of state");
  CHECK(Opt(One("Alabama has recorded 4,100 deaths, according to Dr. Scott Harris, the state health officer.")
                .source) == "Scott Harris");  // read past the title's dot, then drop the title
  CHECK(Opt(One("By The New York Times' count, Alabama has recorded 4,100 deaths.").source) == "The New York Times");
  CHECK(Opt(One("Ohio on Wednesday reported 4,300 new cases.").source) == "<null>");
  auto v = Run("Figures released Thursday by the CDC show the following case counts:\n\nUtah: 2,310\n\nIdaho: 1,420");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[1].source) == "Centers for Disease Control and Prevention");
  v = Run("The following case counts were reported:\n\nUtah: 2,310\n\nIdaho: 1,420");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[0].source) == "<null>");
  // A dateline with a day keeps its state and dates the paragraph.
  c = One("JACKSON, Miss., Nov. 4 (Reuters) - State officials reported 1,200 new cases.");
  CHECK(c.state_code == "MS");
  CHECK(c.date->Iso() == "2020-11-04");
  // An explicit date right after a weekday governs, from the text.
  c = One("Ohio reported 4,300 new cases on Thursday, Oct. 29.");
  CHECK(Iso(c.date) == "2020-10-29");
  CHECK(Opt(c.date_basis) == "text");
  c = One("Ohio reported 4,300 new cases on Wednesday (Nov. 4).");
  CHECK(Iso(c.date) == "2020-11-04");
  CHECK(Opt(c.date_basis) == "text");
  c = One("Ohio reported 4,300 new cases on Wednesday, officials said.");
  CHECK(Opt(c.date_basis) == "relative");
  // Surnames with an apostrophe; districts; a modifier before "kits".
  CHECK(Opt(One("Democrat Beto O'Rourke campaigned hard. In Texas, O'Rourke drew 4,045,632 votes.").subject) ==
        "Beto O'Rourke");
  CHECK(Run("The 2nd District in Nebraska gave Biden 22,000 more votes.").empty());
  CHECK(Run("Georgia Tech enrolled 40,000 students.").empty());
  c = One("Nationwide, the government has shipped 1.5 billion test kits.");
  CHECK(c.state_code == "US");
  CHECK(c.count == 1500000000);
}
