import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { partition, type Stmt } from '../../db/batch/batcher.js';
import { foldedStreakStatements, streakStatements, type StreakMark } from './failure-streak.js';

interface Row {
  failureStreak: number;
  published: number;
  pausedReason: string | null;
}

/** A connector row at `streak`, the statements run in order; the row and whether `pause` paused. */
function apply(streak: number, groups: Stmt[][], pause?: (s: Stmt) => boolean) {
  const db = new Database(':memory:');
  db.exec(
    'CREATE TABLE connector (id TEXT PRIMARY KEY, failureStreak INTEGER, published INTEGER, pausedReason TEXT)',
  );
  db.prepare('INSERT INTO connector VALUES (?, ?, 1, NULL)').run('c', streak);
  let paused = 0;
  for (const g of groups)
    for (const s of g) {
      const res = db.prepare(s.sql).run(...(s.params as unknown[]));
      if (pause?.(s)) paused += res.changes;
    }
  const row = db
    .prepare('SELECT failureStreak, published, pausedReason FROM connector')
    .get() as Row;
  db.close();
  return { row, paused };
}

const mark = (success: boolean, pauseAfter: number | null, i: number): StreakMark => ({
  connectorId: 'c',
  success,
  pauseAfter,
  reason: `reason ${i}`,
});

/** A small deterministic generator (mulberry32). */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('foldedStreakStatements', () => {
  it('ends as the marks one after another would, in at most three statements', () => {
    const next = random(14);
    for (let n = 0; n < 3000; n++) {
      const length = 1 + Math.floor(next() * 12);
      const pauseAfter = next() < 0.2 ? null : 1 + Math.floor(next() * 5);
      const failRate = next();
      const marks = Array.from({ length }, (_, i) => mark(next() > failRate, pauseAfter, i));
      const start = Math.floor(next() * 6);
      const one = apply(start, marks.map(streakStatements));
      const { stmts, pause } = foldedStreakStatements(marks);
      expect(stmts.length).toBeLessThanOrEqual(3);
      const folded = apply(start, [stmts], (s) => s === pause);
      const seq = marks.map((m) => (m.success ? 'S' : 'F')).join('');
      const label = `${seq} from ${start}, pause after ${pauseAfter}`;
      expect(folded.row.failureStreak, label).toBe(one.row.failureStreak);
      expect(folded.row.published, label).toBe(one.row.published);
      expect(folded.paused, label).toBe(one.row.published ? 0 : 1);
      // The reason: the failure that reached pauseAfter (leading failures: the last of them).
      if (!one.row.published) expect(folded.row.pausedReason, label).toMatch(/^reason \d+$/);
    }
  });

  it('a failure then successes in one chunk leaves the streak at 0 and the connector on', () => {
    const marks = [mark(false, 2, 0), mark(true, 2, 1), mark(true, 2, 2)];
    const { row } = apply(0, [foldedStreakStatements(marks).stmts]);
    expect(row).toEqual({ failureStreak: 0, published: 1, pausedReason: null });
  });

  it('pauses on failures in a row after a success, with the reason of the one that reached it', () => {
    const marks = [true, false, false, false, true].map((s, i) => mark(s, 3, i));
    const { row } = apply(0, [foldedStreakStatements(marks).stmts]);
    expect(row).toEqual({ failureStreak: 0, published: 0, pausedReason: 'reason 3' });
  });

  it('leading failures add to the streak already there', () => {
    const marks = [false, false, true, false].map((s, i) => mark(s, 4, i));
    expect(apply(2, [foldedStreakStatements(marks).stmts]).row).toEqual({
      failureStreak: 1,
      published: 0,
      pausedReason: 'reason 1',
    });
    expect(apply(1, [foldedStreakStatements(marks).stmts]).row.published).toBe(1);
  });

  it("names the connector's row: a worker's reset before it in one commit is kept", () => {
    const reset = streakStatements(mark(true, 3, 0));
    const { stmts } = foldedStreakStatements(
      [false, false, true, false].map((f, i) => mark(f, 3, i)),
    );
    expect(stmts.every((s) => s.row === 'connector:c')).toBe(true);
    const { inTx } = partition([reset, stmts, streakStatements(mark(true, 3, 9))]);
    expect(inTx).toHaveLength(1 + stmts.length + 1);
    // From 2: the reset first (0), two failures (2), a success, a failure (1), a reset (0).
    expect(apply(2, [inTx]).row).toEqual({ failureStreak: 0, published: 1, pausedReason: null });
  });
});
