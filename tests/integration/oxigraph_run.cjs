// SPDX-License-Identifier: ISC
// Loads RDF files into an in-memory Oxigraph store (strict parsing, one named
// graph per file) and runs SPARQL queries over them.
//
//   NODE_PATH=tools/node/node_modules node oxigraph_run.cjs \
//     --load FILE GRAPH_IRI [--load FILE GRAPH_IRI ...] \
//     [--query FILE.rq ... --out DIR]
//
// Prints one line per load: "load GRAPH TRIPLES SECONDS". The queries see the
// loaded graphs as their default graph (like default-graph-uri over HTTP) and
// their results are written to DIR/NAME.srj as SPARQL JSON results.
// Quad formats (.nq, .trig) keep their own graph names and print "load * N S".
"use strict";
const fs = require("fs");
const path = require("path");
const oxigraph = require("oxigraph");

const FORMATS = {
  ".ttl": "text/turtle",
  ".nt": "application/n-triples",
  ".nq": "application/n-quads",
  ".trig": "application/trig",
};

function main(argv) {
  const loads = [];
  const queries = [];
  let out = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--load") { loads.push([argv[i + 1], argv[i + 2]]); i += 2; }
    else if (argv[i] === "--query") { queries.push(argv[++i]); }
    else if (argv[i] === "--out") { out = argv[++i]; }
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  const store = new oxigraph.Store();
  const graphs = [];
  for (const [file, graphIri] of loads) {
    const format = FORMATS[path.extname(file)];
    if (!format) throw new Error(`${file}: unknown RDF format`);
    const quad = format === FORMATS[".nq"] || format === FORMATS[".trig"];
    const before = store.size;
    const t0 = process.hrtime.bigint();
    const options = { format, base_iri: "https://w3id.org/claimgraph/" };
    if (!quad) {
      options.to_graph_name = oxigraph.namedNode(graphIri);
      graphs.push(options.to_graph_name);
    }
    store.load(fs.readFileSync(file, "utf8"), options);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    console.log(`load ${quad ? "*" : graphIri} ${store.size - before} ${seconds.toFixed(3)}`);
  }
  if (queries.length && !out) throw new Error("--query needs --out");
  for (const file of queries) {
    const name = path.basename(file, ".rq");
    const t0 = process.hrtime.bigint();
    const result = store.query(fs.readFileSync(file, "utf8"), {
      results_format: "application/sparql-results+json",
      default_graph: graphs,
    });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    fs.writeFileSync(path.join(out, `${name}.srj`), result);
    console.log(`query ${name} ${seconds.toFixed(3)}`);
  }
}

try {
  main(process.argv.slice(2));
} catch (e) {
  console.error(`oxigraph_run: ${e.message || e}`);
  process.exit(1);
}
