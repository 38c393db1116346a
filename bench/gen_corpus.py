#!/usr/bin/env python3
# SPDX-License-Identifier: ISC
"""Deterministic synthetic news corpus for the claimgraph benchmark.

Recombines the real sentence patterns of examples/*.txt (and the JSON example
articles) with other entities from mappings/entities/*.json, plus wire-style
templates of our own: claims, attributions ("X said", "according to X"),
denials, hedges, role mentions, filler, headlines, bylines, datelines and
boilerplate lines that mappings/boilerplate.json recognises.

  bench/gen_corpus.py -n 20000 --seed 7 -o corpus.jsonl      # JSON Lines
  bench/gen_corpus.py -n 500 --txt-dir corpus_txt/            # one .txt each

The same arguments give byte-identical output (random.Random(seed) only, no
hash ordering, no clock).
"""

import argparse
import json
import os
import random
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTH_ABBR = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct",
              "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

PUBLISHERS = ["Example Wire", "Global Desk", "Northern Herald", "Eastern Dispatch",
              "Capital Times", "World Brief", "Daily Monitor", "Frontline News",
              "Continental Press", "Harbor Gazette", "Meridian Post", "Atlas Report"]
FIRST = ["Anna", "Maria", "Olena", "Daryna", "Liliana", "James", "David", "Sarah", "Minji",
         "Hyun", "Tomasz", "Elena", "Peter", "Laura", "Kateryna", "Michael", "Sophie",
         "Ivan", "Aisha", "Daniel", "Yuki", "Carlos", "Ingrid", "Omar"]
LAST = ["Kovalenko", "Smith", "Park", "Nowak", "Rossi", "Schmidt", "Dubois", "Hansen",
        "Lee", "Petrenko", "Brown", "Garcia", "Novak", "Sato", "Haddad", "Jensen",
        "Moreau", "Walsh", "Ivanova", "Choi"]

# Concrete boilerplate lines; each must match one regex of mappings/boilerplate.json
# (checked at start-up).
BOILERPLATE = ["ADVERTISEMENT", "Advertisement", "You may also like", "Leave a Comment",
               "Leave a Reply", "Post a Comment", "0 Comments", "3 Comments",
               "* Please Don't Spam Here. All the Comments are Reviewed by Admin.",
               "Source Link", "Additional sources • ISW",
               "This website uses cookies. By continuing to use this site, you accept our use of cookies.",
               "Our website uses cookies to enhance your experience. Learn More",
               "Ok, Go it!", "#buttons=(Ok, Go it!) #days=(20)",
               "Read more: Markets steady as talks resume", "Read also: What we know so far",
               "Share this article", "Subscribe to our newsletter", "Sign up for daily briefings",
               "Follow us on social media", "© 2024 All rights reserved.",
               "Click here to read the full report", "Tags: war, diplomacy, security",
               "Related stories", "More from World", "ua en ru", "ua | en | ru",
               "Skip to main content", "Menu", "Search", "Loading...",
               "Image: Reuters", "Getty Images", "Watch: Briefing in full",
               "Listen to this article"]

