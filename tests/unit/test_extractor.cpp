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

TEST_CASE("a verb phrase coordinated by 'and' shares the clause subject") {
  // Its own negation and modality: the first clause's "not" stays there.
  CHECK(extract_lines("Poland has not sent troops to Ukraine and has delivered artillery shells to Ukraine.") ==
        V{"NOT Poland sendsTroopsTo Ukraine [Actual] by -", "Poland suppliesWeaponsTo Ukraine [Actual] by -"});
  // A past form with its object, after a subject opening a clause.
  CHECK(extract_lines("In March, Tehran expanded drone production and supplied Russia with missiles.") ==
        V{"Iran suppliesWeaponsTo Russia [Actual] by -"});
  // Across a relative clause: its antecedent is the subject.
  CHECK(extract_lines("Officials praised Poland, which trains Ukrainian pilots and has shipped tanks to Ukraine.") ==
        V{"Poland suppliesWeaponsTo Ukraine [Actual] by -", "Poland trainsTroopsOf Ukraine [Actual] by -"});
  // Coordinated nouns are no verb phrase.
  CHECK(extract_lines("Analysts in Berlin and Paris discussed tanks and jets.").empty());
}

TEST_CASE("a possessor before a place only locates it") {
  CHECK(has(extract_lines("Hundreds of North Korean soldiers were killed in Russia's Kursk region."),
            "DPRK hasCasualtiesIn Kursk [Actual] by -"));
  CHECK(extract_lines("Russian troops suffered heavy losses near Bakhmut.") ==
        V{"Russia hasCasualtiesIn Bakhmut [Actual] by -"});
}

TEST_CASE("transfers: plans for a nominal transfer, a possessor in the theme, travel to sell") {
  CHECK(extract_lines("Canada has no plans for a deployment of troops to Ukraine.") ==
        V{"NOT Canada sendsTroopsTo Ukraine [Planned] by -"});
  CHECK(extract_lines("Ottawa ruled out sending Canada's tanks to Kyiv.") ==
        V{"NOT Canada suppliesWeaponsTo Ukraine [Actual] by -"});
  CHECK(has(extract_lines("Raisi travelled to Moscow to sell drones."), "Iran suppliesWeaponsTo Russia [Actual] by -"));
}

TEST_CASE("fighting: pushing back an enemy's troops, using arms against a people, dislodging from a place") {
  CHECK(extract_lines("Kyiv needs more air power to push Russian troops back.") ==
        V{"Russia fightsAgainst Ukraine [Actual] by -"});
  CHECK(extract_lines("Moscow will use the drones against Ukrainians.") ==
        V{"Russia fightsAgainst Ukraine [Planned] by -"});
  CHECK(has(extract_lines("Shelling continued in the Belgorod region, where Russian units are struggling to "
                          "dislodge Ukrainian troops."),
            "Ukraine hasForcesIn Belgorod [Actual] by -"));
}

TEST_CASE("support: vowing to support, helping wage a war, propping up") {
  CHECK(extract_lines("Kim Jong Un vowed to fully support Moscow.") ==
        V{"KimJongUn supports Russia [Actual] by -"});
  CHECK(has(extract_lines("Tehran is helping Moscow wage its war against Ukraine."),
            "Iran supports Russia [Actual] by -"));
  CHECK(extract_lines("Beijing is propping up Moscow.") == V{"China supports Russia [Actual] by -"});
}

TEST_CASE("alliances and sanctions: 'its treaty with', responding with measures, blacklisting") {
  CHECK(extract_lines("Moscow invoked its defence treaty with Minsk.") ==
        V{"Belarus alliedWith Russia [Actual] by -"});
  CHECK(extract_lines("The EU will respond with restrictive measures against Belarus.") ==
        V{"EU sanctions Belarus [Planned] by -"});
  CHECK(extract_lines("The package adds Iran to the EU blacklist.") == V{"EU sanctions Iran [Actual] by -"});
}

TEST_CASE("a gazetteer description names its entity once the article has named it") {
  CHECK(extract_lines("The European Union imposed sanctions on Iran. The 27-nation bloc also imposed sanctions "
                      "on Belarus.") ==
        V{"EU sanctions Belarus [Actual] by -", "EU sanctions Iran [Actual] by -"});
  // Not before: "the bloc" alone names nothing.
  CHECK(extract_lines("The bloc imposed sanctions on Belarus.").empty());
  // Case-aware, and not part of a longer name.
  CHECK(extract_lines("Vladimir Putin arrived in North Korea. Kim Jong Un hosted him in the North.").size() == 1);
  CHECK(has(extract_lines("Shoigu met officials in North Korea. Later Shoigu toured a factory in the North."),
            "Shoigu visited DPRK [Actual] by -"));
}

