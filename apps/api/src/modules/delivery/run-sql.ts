import type { DataSource, EntityManager } from 'typeorm';
import type { StatementBatcher } from '../../db/batch/batcher.js';
import { appliedMarker } from '../../db/idempotency-scope.js';
import { streakStatements, type StreakMark } from './failure-streak.js';
import type { PushRunEntity } from './push-run.entity.js';
import { RunStatements, type AttemptRow, type OrderKey, type WriteBack } from './run-statements.js';

export type { OrderKey, WriteBack } from './run-statements.js';

/**
 * The push hot path's reads and writes. Outside a record change they go through the statement
 * batcher: pushes running at the same time share one commit.
 */
export class RunSql {
  private readonly st: RunStatements;

  constructor(
    ds: DataSource,
    private readonly batch: StatementBatcher,
  ) {
    this.st = new RunStatements(ds);
  }

  /** New QUEUED runs, committed. */
  async insertRuns(runs: readonly PushRunEntity[]): Promise<void> {
    if (runs.length === 0) return;
    // Under an Idempotency-Key, the key is marked applied in the same commit.
    const marker = appliedMarker(runs[0]);
    await this.batch.submit(
      marker ? [this.st.insertRuns(runs), marker] : [this.st.insertRuns(runs)],
    );
  }

  /**
   * QUEUED/RETRYING -> RUNNING (or a RUNNING one started before staleBefore); true if claimed.
   * With `inOrder`, only while no earlier run of the same record and connector is open: the
   * order check and the claim are one statement.
   */
  async claim(
    id: string,
    startedAt: Date,
    staleBefore?: Date,
    inOrder?: OrderKey,
  ): Promise<boolean> {
    const stmt = staleBefore
      ? this.st.claimStale(id, startedAt, staleBefore)
      : this.st.claim(id, startedAt, inOrder);
    const [res] = await this.batch.submit([stmt]);
    return res!.affected > 0;
  }

  /** The run waits in a delayed job until `at`: recorded so the sweep does not queue it again. */
  async defer(id: string, at: Date): Promise<void> {
    await this.batch.submit([this.st.defer(id, at)]);
  }

  /** Is a run of the same record and connector that goes out before this one still open? */
  async earlierOpen(key: OrderKey): Promise<boolean> {
    const [res] = await this.batch.submit([{ ...this.st.earlierOpen(key), afterCommit: true }]);
    return res!.rows.length > 0;
  }

  /**
   * The attempt's outcome on the run and in the attempt log, and a SUCCESS run's write-back, in
   * one transaction. With `openOfRecord`, the record's other open runs through the connector
   * (delivery order), read once that is committed. A final run's `streak` mark goes in the same
   * commit; `paused`: this run turned its connector off.
   */
  async finishAttempt(
    run: PushRunEntity,
    attempt: AttemptRow,
    openOfRecord = false,
    writeBack: WriteBack | null = null,
    streak: StreakMark | null = null,
  ): Promise<{ open: OpenRun[]; paused: boolean }> {
    const stmts = [this.st.finishRun(run), this.st.insertAttempt(attempt)];
    if (writeBack) stmts.push(this.st.writeBack(writeBack));
    const streakStmts = streak ? streakStatements(streak) : [];
    stmts.push(...streakStmts);
    if (openOfRecord) stmts.push({ ...this.st.openOfRecord(run), afterCommit: true });
    const results = await this.batch.submit(stmts);
    const paused =
      streakStmts.length === 2 && results[stmts.indexOf(streakStmts[1]!)]!.affected > 0;
    const open = openOfRecord
      ? (results.at(-1)!.rows as unknown as RawOpenRun[]).map(toOpenRun)
      : [];
    return { open, paused };
  }
}

/** New runs inside a record change's transaction (the outbox). */
export async function insertRunsIn(m: EntityManager, runs: readonly PushRunEntity[]) {
  if (runs.length === 0) return;
  const { sql, params } = new RunStatements(m.connection).insertRuns(runs);
  await m.query(sql, [...params]);
}

export interface OpenRun {
  id: string;
  status: string;
  recordVersion: number;
  createdAt: number;
  nextAttemptAt: number | null;
}

export interface RawOpenRun {
  id: string;
  status: string;
  recordVersion: number | string;
  createdAt: Date | string;
  nextAttemptAt: Date | string | null;
}

export function toOpenRun(r: RawOpenRun): OpenRun {
  return {
    id: r.id,
    status: r.status,
    recordVersion: Number(r.recordVersion),
    createdAt: utcMillis(r.createdAt),
    nextAttemptAt: r.nextAttemptAt ? utcMillis(r.nextAttemptAt) : null,
  };
}

/** A raw datetime: a Date (mysql2) or SQLite's UTC text without a zone. */
function utcMillis(value: Date | string): number {
  if (value instanceof Date) return value.getTime();
  return Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}
