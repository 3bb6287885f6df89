import type { DataSource, EntityManager, QueryResult } from 'typeorm';
import type { PushAttemptEntity } from './push-attempt.entity.js';
import type { PushRunEntity } from './push-run.entity.js';

// The push hot path in plain SQL (the same text on MySQL and SQLite): a run is inserted, claimed
// and finished once per push, and building those statements cost more than running them.

const RUN_INSERT = [
  'id',
  'organizationId',
  'connectorId',
  'runTrigger',
  'entityType',
  'recordId',
  'recordVersion',
  'recordOwnerId',
  'initiatedById',
  'status',
  'attempts',
  'snapshot',
  'createdAt',
] as const;

const RUN_FINISH = [
  'status',
  'requestMethod',
  'requestUrl',
  'requestBody',
  'responseStatus',
  'responseBody',
  'error',
  'durationMs',
  'finishedAt',
  'nextAttemptAt',
] as const;

const ATTEMPT_INSERT = [
  'id',
  'runId',
  'attemptNumber',
  'outcome',
  'requestMethod',
  'requestUrl',
  'requestBody',
  'responseStatus',
  'responseBody',
  'error',
  'durationMs',
  'startedAt',
  'finishedAt',
] as const;

const marks = (n: number) => `(${Array.from({ length: n }, () => '?').join(', ')})`;

export class RunSql {
  private readonly sqlite: boolean;

  constructor(private readonly ds: DataSource) {
    this.sqlite = ds.options.type !== 'mysql';
  }

  /** A datetime parameter: mysql2 binds Date (UTC, timezone 'Z'); SQLite keeps UTC text. */
  private dt(d: Date | null | undefined): Date | string | null {
    if (!d) return null;
    return this.sqlite ? d.toISOString().replace('T', ' ').replace('Z', '') : d;
  }

  private async run(sql: string, params: unknown[], m?: EntityManager): Promise<QueryResult> {
    if (m?.queryRunner) return m.queryRunner.query(sql, params, true);
    const runner = this.ds.createQueryRunner();
    try {
      return await runner.query(sql, params, true);
    } finally {
      await runner.release();
    }
  }

  /** New QUEUED runs, one statement. */
  async insertRuns(runs: readonly PushRunEntity[], m?: EntityManager): Promise<void> {
    if (runs.length === 0) return;
    const params = runs.flatMap((r) => [
      r.id,
      r.organizationId,
      r.connectorId,
      r.runTrigger,
      r.entityType,
      r.recordId,
      r.recordVersion,
      r.recordOwnerId,
      r.initiatedById,
      r.status,
      r.attempts,
      JSON.stringify(r.snapshot),
      this.dt(r.createdAt),
    ]);
    const rows = runs.map(() => marks(RUN_INSERT.length)).join(', ');
    await this.run(`INSERT INTO push_run (${RUN_INSERT.join(', ')}) VALUES ${rows}`, params, m);
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
    const set = 'SET status = ?, attempts = attempts + 1, startedAt = ?, nextAttemptAt = NULL';
    if (staleBefore) {
      const res = await this.run(
        `UPDATE push_run ${set} WHERE id = ? AND status = 'RUNNING' AND startedAt <= ?`,
        ['RUNNING', this.dt(startedAt), id, this.dt(staleBefore)],
      );
      return (res.affected ?? 0) > 0;
    }
    let sql = `UPDATE push_run ${set} WHERE id = ? AND status IN ('QUEUED', 'RETRYING')`;
    const params: unknown[] = ['RUNNING', this.dt(startedAt), id];
    if (inOrder) {
      // A derived table with LIMIT is materialized first, so MySQL lets it read the updated table.
      sql += ` AND NOT EXISTS (SELECT 1 FROM (SELECT e.id FROM push_run e ${EARLIER_OPEN} LIMIT 1) AS earlier)`;
      params.push(...this.earlierParams(inOrder));
    }
    const res = await this.run(sql, params);
    return (res.affected ?? 0) > 0;
  }

