# SPDX-License-Identifier: ISC
"""`--format dot` renders with Graphviz: `claimgraph extract ... --format dot |
dot -Tsvg` gives an SVG with one node per entity and one edge per relation,
and hostile labels (quotes, backslashes, markup, newlines) survive as text."""
import os
import xml.etree.ElementTree as ET

from common import args, check, expected_counts, need, run

a = args()
dot = need("dot", "graphviz")
SVG = "{http://www.w3.org/2000/svg}"


def render(dot_text, name):
    path = os.path.join(a.work, name + ".dot")
    with open(path, "wb") as f:
        f.write(dot_text)
    r = run([dot, "-Tsvg", path])
    check(b"Warning" not in r.stderr and b"Error" not in r.stderr, f"dot complained: {r.stderr!r}")
    svg = ET.fromstring(r.stdout)
    groups = svg.iter(SVG + "g")
    kinds = [g.get("class") for g in groups]
    texts = ["".join(t.itertext()) for t in svg.iter(SVG + "text")]
    return kinds.count("node"), kinds.count("edge"), texts


# extract --format dot, piped as users would.
statements = os.path.join(a.source, "examples", "json", "statements.json")
r = run([a.claimgraph, "extract", statements, "--format", "dot", "--quiet", "--rejects", os.devnull])
nodes, edges, texts = render(r.stdout, "statements")
ttl = os.path.join(a.work, "statements.ttl")
run([a.claimgraph, "extract", statements, "-o", ttl, "--quiet", "--rejects", os.devnull])
want = expected_counts(ttl)
check(nodes == want["nodes"], f"statements: {nodes} nodes in the SVG, expected {want['nodes']}")
check(edges == want["edges"], f"statements: {edges} edges in the SVG, expected {want['edges']}")
check("North Korea" in texts and "NOT suppliesWeaponsTo" in texts, f"statements: labels {texts}")

# report --format dot on hostile labels.
hostile = os.path.join(a.source, "tests", "report", "fixtures", "hostile.ttl")
out = os.path.join(a.work, "hostile.dot")
run([a.claimgraph, "report", hostile, "--format", "dot", "-o", out, "--quiet"])
with open(out, "rb") as f:
    nodes, edges, texts = render(f.read(), "hostile-rendered")
want = expected_counts(hostile)
check((nodes, edges) == (want["nodes"], want["edges"]), f"hostile: {nodes} nodes, {edges} edges; want {want}")
check('<img src=x onerror="window.__pwned=3">Mallory' in texts, f"hostile: markup label not kept as text: {texts}")
check('Trudy "the" \\ Back' in texts and "slash {{DATA}}" in texts, f"hostile: quote/backslash label: {texts}")
print("dot_svg: ok")
