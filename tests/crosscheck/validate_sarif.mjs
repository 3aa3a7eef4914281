// Validates SARIF files against the official OASIS SARIF 2.1.0 schema (errata rtm.5), as
// shipped by Microsoft's @microsoft/jest-sarif package. The schema is draft-04, hence
// ajv-draft-04; ajv-formats checks "uri", "date-time" and the like.
// Usage: node validate_sarif.mjs FILE.sarif...   (exit 0 when every file is valid)
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";

const require = createRequire(import.meta.url);
const schemaPath = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
const schema = JSON.parse(readFileSync(schemaPath, "utf8"));

// unicodeRegExp off: the schema's `language` pattern has a stray `]` that only non-unicode
// regular expressions accept (it is the same in the official OASIS file).
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

let failed = 0;
for (const file of process.argv.slice(2)) {
  const log = JSON.parse(readFileSync(file, "utf8"));
  if (log.version !== "2.1.0") {
    console.error(`${file}: version is ${log.version}, not 2.1.0`);
    failed++;
    continue;
  }
  if (validate(log)) {
    const results = log.runs.reduce((n, run) => n + (run.results?.length ?? 0), 0);
    console.log(`${file}: valid SARIF 2.1.0 (${results} results)`);
  } else {
    failed++;
    console.error(`${file}: INVALID`);
    for (const error of validate.errors.slice(0, 20)) {
      console.error(`  ${error.instancePath || "/"} ${error.message} ${JSON.stringify(error.params)}`);
    }
  }
}
if (process.argv.length <= 2) {
  console.error("usage: node validate_sarif.mjs FILE.sarif...");
  process.exit(2);
}
process.exit(failed ? 1 : 0);
