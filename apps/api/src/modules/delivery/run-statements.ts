import type { DataSource } from 'typeorm';
import type { Stmt } from '../../db/batch/batcher.js';
import type { PushAttemptEntity } from './push-attempt.entity.js';
import { PushRunEntity } from './push-run.entity.js';

// The push hot path in plain SQL (the same text on MySQL and SQLite): a run is inserted, claimed
// and finished once per push, and building those statements through TypeORM cost more than
// running them. The columns are PushRunEntity's (the lists below are checked against it); how a
// value is bound comes from its column type in the entity's metadata.

export type RunColumn = keyof PushRunEntity & string;

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
  'replayOfId',
  'bulkJobId',
  'bulkKey',
] as const satisfies readonly RunColumn[];

/** What an attempt sent and got: on the run (its latest attempt) and in the attempt log. */
export const OUTCOME = [
  'requestMethod',
  'requestUrl',
  'requestBody',
  'responseStatus',
  'responseBody',
  'responseValue',
  'responseValueError',
  'error',
  'durationMs',
  'connectorVersion',
] as const satisfies readonly (RunColumn & keyof PushAttemptEntity)[];

export const RUN_FINISH = [
  'status',
  ...OUTCOME,
  'finishedAt',
  'nextAttemptAt',
] as const satisfies readonly RunColumn[];

/** The attempt log row's own values; its runId and OUTCOME columns come from the run row. */
export const ATTEMPT_OWN = [
  'id',
  'attemptNumber',
  'outcome',
  'startedAt',
  'finishedAt',
  'requestHeaders',
  'responseHeaders',
] as const satisfies readonly (keyof PushAttemptEntity)[];

export const CLAIM_SET =
  'SET status = ?, attempts = attempts + 1, startedAt = ?, nextAttemptAt = NULL';

/** Open runs of the record through the connector that go out before run `id` (delivery order). */
export const EARLIER_OPEN = `WHERE e.connectorId = ? AND e.recordId = ? AND e.entityType = ? AND e.runTrigger <> 'TEST'
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

export const marks = (n: number) => `(${Array.from({ length: n }, () => '?').join(', ')})`;

/** The statements of the push hot path for one database type. */
export class RunStatements {
  protected readonly sqlite: boolean;
  /** push_run's column types, by property (datetime, simple-json, ...). */
  private readonly types: Map<string, unknown>;

  constructor(ds: DataSource) {
    this.sqlite = ds.options.type !== 'mysql';
    const columns = ds.getMetadata(PushRunEntity).columns;
    this.types = new Map(columns.map((c) => [c.propertyName, c.type]));
  }

  /** A run's value as bound for its column: dates as dt(), JSON columns as text. */
  protected bind(run: PushRunEntity, column: RunColumn): unknown {
    const value = run[column];
    const type = this.types.get(column);
    if (type === 'datetime') return this.dt(value as Date | null);
    if (type === 'simple-json') return JSON.stringify(value);
    return value;
  }

  /** A datetime parameter: mysql2 binds Date (UTC, timezone 'Z'); SQLite keeps UTC text. */
  protected dt(d: Date | null | undefined): Date | string | null {
    if (!d) return null;
    return this.sqlite ? d.toISOString().replace('T', ' ').replace('Z', '') : d;
  }

  /** New QUEUED runs, one statement. */
  insertRuns(runs: readonly PushRunEntity[]): Stmt {
    const params = runs.flatMap((r) => RUN_INSERT.map((c) => this.bind(r, c)));
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

  protected earlierParams(k: OrderKey): unknown[] {
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
      params: [...RUN_FINISH.map((c) => this.bind(run, c)), run.id],
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
      params: this.attemptParams(a),
    };
  }

  /** An attempt row's own columns (ATTEMPT_OWN), then its runId. */
  protected attemptParams(a: AttemptRow): unknown[] {
    return [
      a.id,
      a.attemptNumber,
      a.outcome,
      this.dt(a.startedAt),
      this.dt(a.finishedAt),
      a.requestHeaders,
      a.responseHeaders,
      a.runId,
    ];
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
