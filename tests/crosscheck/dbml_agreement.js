#!/usr/bin/env node
// Crosscheck: our DBML frontend against @dbml/core (the reference parser, dbmlv2).
//   node dbml_agreement.js DUMP_BINARY FILE_OR_DIR...
// For every .dbml file: when @dbml/core accepts it, our model (dbml_model_dump) must equal
// @dbml/core's JSON export after both are normalised (ids and tokens stripped; tables,
// columns, types, pk/unique/not null/increment/default, indexes, checks, refs with actions,
// enums, groups, notes, project, records). When @dbml/core rejects it, we must reject it too,
// with an error on the line of @dbml/core's first error. Prints the agreement table; exits 1
// on any disagreement.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const core = require('@dbml/core');

const [dumpBinary, ...inputs] = process.argv.slice(2);
if (!dumpBinary || inputs.length === 0) {
  console.error('usage: dbml_agreement.js DUMP_BINARY FILE_OR_DIR...');
  process.exit(2);
}

function files(p) {
  if (fs.statSync(p).isDirectory()) {
    return fs.readdirSync(p).sort().flatMap((f) => files(path.join(p, f)));
  }
  return p.endsWith('.dbml') ? [p] : [];
}

function nv(x) {
  if (x === null || x === undefined) return null;
  const s = String(x);
  if (/^[+-]?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(s)) return String(Number(s));
  // @dbml/core rewrites date-times in records as ISO 8601 ('T' between date and time)
  if (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(s)) return s.replace(' ', 'T');
  return s;
}
/** JSON text with object keys sorted, so equal values print equally. */
function stable(v) {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stable(v[k])}`).join(',')}}`;
  }
  return JSON.stringify(v === undefined ? null : v);
}
const byKey = (a, b) => (stable(a) < stable(b) ? -1 : stable(a) > stable(b) ? 1 : 0);
const sch = (s) => s || 'public';

const isSerial = (t) => /^(small|big)?serial[248]?$/i.test(t);

function normaliseCore(j) {
  const schemaName = (id) => j.schemas[id].name;
  const tableFull = (id) => `${sch(schemaName(j.tables[id].schemaId))}.${j.tables[id].name}`;
  const tables = Object.values(j.tables).map((t) => {
    const fields = t.fieldIds.map((id) => j.fields[id]);
    const allIndexes = t.indexIds.map((id) => j.indexes[id]);
    const pkIndex = allIndexes.find((i) => i.pk);
    const cols = (i) => i.columnIds.map((id) => ({ type: j.indexColumns[id].type, value: j.indexColumns[id].value }));
    const pk = pkIndex ? cols(pkIndex).map((c) => c.value) : fields.filter((f) => f.pk).map((f) => f.name);
    const records = (t.recordIds || []).map((id) => j.records[id]);
    return {
      schema: sch(schemaName(t.schemaId)),
      name: t.name,
      alias: t.alias || '',
      note: t.note || '',
      headercolor: t.headerColor || '',
      pk,
      columns: fields.map((f) => ({
        name: f.name,
        type: f.type.type_name,
        type_schema: f.type.schemaName || '',
        unique: !!f.unique,
        not_null: !!f.not_null,
        // a serial type auto-increments whether or not [increment] is written
        increment: !!f.increment || isSerial(f.type.type_name),
        default: f.dbdefault ? { type: f.dbdefault.type, value: f.dbdefault.type === 'number' ? Number(f.dbdefault.value) : String(f.dbdefault.value) } : null,
        note: f.note || '',
      })),
      indexes: allIndexes.filter((i) => !i.pk).map((i) => ({
        columns: cols(i), unique: !!i.unique, name: i.name || '', type: i.type || 'btree', note: i.note || '',
      })),
      checks: Object.values(j.checks || {}).filter((c) => c.tableId === t.id).map((c) => ({
        name: c.name || '', expression: c.expression, column: c.columnId ? j.fields[c.columnId].name : '',
      })).sort(byKey),
      records: records.length ? {
        columns: records[0].columns,
        rows: records[0].values.map((row) => row.map((v) => nv(v.value))),
      } : null,
    };
  });
  const refs = Object.values(j.refs).map((r) => {
    const eps = r.endpointIds.map((id) => j.endpoints[id]);
    const rel = eps.map((e) => e.relation).join('');
    const ep = (e) => ({ schema: sch(e.schemaName), table: e.tableName, columns: e.fieldNames });
    let kind; let fk; let ref;
    if (rel === '**') { kind = 'm:n'; fk = eps[0]; ref = eps[1]; }
    else if (rel === '11') { kind = '1:1'; fk = eps[1]; ref = eps[0]; }
    else if (rel === '*1') { kind = 'n:1'; fk = eps[0]; ref = eps[1]; }
    else { kind = 'n:1'; fk = eps[1]; ref = eps[0]; }
    return {
      name: r.name || '', kind, fk: ep(fk), ref: ep(ref),
      onDelete: (r.onDelete || 'no action').toLowerCase(), onUpdate: (r.onUpdate || 'no action').toLowerCase(),
      color: r.color || '', inactive: !!r.inactive,
    };
  });
  const enums = Object.values(j.enums).map((e) => ({
    schema: sch(schemaName(e.schemaId)), name: e.name,
    values: e.valueIds.map((id) => ({ name: j.enumValues[id].name, note: j.enumValues[id].note || '' })),
  }));
  const groups = Object.values(j.tableGroups).map((g) => ({
    name: g.name, tables: g.tableIds.map(tableFull), note: g.note || '', color: g.color || '',
  }));
  const notes = Object.values(j.notes || {}).map((n) => ({ name: n.name, content: n.content, color: n.color || '' }));
  const db = Object.values(j.database)[0] || {};
  const project = { name: db.name || '', note: db.note || '', database_type: db.databaseType || '' };
  return { tables, refs, enums, groups, notes, project };
}

