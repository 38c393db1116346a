// SPDX-License-Identifier: ISC
// Who claims what: reporting verbs, "according to", coordination of
// sources, quotes over several sentences, pronouns, denials.
#include <catch2/catch.hpp>

#include "extract_support.hpp"

using claimgraph::test::extract_lines;
using claimgraph::test::has;
using V = std::vector<std::string>;

TEST_CASE("reporting verb after the clause and before it") {
  CHECK(extract_lines("North Korea has sent troops to Russia, Zelenskyy said.") ==
        V{"DPRK sendsTroopsTo Russia [Actual] by Zelenskyy"});
  CHECK(extract_lines("Zelenskyy said that North Korea has sent troops to Russia.") ==
        V{"DPRK sendsTroopsTo Russia [Actual] by Zelenskyy"});
  CHECK(extract_lines("North Korea has sent troops to Russia, said Volodymyr Zelenskyy.") ==
        V{"DPRK sendsTroopsTo Russia [Actual] by Zelenskyy"});
}

TEST_CASE("according to, and an outlet citing a source") {
  CHECK(extract_lines("According to the ISW, North Korean troops are in Kursk.") ==
        V{"DPRK hasForcesIn Kursk [Actual] by ISW"});
  CHECK(extract_lines("Yonhap, citing the NIS, reported that North Korea had sent troops to Russia.") ==
        V{"DPRK sendsTroopsTo Russia [Actual] by NIS"});
}

TEST_CASE("coordinated sources each claim") {
  CHECK(extract_lines("The United States, Japan and South Korea said North Korea had shipped shells to Russia.") ==
        V{"DPRK suppliesWeaponsTo Russia [Actual] by Japan", "DPRK suppliesWeaponsTo Russia [Actual] by SouthKorea",
          "DPRK suppliesWeaponsTo Russia [Actual] by USA"});
}

TEST_CASE("a headline's trailing source") {
  CHECK(extract_lines("North Korea sends troops to Russia, Seoul says") ==
        V{"DPRK sendsTroopsTo Russia [Actual] by SouthKorea"});
}

TEST_CASE("a quote over several sentences belongs to its speaker") {
  const auto lines = extract_lines(
      "Rutte spoke in Brussels.\n"
      "“We see a dangerous escalation. North Korea has sent troops to Russia. That is a fact,” he said.");
  CHECK(lines == V{"DPRK sendsTroopsTo Russia [Actual] by Rutte"});
}

TEST_CASE("a pronoun is carried to the last named speaker") {
  CHECK(extract_lines("Defense Minister Kim Yong-hyun spoke to lawmakers. He said North Korea could send "
                      "more troops to Russia.") ==
        V{"DPRK sendsTroopsTo Russia [Possible] by KimYongHyun", "KimYongHyun officialOf SouthKorea [Actual] by -"});
}

TEST_CASE("a denial negates the statement denied, by the denier") {
  const auto lines = extract_lines(
      "South Korea said North Korea has sent 1,500 soldiers to Russia. "
      "Kremlin spokesman Dmitry Peskov dismissed the reports as “fake news”.");
  CHECK(has(lines, "DPRK sendsTroopsTo Russia [Actual] by SouthKorea"));
  CHECK(has(lines, "NOT DPRK sendsTroopsTo Russia [Actual] by Peskov"));
  CHECK(has(lines, "Peskov officialOf Russia [Actual] by -"));
}

TEST_CASE("a denial denies what a report asserts, not what its sentence takes for granted") {
  const auto lines = extract_lines(
      "Moscow rejected as false a report that Iran had shipped drones to Russia for its war against "
      "Ukraine.");
  CHECK(has(lines, "NOT Iran suppliesWeaponsTo Russia [Actual] by Russia"));
  CHECK_FALSE(has(lines, "NOT Russia fightsAgainst Ukraine [Actual] by Russia"));
}

TEST_CASE("'X denied doing' negates with X as claimant") {
  CHECK(extract_lines("Iran has repeatedly denied supplying ballistic missiles to Russia.") ==
        V{"NOT Iran suppliesWeaponsTo Russia [Actual] by Iran"});
}

TEST_CASE("calling something a hoax needs the label") {
  const auto lines = extract_lines(
      "Kyiv says North Korea sent troops to Russia. Moscow called the claim a hoax.");
  CHECK(has(lines, "NOT DPRK sendsTroopsTo Russia [Actual] by Russia"));
  CHECK_FALSE(has(extract_lines("Kyiv says North Korea sent troops to Russia. Zelenskyy called for more "
                                "sanctions."),
                  "NOT DPRK sendsTroopsTo Russia [Actual] by Zelenskyy"));
}

TEST_CASE("sources the gazetteer lacks are discovered from their cues") {
  CHECK(extract_lines("According to the Korea Defense Institute, North Korea has sent troops to Russia.") ==
        V{"DPRK sendsTroopsTo Russia [Actual] by Org_KoreaDefenseInstitute"});
  CHECK(extract_lines("According to Lee Sung-jun, North Korea has sent troops to Russia.").size() == 1);
  CHECK(extract_lines("North Korea has sent troops to Russia, said Jane Doe, the spokeswoman for the alliance.") ==
        V{"DPRK sendsTroopsTo Russia [Actual] by Person_JaneDoe"});
  CHECK(extract_lines("The Seoul Monitoring Group reported that North Korea has sent troops to Russia.") ==
        V{"DPRK sendsTroopsTo Russia [Actual] by Org_SeoulMonitoringGroup"});
}

TEST_CASE("a passive reporting verb names no claimant: its subject is what is reported on") {
  CHECK(extract_lines("Minsk is said to have delivered shells to Russia.") ==
        V{"Belarus suppliesWeaponsTo Russia [Actual] by -"});
  // The active verb still does.
  CHECK(extract_lines("Kyiv said Minsk had delivered shells to Russia.") ==
        V{"Belarus suppliesWeaponsTo Russia [Actual] by Ukraine"});
}

TEST_CASE("a sentence whose subject is a pronoun for the one before continues its report") {
  CHECK(extract_lines("According to the ISW, North Korean troops are in Kursk. They are training Russian soldiers.") ==
        V{"DPRK hasForcesIn Kursk [Actual] by ISW", "DPRK trainsTroopsOf Russia [Actual] by ISW"});
  // Not across paragraphs.
  CHECK(has(extract_lines("According to the ISW, North Korean troops are in Kursk.\n\nThey are training Russian soldiers."),
            "DPRK trainsTroopsOf Russia [Actual] by -"));
}
