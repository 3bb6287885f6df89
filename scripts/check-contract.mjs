#!/usr/bin/env node
// Compares the API's emitted schema with the repository's contract and lists what the API breaks.
// Usage (from the repository root):
//   node scripts/check-contract.mjs apps/api/schema.graphql [extension ...|all]
// The contract is contract/schema.graphql; each extension names a file of contract/ext (without
// .graphql) checked on top of it; `all` takes every file there. Exit 0: nothing breaks; 1: it
// lists the differences; 2: bad usage.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const contractPath = join(root, 'contract', 'schema.graphql');
const extDir = join(root, 'contract', 'ext');

/** A path as a person reads it: from the repository root when it lies inside. */
const shown = (p) => (relative(root, p).startsWith('..') ? p : relative(root, p));

const [emittedPath, ...args] = process.argv.slice(2);
if (!emittedPath) {
  console.error(
    'usage: node scripts/check-contract.mjs <emitted-schema.graphql> [extension ...|all]',
  );
  process.exit(2);
}

// The API's own graphql (the root has none of its own).
let graphql;
try {
  graphql = createRequire(join(root, 'apps/api/package.json'))('graphql');
} catch {
  console.error('check-contract: graphql is not installed (run pnpm install first)');
  process.exit(2);
}
const { buildSchema, findBreakingChanges, findDangerousChanges } = graphql;

const delivered = existsSync(extDir)
  ? readdirSync(extDir)
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => f.slice(0, -'.graphql'.length))
      .sort()
  : [];
const exts = args.includes('all') ? delivered : args;
const extPaths = exts.map((e) => join(extDir, `${e}.graphql`));
for (const p of [emittedPath, ...extPaths]) {
  if (!existsSync(p)) {
    console.error(`check-contract: ${shown(p)} does not exist`);
    process.exit(2);
  }
}

function schemaOf(paths) {
  try {
    return buildSchema(paths.map((p) => readFileSync(p, 'utf8')).join('\n'));
  } catch (e) {
    console.error(`check-contract: ${paths.map(shown).join(' + ')}: ${e.message}`);
    process.exit(2);
  }
}
const contract = schemaOf([contractPath, ...extPaths]);
const emitted = schemaOf([emittedPath]);
const breaking = findBreakingChanges(contract, emitted);
// A new optional argument or a new enum value is fine; a changed default is worth a look.
const changed = findDangerousChanges(contract, emitted).filter(
  (c) => c.type === 'ARG_DEFAULT_VALUE_CHANGE',
);
for (const c of breaking) console.log(`BREAKING ${c.type}: ${c.description}`);
for (const c of changed) console.log(`CHANGED ${c.type}: ${c.description}`);
const n = breaking.length + changed.length;
const what = exts.length ? `the contract and ${exts.join(', ')}` : 'the contract';
console.log(
  n === 0
    ? `contract: the API keeps every type, field and argument of ${what}`
    : `contract: ${n} difference(s) from ${what}`,
);
process.exit(n === 0 ? 0 : 1);