  /** Is a run of the same record and connector that goes out before this one still open? */
  async earlierOpen(key: OrderKey): Promise<boolean> {
    const res = await this.run(
      `SELECT e.id FROM push_run e ${EARLIER_OPEN} LIMIT 1`,
      this.earlierParams(key),
    );
    return (res.records as unknown[]).length > 0;
  }

  private earlierParams(k: OrderKey): unknown[] {
    const at = this.dt(k.createdAt);
    return [
      k.connectorId,
      k.recordId,
      k.entityType,
      k.id,
      k.recordVersion,
      k.recordVersion,
      at,
      at,
      k.id,
    ];
  }

  /** The attempt's outcome on the run and in the attempt log, in one transaction. */
  async finishAttempt(run: PushRunEntity, attempt: PushAttemptEntity): Promise<void> {
    await this.ds.transaction(async (m) => {
      await this.run(
        `UPDATE push_run SET ${RUN_FINISH.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`,
        [
          run.status,
          run.requestMethod,
          run.requestUrl,
          run.requestBody,
          run.responseStatus,
          run.responseBody,
          run.error,
          run.durationMs,
          this.dt(run.finishedAt),
          this.dt(run.nextAttemptAt),
          run.id,
        ],
        m,
      );
      await this.run(
        `INSERT INTO push_attempt (${ATTEMPT_INSERT.join(', ')}) VALUES ${marks(ATTEMPT_INSERT.length)}`,
        [
          attempt.id,
          attempt.runId,
          attempt.attemptNumber,
          attempt.outcome,
          attempt.requestMethod,
          attempt.requestUrl,
          attempt.requestBody,
          attempt.responseStatus,
          attempt.responseBody,
          attempt.error,
          attempt.durationMs,
          this.dt(attempt.startedAt),
          this.dt(attempt.finishedAt),
        ],
        m,
      );
    });
  }

  /** Open runs of one record through one connector other than `id`, in delivery order. */
  async openOfRecord(
    run: Pick<PushRunEntity, 'id' | 'connectorId' | 'recordId' | 'entityType'>,
  ): Promise<OpenRun[]> {
    const res = await this.run(
      `SELECT id, status, recordVersion, createdAt, nextAttemptAt FROM push_run
       WHERE connectorId = ? AND recordId = ? AND entityType = ? AND runTrigger <> 'TEST'
         AND status IN ('QUEUED', 'RUNNING', 'RETRYING') AND id <> ?
       ORDER BY recordVersion, createdAt, id`,
      [run.connectorId, run.recordId, run.entityType, run.id],
    );
    return (res.records as RawOpenRun[]).map((r) => ({
      id: r.id,
      status: r.status,
      recordVersion: Number(r.recordVersion),
      createdAt: utcMillis(r.createdAt),
      nextAttemptAt: r.nextAttemptAt ? utcMillis(r.nextAttemptAt) : null,
    }));
  }
}

/** Open runs of the record through the connector that go out before run `id` (delivery order). */
const EARLIER_OPEN = `WHERE e.connectorId = ? AND e.recordId = ? AND e.entityType = ? AND e.runTrigger <> 'TEST'
  AND e.status IN ('QUEUED', 'RUNNING', 'RETRYING') AND e.id <> ?
  AND (e.recordVersion < ? OR (e.recordVersion = ? AND (e.createdAt < ? OR (e.createdAt = ? AND e.id < ?))))`;

export type OrderKey = Pick<
  PushRunEntity,
  'id' | 'connectorId' | 'recordId' | 'entityType' | 'recordVersion' | 'createdAt'
>;

export interface OpenRun {
  id: string;
  status: string;
  recordVersion: number;
  createdAt: number;
  nextAttemptAt: number | null;
}

interface RawOpenRun {
  id: string;
  status: string;
  recordVersion: number | string;
  createdAt: Date | string;
  nextAttemptAt: Date | string | null;
}

/** A raw datetime: a Date (mysql2) or SQLite's UTC text without a zone. */
export function utcMillis(value: Date | string): number {
  if (value instanceof Date) return value.getTime();
  return Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}
