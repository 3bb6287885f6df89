import { createConnection, type Connection, type ResultSetHeader } from 'mysql2/promise';
import {
  CommitFailed,
  LEFT_OUT,
  partition,
  type BatchExecutor,
  type Stmt,
  type StmtResult,
} from './batcher.js';

/**
 * Each commit is one round trip: `START TRANSACTION; ...; COMMIT` sent as one multi-statement
 * text on a connection of its own (the pool's connections keep multipleStatements off). Values
 * are escaped by mysql2 exactly as TypeORM's own queries are.
 */
export class MysqlBatchExecutor implements BatchExecutor {
  private readonly free: Connection[] = [];
  private readonly all = new Set<Connection>();

  constructor(private readonly url: string) {}

  async runAll(groups: readonly Stmt[][]): Promise<StmtResult[][]> {
    const conn = this.free.pop() ?? (await this.open().catch(lost));
    const { inTx, after } = partition(groups);
    const text = (stmts: Stmt[]) => stmts.map((s) => conn.format(s.sql, [...s.params]));
    const byStmt = new Map<Stmt, StmtResult>();
    try {
      // The reads go right behind the commit, on the same connection.
      const commit = conn.query(['START TRANSACTION', ...text(inTx), 'COMMIT'].join(';\n'));
      const reads = after.length > 0 ? conn.query(text(after).join(';\n')) : null;
      reads?.catch(() => undefined);
      try {
        const [results] = await commit;
        inTx.forEach((s, i) => byStmt.set(s, toResult((results as unknown[])[1 + i])));
      } catch (err) {
        if (isFatal(err)) throw new CommitFailed(err, false);
        // The statements after the failing one did not run; the transaction is still open.
        await conn.query('ROLLBACK').catch((e: unknown) => {
          throw new CommitFailed(e, false);
        });
        throw new CommitFailed(err, true);
      }
      try {
        const [results] = reads ? await reads : [[]];
        const all = after.length === 1 ? [results] : (results as unknown[]);
        after.forEach((s, i) => byStmt.set(s, toResult(all[i])));
      } catch (err) {
        throw new CommitFailed(err, false);
      }
      this.free.push(conn);
      return groups.map((g) => g.map((s) => byStmt.get(s) ?? LEFT_OUT));
    } catch (err) {
      if (err instanceof CommitFailed && (err.rolledBack || !isFatal(err.cause))) {
        this.free.push(conn);
      } else this.drop(conn);
      throw err;
    }
  }

  /**
   * A deadlock victim or a lock wait timeout: rolled back, so safe to try again. Not a lost
   * connection: whether its COMMIT landed is unknown, and the caller's own retry (the job's)
   * re-reads the run.
   */
  transient(err: unknown): boolean {
    const errno = (err as { errno?: number } | null)?.errno;
    return errno === 1213 || errno === 1205;
  }

  private async open(): Promise<Connection> {
    const conn = await createConnection({
      uri: this.url,
      multipleStatements: true,
      timezone: 'Z',
      charset: 'utf8mb4',
      supportBigNumbers: true,
      bigNumberStrings: true,
      stringifyObjects: true,
    });
    conn.on('error', () => this.drop(conn));
    try {
      await readCommitted(conn);
    } catch (err) {
      conn.destroy();
      throw err;
    }
    this.all.add(conn);
    return conn;
  }

  private drop(conn: Connection): void {
    this.all.delete(conn);
    const i = this.free.indexOf(conn);
    if (i >= 0) this.free.splice(i, 1);
    conn.destroy();
  }

  async close(): Promise<void> {
    const conns = [...this.all];
    this.all.clear();
    this.free.length = 0;
    await Promise.all(conns.map((c) => c.end().catch(() => c.destroy())));
  }
}

/**
 * No gap locks: claims of runs of one record, each reading that record's open runs, would
 * otherwise deadlock with the inserts and status moves of the same index range. The order check
 * stays sound: a run that ends looks for its waiting successor after its commit. (STATEMENT
 * binary logging forbids READ COMMITTED writes; there it stays REPEATABLE READ.)
 */
async function readCommitted(conn: Connection): Promise<void> {
  const [[mode]] = (await conn.query('SELECT @@log_bin AS bin, @@binlog_format AS format')) as [
    { bin: number | string; format: string }[],
    unknown,
  ];
  if (Number(mode?.bin) !== 1 || mode?.format !== 'STATEMENT') {
    await conn.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED');
  }
}

function toResult(r: unknown): StmtResult {
  return Array.isArray(r)
    ? { affected: 0, rows: r as Record<string, unknown>[] }
    : { affected: (r as ResultSetHeader).affectedRows, rows: [] };
}

/** No connection: nothing was sent, so nothing applied. */
function lost(err: unknown): never {
  throw new CommitFailed(err, true);
}

function isFatal(err: unknown): boolean {
  return Boolean((err as { fatal?: boolean } | null)?.fatal);
}
