#!/usr/bin/env python3
# SPDX-License-Identifier: ISC
"""Summarises bench/profile.sh's callgrind (and perf) output.

callgrind: reads callgrind.out directly (not callgrind_annotate, whose
inclusive figures count recursive functions such as the pattern matcher and
std::sort several times): the inclusive cost of a function is the sum of the
call edges into it from outside its recursion cycle (strongly connected
component of the call graph). Prints the top functions by inclusive and by
self cost, and the split by pipeline stage. perf: the --children listing of
`perf report` (wall-clock samples, kernel included) for the same stages.
"""

import argparse
import collections
import re
import sys

WRAPPERS = re.compile(r"^(main|_start|\(below main\)|__libc_start|0x|claimgraph::run_command|"
                      r"claimgraph::\{anon\}::run_extract|claimgraph::\{anon\}::process|std::thread|"
                      r"start_thread|clone)")

# Pipeline stages: (label, [functions whose inclusive cost adds up], [subtract]).
STAGES = [
    ("startup: load ontology, mappings, entity index",
     ["claimgraph::load_ontology", "claimgraph::load_mappings", "claimgraph::EntityIndex::EntityIndex"], []),
    ("read: files, JSON parse, boilerplate lines (regex)",
     ["claimgraph::read_input", "claimgraph::{anon}::stream_lines->claimgraph::read_json_records",
      "claimgraph::{anon}::stream_lines->claimgraph::mark_boilerplate"], []),
    ("  of which boilerplate regexes (mark_boilerplate)", ["claimgraph::mark_boilerplate"], []),
    ("segment: ICU sentences + tokenize", ["claimgraph::segment"], []),
    ("entities: gazetteer, discovery, units, acting states", ["claimgraph::analyze"], ["claimgraph::segment"]),
    ("relations: pattern matching", ["claimgraph::extract_relations"], []),
    ("  of which pattern matcher (match_pattern)", ["claimgraph::match_pattern"], []),
    ("attribution: claimants, quotes, negation, modality", ["claimgraph::attribute"], []),
    ("confidence + validation + null report",
     ["claimgraph::score_confidence", "claimgraph::validate", "claimgraph::{anon}::null_report"], []),
    ("graph: build quads (add_article/claim/entities)",
     ["claimgraph::add_article", "claimgraph::add_claim", "claimgraph::add_entities_of",
      "claimgraph::{anon}::Streamer::flush->claimgraph::add_entity"], []),
    ("corroboration (batch mode only)", ["claimgraph::corroborate"], []),
    ("write: write_rdf (copy, 2nd sort, checks, Serd)", ["claimgraph::write_rdf"], []),
    ("  of which 2nd sort of the projected copy", ["claimgraph::write_rdf->claimgraph::canonicalize"], []),
    ("sort + dedupe quads (canonicalize, every call)", ["claimgraph::canonicalize"], []),
    ("output file + rejects JSON",
     ["claimgraph::write_file_atomically", "claimgraph::{anon}::rejection_json"], []),
]


def short(name):
    """Function name without parameter list; anonymous namespace as {anon}."""
    name = name.replace("(anonymous namespace)", "{anon}")
    name = re.sub(r"'\d+$", "", name)
    depth, out = 0, []
    for ch in name:
        if ch == "(" and depth == 0 and out and not "".join(out).endswith("operator"):
            break
        if ch in "<":
            depth += 1
        elif ch in ">":
            depth -= 1
        out.append(ch)
    s = "".join(out)
    s = s.replace("std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >", "std::string")
    return s


def parse_callgrind(path):
    names = {}
    selfc = collections.Counter()
    edges = collections.Counter()
    total = 0
    cur = callee = None
    npos = 1
    call_pending = False

    def resolve(spec):
        m = re.match(r"\((\d+)\)(?: (.*))?$", spec.strip())
        if not m:
            return short(spec.strip())
        if m.group(2) is not None:
            names[m.group(1)] = short(m.group(2))
        return names.get(m.group(1), "?")

    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("positions:"):
                npos = len(line.split()) - 1
            elif line.startswith("fn="):
                cur = resolve(line[3:])
            elif line.startswith("cfn=") or line.startswith("cfni="):
                callee = resolve(line.split("=", 1)[1])
            elif line.startswith("calls="):
                call_pending = True
            elif line.startswith(("summary:", "totals:")):
                total = max(total, int(line.split()[1]))
            elif line[:1] in "0123456789+-*" and cur is not None:
                parts = line.split()
                cost = int(parts[npos]) if len(parts) > npos else 0
                if call_pending:
                    if callee != cur:
                        edges[(cur, callee)] += cost
                    call_pending = False
                else:
                    selfc[cur] += cost
    return selfc, edges, total


def sccs(nodes, adj):
    """Tarjan, iterative; returns node -> component id."""
    index, low, comp = {}, {}, {}
    stack, on = [], set()
    counter = [0]
    for root in nodes:
        if root in index:
            continue
        work = [(root, iter(adj.get(root, ())))]
        index[root] = low[root] = counter[0]
        counter[0] += 1
        stack.append(root)
        on.add(root)
        while work:
            v, it = work[-1]
            advanced = False
            for w in it:
                if w not in index:
                    index[w] = low[w] = counter[0]
                    counter[0] += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(adj.get(w, ()))))
                    advanced = True
                    break
                if w in on:
                    low[v] = min(low[v], index[w])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp[w] = v
                    if w == v:
                        break
    return comp


