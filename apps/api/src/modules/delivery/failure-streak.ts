import type { Stmt } from '../../db/batch/batcher.js';
import type { PushRunEntity } from './push-run.entity.js';

/** A final non-test run's mark on its connector's failure streak. */
export interface StreakMark {
  connectorId: string;
  success: boolean;
  /** delivery.pauseAfterFailures of the definition the run was pushed with; null: never. */
  pauseAfter: number | null;
  /** The connector's pausedReason if this run turns it off. */
  reason: string;
}

/** A final run's streak mark; null for test runs and runs without a connector. */
export function streakMark(
  run: PushRunEntity,
  connectorId: string | null,
  pauseAfter: number | null,
): StreakMark | null {
  if (!connectorId || run.runTrigger === 'TEST') return null;
  if (run.status !== 'SUCCESS' && run.status !== 'FAILURE') return null;
  const last = run.responseStatus ? `HTTP ${run.responseStatus}` : (run.error ?? 'no response');
  const pushes = `${pauseAfter} failed push${pauseAfter === 1 ? '' : 'es'}`;
  return {
    connectorId,
    success: run.status === 'SUCCESS',
    pauseAfter,
    reason: pauseAfter
      ? `Turned off after ${pushes} in a row; the last: ${last.slice(0, 300)}`
      : '',
  };
}

/**
 * The streak in the run's final commit: a success resets it, a failure adds one and, once it
 * reaches pauseAfter, turns the connector off with the reason. The first UPDATE holds the
 * connector row's lock until the commit, so runs finishing in any number of worker processes
 * count one after another; the second UPDATE changes a row only for the run that paused it.
 */
export function streakStatements(mark: StreakMark): Stmt[] {
  const id = mark.connectorId;
  // Every statement names the row, so the batcher keeps their order on it.
  const row = `connector:${id}`;
  if (mark.success)
    return [
      {
        sql: 'UPDATE connector SET failureStreak = 0 WHERE id = ? AND failureStreak <> 0',
        params: [id],
        row,
        // Successes finishing in one commit reset the streak once (partition in batcher.ts).
        idempotent: true,
      },
    ];
  const count: Stmt = {
    sql: 'UPDATE connector SET failureStreak = failureStreak + 1 WHERE id = ?',
    params: [id],
    row,
  };
  if (mark.pauseAfter === null) return [count];
  return [
    count,
    {
      sql: `UPDATE connector SET published = 0, pausedReason = ?
        WHERE id = ? AND published = 1 AND failureStreak >= ?`,
      params: [mark.reason, id, mark.pauseAfter],
      row,
    },
  ];
}