TEST_CASE("'the <demonym> <title>' is the person the article named with that role") {
  CHECK(has(extract_lines("Vladimir Putin arrived in Minsk on Tuesday. Officials said the Russian leader's visit "
                          "to Pyongyang would follow."),
            "Putin visited DPRK [Actual] by -"));
  // Nobody named yet with that role: no one.
  CHECK(!has(extract_lines("Officials said the Russian leader's visit to Pyongyang would follow."),
             "Putin visited DPRK [Actual] by -"));
}

TEST_CASE("'his government' is the state of the person 'his' refers to; 'it' after a relative clause") {
  CHECK(has(extract_lines("Yoon Suk Yeol spoke on Monday. His government, which has long refused to arm Kyiv, "
                          "said it could consider sending weapons to Ukraine."),
            "SouthKorea suppliesWeaponsTo Ukraine [Possible] by SouthKorea"));
}

TEST_CASE("receiving and arrivals name the recipient of a transfer without one, and are no claims") {
  CHECK(extract_lines("The first Leopard tanks have arrived in Ukraine. Kyiv has received more tanks this week. "
                      "Canada has donated four tanks.") ==
        V{"Canada suppliesWeaponsTo Ukraine [Actual] by -"});
  // One hint alone is no clear recipient.
  CHECK(extract_lines("Kyiv has received more tanks this week. Canada has donated four tanks.").empty());
}

TEST_CASE("roles: a counterpart shares the title; an apposition with 'a'") {
  CHECK(has(extract_lines("Chinese President Xi Jinping and his Russian counterpart, Vladimir Putin, signed a statement."),
            "Putin leaderOf Russia [Actual] by -"));
  CHECK(has(extract_lines("Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi in Beijing."),
            "WangYi officialOf China [Actual] by -"));
  CHECK(has(extract_lines("Sanctions named Kim Yong Bok, a deputy chief of North Korea's general staff."),
            "KimYongBok officialOf DPRK [Actual] by -"));
}

TEST_CASE("a host letting another state's troops use its territory") {
  CHECK(extract_lines("Officials criticised Belarus, which allowed Russian troops to use its territory.") ==
        V{"Russia hasForcesIn Belarus [Actual] by -"});
}

TEST_CASE("'he' opening a reported clause is the last person named") {
  CHECK(has(extract_lines("Vladimir Putin arrived in Beijing on Thursday. Officials said he would visit Pyongyang next."),
            "Putin visited DPRK [Planned] by -"));
}

TEST_CASE("raising: 'is believed to have sent' keeps the subject, and names no claimant") {
  CHECK(extract_lines("Tehran is believed to have shipped thousands of drones to Russia.") ==
        V{"Iran suppliesWeaponsTo Russia [Actual] by -"});
}

TEST_CASE("'they' after a personnel phrase stands for those troops") {
  // In the next sentence.
  CHECK(extract_lines("Officials said North Korean troops had crossed the border. They are now fighting in Kursk.") ==
        V{"DPRK hasForcesIn Kursk [Actual] by -"});
  // In a relative clause of the same sentence, through another state's troops.
  CHECK(has(extract_lines("Belarusian soldiers went to Pokrovsk, where they are helping Russian units repel "
                          "Ukrainian troops."),
            "Belarus fightsAgainst Ukraine [Actual] by -"));
  // No personnel phrase before: "they" names nothing.
  CHECK(extract_lines("Analysts said they are fighting in Kursk.").empty());
}

TEST_CASE("a mutual-aid obligation is an alliance; sanctions on a group 'including' someone") {
  CHECK(extract_lines("The treaty obliges Russia and North Korea to come to each other's defence.") ==
        V{"DPRK alliedWith Russia [Actual] by -"});
  CHECK(extract_lines("The pact does not oblige Moscow and Minsk to come to each other's aid.") ==
        V{"NOT Belarus alliedWith Russia [Actual] by -"});
  CHECK(has(extract_lines("Washington imposed sanctions last month on North Korean generals including Kim Yong Bok."),
            "USA sanctions KimYongBok [Actual] by -"));
}
