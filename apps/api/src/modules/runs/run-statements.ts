import type { Stmt } from '../../db/batch/batcher.js';
import type { PushAttemptEntity } from './push-attempt.entity.js';
import type { PushRunEntity } from './push-run.entity.js';

// The push hot path in plain SQL (the same text on MySQL and SQLite): a run is inserted, claimed
// and finished once per push, and building those statements through TypeORM cost more than
// running them.

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

/** What an attempt sent and got: on the run (its latest attempt) and in the attempt log. */
const OUTCOME = [
  'requestMethod',
  'requestUrl',
  'requestBody',
  'responseStatus',
  'responseBody',
  'responseValue',
  'responseValueError',
  'error',
  'durationMs',
] as const;

const RUN_FINISH = ['status', ...OUTCOME, 'finishedAt', 'nextAttemptAt'] as const;

/** The attempt log row's own values; its runId and OUTCOME columns come from the run row. */
const ATTEMPT_OWN = [
  'id',
  'attemptNumber',
  'outcome',
  'startedAt',
  'finishedAt',
  'requestHeaders',
  'responseHeaders',
] as const;

const outcomeParams = (o: Record<(typeof OUTCOME)[number], unknown>) => OUTCOME.map((c) => o[c]);

const CLAIM_SET = 'SET status = ?, attempts = attempts + 1, startedAt = ?, nextAttemptAt = NULL';

/** Open runs of the record through the connector that go out before run `id` (delivery order). */
const EARLIER_OPEN = `WHERE e.connectorId = ? AND e.recordId = ? AND e.entityType = ? AND e.runTrigger <> 'TEST'
  AND e.status IN ('QUEUED', 'RUNNING', 'RETRYING') AND e.id <> ?
  AND (e.recordVersion < ? OR (e.recordVersion = ? AND (e.createdAt < ? OR (e.createdAt = ? AND e.id < ?))))`;

/** A Result written to a custom field (its key without the contact.custom. prefix). */
export interface WriteBack {
  entityType: string;
  recordId: string;
  key: string;
  value: string;
}

/** What the attempt log row holds beyond the run's outcome. */
export type AttemptRow = Pick<PushAttemptEntity, (typeof ATTEMPT_OWN)[number] | 'runId'>;

export type OrderKey = Pick<
  PushRunEntity,
  'id' | 'connectorId' | 'recordId' | 'entityType' | 'recordVersion' | 'createdAt'
>;

const marks = (n: number) => `(${Array.from({ length: n }, () => '?').join(', ')})`;

/** The statements of the push hot path for one database type. */
export class RunStatements {
  private readonly sqlite: boolean;

  constructor(type: string) {
    this.sqlite = type !== 'mysql';
  }

  /** A datetime parameter: mysql2 binds Date (UTC, timezone 'Z'); SQLite keeps UTC text. */
  private dt(d: Date | null | undefined): Date | string | null {
    if (!d) return null;
    return this.sqlite ? d.toISOString().replace('T', ' ').replace('Z', '') : d;
  }

  /** New QUEUED runs, one statement. */
  insertRuns(runs: readonly PushRunEntity[]): Stmt {
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
    return { sql: `INSERT INTO push_run (${RUN_INSERT.join(', ')}) VALUES ${rows}`, params };
  }

  /** A RUNNING run whose attempt started before staleBefore -> RUNNING again (taken over). */
  claimStale(id: string, startedAt: Date, staleBefore: Date): Stmt {
    return {
      sql: `UPDATE push_run ${CLAIM_SET} WHERE id = ? AND status = 'RUNNING' AND startedAt <= ?`,
      params: ['RUNNING', this.dt(startedAt), id, this.dt(staleBefore)],
    };
  }