function normaliseOurs(m) {
  for (const t of m.tables) {
    for (const c of t.columns) c.increment = c.increment || isSerial(c.type);
    // @dbml/core's normalised JSON lists an index's expression parts before its column parts
    // (source order otherwise): compare in that order.
    for (const i of t.indexes) {
      i.columns = [...i.columns.filter((p) => p.type === 'expression'), ...i.columns.filter((p) => p.type === 'column')];
    }
    t.checks.sort(byKey);
    if (t.records) t.records.rows = t.records.rows.map((row) => row.map(nv));
  }
  m.project = m.project || { name: '', note: '', database_type: '' };
  return m;
}

function canonical(m) {
  return {
    tables: [...m.tables].sort((a, b) => byKey([a.schema, a.name], [b.schema, b.name])),
    refs: [...m.refs].sort(byKey),
    enums: [...m.enums].sort((a, b) => byKey([a.schema, a.name], [b.schema, b.name])),
    groups: [...m.groups].sort(byKey),
    notes: [...m.notes].sort(byKey),
    project: m.project,
  };
}

function firstDifference(a, b, where = '') {
  if (stable(a) === stable(b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return `${where}: @dbml/core ${stable(a)} vs ours ${stable(b)}`;
  }
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const k of keys) {
    const d = firstDifference(a[k], b[k], `${where}/${Array.isArray(a) && a[k] && a[k].name ? a[k].name : k}`);
    if (d) return d;
  }
  return `${where}: differs`;
}

const rows = [];
let failures = 0;
let accepted = 0; let acceptedAgree = 0; let rejected = 0; let firstLine = 0; let anyLine = 0;
for (const file of inputs.flatMap(files)) {
  const text = fs.readFileSync(file, 'utf8');
  let theirs; let theirErrors = null;
  try {
    theirs = canonical(normaliseCore(JSON.parse(core.exporter.export(text, 'json'))));
  } catch (e) {
    if (!e.diags) throw e;
    theirErrors = e.diags.map((d) => d.location.start.line);
  }
  const ours = JSON.parse(execFileSync(dumpBinary, [file], { encoding: 'utf8' }));
  const name = path.basename(file);
  let verdict;
  if (theirErrors === null) {
    accepted += 1;
    if (!ours.ok) {
      verdict = `FAIL: we reject it: ${ours.errors.slice(0, 2).map((e) => `${e.line}:${e.column} ${e.message}`).join('; ')}`;
    } else {
      const diff = firstDifference(theirs, canonical(normaliseOurs(ours.model)));
      verdict = diff ? `FAIL: models differ at ${diff}` : 'agree';
      if (!diff) acceptedAgree += 1;
    }
    rows.push([name, 'valid', ours.ok ? 'valid' : 'error', verdict]);
  } else {
    rejected += 1;
    const ourLines = ours.ok ? [] : ours.errors.map((e) => e.line);
    const first = ourLines.includes(theirErrors[0]);
    const any = ourLines.some((l) => theirErrors.includes(l));
    if (first) firstLine += 1;
    if (any) anyLine += 1;
    if (!ours.ok && first) verdict = `agree (line ${theirErrors[0]})`;
    else if (ours.ok) verdict = `FAIL: we accept it; @dbml/core: line ${theirErrors[0]}`;
    else verdict = `FAIL: @dbml/core line ${theirErrors[0]}, ours ${[...new Set(ourLines)].slice(0, 4).join(',')}`;
    rows.push([name, `error@${theirErrors[0]}`, ours.ok ? 'valid' : `error@${ourLines[0]}`, verdict]);
  }
  if (verdict.startsWith('FAIL')) failures += 1;
}
const w0 = Math.max(...rows.map((r) => r[0].length), 4);
console.log(`${'file'.padEnd(w0)} | @dbml/core | ours       | verdict`);
console.log(`${'-'.repeat(w0)}-|------------|------------|--------`);
for (const r of rows) console.log(`${r[0].padEnd(w0)} | ${r[1].padEnd(10)} | ${r[2].padEnd(10)} | ${r[3]}`);
console.log('');
console.log(`valid files (accepted by @dbml/core): ${accepted}; models agree: ${acceptedAgree}/${accepted}`);
console.log(`malformed files (rejected by @dbml/core): ${rejected}; error on @dbml/core's first error line: ${firstLine}/${rejected}; on any of its error lines: ${anyLine}/${rejected}`);
console.log(`${rows.length - failures} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
