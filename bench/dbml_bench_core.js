// @dbml/core's side of bench/dbml_bench.sh: parse each file N times with the dbmlv2 parser
// (what exporter.export uses) and print the same JSON line as dbml_bench.
'use strict';
const fs = require('fs');
const path = require('path');
const core = require(path.join(__dirname, '../tests/crosscheck/node_modules/@dbml/core'));

const args = process.argv.slice(2);
let iterations = 20;
const files = [];
for (let i = 0; i < args.length; i += 1) {
  if (args[i] === '--iterations') { iterations = Number(args[i + 1]); i += 1; } else files.push(args[i]);
}
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  let tables = 0; let total = 0; let best = Infinity;
  for (let i = 0; i < iterations; i += 1) {
    const start = process.hrtime.bigint();
    const db = core.Parser.parse(text, 'dbmlv2');
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    tables = db.schemas.reduce((n, s) => n + s.tables.length, 0);
    total += ms; best = Math.min(best, ms);
  }
  console.log(JSON.stringify({ file, bytes: Buffer.byteLength(text), tables, iterations,
    mean_ms: total / iterations, min_ms: best, peak_rss_kb: process.resourceUsage().maxRSS }));
}
