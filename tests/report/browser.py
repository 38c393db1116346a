# SPDX-License-Identifier: ISC
"""The HTML report in headless Chromium: the network has one node per entity
and one edge per relation, the table one row per claim (counts from rdflib),
the text and polarity filters and sorting work, hostile data runs no script
and makes no link, and a screenshot is saved for a person to look at."""
import html
import json
import os
import re
import tempfile

from common import args, check, expected_counts, fail, need, run

a = args()
chromium = need("chromium", "chromium")

# A realistic graph (the examples) plus hostile labels, evidence and URLs.
graph = os.path.join(a.work, "graph.ttl")
hostile = os.path.join(a.source, "tests", "report", "fixtures", "hostile.ttl")
run([a.claimgraph, "extract", os.path.join(a.source, "examples"), os.path.join(a.source, "examples", "json"),
     "-o", graph, "--quiet", "--rejects", os.devnull], expect=None)
report = os.path.join(a.work, "report.html")
run([a.claimgraph, "report", graph, hostile, "-o", report, "--quiet"])
want = expected_counts(graph, hostile)
check(want["claims"] > 10 and want["negated_claims"] > 0, f"too few claims to test with: {want}")
predicate, predicate_claims = max(want["by_predicate"].items(), key=lambda kv: kv[1])

with open(report, encoding="utf-8") as f:
    page = f.read()
check("<script>window.__pwned" not in page, "hostile markup reached the page unescaped")
check("default-src 'none'" in page and "<link" not in page, "the page may load resources from elsewhere")
check(page.count("<script") == 3, f"expected 3 script elements in the page, found {page.count('<script')}")

# The probe runs after the page script and writes what it saw into the DOM,
# which --dump-dom prints (virtual time lets its timer fire at once).
probe = """<script>
// After load and a pause, so that handlers a hostile <img> could trigger have run.
addEventListener('load', () => setTimeout(function () {
  const out = {errors: window.__errors};
  const rows = () => Array.from(document.querySelectorAll('#claims tbody tr')).filter((tr) => !tr.hidden).length;
  const r = window.claimgraphReport;
  if (r) {
    out.nodes = r.cy.nodes().length;
    out.edges = r.cy.edges().length;
    out.dashed = r.cy.edges().filter((e) => e.style('line-style') === 'dashed').length;
    out.rows = document.querySelectorAll('#claims tbody tr').length;
    out.visible = rows();
    const f = document.getElementById('filter');
    f.value = 'PREDICATE'; f.dispatchEvent(new Event('input'));
    out.filtered = rows();
    out.faded = r.cy.edges('.faded').length;
    out.count = document.getElementById('count').textContent;
    f.value = 'no-such-word-anywhere'; f.dispatchEvent(new Event('input'));
    out.none = rows();
    f.value = ''; f.dispatchEvent(new Event('input'));
    const pol = document.getElementById('polarity');
    pol.value = 'Negated'; pol.dispatchEvent(new Event('change'));
    out.negated = rows();
    pol.value = ''; pol.dispatchEvent(new Event('change'));
    const th = document.querySelector('th[data-key=confidence]');
    th.click(); th.click();
    const conf = Array.from(document.querySelectorAll('#claims tbody td.confidence'))
      .map((td) => parseFloat(td.textContent)).filter((x) => !isNaN(x));
    out.sorted = conf.length > 0 && conf.every((x, i) => i === 0 || conf[i - 1] >= x);
    out.marks = document.querySelectorAll('#claims mark').length;
    out.links = Array.from(document.querySelectorAll('a')).map((x) => x.getAttribute('href'));
    out.scripts = document.querySelectorAll('script').length;
    out.imgs = document.querySelectorAll('img').length;
    out.hostile_label = Array.from(document.querySelectorAll('#claims td')).some(
      (td) => td.textContent === 'Eve<\\/script><script>window.__pwned=4<\\/script>');  // '<\\/': see inline_script()
  }
  out.pwned = window.__pwned || 0;
  const pre = document.createElement('pre');
  pre.id = 'cg-test';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
}, 500));
</script>""".replace("PREDICATE", predicate)
catch = "<script>window.__errors = []; addEventListener('error', (e) => window.__errors.push(String(e.message)));</script>"
probed = page.replace('<meta charset="utf-8">', '<meta charset="utf-8">' + catch, 1)
cut = probed.rindex("</body>")
probed = probed[:cut] + probe + probed[cut:]
probe_file = os.path.join(a.work, "report-probe.html")
with open(probe_file, "w", encoding="utf-8") as f:
    f.write(probed)


def chromium_run(*extra):
    with tempfile.TemporaryDirectory(prefix="cg-chromium-") as profile:
        return run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
                    f"--user-data-dir={profile}", *extra], timeout=240)


r = chromium_run("--virtual-time-budget=5000", "--dump-dom", "file://" + probe_file)
m = re.search(r'<pre id="cg-test">(.*?)</pre>', r.stdout.decode("utf-8", "replace"), re.S)
if not m:
    fail("the probe wrote no results; stderr:\n" + r.stderr.decode("utf-8", "replace")[-3000:])
got = json.loads(html.unescape(m.group(1)))
print("chromium saw:", json.dumps({k: v for k, v in got.items() if k != "links"}))
check(got.get("errors") == [], f"script errors in the page: {got.get('errors')}")
check(got.get("pwned") == 0, f"hostile data ran script (window.__pwned = {got.get('pwned')})")
check(got.get("nodes") == want["nodes"], f"{got.get('nodes')} nodes drawn, expected {want['nodes']}")
check(got.get("edges") == want["edges"], f"{got.get('edges')} edges drawn, expected {want['edges']}")
check(got.get("dashed") == want["denied_edges"], f"{got.get('dashed')} dashed edges, expected {want['denied_edges']}")
check(got.get("rows") == want["claims"] and got.get("visible") == want["claims"],
      f"{got.get('rows')} rows ({got.get('visible')} visible), expected {want['claims']}")
check(got.get("filtered") == predicate_claims,
      f"filter '{predicate}' shows {got.get('filtered')} rows, expected {predicate_claims}")
check(got.get("count") == f"{predicate_claims} of {want['claims']} claims", f"count text {got.get('count')!r}")
check(got.get("faded", 0) > 0, "filtering faded no edge in the graph")
check(got.get("none") == 0, "a filter matching nothing still shows rows")
check(got.get("negated") == want["negated_claims"],
      f"polarity filter shows {got.get('negated')} rows, expected {want['negated_claims']}")
check(got.get("sorted") is True, "sorting by confidence (descending) is not in order")
check(got.get("marks", 0) >= want["claims"], f"only {got.get('marks')} highlighted names")
check(got.get("links") and all(h.startswith(("https://", "http://")) for h in got["links"]),
      f"links: {got.get('links')}")
check(got.get("scripts") == 5 and got.get("imgs") == 0, f"{got.get('scripts')} scripts, {got.get('imgs')} imgs")
check(got.get("hostile_label") is True, "the hostile label is not shown as text")

shot = os.path.join(a.work, "report.png")
chromium_run("--virtual-time-budget=5000", "--window-size=1400,1000", f"--screenshot={shot}", "file://" + report)
check(os.path.exists(shot) and os.path.getsize(shot) > 20000, f"no screenshot at {shot}")
print(f"browser: ok; screenshot {shot}")