# Own wire-style sentence templates. Slots: {S0..S3} state names, {A0..A3} their
# demonyms (adjectives), {C0..C1} metonyms (capitals), {P0..P2} people,
# {RP0..RP2} "<adjective> <title> <person>", {T0..T2} bare titles, {PL} place,
# {W} weapon, {N} number, {NUM} thousands, {ORG} organisation, {DAY} weekday,
# {MONTH}, {DATE}, {DLABEL} denial label, {PUB} publisher.
CLAIMS = [
    "{S0} has sent {NUM} troops to {S1}, {P0} said on {DAY}.",
    "{S0} supplied {W} to {S1}, according to {RP0}.",
    "According to {ORG}, {S0} has shipped millions of artillery shells to {S1} since {MONTH}.",
    "{RP0} said {S0} had deployed about {NUM} soldiers to {S1}.",
    "{S0} is sending workers to {S1}, {RP1} told reporters in {C0}.",
    "{A0} troops are fighting in {PL}, the {A1} defence ministry said.",
    "The agency said some {NUM} {A0} soldiers were deployed to {PL}.",
    "{S0} and {S1} signed a mutual defence pact in {C1} on {DAY}.",
    "{RP0} visited {S1} in {MONTH}, the first such trip in {N} years.",
    "{S0} imposed new sanctions on {S1} over its support for {S2}.",
    "{RP1} said {C0} would impose new sanctions on {S1}.",
    "{S0} may send more troops to {S1}, {P1} warned.",
    "{S0} could deploy {W} in {PL} as early as {MONTH}, analysts said.",
    "{S0} is expected to deliver more {W} to {S1} this year, officials said.",
    "{S0} plans to send engineers to {S1}, {A2} intelligence assessed.",
    "Intelligence officials believe {A0} officers are training {A1} soldiers near {PL}.",
    "{S0} reportedly transferred ammunition and missiles to {S1}.",
    "{P0} accused {S0} of providing weapons to {S1} for use in the war.",
    "{S0} is allied with {S1}, {P2} said in a statement.",
    "{S0}'s support for {S1} has grown since {MONTH}, {ORG} said.",
    "The {A0} invasion of {S1} entered its {N}th month.",
    "{S0} joined {S1} in its war against {S2}, {P0} said.",
    "{A0} forces attacked {S1} overnight, {RP1} said.",
    "{P2} urged {S0} to stop supplying {W} to {S1}.",
    "The transfer of weapons from {S0} to {S1} has accelerated, {ORG} reported.",
    "{S0}'s deployment of troops to {S1} is a serious escalation, {RP2} said.",
    "{A0} soldiers were spotted near {PL}, {PUB} reported, citing {A1} sources.",
    "{S0} provided {S1} with drones and missiles, {P1} said.",
]
DENIALS = [
    "{RP1} dismissed the reports as \"{DLABEL}\".",
    "{S1} denied the allegations.",
    "{C1} has repeatedly rejected the accusations as {DLABEL}.",
    "{P1} denied that {S0} had sent troops to {S1}.",
    "{S0} has not sent any troops to {S1}, {RP0} said.",
    "{S0} never supplied weapons to {S1}, the foreign ministry in {C0} said.",
    "Both {S0} and {S1} deny these claims despite significant evidence.",
    "{P0} refused to confirm whether {S0} had deployed soldiers to {S1}.",
]
NEUTRAL = [
    "{P0} did not respond to a request for comment.",
    "Markets in {C0} were little changed on {DAY}.",
    "The talks are scheduled to resume in {MONTH}.",
    "{PUB} could not independently verify the claims.",
    "It was not immediately clear how many people were affected.",
    "The meeting in {C1} lasted more than {N} hours.",
    "Officials said the situation remained tense along the border.",
    "{N} people were injured, local officials said.",
    "The report was published on {DATE}.",
    "Analysts said the figures were difficult to verify.",
    "Prices rose {N} percent in {MONTH} compared with a year earlier.",
    "The ministry said it would publish further details next week.",
    "Weather conditions have slowed operations in recent days.",
    "The parliament in {C0} is due to vote on the budget in {MONTH}.",
    "{ORG} is expected to publish its next assessment in {MONTH}.",
]
HEADLINES = [
    "{S0} sends troops to {S1}, {P0} says",
    "{S0} ships more shells to {S1}, {C0} says",
    "{P0} accuses {S0} of aiding {S1}",
    "{S1} denies receiving {A0} weapons",
    "{S0} and {S1} deepen military ties",
    "{A0} soldiers spotted in {PL}",
    "{S0} imposes new sanctions on {S1}",
    "{P0} visits {S1} amid war",
    "What we know about {A0} troops in {S1}",
]


def load_entities(root):
    ents = {}
    for name in ["states", "people", "places", "weapons", "organizations"]:
        with open(os.path.join(root, "mappings", "entities", name + ".json"), encoding="utf-8") as f:
            ents[name] = json.load(f)["entities"]
    return ents


