import { Mutex } from 'async-mutex';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { appliedMarker, refuseReplay } from './idempotency-scope.js';
import { isLostConnection, OutcomeUnknown } from './outcome.js';

// SQLite is one connection: a transaction left open across awaits would take in every statement
// any other request issued meanwhile, and its rollback would undo them; a read would see its
// uncommitted rows. So on SQLite a gate orders them: a transaction holds it from BEGIN to COMMIT
// and runs on a query runner of its own; every statement on TypeORM's shared runner waits while
// the gate is held (gateStatements). MySQL gives each its own pooled connection.

/**
 * One SQLite data source's turns: a transaction (or a statement batch) holding the gate runs
 * alone; plain statements run alongside each other whenever the gate is neither held nor wanted.
 */
class Turns {
  readonly gate = new Mutex();
  private running = 0;
  private idle: (() => void)[] = [];

  constructor(
    /** The runner transactions use: only ever one at a time, inside the gate. */
    readonly txRunner: QueryRunner,
  ) {}

  /** A plain statement: waits while the gate is held or wanted, then runs. */
  async statement<T>(run: () => Promise<T>): Promise<T> {
    while (this.gate.isLocked()) await this.gate.waitForUnlock();
    this.running++;
    try {
      return await run();
    } finally {
      if (--this.running === 0) for (const done of this.idle.splice(0)) done();
    }
  }

  /** Holds the gate, once the plain statements already under way have finished. */
  hold<T>(work: () => Promise<T>): Promise<T> {
    return this.gate.runExclusive(async () => {
      if (this.running > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
      return work();
    });
  }
}

const turns = new WeakMap<DataSource, Turns>();

/** A SQLite data source's turns (gating its statements on first use); null on MySQL. */
function turnsOf(ds: DataSource): Turns | null {
  if (ds.options.type === 'mysql') return null;
  if (!turns.has(ds)) gateStatements(ds);
  return turns.get(ds)!;
}

/** The SQLite gate of a data source (the statement batcher takes it too); null on MySQL. */
export function sqliteGate(ds: DataSource): Mutex | null {
  return turnsOf(ds)?.gate ?? null;
}

/**
 * `ds.transaction`; on SQLite holding the gate from BEGIN to COMMIT. Inside, use the manager `m`
 * only: a statement through `ds` would wait for this very transaction to end.
 */
export function transaction<T>(ds: DataSource, work: (m: EntityManager) => Promise<T>): Promise<T> {
  refuseReplay();
  // Under an Idempotency-Key, the key is marked applied in the same transaction.
  const marked = async (m: EntityManager) => {
    const result = await work(m);
    const marker = appliedMarker(result);
    if (marker) await m.query(marker.sql, [...marker.params]);
    return result;
  };
  const t = turnsOf(ds);
  if (!t) return mysqlTransaction(ds, marked);
  return t.hold(() => t.txRunner.manager.transaction(marked));
}

/** As ds.transaction, but a connection lost during COMMIT is OutcomeUnknown (it may have landed). */
async function mysqlTransaction<T>(
  ds: DataSource,
  work: (m: EntityManager) => Promise<T>,
): Promise<T> {
  const runner = ds.createQueryRunner();
  try {
    await runner.connect();
    await runner.startTransaction();
    let result: T;
    try {
      result = await work(runner.manager);
    } catch (err) {
      await runner.rollbackTransaction().catch(() => undefined);
      throw err;
    }
    try {
      await runner.commitTransaction();
    } catch (err) {
      if (isLostConnection(err)) throw new OutcomeUnknown(err);
      await runner.rollbackTransaction().catch(() => undefined);
      throw err;
    }
    return result;
  } finally {
    await runner.release().catch(() => undefined);
  }
}

/**
 * On SQLite: transactions get a query runner of their own (on the same connection), and TypeORM's
 * shared runner lets a statement through only while no transaction holds the gate, so no read sees
 * another flow's uncommitted rows and no write lands inside its transaction. A transaction begun
 * on the shared runner (outside transaction(ds, …)) is refused: it could not take its turn.
 */
export function gateStatements(ds: DataSource): void {
  if (ds.options.type === 'mysql' || turns.has(ds)) return;
  const shared: QueryRunner = ds.driver.createQueryRunner('master');
  const Runner = shared.constructor as new (driver: DataSource['driver']) => QueryRunner;
  const txRunner = new Runner(ds.driver);
  Object.assign(txRunner, { manager: ds.createEntityManager(txRunner) }); // as ds.createQueryRunner does
  const t = new Turns(txRunner);
  turns.set(ds, t);
  const query = shared.query.bind(shared);
  shared.query = ((...args: Parameters<QueryRunner['query']>) =>
    t.statement(() => query(...args))) as QueryRunner['query'];
  shared.startTransaction = () =>
    Promise.reject(new Error('SQLite: begin transactions through transaction(ds, …)'));
}
