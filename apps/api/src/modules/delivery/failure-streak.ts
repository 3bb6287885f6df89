import type { Logger } from 'pino';
import type { Stmt } from '../../db/batch/batcher.js';
import type { FindOne } from '../../db/batch/reads.js';
import { ConnectorEntity } from '../connectors/connector.entity.js';
import type { ConnectorService } from '../connectors/connector.service.js';
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

/**
 * A chunk's marks of one connector (in outcome order) folded into at most three statements with
 * streakStatements' meaning, one mark after another: the failures before the chunk's first
 * success add to the streak (and pause at pauseAfter); a run of failures after a success pauses
 * when it reaches pauseAfter on its own; the streak ends as the failures after the last success.
 * `pause` is the statement whose change means this chunk turned the connector off. The reason is
 * that of the failure that reached pauseAfter (for the leading failures: the last of them).
 */
export function foldedStreakStatements(marks: readonly StreakMark[]): {
  stmts: Stmt[];
  pause: Stmt | null;
} {
  const last = marks.at(-1);
  if (!last) return { stmts: [], pause: null };
  const id = last.connectorId;
  // Every statement names the row, so the batcher keeps their order on it (as streakStatements).
  const row = `connector:${id}`;
  const pauseAfter = last.pauseAfter;
  const firstSuccess = marks.findIndex((m) => m.success);
  const lead = firstSuccess === -1 ? marks.length : firstSuccess;
  let streak = 0;
  let pauser: StreakMark | null = null;
  for (const m of marks.slice(lead)) {
    streak = m.success ? 0 : streak + 1;
    if (!m.success && pauseAfter !== null && streak >= pauseAfter) pauser ??= m;
  }
  const stmts: Stmt[] = [];
  if (lead > 0)
    stmts.push({
      sql: 'UPDATE connector SET failureStreak = failureStreak + ? WHERE id = ?',
      params: [lead, id],
      row,
    });
  let pause: Stmt | null = null;
  if (pauseAfter !== null && (lead > 0 || pauser)) {
    const leadReason = lead > 0 ? marks[lead - 1]!.reason : '';
    pause = {
      sql: `UPDATE connector SET published = 0,
          pausedReason = CASE WHEN ? = 1 AND failureStreak >= ? THEN ? ELSE ? END
        WHERE id = ? AND published = 1 AND ((? = 1 AND failureStreak >= ?) OR ? = 1)`,
      params: [
        lead > 0 ? 1 : 0,
        pauseAfter,
        leadReason,
        pauser?.reason ?? leadReason,
        id,
        lead > 0 ? 1 : 0,
        pauseAfter,
        pauser ? 1 : 0,
      ],
      row,
    };
    stmts.push(pause);
  }
  if (firstSuccess !== -1)
    stmts.push({
      sql: 'UPDATE connector SET failureStreak = ? WHERE id = ? AND failureStreak <> ?',
      params: [streak, id, streak],
      row,
    });
  return { stmts, pause };
}

/** A run (or chunk) turned its connector off: every process's views and caches hear it at once. */
export async function announcePaused(
  p: { reads: FindOne; logger: Logger; connectors: ConnectorService },
  connector: ConnectorEntity,
): Promise<void> {
  const now = await p.reads.findOneBy(ConnectorEntity, { id: connector.id });
  p.logger.warn(
    { connectorId: connector.id, reason: now?.pausedReason },
    'connector turned off after failed pushes in a row',
  );
  if (now) p.connectors.announce(now);
}
