import { Mutex } from 'async-mutex';
import type { DataSource, EntityManager } from 'typeorm';

// SQLite is one connection: a transaction left open across awaits takes in every statement any
// other request issues meanwhile, and its rollback undoes them too. So on SQLite, transactions and
// writes outside them take turns; MySQL gives each its own pooled connection.

const gates = new WeakMap<DataSource, Mutex>();

/** The SQLite write gate of a data source; null on MySQL. */
export function sqliteGate(ds: DataSource): Mutex | null {
  if (ds.options.type === 'mysql') return null;
  let gate = gates.get(ds);
  if (!gate) gates.set(ds, (gate = new Mutex()));
  return gate;
}

/** `ds.transaction`, never interleaved with another write on SQLite. */
export function transaction<T>(ds: DataSource, work: (m: EntityManager) => Promise<T>): Promise<T> {
  return exclusive(ds, () => ds.transaction(work));
}

/** A write outside a transaction (autocommit), never inside another flow's open transaction. */
export function exclusive<T>(ds: DataSource, work: () => Promise<T>): Promise<T> {
  const gate = sqliteGate(ds);
  return gate ? gate.runExclusive(work) : work();
}