def check_boilerplate(root):
    with open(os.path.join(root, "mappings", "boilerplate.json"), encoding="utf-8") as f:
        rx = [re.compile(r, re.I) for r in json.load(f)["lines"]]
    for line in BOILERPLATE:
        if not any(r.fullmatch(line.strip()) for r in rx):
            sys.exit("gen_corpus: boilerplate line %r matches no rule of mappings/boilerplate.json" % line)


class Cast:
    """The entities of one article; slot k of a class is always the same entity."""


class Generator:
    def __init__(self, root, seed):
        self.rng = random.Random(seed)
        check_boilerplate(root)
        e = load_entities(root)
        by_id = {x["id"]: x for k in e for x in e[k]}
        self.states = [s for s in e["states"] if s.get("demonyms")]
        # News is concentrated on a few states: Zipf weights over a seeded order,
        # with the states the seeds talk about first.
        focus = ["Russia", "Ukraine", "DPRK", "Iran", "China", "USA", "SouthKorea", "Belarus"]
        order = [s for f in focus for s in self.states if s["id"] == f]
        rest = [s for s in self.states if s not in order]
        random.Random(seed + 1).shuffle(rest)
        self.states = order + rest
        self.state_w = [1.0 / (i + 1) ** 1.1 for i in range(len(self.states))]
        self.places = e["places"]
        self.weapons = e["weapons"]
        self.orgs = e["organizations"]
        # People with a role "of" a state: "<demonym> <title> <name>".
        self.people = e["people"]
        self.role_people = []
        for p in self.people:
            for r in p.get("roles", []):
                st = by_id.get(r.get("of"))
                if st and st.get("class") == "State" and st.get("demonyms"):
                    self.role_people.append((p, r["title"], st))
        # Gazetteer for templating the example sentences: name -> class.
        gaz = {}
        for s in e["states"]:
            for n in s["names"]:
                gaz.setdefault(n, "S")
            for n in s.get("demonyms", []):
                gaz.setdefault(n, "A")
            for n in s.get("metonyms", []):
                gaz.setdefault(n, "C")
        for p in self.people:
            for n in p["names"]:
                gaz.setdefault(n, "P")
        for p in self.places:
            for n in p["names"]:
                gaz.setdefault(n, "PL")
        for w in self.weapons:
            for n in w["names"]:
                gaz.setdefault(n, "W")
        for o in self.orgs:
            for n in o["names"]:
                gaz.setdefault(n, "ORG")
        names = sorted(gaz, key=lambda n: (-len(n), n))
        self.gaz = gaz
        self.name_rx = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w])")
        self.example_sentences, self.example_headlines = self.template_examples(root)

    # --- templating the seed articles -------------------------------------
    def template_sentence(self, s):
        slots = {}
        counters = {}

        def sub(m):
            name = m.group(1)
            cls = self.gaz[name]
            if cls in ("S", "A", "C"):
                # a state's names, demonyms and metonyms share its slot index
                base, key = "S", self.state_of_name(name)
            else:
                base, key = cls, name
            if (base, key) not in slots:
                slots[(base, key)] = counters.get(base, 0)
                counters[base] = slots[(base, key)] + 1
            k = slots[(base, key)]
            if cls in ("PL", "W", "ORG"):
                return "{%s}" % cls
            if cls == "P":
                return "{P%d}" % min(k, 2)
            return "{%s%d}" % (cls, min(k, 3))

        out = self.name_rx.sub(sub, s)
        # numbers: years, thousands, small numbers
        out = re.sub(r"(?<![\w{-])(19|20)\d\d(?![\w-])", "{YEAR}", out)
        out = re.sub(r"(?<![\w{-])\d{1,3}(?:,\d{3})+(?![\w-])", "{NUM}", out)
        out = re.sub(r"(?<![\w{-])\d+(?![\w}-])", "{N}", out)
        for m in MONTHS:
            out = re.sub(r"\b%s\b" % m, "{MONTH}", out)
        for d in WEEKDAYS:
            out = re.sub(r"\b%s\b" % d, "{DAY}", out)
        return out

    def state_of_name(self, name):
        if not hasattr(self, "_state_names"):
            self._state_names = {}
            for s in self.states:
                for n in s["names"] + s.get("demonyms", []) + s.get("metonyms", []):
                    self._state_names.setdefault(n, s["id"])
        return self._state_names.get(name, name)

    def template_examples(self, root):
        texts = []
        for path in sorted(os.listdir(os.path.join(root, "examples"))):
            if path.endswith(".txt"):
                with open(os.path.join(root, "examples", path), encoding="utf-8") as f:
                    texts.append(f.read())
        jl = os.path.join(root, "examples", "json", "articles.jsonl")
        if os.path.exists(jl):
            with open(jl, encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        texts.append(json.loads(line)["text"])
        bp_words = set(BOILERPLATE)
        sentences, headlines = [], []
        for t in texts:
            lines = [l.strip() for l in t.split("\n") if l.strip()]
            for i, line in enumerate(lines):
                if line in bp_words or ":" in line[:12] or line.lower().startswith("by "):
                    continue
                if not re.search(r"[.!?”\"]$", line):
                    # headline / subheading
                    if 15 < len(line) < 120 and self.name_rx.search(line):
                        headlines.append(self.template_sentence(line))
                    continue
                for s in re.split(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])", line):
                    if len(s) > 25:
                        sentences.append(self.template_sentence(s))
        return sorted(set(sentences)), sorted(set(headlines))

    # --- casting and filling ------------------------------------------------
    def cast(self):
        r = self.rng
        c = Cast()
        c.states = []
        while len(c.states) < 4:
            s = r.choices(self.states, self.state_w)[0]
            if s not in c.states:
                c.states.append(s)
        c.rp = [r.choice(self.role_people) for _ in range(3)]
        c.people = [x[0] for x in c.rp]
        c.place = r.choice(self.places)
        c.weapon = r.choice(self.weapons)
        c.org = r.choice(self.orgs)
        c.publisher = r.choice(PUBLISHERS)
        c.author = r.choice(FIRST) + " " + r.choice(LAST)
        c.year = r.choice([2023, 2024, 2024, 2025])
        c.month = r.randrange(12)
        c.day = r.randint(1, 28)
        return c

    def name(self, ent):
        # mostly the label, sometimes another name form (aliases, short names)
        return ent["label"] if self.rng.random() < 0.85 else self.rng.choice(ent["names"])

    def fill(self, tpl, c):
        r = self.rng

        def slot(m):
            k = m.group(1)
            if k[0] == "S" and k[1:].isdigit():
                return self.name(c.states[int(k[1:])])
            if k[0] == "A" and k[1:].isdigit():
                return c.states[int(k[1:])]["demonyms"][0]
            if k[0] == "C" and k[1:].isdigit():
                s = c.states[int(k[1:])]
                return (s.get("metonyms") or [s["label"]])[0]
            if k.startswith("RP"):
                p, title, st = c.rp[int(k[2:])]
                return "%s %s %s" % (st["demonyms"][0], title.title() if r.random() < 0.5 else title, p["label"])
            if k[0] == "T" and k[1:].isdigit():
                return c.rp[int(k[1:])][1]
            if k[0] == "P" and k[1:].isdigit():
                p = c.people[int(k[1:])]
                return p["label"] if r.random() < 0.6 else p["names"][-1]
            if k == "PL":
                return self.name(c.place) if r.random() < 0.6 else self.name(r.choice(self.places))
            if k == "W":
                return self.name(c.weapon) if r.random() < 0.6 else self.name(r.choice(self.weapons))
            if k == "ORG":
                return self.name(c.org) if r.random() < 0.5 else self.name(r.choice(self.orgs))
            if k == "N":
                return str(r.choice([2, 3, 5, 7, 10, 12, 20, 24, 30, 40, 100, 150]))
            if k == "NUM":
                return "{:,}".format(r.choice([1, 2, 3, 5, 8, 10, 11, 12, 15, 20]) * r.choice([100, 1000]))
            if k == "YEAR":
                return str(r.choice([2022, 2023, 2024, 2025]))
            if k == "MONTH":
                return r.choice(MONTHS)
            if k == "DAY":
                return r.choice(WEEKDAYS)
            if k == "DATE":
                return "%s %d, %d" % (MONTHS[r.randrange(12)], r.randint(1, 28), c.year)
            if k == "DLABEL":
                return r.choice(["lies", "fake news", "a hoax", "baseless", "propaganda", "nonsense",
                                 "groundless", "a provocation"])
            if k == "PUB":
                return c.publisher
            return m.group(0)

        return re.sub(r"\{([A-Z]+\d?)\}", slot, tpl)

    def sentence(self, c):
        x = self.rng.random()
        if x < 0.45:
            tpl = self.rng.choice(self.example_sentences)
        elif x < 0.70:
            tpl = self.rng.choice(CLAIMS)
        elif x < 0.78:
            tpl = self.rng.choice(DENIALS)
        else:
            tpl = self.rng.choice(NEUTRAL)
        return self.fill(tpl, c)

    def article(self, i):
        r = self.rng
        c = self.cast()
        headline = self.fill(r.choice(HEADLINES + self.example_headlines), c)
        headline = headline[0].upper() + headline[1:]
        date_iso = "%d-%02d-%02d" % (c.year, c.month + 1, c.day)
        paras = []
        n_sent = r.randint(12, 28)
        lead = self.sentence(c)
        if r.random() < 0.5:  # wire dateline
            city = (c.states[0].get("metonyms") or [c.states[0]["label"]])[0].upper()
            lead = "%s, %s %d (%s) - %s" % (city, MONTH_ABBR[c.month], c.day, c.publisher, lead)
        paras.append(lead)
        left = n_sent - 1
        while left > 0:
            k = min(left, r.randint(1, 3))
            paras.append(" ".join(self.sentence(c) for _ in range(k)))
            left -= k
            if r.random() < 0.12:
                paras.append(r.choice(BOILERPLATE))
            if r.random() < 0.08:  # subheading
                paras.append(self.fill(r.choice(HEADLINES), c))
        for _ in range(r.randint(0, 3)):
            paras.append(r.choice(BOILERPLATE))
        body = []
        if r.random() < 0.3:
            body.append(headline)  # repeated headline, as many sites do
        if r.random() < 0.3:
            body.append("by " + c.author)
        body += paras
        sep = "\n\n" if r.random() < 0.8 else "\n"
        art = {
            "id": "bench_%06d" % i,
            "title": headline,
            "url": "https://example.org/%s/%s/%06d" % (c.publisher.lower().replace(" ", "-"), date_iso, i),
            "publisher": c.publisher,
            "author": c.author,
            "date": date_iso,
            "text": sep.join(body),
        }
        return art


