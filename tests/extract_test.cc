// End-to-end behaviour of Extractor on single sentences: number forms,
// qualifiers, state forms, dates, sources, subjects, and what is no claim.
#include <catch2/catch.hpp>

#include "builtin.h"

#include <string>
#include <vector>

#include "claimx/claimx.h"

TEST_CASE("number forms", "[extract]") {
  CHECK(One("In Colorado, Jane Roe got 6,000 votes.").count == 6000);
  CHECK(One("In Colorado, Jane Roe got 6000 votes.").count == 6000);
  CHECK(One("Pennsylvania: 6\xE2\x80\xAF" "915\xE2\x80\xAF" "283 votes").count == 6915283);
  CHECK(One("Turnout in Nevada topped 1.1 million, officials said.").count == 1100000);
  CHECK(One("Georgia had counted 4.99 million ballots.").count == 4990000);
  CHECK(One("Michigan had logged 4.8m tests.").count == 4800000);
  CHECK(One("Ohio ran 12K tests.").count == 12000);
  CHECK(One("Five hundred eighty-two write-in votes were recorded in Vermont.").count == 582);
  CHECK(One("Iowa reported two million ballots.").count == 2000000);
}

TEST_CASE("count_span slices the number as written", "[extract]") {
  std::string text = "date 2020-11-05 In Vermont, West got more than 1,200 votes.";
  auto c = One(text, nullptr);
  CHECK(text.substr(c.count_span.begin, c.count_span.end - c.count_span.begin) == "1,200");
  CHECK(text.substr(c.span.begin, c.span.end - c.span.begin) == "In Vermont, West got more than 1,200 votes.");
  CHECK(c.doc_date->Iso() == "2020-11-05");
}

TEST_CASE("qualifiers and bounds", "[extract]") {
  struct Q {
    const char* text;
    const char* qual;
    const char* bound;
  } cases[] = {
      {"In Colorado, West got nearly 6,000 votes.", "nearly", "upper"},
      {"In Vermont, West got more than 1,200 votes.", "more than", "lower"},
      {"In Vermont over 1,200 votes were cast.", "over", "lower"},
      {"She drew roughly 4,200 votes in Utah.", "roughly", "approx"},
      {"As many as 2,400 mail ballots in Iowa were rejected.", "as many as", "upper"},
      {"Upward of 700 ballots in Delaware were set aside.", "upward of", "lower"},
      {"No fewer than 700 ballots in Delaware were set aside.", "no fewer than", "lower"},
      {"Ortega's 6,000\xE2\x80\x91plus votes in Colorado stood out.", "plus", "lower"},
      {"Idaho counted 5,000 or more ballots.", "or more", "lower"},
      {"An estimated 4.4 million voters cast ballots in Georgia.", "an estimated", "approx"},
      {"Texas reported just under 9,000 new cases.", "just under", "upper"},
      {"In Ohio, exactly 5,000 ballots were rejected.", "exactly", "exact"},
  };
  for (const auto& q : cases) {
    auto c = One(q.text);
    INFO(q.text);
    CHECK(Opt(c.qualifier) == q.qual);
    CHECK(c.bound == q.bound);
  }
  auto none = One("In Arkansas, he got 3,979 votes.");
  CHECK_FALSE(none.qualifier);
  CHECK(none.bound == "exact");
}

TEST_CASE("ranges", "[extract]") {
  auto c = One("Between 5,800 and 6,100 ballots remain uncounted in Maine.");
  CHECK(c.count == 5800);
  CHECK(*c.count_max == 6100);
  CHECK(c.bound == "range");
  CHECK(Opt(c.qualifier) == "between");
  auto d = One("Ohio reported 5,800\xE2\x80\x93" "6,100 ballots.");
  CHECK(*d.count_max == 6100);
  CHECK_FALSE(d.qualifier);
}

TEST_CASE("state forms", "[extract]") {
  CHECK(One("Tennessee: 10,195").state_code == "TN");
  CHECK(One("Minnesota 6,796").state_code == "MN");
  CHECK(One("TN: 10,195 votes").state_code == "TN");
  CHECK(One("In Tenn., Smith got 10,195 votes.").state_code == "TN");
  CHECK(One("Officials in Washington state reported 4,087,631 votes.").state_code == "WA");
  CHECK(One("In Washington, D.C., organizers submitted 35,000 signatures.").state_code == "DC");
  CHECK(One("The rapper came from Tennessee. He received 10,188 votes.").state_code == "TN");
  auto us = One("The 2020 race drew about 158 million voters nationwide.");
  CHECK(us.state_code == "US");
  CHECK(us.state == "United States");
  CHECK(One("Smith received 57,396 votes from the 12 states where he ran.").state_code == "US");
}

TEST_CASE("respectively pairs states and counts in order", "[extract]") {
  auto v = Run("In Arizona and Nevada she won 12,400 and 9,850 votes, respectively.");
  REQUIRE(v.size() == 2);
  CHECK(v[0].state_code == "AZ");
  CHECK(v[0].count == 12400);
  CHECK(v[1].state_code == "NV");
  CHECK(v[1].count == 9850);
}

TEST_CASE("dates", "[extract]") {
  auto doc = One("In Ohio, Smith got 1,234 votes.");
  CHECK(doc.date->Iso() == "2020-11-06");
  CHECK(Opt(doc.date_basis) == "document");
  auto wd = One("Results released Wednesday show 88,000 votes in Idaho; the count will be final Monday.");
  CHECK(wd.date->Iso() == "2020-11-04");
  CHECK(Opt(wd.date_basis) == "relative");
  auto md = One("Michigan's 5,539,302 votes were certified on Nov. 23.", "2021-01-08");
  CHECK(md.date->Iso() == "2020-11-23");
  CHECK(Opt(md.date_basis) == "text");
  auto v = Run("Georgia had counted 4.99 million ballots by 10 p.m. Wednesday, up from 4.8m a day earlier.");
  REQUIRE(v.size() == 2);
  CHECK(v[0].date->Iso() == "2020-11-04");
  CHECK(v[1].date->Iso() == "2020-11-03");
  auto y = One("In Iowa, Smith got 3,179 votes yesterday.");
  CHECK(y.date->Iso() == "2020-11-05");
  auto none = One("In Iowa, Smith got 3,179 votes.", nullptr);
  CHECK_FALSE(none.date);
  CHECK_FALSE(none.date_basis);
}

TEST_CASE("the header line gives the document date and belongs to no sentence", "[extract]") {
  auto c = One(" date 2020-11-05 In Iowa, Smith got 3,179 votes.", "2019-01-01");
  CHECK(c.doc_date->Iso() == "2020-11-05");
  CHECK(c.text == "In Iowa, Smith got 3,179 votes.");
}

TEST_CASE("sources", "[extract]") {
  CHECK(Opt(One("Ortega finished with nearly 6,000 votes in Colorado, AP figures show.").source) == "Associated Press");
  CHECK(Opt(One("According to Deadline, about 60,000 people across 12 states voted for him.").source) == "Deadline");
  CHECK(Opt(One("In Vermont, West got more than 1,200 votes, according to the tally.").source) == "<null>");
  CHECK(Opt(One("Turnout in Nevada topped 1.1 million, the secretary of state's office said Thursday.").source) ==
        "secretary of state's office");
  CHECK(Opt(One("Officials in Washington state reported 4,087,631 votes, The Washington Post reported.").source) ==
        "Officials in Washington state");
  CHECK(Opt(One("As many as 2,400 mail ballots in Iowa were rejected, according to county auditors.").source) ==
        "county auditors");
  CHECK(Opt(One("Texas added 45,000 jobs, the Bureau of Labor Statistics reported.").source) ==
        "Bureau of Labor Statistics");
}

TEST_CASE("lists inherit the attribution / metric and subject of their intro", "[extract]") {
  auto v = Run(
      "Kanye West ran as an independent.\n\nAssociated Press revealed the number of votes Kanye received. "
      "Check it out below:\n\nArkansas: 4040\n\nColorado: 6,127\n");
  REQUIRE(v.size() == 2);
  for (const auto& c : v) {
    CHECK(Opt(c.source) == "Associated Press");
    CHECK(Opt(c.metric) == "votes");
    CHECK(Opt(c.subject) == "Kanye West");
  }
  CHECK(v[1].state_code == "CO");
}

TEST_CASE("subjects resolve to the full name seen earlier", "[extract]") {
  auto v = Run("Kanye West ran for president. In Colorado, West got nearly 6,000 votes. "
               "In Utah, the rapper received 4,053 votes. In Iowa, he got 3,179 votes.");
  REQUIRE(v.size() == 3);
  for (const auto& c : v) CHECK(Opt(c.subject) == "Kanye West");
}

TEST_CASE("metrics", "[extract]") {
  CHECK(Opt(One("With 98% of precincts reporting, Ortega led Michigan by 10,457 votes.").metric) == "margin");
  CHECK(Opt(One("As many as 2,400 mail ballots in Iowa were rejected.").metric) == "mail ballots");
  CHECK(Opt(One("Biden won Arizona's 11 electoral votes.").metric) == "electoral votes");
  CHECK(Opt(One("Turnout in Nevada topped 1.1 million.").metric) == "turnout");
}

TEST_CASE("numbers that are no claims", "[extract]") {
  const char* none[] = {
      "More than 3 in 10 Ohio voters cast ballots early.",
      "Kansas City, Mo., logged 2,300 provisional ballots.",
      "West, 43, is a rapper from Georgia.",
      "The 43-year-old rapper voted in Wyoming.",
      "Polls in Ohio closed at 7:30 p.m.",
      "Ohio saw 49.43% turnout.",
      "Texas spent $14 million on ads.",
      "He was a candidate in 12 states, including Utah.",
      "The measure needed 766,200 signatures in Florida.",
      "The number in Texas has a chance of surpassing the 60,000-mark.",
      "Call 555-867-5309 in Ohio.",
      "Florida beat Georgia 24-17.",
      "In Texas, the 2020 presidential election was close.",
      "He was the 46th president and won in Ohio.",
      "About 60,000 people voted for him.",
      "See https://example.com/ohio/12345 for Ohio.",
      "Maricopa County reported 1,200,000 votes in Arizona.",
  };
  for (const char* t : none) {
    INFO(t);
    CHECK(Run(t).empty());
  }
  auto v = Run("The measure needed 766,200 signatures in Florida; the state certified 799,891.");
  REQUIRE(v.size() == 1);
  CHECK(v[0].count == 799891);
}

TEST_CASE("hostile bytes never throw and offsets stay inside the input", "[extract]") {
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk.push_back(static_cast<char>((i * 7919) % 256));
  junk += " In Ohio, Smith got 1,234 votes. \xFF\xFE";
  claimx::Extractor ex(BuiltinPatterns());
  auto v = ex.Extract(claimx::Document{"j", junk, std::nullopt});
  for (const auto& c : v) {
    CHECK(c.span.end <= junk.size());
    CHECK(c.count_span.begin >= c.span.begin);
    CHECK(c.count_span.end <= c.span.end);
  }
}

TEST_CASE("counts that lean on the sentence before or on a name", "[extract]") {
  auto v = Run("Colorado counted about 3.3 million ballots. Roughly 1.2 million of them arrived late.");
  REQUIRE(v.size() == 2);
  CHECK(v[1].state_code == "CO");
  CHECK(v[1].count == 1200000);
  CHECK(Opt(v[1].metric) == "ballots");
  auto w = Run("In Georgia, Biden won 2,473,633 votes to 2,461,854 for Trump.");
  REQUIRE(w.size() == 2);
  CHECK(w[1].count == 2461854);
  auto r = Run("In all, 504,384 and 2,243,294 votes were cast in Montana and Tennessee, respectively.");
  REQUIRE(r.size() == 2);
  CHECK(r[0].state_code == "MT");
  CHECK(r[1].state_code == "TN");
  CHECK(Run("Maine counted 819,461 votes. In the 2nd Congressional District, Trump won about 28,000 votes.").size() == 1);
  CHECK(Run("Nearly 5 million ballots in Georgia had been counted three times.").size() == 1);
}

TEST_CASE("results rows and pairs", "[extract]") {
  auto v = Run("Here is how many votes Donald Trump and Kamala Harris received:\n\nPennsylvania \xE2\x80\x94 Trump 3,543,308, Harris 3,423,042\n");
  REQUIRE(v.size() == 2);
  CHECK(v[0].state_code == "PA");
  CHECK(v[0].count == 3543308);
  CHECK(Opt(v[0].subject) == "Donald Trump");
  CHECK(v[1].count == 3423042);
  CHECK(Opt(v[1].subject) == "Kamala Harris");
  CHECK(Opt(v[1].metric) == "votes");

  auto s = Run("Pennsylvania gave Joe Biden 3,458,229 votes to Donald Trump's 3,377,674.");
  REQUIRE(s.size() == 2);
  CHECK(s[1].count == 3377674);
  CHECK(Opt(s[1].subject) == "Donald Trump");

  auto j = Run("The largest changes in jobs:\n\nTexas: +61,400\nOhio: \xE2\x88\x92" "4,800\n");
  REQUIRE(j.size() == 2);
  CHECK(j[1].state_code == "OH");
  CHECK(j[1].count == 4800);
}

TEST_CASE("margins belong to the winner", "[extract]") {
  auto c = One("Republican Rick Scott led Democratic Sen. Bill Nelson in Florida by 15,074 votes.");
  CHECK(Opt(c.metric) == "margin");
  CHECK(Opt(c.subject) == "Rick Scott");
  auto d = One("Kris Mayes defeated Republican Abe Hamadeh in Arizona by 280 votes.");
  CHECK(Opt(d.metric) == "margin");
  CHECK(Opt(d.subject) == "Kris Mayes");
}

TEST_CASE("sources are cut to the organisation", "[extract]") {
  CHECK(Opt(One("Ohio has 5,000 cases, according to a tally kept by Johns Hopkins University.").source) ==
        "Johns Hopkins University");
  CHECK(Opt(One("Texas counted 5.1 million early ballots, according to a Decision Desk HQ analysis of county data.").source) ==
        "Decision Desk HQ");
  CHECK(Opt(One("An estimated 3 million ballots were uncounted in California, Secretary of State Alex Padilla said.").source) ==
        "Secretary of State Alex Padilla");
}

TEST_CASE("rates / temperatures and held counts", "[extract]") {
  CHECK(Run("West Virginia's rate of roughly 90 per 100,000 residents is high.").empty());
  CHECK(Run("In Oregon, Portland hit 116 degrees.").empty());
  auto c = One("Gov. Andrew Cuomo said New York has 3,805 coronavirus patients.");
  CHECK(Opt(c.subject) == "<null>");
}

TEST_CASE("each state of a list / and a leading national scope", "[extract]") {
  auto v = Run("Ohio, Michigan and Minnesota each received upward of 100,000 claims.");
  REQUIRE(v.size() == 3);
  CHECK(v[0].state_code == "OH");
  CHECK(v[1].state_code == "MI");
  CHECK(v[2].state_code == "MN");
  CHECK(v[2].count == 100000);
  CHECK(One("Nationally, the lead has grown to more than 2.2 million votes as late ballots from California are counted.")
            .state_code == "US");
}

TEST_CASE("dates: spans / 'last' weekdays / future starts / comparisons", "[extract]") {
  CHECK(One("Kansas added 29,839 new voter registrations between June 24 and July 12.", "2022-07-20").date->Iso() ==
        "2022-07-12");
  CHECK(One("Six cases were reported in the U.S. last Tuesday.", "2021-04-20").date->Iso() == "2021-04-13");
  CHECK(One("Approximately 160,000 actors remain on strike nationwide, with a walkout starting Oct. 4.", "2023-09-29")
            .date->Iso() == "2023-09-29");
  auto v = Run("Michigan has now administered 4.8m diagnostic tests, up from 4.6m last week.", "2020-11-17");
  REQUIRE(v.size() == 2);
  CHECK(v[0].date->Iso() == "2020-11-17");
  CHECK(v[1].date->Iso() == "2020-11-10");
}

