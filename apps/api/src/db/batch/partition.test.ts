import { describe, expect, it } from 'vitest';
import { partition, type Stmt } from './batcher.js';
import { streakStatements, type StreakMark } from '../../modules/delivery/failure-streak.js';

const mark = (
  connectorId: string,
  success: boolean,
  pauseAfter: number | null = 3,
): StreakMark => ({
  connectorId,
  success,
  pauseAfter,
  reason: 'r',
});
const streak = (...marks: StreakMark[]): Stmt[][] => marks.map((m) => streakStatements(m));
/** "a:reset", "a:count", "a:pause": which connector and which streak statement. */
const kinds = (stmts: Stmt[]) =>
  stmts.map((s) => {
    if (s.sql.includes('pausedReason')) return `${String(s.params[1])}:pause`;
    return `${String(s.params[0])}:${s.sql.includes('+ 1') ? 'count' : 'reset'}`;
  });

describe('partition', () => {
  it('resets a streak once for successes finishing in one commit', () => {
    const { inTx } = partition(streak(mark('a', true), mark('a', true), mark('a', true)));
    expect(kinds(inTx)).toEqual(['a:reset']);
  });

  it('keeps a reset that a count or check on the same row follows', () => {
    const groups = streak(mark('a', true), mark('a', false), mark('a', true), mark('a', true));
    expect(kinds(partition(groups).inTx)).toEqual(['a:reset', 'a:count', 'a:pause', 'a:reset']);
  });

  it('never merges counts, and rows of other connectors do not stand between', () => {
    const groups = streak(
      mark('a', true),
      mark('b', false, null),
      mark('b', false, null),
      mark('a', true),
    );
    expect(kinds(partition(groups).inTx)).toEqual(['b:count', 'b:count', 'a:reset']);
  });

  it('leaves statements without a row, and reads after the commit, as they are', () => {
    const plain: Stmt = { sql: 'UPDATE push_run SET status = ? WHERE id = ?', params: ['x', '1'] };
    const read: Stmt = { sql: 'SELECT 1', params: [], afterCommit: true };
    const { inTx, after } = partition([[plain, read], [plain]]);
    expect(inTx).toEqual([plain, plain]);
    expect(after).toEqual([read]);
  });
});
