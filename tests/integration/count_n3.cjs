// SPDX-License-Identifier: ISC
// count_n3.cjs FORMAT FILE: statements N3.js's streaming parser reads from
// FILE (FORMAT: Turtle, N-Triples, N-Quads, TriG). Exits 1 on a parse error.
"use strict";
const fs = require("fs");
const { StreamParser } = require("n3");

const [format, file] = process.argv.slice(2);
const parser = new StreamParser({ format, baseIRI: "https://w3id.org/claimgraph/" });
let count = 0;
parser.on("data", () => { count += 1; });
parser.on("error", (e) => { console.error(`n3: ${file}: ${e.message}`); process.exit(1); });
parser.on("end", () => { console.log(count); });
fs.createReadStream(file).pipe(parser);
