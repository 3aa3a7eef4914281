#!/usr/bin/env node
// Crosscheck: every schema.prisma we emit passes Prisma's own validator and Prisma's
// formatter leaves it unchanged (@prisma/prisma-schema-wasm: the engine the prisma CLI uses,
// offline). Usage: node prisma_check.js FILE.prisma... ; exits 1 on any failure.
'use strict';
const fs = require('fs');
const path = require('path');
const wasm = require('@prisma/prisma-schema-wasm');

let failed = 0;
for (const file of process.argv.slice(2)) {
  const text = fs.readFileSync(file, 'utf8');
  const name = path.basename(file);
  const params = JSON.stringify({ prismaSchema: [['schema.prisma', text]], noColor: true });
  try {
    wasm.validate(params);
  } catch (e) {
    failed += 1;
    console.log(`FAIL ${file}: validate: ${String(e.message || e).slice(0, 1500)}`);
    continue;
  }
  const formatted = wasm.format(JSON.stringify([['schema.prisma', text]]),
    JSON.stringify({ textDocument: { uri: 'schema.prisma' }, options: { tabSize: 2, insertSpaces: true } }));
  const out = JSON.parse(formatted)[0][1];
  if (out !== text) {
    failed += 1;
    const a = text.split('\n'); const b = out.split('\n');
    let i = 0; while (i < a.length && a[i] === b[i]) i += 1;
    console.log(`FAIL ${file}: prisma format changes line ${i + 1}:\n  ours:   ${JSON.stringify(a[i])}\n  format: ${JSON.stringify(b[i])}`);
    continue;
  }
  console.log(`ok   ${name}`);
}
const total = process.argv.length - 2;
console.log(`${total - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