def txt_of(a):
    return "%s\nAuthor: %s\nPublisher: %s\nDate: %s\nURL: %s\n\n%s\n" % (
        a["title"], a["author"], a["publisher"], a["date"], a["url"], a["text"])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", "--articles", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("-o", "--output", default="-", help="JSON Lines file (default stdout)")
    ap.add_argument("--txt-dir", help="write one .txt file per article here instead (1,000 per subfolder)")
    ap.add_argument("--root", default=ROOT, help="claimgraph source tree (examples/, mappings/)")
    ap.add_argument("--stats", action="store_true", help="print template counts to stderr")
    a = ap.parse_args()
    g = Generator(a.root, a.seed)
    if a.stats:
        print("gen_corpus: %d example sentence templates, %d example headlines, %d own templates"
              % (len(g.example_sentences), len(g.example_headlines),
                 len(CLAIMS) + len(DENIALS) + len(NEUTRAL)), file=sys.stderr)
    if a.txt_dir:
        for i in range(a.articles):
            art = g.article(i)
            d = os.path.join(a.txt_dir, "%03d" % (i // 1000))
            os.makedirs(d, exist_ok=True)
            with open(os.path.join(d, art["id"] + ".txt"), "w", encoding="utf-8", newline="\n") as f:
                f.write(txt_of(art))
        return
    out = sys.stdout if a.output == "-" else open(a.output + ".tmp", "w", encoding="utf-8", newline="\n")
    for i in range(a.articles):
        out.write(json.dumps(g.article(i), ensure_ascii=False) + "\n")
    if out is not sys.stdout:
        out.close()
        os.replace(a.output + ".tmp", a.output)


if __name__ == "__main__":
    main()
