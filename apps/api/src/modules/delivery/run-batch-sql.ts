import type { StatementBatcher, Stmt } from '../../db/batch/batcher.js';
import type { DataSource } from 'typeorm';
import type { PushRunEntity } from './push-run.entity.js';
import { toOpenRun, type OpenRun, type RawOpenRun } from './run-sql.js';
import {
  ATTEMPT_OWN,
  CLAIM_SET,
  EARLIER_OPEN,
  marks,
  OUTCOME,
  RUN_FINISH,
  RunStatements,
  type AttemptRow,
  type OrderKey,
} from './run-statements.js';

type Key = Pick<PushRunEntity, 'connectorId' | 'recordId' | 'entityType'>;

/** `SELECT ? AS a, ? AS b UNION ALL SELECT ?, ? ...`: rows as a derived table, one statement. */
function derived(columns: readonly string[], rows: readonly unknown[][]) {
  const first = `SELECT ${columns.map((c) => `? AS ${c}`).join(', ')}`;
  const rest = `SELECT ${marks(columns.length).slice(1, -1)}`;
  const sql = rows.map((_, i) => (i === 0 ? first : rest)).join(' UNION ALL ');
  return { sql, params: rows.flat() };
}

/**
 * The bulk lane's statements: many runs claimed, finished and logged in one statement each (the
 * same text on MySQL/MariaDB and SQLite but for UPDATE … JOIN against UPDATE … FROM).
 */
export class RunBatchStatements extends RunStatements {
  /**
   * QUEUED -> RUNNING for each run no earlier run of whose record is open: RunStatements.claim's
   * order check per row (a derived table with LIMIT each, so MySQL lets it read push_run).
   */
  claimMany(runs: readonly OrderKey[], startedAt: Date, claimId: string): Stmt {
    const params: unknown[] = ['RUNNING', this.dt(startedAt), claimId];
    const rows = runs.map((r, i) => {
      params.push(r.id, ...this.earlierParams(r));
      return `(id = ? AND NOT EXISTS (SELECT 1 FROM (SELECT e.id FROM push_run e ${EARLIER_OPEN} LIMIT 1) AS e${i}))`;
    });
    return {
      sql: `UPDATE push_run ${CLAIM_SET}, claimId = ? WHERE status = 'QUEUED' AND (${rows.join(' OR ')})`,
      params,
    };
  }

  /**
   * Which of the runs the claim above took: those with its claimId. Not "RUNNING since startedAt":
   * another process claiming one of them in the same millisecond would make it look ours too.
   */
  claimedOf(ids: readonly string[], claimId: string): Stmt {
    return {
      sql: `SELECT id FROM push_run WHERE id IN ${marks(ids.length)} AND status = 'RUNNING' AND claimId = ?`,
      params: [...ids, claimId],
    };
  }

  /**
   * A run claimed above but not pushed (its target paused meanwhile) back to QUEUED until `at`,
   * as before its claim (a bulk run's first attempt: no startedAt).
   */
  release(id: string, claimId: string, at: Date): Stmt {
    return {
      sql: `UPDATE push_run SET status = 'QUEUED', attempts = attempts - 1, startedAt = NULL, nextAttemptAt = ?
        WHERE id = ? AND status = 'RUNNING' AND claimId = ?`,
      params: [this.dt(at), id, claimId],
    };
  }

  /** Each run's attempt outcome (finishRun's columns), one UPDATE. */
  finishMany(runs: readonly PushRunEntity[]): Stmt {
    const v = derived(
      ['id', ...RUN_FINISH],
      runs.map((r) => [r.id, ...RUN_FINISH.map((c) => this.bind(r, c))]),
    );
    return this.sqlite
      ? {
          sql: `UPDATE push_run SET ${RUN_FINISH.map((c) => `${c} = v.${c}`).join(', ')} FROM (${v.sql}) AS v WHERE push_run.id = v.id`,
          params: v.params,
        }
      : {
          sql: `UPDATE push_run r JOIN (${v.sql}) AS v ON r.id = v.id SET ${RUN_FINISH.map((c) => `r.${c} = v.${c}`).join(', ')}`,
          params: v.params,
        };
  }

