# SPDX-License-Identifier: ISC
"""Shared by the report tests: arguments, running the binary, failing loudly."""
import argparse
import os
import shutil
import subprocess
import sys
import time


def args():
    p = argparse.ArgumentParser()
    p.add_argument("--claimgraph", required=True)
    p.add_argument("--source", required=True)
    p.add_argument("--work", required=True)
    a = p.parse_args()
    shutil.rmtree(a.work, ignore_errors=True)
    os.makedirs(a.work)
    return a


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def need(program, package):
    """The path of `program`; a missing one fails the test (never skips)."""
    path = shutil.which(program)
    if not path:
        fail(f"{program} not found; install Debian '{package}' (scripts/install-deps.sh report)")
    return path


def run(cmd, expect=0, timeout=300, **kw):
    start = time.monotonic()
    r = subprocess.run(cmd, capture_output=True, timeout=timeout, **kw)
    took = time.monotonic() - start
    if expect is not None and r.returncode != expect:
        fail(f"{' '.join(map(str, cmd))}: exit {r.returncode}, expected {expect}\n"
             f"stdout: {r.stdout[-2000:]!r}\nstderr: {r.stderr[-4000:]!r}")
    print(f"ran {os.path.basename(str(cmd[0]))} {str(cmd[1]) if len(cmd) > 1 else ''} in {took:.1f}s")
    return r


def expected_counts(*ttl_files):
    """Claims, drawn entities, edges, denied edges and claims per predicate,
    computed with rdflib (independently of claimgraph's reader)."""
    import rdflib
    g = rdflib.Graph()
    for f in ttl_files:
        g.parse(f, format="turtle")
    CG = rdflib.Namespace("https://w3id.org/claimgraph#")
    RDF = rdflib.RDF
    claims, nodes, edges, denied, by_pred = 0, set(), set(), set(), {}
    for c in set(g.subjects(RDF.type, CG.Claim)):
        s, p, o = g.value(c, RDF.subject), g.value(c, RDF.predicate), g.value(c, RDF.object)
        if s is None or p is None or o is None:
            continue
        pol = g.value(c, CG.polarity) or CG.Affirmed
        claims += 1
        nodes |= {s, o}
        edges.add((s, p, o, pol))
        if pol == CG.Negated:
            denied.add((s, p, o))
        local = str(p).split("#")[-1]
        by_pred[local] = by_pred.get(local, 0) + 1
    return {"claims": claims, "nodes": len(nodes), "edges": len(edges), "denied_edges": len(denied),
            "negated_claims": sum(1 for c in g.subjects(RDF.type, CG.Claim)
                                  if g.value(c, CG.polarity) == CG.Negated),
            "by_predicate": by_pred}