TEST_CASE("subjects: party roles and respectively", "[extract]") {
  auto c = Run("Republican Donald Trump carried Wisconsin. The Republican finished with 1,405,284 votes in Wisconsin.");
  REQUIRE(c.size() == 1);
  CHECK(Opt(c[0].subject) == "Donald Trump");
  auto v = Run("Donald Trump and Hillary Clinton spoke. In Michigan, Trump and Clinton finished with 2,279,543 and "
               "2,268,839 votes, respectively.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[0].subject) == "Donald Trump");
  CHECK(Opt(v[1].subject) == "Hillary Clinton");
}

TEST_CASE("subjects: parties hold their ballots / seats and margins", "[extract]") {
  // "North Carolina Republicans" is a group, no person named "Republicans".
  auto p = Run("North Carolina Republicans outvoted Democrats 1\u202f098\u202f000 to 752\u202f000 in the primaries.");
  REQUIRE(p.size() == 2);
  CHECK(p[0].count == 1098000);
  CHECK(Opt(p[0].subject) == "Republicans");
  CHECK(p[1].count == 752000);
  CHECK(Opt(p[1].subject) == "Democrats");
  auto r = Run("Nebraska Republicans and Democrats cast 241,000 and 101,000 ballots, respectively, on May 10.");
  REQUIRE(r.size() == 2);
  CHECK(Opt(r[0].subject) == "Republicans");
  CHECK(Opt(r[1].subject) == "Democrats");
  auto m = Run("In Pennsylvania, Republicans out-voted Democrats by roughly 50,000.");
  REQUIRE(m.size() == 1);
  CHECK(Opt(m[0].subject) == "Republicans");
  // A party counted by an earlier figure holds no later one; each party's
  // members are its own.
  auto k = Run("Kentucky reported 1,612,104 registered Republicans and 1,609,850 Democrats.");
  REQUIRE(k.size() == 2);
  CHECK(Opt(k[0].subject) == "Republicans");
  CHECK(Opt(k[1].subject) == "Democrats");
  auto s = Run("In Idaho, Republicans hold 59 of the 70 seats in the House.");
  REQUIRE(!s.empty());
  CHECK(s[0].count == 59);
  CHECK(Opt(s[0].subject) == "Republicans");
}

TEST_CASE("USPS codes name states in prose only before a figure or after 'in'", "[extract]") {
  auto v = Run("CDC data show the lowest totals in MS (401,000), AR (489,700) and AL (812,400).");
  REQUIRE(v.size() == 3);
  CHECK(v[0].state_code == "MS");
  CHECK(v[2].state_code == "AL");
  auto n = Run("She won 12,400 votes in AZ and 9,850 in NV.");
  REQUIRE(n.size() == 2);
  CHECK(n[1].state_code == "NV");
  // Codes that are words need the figure: "in OR" is no Oregon.
  CHECK(Run("Turnout in OR below 5,000 votes was reported.").empty());
  CHECK(Run("TURNOUT IN NC: 5,500 VOTES").empty());
}

TEST_CASE("results rows: party tags / ambiguous labels / labelled totals", "[extract]") {
  auto v = Run("\u2022 Ind.: Mike Braun (R) about 1.16m, Joe Donnelly (D) 1.02m.");
  REQUIRE(v.size() == 2);
  CHECK(v[0].state_code == "IN");
  CHECK(Opt(v[0].qualifier) == "about");
  CHECK(v[1].state_code == "IN");
  CHECK(Opt(v[1].subject) == "Joe Donnelly");
  auto t = Run("FINAL \u2014 U.S. SENATE, WEST VIRGINIA\n\nMARGIN OF VICTORY: 19,397\nTOTAL BALLOTS, SENATE RACE: "
               "586\u2009034\nCOUNTIES CARRIED: Manchin 21, Morrisey 34");
  REQUIRE(t.size() == 2);
  CHECK(t[0].count == 19397);
  CHECK(Opt(t[0].metric) == "margin");
  CHECK(t[1].count == 586034);
  CHECK(t[1].state_code == "WV");
}

TEST_CASE("list intros: 'through Tuesday' / bullets with words after the figure", "[extract]") {
  auto v = Run("According to a tally by the Prairie Fact Desk of health department statements through Wednesday:\n\n"
               "- Minnesota: 51 cases, including one death, per the Minnesota Department of Health\n"
               "- Nebraska: upwards of 20 cases",
               "2020-09-10");
  REQUIRE(v.size() == 2);
  CHECK(Iso(v[0].date) == "2020-09-09");
  CHECK(Opt(v[0].source) == "Minnesota Department of Health");
  CHECK(Iso(v[1].date) == "2020-09-09");
  CHECK(Opt(v[1].source) == "Prairie Fact Desk");
  // "runs through Friday" is still ahead.
  CHECK(Opt(One("Early voting in Ohio runs through Friday, with 5,000 ballots cast.").date_basis) == "document");
  // "Department of Labor and Training, Rhode Island": no city before the state.
  CHECK(One("According to the state Department of Labor and Training, Rhode Island had 512,300 jobs.").state_code == "RI");
}

TEST_CASE("seed-like results: descriptions / titles / relative-clause speakers", "[extract]") {
  // A county in a person's description is no place of the figure.
  auto n = Run("John G. Schmitz ran. The Orange County congressman had 1,080,412 votes nationwide.");
  REQUIRE(n.size() == 1);
  CHECK(n[0].state_code == "US");
  // A description no one was introduced with: the person the sentence before introduced.
  auto d = Run("John G. Schmitz drew 232,000 votes in California. Dr. Benjamin Spock, the pediatrician, trailed far "
               "behind. The author of \"Baby and Child Care\" had upward of 75,000 votes nationally, most of them in "
               "California, where the state tally gave him 55,167.");
  REQUIRE(d.size() == 3);
  CHECK(Opt(d[1].subject) == "Benjamin Spock");
  CHECK(d[2].count == 55167);
  CHECK(Opt(d[2].subject) == "Benjamin Spock");
  // A speaker inside "where ..." speaks of something else.
  auto w = Run("Schmitz had roughly 28,500 votes in Utah, where state election officials said the line had support.");
  REQUIRE(w.size() == 1);
  CHECK(Opt(w[0].source) == "<null>");
  // A statewide office's title names the race's state when nothing else does.
  auto t = Run("Friedman spoke.\n\nTexas Gov. Rick Perry won a second full term with 1,716,792 votes.");
  REQUIRE(t.size() == 1);
  CHECK(t[0].state_code == "TX");
  CHECK(Run("Turnout was high.\n\nThe rest of the field, including Florida Gov. Ron DeSantis, drew 5,316 votes.").empty());
  auto m = Run("President Nixon won 520 electoral votes, and his popular vote margin over Sen. George McGovern topped "
               "17.9 million nationwide.");
  REQUIRE(m.size() == 2);
  CHECK(Opt(m[1].metric) == "margin");
}

TEST_CASE("sources: hearing testimony / titles and home towns / names with commas", "[extract]") {
  auto t = Run("The bill was introduced by Sen. Marisa Tollefsrud-Okoye of Lincoln. Sen. Tollefsrud-Okoye told the "
               "committee that Nebraska voters returned 431,612 early ballots by mail.");
  REQUIRE(t.size() == 1);
  CHECK(Opt(t[0].source) == "Marisa Tollefsrud-Okoye");
  auto m = Run("Some 24,000 Mainers registered at the polls, the Maine Bureau of Corporations, Elections & Commissions "
               "reported.");
  REQUIRE(m.size() == 1);
  CHECK(Opt(m[0].source) == "Maine Bureau of Corporations, Elections & Commissions");
  auto j = Run("In New Jersey, Public Service Electric & Gas said 300,000 customers were without power.");
  REQUIRE(j.size() == 1);
  CHECK(Opt(j[0].source) == "Public Service Electric & Gas");
  // "All told" is no speaker.
  CHECK(Opt(One("All told, Ohio counted 5,000 ballots.").source) == "<null>");
}

TEST_CASE("blind set AB: spelled compounds / tables / headings / asides / sources", "[extract]") {
  // "two hundred and twelve" is one number, not a list of two.
  auto v = Run("Vermont Democrats cast two hundred and twelve votes for Paulsen.");
  REQUIRE(v.size() == 1);
  CHECK(v[0].count == 212);
  // A handful of a party's people are candidates, not a count.
  CHECK(Run("California, where two Democrats faced each other on the ballot, voted early.").empty());
  // "its own tabulation" names no one: the outlet that reported it does.
  CHECK(Opt(One("Libertarian Ed Clark got about 900,000 votes nationally, The New York Times reported, citing its own "
                "tabulation.")
                .source) == "The New York Times");
  // The collector named first; whoever released the figures.
  CHECK(Opt(One("Returns collected by Reuters from state election offices showed 10,585 votes in Arizona.").source) ==
        "Reuters");
  CHECK(Opt(One("In Washington state, figures released Tuesday by the secretary of state's office showed 1,107 "
                "write-in votes for Charles.")
                .source) == "secretary of state's office");
  // A verb phrase before a later cue is no source.
  CHECK(Opt(One("Figures showed 1,107 votes in Washington state, while the District lumped him in with others and "
                "reported no count.")
                .source) != "the District lumped him in with others and");
  // A pipe table under an intro: the column header names the metric, the row its date.
  auto t = Run("Here is how the independent fared, per results posted by each state:\n\nState | Votes | As of\n"
               "Colorado | 2 011 | Nov. 18\nUtah | 1,082 | Nov. 19",
               "2020-11-20");
  REQUIRE(t.size() == 2);
  CHECK(t[0].state_code == "CO");
  CHECK(t[0].count == 2011);
  CHECK(Opt(t[0].metric) == "votes");
  CHECK(Iso(t[1].date) == "2020-11-19");
  // An all-caps results heading names its state; a state-labelled row is the state's.
  auto r = Run("RESULTS — SOUTH DAKOTA GOVERNOR (all 691 precincts)\nKristi Noem (R) ... 172,912 ... 51.0%");
  REQUIRE(r.size() == 1);
  CHECK(r[0].state_code == "SD");
  auto w = Run("Filings by state:\n\nSTATE   WORKERS   CHG VS DEC\nCA        9,431      +62%");
  REQUIRE(w.size() == 1);
  CHECK(w[0].state_code == "CA");
  // With no other place, the state a person's aside names; not an organisation's.
  auto h = Run("Hyde-Smith, who was appointed to the Mississippi seat in April, had 486,769 votes.");
  REQUIRE(h.size() == 1);
  CHECK(h[0].state_code == "MS");
  CHECK(Run("A crowd of about 12,400 watched the game, which the Iowa High School Athletic Association moved up because "
            "of snow across northern Iowa, with wind chills as low as -25.")
            .empty());
  // An elliptical figure counts what the figure it parallels counted.
  auto e = Run("The committee reported 6,378 votes in Alaska, where the party has elected members of the legislature, "
               "and upward of 10,000 in Texas.");
  REQUIRE(e.size() == 2);
  CHECK(Opt(e[1].metric) == "votes");
}

TEST_CASE("blind set AC: owned speakers and contrast clauses", "[extract]") {
  // A state's examiner is the source, not the state.
  CHECK(Opt(One("Maine's medical examiner said there were 436 overdose deaths.").source) ==
        "Maine's medical examiner");
  // "while X reported N": the contrast clause's subject speaks for its figure.
  auto v = Run("New Hampshire's medical examiner has counted roughly 436 overdose deaths, while Vermont's health "
               "department reported 210.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[1].source) == "Vermont's health department");
  // A state abbreviation before a comma speaks for nothing.
  CHECK(Opt(One("Washington state, where an outbreak near Portland, Ore., began in January, has counted 78 cases, "
                "state health officials said.")
                .source) == "state health officials");
  // "has received reports of": a noun after a verb, not "X reports".
  CHECK(Opt(One("Since October, the department has received reports of approximately 28,000 positive tests in "
                "Arkansas.")
                .source) == "<null>");
  // What is counted and a weekday report name no one.
  CHECK(Opt(One("Other Massachusetts numbers from Thursday's report:\n\n- New confirmed cases reported Thursday: 143")
                .source) == "<null>");
  // A department whose name holds a comma.
  CHECK(Opt(One("Hawaii employers added 6,400 jobs in April, the state Department of Business, Economic Development "
                "and Tourism reported Thursday.")
                .source) == "state Department of Business, Economic Development and Tourism");
}

TEST_CASE("blind sets Z and AA: tables by column / ranges / samples and thresholds", "[extract]") {
  // Each column of a state's row counts its heading, dated by the intro.
  auto t = Run("Table 1 lists outbreak counts as of Sept. 8, 2018:\n\nSTATE   CASES   HOSPITALIZED   DEATHS\n"
               "OH        358       217           12\n",
               "2018-09-14");
  REQUIRE(t.size() == 3);
  CHECK(t[0].count == 358);
  CHECK(Opt(t[0].metric) == "cases");
  CHECK(Opt(t[1].metric) == "hospitalized");
  CHECK(t[2].count == 12);
  CHECK(Opt(t[2].metric) == "deaths");
  CHECK(Iso(t[2].date) == "2018-09-08");
  // A range with a state word before its noun; a list item's "6 to 10".
  auto r = One("In 2020, an estimated 5,800 to 6,100 Maine ballots had at least one overvote.");
  CHECK(r.count == 5800);
  CHECK(r.count_max == 6100);
  auto m = One("- Mont.: 6 to 10 cases, depending on how linked is defined");
  CHECK(m.count_max == 10);
  // A poll's sample, a threshold, a month's year are no figures.
  CHECK(Run("The firm surveyed 974 likely voters across Arkansas by landline.").empty());
  CHECK(Run("Friedman needed just 45,540 valid signatures to make the ballot in Texas.").empty());
  auto a = Run("Alaska had recorded about 54,000 resident cases since March 2020 and 282 deaths as of Wednesday.");
  REQUIRE(a.size() == 2);
  CHECK(a[1].count == 282);
  // "or so" after a figure.
  CHECK(One("As of Sunday, 118,000 or so Connecticut voters had cast early ballots.").count == 118000);
}

TEST_CASE("sources with commas and owners / surnames inside hyphenated names / experts in intros", "[extract]") {
  CHECK(Opt(One("Another 38,227 initial claims were filed in Nevada, according to the Nevada Department of "
                "Employment, Training and Rehabilitation (DETR).")
                .source) == "Nevada Department of Employment, Training and Rehabilitation");
  CHECK(Opt(One("Hunters registered 97,458 deer in Wisconsin, according to preliminary figures the Wisconsin "
                "Department of Natural Resources released Monday.")
                .source) == "Wisconsin Department of Natural Resources");
  CHECK(Opt(One("Ron DeSantis's margin in Florida was 32,463 votes, according to the Department of State and The "
                "Associated Press.")
                .source) == "Department of State");
  // "Rask" of "Dengler-Rask" is not her son Peder Rask: "She" is Dengler-Rask.
  auto d = Run("Marlys Dengler-Rask, the state auditor, died Sunday. Her son, Peder Rask, spoke. Dengler-Rask was a "
               "farm wife. Dengler-Rask ran in 1978. She beat the incumbent with 142,587 votes in South Dakota.");
  REQUIRE(d.size() == 1);
  CHECK(Opt(d[0].subject) == "Marlys Dengler-Rask");
  // A professor named in a list's intro holds none of its figures.
  auto e = Run("The U.S. Elections Project, run by University of Florida professor Michael McDonald, counted early "
               "votes. Here's a look at early votes by state:\n\nTennessee: 1.37 million");
  REQUIRE(e.size() == 1);
  CHECK(Opt(e[0].subject) == "<null>");
}

TEST_CASE("blind sets AD and AE: regions / help from afar / metro areas / verbs and owners", "[extract]") {
  // A region of several states is no state's; a state right after a region wins.
  CHECK(Run("In South Carolina, power is out. Duke Energy reported just under 180,000 customers out in the Carolinas.")
            .empty());
  auto d = One("Three days after a derecho tore across the Midwest, at least 300 homes in Iowa were destroyed.");
  CHECK(d.state_code == "IA");
  // Where help came from; a metro area's second state.
  CHECK(Run("The team lists about 1,100 personnel, including crews from as far away as Alaska.").empty());
  CHECK(Run("In Missouri, the Kansas City, Mo.-Kan., area added 1,800 jobs.").empty());
  // "pulled", "racked up"; "for former Gov. X"; a year after "its"; a size condition.
  CHECK(One("In Maine, Green Party candidate Jonathan Carter pulled 32,695, or about 6 percent.").count == 32695);
  auto k = Run("King had 180,829 votes in Maine to 172,951 for former Gov. Joseph Brennan.");
  REQUIRE(k.size() == 2);
  CHECK(k[1].count == 172951);
  CHECK(Run("Delaware saw most of its 2024 cases in the fall.").empty());
  CHECK(Run("In Missouri, employers with 50 or more workers can list openings free.").empty());
  // Owners that name no one: "two states'"; a verb cue's phrase ending in a preposition.
  CHECK(Opt(One("Virginia counted 4,460,524 ballots, according to two states' election offices.").source) == "<null>");
  CHECK(Opt(One("The CDC's list put these states at the top for confirmed and probable cases:\n\nIll. 560").source) ==
        "Centers for Disease Control and Prevention");
}

TEST_CASE("labelled bullets / parenthesized second figures / approx.", "[extract]") {
  auto b = Run("Rhode Island figures through Jan. 11:\n\n\u2022 Updated COVID-19 vaccine doses: 187 450\n"
               "\u2022 New flu hospitalizations last week: 126, the most in any week since 2018",
               "2025-01-16");
  REQUIRE(b.size() == 2);
  CHECK(b[0].count == 187450);
  CHECK(Opt(b[0].metric) == "updated covid-19 vaccine doses");
  CHECK(b[1].count == 126);
  auto t = Run("Case counts this year in selected states:\n\nIndiana ........... 1 482 (121)\n");
  REQUIRE(t.size() == 2);
  CHECK(t[0].count == 1482);
  CHECK(t[1].count == 121);
  CHECK(Opt(t[1].metric) == "case counts");
  CHECK(Opt(One("Flu doses given so far:\n\nCT \u2014 approx. 1.21 million").qualifier) == "approx.");
}

TEST_CASE("an undated article's year: full dates over points of comparison", "[extract]") {
  // No date line: "Aug. 2, 2022" names the article's time; "the August 2018
  // primary" (twice) is a comparison.
  auto v = Run("The amendment was on the Aug. 2, 2022 ballot. Roughly 457,000 Kansans voted in the August 2018 primary. "
               "The August 2018 primary was quieter. Through Monday, Aug. 1, Kansas voters had cast 276,412 advance "
               "ballots.",
               nullptr);
  REQUIRE(v.size() == 2);
  CHECK(Iso(v[1].date) == "2022-08-01");
}

TEST_CASE("names with diacritics / a headline's shorter name", "[extract]") {
  auto v = Run("González Colón wins Puerto Rico governorship\n\nJenniffer González Colón was elected governor of Puerto "
               "Rico. González had 489,310 votes, and William Villafañe had 78,487 votes in Puerto Rico.",
               "2024-11-07");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[0].subject) == "Jenniffer González Colón");
  CHECK(Opt(v[1].subject) == "William Villafañe");
}

