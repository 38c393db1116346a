// SPDX-License-Identifier: ISC
// The extractor on sentences written for these tests in the style of
// wire-service news (none is taken from the seed articles): each case is
// one linguistic form a general pattern must cover.
#include <catch2/catch.hpp>

#include "article_reader.hpp"
#include "extract_support.hpp"

using claimgraph::test::extract_lines;
using claimgraph::test::has;
using V = std::vector<std::string>;

TEST_CASE("active transfer with a theme noun decides the predicate") {
  CHECK(extract_lines("Iran has delivered hundreds of Shahed drones to Russia.") ==
        V{"Iran suppliesWeaponsTo Russia [Actual] by -"});
  CHECK(extract_lines("North Korea has shipped millions of artillery shells to Russia.") ==
        V{"DPRK suppliesWeaponsTo Russia [Actual] by -"});
  CHECK(extract_lines("Pyongyang dispatched some 11,000 soldiers to Russia last month.") ==
        V{"DPRK sendsTroopsTo Russia [Actual] by -"});
}

TEST_CASE("ditransitive, coordinated themes and 'but not'") {
  CHECK(extract_lines("Belarus has supplied Russia with ammunition and fuel, but not with troops.") ==
        V{"Belarus suppliesWeaponsTo Russia [Actual] by -", "NOT Belarus sendsTroopsTo Russia [Actual] by -"});
  CHECK(extract_lines("Washington has provided Kyiv with ATACMS and Patriot interceptors.") ==
        V{"USA suppliesWeaponsTo Ukraine [Actual] by -"});
}

TEST_CASE("passive voice with a by-phrase and with an adjective subject") {
  CHECK(extract_lines("The missiles were shipped to Russia by North Korea in August.") ==
        V{"DPRK suppliesWeaponsTo Russia [Actual] by -"});
  CHECK(extract_lines("More North Korean troops are being sent to Russia.") ==
        V{"DPRK sendsTroopsTo Russia [Actual] by -"});
}

TEST_CASE("nominalisations") {
  CHECK(extract_lines("Seoul condemned Pyongyang's deployment of 12,000 troops to Russia.") ==
        V{"DPRK sendsTroopsTo Russia [Actual] by -"});
  CHECK(extract_lines("Analysts tracked the delivery of Iranian ballistic missiles to Russia.") ==
        V{"Iran suppliesWeaponsTo Russia [Actual] by -"});
  CHECK(extract_lines("The report documents the transfer of ammunition from Belarus to Russia.") ==
        V{"Belarus suppliesWeaponsTo Russia [Actual] by -"});
}

TEST_CASE("a noun is not a verb: 'the transfer of' needs the nominal pattern") {
  CHECK(extract_lines("Japan is monitoring the transfer of weapons.").empty());
}

TEST_CASE("presence, activity and casualties of personnel named by a demonym") {
  CHECK(extract_lines("North Korean troops are fighting in the Kursk region.") ==
        V{"DPRK hasForcesIn Kursk [Actual] by -"});
  // Deployed to Kursk, in Russia: present there, and sent to Russia.
  CHECK(extract_lines("A contingent of North Korean soldiers has been deployed to the front line in Kursk.") ==
        V{"DPRK hasForcesIn Kursk [Actual] by -", "DPRK sendsTroopsTo Russia [Actual] by -"});
  CHECK(extract_lines("Dozens of North Korean soldiers were killed near Kursk this week.") ==
        V{"DPRK hasCasualtiesIn Kursk [Actual] by -"});
  CHECK(extract_lines("Belarus will host Russian troops.") ==
        V{"Russia hasForcesIn Belarus [Planned] by -"});
  // A place, then a relative "where" clause about troops in it; the place
  // may itself be a preposition's object.
  CHECK(extract_lines("Reinforcements went to Kursk, where North Korean soldiers are fighting Ukrainian forces.") ==
        V{"DPRK fightsAgainst Ukraine [Actual] by -", "DPRK hasForcesIn Kursk [Actual] by -"});
  CHECK(extract_lines("The talks followed Ukraine's incursion into Russia's Kursk region.") ==
        V{"Ukraine hasForcesIn Kursk [Actual] by -"});
}