def inclusive_costs(selfc, edges):
    adj = collections.defaultdict(set)
    nodes = set(selfc)
    for (a, b) in edges:
        adj[a].add(b)
        nodes.update((a, b))
    comp = sccs(sorted(nodes), adj)
    incl = collections.Counter()
    for (a, b), c in edges.items():
        if comp[a] != comp[b]:
            incl[b] += c
    for n in nodes:  # roots: nothing calls them
        if incl[n] == 0:
            incl[n] = selfc[n] + sum(c for (a, b), c in edges.items() if a == n and comp[b] != comp[n])
    return incl, comp


def parse_perf(path):
    """`perf report --children --stdio -g none` -> symbol -> children %."""
    out = {}
    if not path:
        return out
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = re.match(r"\s+([\d.]+)%\s+(?:([\d.]+)%\s+)?\S+\s+\S+\s+\[[.k]\]\s+(.*)$", line)
            if m:
                name = short(m.group(3).strip())
                out[name] = max(out.get(name, 0.0), float(m.group(1)))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--callgrind", required=True, help="callgrind.out (or its inclusive listing's directory)")
    ap.add_argument("--callgrind-self", help="unused; kept for the listing")
    ap.add_argument("--perf")
    ap.add_argument("--perf-self")
    ap.add_argument("--report")
    ap.add_argument("--top", type=int, default=15)
    a = ap.parse_args()
    path = a.callgrind
    if path.endswith(".txt"):
        path = path.rsplit("/", 1)[0] + "/callgrind.out"
    selfc, edges, total = parse_callgrind(path)
    incl, comp = inclusive_costs(selfc, edges)
    total = total or max(incl.values())
    pct = lambda c: 100.0 * c / total
    perf = parse_perf(a.perf)
    perf_self = parse_perf(a.perf_self) if a.perf_self else {}

    print("callgrind: %s instructions in all" % "{:,}".format(total))
    print("\nTop %d functions by inclusive cost (callgrind Ir; recursion counted once):" % a.top)
    print("| %-70s | %9s | %6s | %s |" % ("function", "inclusive", "self", "perf (wall, children)"))
    print("|" + "-" * 72 + "|" + "-" * 10 + ":|" + "-" * 7 + ":|" + "-" * 23 + ":|")
    shown = 0
    for name, c in incl.most_common():
        if WRAPPERS.match(name) or pct(c) > 97 or name == "?":
            continue
        p = perf.get(name)
        print("| %-70s | %8.1f%% | %5.1f%% | %s |" % (name[:70], pct(c), pct(selfc[name]),
                                                       ("%.1f%%" % p).rjust(21) if p is not None else "-".rjust(21)))
        shown += 1
        if shown >= a.top:
            break

    print("\nTop 12 functions by self cost (callgrind Ir):")
    for name, c in selfc.most_common(12):
        print("  %5.1f%%  %s" % (pct(c), name[:110]))
    print("\nWho calls the costliest library functions (callgrind inclusive Ir of the call):")
    libs = [n for n, _ in incl.most_common(300) if re.match(r"(__)?mem(cmp|cpy|move)|operator (new|delete)$", n)]
    for lib in libs[:5]:
        callers = sorted(((c, a) for (a, b), c in edges.items() if b == lib), reverse=True)[:4]
        print("  %s (%.1f%% incl.): %s" % (lib, pct(incl[lib]),
              "; ".join("%s %.1f%%" % (a[:60], pct(c)) for c, a in callers)))
    if perf_self:
        print("\nTop 12 by self samples (perf, wall clock, kernel included):")
        for name, p in sorted(perf_self.items(), key=lambda kv: -kv[1])[:12]:
            print("  %5.1f%%  %s" % (p, name[:110]))

    print("\nBy stage (inclusive; callgrind Ir%s):" % (" and perf wall-clock samples" if perf else ""))
    print("| %-60s | %9s | %9s |" % ("stage", "callgrind", "perf"))
    print("|" + "-" * 62 + "|" + "-" * 10 + ":|" + "-" * 10 + ":|")
    def cost(n):
        if "->" in n:
            return edges.get(tuple(n.split("->")), 0)
        return incl.get(n, 0)

    for label, plus, minus in STAGES:
        c = sum(cost(n) for n in plus) - sum(cost(n) for n in minus)
        # perf has no call edges: its column adds the named functions only
        pv = [perf[n] for n in plus if "->" not in n and n in perf]
        pm = [perf.get(n, 0.0) for n in minus]
        p = "%.1f%%" % (sum(pv) - sum(pm)) if pv else "-"
        print("| %-60s | %8.1f%% | %9s |" % (label, pct(c), p))
    kernel = sum(v for k, v in perf_self.items() if k.startswith(("pvm_", "clear_page", "asm_exc", "copy_", "__handle_mm")))
    if perf_self:
        print("\nperf: kernel symbols among the self samples above (page faults, page clearing): %.1f%%" % kernel)
    if a.report:
        import json
        with open(a.report, encoding="utf-8") as f:
            r = json.load(f)
        print("\nprofiled run: %d articles, %d sentences, %d claims written, %d triples"
              % (r["articles"], r["sentences"], r["statements"]["written"], r["triples"]))


if __name__ == "__main__":
    sys.exit(main())