TEST_CASE("results tables: a heading with a dash and a source / a Pct. column / tagged bullets", "[extract]") {
  auto t = Run("OKLAHOMA REPUBLICAN PRIMARY FOR GOVERNOR \u2014 unofficial, 1,951 of 1,951 precincts (State Election "
               "Board)\n\nCandidate               Votes      Pct.\nMick Cornett          132,806      29.2\n"
               "Kevin Stitt           110,479      24.3\n",
               "2018-06-27");
  REQUIRE(t.size() == 2);
  CHECK(t[0].state_code == "OK");
  CHECK(t[1].count == 110479);
  CHECK(Opt(t[0].source) == "State Election Board");
  CHECK(Opt(t[0].subject) == "Mick Cornett");
  auto b = Run("Here is how the election finished in Vermont, from the certified canvass:\n\n"
               "\u2022 Peter Shumlin (D): 89,509\n\n\u2022 Scott Milne (R): 87,075\n");
  REQUIRE(b.size() == 2);
  CHECK(b[1].count == 87075);
  CHECK(Opt(b[1].metric) == "votes");
}

TEST_CASE("a stretch of states / a by-the-numbers box", "[extract]") {
  CHECK(Run("Irene killed at least 45 people from North Carolina to Maine.").empty());
  auto b = Run("IRENE IN VERMONT, BY THE NUMBERS\n\n6 \u2014 people killed in Vermont\n\n531 \u2014 miles of state "
               "highway closed\n");
  REQUIRE(b.size() == 1);
  CHECK(b[0].state_code == "VT");
  CHECK(b[0].count == 6);
}

TEST_CASE("places inside a state own their figures", "[extract]") {
  CHECK(Run("Alphabet told California regulators it would lay off 1,608 workers at its Mountain View, Calif., headquarters.")
            .empty());
  CHECK(Run("The recount in Milwaukee and Dane counties netted Biden 87 votes in Wisconsin.").empty());
  CHECK(Run("In Pennsylvania, a few thousand provisional ballots are still under review.").empty());
}

TEST_CASE("subjects: an appositive role and an unintroduced role", "[extract]") {
  auto v = Run("Raphael Warnock, the senior pastor of a church, campaigned. The Atlanta pastor led by roughly 91,000 votes "
               "in Georgia.");
  REQUIRE(v.size() == 1);
  CHECK(Opt(v[0].subject) == "Raphael Warnock");
}