  /** QUEUED/RETRYING -> RUNNING; with `inOrder`, only while no earlier run of the record is open. */
  claim(id: string, startedAt: Date, inOrder?: OrderKey): Stmt {
    let sql = `UPDATE push_run ${CLAIM_SET} WHERE id = ? AND status IN ('QUEUED', 'RETRYING')`;
    const params: unknown[] = ['RUNNING', this.dt(startedAt), id];
    if (inOrder) {
      // A derived table with LIMIT is materialized first, so MySQL lets it read the updated table.
      sql += ` AND NOT EXISTS (SELECT 1 FROM (SELECT e.id FROM push_run e ${EARLIER_OPEN} LIMIT 1) AS earlier)`;
      params.push(...this.earlierParams(inOrder));
    }
    return { sql, params };
  }

  /** A QUEUED/RETRYING run waits for a rate-limit slot until `at` (the sweep leaves it alone). */
  defer(id: string, at: Date): Stmt {
    return {
      sql: `UPDATE push_run SET nextAttemptAt = ? WHERE id = ? AND status IN ('QUEUED', 'RETRYING')`,
      params: [this.dt(at), id],
    };
  }

  /** One row when a run that goes out before this one is still open. */
  earlierOpen(key: OrderKey): Stmt {
    return {
      sql: `SELECT e.id FROM push_run e ${EARLIER_OPEN} LIMIT 1`,
      params: this.earlierParams(key),
    };
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

  /** The attempt's outcome on the run. */
  finishRun(run: PushRunEntity): Stmt {
    return {
      sql: `UPDATE push_run SET ${RUN_FINISH.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`,
      params: [
        run.status,
        ...outcomeParams(run),
        this.dt(run.finishedAt),
        this.dt(run.nextAttemptAt),
        run.id,
      ],
    };
  }

  /**
   * The attempt in the attempt log, its outcome copied from the run row finishRun just wrote (in
   * the same transaction): request and response bodies go to the database once.
   */
  insertAttempt(a: AttemptRow): Stmt {
    return {
      sql: `INSERT INTO push_attempt (${[...ATTEMPT_OWN, 'runId', ...OUTCOME].join(', ')})
        SELECT ${ATTEMPT_OWN.map(() => '?').join(', ')}, id, ${OUTCOME.join(', ')}
        FROM push_run WHERE id = ?`,
      params: [
        a.id,
        a.attemptNumber,
        a.outcome,
        this.dt(a.startedAt),
        this.dt(a.finishedAt),
        a.requestHeaders,
        a.responseHeaders,
        a.runId,
      ],
    };
  }

  /**
   * A SUCCESS run's Result into one custom field of its record: the {key, value} entry of the
   * customFields JSON array is replaced or added. Not a record update: updatedAt, the version and
   * automation are untouched; a record deleted meanwhile matches no row.
   */
  writeBack(w: WriteBack): Stmt {
    const table = w.entityType === 'CONTACT' ? 'contact' : 'loan';
    const sql = this.sqlite
      ? `UPDATE ${table} SET customFields = (SELECT json_group_array(json(entry)) FROM (
           SELECT value AS entry FROM json_each(${table}.customFields)
             WHERE json_extract(value, '$.key') IS NOT ?
           UNION ALL SELECT json_object('key', ?, 'value', ?))) WHERE id = ?`
      : `UPDATE ${table} SET customFields = JSON_ARRAY_APPEND(
           COALESCE(JSON_REMOVE(customFields, REPLACE(JSON_UNQUOTE(
             JSON_SEARCH(customFields, 'one', ?, NULL, '$[*].key')), '.key', '')), customFields),
           '$', JSON_OBJECT('key', ?, 'value', ?)) WHERE id = ?`;
    return { sql, params: [w.key, w.key, w.value, w.recordId] };
  }

  /** Open runs of one record through one connector other than `id`, in delivery order. */
  openOfRecord(run: Pick<PushRunEntity, 'id' | 'connectorId' | 'recordId' | 'entityType'>): Stmt {
    return {
      sql: `SELECT id, status, recordVersion, createdAt, nextAttemptAt FROM push_run
       WHERE connectorId = ? AND recordId = ? AND entityType = ? AND runTrigger <> 'TEST'
         AND status IN ('QUEUED', 'RUNNING', 'RETRYING') AND id <> ?
       ORDER BY recordVersion, createdAt, id`,
      params: [run.connectorId, run.recordId, run.entityType, run.id],
    };
  }
}
