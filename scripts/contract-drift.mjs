#!/usr/bin/env node
// Checks that the repository's copy of the contract is still the reference it was copied from.
// Usage: node scripts/contract-drift.mjs <reference-dir> [contract-dir, default contract/]
// Every file the repository has (schema.graphql, ext/*.graphql) must equal, byte for byte, the
// reference's file of the same name; reference files not delivered here yet are ignored.
// No reference folder: says so in one line and exits 0.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [reference, contractDir = fileURLToPath(new URL('../contract', import.meta.url))] =
  process.argv.slice(2);
if (!reference) {
  console.error('usage: node scripts/contract-drift.mjs <reference-dir> [contract-dir]');
  process.exit(2);
}
if (!existsSync(reference)) {
  console.log(`contract drift: ${reference} not found, comparison with it skipped`);
  process.exit(0);
}

const extDir = join(contractDir, 'ext');
const files = [
  'schema.graphql',
  ...(existsSync(extDir) ? readdirSync(extDir) : [])
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => `ext/${f}`),
];
let drifted = 0;
for (const file of files) {
  const theirs = join(reference, file);
  const problem = !existsSync(theirs)
    ? `is missing from ${reference}`
    : !readFileSync(join(contractDir, file)).equals(readFileSync(theirs))
      ? `differs from ${theirs}`
      : null;
  if (problem) {
    drifted++;
    console.log(`DRIFT ${file} ${problem}`);
  }
}
console.log(
  drifted
    ? `contract drift: ${drifted} file(s) differ from ${reference}: copy them again`
    : `contract drift: ${files.length} file(s) match ${reference}`,
);
process.exit(drifted ? 1 : 0);