TEST_CASE("sources: 'the association' refers back to a named organisation", "[extract]") {
  auto v = Run("Hospitals in Tennessee treated 600 flu patients, the Tennessee Hospital Association said. The association "
               "said hospitals in Tennessee admitted approximately 2,100 flu patients in November.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[1].source) == "Tennessee Hospital Association");
}

TEST_CASE("sources named earlier: 'the division said' / 'the governor said'", "[extract][sources]") {
  auto v = Run("The Alaska Division of Elections released its count.\n\nNearly 192,000 ballots were cast in Alaska, "
               "the division said.");
  REQUIRE(v.size() == 1);
  CHECK(Opt(v[0].source) == "Alaska Division of Elections");
  v = Run("RALEIGH, N.C. - Gov. Roy Cooper toured the coast.\n\nRescuers have pulled more than 2,600 people from "
          "flooded homes in North Carolina, the governor said.");
  REQUIRE(v.size() == 1);
  CHECK(Opt(v[0].source) == "Roy Cooper");
  // An age or an appositive between the name and its verb.
  CHECK(Opt(One("Inslee, 69, told reporters that labs had tested more than 13,000 people in Washington.").source) ==
        "Inslee");
  CHECK(Opt(One("Duke Energy, the state's largest utility, said 338,000 of its North Carolina customers were "
                "without power.")
                .source) == "Duke Energy");
  // The owner of a tally; a relative clause, a time or a bound names no one.
  CHECK(Opt(One("In Texas, 338 deaths were recorded, according to a Reuters' tally of state health department "
                "data.")
                .source) == "Reuters");
  CHECK(Opt(One("Bevin, who refused to concede and said he had received 5,189 fewer votes in Kentucky.").source) ==
        "<null>");
}

TEST_CASE("places: asides / speakers' cities / titles and 'the state'", "[extract][places]") {
  // A state inside ", which ...," does not own a figure outside it.
  CHECK(One("Washington state, which like Oregon mails a ballot to every voter, had tallied upward of 4.08 "
            "million ballots.")
            .state_code == "WA");
  // A city in the speaker's words yields to the state after the figure.
  CHECK(One("Election officials in Harrisburg, Pa., said no more than 116,000 mail ballots were outstanding in "
            "Pennsylvania.")
            .state_code == "PA");
  // A home state in a title is not the figure's place.
  CHECK(Run("Texas pastor Ryan Binkley finished with 638 votes.").empty());
  CHECK(Run("Rep. Dean Phillips of Minnesota finished second with just under 24,000.").empty());
  // "in the state" reaches back to the state named last.
  auto v = Run("MADISON, Wis. - Biden won Wisconsin by 20,682 votes.\n\nLibertarian Jo Jorgensen received 38,491 "
               "votes in the state.");
  REQUIRE(v.size() == 2);
  CHECK(v[1].state_code == "WI");
  // A region is no city: Ohio stays Ohio.
  v = Run("Elsewhere in the Midwest, Ohio and Wisconsin logged 11,204 and 9,877 claims, respectively.");
  REQUIRE(v.size() == 2);
  CHECK(v[0].state_code == "OH");
  CHECK(v[1].state_code == "WI");
  // "the city" owns its figures ("The city" at a sentence's start too).
  CHECK(Run("FLINT, Mich. - The city of roughly 80,000 says it has dug up more than 28,000 service lines.").empty());
}

TEST_CASE("elliptical figures / holder lists and shares by state", "[extract][rules]") {
  auto v = Run("Mary Peltola, Sarah Palin and Nick Begich were on the ballot.\n\nIn Alaska, Peltola led with 74,817 "
               "votes, ahead of Palin's 58,973 and Begich's 52,536.");
  REQUIRE(v.size() == 3);
  CHECK(Opt(v[1].subject) == "Sarah Palin");
  CHECK(Opt(v[1].metric) == "votes");
  v = Run("Donald Trump and Ron DeSantis led.\n\nIowa's 40 delegates are split: Trump gets 20, DeSantis nine, "
          "Haley eight and Ramaswamy three.");
  REQUIRE(v.size() == 5);
  CHECK(v[2].count == 9);
  CHECK(Opt(v[2].subject) == "Ron DeSantis");
  v = Run("The cold killed dozens across the South, including at least 10 in Texas.");
  REQUIRE(v.size() == 1);
  CHECK(v[0].state_code == "TX");
  CHECK(v[0].count == 10);
  CHECK(Opt(v[0].qualifier) == "at least");
  // Not elliptical: the "38" of "38,000" (the whole figure is one, read by
  // the last rule), ages standing alone, game scores.
  v = Run("Nationally, there have been more than 38,000 fires so far.");
  REQUIRE(v.size() == 1);
  CHECK(v[0].count == 38000);
  CHECK(v[0].state_code == "US");
  CHECK(Run("In Arizona, close to 280 were children under 18.").size() == 1);
  CHECK(Run("Kentucky 38, Louisville 31").empty());
}

TEST_CASE("the counted noun after a figure and joined nouns", "[extract][metric]") {
  CHECK(Opt(One("Beshear said inspectors counted between 1,000 and 1,200 homes in Kentucky.").metric) == "homes");
  CHECK(Opt(One("In Kentucky, forecasters confirmed 41 tornadoes.").metric) == "tornadoes");
  CHECK(Opt(One("More than 3.3 million homes and businesses in Texas were without power.").metric) ==
        "homes and businesses");
}

TEST_CASE("the article's year for month-day dates without a date line", "[extract][dates]") {
  // Named most often wins; an event's year counts three times.
  auto v = Run("South Dakota voters in the 2022 midterm elections approved it. Backers eye Wyoming for 2024.\n\n"
               "An estimated 42,500 adults in South Dakota gain coverage on July 1, officials said.",
               nullptr);
  REQUIRE(v.size() == 1);
  CHECK(v[0].date->Iso() == "2022-07-01");
}

TEST_CASE("pairs / margins and the holder of a figure", "[extract][subjects]") {
  // "X beat Y with N votes to his M": the pronoun is the beaten one.
  auto v = Run("Joe Biden and Donald Trump fought hard. Biden beat Trump in Wisconsin with 1,630,866 votes to his "
               "1,610,184.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[0].subject) == "Joe Biden");
  CHECK(Opt(v[1].subject) == "Donald Trump");
  // "Sanders' 574,603": an s-apostrophe pair, and the margin after it is the leader's.
  v = Run("Joe Biden and Bernie Sanders ran. In Michigan, Biden had 838,126 votes to Sanders' 574,603, a margin of "
          "more than 263,000.");
  REQUIRE(v.size() == 3);
  CHECK(Opt(v[1].subject) == "Bernie Sanders");
  CHECK(Opt(v[2].subject) == "Joe Biden");
  CHECK(Opt(v[2].metric) == "margin");
  // "X's margin over Y was N votes".
  auto c = One("Ron DeSantis and Andrew Gillum ran. In Florida, Republican Ron DeSantis's margin over Democrat "
               "Andrew Gillum was 32,463 votes.");
  CHECK(Opt(c.subject) == "Ron DeSantis");
  CHECK(Opt(c.metric) == "margin");
  // "the 1.46 million votes Jill Stein won": the name after the noun.
  CHECK(Opt(One("Nationally, that trails the 1.46 million votes Jill Stein won in 2016.").subject) == "Jill Stein");
  // ... but not a people's name ("1.1 million Pennsylvanians had voted").
  CHECK(Opt(One("In Pennsylvania, 1.1 million Pennsylvanians had voted by mail.").subject) == "<null>");
  // "Green New Deal" is no person.
  c = One("Howie Hawkins ran on a Green New Deal platform. In Illinois, he got 30,494 votes.");
  CHECK(Opt(c.subject) == "Howie Hawkins");
}

TEST_CASE("a time before the first comma is no city / and no source", "[extract][places][dates]") {
  auto c = One("On Tuesday, Ohio had counted 4,900,000 ballots.");
  CHECK(c.state_code == "OH");
  CHECK(Iso(c.date) == "2020-11-03");
  c = One("By Tuesday Georgia had counted 4,900,000 ballots.");
  CHECK(c.state_code == "GA");
  CHECK(Opt(c.source) == "<null>");
  // "Up until Tuesday ... had counted": an end in the past.
  CHECK(Iso(One("Up until Tuesday, Georgia had counted 4,900,000 ballots.").date) == "2020-11-03");
  // "will count ... through Friday": the future dates nothing.
  CHECK(Opt(One("Texas will count 9,000,000 ballots through Friday.").date_basis) == "document");
}

TEST_CASE("names with initials and suffixes / appositives / and a pronoun after an introduction",
          "[extract][subjects]") {
  CHECK(Opt(One("John F. Smith got 710,000 votes across the country.").subject) == "John F. Smith");
  CHECK(Opt(One("Robert Kennedy Jr., who endorsed Trump, still picked up about 710,000 votes across the country.")
                .subject) == "Robert Kennedy Jr.");
  // A person inside ", a ... ," is not the holder.
  auto c = One("Greg Orman, a businessman whom many feared would split the anti-Kobach vote, finished third in "
               "Kansas with 67,958 votes.");
  CHECK(Opt(c.subject) == "Greg Orman");
  // A pronoun that opens the sentence after an introduction.
  auto v = Run("Marianne Williamson got 3,000 votes in Ohio.\n\nThen there is Robert F. Kennedy Jr., who left the "
               "Democratic primary. His campaign has gathered over 1.2 million signatures nationwide.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[1].subject) == "Robert F. Kennedy Jr.");
}

TEST_CASE("places: offices / the capital and states named by 'those'", "[extract][places]") {
  // "a U.S. senator" is an office, not the nation: the state before holds.
  auto c = One("Minnesota sent another entertainer to Washington. The writer beat Coleman, by then a U.S. senator, "
               "by just 312 votes.");
  CHECK(c.state_code == "MN");
  // "a former governor of New Mexico" is a home state.
  c = One("Nationally, Gary Johnson, a former governor of New Mexico, had approximately 1.2 million votes.");
  CHECK(c.state_code == "US");
  // "respectively" over the states of the sentence before.
  auto v = Run("The pattern held in Maryland and Nebraska. She took 20% and 18% in those two states, good for about "
               "43,000 and 32,500 votes, respectively.");
  REQUIRE(v.size() == 2);
  CHECK(v[0].state_code == "MD");
  CHECK(v[1].state_code == "NE");
  // Elliptical items after semicolons.
  v = Run("In Colorado, Anderson got 1,262 votes; in Minnesota, 1,996; and in New Jersey, 1,190.");
  REQUIRE(v.size() == 3);
  CHECK(v[2].state_code == "NJ");
  CHECK(v[2].count == 1190);
}

TEST_CASE("descriptions: section headings and a person the sentence names", "[extract][subjects]") {
  // A heading's people, in order, for the descriptions of its section.
  auto v = Run("Herschel Walker and Mehmet Oz, 2022\n\nTwo celebrity Republicans lost Senate races. In Georgia, the "
               "former football star got 1,721,244 votes. In Pennsylvania, the TV doctor got approximately 2.49 "
               "million votes.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[0].subject) == "Herschel Walker");
  CHECK(Opt(v[1].subject) == "Mehmet Oz");
  // "the rapper ... to Hawkins' 4,545": the description is the other person.
  v = Run("Howie Hawkins ran for president. Hawkins even finished behind Kanye West in a few states. In Tennessee, the "
          "rapper drew 10,279 votes to Hawkins' 4,545. In Vermont, he drew fewer than 1,400 votes.");
  REQUIRE(v.size() == 3);
  CHECK(Opt(v[0].subject) == "Kanye West");
  CHECK(Opt(v[1].subject) == "Howie Hawkins");
  CHECK(Opt(v[2].subject) == "Howie Hawkins");
}

TEST_CASE("results tables: dot leaders / column gaps / state headings / column headers", "[extract][lists]") {
  // Rows under a state heading take its state; a party label counts votes.
  auto v = Run("Here is what the certified results looked like.\n\nMICHIGAN\n"
               "Donald Trump (R) ........... 2,279,543 (47.5%)\nHillary Clinton (D) ........ 2,268,839 (47.3%)\n");
  REQUIRE(v.size() == 2);
  CHECK(v[0].state_code == "MI");
  CHECK(Opt(v[0].subject) == "Donald Trump");
  CHECK(Opt(v[0].metric) == "votes");
  CHECK(v[1].count == 2268839);
  // Rows under an intro take its source and date.
  v = Run("The certified statewide results in Wyoming, as released by the Secretary of State's office on Aug. 30:\n\n"
          "Darla Pikes .................. 40,911\nOther write-ins .............. 1,012\n");
  REQUIRE(v.size() == 2);
  CHECK(v[0].state_code == "WY");
  CHECK(Iso(v[0].date) == "2020-08-30");
  CHECK(Opt(v[0].source) == "Secretary of State's office");
  // Two columns by state, under a column header after the intro.
  v = Run("Here is how the largest states fared, according to Labor Department figures for the weeks ended March 28 "
          "and March 21:\n\nSTATE   WEEK ENDED 3/28   WEEK ENDED 3/21\nCA      878,727           186,809\n",
          "2020-04-02");
  REQUIRE(v.size() == 2);
  CHECK(v[1].state_code == "CA");
  CHECK(v[1].count == 186809);
  CHECK(Opt(v[1].source) == "Labor Department");
  CHECK(Iso(v[1].date) == "2020-03-28");
}

TEST_CASE("comparisons / origins / joined sources and spelled counts", "[extract][subjects][sources]") {
  // The other side of a comparison holds nothing.
  auto v = Run("Ed Clark and John Anderson ran. In Alaska, Clark did even better than Anderson, taking roughly 18,000 "
               "votes there to Anderson's 11,155.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[0].subject) == "Ed Clark");
  CHECK(Opt(v[1].subject) == "John Anderson");
  // "the Utah native" is an origin; "Nationally," governs.
  CHECK(One("Evan McMullin ran. Nationally, the Utah native finished with roughly 730,000 votes.").state_code == "US");
  // Two sources joined by "and": the first.
  CHECK(Opt(One("Nader had 523,715 votes nationally, according to Fox News and The Associated Press.").source) ==
        "Fox News");
  CHECK(Opt(One("Ohio reported 1,200 cases, according to the Centers for Disease Control and Prevention.").source) ==
        "Centers for Disease Control and Prevention");
  // A spelled count opening the sentence is no source.
  CHECK(Opt(One("Twenty-three more deaths were reported in North Dakota, the Department of Health said.").source) ==
        "Department of Health");
  // "a 16,000-plus haul"; "two openings for every worker" is a ratio.
  v = Run("Bob Barr drew 28,731 votes in Georgia and a 16,000-plus haul in Indiana.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[1].qualifier) == "plus");
  CHECK(Run("In Colorado, there were roughly two openings for every unemployed worker.").empty());
  // A heading name before a line break is a name.
  CHECK(Opt(One("Bernie Sanders\n\nIn Vermont, voters cast 18,183 write-in votes for Sanders.").subject) ==
        "Bernie Sanders");
}

TEST_CASE("'respectively' pairs the list right before it with its own states", "[extract][places]") {
  auto v = Run("On the Democratic side, Clinton rolled up a margin of more than 400,000 votes in Texas, and won 73, 62 "
               "and 44 delegates in Georgia, Virginia and Alabama, respectively, according to a Reuters tally.");
  REQUIRE(v.size() == 4);
  CHECK(v[0].state_code == "TX");
  CHECK(v[1].state_code == "GA");
  CHECK(v[2].state_code == "VA");
  CHECK(v[3].state_code == "AL");
  // The states before the list, the last ones first named.
  v = Run("In 2016, Stein won 51,463 votes in Michigan and 31,072 in Wisconsin, both more than Trump's margins of "
          "10,704 and 22,748 in those states, respectively.");
  REQUIRE(v.size() == 4);
  CHECK(v[2].state_code == "MI");
  CHECK(v[3].state_code == "WI");
  // A clause with its own state and a name between is no part of the list.
  v = Run("Unadjusted claims in California climbed to 44,612, while New York and Texas reported 17,840 and 13,921, "
          "respectively.");
  REQUIRE(v.size() == 3);
  CHECK(v[0].state_code == "CA");
  CHECK(v[1].state_code == "NY");
  CHECK(v[2].state_code == "TX");
}

TEST_CASE("a name right after 'for' near the start of a sentence", "[extract][hostile]") {
  // Found by the 100 MB bench: the look-behind for "votes for Name" must not
  // reach before the sentence.
  CHECK_NOTHROW(Run("State for The 5,000 votes in Ohio."));
  CHECK_NOTHROW(Run("Ohio reported 5,000 cases. State for The the of Health numbers is 4,000 votes."));
  CHECK(Opt(One("In Texas, clerks reported 1,143 write-in votes for Domino on Thursday.").subject) == "Domino");
}

TEST_CASE("demonyms / week-ended dates / denied and place-reported attributions", "[extract][places][sources][dates]") {
  // A demonym names its state and is the counted noun.
  auto c = One("date 2021-04-07\nNearly 520,000 New Mexicans were fully vaccinated as of Tuesday.");
  CHECK(c.state_code == "NM");
  CHECK(c.count == 520000);
  CHECK(Opt(c.metric) == "new mexicans");
  // A week-ended date dates the figure just before it.
  auto v = Run("date 2023-01-12\nIn Massachusetts, initial claims climbed to 9,874 in the week ended Jan. 7 from 6,322 "
               "in the week ended Dec. 31.");
  REQUIRE(v.size() == 2);
  CHECK(v[0].date->Iso() == "2023-01-07");
  CHECK(v[1].date->Iso() == "2022-12-31");
  // A denied attribution names no one.
  c = One("In Texas, the secretary of state's office had not yet released a tally, though the campaign estimated "
          "2,000-2,500 there.");
  CHECK(c.count == 2000);
  CHECK(c.count_max == std::optional<std::int64_t>(2500));
  CHECK(Opt(c.source) != "secretary of state's office had not yet");
  // A place that reports its own figure does not borrow the next figure's cue.
  v = Run("Colorado reported about 9,500 new cases last week, and New Mexico's health department reported 172 new "
          "cases.");
  REQUIRE(v.size() == 2);
  CHECK_FALSE(v[0].source.has_value());
  CHECK(Opt(v[1].source) == "New Mexico's health department");
  // An abbreviation in parentheses, and a trailing time word.
  CHECK(Opt(One("The Colorado Department of Public Health and Environment (CDPHE) today reported 519 human cases of "
                "West Nile virus in Colorado.")
                .source) == "CDPHE");
  // "USA Today" keeps its "Today".
  CHECK(Opt(One("Johnson drew 4,123,115 votes nationwide, USA Today reported.").source) == "USA Today");
}

TEST_CASE("pieces of grouped numbers / year spans / fevers and quantifiers are no claims", "[extract][negatives]") {
  // "1,902 nationally": no rule may give back digits and claim the "1".
  auto v = Run("Children's hospitalizations hit a pandemic high of 1,902 nationally on Saturday, according to HHS.");
  REQUIRE(v.size() == 1);
  CHECK(v[0].count == 1902);
  CHECK(Run("Texas closed some polling places between 2012 and 2018, a report found.").empty());
  CHECK(Run("One mother in Aurora, Colorado, said her son's fever hit 104 and they waited nine hours.").empty());
  CHECK(Run("\"West Virginia clerks worked nights, and I thank every one of them.\"").empty());
}

TEST_CASE("holders: appositive roles / 'of his votes' / later 'for Name' figures", "[extract][subjects]") {
  auto v = Run("Libertarian Michael Badnarik ran in 2004.\n\nCalifornia alone accounted for more than 50,000 of his "
               "votes.");
  REQUIRE(v.size() == 1);
  CHECK(Opt(v[0].subject) == "Michael Badnarik");
  v = Run("Randall Terry ran for president.\n\nIn Louisiana, Terry had 2,087 votes to 1,133 for Socialist Workers Party "
          "nominee Rachele Fruit.\n\nThe 65-year-old also picked up 1,000 write-in votes in Wyoming.");
  REQUIRE(v.size() == 3);
  CHECK(Opt(v[0].subject) == "Randall Terry");
  CHECK(Opt(v[1].subject) == "Rachele Fruit");
  CHECK(Opt(v[2].subject) == "Randall Terry");
  v = Run("Florida: The president had 4,213,420 votes and Romney 4,155,365, with Johnson at 44,290 and Stein at "
          "8,841.");
  REQUIRE(v.size() == 4);
  CHECK(v[2].count == 44290);
  CHECK(v[3].count == 8841);
}

TEST_CASE("a speaker after 'said' / nicknames and capitalised particles in names", "[extract][sources][subjects]") {
  CHECK(Opt(One("\"We counted 5,000 ballots in Ohio,\" said Jane Doe, a spokeswoman.").source) == "Jane Doe");
  CHECK(Opt(One("\"We counted 5,000 ballots in Ohio,\" said a spokeswoman for the secretary of state's office.")
                .source) == "secretary of state's office");
  // "said Tuesday" is no speaker.
  CHECK_FALSE(One("Ohio counted 5,000 ballots, officials said Tuesday.").source == std::optional<std::string>("Tuesday"));
  auto v = Run("Roque \"Rocky\" De La Fuente ran for president.\n\nAbout 80,000 people across 16 states voted for De "
               "La Fuente.");
  REQUIRE(v.size() == 1);
  CHECK(Opt(v[0].subject) == "Roque De La Fuente");
  v = Run("Robert \"Buck\" Halvorsen ran for treasurer.\n\nIn 2018, Buck drew 23,056 votes in Wyoming.");
  REQUIRE(v.size() == 1);
  CHECK(Opt(v[0].subject) == "Robert Halvorsen");
  // A city after "outside" is no person.
  v = Run("Bo Gritz ran in 1992.\n\nThe Nevada resident, who lives outside Las Vegas, picked up 3,451 votes in Oregon.");
  REQUIRE(v.size() == 1);
  CHECK(Opt(v[0].subject) != "Las Vegas");
}

TEST_CASE("span starts and comparison years do not date a figure", "[extract][dates]") {
  auto c = One("date 2022-12-01\nAs of Tuesday, Colorado had recorded 1,732 flu hospitalizations since the season "
               "started on Oct. 2.");
  CHECK(c.date->Iso() == "2022-11-29");
  // "since 2020" is no article year; "October 2023" is the only other year.
  auto v = Run("Kentucky employers added 2,900 jobs in October 2023, the center said.\n\nThe rate's rise was the largest "
               "since 2020. Statistics released Nov. 16 showed Kentucky had 86,872 unemployed people.",
               nullptr);
  REQUIRE(v.size() == 2);
  CHECK(v[1].date->Iso() == "2023-11-16");
  // "fewer than 600,000 of them backed Paul".
  v = Run("Ron Paul ran in 2012.\n\nMore than 6 million Republicans voted, but fewer than 600,000 of them backed Paul "
          "nationwide.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[1].subject) == "Ron Paul");
}

TEST_CASE("party voters hold their ballots - chart rows split by bars", "[extract][subjects][lists]") {
  auto v = Run("Georgia Republicans cast about 1.2 million ballots on Tuesday, while Democrats cast just over 717K.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[0].subject) == "Republicans");
  CHECK(Opt(v[1].subject) == "Democrats");
  v = Run("TEACHER VACANCIES, FALL 2022 (state education departments)\nKS 1,628 | MO 3,187 | OK 1,019");
  REQUIRE(v.size() == 3);
  CHECK(v[1].state_code == "MO");
  CHECK(v[1].count == 3187);
}

TEST_CASE("delegate lists under group labels - national delegates are a state's", "[extract][lists][places]") {
  // A group's label ("Democrats (2,383 needed)") between an intro and its
  // rows keeps the intro's scope, source and metric; an unknown surname
  // labelling a row is its subject.
  auto v = Run("Hillary Clinton and Bernie Sanders met in Wyoming.\n\n"
               "Nationwide delegate totals per The Associated Press:\n\n"
               "Democrats (2,383 needed)\n   Clinton ........ 1,758\n   Sanders ........ 1,069\n\n"
               "Republicans (1,237 needed)\n   Kasich ......... 143");
  REQUIRE(v.size() == 3);
  CHECK(v[0].state_code == "US");
  CHECK(Opt(v[0].source) == "Associated Press");
  CHECK(Opt(v[0].metric) == "delegates");
  CHECK(Opt(v[0].subject) == "Hillary Clinton");
  CHECK(v[2].count == 143);
  CHECK(Opt(v[2].subject) == "Kasich");
  CHECK(Opt(v[2].source) == "Associated Press");
  // A state's heading is no group label: its rows are its own.
  v = Run("Results:\n\nWISCONSIN\nDonald Trump (R) ....... 1,405,284\n\nOHIO\nDonald Trump (R) ....... 2,841,005");
  REQUIRE(v.size() == 2);
  CHECK(v[0].state_code == "WI");
  CHECK(v[1].state_code == "OH");
  // "national delegates", "the national convention": a state's count.
  v = Run("Clinton leaves Wyoming with 11 national delegates to Sanders' 7.");
  REQUIRE(v.size() == 2);
  CHECK(v[0].state_code == "WY");
  CHECK(v[1].state_code == "WY");
  v = Run("Bernie Sanders won Wyoming, 156 county convention delegates to 124 for Hillary Clinton.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[0].metric) == "county convention delegates");
}

TEST_CASE("results rows with dashes and office labels - island and AP-abbreviation rows", "[extract][lists][places]") {
  // "Name (R) - N" rows under an intro naming the state; a results line per
  // office ("U.S. Senate - Name (D) N; Name (R) N"); each row's name.
  auto v = Run("Statewide totals in Nebraska, as certified Monday by the canvassing board:\n\nPresident\n"
               "Donald Trump (R) \u2014 556,846\nJoe Biden (D) \u2014 374,583\n\nBallots cast \u2014 966,920");
  REQUIRE(v.size() == 3);
  CHECK(v[0].state_code == "NE");
  CHECK(Opt(v[0].subject) == "Donald Trump");
  CHECK(Opt(v[1].metric) == "votes");
  CHECK(Opt(v[2].metric) == "ballots");
  CHECK_FALSE(v[2].subject);
  v = Run("New Hampshire results, according to The Associated Press:\n\n"
          "U.S. Senate \u2014 Maggie Hassan (D) 301,442; Don Bolduc (R) 252,907\n"
          "Governor \u2014 Chris Sununu (R) 329,710; Tom Sherman (D) 232,855");
  REQUIRE(v.size() == 4);
  CHECK(v[1].state_code == "NH");
  CHECK(Opt(v[1].subject) == "Don Bolduc");
  CHECK(Opt(v[3].subject) == "Tom Sherman");
  CHECK(Opt(v[3].source) == "Associated Press");
  // An ambiguous AP abbreviation labels its own row; an island is a county.
  v = Run("Initial claims, according to Labor Department data:\n\nLa. ........ 7,455 (5,118)\nMiss. \u2014 1,100");
  REQUIRE(v.size() == 3);
  CHECK(v[0].state_code == "LA");
  CHECK(v[2].state_code == "MS");
  CHECK(Run("Six of the new cases were acquired on Hawaii Island, where the outbreak total stands at 242.").empty());
  CHECK(Run("Rhode Island reported 1,200 new cases.").size() == 1);
}

TEST_CASE("names with bare figures in a sentence - earlier levels after 'climbing from'", "[extract][subjects]") {
  auto v = Run("Final unofficial Republican totals in Indiana: Donald Trump 591,514, Ted Cruz 406,783 and John Kasich "
               "84,111.");
  REQUIRE(v.size() == 3);
  CHECK(Opt(v[1].subject) == "Ted Cruz");
  CHECK(v[2].count == 84111);
  v = Run("In Indiana, Trump won 591,514 votes, more than Cruz (406,783) and Kasich (84,111).");
  REQUIRE(v.size() == 3);
  CHECK(Opt(v[1].subject) == "Cruz");
  v = Run("Alice Smith won 41,200 votes in Ohio and Bob Jones 39,870.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[1].subject) == "Bob Jones");
  // A lone name's figure, a title or a qualifier word is no such list.
  CHECK(Run("In Ohio, Smith 41,200.").empty());
  v = Run("- Vaccines: About 2.6 million Connecticut residents are fully vaccinated.");
  REQUIRE(v.size() == 1);
  CHECK(v[0].rule == "num_metric");
  v = Run("New Hampshire recorded 488 overdose deaths in 2017, up from 485 in 2016 and climbing from 163 in 2012.");
  REQUIRE(v.size() == 3);
  CHECK(v[2].count == 163);
}

TEST_CASE("a list of states then a list of figures in the same order - no respectively", "[extract][places]") {
  auto v = Run("Alabama, Oklahoma and Mississippi, three states that turned down the expansion, logged 97,870, 69,221 "
               "and 61,494.");
  REQUIRE(v.size() == 3);
  CHECK(v[0].state_code == "AL");
  CHECK(v[1].state_code == "OK");
  CHECK(v[1].count == 69221);
  CHECK(v[2].state_code == "MS");
  // Two states but one figure: no such order.
  v = Run("Ohio and Iowa reported 1,200 cases on Monday.");
  REQUIRE(v.size() == 1);
  // A bare list with no claim before it is no claim.
  CHECK(Run("The numbers in Ohio were 12, 14 and 19.").empty());
}

TEST_CASE("compound counted nouns - coordinated figures - a headline's deck", "[extract][metrics][places]") {
  auto v = Run("The state Department of Health counts 1,581 deaths in Rhode Island nursing homes, while federal data "
               "show 1,306 nursing home resident deaths.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[1].metric) == "nursing home resident deaths");
  // No verb inside a compound: "cast" ends it.
  v = Run("In Texas, 1,200 were counted before deaths were tallied.");
  for (const auto& c : v) CHECK(c.rule != "num_compound_metric");
  v = Run("The Maine CDC says 386 people are hospitalized, 112 of them in critical care and 58 on ventilators.");
  REQUIRE(v.size() == 3);
  CHECK(v[2].count == 58);
  CHECK(v[2].state_code == "ME");
  // A ratio is no coordinated figure.
  v = Run("Arizona reported 335 deaths, and one in every 120 residents tested positive.");
  REQUIRE(v.size() == 1);
  // A deck under a headline takes the headline's state.
  v = Run("West Virginia school strike rolls into seventh day\nRoughly 20,000 teachers stay out\n\nBy Jo Smith");
  REQUIRE(v.size() == 1);
  CHECK(v[0].state_code == "WV");
  // "crews from 12 other states" is no national scope.
  v = Run("In Georgia, Georgia Power said about 1,700 additional line workers had arrived from 12 other states.");
  REQUIRE(v.size() == 1);
  CHECK(v[0].state_code == "GA");
  CHECK(Opt(v[0].metric) == "line workers");
}

TEST_CASE("the unseated incumbent holds the second figure - respectively after a list - the ticket", "[extract][subjects]") {
  auto v = Run("In Arkansas, Republican U.S. Rep. Tom Cotton unseated two-term Democratic Sen. Mark Pryor on Tuesday, "
               "piling up 478,819 votes to the incumbent's 334,174.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[0].subject) == "Tom Cotton");
  CHECK(Opt(v[1].subject) == "Mark Pryor");
  v = Run("In Wyoming, Denton Knapp and Robyn Belinskey finished with 1,306 and 1,014 votes, respectively, and under "
          "1,700 Republican voters left the race blank.");
  REQUIRE(v.size() == 3);
  CHECK(Opt(v[0].subject) == "Denton Knapp");
  CHECK(Opt(v[1].subject) == "Robyn Belinskey");
  // An institution is no person: "the Electoral College met".
  v = Run("Mike Maturen ran for president.\n\nAs of Dec. 19, the day the Electoral College met, the ticket had "
          "received 6,697 votes nationwide.");
  REQUIRE(v.size() == 1);
  CHECK(Opt(v[0].subject) == "Mike Maturen");
}

TEST_CASE("appositive totals - stated figures and margins - finishing places - county lists", "[extract]") {
  auto v = Run("Democrats turned out in record numbers in South Carolina. The party's total, 532,468, was the highest "
               "ever.");
  REQUIRE(v.size() == 1);
  CHECK(v[0].state_code == "SC");
  CHECK(v[0].count == 532468);
  v = Run("Foley concedes as Malloy's Connecticut lead holds at 5,637");
  REQUIRE(v.size() == 1);
  CHECK(Opt(v[0].metric) == "margin");
  v = Run("Miller's count in Alaska was misstated. The correct figure is 87,805.");
  REQUIRE(v.size() == 1);
  CHECK(v[0].state_code == "AK");
  v = Run("In South Carolina, former Sen. John Edwards finished a distant third at 93,552.");
  REQUIRE(v.size() == 1);
  CHECK(v[0].count == 93552);
  CHECK(Run("In Mississippi, Hinds, DeSoto and Rankin counties reported 412, 301 and 288 new cases.").empty());
  CHECK(Run("In Mississippi, the margin is under one-quarter of a percentage point.").empty());
}

TEST_CASE("a dateline after a release's letterhead - a count of something was N", "[extract][places]") {
  auto v = Run("NEWS RELEASE\n\nState of New Hampshire\nOffice of the Chief Medical Examiner\n\nFOR IMMEDIATE RELEASE\n\n"
               "CONCORD, NH \u2014 The office confirmed 488 overdose deaths for the year, up from 485 in 2016.");
  REQUIRE(v.size() == 2);
  CHECK(v[0].state_code == "NH");
  CHECK(v[1].state_code == "NH");
  v = Run("The Maine CDC's count of new cases as of Dec. 13 was 1,187, a figure that includes a backlog.");
  REQUIRE(v.size() == 1);
  CHECK(v[0].count == 1187);
  CHECK(v[0].state_code == "ME");
}

TEST_CASE("the level after a change - an estimate was N - approaching as a bound", "[extract]") {
  auto v = Run("The Labor Department says first-time claims nationwide jumped by sixty-six thousand last week, to three "
               "hundred seventy-four thousand.");
  REQUIRE(v.size() == 2);
  CHECK(v[1].count == 374000);
  CHECK(v[1].state_code == "US");
  v = Run("Missouri's estimate was 6,177,957.");
  REQUIRE(v.size() == 1);
  CHECK(v[0].state_code == "MO");
  v = Run("In Illinois, the state's cumulative count is approaching 560,000.");
  REQUIRE(v.size() == 1);
  CHECK(Opt(v[0].qualifier) == "approaching");
  CHECK(v[0].bound == "upper");
}

TEST_CASE("spoken numbers - Americans - Washington DC - pronoun one - caps headings", "[extract][numbers][places]") {
  auto v = Run("Across the country, the U.S. Labor Department said, six point six million people filed.");
  REQUIRE(v.size() == 1);
  CHECK(v[0].count == 6600000);
  v = Run("The health department says one thousand six hundred thirty-nine people are in Louisiana hospitals.");
  REQUIRE(v.size() == 1);
  CHECK(v[0].count == 1639);
  v = Run("More than 17 million Americans had already voted by Thursday.");
  REQUIRE(v.size() == 1);
  CHECK(v[0].state_code == "US");
  CHECK(Run("In Arizona, about 12,000 Native Americans live on the reservation.").size() <= 1);
  v = Run("In Washington, DC, the toll stands at 1,339.");
  REQUIRE(v.size() == 1);
  CHECK(v[0].state_code == "DC");
  CHECK(Run("On boosters, about 420,000 Mainers in Maine have had one.").size() == 1);
  CHECK(Run("THE DEADLINE, IN ONE PARAGRAPH").empty());
}

TEST_CASE("a side person's figure in a who clause is no topic - a surname inside a role", "[extract][subjects]") {
  auto v = Run("Phil Collins ran for president.\n\nIn Colorado, Collins drew 1,718 votes, comfortably ahead of Alyson "
               "Kennedy, who had 354.\n\nIn Arkansas, he finished with 1,451 votes. In Louisiana, the Collins ticket "
               "picked up nearly 1,000 votes.");
  REQUIRE(v.size() == 4);
  CHECK(Opt(v[1].subject) == "Alyson Kennedy");
  CHECK(Opt(v[2].subject) == "Phil Collins");
  CHECK(Opt(v[3].subject) == "Phil Collins");
}

TEST_CASE("parts of a state or the nation - a former governor - an institution - a time before a source", "[extract][places]") {
  // A part of the nation is no national scope; "in the state" takes the dateline's.
  auto v = Run("KANSAS CITY, Mo. - More than 4,000 people have died in the state, as the wave tore through the "
               "middle of the country.");
  REQUIRE(v.size() == 1);
  CHECK(v[0].state_code == "MO");
  // National scope right after the figure beats a city named before it.
  v = Run("Illnesses tied to lettuce from the Yuma, Ariz., growing region rose to 172 across the country.");
  REQUIRE(v.size() == 1);
  CHECK(v[0].state_code == "US");
  // Metro areas and parts of a state are no state's.
  CHECK(Run("Arkansas added jobs. The Texarkana metro area, which straddles the Texas line, lost 300.").empty());
  CHECK(Run("In Greater Boston, payrolls reached about 2.86 million.").empty());
  CHECK(Run("Enrollment was heaviest in far Southwest Virginia, where 41,300 adults signed up.").empty());
  // An office held before or set off in an appositive describes the person.
  v = Run("McCain won Virginia. Huckabee, the former Arkansas governor, had 199,000-plus, officials said.");
  REQUIRE(v.size() == 1);
  CHECK(v[0].state_code == "VA");
  // "At Ohio State University alone": an institution, no state to inherit.
  CHECK(Run("Florida had 11 cases. At Ohio State University alone, more than 350 students caught mumps.").size() == 1);
  // "By midday X reported": the time is no part of the source.
  v = Run("By midday El Centinela, citing commission sources, reported \"more than 650,000\" yes votes in Puerto Rico.");
  REQUIRE(v.size() == 1);
  CHECK(Opt(v[0].source) == "El Centinela");
  CHECK(v[0].qualifier == std::optional<std::string>("more than"));
}

TEST_CASE("a paragraph's capital state label - results boxes with a percent column - returns from", "[extract][places]") {
  auto v = Run("Here is how they did, as of Thursday night:\n\n- FLORIDA (Senate): Gov. Charlie Crist finished second "
               "with over 1.6m votes.\n\n- MINNESOTA: Tom Horner drew 251,487 votes. He was third.");
  REQUIRE(v.size() == 2);
  CHECK(v[0].state_code == "FL");
  CHECK(v[0].count == 1600000);
  CHECK(v[1].state_code == "MN");
  v = Run("Unofficial returns from the Arizona secretary of state, 1,739 of 1,781 precincts (98%), as of 1:15 a.m.\n\n"
          "Steve Forbes ......... 113,227 .. 33%\nBob Dole ............. 100,431 .. 30%");
  REQUIRE(v.size() == 2);
  CHECK(v[1].state_code == "AZ");
  CHECK(v[1].count == 100431);
  CHECK(Opt(v[1].source) == "Arizona secretary of state");
  CHECK(Run("- OHIO STATE FAIR: 12,000 visitors came.").empty());
}

TEST_CASE("lower-case owners of a count - per the department - officials say - a relative clause's speaker", "[extract][sources]") {
  // "The state canvassing board's count put ...": a lower-case organisation owns the count.
  auto v = Run("In South Dakota, the state canvassing board's count put Wendt at 38,911 votes.");
  REQUIRE(v.size() == 1);
  CHECK(Opt(v[0].source) == "state canvassing board");
  v = Run("Hutchinson had 470,429 votes in Arkansas by the secretary of state's count.");
  REQUIRE(v.size() == 1);
  CHECK(Opt(v[0].source) == "secretary of state");
  // "The commission's Thursday morning update": two words before the noun.
  v = Run("The Puerto Rico State Elections Commission opened. The commission's Thursday morning update put the yes side "
          "in Puerto Rico at 655,505 votes.");
  REQUIRE(v.size() == 1);
  CHECK(Opt(v[0].source) == "Puerto Rico State Elections Commission");
  // "per the department", "per the board's daily report", "per the state Division of ...".
  v = Run("The Maryland Department of Labor posted figures. Continuing claims stood at 190,000 in Maryland, per the department.");
  REQUIRE(v.size() == 1);
  CHECK(Opt(v[0].source) == "Maryland Department of Labor");
  v = Run("In Florida, 318,000 customers remained without power, per the state Division of Emergency Management.");
  REQUIRE(v.size() == 1);
  CHECK(Opt(v[0].source) == "state Division of Emergency Management");
  v = Run("Upward of 250,000 ballots had been counted in Montana, per the secretary of state's results site, and county "
          "clerks estimate that between 12,000 and 15,000 remain.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[0].source) == "secretary of state");
  CHECK(Opt(v[1].source) == "county clerks");
  // "Here's his state-wise tally": no owner; "a toll that experts say": a relative clause.
  v = Run("Rocky De La Fuente drew 80,000 votes across the US; Here's his state-wise tally.");
  REQUIRE(v.size() == 1);
  CHECK_FALSE(v[0].source.has_value());
  v = Run("The United States has passed one million recorded deaths from Covid-19, a toll that public health experts say "
          "was unthinkable.");
  REQUIRE(v.size() == 1);
  CHECK_FALSE(v[0].source.has_value());
  // The owner of a count must be an organisation: "the rally's count" names no one.
  CHECK_FALSE(Run("Ohio had 4,000 voters by the rally's count.").at(0).source.has_value());
}

TEST_CASE("rows by county - an intro's credit in parentheses - items on one line - a name before the noun", "[extract][lists]") {
  // A county's row under "by county" is no state's; the statewide row is.
  auto v = Run("New confirmed cases in South Carolina by county, Friday (DHEC):\n\n- Greenville: 612\n\n- Horry: 354\n\n"
               "- All other counties: 1,959\n\n- Statewide: 4,796");
  REQUIRE(v.size() == 1);
  CHECK(v[0].state_code == "SC");
  CHECK(v[0].count == 4796);
  // Items joined by middle dots each take the intro's credit and metric.
  v = Run("Current COVID-19 inpatients, Tuesday (HHS):\n\nNY 12,671 \u00B7 TX 11,342 \u00B7 CA 11,057");
  REQUIRE(v.size() == 3);
  CHECK(v[1].state_code == "TX");
  CHECK(v[1].count == 11342);
  CHECK(Opt(v[1].source) == "HHS");
  // "2,294 and 1,306 Paul write-ins": the name before the counted noun; a
  // list of write-ins under an intro without a name is the article's person's.
  v = Run("Ron Paul was not running.\n\nMinnesota and Connecticut reported 2,294 and 1,306 Paul write-ins, respectively.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[1].subject) == "Ron Paul");
  v = Run("Ron Paul was not running. In Louisiana, Paul picked up 9,368 votes.\n\nFans wrote him in anyway, and here is "
          "what the election offices that count write-ins by name have reported so far:\n\nCalifornia: 17,006\n\nOregon: 4,127");
  REQUIRE(v.size() == 3);
  CHECK(Opt(v[1].subject) == "Ron Paul");
  CHECK(Opt(v[2].source) == "election offices");
}

TEST_CASE("put the number at - to the agency - two lower-case speakers - a weekday before a date ahead", "[extract][sources][dates]") {
  auto v = Run("The Alabama Emergency Management Agency had put the toll at 210 in Alabama on Thursday.");
  REQUIRE(v.size() == 1);
  CHECK(Opt(v[0].source) == "Alabama Emergency Management Agency");
  // "whose loss to Democrat Doug Jones put the seat in Democratic hands": no count's owner.
  v = Run("Roy Moore, whose 2017 loss to Democrat Doug Jones put the seat in Democratic hands, had about 51,000 votes in Alabama.");
  REQUIRE(v.size() == 1);
  CHECK_FALSE(v[0].source.has_value());
  // "reported by states to the Labor Department": a bare noun reports to the agency.
  v = Run("Hawaii had 87,514 continuing claims, as reported by states to the Labor Department.");
  REQUIRE(v.size() == 1);
  CHECK(Opt(v[0].source) == "Labor Department");
  // "the campaign and the election offices": the first named governs; "A union spokesman": no article.
  v = Run("West Virginia: about 24,000 signatures, according to the campaign and the election offices.");
  REQUIRE(v.size() == 1);
  CHECK(Opt(v[0].source) == "campaign");
  v = Run("About 3,000 nurses in Michigan walked out, a union spokesman said.");
  REQUIRE(v.size() == 1);
  CHECK(Opt(v[0].source) == "union spokesman");
  // "before the committee meets Tuesday, Sept. 2": a day ahead dates no count.
  v = Run("The office counted around 41,000 ballots across Vermont before the committee meets Tuesday, Sept. 2.", "2014-08-28");
  REQUIRE(v.size() == 1);
  CHECK(v[0].date->Iso() == "2014-08-28");
}

TEST_CASE("fractions of a million - N-plus of those - a fiscal year in a respectively list", "[extract][numbers]") {
  CHECK(One("Nationally, nearly a quarter million Americans have now died.").count == 250000);
  CHECK(One("Ohio has half a million registered voters.").count == 500000);
  CHECK(One("Texas has three-quarters of a million open jobs.").count == 750000);
  CHECK(One("Ohio had three and a half million voters.").count == 3500000);
  auto c = One("She said West Virginia has blocked payment on 59,000-plus of those.");
  CHECK(c.count == 59000);
  CHECK(Opt(c.qualifier) == "plus");
  auto v = Run("New York and New Jersey naturalized about 98,000 and 52,000 people in fiscal 2015, respectively.");
  REQUIRE(v.size() == 2);
  CHECK(v[0].state_code == "NY");
  CHECK(v[1].state_code == "NJ");
  CHECK(v[1].count == 52000);
}

TEST_CASE("a range's scale on its low end - a table's first column - died with no noun", "[extract][numbers]") {
  auto c = One("- UT: 1.6\u20131.7 million");
  CHECK(c.count == 1600000);
  CHECK(c.count_max == std::optional<std::int64_t>(1700000));
  c = One("Utah had 900,000 to 1.2 million voters.");
  CHECK(c.count == 900000);
  CHECK(c.count_max == std::optional<std::int64_t>(1200000));
  auto v = Run("How the count moved in Georgia's Senate primary, in votes:\n\nCandidate      June 10      June 22\n"
               "Jon Ossoff      398 705      626 819");
  REQUIRE(v.size() == 2);
  CHECK(v[0].count == 398705);
  CHECK(v[1].count == 626819);
  c = One("Utah reported more deaths. Twenty-nine have died.");
  CHECK(c.count == 29);
  CHECK(Opt(c.metric) == "deaths");
}

TEST_CASE("a list of states is no new clause - a party is no he", "[extract][subjects]") {
  auto v = Run("Arizona Sen. John McCain drew about 770,000 votes in California. Bill Bradley had 330,000 votes in New York. "
               "Missouri Democrats cast just under 270,000 ballots. McCain's consolation came in New England. He carried "
               "Massachusetts, Rhode Island and Vermont, winning 325,000, 21,500 and 45,000 votes, respectively.");
  REQUIRE(v.size() == 6);
  CHECK(v[5].state_code == "VT");
  CHECK(Opt(v[5].subject) == "John McCain");
  CHECK(Opt(v[3].subject) == "John McCain");
}

TEST_CASE("tracers and specimens and filings are counted - a bullet before a source", "[extract][metrics]") {
  CHECK(Opt(One("We have some 1,500 tracers working across Wisconsin.").metric) == "tracers");
  CHECK(Opt(One("Labs were holding 30,000 specimens from North Carolina.").metric) == "specimens");
  auto c = One("\u2022 A department analyst said roughly 50,000 filings across the country were storm-related.");
  CHECK(c.state_code == "US");
  CHECK(Opt(c.source) == "department analyst");
}

TEST_CASE("an organisation's added and logged - by X's count - by the count of X - via X", "[extract][sources]") {
  auto v = Run("The Nebraska Department of Health and Human Services added 2,115 new cases Tuesday. The department also "
               "logged 14 more deaths.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[0].source) == "Nebraska Department of Health and Human Services");
  CHECK(Opt(v[1].source) == "Nebraska Department of Health and Human Services");
  // A state that adds jobs is no source; nor is an organisation a speaker names.
  CHECK_FALSE(One("Texas added 2,000 jobs in May.").source);
  CHECK(Opt(One("The Labor Department now says the economy added 77,000 jobs nationwide in April.").source) ==
        "Labor Department");
  CHECK(Opt(One("In Ohio, the secretary of state's office in September posted a list of about 235,000 registrations.")
                .source) == "secretary of state's office");
  CHECK(Opt(One("By Baker Hughes' count, 467 workers were idle in the U.S. last week.").source) == "Baker Hughes");
  CHECK(Opt(One("Gore had 300,000 votes in Texas, by the count of the Associated Press.").source) == "Associated Press");
  CHECK(Opt(One("Cahill finished third in Massachusetts with 184,395 votes, by the secretary of the commonwealth's count.")
                .source) == "secretary of the commonwealth");
  CHECK(Opt(One("Close to 1.14 million people were registered in Maine, the secretary of state's office told us.").source) ==
        "secretary of state's office");
  v = Run("Scores from other Senate games, via The Associated Press:\n\n- Mont.: Jon Tester (D) 253,876, Matt Rosendale (R) "
          "235,963.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[1].source) == "Associated Press");
}

TEST_CASE("a ballot measure holds its votes - an industry holds its jobs - a span ends at its last day", "[extract][subjects][dates]") {
  auto v = Run("Initiative 436 passed in Nebraska with about 695,000 yes votes. Voters approved Initiative 434, which writes a "
               "12-week limit into the constitution, with about 515,000 votes; the competing Initiative 439 fell short with "
               "roughly 460,000.");
  REQUIRE(v.size() == 3);
  CHECK(Opt(v[0].subject) == "Initiative 436");
  CHECK(Opt(v[1].subject) == "Initiative 434");
  CHECK(Opt(v[2].subject) == "Initiative 439");
  // Signatures that put a measure on the ballot are no one's.
  CHECK_FALSE(One("Backers of State Question 802 turned in 313,677 signatures in Oklahoma.").subject);
  v = Run("Manufacturing employed 226,700 Iowans and construction almost 79,000 people. In Massachusetts, leisure and "
          "hospitality added 1,500 jobs.");
  REQUIRE(v.size() == 3);
  CHECK(Opt(v[0].subject) == "Manufacturing");
  CHECK(Opt(v[1].subject) == "construction");
  CHECK(Opt(v[2].subject) == "leisure and hospitality");
  CHECK_FALSE(One("Construction of the plant will bring 2,000 jobs to Ohio.").subject);
  auto c = One("Delawareans cast 14,628 ballots during early voting, which ran Aug. 30 through Sept. 10, 2022.");
  REQUIRE(c.date);
  CHECK(c.date->Iso() == "2022-09-10");
  c = One("Delaware reported 14,628 cases from Aug. 30 to Sept. 10, 2022.");
  REQUIRE(c.date);
  CHECK(c.date->Iso() == "2022-09-10");
}

TEST_CASE("or so and a shade under - a place a nation spans - a school named for a state - a label before the state's", "[extract][qualifiers][places]") {
  auto c = One("Hospitals in Alabama were treating 1,600 or so patients on Dec. 1.");
  CHECK(Opt(c.qualifier) == "or so");
  CHECK(c.bound == "approx");
  c = One("New Mexico's Department of Workforce Solutions counted a shade under 500 federal claims.");
  CHECK(Opt(c.qualifier) == "a shade under");
  CHECK(c.bound == "upper");
  CHECK(Run("The Navajo Nation, which spans parts of New Mexico, Arizona and Utah, has reported 31,041 cases.").empty());
  CHECK(Run("Washington Elementary: 3 cases, 41 in quarantine").empty());
  CHECK(Run("New Jersey and New York have the highest death rates, at roughly 181 and 170 per 100,000 residents, "
            "respectively.").empty());
  CHECK(Run("Burgum carried North Dakota by better than three to one.").empty());
  auto v = Run("Ohio referred 597 noncitizens to prosecutors.\n- GA: An audit found 20 noncitizens among the state's 8.2m "
               "registered voters.");
  REQUIRE(v.size() == 3);
  CHECK(v[1].state_code == "GA");
  CHECK(v[2].state_code == "GA");
}

TEST_CASE("initials and a university as sources - whose before the verb - U.S. SENATE is an office - unseated by", "[extract][sources][places]") {
  CHECK(Opt(One("ADPH also added 94 deaths in Alabama.").source) == "ADPH");
  CHECK(Opt(One("In Arkansas, the Health Department, whose figures lag because they depend on lab reports, listed 812 "
                "inmate cases Thursday.").source) == "Health Department");
  auto v = Run("Deaths passed 200,000 in the U.S. Tuesday, according to a count kept by Johns Hopkins University. By "
               "evening the university's tally for the U.S. stood at 200,768 deaths.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[1].source) == "Johns Hopkins University");
  CHECK(Opt(One("The Associated Press count now has Clinton at 638,964 votes in Indiana.").source) == "Associated Press");
  CHECK_FALSE(One("The count has Clinton at 638,964 votes in Indiana.").source);
  CHECK(One("U.S. SENATE, NEBRASKA (open seat)\nMike Johanns (R) ................. 455,854").state_code == "NE");
  auto c = One("In Georgia, Republican Sonny Perdue had unseated Gov. Roy Barnes by more than 100,000 votes.");
  CHECK(Opt(c.metric) == "margin");
  CHECK(Opt(c.subject) == "Sonny Perdue");
}

TEST_CASE("an office has X at N - a name puts a figure at N - the department after an opening phrase - results the board released", "[extract][sources]") {
  auto v = Run("In Nebraska as a whole, the secretary of state's office has McCain at 452,979 votes and Obama at 333,319.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[0].source) == "secretary of state's office");
  CHECK(Opt(v[1].source) == "secretary of state's office");
  // An auxiliary "has" names no one.
  CHECK_FALSE(One("In Oregon, the department has paid about 382,000 claims.").source);
  CHECK(Opt(One("Virginia flagged registrants, a number the Justice Department, citing court filings, put at roughly 1,600.")
                .source) == "Justice Department");
  CHECK_FALSE(One("In Georgia, Gov. Brian Kemp has put 500 Guard troops on alert.").source);
  v = Run("The Maryland Department of Health restored its data on Sunday. On Sunday alone the department counted 2,385 "
          "new cases in Maryland.");
  REQUIRE(v.size() == 1);
  CHECK(Opt(v[0].source) == "Maryland Department of Health");
  CHECK(Opt(One("Florida and Georgia recorded about 1,150 visits in July, according to the Centers for Disease Control and "
                "Prevention's Heat and Health Tracker.")
                .source) == "Centers for Disease Control and Prevention");
  v = Run("Question 1 lost 262,418 to 205,110 in Rhode Island, according to the certified results the state Board of "
          "Elections released.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[0].source) == "state Board of Elections");
}

TEST_CASE("a lead that shrank from N to M - a maker's doses - an industry across an appositive", "[extract][subjects]") {
  auto v = Run("In Maryland's Republican primary, Del. Dan Cox's lead over Kelly Schulz shrank from about 31,000 on primary "
               "night to roughly 25,000.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[0].metric) == "margin");
  CHECK(Opt(v[1].metric) == "margin");
  CHECK(Opt(v[1].subject) == "Dan Cox");
  v = Run("Of the doses given in New Mexico, Pfizer-BioNTech's shots account for about 1.21 million.");
  REQUIRE(v.size() == 1);
  CHECK(Opt(v[0].subject) == "Pfizer-BioNTech");
  // Two makers together are no one maker.
  CHECK_FALSE(One("More than 4.8 million doses of the Pfizer and Moderna vaccines had been given in the U.S.").subject);
  CHECK(Opt(One("Leisure and hospitality, which swells each summer, employed 57,800 Montanans.").subject) ==
        "Leisure and hospitality");
  CHECK(Opt(One("Construction led the gains in Montana, adding 600 jobs.").subject) == "Construction");
  CHECK_FALSE(One("The Puerto Rico government said 1,427 more people died.").subject);
}

TEST_CASE("states strung after a colon or semicolon - an office heading over a results box", "[extract][lists]") {
  auto v = Run("Hospital counts elsewhere, as state health departments posted them Monday: Maine, 304, also a record; Vermont, "
               "61; and Connecticut, 386.");
  REQUIRE(v.size() == 3);
  CHECK(v[0].state_code == "ME");
  CHECK(v[2].state_code == "CT");
  CHECK(v[2].count == 386);
  v = Run("Bush carried Iowa by 10,059 votes; New Mexico, by 5,988; Nevada, by 21,500.");
  REQUIRE(v.size() == 3);
  CHECK(v[1].state_code == "NM");
  CHECK(Opt(v[1].metric) == "margin");
  v = Run("Oklahoma statewide races, with all 1,950 precincts reporting. Vote totals per the Oklahoma State Election Board; "
          "* denotes incumbent.\n\nGOVERNOR\nKevin Stitt (R)* .......... 638,414 (55.4%)\nJoy Hofmeister (D) ........ "
          "481,798 (41.8%)\n\nU.S. SENATE\nJames Lankford (R)* ....... 739,960 (64.3%)");
  REQUIRE(v.size() == 3);
  CHECK(v[0].state_code == "OK");
  CHECK(Opt(v[0].subject) == "Kevin Stitt");
  CHECK(v[2].state_code == "OK");
  CHECK(Opt(v[2].source) == "Oklahoma State Election Board");
}

TEST_CASE("a headline's question word is no name - a party's members are the party's", "[extract][subjects]") {
  CHECK(Opt(One("How Barack Obama won North Carolina by 14,177 votes").subject) == "Barack Obama");
  auto v = Run("In Massachusetts, nearly 1.3 million Democrats and some 419,000 Republicans are registered.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[0].subject) == "Democrats");
  CHECK(Opt(v[1].subject) == "Republicans");
}

TEST_CASE("categories and among-items share the figure's noun - a reporting crowd yields to its lead", "[extract][lists][sources]") {
  auto v = Run("That brings Alabama's total since March to 410,995 cases — 331,780 confirmed and 79,215 probable.");
  REQUIRE(v.size() == 3);
  CHECK(v[1].count == 331780);
  CHECK(Opt(v[1].metric) == "cases");
  CHECK(v[2].count == 79215);
  v = Run("Indiana schools had reported 2,981 cases among students, 629 among teachers and 497 among other staff, "
          "according to figures released by the Indiana State Department of Health.");
  REQUIRE(v.size() == 3);
  for (const auto& c : v) {
    CHECK(Opt(c.metric) == "cases");
    CHECK(Opt(c.source) == "Indiana State Department of Health");
  }
  // An organisation that reports keeps the figure.
  CHECK(Opt(One("The Ohio Department of Health reported 4,185 new cases, according to a spokesman.").source) ==
        "Ohio Department of Health");
  // "Many voters said" names no source.
  CHECK_FALSE(One("Many voters said the storm killed 2,975 people in Puerto Rico.").source);
}

TEST_CASE("the agency is the body named in its own sentence - a string's first item opens with its state", "[extract][sources][lists]") {
  auto v = Run("California had 5,000 new claims, the Employment Development Department said.\n\nIn Washington state, Amazon told "
               "the Employment Security Department it would lay off 2,300 workers, according to filings posted by the agency.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[0].source) == "Employment Development Department");
  CHECK(Opt(v[1].source) == "Employment Security Department");
  v = Run("California is slated to take 5,255; Texas, 4,481; and Arizona, 1,290, according to the State Department list.");
  REQUIRE(v.size() == 3);
  CHECK(v[0].state_code == "CA");
  CHECK(v[0].count == 5255);
  CHECK(v[1].state_code == "TX");
}

TEST_CASE("a comparison's base date dates the earlier level only", "[extract][dates]") {
  auto v = Run("Obama led Romney in Florida by 58,055 votes, up from 47,000 a day earlier.", "2012-11-09");
  REQUIRE(v.size() == 2);
  CHECK(Iso(v[0].date) == "2012-11-09");
  CHECK(v[0].date_basis == "document");
  CHECK(Iso(v[1].date) == "2012-11-08");
  CHECK(Iso(One("The health department has recorded 8,954 deaths in Oklahoma, according to the agency, an increase "
                "of 97 from a week earlier.", "2021-08-25").date) == "2021-08-25");
}

TEST_CASE("cues in a relative clause - a later figure's verb - said before a counted noun - a time zone", "[extract][sources]") {
  auto v = Run("Johns Hopkins University said deaths topped 100,000 in the U.S. on Wednesday. By Thursday morning the "
               "university's U.S. count stood at 100,442, while The New York Times, which compiles its own figures from "
               "state and county health departments, had 100,396.");
  REQUIRE(v.size() == 3);
  CHECK(Opt(v[0].source) == "Johns Hopkins University");
  CHECK(Opt(v[1].source) == "Johns Hopkins University");
  CHECK(Opt(v[2].source) == "The New York Times");
  // "5 p.m. ET Wednesday" ends no sentence: the day and the credit reach the figure.
  const auto c = One("The nominee had 26,797 votes nationwide as of 5 p.m. ET Wednesday, per CNN. That is little.", "2008-11-06");
  CHECK(Iso(c.date) == "2008-11-05");
  CHECK(Opt(c.source) == "CNN");
  // A spelled zone ends no sentence either; a name that goes on after it does.
  const auto z = One("Nationally, Republicans had won 199 House seats as of 1 a.m. Central, according to The "
                     "Associated Press.", "2022-11-09");
  CHECK(Opt(z.source) == "Associated Press");
  CHECK(Opt(One("Nationally, Republicans had won 199 House seats by 10 p.m. Pacific Gas and Electric said it "
                "had restored power.", "2022-11-09").source) == "<null>");
  // A list intro: "according to" before a lower-case "reported by".
  v = Run("Here are the deaths reported by the hardest-hit states as of Thursday, according to the COVID Tracking "
          "Project:\n\n- New York: 12,192\n- New Jersey: 3,518");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[1].source) == "The COVID Tracking Project");
}

TEST_CASE("a heading in capitals names its state and office - a margin row - a parenthesised figure's own noun", "[extract][lists]") {
  auto v = Run("LOUISIANA RUNOFF BY THE NUMBERS (secretary of state's office, unofficial):\n\nBallots cast: 1.51M\n\n"
               "Edwards' margin: 40,218");
  REQUIRE(v.size() == 2);
  CHECK(v[0].state_code == "LA");
  CHECK(Opt(v[0].source) == "secretary of state's office");
  CHECK(v[1].count == 40218);
  CHECK(Opt(v[1].metric) == "margin");
  v = Run("Here is the CDC's count of cases by state as of Monday:\n\nMichigan: 84 (4 deaths)\nMaryland: 19 (1 death)");
  REQUIRE(v.size() == 4);
  CHECK(Opt(v[0].metric) == "cases");
  CHECK(Opt(v[1].metric) == "deaths");
  CHECK(v[3].count == 1);
  CHECK(v[3].state_code == "MD");
}

TEST_CASE("a place that reports passes the figure to the office that said it - a span's start - a case count", "[extract][sources][dates]") {
  auto v = Run("Rhode Island reported 1,302 new cases on Wednesday, the state Department of Health said, bringing the "
               "state's case count to 64,918 since the first case was confirmed on March 1.", "2020-12-10");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[0].source) == "state Department of Health");
  CHECK(Iso(v[1].date) == "2020-12-09");
  CHECK(Opt(v[1].metric) == "cases");
}

TEST_CASE("a heading in capitals above a list intro - a labelled row's earlier figure in parentheses", "[extract][lists]") {
  auto v = Run("UTAH BY THE NUMBERS\nToday's figures from the health department's dashboard, with Monday's in "
               "parentheses:\nNew cases: 751 (609)\nDeaths: 218 (214)", "2020-07-14");
  REQUIRE(v.size() == 4);
  for (const auto& c : v) CHECK(c.state_code == "UT");
  CHECK(v[1].count == 609);
  CHECK(Opt(v[1].metric) == "new cases");
  CHECK(v[3].count == 214);
  v = Run("The CDC's weekly numbers for the U.S., released Thursday:\nNew cases, week ending Wednesday: 459.9K (prior "
          "week: 303.1K, when Thanksgiving slowed reporting)\nDeaths, same week: 2,641", "2022-12-09");
  REQUIRE(v.size() == 3);
  CHECK(v[0].count == 459900);
  CHECK(v[1].count == 303100);
  CHECK(v[2].state_code == "US");
}

TEST_CASE("a state's row of two figures each with its word - an auxiliary is no source", "[extract][lists][sources]") {
  auto v = Run("Provisional ballots cast and counted in the Nov. 2, 2004, election in selected states:\n\nCalif. — 668,408 "
               "cast; 491,765 counted\nLa. — 5,880 cast; no more than 2,600 counted", "2005-10-09");
  REQUIRE(v.size() == 4);
  CHECK(v[1].count == 491765);
  CHECK(v[1].state_code == "CA");
  CHECK(v[2].state_code == "LA");
  CHECK(Opt(v[3].qualifier) == "no more than");
  for (const auto& c : v) {
    CHECK(Iso(c.date) == "2004-11-02");
    CHECK(Opt(c.metric) == "provisional ballots");
  }
  CHECK_FALSE(One("Roughly 1.2 million of those ballots in the U.S., or about 64 percent, were eventually counted.").source);
}

TEST_CASE("polled votes is a count and its holder's - a neighbouring state is no later sentence's", "[extract][subjects][places]") {
  const auto c = One("Kapadia polled 102,289 votes across the nine states where his name was on the ballot.");
  CHECK(c.state_code == "US");
  CHECK(Opt(c.subject) == "Kapadia");
  CHECK(Run("The firm polled 800 likely voters in Ohio.").empty());
  auto v = Run("Clinton beat Obama by 336,245 votes in the Tennessee Democratic primary. On the Republican side Mike "
               "Huckabee, the former governor of neighbouring Arkansas, came first. Democratic turnout in the state was "
               "roughly 625,000.", "2008-02-06");
  REQUIRE(v.size() == 2);
  CHECK(v[1].state_code == "TN");
}

TEST_CASE("a capital opening a sentence about the whole state stands for the state", "[extract][places]") {
  auto v = Run("In Harrisburg, Pa., the Department of Health reported 7,813 new cases on Tuesday, pushing the state's toll "
               "to 34,976.", "2021-12-15");
  REQUIRE(v.size() == 2);
  CHECK(v[0].state_code == "PA");
  CHECK(v[1].state_code == "PA");
  // A county stays a county.
  CHECK(Run("In Johnson County, Kan., the state's most populous, about 250,000 ballots were recounted.").empty());
}

TEST_CASE("held at and to reach - another N or so - N active ones - out of N that - U.S. unemployment", "[extract][rules]") {
  CHECK(One("Mining and logging in Colorado held at 33,700 jobs.").count == 33700);
  auto v = Run("In Nevada upward of 52,000 people are drawing federal benefits, and another 21,000 or so are still on "
               "regular state benefits.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[1].qualifier) == "or so");
  v = Run("Nevada had 1,147,306 registered voters, counting inactive voters, and some 1.03 million active ones.");
  REQUIRE(v.size() == 2);
  CHECK(v[1].count == 1030000);
  v = Run("About 307,000 Tennessee absentee ballots were returned by mail, out of roughly 402,000 that voters requested.");
  REQUIRE(v.size() == 2);
  CHECK(v[1].count == 402000);
  CHECK(One("Applications for U.S. unemployment benefits held at 262,000 last week, as a new Minnesota law kept filings "
            "elevated.").state_code == "US");
}

TEST_CASE("a results box's title above its credit line names the state", "[extract][lists]") {
  auto v = Run("FINAL RECOUNT TOTALS \u2014 Minnesota governor\n(secretary of state's office, Dec. 8)\n\n"
               "Mark Dayton (DFL) ........ 919,223\nTom Emmer (R) ............ 910,450\n"
               "Four others, combined ....  25,843\nTotal .................... 2,107,003",
               "2010-12-09");
  REQUIRE(v.size() == 4);
  for (const auto& c : v) {
    CHECK(c.state_code == "MN");
    CHECK(Opt(c.source) == "secretary of state's office");
    CHECK(Iso(c.date) == "2010-12-08");
  }
  CHECK(Opt(v[0].subject) == "Mark Dayton");
  CHECK(v[2].count == 25843);
  // Precincts counted out of a state's total are no claim.
  CHECK(Run("With 1,841 of Mississippi's 1,853 precincts reporting, the race was too close to call.").empty());
}

TEST_CASE("the leader of a lead holds it - a name after a title or a figure's for is a person", "[extract][subjects]") {
  CHECK(Opt(One("Alejandro Garcia Padilla of the Popular Democratic Party led Gov. Luis Fortuno by 11,132 votes in "
                "Puerto Rico.").subject) == "Alejandro Garcia Padilla");
  auto v = Run("Democrat Heidi Heitkamp's lead over Republican Rick Berg in North Dakota stands at 2,936 votes, down "
               "from 2,994 on election night.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[0].subject) == "Heidi Heitkamp");
  CHECK(Opt(v[1].subject) == "Heidi Heitkamp");
  v = Run("In Mississippi, Chris McDaniel had 154,212 votes to 152,880 for six-term Sen. Thad Cochran.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[1].subject) == "Thad Cochran");
  v = Run("Bob Dole carried Wyoming, one of the few bright spots on a bad night for him. Later that night the count "
          "moved. The Kansan had 105,388 votes in Wyoming to 77,934 for President Clinton.", "1996-11-06");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[0].subject) != "Kansan");
  CHECK(Opt(v[1].subject) == "Clinton");
}

TEST_CASE("quoted nicknames of several words - voters backed a role - a list of states", "[extract][subjects][places]") {
  auto v = Run("Royce \"Pit Stop\" Gundersby ran for president. In Kansas, \"Pit Stop\" pulled 5,200 votes. Vermont was "
               "kinder than his team expected: more than 1,300 voters there backed the driver, per the AP.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[0].subject) == "Royce Gundersby");
  CHECK(Opt(v[1].subject) == "Royce Gundersby");
  v = Run("Oregon, Washington and Nevada had sent 410, 265 and 180 firefighters, respectively.");
  REQUIRE(v.size() == 3);
  CHECK(v[1].state_code == "WA");
  CHECK(v[2].state_code == "NV");
  // One figure for three states is their total.
  CHECK(One("A tally by the wire put the number without power in Louisiana, Mississippi and Alabama at 1.05 million.")
            .state_code == "US");
  // Each state's figure in parentheses.
  v = Run("Six other states have linked cases to the outbreak: Arizona (7), Utah (3) and Nebraska (1).");
  REQUIRE(v.size() == 3);
  CHECK(v[0].state_code == "AZ");
  CHECK(v[2].count == 1);
}

TEST_CASE("an intro's per before its participle - an aside's state the story took - earlier levels", "[extract][sources][places]") {
  auto v = Run("Storm-related deaths reported elsewhere as of 3 p.m., per state emergency management agencies:\n\n"
               "Colorado: 4\nKansas: 3");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[0].source) != "Storm-related deaths");
  v = Run("Storm-related deaths reported elsewhere as of 3 p.m., per the Colorado Office of Emergency Management:\n\n"
          "Colorado: 4\nKansas: 3");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[1].source) == "Colorado Office of Emergency Management");
  v = Run("Vermont confirmed 1,117 cases of Lyme disease last year. That is up from 763 in 2016.\n\nAnaplasmosis, a "
          "tick-borne infection that was rare in Vermont a decade ago, also set a record, rising to 266 cases from 197 "
          "the year before.");
  REQUIRE(v.size() == 4);
  CHECK(v[2].state_code == "VT");
  CHECK(v[3].count == 197);
  v = Run("California coroners have attributed 163 deaths to the heat, up from the 141 it reported on July 31.", "2006-08-18");
  REQUIRE(v.size() == 2);
  CHECK(v[1].count == 141);
  CHECK(Run("Nationwide, 1.5 million people filed claims that week, the 13th straight week above 1 million.").size() == 1);
}

TEST_CASE("a comparison with the national trend - titles before a name - revisions - a body after by", "[extract][places][rules][sources]") {
  auto v = Run("Illinois bucked the national trend this week: first-time claims for unemployment benefits in the state "
               "rose to 11,842 in the week ended Feb. 25, up from 9,310 the week before.", "2023-03-02");
  REQUIRE(v.size() == 2);
  CHECK(v[0].state_code == "IL");
  CHECK(v[1].state_code == "IL");
  v = Run("Gov. Andy Beshear won a second term in Kentucky with 693,370 votes to 627,457 for Republican Attorney "
          "General Daniel Cameron.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[1].subject) == "Daniel Cameron");
  v = Run("The U.S. economy added 74,000 jobs. November's gain was revised up to 241,000 from 203,000.");
  REQUIRE(v.size() == 3);
  CHECK(v[1].count == 241000);
  CHECK_FALSE(v[1].qualifier.has_value());
  CHECK(v[2].count == 203000);
  v = Run("Nonfarm payroll jobs in September, by the U.S. Bureau of Labor Statistics count released Friday:\n\n"
          "Ind. \u2014 3,191,600\nWis. \u2014 2,993,400");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[0].source) == "U.S. Bureau of Labor Statistics");
  CHECK(Opt(One("Mississippi Power and the state's electric cooperatives reported roughly 215,000 outages in "
                "Mississippi.").source) == "Mississippi Power");
  v = Run("Missouri has logged 318 cases. Most reported drug use. Statewide, clinics have given more than 41,000 doses.");
  REQUIRE(v.size() == 2);
  CHECK(v[1].state_code == "MO");
}

TEST_CASE("per an elected office's office", "[extract][sources]") {
  CHECK(Opt(One("The party had 1,041,772 active voters on the rolls in Utah, per the lieutenant governor's office.")
                .source) == "lieutenant governor's office");
  CHECK_FALSE(One("The party had 1,041,772 active voters on the rolls in Utah, per the governor.").source.has_value());
}

TEST_CASE("a speaker named in an appositive after a description", "[extract][sources]") {
  CHECK(Opt(One("His campaign manager, Jadranka Pellegrew, said the team had gathered upwards of 14,000 signatures in "
                "Kansas.").source) == "Jadranka Pellegrew");
  CHECK(Opt(One("A spokeswoman, Lena Hartwick, said Ohio received 75,000 claims.").source) == "Lena Hartwick");
  // A name before its appositive keeps its own place.
  CHECK(Opt(One("Duke Energy, the state's largest utility, said 300,000 customers in North Carolina lost power.").source) ==
        "Duke Energy");
}

TEST_CASE("the total row of a table of states is the nation's", "[extract][places]") {
  auto v = Run("Cases by state:\n\nState            Ill   Deaths\nColorado          34        6\n"
               "Wyoming            4        1\nOther states (17) 18        3\nTotal            116       23");
  REQUIRE(v.size() == 6);
  CHECK(v[3].state_code == "WY");
  CHECK(v[4].count == 116);
  CHECK(v[4].state_code == "US");
  CHECK(v[5].state_code == "US");
  v = Run("Approvals, by state:\n\nState        Households\nIowa         24,675\nInd.         14,912\n"
          "Five-state total   52,139");
  REQUIRE(v.size() == 3);
  CHECK(v[2].count == 52139);
  CHECK(v[2].state_code == "US");
  // A table of counties keeps its state.
  v = Run("Cases in Ohio by county:\n\nCounty           Cases   Deaths\nFranklin            34        6\n"
          "Total               51        8");
  REQUIRE_FALSE(v.empty());
  CHECK(v.back().count == 8);
  CHECK(v.back().state_code == "OH");
}

TEST_CASE("a results box under a state heading in capitals", "[extract][places][rules]") {
  auto v = Run("Vote totals, unofficial.\n\nKENTUCKY\nU.S. Senate \u2014 Republican\n* Rand Paul 206,812 (59%)\n"
               "Trey Grayson 124,864 (35%)\n\nARKANSAS\nU.S. Senate \u2014 Democratic\nx Blanche Lincoln 146,579 (45%)");
  REQUIRE(v.size() == 3);
  CHECK(v[0].state_code == "KY");
  CHECK(Opt(v[0].subject) == "Rand Paul");
  CHECK(Opt(v[0].metric) == "votes");
  CHECK(v[1].state_code == "KY");
  CHECK(v[2].state_code == "AR");
  CHECK(Opt(v[2].subject) == "Blanche Lincoln");
  // A blank line ends the heading's reach.
  CHECK(Run("KENTUCKY\n\nU.S. Senate \u2014 Republican\n* Rand Paul 206,812 (59%)").empty());
}

TEST_CASE("the article's person after a sentence on rivals - voted for him - a party's name", "[extract][subjects]") {
  auto v = Run("Howard Phillips ran for president. Phillips campaigned hard. Phillips spoke often. In Utah, where he "
               "campaigned twice, Phillips got more than 2,700 votes, though Ralph Nader and Pat Buchanan did far better "
               "there, with 35,850 and 9,319 votes, respectively.\n\nThe count for the rest of his stronger states:\n\n"
               "Ohio: 10,796\nNev.: 621");
  REQUIRE(v.size() == 5);
  CHECK(Opt(v[0].subject) == "Howard Phillips");
  CHECK(Opt(v[1].subject) == "Ralph Nader");
  CHECK(Opt(v[2].subject) == "Pat Buchanan");
  CHECK(Opt(v[3].subject) == "Howard Phillips");
  CHECK(Opt(v[4].subject) == "Howard Phillips");
  // A pronoun after a sentence on one person is that person's.
  v = Run("Jill Stein ran. Stein spoke. Stein won votes. Stein again. In Michigan, Donald Trump was ahead by roughly "
          "81,000 votes. In Wisconsin his lead was just under 30,000 votes.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[1].subject) == "Donald Trump");
  CHECK(Opt(One("Howard Phillips ran. The activist had his best night in Pennsylvania, where 14,428 people voted for "
                "him.").subject) == "Howard Phillips");
  v = Run("Delaney Fairbrook ran as the nominee of her Open Concept Party. In Idaho, the Open Concept nominee collected "
          "3,712 votes, edging out Constitution Party nominee Virgil Goode by 1,213.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[0].subject) == "Delaney Fairbrook");
  CHECK(Opt(v[1].subject) == "Delaney Fairbrook");
}

TEST_CASE("the weekday before a dated figure", "[extract][dates]") {
  const auto v = Run("The death toll in Nevada reached 2,392 as of Saturday, up from 2,241 the Saturday before.",
                     "2020-12-06");
  REQUIRE(v.size() == 2);
  CHECK(v[0].date->Iso() == "2020-12-05");
  CHECK(v[1].date->Iso() == "2020-11-28");
}

TEST_CASE("a bare large figure is read by the last rule - its rejects - whole numbers only", "[extract][rules]") {
  // A figure no other rule reads, with its state, range and qualifier.
  auto v = Run("Patients hospitalized with COVID-19 in Connecticut: 1,452, up 127 from Monday.");
  REQUIRE(v.size() == 1);
  CHECK(v[0].count == 1452);
  CHECK(v[0].state_code == "CT");
  v = Run("Turnout in Mississippi was well above the 700,000–800,000 the office had predicted.");
  REQUIRE(v.size() == 1);
  CHECK(v[0].count == 700000);
  CHECK(v[0].count_max == 800000);
  // Bars, forecasts and compound adjectives are no counts.
  CHECK(Run("In Montana, backers cleared the 20,510 the initiative needed to qualify.").empty());
  CHECK(Run("Economists polled by Reuters had expected 240,000.").empty());
  CHECK(Run("In Kentucky, the 420,000-square-foot plant closed.").empty());
  // "with all 1,948 precincts": a rule's match on part of a grouped number
  // ("all 1," as "all N,") gives way to the rule that reads the whole number.
  v = Run("Oklahoma had 340,572 votes, with all 1,948 precincts reporting.");
  REQUIRE(v.size() == 1);
  CHECK(v[0].count == 340572);
  // More than eight bare figures in a sentence are a dump, not prose.
  CHECK(Run("In Ohio: 1,234 2,345 3,456 4,567 5,678 6,789 7,890 8,901").size() == 8);
  CHECK(Run("In Ohio: 1,234 2,345 3,456 4,567 5,678 6,789 7,890 8,901 9,012").empty());
}

TEST_CASE("a federal agency or office named with U.S. gives no national scope", "[extract][places]") {
  auto v = Run("Missouri lost jobs. The state's weekly initial claims were 4,982 for the week ended Aug. 5, U.S. Labor "
               "Department data show.");
  REQUIRE(v.size() == 1);
  CHECK(v[0].state_code == "MO");
  // "in the U.S. House race": an office, not "in the U.S.".
  CHECK(Run("In Wyoming, Laramie County reported more than 11,000 undervotes in the U.S. House race.").empty());
  v = Run("Nationally, about 230,000 claims were filed, the U.S. Labor Department said.");
  REQUIRE(v.size() == 1);
  CHECK(v[0].state_code == "US");
}

TEST_CASE("subjects - an appositive role - a role voted for - a stage name - same surnames", "[extract][subjects]") {
  CHECK(Opt(One("Peter Camejo ran. Arianna Huffington, the writer, dropped out but still drew over 43,000 votes in "
                "California.").subject) == "Arianna Huffington");
  CHECK(Opt(One("Sylvester Hepplewhite ran for president. About 12,000 people across nine states voted for the "
                "illusionist.").subject) == "Sylvester Hepplewhite");
  // Not a role: "the Republican primary".
  CHECK(!One("Donald Trump ran. Nearly 88,000 absentee ballots were returned for the Republican primary in South "
             "Carolina.").subject);
  auto v = Run("Sylvester Hepplewhite ran for president. In Wyoming and North Dakota, the Great Hepplewhite got 1,204 "
               "and 1,388 votes, respectively.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[0].subject) == "Sylvester Hepplewhite");
  CHECK(Opt(One("Hillary Clinton ran. In Arkansas, Bill Clinton got 2,000 votes.").subject) == "Bill Clinton");
  CHECK(Opt(One("Hillary Clinton ran. In Arkansas, Clinton got 2,000 votes.").subject) == "Hillary Clinton");
}

TEST_CASE("sources - an organisation counts or lists - clauses and openers name no one", "[extract][sources]") {
  CHECK(Opt(One("Johns Hopkins University counts 3,098,000 cases nationwide.").source) == "Johns Hopkins University");
  CHECK(!One("First returns show Ken Buck ahead in Colorado with 22,906 votes.").source);
  const auto v = Run("Puerto Rico counted 312,560 tests, but 35,000 results from private laboratories were still "
                     "waiting to be loaded.");
  REQUIRE(v.size() == 2);
  CHECK(!v[0].source);
  CHECK(!v[1].source);
  CHECK(!One("Neighboring Utah reported 1.56 million nonfarm jobs in their own March reports.").source);
}

TEST_CASE("sources - a known source or initials before count or tally", "[extract][sources]") {
  CHECK(Opt(One("By the Associated Press count, the no side in Missouri had almost 936,000 votes.").source) ==
        "Associated Press");
  CHECK(Opt(One("Dole now has 95 delegates in Kansas by The Associated Press count.").source) == "Associated Press");
  CHECK(Opt(One("By the CNS tally, Trump had 1,599 delegates in Ohio.").source) == "CNS");
  // A party, a place or a person before "count" names no source.
  CHECK(!One("By the Republican count, the no side in Missouri had almost 936,000 votes.").source);
  CHECK(!One("By the Kansas count, Dole had 95,000 votes in Kansas.").source);
}

TEST_CASE("subjects - a sentence that opens with a name sets the next pronoun's person", "[extract][subjects]") {
  auto v = Run("Roger MacBride cast his vote for John Hospers. Nixon took 47 million votes nationwide.\n\n"
               "MacBride won the party's 1976 nomination. Running nationwide, he got 172,553 votes.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[1].subject) == "Roger MacBride");
  // A capitalised opener named once is no person.
  v = Run("Dell Vantrease ran in 2016. In Ohio he got 5,000 votes.\n\nOut West he found fewer fish. In Montana he won "
          "3,127 votes.");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[1].subject) == "Dell Vantrease");
}

TEST_CASE("places - a city and its state before a title describe a person", "[extract][places][subjects]") {
  auto v = Run("In South Carolina, former South Bend, Ind., Mayor Pete Buttigieg and Sen. Elizabeth Warren of "
               "Massachusetts drew 44,217 and 38,120, respectively.");
  REQUIRE(v.size() == 2);
  CHECK(v[0].state_code == "SC");
  CHECK(Opt(v[0].subject) == "Pete Buttigieg");
  CHECK(v[1].state_code == "SC");
  CHECK(Opt(v[1].subject) == "Elizabeth Warren");
  // The city is still the place of its own figures; "Jesse Ventura, Minnesota" is a person.
  CHECK(Run("South Bend, Ind., counted 44,217 ballots.").empty());
  CHECK(Opt(One("Jesse Ventura, Minnesota, 1998\n\nVentura got 773,713 votes in Minnesota.").subject) == "Jesse Ventura");
}

TEST_CASE("places - rankings and lakes and comparisons are no figure's place", "[extract][places]") {
  // The region after a superlative is what the figure is ranked in.
  CHECK(One("Florida's 74,021 claims were the highest in the Southeast.").state_code == "FL");
  // A lake is no state.
  const auto v = Run("Ohio had 500 cases. Wisconsin, across Lake Michigan, had 312.");
  REQUIRE(v.size() == 2);
  CHECK(v[1].state_code == "WI");
  // A population comparison set off by commas.
  CHECK(One("Illinois, with a population about a quarter larger than Michigan's, had 2,016 people hospitalized.")
            .state_code == "IL");
  // "the nation's third-largest city" ranks; it gives no national scope.
  CHECK(Run("Chicago, the nation's third-largest city with about 2.7 million people, shrank again.").empty());
}

TEST_CASE("places - the state is not one of a list of three compared with it", "[extract][places]") {
  CHECK(One("That puts Louisiana near the bottom of the 50 states, ahead of only Alabama, Mississippi and Wyoming. "
            "The state averaged some 5,800 doses a day last week.")
            .state_code == "LA");
  CHECK(One("That puts Louisiana near the bottom of the 50 states, ahead of only Alabama, Mississippi and Wyoming.\n\n"
            "Daily shots have sagged. The state averaged some 5,800 doses a day last week.")
            .state_code == "LA");
}

TEST_CASE("places - a sentence adverb before a state is no city", "[extract][places]") {
  const auto v = Run("Elsewhere, Texas and Kentucky reported 957,000 and 54,000 early or absentee ballots, respectively.");
  REQUIRE(v.size() == 2);
  CHECK(v[0].state_code == "TX");
  CHECK(v[1].state_code == "KY");
  CHECK(One("Yesterday alone, 251 people with COVID were admitted to Wisconsin hospitals.").state_code == "WI");
}

TEST_CASE("sources - an organisation's name goes on after for the", "[extract][sources]") {
  CHECK(Opt(One("Turnout in Ohio reached about 122 million, according to the Committee for the Study of the American "
                "Electorate.")
                .source) == "Committee for the Study of the American Electorate");
  CHECK(Opt(One("Turnout in Ohio reached about 122 million, according to the AP for the Senate race.").source) ==
        "Associated Press");
}

TEST_CASE("places - a where clause ends at the comma after a county", "[extract][places]") {
  const auto v = Run("In Pennsylvania, where counting continued in Philadelphia and Allegheny County, the Department of "
                     "State's tally stood at 7,034,512 on Friday morning.");
  REQUIRE(v.size() == 1);
  CHECK(v[0].state_code == "PA");
  CHECK(v[0].count == 7034512);
}

TEST_CASE("a Markdown table - its rule line - each column's heading and the intro's date and source", "[extract][lists]") {
  const auto v = Run("Cases and deaths in the hardest-hit states, as of Thursday, according to the CDC:\n\n"
                     "| State | Cases | Deaths |\n|---|---|---|\n| Wisconsin | 3,008 | \u2014 |\n| Illinois | 2,110 | 3 |\n",
                     "2009-06-12");
  REQUIRE(v.size() == 3);
  CHECK(v[0].state_code == "WI");
  CHECK(v[0].count == 3008);
  CHECK(Opt(v[0].metric) == "cases");
  CHECK(Iso(v[0].date) == "2009-06-11");
  CHECK(Opt(v[0].source) == "Centers for Disease Control and Prevention");
  CHECK(v[2].state_code == "IL");
  CHECK(v[2].count == 3);
  CHECK(Opt(v[2].metric) == "deaths");
  CHECK(Opt(v[2].source) == "Centers for Disease Control and Prevention");
}

TEST_CASE("a report box - labour rows - a rate among the rows - the agency in its heading", "[extract][lists]") {
  const auto v = Run("GEORGIA'S DECEMBER REPORT AT A GLANCE (seasonally adjusted, Georgia Department of Labor)\n"
                     "Labor force: 5,121,400\nUnemployed: 184,200\nUnemployment rate: 3.6%\nInitial claims: 24,811\n",
                     "2019-01-18");
  REQUIRE(v.size() == 3);
  CHECK(v[0].metric == std::optional<std::string>("labor force"));
  CHECK(v[1].count == 184200);
  CHECK(v[2].count == 24811);
  for (const auto& c : v) {
    CHECK(c.state_code == "GA");
    CHECK(Opt(c.source) == "Georgia Department of Labor");
  }
}

TEST_CASE("a box intro that says statewide takes the state named before it", "[extract][lists]") {
  const auto v = Run("PHOENIX \u2014 Arizona recorded 10,359 cases of valley fever in 2019, the department said.\n\n"
                     "Doctors urged testing.\n\n2019 at a glance (statewide, reported to ADHS):\nHospitalizations: 1,422\n"
                     "Deaths: 59\n",
                     "2020-02-20");
  REQUIRE(v.size() == 3);
  CHECK(v[1].state_code == "AZ");
  CHECK(v[1].count == 1422);
  CHECK(v[2].state_code == "AZ");
  CHECK(v[2].count == 59);
}

TEST_CASE("subjects - the senator after Senator X - for Mr. X - a gift holds only its own figure", "[extract][subjects]") {
  auto v = Run("Senator Robert M. La Follette carried his home state. John W. Davis trailed with 68,096 in Wisconsin. "
               "In Minnesota the senator's vote was 339,192, the secretary of state reported.",
               "1924-11-28");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[1].subject) == "Robert M. La Follette");
  v = Run("Returns give La Follette 4,826,000 votes nationwide, against some 15,720,000 for Mr. Coolidge.", "1924-11-28");
  REQUIRE(v.size() == 2);
  CHECK(Opt(v[0].subject) == "La Follette");
  CHECK(Opt(v[1].subject) == "Coolidge");
  CHECK(Opt(v[1].qualifier) == "some");
}

TEST_CASE("subjects - a pair won over someone - the winner's later figure - the President after President X", "[extract][subjects]") {
  auto v = Run("President Nixon carried Alaska 55,349 to 32,967 over Senator George McGovern and takes the state's three "
               "electoral votes.",
               "1972-11-09");
  REQUIRE(v.size() == 3);
  CHECK(Opt(v[0].subject) == "Nixon");
  CHECK(Opt(v[1].subject) == "George McGovern");
  CHECK(Opt(v[2].subject) == "Nixon");
  const auto c = One("President Nixon carried Alaska over Senator George McGovern. Across the country the President won "
                     "some 520 electoral votes.",
                     "1972-11-09");
  CHECK(Opt(c.subject) == "Nixon");
  CHECK(Opt(One("President Johnson carried Nevada with 79,339 votes.", "1964-12-19").subject) == "Johnson");
}

TEST_CASE("a lone surname after an office's title is a person", "[extract][subjects]") {
  const auto v = Run("One of the state's electors voted for Ronald Reagan instead of President Ford. Ford still carried "
                     "Washington by 60,409 votes.",
                     "1976-12-14");
  REQUIRE(v.size() == 1);
  CHECK(Opt(v[0].subject) == "Ford");
}

TEST_CASE("dates - the week before a written week - none without one - the week before an event", "[extract][dates]") {
  auto v = Run("In the week ended June 22, North Carolinians filed 14,620 initial claims, down from 16,050 the week "
               "before, the Labor Department said Thursday.",
               "2013-06-28");
  REQUIRE(v.size() == 2);
  CHECK(Iso(v[0].date) == "2013-06-22");
  CHECK(Iso(v[1].date) == "2013-06-15");
  const auto c = One("Ohio reported 1,204 new cases in the week before the election.", "2020-11-10");
  CHECK(Iso(c.date) == "2020-11-10");
}

TEST_CASE("statewide far below a headline that names one state takes that state", "[extract][places]") {
  const auto v = Run("Idaho RSV cases top 1,000 in a week as children's wards fill\n\nBy A. Reporter\n\n"
                     "BOISE \u2014 Respiratory virus is filling pediatric wards, officials said Thursday.\n\n"
                     "Clinics opened at 7 a.m. Schools closed at 2 p.m. Pharmacies ran short by 9 a.m. Nurses "
                     "worked 12 hours. Some surgeries waited 3 days. Visits ended at 8 p.m. Masks returned on Day 2. "
                     "Lines ran 40 minutes. Phones rang past 10 p.m.\n\n"
                     "Hospitals statewide reported 97 patients with COVID-19 on Tuesday.",
                     "2022-11-17");
  REQUIRE(v.size() == 2);
  CHECK(v[1].count == 97);
  CHECK(v[1].state_code == "ID");
}
