// Validates design briefs against docs/brief.schema.json (draft-07) with ajv. The briefs are
// YAML; run_brief_schema.sh turns each into JSON first (PyYAML), so this reads JSON only.
// Usage: node validate_brief.mjs SCHEMA.json BRIEF.json...   (exit 0 when every brief is valid)
import { readFileSync } from "node:fs";
import Ajv from "ajv";

const [schemaFile, ...briefs] = process.argv.slice(2);
// allowUnionTypes: a default may be written as a string, a number or a boolean.
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));

let failed = 0;
for (const file of briefs) {
  if (validate(JSON.parse(readFileSync(file, "utf8")))) {
    console.log(`${file}: valid brief`);
  } else {
    failed++;
    for (const error of validate.errors) console.error(`${file}: ${error.instancePath} ${error.message}`);
  }
}
process.exit(failed ? 1 : 0);