TEST_CASE("alliances: coordination, 'between', compounds") {
  CHECK(extract_lines("Moscow and Tehran signed a comprehensive strategic partnership treaty.") ==
        V{"Iran alliedWith Russia [Actual] by -"});
  CHECK(extract_lines("Analysts see a deepening alliance between Russia and Iran.") ==
        V{"Iran alliedWith Russia [Actual] by -"});
  CHECK(extract_lines("The Russia-Belarus defence pact worries Lithuania.") ==
        V{"Belarus alliedWith Russia [Actual] by -"});
}

TEST_CASE("war, invasion, fighting") {
  CHECK(extract_lines("Since Russia's invasion of Ukraine, prices have risen.") ==
        V{"Russia fightsAgainst Ukraine [Actual] by -"});
  CHECK(extract_lines("The Russian aggression against Ukraine continues.") ==
        V{"Russia fightsAgainst Ukraine [Actual] by -"});
  // The maker's demonym inside the object is no target.
  CHECK(extract_lines("Russia launched Iranian-made drones at Ukraine overnight.") ==
        V{"Russia fightsAgainst Ukraine [Actual] by -"});
  CHECK(extract_lines("Russia launched four Kinzhal missiles at an airbase in Lviv.") ==
        V{"Russia fightsAgainst Ukraine [Actual] by -"});
  // fightsAgainst is symmetric: written in one canonical direction.
  CHECK(extract_lines("Ukraine fired French-made SCALP cruise missiles at targets inside Russia.") ==
        V{"Russia fightsAgainst Ukraine [Actual] by -"});
  CHECK(extract_lines("Belarusian soldiers repelled Russian troops near the border.") ==
        V{"Belarus fightsAgainst Russia [Actual] by -"});
  // A possessive pronoun modifies like a demonym, and a possessor may
  // follow a preposition.
  CHECK(extract_lines("Analysts tallied Pyongyang's losses since its troops entered the war against Ukraine.") ==
        V{"DPRK fightsAgainst Ukraine [Actual] by -"});
  CHECK(extract_lines("Moscow said it needs the shells for its war against Ukraine.") ==
        V{"Russia fightsAgainst Ukraine [Actual] by Russia"});
  // Serving in a unit is no fighting against it.
  CHECK(extract_lines("Chinese mercenaries were fighting in Russian units.").empty());
}

TEST_CASE("visits, planned and past") {
  CHECK(extract_lines("Kim Jong Un arrived in Vladivostok on Tuesday.") ==
        V{"KimJongUn visited Vladivostok [Actual] by -"});
  CHECK(extract_lines("Putin is expected to visit Pyongyang next week.") ==
        V{"Putin visited DPRK [Planned] by -"});
  // A relative clause after the subject is skipped.
  CHECK(extract_lines("Kim Jong Un, who rarely leaves his country, is expected to travel to Moscow next month.") ==
        V{"KimJongUn visited Russia [Planned] by -"});
  // Places the gazetteer lacks, known by the words around them.
  CHECK(extract_lines("Putin arrived in the city of Yakutsk on Monday.") ==
        V{"Putin visited Place_Yakutsk [Actual] by -"});
  CHECK(extract_lines("North Korean troops were seen in the Zabaykalsky region.") ==
        V{"DPRK hasForcesIn Place_Zabaykalsky [Actual] by -"});
}

TEST_CASE("support and sanctions") {
  CHECK(has(extract_lines("Xi Jinping reaffirmed Beijing's support for Moscow."),
            "China supports Russia [Actual] by -"));
  CHECK(extract_lines("The European Union imposed new sanctions on Iran.") ==
        V{"EU sanctions Iran [Actual] by -"});
  // An apposition after a preposition's object still describes it.
  CHECK(has(extract_lines("Seoul sold tanks to Poland, a major backer of Ukraine."),
            "Poland supports Ukraine [Actual] by -"));
  CHECK(extract_lines("Japan remains Ukraine's most generous military donor in Asia.") ==
        V{"Japan suppliesWeaponsTo Ukraine [Actual] by -"});
  CHECK(extract_lines("Paris has supplied Kyiv with its own SCALP missiles.") ==
        V{"France suppliesWeaponsTo Ukraine [Actual] by -"});
}

