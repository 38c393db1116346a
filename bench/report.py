#!/usr/bin/env python3
# SPDX-License-Identifier: ISC
"""Prints scripts/bench.sh's figures side by side from its manifest.

Each manifest line names a run, its input file, the claimgraph --report whose
counts (articles, sentences, claims written, triples) the rates use, and the
/usr/bin/time -v log. Also writes summary.json beside the manifest.
"""

import argparse
import json
import os
import re


def parse_time(path):
    t = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            k, _, v = line.strip().rpartition(": ")
            if k.startswith("Elapsed (wall clock)"):
                parts = [float(x) for x in v.split(":")]
                s = 0.0
                for p in parts:
                    s = s * 60 + p
                t["wall"] = s
            elif k == "User time (seconds)":
                t["user"] = float(v)
            elif k == "System time (seconds)":
                t["sys"] = float(v)
            elif k == "Maximum resident set size (kbytes)":
                t["rss_mb"] = int(v) / 1024.0
            elif k == "Exit status":
                t["exit"] = int(v)
    return t


def stage_timing(report):
    """Whatever per-stage timing the binary puts in its --report, if any."""
    found = {}

    def walk(obj, path):
        if isinstance(obj, dict):
            for k, v in obj.items():
                p = path + [k]
                if re.search(r"stage|timing|seconds|_ms$|_s$", k):
                    found[".".join(p)] = v
                else:
                    walk(v, p)

    walk(report, [])
    return found


