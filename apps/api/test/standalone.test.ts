import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

// Paths that only exist on a developer's machine: the shared reference folder and the workspace.
const OUTSIDE = new RegExp(String.raw`\bshared\/(contract|tools|design|seeds|hooks)\b|\/work\/`);
// .ci/run compares contract/ with the reference copy when it sits beside the checkout;
// contract/ holds byte-exact copies of that reference, comments included.
const ALLOWED = (file: string) => file === '.ci/run' || file.startsWith('contract/');

function repoFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return out.split('\n').filter((f) => f && !ALLOWED(f));
}

describe('the repository stands alone', () => {
  it('has no file that reads outside the checkout', () => {
    const hits: string[] = [];
    for (const file of repoFiles()) {
      let text: string;
      try {
        text = readFileSync(join(repoRoot, file), 'utf8');
      } catch {
        continue; // listed but deleted in the working tree
      }
      text.split('\n').forEach((line, i) => {
        if (OUTSIDE.test(line)) hits.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(hits).toEqual([]);
  });
});
