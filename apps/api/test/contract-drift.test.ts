import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const script = join(repoRoot, 'scripts/contract-drift.mjs');

function drift(reference: string, contractDir?: string) {
  const args = [script, reference, ...(contractDir ? [contractDir] : [])];
  const run = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' });
  return { status: run.status, out: run.stdout + run.stderr };
}

/** A repository contract folder (schema + one extension) and a reference copy of it. */
function pair(): { mine: string; ref: string } {
  const base = mkdtempSync(join(tmpdir(), 'odc-drift-'));
  const mine = join(base, 'mine');
  mkdirSync(join(mine, 'ext'), { recursive: true });
  writeFileSync(join(mine, 'schema.graphql'), 'type Query {\n  a: Int\n}\n');
  writeFileSync(join(mine, 'ext', 'one.graphql'), 'extend type Query {\n  b: Int\n}\n');
  const ref = join(base, 'ref');
  cpSync(mine, ref, { recursive: true });
  return { mine, ref };
}

describe('contract drift guard (scripts/contract-drift.mjs)', () => {
  it('passes when each file of the repository equals the reference, files not delivered aside', () => {
    const { mine, ref } = pair();
    writeFileSync(join(ref, 'ext', 'not-started.graphql'), 'extend type Query {\n  c: Int\n}\n');
    const { status, out } = drift(ref, mine);
    expect(out).toContain('contract drift: 2 file(s) match');
    expect(status).toBe(0);
  });

  it('fails naming the file when the schema differs by one byte', () => {
    const { mine, ref } = pair();
    writeFileSync(join(ref, 'schema.graphql'), 'type Query {\n  a: Int\n}\n\n');
    const { status, out } = drift(ref, mine);
    expect(out).toContain('DRIFT schema.graphql differs from');
    expect(out).toContain('contract drift: 1 file(s) differ');
    expect(status).toBe(1);
  });

  it('fails when an extension differs or is missing from the reference', () => {
    const { mine, ref } = pair();
    writeFileSync(join(mine, 'ext', 'two.graphql'), 'extend type Query {\n  d: Int\n}\n');
    writeFileSync(join(ref, 'ext', 'one.graphql'), 'extend type Query {\n  b: String\n}\n');
    const { status, out } = drift(ref, mine);
    expect(out).toContain('DRIFT ext/one.graphql differs from');
    expect(out).toContain('DRIFT ext/two.graphql is missing from');
    expect(status).toBe(1);
  });

  it("compares the repository's own contract/ by default", () => {
    const ref = join(mkdtempSync(join(tmpdir(), 'odc-drift-')), 'contract');
    cpSync(join(repoRoot, 'contract'), ref, { recursive: true });
    expect(drift(ref).status).toBe(0);
    writeFileSync(join(ref, 'schema.graphql'), 'scalar DateTime\n');
    expect(drift(ref).status).toBe(1);
  });

  it('skips the comparison, in one line, when there is no reference', () => {
    const { mine } = pair();
    const missing = join(tmpdir(), 'odc-no-such-reference');
    rmSync(missing, { recursive: true, force: true });
    const { status, out } = drift(missing, mine);
    expect(out.trim().split('\n')).toHaveLength(1);
    expect(out).toContain('not found, comparison with it skipped');
    expect(status).toBe(0);
  });
});