def fmt(x, unit=""):
    if x is None:
        return "-"
    if x >= 100:
        return "{:,.0f}{}".format(x, unit)
    if x >= 10:
        return "{:.1f}{}".format(x, unit)
    return "{:.2f}{}".format(x, unit)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--manifest", required=True)
    ap.add_argument("--large", type=int, required=True)
    ap.add_argument("--small", type=int, required=True)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--rdflib", type=int, default=0)
    ap.add_argument("--identical", default="?")
    ap.add_argument("--stream-identical", default="-")
    ap.add_argument("--binary", default="")
    a = ap.parse_args()
    work = os.path.dirname(os.path.abspath(a.manifest))

    runs = {}
    with open(a.manifest, encoding="utf-8") as f:
        for line in f:
            m = json.loads(line)
            r = parse_time(m["time"])
            with open(m["counts"], encoding="utf-8") as rf:
                rep = json.load(rf)
            r["report"] = rep
            r["articles"] = rep["articles"]
            r["sentences"] = rep["sentences"]
            r["claims"] = rep["statements"]["written"]
            r["triples"] = rep["triples"]
            r["input_mb"] = os.path.getsize(m["input"]) / 1e6
            r["cpu"] = r.get("user", 0) + r.get("sys", 0)
            # cores' worth of CPU other processes used during the run
            r["others"] = None
            if "busy_jiffies" in m:
                r["others"] = max(0.0, (m["busy_jiffies"] / m["hz"] - r["cpu"]) / max(r["wall"], 1e-3))
            w = max(r["wall"], 1e-3)
            r["rates"] = {k: r[k] / w for k in ("articles", "sentences", "claims", "triples", "input_mb")}
            runs[m["name"]] = r

    rows = [("wall time", lambda r: fmt(r["wall"], " s")),
            ("CPU time (user+sys)", lambda r: fmt(r["cpu"], " s")),
            ("articles/s", lambda r: fmt(r["rates"]["articles"])),
            ("sentences/s", lambda r: fmt(r["rates"]["sentences"])),
            ("input MB/s", lambda r: fmt(r["rates"]["input_mb"])),
            ("claims/s", lambda r: fmt(r["rates"]["claims"])),
            ("output triples/s", lambda r: fmt(r["rates"]["triples"])),
            ("peak RSS", lambda r: fmt(r["rss_mb"], " MB")),
            ("sentences per CPU-second", lambda r: fmt(r["sentences"] / max(r["cpu"], 1e-3))),
            ("other processes' CPU (cores)", lambda r: fmt(r["others"]) if r["others"] is not None else "-")]

    def table(title, cols):
        cols = [(h, runs[n]) for h, n in cols if n in runs]
        print(title)
        w0 = max(len(r[0]) for r in rows)
        ws = [max(len(h), 12) for h, _ in cols]
        print("| " + "metric".ljust(w0) + " | " + " | ".join(h.rjust(w) for (h, _), w in zip(cols, ws)) + " |")
        print("|" + "-" * (w0 + 2) + "|" + "|".join("-" * (w + 1) + ":" for w in ws) + "|")
        for label, fn in rows:
            print("| " + label.ljust(w0) + " | " + " | ".join(fn(r).rjust(w) for (_, r), w in zip(cols, ws)) + " |")
        print()

    L, S, J = a.large, a.small, a.jobs
    big = runs["cg-ttl-j1-%d" % L]
    print("claimgraph benchmark (%s)" % a.binary)
    print("corpus: %d articles, %.1f MB JSON Lines, %d sentences -> %d claims, %d triples (Turtle)\n"
          % (L, big["input_mb"], big["sentences"], big["claims"], big["triples"]))
    print("serdi and rdflib read claimgraph's N-Triples output: their input MB/s is of that file; "
          "their articles/s, sentences/s, claims/s are the corpus's counts over their time.\n")
    table("%d articles" % L,
          [("extract ttl j1", "cg-ttl-j1-%d" % L), ("extract ttl j%d" % J, "cg-ttl-j%d-%d" % (J, L)),
           ("extract nt j1", "cg-nt-j1-%d" % L), ("stream ttl j1", "cg-sttl-j1-%d" % L),
           ("stream ttl j%d" % J, "cg-sttl-j%d-%d" % (J, L)), ("stream nt j1", "cg-snt-j1-%d" % L),
           ("serdi nt->ttl", "serdi-%d" % L)])
    table("%d articles" % S,
          [("extract ttl j1", "cg-ttl-j1-%d" % S), ("extract nt j1", "cg-nt-j1-%d" % S),
           ("stream ttl j1", "cg-sttl-j1-%d" % S),
           ("serdi nt->ttl", "serdi-%d" % S), ("rdflib nt->ttl", "rdflib-%d" % S)])

    summary = {"articles": L, "small": S, "runs": {k: {x: v[x] for x in v if x != "report"} for k, v in runs.items()}}
    print("Against the issue 7 targets:")
    sps = big["rates"]["sentences"]
    sone = runs.get("cg-sttl-j1-%d" % L)
    print("  sentences/s, text -> Turtle, 1 job:   %s (target >= 50,000); per CPU-second: %s"
          % (fmt(sps), fmt(big["sentences"] / max(big["cpu"], 1e-3))))
    if sone:
        summary["stream_sentences_per_s"] = sone["rates"]["sentences"]
        print("    the same with --stream:             %s; per CPU-second: %s"
              % (fmt(sone["rates"]["sentences"]), fmt(sone["sentences"] / max(sone["cpu"], 1e-3))))
    serdi = runs.get("serdi-%d" % L)
    if serdi:
        ratio = big["wall"] / max(serdi["wall"], 1e-3)
        summary["vs_serdi"] = ratio
        print("  end-to-end / serdi rewrite:          %.1fx (target <= 2x); in CPU time: %.1fx"
              % (ratio, big["cpu"] / max(serdi["cpu"], 1e-3)))
        if sone:
            summary["stream_vs_serdi"] = sone["wall"] / max(serdi["wall"], 1e-3)
            print("    the same with --stream:             %.1fx; in CPU time: %.1fx"
                  % (summary["stream_vs_serdi"], sone["cpu"] / max(serdi["cpu"], 1e-3)))
    par = runs.get("cg-ttl-j%d-%d" % (J, L))
    if par:
        sp = big["wall"] / max(par["wall"], 1e-3)
        summary["speedup"] = sp
        summary["identical"] = a.identical
        print("  --jobs %d speedup:                    %.2fx (target >= 1.7x); byte-identical output: %s"
              % (J, sp, a.identical))
    spar = runs.get("cg-sttl-j%d-%d" % (J, L))
    if spar and sone:
        summary["stream_speedup"] = sone["wall"] / max(spar["wall"], 1e-3)
        print("  --stream --jobs %d speedup:           %.2fx; byte-identical output: %s"
              % (J, summary["stream_speedup"], a.stream_identical))
    ss = runs.get("cg-sttl-j1-%d" % S)
    if ss and sone:
        print("  peak RSS of --stream at %d / %d:  %s / %s (x%.1f for x%.1f the articles)"
              % (S, L, fmt(ss["rss_mb"], " MB"), fmt(sone["rss_mb"], " MB"),
                 sone["rss_mb"] / ss["rss_mb"], L / S))
    sm = runs.get("cg-ttl-j1-%d" % S)
    if sm:
        print("  peak RSS at %d / %d articles:     %s / %s (x%.1f for x%.1f the articles; target: flat)"
              % (S, L, fmt(sm["rss_mb"], " MB"), fmt(big["rss_mb"], " MB"),
                 big["rss_mb"] / sm["rss_mb"], L / S))
        print("  throughput at %d / %d articles:   %s / %s sentences/s"
              % (S, L, fmt(sm["rates"]["sentences"]), fmt(sps)))
    rd = runs.get("rdflib-%d" % a.rdflib)
    if rd:
        with open(os.path.join(work, "rdflib-%d.json" % a.rdflib), encoding="utf-8") as f:
            rj = json.loads(f.read().strip().splitlines()[-1])
        cg = runs["cg-ttl-j1-%d" % a.rdflib]
        sd = runs.get("serdi-%d" % a.rdflib)
        summary["rdflib"] = rj
        print("  rdflib %s at %d articles:          parse %.1f s + serialise %.1f s = %.1f s wall, %s peak"
              % (rj["rdflib"], a.rdflib, rj["parse_s"], rj["serialize_s"], rd["wall"], fmt(rd["rss_mb"], " MB")))
        print("    rdflib (N-Triples -> Turtle) / claimgraph (text -> Turtle): %.1fx; rdflib serialise alone / "
              "claimgraph: %.1fx%s" % (rd["wall"] / cg["wall"], rj["serialize_s"] / cg["wall"],
                                       "; rdflib / serdi: %.0fx" % (rd["wall"] / sd["wall"]) if sd else ""))
    # A run competed for the CPUs when the other processes used more cores
    # than it left free (ncpu - its threads), or a 1-thread run waited (wall
    # well above its CPU time).
    ncpu = os.cpu_count() or 1

    def threads(name):
        m = re.search(r"-j(\d+)-", name)
        return int(m.group(1)) if m else 1

    busy = [n for n, r in runs.items()
            if (r["others"] is not None and r["others"] > max(0, ncpu - threads(n)) + 0.1)
            or (threads(n) == 1 and r["wall"] > 1.15 * r["cpu"])]
    if busy:
        print("  NOTE: other processes competed for the %d CPUs during %s: wall-clock figures (and the "
              "--jobs speedup) are pessimistic there; the per-CPU-second rates are the steadier ones"
              % (ncpu, ", ".join(busy)))
    staged = [(n, runs[n]["report"]["stage_seconds"]) for n in
              ("cg-ttl-j1-%d" % L, "cg-ttl-j%d-%d" % (J, L), "cg-sttl-j1-%d" % L, "cg-sttl-j%d-%d" % (J, L),
               "cg-snt-j1-%d" % L)
              if n in runs and isinstance(runs[n]["report"].get("stage_seconds"), dict)]
    if staged:
        print("\nTime per stage (thread-seconds from --report; with --jobs N the parallel stages sum "
              "over N threads, so wall time is lower):")
        names = sorted(set().union(*[set(st) for _, st in staged]))
        w0 = max(len(n) for n in names)
        print("| " + "stage".ljust(w0) + " | " + " | ".join(n.rjust(18) for n, _ in staged) + " |")
        print("|" + "-" * (w0 + 2) + "|" + "|".join("-" * 19 + ":" for _ in staged) + "|")
        for name in names:
            print("| " + name.ljust(w0) + " | " + " | ".join(fmt(st.get(name), " s").rjust(18) for _, st in staged) + " |")
        summary["stages"] = {n: st for n, st in staged}
    else:
        st = stage_timing(big["report"])
        print("  per-stage timing: %s" % (json.dumps(st) if st else "not offered by this binary"))
    with open(os.path.join(work, "summary.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
