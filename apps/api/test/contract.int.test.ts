import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMemoryBus } from '../src/infra/pubsub/memory.js';
import { createSchema, writeSchemaFile } from '../src/schema.js';

const apiDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = resolve(apiDir, '../..');
const checker = resolve(repoRoot, '../shared/tools/check-contract.mjs');

describe('contract', () => {
  it('keeps every type, field and argument of ../shared/contract/schema.graphql', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'odc-schema-')), 'schema.graphql');
    writeSchemaFile(await createSchema(createMemoryBus()), file);
    const run = spawnSync(process.execPath, [checker, file], { cwd: repoRoot, encoding: 'utf8' });
    expect(run.stdout + run.stderr).toContain('the API keeps every type');
    expect(run.status).toBe(0);
  });
});
