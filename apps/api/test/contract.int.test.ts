import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSchema, writeSchemaFile } from '../src/schema.js';

const apiDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = resolve(apiDir, '../..');
const checker = join(repoRoot, 'scripts/check-contract.mjs');
const contract = join(repoRoot, 'contract/schema.graphql');
const extDir = join(repoRoot, 'contract/ext');

/** Every extension delivered into contract/ext: adding a file there is all it takes to check it. */
const EXTS = existsSync(extDir)
  ? readdirSync(extDir)
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => f.slice(0, -'.graphql'.length))
  : [];

function check(schemaFile: string, ...exts: string[]) {
  const run = spawnSync(process.execPath, [checker, schemaFile, ...exts], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { status: run.status, out: run.stdout + run.stderr };
}

function tempSchema(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'odc-schema-')), 'schema.graphql');
  writeFileSync(file, text);
  return file;
}

describe('contract', () => {
  it('keeps every type, field and argument of contract/schema.graphql and of each contract/ext file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'odc-schema-')), 'schema.graphql');
    writeSchemaFile(await createSchema(), file);
    const { status, out } = check(file, ...EXTS);
    expect(out).toContain('the API keeps every type');
    for (const ext of EXTS) expect(out).toContain(ext);
    expect(status).toBe(0);
  });

  it('reports a removed field and a changed default', () => {
    const text = readFileSync(contract, 'utf8')
      .replace('  hasPasscode: Boolean!\n', '')
      .replace(
        'connectors(page: Int! = 1, pageSize: Int! = 9)',
        'connectors(page: Int! = 1, pageSize: Int! = 10)',
      );
    const { status, out } = check(tempSchema(text));
    expect(out).toContain('BREAKING FIELD_REMOVED: Authentication.hasPasscode was removed.');
    expect(out).toContain('CHANGED ARG_DEFAULT_VALUE_CHANGE');
    expect(out).toContain('contract: 2 difference(s)');
    expect(status).toBe(1);
  });

  it('checks every extension in contract/ext with "all": the bare contract lacks what they add', () => {
    const { status, out } = check(contract, 'all');
    if (EXTS.length === 0) {
      expect(out).toContain('the API keeps every type, field and argument of the contract');
      expect(status).toBe(0);
      return;
    }
    expect(out).toContain(`difference(s) from the contract and ${EXTS.join(', ')}`);
    expect(status).toBe(1);
  });

  it('refuses an extension that is not in contract/ext', () => {
    const { status, out } = check(contract, 'no-such-extension');
    expect(out).toContain('contract/ext/no-such-extension.graphql');
    expect(status).toBe(2);
  });
});