TEST_CASE("roles from titles, possessives and appositions") {
  CHECK(extract_lines("Sergei Lavrov, Russia's foreign minister, met reporters.") ==
        V{"Lavrov officialOf Russia [Actual] by -"});
  CHECK(extract_lines("Chinese President Xi Jinping spoke.") == V{"XiJinping leaderOf China [Actual] by -"});
  // A demonym-form name ("European Union's") carries its own possessive.
  CHECK(extract_lines("The European Union's top diplomat, Josep Borrell, spoke.") ==
        V{"Borrell officialOf EU [Actual] by -"});
}

TEST_CASE("negation and refusal") {
  CHECK(extract_lines("Germany has ruled out sending Taurus missiles to Ukraine.") ==
        V{"NOT Germany suppliesWeaponsTo Ukraine [Actual] by -"});
  CHECK(extract_lines("Beijing has never provided lethal weapons to either Russia or Ukraine.") ==
        V{"NOT China suppliesWeaponsTo Russia [Actual] by -", "NOT China suppliesWeaponsTo Ukraine [Actual] by -"});
  CHECK(extract_lines("China has not sent weapons to Russia.") ==
        V{"NOT China suppliesWeaponsTo Russia [Actual] by -"});
  CHECK(extract_lines("North Korea is not only sending shells to Russia.") ==
        V{"DPRK suppliesWeaponsTo Russia [Actual] by -"});
}

TEST_CASE("modality cues") {
  CHECK(extract_lines("North Korea could send more troops to Russia.") ==
        V{"DPRK sendsTroopsTo Russia [Possible] by -"});
  CHECK(extract_lines("North Korea is preparing to send more troops to Russia.") ==
        V{"DPRK sendsTroopsTo Russia [Planned] by -"});
  CHECK(extract_lines("Britain will send Storm Shadow missiles to Ukraine.") ==
        V{"UK suppliesWeaponsTo Ukraine [Planned] by -"});
}

TEST_CASE("questions assert nothing") {
  CHECK(extract_lines("Will North Korea send troops to Russia?").empty());
}

TEST_CASE("'It' opening a sentence continues about the state that opened the one before") {
  CHECK(extract_lines("Seoul has sent aid to Ukraine. It has also exported tanks to Poland.") ==
        V{"SouthKorea suppliesWeaponsTo Poland [Actual] by -"});
  // Not when the state was only a possessor.
  CHECK(extract_lines("Seoul's envoy arrived. It has also exported tanks to Poland.").empty());
}

TEST_CASE("a transfer without a recipient goes to the article's clear recipient, or nowhere") {
  CHECK(has(extract_lines("Denmark has sent F-16 jets to Ukraine. The Netherlands delivered more jets to "
                          "Ukraine. Norway has donated six F-16s."),
            "Norway suppliesWeaponsTo Ukraine [Actual] by -"));
  CHECK(extract_lines("Norway has donated six F-16s.").empty());
  // Two recipients named once each: no clear one.
  CHECK(extract_lines("Denmark has sent jets to Ukraine. Iran has sent drones to Russia. "
                      "Norway has donated six F-16s.") ==
        V{"Denmark suppliesWeaponsTo Ukraine [Actual] by -", "Iran suppliesWeaponsTo Russia [Actual] by -"});
}

TEST_CASE("a one-word headline is no prefix of a body sentence") {
  const auto& m = *claimgraph::test::shipped().mappings;
  // "T" once skipped the T of "The", and the sentence began "he Kremlin".
  const claimgraph::Article a =
      claimgraph::read_text_article("t", "T\n\nPutin arrived.\n\nThe Kremlin said so.\n", "src", m);
  CHECK(a.skipped.empty());
  const claimgraph::Article b = claimgraph::read_text_article(
      "t", "Kim meets Putin\n\nKim meets Putin. Talks began.\n", "src", m);
  REQUIRE(b.skipped.size() == 1);
  CHECK(b.skipped[0].begin == 17);
}
