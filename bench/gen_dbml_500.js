// Writes a deterministic 500-table DBML design (zabbix-like shapes: ids, names, flags,
// timestamps, notes, indexes, foreign keys to earlier tables, a few enums and groups).
//   node bench/gen_dbml_500.js > big.dbml
'use strict';
const out = [];
let seed = 42;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const types = ['bigint', 'integer', 'varchar(255)', 'varchar(64)', 'text', 'numeric(16,4)', 'timestamptz', 'boolean', 'jsonb', 'uuid'];
out.push("Project big { database_type: 'PostgreSQL'\n  Note: 'A generated 500-table design for the parse benchmark' }\n");
for (let e = 0; e < 10; e += 1) {
  out.push(`enum status_${e} {\n  active [note: 'in use']\n  disabled\n  archived\n}\n`);
}
for (let t = 0; t < 500; t += 1) {
  const lines = [`Table app.t${t} [note: 'table ${t}'] {`, '  id bigint [pk, increment]'];
  const cols = 6 + rnd(14);
  for (let c = 0; c < cols; c += 1) {
    const type = types[rnd(types.length)];
    const settings = [];
    if (rnd(3) === 0) settings.push('not null');
    if (type === 'integer' && rnd(4) === 0) settings.push('default: 0');
    if (type === 'timestamptz' && rnd(2) === 0) settings.push('default: `now()`');
    if (rnd(5) === 0) settings.push(`note: 'column ${c} of table ${t}'`);
    lines.push(`  c${c} ${type}${settings.length ? ` [${settings.join(', ')}]` : ''}`);
  }
  lines.push(`  status status_${t % 10} [not null, default: 'active']`);
  if (t > 0) lines.push(`  parent_id bigint [ref: > app.t${rnd(t)}.id]`);
  lines.push('  indexes {', '    c0', '    (c1, c2) [name: \'t' + t + '_c1_c2\']', '  }', '}');
  out.push(`${lines.join('\n')}\n`);
}
for (let g = 0; g < 10; g += 1) {
  const members = [];
  for (let t = g * 50; t < g * 50 + 50; t += 1) members.push(`  app.t${t}`);
  out.push(`TableGroup group_${g} {\n${members.join('\n')}\n}\n`);
}
process.stdout.write(out.join('\n'));