  /** insertAttempt for many runs: the outcome columns copied from the rows finishMany wrote. */
  insertAttempts(rows: readonly AttemptRow[]): Stmt {
    const own = ATTEMPT_OWN.map((c) => `a_${c}`);
    const v = derived(
      [...own, 'a_runId'],
      rows.map((a) => this.attemptParams(a)),
    );
    return {
      sql: `INSERT INTO push_attempt (${[...ATTEMPT_OWN, 'runId', ...OUTCOME].join(', ')})
        SELECT ${own.map((c) => `v.${c}`).join(', ')}, r.id, ${OUTCOME.map((c) => `r.${c}`).join(', ')}
        FROM (${v.sql}) AS v JOIN push_run r ON r.id = v.a_runId`,
      params: v.params,
    };
  }

  /**
   * openOfRecord for several records of one connector: in delivery order within each record.
   * recordId IN (…) through ix_run_open, forced on MySQL/MariaDB: past eq_range_index_dive_limit
   * (200) ranges (3 statuses × 100 records) it guesses from the index's statistics and scans the
   * table (30,000 rows read a chunk at 100,000 runs; 4,800 with OR'ed (recordId, entityType)
   * pairs). A row of another type with the same id is left out by its key.
   */
  openOfRecords(connectorId: string, keys: readonly Key[]): Stmt {
    const ids = [...new Set(keys.map((k) => k.recordId))];
    const hint = this.sqlite ? '' : ' FORCE INDEX (ix_run_open)';
    return {
      sql: `SELECT id, recordId, entityType, status, recordVersion, createdAt, nextAttemptAt FROM push_run${hint}
       WHERE status IN ('QUEUED', 'RUNNING', 'RETRYING') AND connectorId = ? AND recordId IN ${marks(ids.length)}
         AND runTrigger <> 'TEST'
       ORDER BY recordVersion, createdAt, id`,
      params: [connectorId, ...ids],
    };
  }
}

/** The bulk lane's batched claim and the hand-on read, through the statement batcher. */
export class RunBatchSql {
  readonly st: RunBatchStatements;

  constructor(
    ds: DataSource,
    private readonly batch: StatementBatcher,
  ) {
    this.st = new RunBatchStatements(ds);
  }

  /** Claims what it can of QUEUED runs (one statement group) as `claimId`; the ids claimed. */
  async claim(runs: readonly OrderKey[], startedAt: Date, claimId: string): Promise<Set<string>> {
    if (runs.length === 0) return new Set();
    const [, read] = await this.batch.submit([
      this.st.claimMany(runs, startedAt, claimId),
      this.st.claimedOf(
        runs.map((r) => r.id),
        claimId,
      ),
    ]);
    return new Set(read!.rows.map((r) => String(r.id)));
  }

  /** True if the run went back to QUEUED. */
  async release(id: string, claimId: string, at: Date): Promise<boolean> {
    const [res] = await this.batch.submit([this.st.release(id, claimId, at)]);
    return res!.affected > 0;
  }

  /**
   * A chunk's outcomes, attempt rows, write-backs and streak in one commit; then the open runs of
   * the records of `handOn` (by `recordKey`). `paused`: the streak turned the connector off.
   */
  async finish(
    runs: readonly PushRunEntity[],
    attempts: readonly AttemptRow[],
    more: readonly Stmt[],
    pause: Stmt | null,
    handOn: { connectorId: string; keys: readonly Key[] } | null,
  ): Promise<{ open: Map<string, OpenRun[]>; paused: boolean }> {
    const stmts = [this.st.finishMany(runs), this.st.insertAttempts(attempts), ...more];
    if (handOn && handOn.keys.length > 0)
      stmts.push({ ...this.st.openOfRecords(handOn.connectorId, handOn.keys), afterCommit: true });
    const results = await this.batch.submit(stmts);
    const paused = pause !== null && results[stmts.indexOf(pause)]!.affected > 0;
    const open = new Map<string, OpenRun[]>();
    if (handOn && handOn.keys.length > 0) {
      for (const raw of results.at(-1)!.rows as unknown as (RawOpenRun & Key)[]) {
        const key = recordKey(raw);
        if (!open.has(key)) open.set(key, []);
        open.get(key)!.push(toOpenRun(raw));
      }
    }
    return { open, paused };
  }
}

export const recordKey = (k: Pick<Key, 'recordId' | 'entityType'>) =>
  `${k.entityType}:${k.recordId}`;
