// SPDX-License-Identifier: ISC
// Runs an independent SHACL engine (rdf-validate-shacl) and prints the
// sorted focus nodes of the violations, one per line, then "conforms" or
// "violations N". Usage: node shacl.mjs SHAPES.ttl DATA.ttl [MORE.ttl...]
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'

// The packages live in tools/node (scripts/install-deps.sh); ES modules do
// not read NODE_PATH, so resolve them from there explicitly.
const modules = process.env.CLAIMGRAPH_NODE_MODULES
const require = createRequire(modules + '/')
const load = async name => (await import(pathToFileURL(require.resolve(name)).href)).default
const rdf = await load('@zazuko/env-node')
const SHACLValidator = await load('rdf-validate-shacl')

const [shapesPath, ...dataPaths] = process.argv.slice(2)
const shapes = await rdf.dataset().import(rdf.fromFile(shapesPath))
const data = rdf.dataset()
for (const path of dataPaths) await data.import(rdf.fromFile(path))
const validator = new SHACLValidator(shapes, { factory: rdf })
const report = await validator.validate(data)
const focus = new Set(report.results.map(r => r.focusNode.value))
for (const node of [...focus].sort()) console.log(node)
console.log(report.conforms ? 'conforms' : `violations ${report.results.length}`)
